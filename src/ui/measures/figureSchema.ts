import * as z from 'zod/mini';
import { figureProblems, overlapsOf, periodLabel, periodMonths, type FigureFacts, type FigureProblem } from '../../domain';
import type { Measure } from '../../model';
import type { MeasureRecord } from '../../data/types';
import { enGBMeasures, measuresTranslations, type MeasuresStrings } from '../../loc/measures';
import { format } from '../../loc/strings';
import { useStrings } from '../shared/useStrings';

export function useMeasuresStrings(): MeasuresStrings {
  return useStrings(measuresTranslations, enGBMeasures);
}

/** The source column holds 255 characters; notes are kept short enough to read. */
export const SOURCE_MAX = 255;
export const NOTE_MAX = 2000;

/** What the figure form holds while someone types. */
export type FigureValues = {
  periodEnd: string;
  /** The period's length in months, as the select holds it. */
  months: string;
  numerator: string;
  denominator: string;
  source: string;
  note: string;
  /** Why a figure is corrected (corrections only). */
  reason: string;
};

export interface FigureOutput {
  periodEnd: string;
  period: string;
  numerator: number;
  denominator: number;
  source: string | null;
  note: string | null;
  reason: string;
}

export const EMPTY_FIGURE: FigureValues = { periodEnd: '', months: '3', numerator: '', denominator: '', source: '', note: '', reason: '' };

/** The form's values for correcting a stored figure. */
export function valuesOf(record: MeasureRecord): FigureValues {
  return {
    periodEnd: record.periodEnd,
    months: String(periodMonths(record.period)),
    numerator: record.numerator === null ? '' : String(record.numerator),
    denominator: record.denominator === null ? '' : String(record.denominator),
    source: record.source ?? '',
    note: '',
    reason: ''
  };
}

type Count = { ok: true; value: number } | { ok: false; message: string };

function countOf(text: string, s: MeasuresStrings): Count {
  const t = text.trim();
  if (t === '') return { ok: false, message: s.countRequired };
  if (/^-\s*\d+(\.\d+)?$/.test(t)) return { ok: false, message: s.countNegative };
  if (!/^\d+(\.\d+)?$/.test(t)) return { ok: false, message: s.countNotNumber };
  return { ok: true, value: Number(t) };
}

export interface FigureRules {
  measure: Measure;
  serviceId: number;
  /** The service's other stored figures (leave out the one being corrected). */
  others: readonly MeasureRecord[];
  today: string;
  /** Set when correcting: the figure as stored, whose period text is kept when its period is unchanged. */
  correcting?: MeasureRecord;
}

/** The period text for the values: the stored text when a correction leaves the period as it was. */
function periodFor(values: FigureValues, rules: FigureRules): string {
  const months = Number(values.months);
  const c = rules.correcting;
  if (c && c.period && c.periodEnd === values.periodEnd && periodMonths(c.period) === months) return c.period;
  return periodLabel(values.periodEnd, months);
}

/**
 * The figure form's rules, the same as the data layer's (src/domain/measures.ts): counts of 0 or
 * more, a percentage's numerator no more than its denominator, a period that has ended, and no
 * overlap with another figure of the measure. A correction needs a reason.
 */
export function figureSchema(s: MeasuresStrings, rules: FigureRules, periodName: (record: MeasureRecord) => string) {
  const text = z.string();
  const checked = z
    .object({ periodEnd: text, months: text, numerator: text, denominator: text, source: text, note: text, reason: text })
    .check(
      z.superRefine((v, ctx) => {
        const issue = (path: keyof FigureValues, message: string): void => {
          ctx.addIssue({ code: 'custom', message, path: [path] });
        };
        const numerator = countOf(v.numerator, s);
        const denominator = countOf(v.denominator, s);
        if (!numerator.ok) issue('numerator', numerator.message);
        if (!denominator.ok) issue('denominator', denominator.message);
        if (v.periodEnd.trim() === '') issue('periodEnd', s.periodEndRequired);
        if (v.source.length > SOURCE_MAX) issue('source', format(s.textTooLong, { max: SOURCE_MAX }));
        if (v.note.length > NOTE_MAX) issue('note', format(s.textTooLong, { max: NOTE_MAX }));
        if (rules.correcting && v.reason.trim() === '') issue('reason', s.reasonRequired);
        if (v.reason.length > NOTE_MAX) issue('reason', format(s.textTooLong, { max: NOTE_MAX }));
        // Without a date yet, the counts are still checked (against today's date, which is never refused).
        const dated = v.periodEnd.trim() !== '';
        const facts: FigureFacts = {
          serviceId: rules.serviceId,
          measureId: rules.measure.id,
          period: dated ? periodFor(v, rules) : null,
          periodEnd: dated ? v.periodEnd : rules.today,
          numerator: numerator.ok ? numerator.value : 0,
          denominator: denominator.ok ? denominator.value : 1
        };
        const problems: FigureProblem[] = figureProblems(facts, rules.measure.formula, rules.today);
        const clash = dated ? overlapsOf([facts], rules.others).get(0) : undefined;
        if (clash && !problems.some((p) => p.field === 'periodEnd')) problems.push({ field: 'periodEnd', code: 'overlap', other: clash });
        for (const p of problems) {
          if (p.field === 'numerator' && !numerator.ok) continue;
          if (p.field === 'denominator' && !denominator.ok) continue;
          if (p.code === 'badDate') issue('periodEnd', s.periodEndInvalid);
          else if (p.code === 'future') issue('periodEnd', s.periodEndFuture);
          else if (p.code === 'overlap') issue('periodEnd', format(s.overlap, { period: periodName(clash as MeasureRecord) }));
          else if (p.code === 'zeroDenominator') issue('denominator', s.denominatorZero);
          else if (p.code === 'aboveDenominator') issue('numerator', format(s.numeratorAbove, { denominator: v.denominator.trim() }));
          else if (p.code === 'negative') issue(p.field as keyof FigureValues, s.countNegative);
        }
      })
    );
  return z.pipe(
    checked,
    z.transform(
      (v: z.output<typeof checked>): FigureOutput => ({
        periodEnd: v.periodEnd,
        period: periodFor(v, rules),
        numerator: Number(v.numerator.trim()),
        denominator: Number(v.denominator.trim()),
        source: v.source.trim() === '' ? null : v.source.trim(),
        note: v.note.trim() === '' ? null : v.note.trim(),
        reason: v.reason.trim()
      })
    )
  );
}
