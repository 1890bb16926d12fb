import * as React from 'react';
import type { ModelPack } from '../../model';
import { format } from '../../loc/strings';
import type { ResultsStrings } from '../../loc/results';
import { RouteLink } from '../app/navigation';
import { Facts, Paragraph, Section } from '../shared/layout';
import { useFormat } from '../shared/format';
import { useKitStrings } from '../shared/useKit';
import { SpreadTable } from './SpreadTable';
import { gapSentence, type AreaView, type StaffState } from './resultsModel';

export interface AreaResultsProps {
  area: AreaView;
  pack: ModelPack;
  strings: ResultsStrings;
  hasLeaders: boolean;
  staff: StaffState;
  /** Managers: the cycle to plan actions in, from this pillar and its statements. */
  planCycleId?: number;
}

/** One pillar or theme: both groups' scores, the gap in words, and how people answered each statement. */
export function AreaResults(props: AreaResultsProps): React.ReactElement {
  const { area, pack, strings, hasLeaders, staff, planCycleId } = props;
  const fmt = useFormat();
  const kit = useKitStrings();
  const hidden = staff.kind === 'hidden' ? format(kit.hiddenBelowMinimum, { minimum: staff.minimumGroupSize }) : '';

  const leadersScore = !hasLeaders ? strings.noAnswers : area.leaders?.percent != null ? fmt.percent(area.leaders.percent) : strings.noScore;
  let staffScore: string;
  if (staff.kind === 'hidden') staffScore = hidden;
  else if (staff.kind === 'none') staffScore = strings.noAnswers;
  else staffScore = area.staff?.percent != null ? fmt.percent(area.staff.percent) : strings.noScore;

  return (
    <Section level={3} title={area.name} intro={area.crossCutting ? strings.themeTag : undefined}>
      <Facts
        items={[
          [strings.leadersScoreLabel, leadersScore],
          [strings.staffScoreLabel, staffScore],
          [strings.gapLabel, gapSentence(strings, area.gap, hasLeaders, staff)]
        ]}
      />
      {planCycleId !== undefined && (hasLeaders || staff.kind === 'shown') && <Paragraph>{strings.planIntro}</Paragraph>}
      {hasLeaders &&
        (area.leaderStatements.length > 0 ? (
          <SpreadTable
            caption={format(strings.leadersSpreadCaption, { area: area.name })}
            pack={pack}
            scale={pack.scales.leaders}
            statements={area.leaderStatements}
            strings={strings}
            hiddenText=""
            planCycleId={planCycleId}
          />
        ) : (
          <Paragraph>{strings.noStatements}</Paragraph>
        ))}
      {staff.kind === 'shown' && area.staffStatements.length > 0 && (
        <SpreadTable
          caption={format(strings.staffSpreadCaption, { area: area.name })}
          pack={pack}
          scale={pack.scales.staff}
          statements={area.staffStatements}
          strings={strings}
          hiddenText={format(kit.hiddenBelowMinimum, { minimum: staff.minimumGroupSize })}
          planCycleId={planCycleId}
        />
      )}
      {planCycleId !== undefined && (
        <Paragraph>
          <RouteLink to={{ screen: 'newaction', cycleId: planCycleId, item: area.id }}>{format(strings.planForPillar, { area: area.name })}</RouteLink>
        </Paragraph>
      )}
    </Section>
  );
}
