import * as React from 'react';
import { useFormat } from '../format';
import { ChartFrame } from './ChartFrame';
import { GapTable } from './ChartTables';
import { gapChartModel, type GapChartInput } from './models';

export type GapChartProps = GapChartInput;

/**
 * A diverging bar per row (leaders' score minus staff score, say): right of zero when the first side
 * is higher, left when lower, each bar labelled with its signed value and its reading, and a table of
 * the same figures. The chart library loads on first use.
 */
export function GapChart(props: GapChartProps): React.ReactElement {
  const fmt = useFormat();
  const { caption, rowHeading, gapHeading, readingHeading, readings, sameWithin, rows, barLabel } = props;
  const model = React.useMemo(
    () => gapChartModel({ caption, rowHeading, gapHeading, readingHeading, readings, sameWithin, rows, barLabel }, fmt),
    [caption, rowHeading, gapHeading, readingHeading, readings, sameWithin, rows, barLabel, fmt]
  );
  return <ChartFrame table={(captionId) => <GapTable model={model} captionId={captionId} />} chart={(kit, options) => <kit.GapBars model={model} {...options} />} />;
}
