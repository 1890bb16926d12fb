/**
 * The trend line over @fluentui/react-charts. Part of the chart kit's chunk (imported by ChartKit.tsx
 * only, which loadChartKit() loads on demand); never imported by a screen.
 */
import * as React from 'react';
import { makeStyles } from '@fluentui/react-components';
import { LineChart, ResponsiveContainer, type LineChartPoints } from '@fluentui/react-charts';
import type { ChartPalette } from './palette';
import type { TrendChartModel } from './trend';

const useStyles = makeStyles({
  box: { minWidth: 0, width: '100%' },
  legendText: { textTransform: 'none' }
});

const at = (date: string): Date => new Date(`${date}T00:00:00Z`);

export function TrendLines(props: { model: TrendChartModel; palette: ChartPalette; hideTooltip: boolean; culture: string }): React.ReactElement {
  const { model, palette, hideTooltip, culture } = props;
  const styles = useStyles();
  const data = React.useMemo(() => {
    const lines: LineChartPoints[] = [
      {
        legend: model.series,
        color: palette.first,
        data: model.points.map((p) => ({
          x: at(p.date),
          y: p.value,
          xAxisCalloutData: p.label,
          yAxisCalloutData: p.text,
          callOutAccessibilityData: { ariaLabel: p.ariaLabel }
        }))
      }
    ];
    const ref = model.reference;
    if (ref && model.points.length > 0) {
      const first = model.points[0].date;
      const last = model.points[model.points.length - 1].date;
      // A flat dashed line across the figures' time span: the benchmark to compare each figure with.
      lines.push({
        legend: ref.label,
        color: palette.second,
        lineOptions: { strokeDasharray: '6 4', strokeWidth: 2 },
        data: [first, last].map((date) => ({
          x: at(date),
          y: ref.value,
          xAxisCalloutData: ref.details,
          yAxisCalloutData: ref.text,
          callOutAccessibilityData: { ariaLabel: ref.ariaLabel }
        }))
      });
    }
    return { chartTitle: model.caption, lineChartData: lines };
  }, [model, palette]);
  const values = [...model.points.map((p) => p.value), ...(model.reference ? [model.reference.value] : [])];
  return (
    <div className={styles.box}>
      <ResponsiveContainer height={300}>
        <LineChart
          data={data}
          culture={culture}
          hideTooltip={hideTooltip}
          yMinValue={0}
          yMaxValue={Math.max(1, ...values) * 1.1}
          allowMultipleShapesForPoints
          isCalloutForStack={false}
          legendProps={{ styles: { text: styles.legendText } }}
        />
      </ResponsiveContainer>
    </div>
  );
}
