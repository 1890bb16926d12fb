import * as React from 'react';
import {
  Button,
  MessageBar,
  MessageBarBody,
  MessageBarTitle,
  Spinner,
  Text,
  makeStyles,
  mergeClasses,
  tokens,
  type MessageBarIntent
} from '@fluentui/react-components';
import { allStatements, corePillars, crossCuttingThemes, type ModelPack } from '../../model';
import type { PackReplacementDecision } from '../../domain';
import { format } from '../../loc/strings';
import type { ScreenStrings } from '../../loc/screens';
import { formatPackDate } from './modelFormat';
import { useModelStyles } from './modelStyles';

const useSummaryStyles = makeStyles({
  box: {
    display: 'flex',
    flexDirection: 'column',
    rowGap: tokens.spacingVerticalS,
    padding: tokens.spacingHorizontalM,
    borderRadius: tokens.borderRadiusMedium,
    border: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke1}`,
    backgroundColor: tokens.colorNeutralBackground2,
    minWidth: 0
  },
  actions: { display: 'flex', flexWrap: 'wrap', alignItems: 'center', columnGap: tokens.spacingHorizontalM, rowGap: tokens.spacingVerticalS }
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
    <div className={own.box} role="group" aria-labelledby={headingId}>
      <Text
        as="h4"
        size={400}
        weight="semibold"
        id={headingId}
        ref={headingRef}
        tabIndex={-1}
        className={mergeClasses(styles.heading, styles.focusTarget)}
        block
      >
        {format(headingFor(strings, decision), { fileName })}
      </Text>
      <dl className={styles.facts}>
        <div className={styles.fact}>
          <dt className={styles.term}>{strings.modelPackTitleLabel}</dt>
          <dd className={styles.definition}>{pack.title}</dd>
        </div>
        <div className={styles.fact}>
          <dt className={styles.term}>{strings.modelPackIdLabel}</dt>
          <dd className={styles.definition}>{pack.id}</dd>
        </div>
        <div className={styles.fact}>
          <dt className={styles.term}>{strings.modelPackVersionLabel}</dt>
          <dd className={styles.definition}>{pack.version}</dd>
        </div>
        <div className={styles.fact}>
          <dt className={styles.term}>{strings.modelPackDateLabel}</dt>
          <dd className={styles.definition}>{formatPackDate(pack.date, locale)}</dd>
        </div>
        <div className={styles.fact}>
          <dt className={styles.term}>{strings.modelCountPillars}</dt>
          <dd className={styles.definition}>
            {format(themes === 1 ? strings.modelCountPillarsValueOneTheme : strings.modelCountPillarsValue, {
              pillars: corePillars(pack).length,
              themes
            })}
          </dd>
        </div>
        <div className={styles.fact}>
          <dt className={styles.term}>{strings.modelCountStatements}</dt>
          <dd className={styles.definition}>
            {format(strings.modelCountStatementsValue, {
              leaders: allStatements(pack, 'leaders').length,
              staff: allStatements(pack, 'staff').length
            })}
          </dd>
        </div>
        <div className={styles.fact}>
          <dt className={styles.term}>{strings.modelCountMeasures}</dt>
          <dd className={styles.definition}>{pack.measures.length}</dd>
        </div>
        <div className={styles.fact}>
          <dt className={styles.term}>{strings.modelCountActions}</dt>
          <dd className={styles.definition}>{pack.actions.length}</dd>
        </div>
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
      <div className={own.actions}>
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
    </div>
  );
}
