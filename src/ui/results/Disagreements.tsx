import * as React from 'react';
import { makeStyles, tokens } from '@fluentui/react-components';
import { findStatement, type ModelPack } from '../../model';
import type { ScoreSet } from '../../domain';
import { format } from '../../loc/strings';
import type { ResultsStrings } from '../../loc/results';
import { Paragraph, Section } from '../shared/layout';
import type { AreaView } from './resultsModel';

const useStyles = makeStyles({
  list: { margin: 0, paddingLeft: tokens.spacingHorizontalXXL, display: 'flex', flexDirection: 'column', rowGap: tokens.spacingVerticalXS },
  item: { overflowWrap: 'anywhere' }
});

/** The leaders' statements whose answers are far apart: worth talking through together. */
export function Disagreements(props: { strings: ResultsStrings; leaders: ScoreSet; pack: ModelPack; areas: AreaView[] }): React.ReactElement {
  const { strings, leaders, pack, areas } = props;
  const styles = useStyles();
  const known = leaders.statements.some((s) => s.disagreement === true || s.disagreement === false);
  const apart = leaders.statements.filter((s) => s.disagreement === true);
  const nameOf = (id: string): string => areas.find((a) => a.id === id)?.name ?? id;

  let body: React.ReactNode;
  if (!known) body = <Paragraph>{strings.disagreeNotKept}</Paragraph>;
  else if (apart.length === 0) body = <Paragraph>{strings.disagreeNone}</Paragraph>;
  else
    body = (
      <ul className={styles.list}>
        {apart.map((s) => (
          <li key={s.statementId} className={styles.item}>
            {format(strings.disagreeItem, { statement: findStatement(pack, s.statementId)?.statement.text ?? s.statementId, pillar: nameOf(s.areaId) })}
          </li>
        ))}
      </ul>
    );
  return (
    <Section title={strings.disagreeHeading} intro={known && apart.length > 0 ? strings.disagreeIntro : undefined}>
      {body}
    </Section>
  );
}
