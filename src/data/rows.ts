/**
 * Raw SharePoint items to typed rows. People edit these lists by hand in SharePoint, so a row can be
 * wrong in ways the app never writes: such a row is reported as a warning (list, item id, column,
 * problem) and left out, never allowed to crash a screen or quietly change a total.
 */
import * as z from 'zod/mini';
import { ENGLISH } from '../model/zodMessages';
import { InvalidInputError } from './errors';
import type { FieldDef, ListDef } from './schema';

/** A row left out of the figures because it does not fit the list's schema. */
export interface RowWarning {
  /** The list's title, e.g. "WPQ Actions". */
  list: string;
  itemId: number;
  /** The column's display name and internal name, e.g. "Status (WpqStatus)". */
  field: string;
  problem: string;
}

/** What every read model and list read returns: the data, and the rows it had to leave out. */
export interface ReadResult<T> {
  data: T;
  warnings: RowWarning[];
}

export type ValueOf<F> = F extends FieldDef<infer T> ? T : never;
export type FieldsOf<L> = L extends ListDef<infer F> ? F : never;
export type RowOf<L, K extends keyof FieldsOf<L>> = { [P in K]: ValueOf<FieldsOf<L>[P]> };

export interface ParsedRow<R> {
  id: number;
  /** The item's ETag, e.g. "3" with its quotes, for optimistic concurrency. */
  etag: string | null;
  row: R;
}

/** A raw item as PnPjs returns it. */
export type RawItem = Record<string, unknown>;

/** The `$select` for these columns of a list: always the id, then each column's JSON property. */
export function selectFor<L extends ListDef>(list: L, keys: ReadonlyArray<keyof FieldsOf<L>>, extra: readonly FieldDef[] = []): string[] {
  const fields = list.fields as Record<string, FieldDef>;
  return ['Id', ...keys.map((k) => fields[k as string].property), ...extra.map((f) => f.property)];
}

const cache = new Map<string, z.ZodMiniType<Record<string, unknown>>>();

function schemaFor(list: ListDef, keys: readonly string[]): z.ZodMiniType<Record<string, unknown>> {
  const cacheKey = `${list.key}|${keys.join(',')}`;
  let schema = cache.get(cacheKey);
  if (!schema) {
    const shape: Record<string, z.ZodMiniType> = {};
    for (const k of keys) shape[k] = list.fields[k].read;
    schema = z.object(shape) as unknown as z.ZodMiniType<Record<string, unknown>>;
    cache.set(cacheKey, schema);
  }
  return schema;
}

function fieldLabel(f: FieldDef): string {
  return `${f.displayName} (${f.internalName})`;
}

export function itemId(raw: RawItem): number {
  const id = raw.Id ?? raw.ID;
  return typeof id === 'number' ? id : -1;
}

export function etagOf(raw: RawItem): string | null {
  const e = raw['odata.etag'] ?? (raw.__metadata as { etag?: string } | undefined)?.etag;
  return typeof e === 'string' ? e : null;
}

/** The item version an ETag names: 3 for `"3"` or `"<guid>,3"`; 1 when there is none. */
export function etagVersion(etag: string | null): number {
  const m = etag === null ? null : /(\d+)"?$/.exec(etag);
  return m ? Number(m[1]) : 1;
}

/** Parses one item; returns the row or the warning that explains why it was left out. */
export function parseItem<L extends ListDef, K extends keyof FieldsOf<L>>(
  list: L,
  keys: readonly K[],
  raw: RawItem
): { ok: true; value: ParsedRow<RowOf<L, K>> } | { ok: false; warning: RowWarning } {
  const id = itemId(raw);
  const names = keys as unknown as string[];
  const input: Record<string, unknown> = {};
  for (const k of names) input[k] = raw[list.fields[k].property];
  const result = schemaFor(list, names).safeParse(input, ENGLISH);
  if (result.success) {
    return { ok: true, value: { id, etag: etagOf(raw), row: result.data as RowOf<L, K> } };
  }
  const issue = result.error.issues[0];
  const key = String(issue?.path[0] ?? '');
  const field = list.fields[key] as FieldDef | undefined;
  const value = input[key];
  const shown = value === undefined ? 'nothing' : JSON.stringify(value);
  return {
    ok: false,
    warning: {
      list: list.title,
      itemId: id,
      field: field ? fieldLabel(field) : key,
      problem: `${issue?.message ?? 'is not valid'} (found ${shown.length > 80 ? `${shown.slice(0, 77)}...` : shown})`
    }
  };
}

/** Parses many items, keeping the good rows and a warning for each bad one. */
export function parseItems<L extends ListDef, K extends keyof FieldsOf<L>>(
  list: L,
  keys: readonly K[],
  raws: readonly RawItem[]
): { rows: Array<ParsedRow<RowOf<L, K>>>; warnings: RowWarning[] } {
  const rows: Array<ParsedRow<RowOf<L, K>>> = [];
  const warnings: RowWarning[] = [];
  for (const raw of raws) {
    const r = parseItem(list, keys, raw);
    if (r.ok) rows.push(r.value);
    else warnings.push(r.warning);
  }
  return { rows, warnings };
}

/**
 * The one row asked for by id. A row someone broke by hand is an InvalidInputError naming the column and
 * the problem, never mistaken for a missing item.
 */
export function onlyRow<T>(result: ReadResult<T[]>, list: ListDef, id: number): T {
  if (result.data.length > 0) return result.data[0];
  const w = result.warnings[0];
  throw new InvalidInputError(
    `Item ${id} of "${list.title}" was changed by hand and cannot be read: ${w ? `${w.field} ${w.problem}` : 'it does not fit the list'}. Correct it in the list, then try again.`,
    [],
    { list: list.title }
  );
}

/** A warning about a row that fits its columns but breaks a rule across them (e.g. answers not matching the pack). */
export function rowWarning(list: ListDef, itemId: number, field: FieldDef | undefined, problem: string): RowWarning {
  return { list: list.title, itemId, field: field ? fieldLabel(field) : '', problem };
}

export type JsonColumn<T> = { ok: true; value: T | null } | { ok: false; problem: string };

/**
 * Reads a column the app writes as JSON (published results, progress notes…), checked against its
 * schema; empty is null. When someone damaged it by hand, the problem in words instead, worded to
 * follow the column's name (`plural` for names such as "The progress notes").
 */
export function parseJsonColumn<T>(text: string | null, schema: z.ZodMiniType<T>, plural = false): JsonColumn<T> {
  if (text === null) return { ok: true, value: null };
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    return { ok: false, problem: `${plural ? 'are' : 'is'} not valid JSON` };
  }
  const parsed = schema.safeParse(json, ENGLISH);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    return { ok: false, problem: `${plural ? 'do' : 'does'} not have the expected shape: ${issue.path.join('.')} ${issue.message}` };
  }
  return { ok: true, value: parsed.data };
}
