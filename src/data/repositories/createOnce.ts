/**
 * Adding new rows exactly once. Each new row carries a client-made id in a column that enforces unique
 * values. When SharePoint stored a batch but its answer was lost, PnPjs sends the batch again and each
 * copy is refused as a duplicate: those rows are then read back by their client ids (a few ids to a
 * query, the queries in one `$batch`) and returned as if the first answer had arrived. Rows refused as
 * throttled or unreachable are sent again, with the same ids, before anything is reported as failed.
 */
import type { SPFI } from '@pnp/sp';
import { addItems, anyOf, listOf, runBatched, type Outcome } from '../access';
import { DuplicateError, InvalidInputError, type DataError } from '../errors';
import type { RawItem } from '../rows';
import type { FieldDef, ListDef } from '../schema';

/** The same rule as survey submission ids: 8 to 64 letters, digits, hyphens or underscores. */
const CLIENT_ID = /^[A-Za-z0-9][A-Za-z0-9_-]{7,63}$/;
/** Sends of the rows still failing as throttled or unreachable (each already retried three times by PnPjs). */
const SEND_ROUNDS = 3;
/** Reads of the rows refused as duplicates, for the same reason. */
const LOOKUP_ROUNDS = 3;
/** Client ids in one lookup's `$filter`: short enough for SharePoint's URL and filter limits. */
const IDS_PER_LOOKUP = 25;

/** A new random client id (a version 4 UUID), from the platform's cryptographic randomness. */
export function newClientId(random: Partial<Pick<Crypto, 'randomUUID' | 'getRandomValues'>> | undefined = globalThis.crypto): string {
  if (random && typeof random.randomUUID === 'function') return random.randomUUID();
  const bytes = new Uint8Array(16);
  if (random && typeof random.getRandomValues === 'function') random.getRandomValues(bytes);
  else for (let i = 0; i < bytes.length; i++) bytes[i] = Math.floor(Math.random() * 256);
  bytes[6] = (bytes[6] & 0x0f) | 0x40;
  bytes[8] = (bytes[8] & 0x3f) | 0x80;
  const hex = Array.from(bytes, (b) => b.toString(16).padStart(2, '0')).join('');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}

/** The caller's client ids, checked, with a new one for each input that has none. */
export function clientIdsFor(inputs: ReadonlyArray<{ clientId?: string }>, list: ListDef): string[] {
  return inputs.map((input) => {
    if (input.clientId === undefined) return newClientId();
    if (typeof input.clientId !== 'string' || !CLIENT_ID.test(input.clientId)) {
      throw new InvalidInputError('Nothing was saved.', ['A client id must be 8 to 64 letters, digits, hyphens or underscores.'], { list: list.title });
    }
    return input.clientId;
  });
}

const retryable = (e: DataError): boolean => e.kind === 'throttled' || e.kind === 'network';

export interface AddOnceRequest {
  sp: SPFI;
  list: ListDef;
  /** The list's client id column. */
  clientIdField: FieldDef;
  /** One body per new row, each holding its client id. */
  bodies: ReadonlyArray<Record<string, unknown>>;
  /** The client id in each body, in the same order. */
  clientIds: readonly string[];
  /** The columns to read back a row that was stored by an earlier attempt. */
  select: readonly string[];
  /** Whether a stored row with the same client id is the row this add meant; when not, the duplicate stands. */
  sameRow?: (stored: RawItem, index: number) => boolean;
}

/**
 * Adds one row per body, each exactly once: the outcome of each, in order. A row stored by an earlier
 * attempt (or an earlier call with the same client id) is returned as stored.
 */
export async function addOnce(request: AddOnceRequest): Promise<Array<Outcome<RawItem>>> {
  const { sp, list, bodies, clientIds } = request;
  const outcomes: Array<Outcome<RawItem> | undefined> = bodies.map(() => undefined);
  const duplicates = new Map<number, DataError>();

  let pending = bodies.map((_, i) => i);
  for (let round = 1; round <= SEND_ROUNDS && pending.length > 0; round++) {
    const results = await addItems(sp, list, pending.map((i) => bodies[i]));
    const again: number[] = [];
    results.forEach((r, k) => {
      const i = pending[k];
      if (r.ok) outcomes[i] = r;
      else if (r.error instanceof DuplicateError) duplicates.set(i, r.error);
      else if (retryable(r.error) && round < SEND_ROUNDS) again.push(i);
      else outcomes[i] = r;
    });
    pending = again;
  }

  if (duplicates.size > 0) {
    const wanted = new Map<string, string>();
    for (const i of duplicates.keys()) wanted.set(clientIds[i].toLowerCase(), clientIds[i]);
    const found = await readByClientIds(request, [...wanted.values()]);
    for (const [i, duplicate] of duplicates) {
      const key = clientIds[i].toLowerCase();
      const stored = found.rows.get(key);
      if (stored !== undefined && (request.sameRow?.(stored, i) ?? true)) outcomes[i] = { ok: true, value: stored };
      else outcomes[i] = { ok: false, error: found.unread.get(key) ?? duplicate };
    }
  }
  return outcomes as Array<Outcome<RawItem>>;
}

/** Rows by client id (lower case), read in `$batch` requests of a few ids a query; and why some ids could not be read. */
async function readByClientIds(request: AddOnceRequest, ids: string[]): Promise<{ rows: Map<string, RawItem>; unread: Map<string, DataError> }> {
  const { sp, list, clientIdField } = request;
  const select = [...new Set([...request.select, 'Id', clientIdField.property])];
  const rows = new Map<string, RawItem>();
  const unread = new Map<string, DataError>();
  let chunks: string[][] = [];
  for (let i = 0; i < ids.length; i += IDS_PER_LOOKUP) chunks.push(ids.slice(i, i + IDS_PER_LOOKUP));
  for (let round = 1; round <= LOOKUP_ROUNDS && chunks.length > 0; round++) {
    const results = await runBatched(
      sp,
      chunks.map((chunk) => ({
        run: (b: SPFI) => listOf(b, list).items.select(...select).filter(anyOf(clientIdField, chunk)).top(chunk.length)() as Promise<RawItem[]>
      })),
      list
    );
    const again: string[][] = [];
    results.forEach((r, k) => {
      if (r.ok) {
        for (const raw of r.value) {
          const id = raw[clientIdField.property];
          if (typeof id === 'string') rows.set(id.toLowerCase(), raw);
        }
      } else if (retryable(r.error) && round < LOOKUP_ROUNDS) {
        again.push(chunks[k]);
      } else {
        for (const id of chunks[k]) unread.set(id.toLowerCase(), r.error);
      }
    });
    chunks = again;
  }
  return { rows, unread };
}
