import * as React from 'react';
import { Text, makeStyles, tokens } from '@fluentui/react-components';
import { actionsForStatement, type ModelPack, type Statement } from '../../model';
import { format } from '../../loc/strings';
import type { ScreenStrings } from '../../loc/screens';
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
        {statement.evidence !== undefined && (
          <div>
            <dt className={styles.term}>{strings.modelEvidenceLabel}</dt>
            <dd className={styles.definition}>{statement.evidence}</dd>
          </div>
        )}
        <div>
          <dt className={styles.term}>{strings.modelQualityStatementsLabel}</dt>
          <dd className={styles.definition}>
            {qualityStatements.length === 0 ? (
              strings.modelNoneLinked
            ) : (
              <ul className={styles.plainList}>
                {qualityStatements.map((q) => (
                  <li key={q.id}>
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
                  </li>
                ))}
              </ul>
            )}
          </dd>
        </div>
        <div>
          <dt className={styles.term}>{strings.modelKloesLabel}</dt>
          <dd className={styles.definition}>
            {kloes.length === 0 ? (
              strings.modelNoneLinked
            ) : (
              <ul className={styles.plainList}>
                {kloes.map((k) => (
                  <li key={k.id}>{k.summary === '' ? k.code : format(strings.modelKloeItem, { code: k.code, summary: k.summary })}</li>
                ))}
              </ul>
            )}
          </dd>
        </div>
        <div>
          <dt className={styles.term}>{strings.modelActionsLabel}</dt>
          <dd className={styles.definition}>
            {actions.length === 0 ? (
              strings.modelNoActions
            ) : (
              <ul className={styles.plainList}>
                {actions.map((action) => (
                  <li key={action.id}>
                    <span className={own.actionTitle}>{action.title}</span>
                    <span className={styles.paragraph}>{action.description}</span>
                  </li>
                ))}
              </ul>
            )}
          </dd>
        </div>
      </dl>
    </li>
  );
}
