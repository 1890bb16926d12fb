/**
 * What a trend chart shows: one figure per period, oldest first, and an optional reference line (a
 * national benchmark). Worked out once and used by both the chart and its table. Pure; no chart library.
 */
import { format } from '../../../loc/strings';

export interface TrendPointInput {
  id: string;
  /** The period end, YYYY-MM-DD: where the point sits on the time axis. */
  date: string;
  /** The period in words, such as "April to June 2026". */
  label: string;
  value: number;
  /** The value as the table and the callout show it, such as "24.7%". */
  text: string;
}

export interface TrendReferenceInput {
  value: number;
  /** The value as shown, such as "24.7%". */
  text: string;
  /** Its name in the legend and the table, such as "National benchmark". */
  label: string;
  /** The period and source it comes from, shown on hover and in the table. */
  details: string;
}

export interface TrendChartInput {
  /** Names the chart and captions its table. */
  caption: string;
  /** The legend name of the line, such as "This service". */
  series: string;
  /** Table headings: the period column and the value column. */
  periodHeading: string;
  valueHeading: string;
  points: TrendPointInput[];
  reference: TrendReferenceInput | null;
  /** How a point is read out: {series}, {period} and {value}. */
  pointLabel: string;
  /** How the reference line is read out: {label}, {value} and {details}. */
  referenceLabel: string;
}

export interface TrendPoint extends TrendPointInput {
  ariaLabel: string;
}

export interface TrendChartModel {
  caption: string;
  series: string;
  periodHeading: string;
  valueHeading: string;
  /** Oldest first. */
  points: TrendPoint[];
  reference: (TrendReferenceInput & { ariaLabel: string }) | null;
}

export function trendChartModel(input: TrendChartInput): TrendChartModel {
  const points = input.points
    .filter((p) => Number.isFinite(p.value))
    .slice()
    .sort((a, b) => a.date.localeCompare(b.date) || a.id.localeCompare(b.id))
    .map((p) => ({ ...p, ariaLabel: format(input.pointLabel, { series: input.series, period: p.label, value: p.text }) }));
  const reference = input.reference
    ? { ...input.reference, ariaLabel: format(input.referenceLabel, { label: input.reference.label, value: input.reference.text, details: input.reference.details }) }
    : null;
  return { caption: input.caption, series: input.series, periodHeading: input.periodHeading, valueHeading: input.valueHeading, points, reference };
}
