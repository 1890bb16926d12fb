/**
 * Small formatting helpers for the Model screen. Dates in packs are written as YYYY, YYYY-MM or
 * YYYY-MM-DD; people read them as "2019", "October 2024" or "25 November 2026".
 */
import type { ScreenStrings } from '../../loc/screens';
import { FALLBACK_LOCALE, format } from '../../loc/strings';
import type { KeyQuestion } from '../../model';

const DATE_PATTERN = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?/;

/** A pack date (year, year and month, or full date) or an ISO date-time, written for people. */
export function formatPackDate(value: string, locale: string): string {
  const match = DATE_PATTERN.exec(value);
  if (!match) return value;
  const year = Number(match[1]);
  if (match[2] === undefined) return match[1];
  const month = Number(match[2]) - 1;
  const day = match[3] === undefined ? 1 : Number(match[3]);
  const date = new Date(Date.UTC(year, month, day));
  if (Number.isNaN(date.getTime())) return value;
  const options: Intl.DateTimeFormatOptions =
    match[3] === undefined
      ? { month: 'long', year: 'numeric', timeZone: 'UTC' }
      : { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' };
  try {
    return new Intl.DateTimeFormat(locale, options).format(date);
  } catch {
    return new Intl.DateTimeFormat(FALLBACK_LOCALE, options).format(date);
  }
}

/** A number as people in the locale write it (1,234.5 in en-GB); as in UK English when Intl does not accept the locale. */
export function formatNumber(value: number, locale: string): string {
  const options: Intl.NumberFormatOptions = { maximumFractionDigits: 2 };
  try {
    return new Intl.NumberFormat(locale, options).format(value);
  } catch {
    return new Intl.NumberFormat(FALLBACK_LOCALE, options).format(value);
  }
}

/** A value with its unit: "26.3%" or "5.6 days per worker"; a range when there is an upper end. */
export function formatValue(strings: ScreenStrings, locale: string, value: number, unit: string, valueHigh?: number): string {
  const number =
    valueHigh === undefined
      ? formatNumber(value, locale)
      : format(strings.modelRange, { low: formatNumber(value, locale), high: formatNumber(valueHigh, locale) });
  return format(unit === '%' ? strings.modelValuePercent : strings.modelValueWithUnit, { value: number, unit });
}

/** True for a web address we are willing to link to: https only. */
export function isSafeLink(url: string | undefined): url is string {
  return typeof url === 'string' && /^https:\/\/[^\s]+$/i.test(url);
}

export function keyQuestionLabel(strings: ScreenStrings, keyQuestion: KeyQuestion): string {
  switch (keyQuestion) {
    case 'safe':
      return strings.modelKeyQuestionSafe;
    case 'effective':
      return strings.modelKeyQuestionEffective;
    case 'caring':
      return strings.modelKeyQuestionCaring;
    case 'responsive':
      return strings.modelKeyQuestionResponsive;
    default:
      return strings.modelKeyQuestionWellLed;
  }
}

/** "four" for 4, up to twelve; digits beyond. */
export function countInWords(strings: ScreenStrings, count: number): string {
  const words = strings.modelCountWords.split(',');
  return count >= 0 && count < words.length ? words[count] : String(count);
}
