/**
 * The charts themselves, over @fluentui/react-charts. This module is loaded only through
 * `loadChartKit()` (its own chunk, with d3): nothing in the entry or the survey path imports it.
 * It exports one default object, because the local page's bundler gives dynamic chunks a default
 * export only.
 */
import * as React from 'react';
import { makeStyles, tokens } from '@fluentui/react-components';
import {
  GroupedVerticalBarChart,
  HorizontalBarChartWithAxis,
  ResponsiveContainer,
  type GroupedVerticalBarChartData,
  type HorizontalBarChartWithAxisDataPoint
} from '@fluentui/react-charts';
import type { ChartPalette } from './palette';
import type { GapChartModel, GapReading, ScoreChartModel } from './models';
import { TrendLines } from './TrendKit';

export interface ChartViewOptions {
  palette: ChartPalette;
  /** True after Escape: the focus callout closes until the person moves on (WCAG 1.4.13). */
  hideTooltip: boolean;
  /** For the chart's own number formatting. */
  culture: string;
}

const useKitStyles = makeStyles({
  // The library capitalises legend text; series names are written as they should read.
  legendText: { textTransform: 'none' },
  box: { minWidth: 0, width: '100%' },
  // Bar labels small enough that two bars side by side keep theirs apart on a phone. (The chart's
  // `styles.barLabel` is not applied by this version of the library, hence the class it sets.)
  scoreBox: {
    minWidth: 0,
    width: '100%',
    '& .fui-gvbc\\*\\*barLabel': { fontSize: tokens.fontSizeBase100, lineHeight: tokens.lineHeightBase100 }
  }
});

/** Space for the tick and its padding beside a category label on the vertical axis. */
const AXIS_LABEL_PADDING = 28;

/** The width of a label in the axis labels' font (10px semibold), measured on a canvas like the library does. */
function labelWidth(text: string, fontFamily: string): number {
  const context = document.createElement('canvas').getContext('2d');
  if (!context) return text.length * 7;
  context.font = `600 10px ${fontFamily}`;
  return context.measureText(text).width;
}

/** Stands in for 0 so that a zero score is still drawn (see ScoreBars). */
const ZERO_BAR = 1e-6;

function seriesColour(palette: ChartPalette, index: number): string {
  return index === 0 ? palette.first : palette.second;
}

function readingColour(palette: ChartPalette, reading: GapReading): string {
  if (reading === 'higher') return palette.first;
  if (reading === 'lower') return palette.second;
  return palette.neutral;
}

/** Grouped bars: one group per row, one bar per series, each labelled with its value. */
function ScoreBars(props: { model: ScoreChartModel } & ChartViewOptions): React.ReactElement {
  const { model, palette, hideTooltip, culture } = props;
  const styles = useKitStyles();
  const data = React.useMemo<GroupedVerticalBarChartData[]>(
    () =>
      model.groups
        .filter((group) => group.cells.some((cell) => cell.bar !== null))
        .map((group) => ({
          name: group.axisLabel,
          series: group.cells
            .filter((cell) => cell.bar !== null)
            .map((cell) => {
              const bar = cell.bar as NonNullable<typeof cell.bar>;
              return {
                key: `${group.id}-${bar.seriesIndex}`,
                // The library leaves out a bar whose value is exactly 0 (and its label with it); a
                // hair above 0 draws a one-pixel bar labelled 0%, so a zero is seen, not missing.
                data: bar.value === 0 ? ZERO_BAR : bar.value,
                legend: bar.series,
                color: seriesColour(palette, bar.seriesIndex),
                barLabel: bar.text,
                xAxisCalloutData: group.label,
                yAxisCalloutData: bar.text,
                callOutAccessibilityData: { ariaLabel: bar.ariaLabel }
              };
            })
        })),
    [model, palette]
  );
  return (
    <div className={styles.scoreBox}>
      <ResponsiveContainer height={340}>
        <GroupedVerticalBarChart
          data={data}
          chartTitle={model.caption}
          culture={culture}
          yMinValue={0}
          yMaxValue={100}
          hideTooltip={hideTooltip}
          // Each bar shows its own label (72%); the library's extra label of the raw value is left out.
          hideLabels
          barWidth="auto"
          maxBarWidth={40}
          // Groups close together, so the bars (and their labels) are as wide as a phone allows.
          xAxisInnerPadding={0.25}
          xAxis={{ tickLayout: 'auto' }}
          enabledLegendsWrapLines
          legendProps={{ styles: { text: styles.legendText } }}
        />
      </ResponsiveContainer>
    </div>
  );
}

/** Bars either side of zero: one per row with a gap, coloured and labelled by which side is higher. */
function GapBars(props: { model: GapChartModel } & ChartViewOptions): React.ReactElement {
  const { model, palette, hideTooltip, culture } = props;
  const styles = useKitStyles();
  const data = React.useMemo<HorizontalBarChartWithAxisDataPoint[]>(
    () =>
      model.rows
        .filter((row) => row.bar !== null)
        .map((row) => {
          const bar = row.bar as NonNullable<typeof row.bar>;
          return {
            x: bar.value,
            y: row.axisLabel,
            legend: bar.readingText,
            color: readingColour(palette, bar.reading),
            barLabel: bar.text,
            xAxisCalloutData: bar.text,
            yAxisCalloutData: row.label,
            callOutAccessibilityData: { ariaLabel: bar.ariaLabel }
          };
        }),
    [model, palette]
  );
  const height = Math.max(200, 56 * data.length + 110);

  // Room on the left for the category labels: the library measures them before they are drawn and
  // can leave too little, cutting the start off long names. At most 45% of the width; beyond that the
  // labels are shortened with an ellipsis (the full name is in the bar's label and in the table).
  const box = React.useRef<HTMLDivElement>(null);
  const [width, setWidth] = React.useState(0);
  const labels = React.useMemo(() => data.map((point) => String(point.y)), [data]);
  const axis = React.useMemo(() => {
    const fontFamily = box.current ? getComputedStyle(box.current).fontFamily : 'sans-serif';
    const widths = labels.map((label) => labelWidth(label, fontFamily));
    const longest = Math.max(0, ...widths);
    const cap = Math.floor((width > 0 ? width : 640) * 0.45);
    const left = Math.max(40, Math.min(Math.ceil(longest) + AXIS_LABEL_PADDING, cap));
    if (longest + AXIS_LABEL_PADDING <= cap) return { left, truncateAt: undefined };
    const perChar = longest / Math.max(1, ...labels.map((l) => l.length));
    return { left, truncateAt: Math.max(4, Math.floor((cap - AXIS_LABEL_PADDING) / perChar) - 1) };
  }, [labels, width]);

  return (
    <div ref={box} className={styles.box}>
      <ResponsiveContainer height={height} onResize={(w) => setWidth(Math.floor(w))}>
        <HorizontalBarChartWithAxis
          data={data}
          chartTitle={model.caption}
          culture={culture}
          hideTooltip={hideTooltip}
          margins={{ left: axis.left }}
          showYAxisLablesTooltip={axis.truncateAt !== undefined}
          noOfCharsToTruncate={axis.truncateAt}
          // The library lays categories out from the bottom up: listed last to first, the bars read
          // top to bottom in the table's order, the same order as the keyboard takes through them.
          yAxisCategoryOrder={[...labels].reverse()}
          showYAxisLables={axis.truncateAt === undefined}
          enabledLegendsWrapLines
          legendProps={{ styles: { text: styles.legendText } }}
        />
      </ResponsiveContainer>
    </div>
  );
}

const chartKit = { ScoreBars, GapBars, TrendLines };

export type ChartKit = typeof chartKit;

export default chartKit;
