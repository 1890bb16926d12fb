import * as React from 'react';
import type { ScoreSet } from '../../domain';
import { perceptionGap } from '../../domain';
import { format } from '../../loc/strings';
import type { ResultsStrings } from '../../loc/results';
import { Facts, Paragraph, Section } from '../shared/layout';
import { useFormat } from '../shared/format';
import { useKitStrings } from '../shared/useKit';
import { gapSentence, overallSentence, type AreaView, type StaffState } from './resultsModel';

export interface ResultsSummaryProps {
  strings: ResultsStrings;
  leaders: ScoreSet | null;
  staff: StaffState;
  areas: AreaView[];
}

export function ResultsSummary(props: ResultsSummaryProps): React.ReactElement {
  const { strings, leaders, staff, areas } = props;
  const fmt = useFormat();
  const kit = useKitStrings();
  const nameOf = (id: string): string => areas.find((a) => a.id === id)?.name ?? id;
  const hidden = staff.kind === 'hidden' ? format(kit.hiddenBelowMinimum, { minimum: staff.minimumGroupSize }) : '';

  const staffAnswered = staff.kind === 'shown' ? fmt.number(staff.scores.respondents, 0) : staff.kind === 'hidden' ? hidden : strings.nobodyAnswered;
  const staffScores = staff.kind === 'shown' ? overallSentence(strings, fmt, staff.scores.summary, nameOf) : staff.kind === 'hidden' ? hidden : strings.staffNone;
  const widest = leaders && staff.kind === 'shown' ? perceptionGap(leaders, staff.scores).widest : null;

  return (
    <Section title={strings.summaryHeading}>
      <Facts
        items={[
          [strings.leadersAnsweredLabel, leaders ? fmt.number(leaders.respondents, 0) : strings.nobodyAnswered],
          [strings.staffAnsweredLabel, staffAnswered],
          [strings.leadersScoresLabel, leaders ? overallSentence(strings, fmt, leaders.summary, nameOf) : strings.leadersNone],
          [strings.staffScoresLabel, staffScores]
        ]}
      />
      {widest && widest.gap !== null && (
        <Paragraph>{format(strings.widestGap, { pillar: nameOf(widest.areaId), gap: gapSentence(strings, widest.gap, true, staff) })}</Paragraph>
      )}
      <Paragraph>{strings.scaleExplained}</Paragraph>
    </Section>
  );
}
