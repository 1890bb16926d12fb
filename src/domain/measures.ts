/**
 * Measures arithmetic: the value of a measure from its numerator and denominator.
 */
import { Formula } from '../model';

/**
 * The measure's value: a percentage (× 100), a ratio, or an amount per worker. Null when the
 * figures cannot give a meaningful value (a denominator of zero, or a negative or missing count).
 */
export function measureValue(formula: Formula, numerator: number, denominator: number): number | null {
  if (!Number.isFinite(numerator) || !Number.isFinite(denominator) || numerator < 0 || denominator <= 0) return null;
  const ratio = numerator / denominator;
  return formula === 'percentage' ? ratio * 100 : ratio;
}

// ---------------------------------------------------------------------------------------------
// Figures and their periods
//
// Each figure belongs to one reporting period that ends on its period end. The length of the period
// is read from the figure's period text (the app writes it, e.g. "April to June 2026" or "2025/26"):
// a month, a quarter, a year or "N months to …"; text it does not recognise counts as a quarter, the
// usual reporting period. The period starts the day after the same length before its end, so a
// quarter ending 30 June 2026 runs from 1 April to 30 June 2026. What the numerator counts over (such
// as "the last 12 months" for turnover) is part of the measure's definition, not the reporting period.
// Two figures of the same measure for the same service may not share a single day of their periods.

/** The period lengths the app offers, in months. */
export const PERIOD_LENGTHS = [1, 3, 12] as const;
/** The length of a period whose text does not say: a quarter. */
export const DEFAULT_PERIOD_MONTHS = 3;

const MONTH_NAMES = ['january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december'];
const MONTH_TITLES = MONTH_NAMES.map((m) => m[0].toUpperCase() + m.slice(1));
const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

/** True for a real calendar date written YYYY-MM-DD. */
export function isCalendarDate(value: string): boolean {
  const m = ISO_DATE.exec(value);
  if (!m) return false;
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  return mo >= 1 && mo <= 12 && d >= 1 && d <= daysInMonth(y, mo);
}

function daysInMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

function ymd(year: number, month: number, day: number): string {
  const p = (n: number, w = 2): string => String(n).padStart(w, '0');
  return `${p(year, 4)}-${p(month)}-${p(day)}`;
}

function parts(date: string): [number, number, number] {
  return [Number(date.slice(0, 4)), Number(date.slice(5, 7)), Number(date.slice(8, 10))];
}

function nextDay(date: string): string {
  return new Date(Date.parse(`${date}T00:00:00Z`) + 86400000).toISOString().slice(0, 10);
}

function monthIndex(name: string): number {
  return MONTH_NAMES.indexOf(name.toLowerCase());
}

/** The length in months of a figure's period, from its text (see the rule above). */
export function periodMonths(period: string | null | undefined): number {
  const text = (period ?? '').trim().toLowerCase().replace(/\s+/g, ' ');
  if (text === '') return DEFAULT_PERIOD_MONTHS;
  const n = /^(\d{1,2}) months? (to|ending)\b/.exec(text);
  if (n) return Math.min(Math.max(Number(n[1]), 1), 24);
  const range = /^([a-z]+)(?: (\d{4}))? to ([a-z]+) (\d{4})$/.exec(text);
  if (range && monthIndex(range[1]) >= 0 && monthIndex(range[3]) >= 0) {
    const endYear = Number(range[4]);
    const from = monthIndex(range[1]);
    const to = monthIndex(range[3]);
    const startYear = range[2] ? Number(range[2]) : from <= to ? endYear : endYear - 1;
    const months = endYear * 12 + to - (startYear * 12 + from) + 1;
    if (months >= 1 && months <= 24) return months;
  }
  const single = /^([a-z]+) \d{4}$/.exec(text);
  if (single && monthIndex(single[1]) >= 0) return 1;
  if (/^\d{4}\/\d{2}$/.test(text) || /\b(year|annual|yearly)\b/.test(text)) return 12;
  if (/^q[1-4]\b/.test(text) || /\bquarter/.test(text)) return 3;
  if (/\bhalf[- ]year|\bsix months\b/.test(text)) return 6;
  if (/\bmonth(ly)?\b/.test(text)) return 1;
  return DEFAULT_PERIOD_MONTHS;
}

/** The first day of a period of `months` months ending on `end` (YYYY-MM-DD). */
export function periodStart(end: string, months: number): string {
  const [y, m, d] = parts(nextDay(end));
  const total = y * 12 + (m - 1) - months;
  const year = Math.floor(total / 12);
  const month = (total % 12) + 1;
  return ymd(year, month, Math.min(d, daysInMonth(year, month)));
}

/**
 * The period text the app writes for a period of `months` months ending on `end`, in the words
 * `periodMonths` reads back: "June 2026", "April to June 2026", "July 2025 to June 2026", or
 * "3 months to 2026-05-15" when the period does not run over whole months.
 */
export function periodLabel(end: string, months: number): string {
  const start = periodStart(end, months);
  const [ey, em, ed] = parts(end);
  const [sy, sm, sd] = parts(start);
  if (sd !== 1 || ed !== daysInMonth(ey, em)) return `${months} ${months === 1 ? 'month' : 'months'} to ${end}`;
  if (months === 1) return `${MONTH_TITLES[em - 1]} ${ey}`;
  if (sy === ey) return `${MONTH_TITLES[sm - 1]} to ${MONTH_TITLES[em - 1]} ${ey}`;
  return `${MONTH_TITLES[sm - 1]} ${sy} to ${MONTH_TITLES[em - 1]} ${ey}`;
}

/** A figure as the rules see it. */
export interface FigureFacts {
  serviceId: number;
  measureId: string;
  period: string | null;
  periodEnd: string;
  numerator: number | null;
  denominator: number | null;
}

export type FigureField = 'measure' | 'periodEnd' | 'numerator' | 'denominator';
export type FigureProblemCode =
  | 'unknownMeasure'
  | 'badDate'
  | 'future'
  | 'missing'
  | 'notNumber'
  | 'negative'
  | 'zeroDenominator'
  | 'aboveDenominator'
  | 'overlap';

export interface FigureProblem {
  field: FigureField;
  code: FigureProblemCode;
  /** For an overlap: the other figure. */
  other?: { period: string | null; periodEnd: string };
}

/** What is wrong with one figure on its own (not counting other figures): empty when nothing. */
export function figureProblems(figure: FigureFacts, formula: Formula | undefined, today: string): FigureProblem[] {
  const problems: FigureProblem[] = [];
  if (formula === undefined) problems.push({ field: 'measure', code: 'unknownMeasure' });
  if (!isCalendarDate(figure.periodEnd)) problems.push({ field: 'periodEnd', code: 'badDate' });
  else if (figure.periodEnd > today) problems.push({ field: 'periodEnd', code: 'future' });
  const count = (field: 'numerator' | 'denominator', value: number | null): boolean => {
    if (value === null) problems.push({ field, code: 'missing' });
    else if (typeof value !== 'number' || !Number.isFinite(value)) problems.push({ field, code: 'notNumber' });
    else if (value < 0) problems.push({ field, code: 'negative' });
    else return true;
    return false;
  };
  const numeratorOk = count('numerator', figure.numerator);
  const denominatorOk = count('denominator', figure.denominator);
  if (denominatorOk && figure.denominator === 0) problems.push({ field: 'denominator', code: 'zeroDenominator' });
  else if (numeratorOk && denominatorOk && formula === 'percentage' && (figure.numerator as number) > (figure.denominator as number)) {
    problems.push({ field: 'numerator', code: 'aboveDenominator' });
  }
  return problems;
}

/** The first and last day of a figure's period. */
export function periodOf(figure: Pick<FigureFacts, 'period' | 'periodEnd'>): { start: string; end: string } {
  return { start: periodStart(figure.periodEnd, periodMonths(figure.period)), end: figure.periodEnd };
}

/** True when the two figures are for the same service and measure and their periods share a day. */
export function figuresOverlap(a: FigureFacts, b: FigureFacts): boolean {
  if (a.serviceId !== b.serviceId || a.measureId !== b.measureId) return false;
  if (!isCalendarDate(a.periodEnd) || !isCalendarDate(b.periodEnd)) return false;
  const pa = periodOf(a);
  const pb = periodOf(b);
  return pa.start <= pb.end && pb.start <= pa.end;
}

/**
 * For each new figure, the first figure it overlaps: one already stored (leave out the one being
 * corrected, and any stored by an earlier attempt at the same request) or an earlier new figure.
 */
export function overlapsOf<S extends FigureFacts>(figures: readonly FigureFacts[], stored: readonly S[]): Map<number, FigureFacts> {
  const found = new Map<number, FigureFacts>();
  figures.forEach((figure, i) => {
    const clash = stored.find((s) => figuresOverlap(figure, s)) ?? figures.slice(0, i).find((earlier) => figuresOverlap(figure, earlier));
    if (clash) found.set(i, clash);
  });
  return found;
}
