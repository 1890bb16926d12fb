import * as React from 'react';
import {
  Button,
  MessageBar,
  MessageBarBody,
  MessageBarTitle,
  Spinner,
  Text,
  makeStyles,
  tokens,
  type MessageBarIntent
} from '@fluentui/react-components';
import { allStatements, corePillars, crossCuttingThemes, type ModelPack } from '../../model';
import type { PackReplacementDecision } from '../../domain';
import { format } from '../../loc/strings';
import type { ScreenStrings } from '../../loc/screens';
import { formatPackDate } from './modelFormat';
import { Fact, ResultGroup } from './ModelBlocks';
import { panelStyle, useModelStyles } from './modelStyles';

const useSummaryStyles = makeStyles({
  box: {
    ...panelStyle,
    border: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke1}`,
    backgroundColor: tokens.colorNeutralBackground2
  }
});

export interface PackCheckSummaryProps {
  fileName: string;
  pack: ModelPack;
  decision: PackReplacementDecision;
  saving: boolean;
  saveError?: string;
  notice?: string;
  strings: ScreenStrings;
  locale: string;
  headingId: string;
  headingRef: React.Ref<HTMLElement>;
  onImport: () => void;
  onCancel: () => void;
}

function headingFor(strings: ScreenStrings, decision: PackReplacementDecision): string {
  switch (decision.outcome) {
    case 'add':
      return strings.modelCheckHeadingAdd;
    case 'replace':
      return strings.modelCheckHeadingReplace;
    case 'unchanged':
      return strings.modelCheckHeadingUnchanged;
    default:
      return strings.modelCheckHeadingRefuse;
  }
}

function decisionText(strings: ScreenStrings, pack: ModelPack, decision: PackReplacementDecision): string {
  const values = { id: pack.id, version: pack.version, title: pack.title };
  switch (decision.outcome) {
    case 'add':
      return format(strings.modelDecisionAdd, values);
    case 'replace':
      return format(strings.modelDecisionReplace, values);
    case 'unchanged':
      return format(strings.modelDecisionUnchanged, values);
    default:
      return format(strings.modelDecisionRefuse, { ...values, suggestedVersion: decision.suggestedVersion });
  }
}

function intentFor(decision: PackReplacementDecision): MessageBarIntent {
  switch (decision.outcome) {
    case 'add':
      return 'success';
    case 'replace':
      return 'warning';
    case 'unchanged':
      return 'info';
    default:
      return 'error';
  }
}

/** A valid pack file: what is in it, what importing it would do, and the explicit Import button. */
export function PackCheckSummary(props: PackCheckSummaryProps): React.ReactElement {
  const { fileName, pack, decision, saving, saveError, notice, strings, locale, headingId, headingRef, onImport, onCancel } = props;
  const styles = useModelStyles();
  const own = useSummaryStyles();
  const canImport = decision.outcome === 'add' || decision.outcome === 'replace';
  const themes = crossCuttingThemes(pack).length;
  const errorId = `${headingId}-save-error`;
  return (
    <ResultGroup
      className={own.box}
      headingId={headingId}
      headingRef={headingRef}
      heading={format(headingFor(strings, decision), { fileName })}
    >
      <dl className={styles.facts}>
        <Fact term={strings.modelPackTitleLabel}>{pack.title}</Fact>
        <Fact term={strings.modelPackIdLabel}>{pack.id}</Fact>
        <Fact term={strings.modelPackVersionLabel}>{pack.version}</Fact>
        <Fact term={strings.modelPackDateLabel}>{formatPackDate(pack.date, locale)}</Fact>
        <Fact term={strings.modelCountPillars}>
          {format(themes === 1 ? strings.modelCountPillarsValueOneTheme : strings.modelCountPillarsValue, {
            pillars: corePillars(pack).length,
            themes
          })}
        </Fact>
        <Fact term={strings.modelCountStatements}>
          {format(strings.modelCountStatementsValue, {
            leaders: allStatements(pack, 'leaders').length,
            staff: allStatements(pack, 'staff').length
          })}
        </Fact>
        <Fact term={strings.modelCountMeasures}>{pack.measures.length}</Fact>
        <Fact term={strings.modelCountActions}>{pack.actions.length}</Fact>
      </dl>
      {notice !== undefined && (
        <Text as="p" weight="semibold" className={styles.paragraph} block>
          {notice}
        </Text>
      )}
      <MessageBar intent={intentFor(decision)} layout="multiline">
        <MessageBarBody>
          <MessageBarTitle>{strings.modelDecisionTitle}</MessageBarTitle>
          {decisionText(strings, pack, decision)}
        </MessageBarBody>
      </MessageBar>
      <div role="alert">
        {saveError !== undefined && (
          <MessageBar intent="error" layout="multiline" id={errorId}>
            <MessageBarBody>
              <MessageBarTitle>{strings.modelSaveFailedTitle}</MessageBarTitle>
              {format(strings.modelSaveFailed, { message: saveError })}
            </MessageBarBody>
          </MessageBar>
        )}
      </div>
      <div className={styles.actions}>
        {canImport && (
          <Button
            appearance="primary"
            onClick={onImport}
            disabledFocusable={saving}
            aria-describedby={saveError !== undefined ? errorId : undefined}
          >
            {decision.outcome === 'replace' ? strings.modelImportReplaceButton : strings.modelImportButton}
          </Button>
        )}
        <Button onClick={onCancel} disabledFocusable={saving}>
          {canImport ? strings.modelImportCancel : strings.modelImportChooseAnother}
        </Button>
        {saving && (
          <div role="status">
            <Spinner size="tiny" label={strings.modelSaving} />
          </div>
        )}
      </div>
    </ResultGroup>
  );
}
