/**
 * The plumbing every repository shares: addressing a list, building `$filter` text safely, turning app
 * values into what SharePoint expects, reading every page, and sending writes in batches.
 */
import type { SPFI } from '@pnp/sp';
import type { IList } from '@pnp/sp/lists';
import type { IItems } from '@pnp/sp/items';
import '@pnp/sp/webs';
import '@pnp/sp/lists';
import '@pnp/sp/items';
import '@pnp/sp/batching';
import { dateToSharePoint, isRealDate } from './dates';
import { InvalidInputError, PartialWriteError, spCall, ThresholdError, toDataError, type DataError } from './errors';
import { NOTE_MAX_LENGTH, TEXT_MAX_LENGTH, type FieldDef, type ListDef } from './schema';
import type { FieldsOf, RawItem } from './rows';

/** The largest page SharePoint serves; a list above the threshold can still be read in pages of this size. */
export const PAGE_SIZE = 5000;
/** SharePoint Online accepts at most 100 requests in one $batch. */
export const BATCH_LIMIT = 100;
/** SharePoint Online refuses $batch bodies over 1 MiB (counted in bytes of UTF-8); stay well under it. */
const BATCH_BYTES = 900 * 1024;
/** What one request adds to a $batch besides its JSON body: part headers, method line and URL. */
const PART_OVERHEAD_BYTES = 512;

/** Bytes a request body takes in a $batch: its JSON in UTF-8 (text in Welsh, Polish or with dashes takes more than one byte a character). */
function batchBytes(body: unknown): number {
  return body === undefined ? PART_OVERHEAD_BYTES : new TextEncoder().encode(JSON.stringify(body)).length + PART_OVERHEAD_BYTES;
}

export function listOf(sp: SPFI, list: ListDef): IList {
  return sp.web.lists.getByTitle(list.title);
}

/** An OData string literal: quotes doubled, so "O'Brien" cannot end the string early. */
export function quote(text: string): string {
  return `'${text.replace(/'/g, "''")}'`;
}

/**
 * Why SharePoint would refuse a value for a column (too long, out of range, not a choice, not a date),
 * in words that follow the column's name; null when it fits. Checked before anything is sent, so a bad
 * value never leaves half of a batch saved.
 */
function valueProblem(field: FieldDef, value: unknown): string | null {
  if (value === null || value === undefined) return null;
  switch (field.kind) {
    case 'choice':
      return field.choices?.some((c) => c.id === value)
        ? null
        : `cannot be "${String(value)}": it is one of ${(field.choices ?? []).map((c) => `"${c.label}"`).join(', ')}`;
    case 'text':
    case 'note': {
      const max = field.kind === 'note' ? NOTE_MAX_LENGTH : (field.maxLength ?? TEXT_MAX_LENGTH);
      const length = String(value).length;
      return length > max ? `holds at most ${max.toLocaleString('en-GB')} characters, but this has ${length.toLocaleString('en-GB')}` : null;
    }
    case 'number':
      if (typeof value !== 'number' || !Number.isFinite(value)) return 'must be a number';
      if (field.min !== undefined && value < field.min) return `must be at least ${field.min}`;
      if (field.max !== undefined && value > field.max) return `must be at most ${field.max}`;
      return null;
    case 'date':
      return isRealDate(String(value)) ? null : `must be a date written as YYYY-MM-DD, not "${String(value)}"`;
    default:
      return null;
  }
}

/** A column value as SharePoint stores it (choice label, date at UTC midnight, ids for people and lookups). */
export function wireValue(field: FieldDef, value: unknown): unknown {
  if (value === undefined) return undefined;
  if (value === null) return field.kind === 'userMulti' ? [] : null;
  switch (field.kind) {
    case 'choice': {
      const option = field.choices?.find((c) => c.id === value);
      if (!option) {
        throw new InvalidInputError(`"${String(value)}" is not a choice of ${field.displayName}.`, [], { list: undefined });
      }
      return option.label;
    }
    case 'date':
      return dateToSharePoint(String(value));
    case 'text':
    case 'note':
      return String(value).trim() === '' ? null : String(value);
    default:
      return value;
  }
}

/** The OData literal of a value for `$filter`. */
export function literal(field: FieldDef, value: unknown): string {
  const v = wireValue(field, value);
  if (v === null || v === undefined) return 'null';
  if (typeof v === 'number') return String(v);
  if (typeof v === 'boolean') return v ? '1' : '0';
  if (field.kind === 'date' || field.kind === 'dateTime') return `datetime${quote(String(v))}`;
  return quote(String(v));
}

export function eq(field: FieldDef, value: unknown): string {
  return `${field.property} eq ${literal(field, value)}`;
}

/** `(F eq a or F eq b …)`: each branch is an indexed comparison when F is indexed. */
export function anyOf(field: FieldDef, values: readonly unknown[]): string {
  if (values.length === 0) throw new Error(`anyOf(${field.internalName}) needs at least one value.`);
  if (values.length === 1) return eq(field, values[0]);
  return `(${values.map((v) => eq(field, v)).join(' or ')})`;
}

/**
 * The JSON body of an add or update: app values under SharePoint's property names. Values SharePoint
 * would refuse are an InvalidInputError naming every column concerned, thrown before anything is sent.
 */
export function bodyOf<L extends ListDef>(list: L, values: Partial<Record<keyof FieldsOf<L>, unknown>>, extra: Record<string, unknown> = {}): Record<string, unknown> {
  const fields = list.fields as Record<string, FieldDef>;
  const body: Record<string, unknown> = {};
  const problems: string[] = [];
  for (const [key, value] of Object.entries(values)) {
    const f = fields[key];
    if (!f) throw new Error(`${list.title} has no column ${key}.`);
    const problem = valueProblem(f, value);
    if (problem !== null) {
      problems.push(`${f.displayName} ${problem}.`);
      continue;
    }
    const v = wireValue(f, value);
    if (v !== undefined) body[f.property] = v;
  }
  if (problems.length > 0) throw new InvalidInputError('Nothing was saved.', problems, { list: list.title });
  return { ...body, ...extra };
}

/** Reads every page of a query (pages of up to 5,000 items), failing loudly rather than returning part of a list. */
export async function readAll(items: IItems, list: ListDef): Promise<RawItem[]> {
  return spCall(list.title, async () => {
    const out: RawItem[] = [];
    for await (const page of items.top(PAGE_SIZE)) {
      for (const item of page as RawItem[]) out.push(item);
    }
    return out;
  });
}

/** One item by id, with only the given columns; a missing item is a NotFoundError. */
export function readItem(sp: SPFI, list: ListDef, id: number, select: readonly string[]): Promise<RawItem> {
  return spCall(list.title, () => listOf(sp, list).items.getById(id).select(...select)() as Promise<RawItem>);
}

function itemsQuery(sp: SPFI, list: ListDef, select: readonly string[], filter?: string): IItems {
  const items = listOf(sp, list).items.select(...select);
  return filter === undefined ? items : items.filter(filter);
}

/**
 * Every item (all pages) matching `filter`, or every item without one, with only the given columns.
 *
 * SharePoint refuses a filter whose leading indexed clause matches more than 5,000 items (one cycle
 * with 5,020 responses, say), however few it would return. Then the same filter is asked again in
 * windows of 5,000 ids, each led by an id range, which SharePoint always accepts; the windows go in
 * `$batch` requests, so a cycle of 5,000 responses costs three requests more, not dozens.
 */
export async function readItems(sp: SPFI, list: ListDef, select: readonly string[], filter?: string): Promise<RawItem[]> {
  try {
    return await readAll(itemsQuery(sp, list, select, filter), list);
  } catch (error) {
    if (filter === undefined || !(error instanceof ThresholdError)) throw error;
    return readInIdWindows(sp, list, select, filter);
  }
}

async function readInIdWindows(sp: SPFI, list: ListDef, select: readonly string[], filter: string): Promise<RawItem[]> {
  const last = (await spCall(list.title, () => listOf(sp, list).items.select('Id').orderBy('Id', false).top(1)())) as RawItem[];
  const maxId = last.length > 0 ? (last[0].Id as number) : 0;
  const windows: number[] = [];
  for (let from = 1; from <= maxId; from += PAGE_SIZE) windows.push(from);
  const out: RawItem[] = [];
  for (let i = 0; i < windows.length; i += BATCH_LIMIT) {
    const [batched, execute] = sp.batched();
    const pages = windows
      .slice(i, i + BATCH_LIMIT)
      .map((from) => capture(itemsQuery(batched, list, select, `Id ge ${from} and Id lt ${from + PAGE_SIZE} and (${filter})`).top(PAGE_SIZE)() as Promise<RawItem[]>));
    await executeBatch(execute);
    for (const page of pages) out.push(...(await take(page, list)));
  }
  return out;
}

/**
 * Queues the first page (up to 5,000 items) of a query in a batch; once the batch has run, the function
 * it returns gives every item. A batch drops SharePoint's link to the next page, so a full page means
 * there may be more: those are read after the batch, from the last id onwards.
 */
export function queueItems(batched: SPFI, sp: SPFI, list: ListDef, select: readonly string[], filter?: string): () => Promise<RawItem[]> {
  const first = capture(itemsQuery(batched, list, select, filter).top(PAGE_SIZE)() as Promise<RawItem[]>);
  return async () => {
    const page = await take(first, list);
    if (page.length < PAGE_SIZE) return page;
    const lastId = page[page.length - 1].Id as number;
    return [...page, ...(await readAll(itemsQuery(sp, list, select, filter).skip(lastId), list))];
  };
}

export type Outcome<T> = { ok: true; value: T } | { ok: false; error: DataError };

/**
 * Runs writes in `$batch` requests of at most 100 operations, and under SharePoint's 1 MiB body limit
 * counted from each operation's `body` (the JSON it sends, if any).
 * Every operation's outcome is returned in order; a failed one is a typed error, never dropped. When a
 * whole batch fails (throttled even after retries), it and the batches after it are reported as failed
 * without being sent.
 */
export async function runBatched<T>(
  sp: SPFI,
  operations: ReadonlyArray<{ body?: unknown; run: (batched: SPFI) => Promise<T> }>,
  list?: ListDef
): Promise<Array<Outcome<T>>> {
  const results: Array<Outcome<T>> = [];
  const sizes = operations.map((op) => batchBytes(op.body));
  let start = 0;
  while (start < operations.length) {
    let end = start;
    let bytes = 0;
    while (end < operations.length && end - start < BATCH_LIMIT && (end === start || bytes + sizes[end] <= BATCH_BYTES)) {
      bytes += sizes[end];
      end++;
    }
    const [batched, execute] = sp.batched({ maxRequests: BATCH_LIMIT });
    const settled = operations.slice(start, end).map((op) => capture(op.run(batched)));
    try {
      await execute();
    } catch (error) {
      const typed = toDataError(error, { list: list?.title });
      for (let i = start; i < operations.length; i++) results.push({ ok: false, error: typed });
      return results;
    }
    for (const s of settled) {
      const r = await s;
      results.push(r.ok ? r : { ok: false, error: toDataError(r.error, { list: list?.title }) });
    }
    start = end;
  }
  return results;
}

/** Adds one item per body, in batches as {@link runBatched} sends them; the outcome of each, in order. */
export function addItems(sp: SPFI, list: ListDef, bodies: ReadonlyArray<Record<string, unknown>>): Promise<Array<Outcome<RawItem>>> {
  return runBatched(sp, bodies.map((body) => ({ body, run: (batched: SPFI) => listOf(batched, list).items.add(body) as Promise<RawItem> })), list);
}

/**
 * The values of a batched run (passed through `map`, e.g. raw items to domain objects). When some
 * failed: the typed error if nothing was saved, else a PartialWriteError naming what was and was not.
 */
export function valuesOrThrow<T, U = T>(results: Array<Outcome<T>>, map: (values: T[]) => U[] = (v) => v as unknown as U[]): U[] {
  const failed: number[] = [];
  const saved: T[] = [];
  let first: DataError | undefined;
  results.forEach((r, i) => {
    if (r.ok) saved.push(r.value);
    else {
      failed.push(i);
      first = first ?? r.error;
    }
  });
  if (first !== undefined) {
    // Nothing saved: the plain error says it all. Some saved: say which, so only the rest are retried.
    if (saved.length === 0) throw first;
    throw new PartialWriteError(map(saved), failed, first);
  }
  return map(saved);
}

export type Settled<T> = { ok: true; value: T } | { ok: false; error: unknown };

/**
 * Attaches a handler at once to a request queued in a batch, so its failure is never an unhandled
 * rejection while the batch runs; `take` then returns the value or throws the typed error.
 */
export function capture<T>(promise: Promise<T>): Promise<Settled<T>> {
  return promise.then(
    (value) => ({ ok: true as const, value }),
    (error: unknown) => ({ ok: false as const, error })
  );
}

export async function take<T>(settled: Promise<Settled<T>>, list?: ListDef): Promise<T> {
  const s = await settled;
  if (!s.ok) throw toDataError(s.error, { list: list?.title });
  return s.value;
}

/** Runs a batch of reads queued on `batched`, turning a failure of the batch itself into a typed error. */
export async function executeBatch(execute: () => Promise<void>): Promise<void> {
  try {
    await execute();
  } catch (error) {
    throw toDataError(error);
  }
}
