/**
 * Dates in SharePoint lists. A date-only column holds midnight of the day in the site's time zone,
 * returned in UTC: for a London site in summer, 1 July comes back as 2025-06-30T23:00:00Z. Reading
 * rounds to the nearest UTC midnight, which is right for any site within twelve hours of UTC, and
 * writing sends UTC midnight of the day, which SharePoint files under the same day in UK time.
 */

const DAY_MS = 86400000;
const DATE_ONLY = /^\d{4}-\d{2}-\d{2}$/;

/** YYYY-MM-DD of a SharePoint date value, or null when it is not a date. */
export function dateFromSharePoint(value: string): string | null {
  if (DATE_ONLY.test(value)) return isRealDate(value) ? value : null;
  const ms = Date.parse(value);
  if (Number.isNaN(ms)) return null;
  const day = Math.floor((ms + DAY_MS / 2) / DAY_MS);
  return new Date(day * DAY_MS).toISOString().slice(0, 10);
}

/** The value to send for a date-only column. */
export function dateToSharePoint(date: string): string {
  return `${date}T00:00:00Z`;
}

/** True for a real calendar date written YYYY-MM-DD. */
export function isRealDate(value: string): boolean {
  if (!DATE_ONLY.test(value)) return false;
  const [y, m, d] = value.split('-').map(Number);
  if (m < 1 || m > 12 || d < 1) return false;
  return d <= new Date(Date.UTC(y, m, 0)).getUTCDate();
}

/** Today's date where the person is, as YYYY-MM-DD. */
export function localToday(now: Date = new Date()): string {
  const p = (n: number): string => String(n).padStart(2, '0');
  return `${now.getFullYear()}-${p(now.getMonth() + 1)}-${p(now.getDate())}`;
}

/** The date `days` after `date` (YYYY-MM-DD). */
export function addDays(date: string, days: number): string {
  return new Date(Date.parse(`${date}T00:00:00Z`) + days * DAY_MS).toISOString().slice(0, 10);
}
