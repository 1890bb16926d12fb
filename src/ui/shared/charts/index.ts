/**
 * Accessible charts for any screen. Each chart keeps a real table of the same figures in the page,
 * labels every bar with its value, picks series colours for the host's theme and loads the chart
 * library (@fluentui/react-charts, d3) with import() on first use, showing the table if it cannot.
 * Import charts from here only; never import @fluentui/react-charts anywhere else.
 */
export { PillarScoresChart, type PillarScoresChartProps } from './PillarScoresChart';
export { GapChart, type GapChartProps } from './GapChart';
export { TrendChart, type TrendChartProps } from './TrendChart';
export { TrendTable } from './ChartTables';
export { trendChartModel, type TrendChartInput, type TrendPointInput, type TrendReferenceInput } from './trend';
export { gapReading, roundGap, type ChartCell, type GapChartRow, type GapReading, type ScoreChartRow } from './models';
export { chartPalette, type ChartPalette } from './palette';
