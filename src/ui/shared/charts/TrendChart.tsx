import * as React from 'react';
import { ChartFrame } from './ChartFrame';
import { TrendTable } from './ChartTables';
import { trendChartModel, type TrendChartInput } from './trend';

export type TrendChartProps = TrendChartInput;

/**
 * A line of figures over time with a reference line (such as a national benchmark), each point's
 * period and value on hover and focus, and a table of the same figures. The chart library loads on first use.
 */
export function TrendChart(props: TrendChartProps): React.ReactElement {
  const { caption, series, periodHeading, valueHeading, points, reference, pointLabel, referenceLabel } = props;
  const model = React.useMemo(
    () => trendChartModel({ caption, series, periodHeading, valueHeading, points, reference, pointLabel, referenceLabel }),
    [caption, series, periodHeading, valueHeading, points, reference, pointLabel, referenceLabel]
  );
  return <ChartFrame table={(captionId) => <TrendTable model={model} captionId={captionId} />} chart={(kit, options) => <kit.TrendLines model={model} {...options} />} />;
}
