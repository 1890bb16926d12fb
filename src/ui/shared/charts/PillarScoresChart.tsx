import * as React from 'react';
import { useFormat } from '../format';
import { ChartFrame } from './ChartFrame';
import { ScoreTable } from './ChartTables';
import { scoreChartModel, type ScoreChartInput } from './models';

export type PillarScoresChartProps = ScoreChartInput;

/**
 * Grouped bars of scores out of 100 (leaders beside staff, per pillar and theme), each bar labelled
 * with its value, and a table of the same figures. The chart library loads on first use.
 */
export function PillarScoresChart(props: PillarScoresChartProps): React.ReactElement {
  const fmt = useFormat();
  const { caption, rowHeading, series, rows, barLabel } = props;
  const model = React.useMemo(
    () => scoreChartModel({ caption, rowHeading, series, rows, barLabel }, fmt),
    [caption, rowHeading, series, rows, barLabel, fmt]
  );
  return <ChartFrame table={(captionId) => <ScoreTable model={model} captionId={captionId} />} chart={(kit, options) => <kit.ScoreBars model={model} {...options} />} />;
}
