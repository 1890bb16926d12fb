import * as React from 'react';
import { Text, makeStyles, tokens } from '@fluentui/react-components';
import { actionsForStatement, type ModelPack, type Statement } from '../../model';
import { format } from '../../loc/strings';
import type { ScreenStrings } from '../../loc/screens';
import { Fact } from './ModelBlocks';
import { keyQuestionLabel } from './modelFormat';
import { useModelStyles } from './modelStyles';

const useStatementStyles = makeStyles({
  item: {
    display: 'flex',
    flexDirection: 'column',
    rowGap: tokens.spacingVerticalXS,
    paddingBottom: tokens.spacingVerticalS,
    borderBottom: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`
  },
  text: { margin: 0, fontWeight: tokens.fontWeightSemibold, overflowWrap: 'anywhere' },
  details: { margin: 0, display: 'flex', flexDirection: 'column', rowGap: tokens.spacingVerticalXS },
  paraphrase: { fontStyle: 'italic' },
  actionTitle: { display: 'block', fontWeight: tokens.fontWeightSemibold }
});

/** A list of what a statement links to, or the words for "none". */
function ListOrNone<T extends { id: string }>(props: {
  items: T[];
  none: string;
  children: (item: T) => React.ReactNode;
}): React.ReactElement {
  const { items, none, children } = props;
  const styles = useModelStyles();
  if (items.length === 0) return <>{none}</>;
  return (
    <ul className={styles.plainList}>
      {items.map((item) => (
        <li key={item.id}>{children(item)}</li>
      ))}
    </ul>
  );
}

export interface StatementItemProps {
  pack: ModelPack;
  statement: Statement;
  strings: ScreenStrings;
}

/** One statement with what might show it, the CQC quality statements and KLOEs it relates to, and suggested actions. */
export function StatementItem(props: StatementItemProps): React.ReactElement {
  const { pack, statement, strings } = props;
  const styles = useModelStyles();
  const own = useStatementStyles();
  const qualityStatements = statement.qualityStatementIds.map(
    (id) => pack.cqc.qualityStatements.find((q) => q.id === id) ?? { id, title: id, keyQuestion: undefined, titleIsParaphrase: false }
  );
  const kloes = statement.kloeIds.map((id) => pack.cqc.kloes.find((k) => k.id === id) ?? { id, code: id, summary: '' });
  const actions = actionsForStatement(pack, statement.id);
  return (
    <li className={own.item}>
      <Text as="p" className={own.text} block>
        {statement.text}
      </Text>
      <dl className={own.details}>
        {statement.evidence !== undefined && <Fact term={strings.modelEvidenceLabel}>{statement.evidence}</Fact>}
        <Fact term={strings.modelQualityStatementsLabel}>
          <ListOrNone items={qualityStatements} none={strings.modelNoneLinked}>
            {(q) => (
              <>
                {q.keyQuestion === undefined
                  ? q.title
                  : format(strings.modelQualityStatementItem, {
                      title: q.title,
                      keyQuestion: keyQuestionLabel(strings, q.keyQuestion)
                    })}
                {q.titleIsParaphrase && (
                  <>
                    {' '}
                    <span className={own.paraphrase}>{strings.modelParaphrase}</span>
                  </>
                )}
              </>
            )}
          </ListOrNone>
        </Fact>
        <Fact term={strings.modelKloesLabel}>
          <ListOrNone items={kloes} none={strings.modelNoneLinked}>
            {(k) => (k.summary === '' ? k.code : format(strings.modelKloeItem, { code: k.code, summary: k.summary }))}
          </ListOrNone>
        </Fact>
        <Fact term={strings.modelActionsLabel}>
          <ListOrNone items={actions} none={strings.modelNoActions}>
            {(action) => (
              <>
                <span className={own.actionTitle}>{action.title}</span>
                <span className={styles.paragraph}>{action.description}</span>
              </>
            )}
          </ListOrNone>
        </Fact>
      </dl>
    </li>
  );
}
