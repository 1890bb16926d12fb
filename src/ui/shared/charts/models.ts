/**
 * What a chart shows, worked out once and used by both the chart and its table, so the two can never
 * show different figures. Pure functions; no chart library here (this module is in the screens'
 * chunks, the chart library is not).
 */
import { format } from '../../../loc/strings';
import type { Formatters } from '../format';

/** One figure of a row; `missing` says why there is none (it is shown in the table instead). */
export interface ChartCell {
  /** On the 0–100 scale; null when there is no figure. */
  value: number | null;
  missing?: string;
}

export interface ScoreChartRow {
  id: string;
  /** The full name, in the table. */
  label: string;
  /** A shorter name under the bars; the full name when not given. */
  axisLabel?: string;
  /** One cell per series, in the order of `series`. */
  cells: ChartCell[];
}

export interface ScoreChartInput {
  /** Names the chart and captions its table. */
  caption: string;
  /** The heading of the table's first column (the rows' names). */
  rowHeading: string;
  /** The series, such as leaders and staff (at most two: the palette has two series colours). */
  series: string[];
  rows: ScoreChartRow[];
  /** How a bar is read out: {category}, {series} and {value} (such as 72%). */
  barLabel: string;
}

export interface ScoreBar {
  seriesIndex: number;
  series: string;
  value: number;
  /** The figure as shown on the bar and in the table, such as 72%. */
  text: string;
  /** What a screen reader says for the bar. */
  ariaLabel: string;
}

export interface ScoreGroup {
  id: string;
  label: string;
  axisLabel: string;
  /** One per series: the text of the table's cell, and the bar (null when there is no figure). */
  cells: Array<{ text: string; bar: ScoreBar | null }>;
}

export interface ScoreChartModel {
  caption: string;
  rowHeading: string;
  series: string[];
  groups: ScoreGroup[];
}

export function scoreChartModel(input: ScoreChartInput, fmt: Formatters): ScoreChartModel {
  const groups = input.rows.map((row): ScoreGroup => ({
    id: row.id,
    label: row.label,
    axisLabel: row.axisLabel ?? row.label,
    cells: input.series.map((series, seriesIndex) => {
      const cell = row.cells[seriesIndex] ?? { value: null };
      if (cell.value === null || !Number.isFinite(cell.value)) return { text: cell.missing ?? '', bar: null };
      const text = fmt.percent(cell.value);
      return {
        text,
        bar: {
          seriesIndex,
          series,
          value: cell.value,
          text,
          ariaLabel: format(input.barLabel, { category: row.label, series, value: text })
        }
      };
    })
  }));
  return { caption: input.caption, rowHeading: input.rowHeading, series: input.series, groups };
}

// ---------------------------------------------------------------------------------------------
// Gaps: one signed figure per row, read as higher, lower or about the same

export type GapReading = 'higher' | 'lower' | 'same';

export interface GapChartRow {
  id: string;
  label: string;
  axisLabel?: string;
  /** In points; positive when the first side is higher. Null when there is no gap to show. */
  gap: number | null;
  missing?: string;
}

export interface GapChartInput {
  caption: string;
  rowHeading: string;
  /** The heading of the column of signed figures. */
  gapHeading: string;
  /** The heading of the column that says which side is higher. */
  readingHeading: string;
  /** The words for each reading; also the legend. */
  readings: Record<GapReading, string>;
  /** Gaps of at most this many whole points read as about the same. */
  sameWithin: number;
  rows: GapChartRow[];
  /** How a bar is read out: {category}, {value} (such as +18) and {reading}. */
  barLabel: string;
}

/** The gap in whole points, rounded half away from zero so that +2.5 and -2.5 mirror each other. */
export function roundGap(gap: number): number {
  const rounded = Math.round(Math.abs(gap));
  return gap < 0 && rounded !== 0 ? -rounded : rounded;
}

/** Higher, lower, or about the same when the rounded gap is within `sameWithin` points either way. */
export function gapReading(gap: number, sameWithin: number): GapReading {
  const rounded = roundGap(gap);
  if (Math.abs(rounded) <= sameWithin) return 'same';
  return rounded > 0 ? 'higher' : 'lower';
}

export interface GapRowModel {
  id: string;
  label: string;
  axisLabel: string;
  /** Null when the row has no gap; `missing` then says why. */
  bar: { value: number; text: string; reading: GapReading; readingText: string; ariaLabel: string } | null;
  missing: string;
}

export interface GapChartModel {
  caption: string;
  rowHeading: string;
  gapHeading: string;
  readingHeading: string;
  readings: Record<GapReading, string>;
  rows: GapRowModel[];
}

/** A whole number with its sign: +18, -7, 0. */
function signed(value: number, fmt: Formatters): string {
  const text = fmt.number(Math.abs(value), 0);
  if (value > 0) return `+${text}`;
  if (value < 0) return fmt.number(value, 0);
  return text;
}

export function gapChartModel(input: GapChartInput, fmt: Formatters): GapChartModel {
  const rows = input.rows.map((row): GapRowModel => {
    const base = { id: row.id, label: row.label, axisLabel: row.axisLabel ?? row.label, missing: row.missing ?? '' };
    if (row.gap === null || !Number.isFinite(row.gap)) return { ...base, bar: null };
    const value = roundGap(row.gap);
    const reading = gapReading(row.gap, input.sameWithin);
    const text = signed(value, fmt);
    const readingText = input.readings[reading];
    return {
      ...base,
      bar: { value, text, reading, readingText, ariaLabel: format(input.barLabel, { category: row.label, value: text, reading: readingText }) }
    };
  });
  return {
    caption: input.caption,
    rowHeading: input.rowHeading,
    gapHeading: input.gapHeading,
    readingHeading: input.readingHeading,
    readings: input.readings,
    rows
  };
}
