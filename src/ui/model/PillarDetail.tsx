import * as React from 'react';
import { Text } from '@fluentui/react-components';
import type { ModelPack, Pillar, Statement } from '../../model';
import { format } from '../../loc/strings';
import type { ScreenStrings } from '../../loc/screens';
import { GuidanceList } from './GuidanceList';
import { HeadedList } from './ModelBlocks';
import { StatementItem } from './StatementItem';
import { countInWords } from './modelFormat';
import { useModelStyles } from './modelStyles';

export interface PillarDetailProps {
  pack: ModelPack;
  pillar: Pillar;
  corePillarCount: number;
  strings: ScreenStrings;
  locale: string;
  headingId: string;
}

function StatementList(props: {
  pack: ModelPack;
  statements: Statement[];
  heading: string;
  strings: ScreenStrings;
}): React.ReactElement {
  const { pack, statements, heading, strings } = props;
  const styles = useModelStyles();
  return (
    <HeadedList heading={heading} empty={statements.length === 0} strings={strings}>
      <ol className={styles.plainList}>
        {statements.map((statement) => (
          <StatementItem key={statement.id} pack={pack} statement={statement} strings={strings} />
        ))}
      </ol>
    </HeadedList>
  );
}

/** Everything the pack says about one pillar or theme. */
export function PillarDetail(props: PillarDetailProps): React.ReactElement {
  const { pack, pillar, corePillarCount, strings, locale, headingId } = props;
  const styles = useModelStyles();
  return (
    <div className={styles.stack}>
      <div className={styles.section}>
        <Text as="h3" size={500} weight="semibold" id={headingId} className={styles.heading} block>
          {pillar.name}
        </Text>
        {pillar.crossCutting && (
          <Text as="p" weight="semibold" className={styles.paragraph} block>
            {format(strings.modelThemeAcross, { count: countInWords(strings, corePillarCount) })}
          </Text>
        )}
        <Text as="p" className={styles.paragraph} block>
          {pillar.description}
        </Text>
        {pillar.formerNames !== undefined && pillar.formerNames.length > 0 && (
          <Text as="p" className={styles.muted} block>
            {format(strings.modelFormerNames, { names: pillar.formerNames.join(strings.modelListSeparator) })}
          </Text>
        )}
      </div>
      <GuidanceList pack={pack} items={pillar.thingsToMeasure} heading={strings.modelThingsToMeasure} strings={strings} locale={locale} />
      <GuidanceList pack={pack} items={pillar.thingsToDo} heading={strings.modelThingsToDo} strings={strings} locale={locale} />
      <GuidanceList pack={pack} items={pillar.thingsThatHelp} heading={strings.modelThingsThatHelp} strings={strings} locale={locale} />
      <StatementList
        pack={pack}
        statements={pillar.leaderStatements}
        heading={format(strings.modelLeaderStatements, { count: pillar.leaderStatements.length })}
        strings={strings}
      />
      <StatementList
        pack={pack}
        statements={pillar.staffStatements}
        heading={format(strings.modelStaffStatements, { count: pillar.staffStatements.length })}
        strings={strings}
      />
    </div>
  );
}
