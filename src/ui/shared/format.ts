import * as React from 'react';
import { useApp } from '../AppContext';
import { FALLBACK_LOCALE } from '../../loc/strings';

/**
 * Dates, numbers and percentages in the person's locale: one set of Intl formatters per locale,
 * made once. Dates without a time (`2026-04-30`) are calendar days and are shown as such, never
 * shifted by a time zone.
 */
export interface Formatters {
  locale: string;
  /** A calendar day, such as 30 April 2026. */
  date(isoDate: string | null | undefined): string;
  /** A day and time, such as 30 April 2026 at 14:05. */
  dateTime(iso: string | null | undefined): string;
  number(value: number, maximumFractionDigits?: number): string;
  /** A value on the 0–100 scale, such as 72%. */
  percent(value: number): string;
}

function supported(locale: string | undefined): string {
  try {
    return locale && Intl.DateTimeFormat.supportedLocalesOf([locale]).length > 0 ? locale : FALLBACK_LOCALE;
  } catch {
    return FALLBACK_LOCALE;
  }
}

const cache = new Map<string, Formatters>();

export function formattersFor(requested: string | undefined): Formatters {
  const locale = supported(requested);
  const cached = cache.get(locale);
  if (cached) return cached;
  const day = new Intl.DateTimeFormat(locale, { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' });
  const dayTime = new Intl.DateTimeFormat(locale, { day: 'numeric', month: 'long', year: 'numeric', hour: '2-digit', minute: '2-digit' });
  const numbers = new Map<number, Intl.NumberFormat>();
  const numberFormat = (digits: number): Intl.NumberFormat => {
    let f = numbers.get(digits);
    if (!f) {
      f = new Intl.NumberFormat(locale, { maximumFractionDigits: digits });
      numbers.set(digits, f);
    }
    return f;
  };
  const percent = new Intl.NumberFormat(locale, { style: 'percent', maximumFractionDigits: 0 });
  const made: Formatters = {
    locale,
    date(iso) {
      if (!iso) return '';
      const day10 = iso.slice(0, 10);
      const d = new Date(`${day10}T00:00:00Z`);
      return Number.isNaN(d.getTime()) ? iso : day.format(d);
    },
    dateTime(iso) {
      if (!iso) return '';
      const d = new Date(iso);
      return Number.isNaN(d.getTime()) ? iso : dayTime.format(d);
    },
    number: (value, digits = 1) => numberFormat(digits).format(value),
    percent: (value) => percent.format(value / 100)
  };
  cache.set(locale, made);
  return made;
}

/** The formatters for the host's locale. */
export function useFormat(): Formatters {
  const { host } = useApp();
  return React.useMemo(() => formattersFor(host.locale), [host.locale]);
}
