/**
 * Plain values of the model pack format that need no schema library: the format version, the
 * length limits and the calendar-date check. Screens import these (through the model barrel)
 * without downloading the pack schema in `schema.ts`, which builds every zod schema when loaded
 * and is needed at run time only to validate a stored or imported pack.
 */

/** Version of the pack format itself (not of a pack's content). */
export const PACK_FORMAT_VERSION = 1;

/** Maximum lengths of texts, in characters. Generous for real content, small enough for lists and screens. */
export const LIMITS = {
  id: 64,
  version: 32,
  language: 35,
  name: 150,
  shortName: 40,
  label: 60,
  statement: 300,
  guidanceItem: 400,
  description: 1000,
  definition: 800,
  longText: 3000,
  note: 1000,
  url: 500,
  period: 60,
  unit: 40,
  source: 300,
  publisher: 150,
  pillars: 12,
  statementsPerList: 60,
  guidancePerList: 40,
  measures: 100,
  measureParts: 12,
  benchmarks: 20,
  actions: 500,
  resources: 200,
  qualityStatements: 100,
  kloes: 50,
  mappingsPerStatement: 12,
  referencesPerItem: 30,
  migrations: 20,
  migrationEntries: 2000,
  notes: 30,
  scaleOptions: 11
} as const;

/** A date known to the year, month or day: 2025, 2025-10 or 2025-10-14 (shape only). */
export const PARTIAL_DATE_PATTERN = /^\d{4}(-\d{2}(-\d{2})?)?$/;

/** A real calendar date, not just the right shape (refuses 2025-02-30). */
export function isRealDate(value: string): boolean {
  if (!PARTIAL_DATE_PATTERN.test(value)) return false;
  const [y, m, d] = value.split('-').map(Number);
  if (m === undefined) return y >= 1900 && y <= 2200;
  if (m < 1 || m > 12) return false;
  if (d === undefined) return true;
  const days = new Date(Date.UTC(y, m, 0)).getUTCDate();
  return d >= 1 && d <= days;
}
