import { defaultPack, findMeasure, findPillar } from '../../model';
import { FALLBACK_LOCALE, format } from '../../loc/strings';
import type { ScreenStrings } from '../../loc/screens';
import type { AudienceSummary, ResponseKind, StaffSummary } from '../../data/types';

interface Formatters {
  date: Intl.DateTimeFormat;
  dateTime: Intl.DateTimeFormat;
  oneDecimal: Intl.NumberFormat;
}

function createFormatters(locale: string): Formatters {
  return {
    date: new Intl.DateTimeFormat(locale, { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' }),
    dateTime: new Intl.DateTimeFormat(locale, { day: 'numeric', month: 'long', year: 'numeric', hour: '2-digit', minute: '2-digit' }),
    oneDecimal: new Intl.NumberFormat(locale, { maximumFractionDigits: 1 })
  };
}

const formattersByLocale = new Map<string, Formatters>();

/** The host locale's formatters, made once per locale; UK English's when Intl does not accept the locale. */
function formattersFor(locale: string): Formatters {
  let formatters = formattersByLocale.get(locale);
  if (!formatters) {
    try {
      formatters = createFormatters(locale);
    } catch {
      formatters = createFormatters(FALLBACK_LOCALE);
    }
    formattersByLocale.set(locale, formatters);
  }
  return formatters;
}

/** "1 July 2026" (in en-GB) for a YYYY-MM-DD date, in the host's locale. */
export function formatDate(strings: ScreenStrings, locale: string, date: string | null): string {
  if (date === null) return strings.readModelsNoDate;
  const ms = Date.parse(`${date}T00:00:00Z`);
  return Number.isNaN(ms) ? date : formattersFor(locale).date.format(new Date(ms));
}

/** "2 April 2026, 11:15" (in en-GB, in the browser's time zone) for an ISO date-time, in the host's locale. */
export function formatDateTime(strings: ScreenStrings, locale: string, iso: string | null): string {
  if (iso === null) return strings.readModelsNoDate;
  const ms = Date.parse(iso);
  return Number.isNaN(ms) ? iso : formattersFor(locale).dateTime.format(new Date(ms));
}

export function formatPercent(strings: ScreenStrings, value: number | null): string {
  return value === null ? strings.readModelsNoAnswers : format(strings.readModelsPercent, { value: Math.round(value) });
}

export function kindLabel(strings: ScreenStrings, kind: ResponseKind): string {
  return kind === 'leaders' ? strings.kindLeaders : strings.kindStaff;
}

/** A pillar's short name from WPQ's default pack, or its id when the pack does not know it. */
export function pillarName(strings: ScreenStrings, pillarId: string): string {
  const pillar = findPillar(defaultPack, pillarId);
  if (!pillar) return pillarId;
  const name = pillar.shortName ?? pillar.name;
  return pillar.crossCutting ? format(strings.themeSuffix, { name }) : name;
}

export function measureName(measureId: string): string {
  return findMeasure(defaultPack, measureId)?.name ?? measureId;
}

/** A measure's value with its unit, the number written as the host's locale writes it. */
export function measureValue(strings: ScreenStrings, locale: string, measureId: string, value: number | null): string {
  if (value === null) return strings.readModelsNone;
  const measure = findMeasure(defaultPack, measureId);
  const number = formattersFor(locale).oneDecimal.format(value);
  if (!measure || measure.formula === 'percentage') return format(strings.readModelsPercent, { value: number });
  return format(strings.modelValueWithUnit, { value: number, unit: measure.unit });
}

/** The overall figure always beside the weakest pillar, never alone. */
export function audienceText(strings: ScreenStrings, summary: AudienceSummary | null): string {
  if (summary === null) return strings.readModelsNoAnswers;
  if (summary.weakest === null) return strings.readModelsNoAnswers;
  const values = { pillar: pillarName(strings, summary.weakest.pillarId), weakest: Math.round(summary.weakest.percent) };
  if (summary.overallPercent === null) return format(strings.readModelsWeakestOnly, values);
  return format(strings.readModelsOverall, { ...values, overall: Math.round(summary.overallPercent) });
}

export function staffText(strings: ScreenStrings, staff: StaffSummary | null): string {
  if (staff === null) return strings.readModelsNoAnswers;
  if (staff.status === 'suppressed') return format(strings.readModelsSuppressed, { min: staff.minimumGroupSize });
  return audienceText(strings, staff);
}
