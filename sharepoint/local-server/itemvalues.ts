import { errors, SpError } from './errors';
import { isLookupLike, isMulti, isUserField } from './fields';
import { siteUserById } from './identity';
import type { FieldDef, ListDef, StoredValue } from './model';
import { entityPropertyName, INVALID_XML_CHARS, spDate } from './names';
import { dbl, unwrapResults } from './odata';
import type { Store } from './store';

/**
 * Field values on the way in (JSON body -> stored value, with SharePoint's type errors) and on the way out
 * (stored value -> the JSON SharePoint emits: XId/XStringId for people, doubles with a fraction, UTC dates).
 */

export type WriteMode = 'value' | 'id' | 'stringId';

/** The most characters a multiple-lines-of-text column holds in a list. */
export const NOTE_MAX_LENGTH = 63999;

export interface WriteTarget {
  field: FieldDef;
  mode: WriteMode;
}

/** Body keys SharePoint computes itself; writing them has no effect. [U: SharePoint may reject some of them.] */
export const IGNORED_WRITE_KEYS = new Set([
  'Id',
  'ID',
  'Created',
  'Modified',
  'AuthorId',
  'EditorId',
  'GUID',
  'OData__UIVersionString',
  'Attachments',
  'FileSystemObjectType',
  'ContentTypeId',
  'ServerRedirectedEmbedUri',
  'ServerRedirectedEmbedUrl',
  'ComplianceAssetId'
]);

/** Map of JSON keys a client may write (EntityPropertyName, XId, XStringId) to the field behind them. */
export function writeTargets(list: ListDef): Map<string, WriteTarget> {
  const m = new Map<string, WriteTarget>();
  for (const f of list.fields) {
    if (f.builtin && f.internalName !== 'Title') continue;
    const epn = entityPropertyName(f.internalName);
    if (isLookupLike(f)) {
      m.set(`${epn}Id`, { field: f, mode: 'id' });
      if (isUserField(f)) m.set(`${epn}StringId`, { field: f, mode: 'stringId' });
      m.set(epn, { field: f, mode: 'value' });
    } else {
      m.set(epn, { field: f, mode: 'value' });
    }
  }
  return m;
}

function asText(f: FieldDef, v: unknown): string | null {
  if (v === null) return null;
  if (typeof v !== 'string') throw errors.cannotConvert('Edm.String');
  if (INVALID_XML_CHARS.test(v)) {
    // SharePoint stores values as XML and refuses characters XML cannot carry. [U wording]
    throw errors.argument(`The value of field '${f.internalName}' contains a character that is not allowed.`);
  }
  if (v === '') return null;
  // [U] SharePoint refuses text longer than a single line's MaxLength, or than the 63,999 characters a
  // multiple-lines-of-text column holds in a list; the wording is ours.
  const max = f.type === 'Note' ? NOTE_MAX_LENGTH : f.type === 'Text' ? (f.maxLength ?? 255) : undefined;
  if (max !== undefined && v.length > max) {
    throw errors.argument(`The value of field '${f.title}' is longer than its maximum length of ${max} characters.`);
  }
  return v;
}

function asNumber(f: FieldDef, v: unknown): number | null {
  if (v === null) return null;
  let n: number;
  if (typeof v === 'number') n = v;
  // OData's JSON reader also takes a double written as a numeric string.
  else if (typeof v === 'string' && v.trim() !== '' && Number.isFinite(Number(v))) n = Number(v);
  else throw errors.cannotConvert('Edm.Double');
  if (!Number.isFinite(n)) throw errors.cannotConvert('Edm.Double');
  if ((f.min !== undefined && n < f.min) || (f.max !== undefined && n > f.max)) {
    // [U] wording
    throw errors.argument(`The value of field '${f.title}' is outside the allowed range.`);
  }
  return n;
}

function asDate(v: unknown): string | null {
  if (v === null) return null;
  if (typeof v !== 'string' || v.trim() === '') throw errors.cannotConvert('Edm.DateTime');
  const s = v.trim();
  if (!/^\d{4}-\d{2}-\d{2}([T ]\d{2}:\d{2}(:\d{2}(\.\d+)?)?)?(Z|[+-]\d{2}:?\d{2})?$/i.test(s)) throw errors.cannotConvert('Edm.DateTime');
  const hasZone = /(Z|[+-]\d{2}:?\d{2})$/i.test(s);
  const ms = Date.parse(hasZone ? s : `${s.length === 10 ? `${s}T00:00:00` : s.replace(' ', 'T')}Z`);
  if (Number.isNaN(ms)) throw errors.cannotConvert('Edm.DateTime');
  // Reject dates JavaScript silently rolls over (2024-02-31).
  const [y, mo, d] = s.slice(0, 10).split('-').map(Number);
  if (mo < 1 || mo > 12 || d < 1 || d > new Date(Date.UTC(y, mo, 0)).getUTCDate()) throw errors.cannotConvert('Edm.DateTime');
  return spDate(ms);
}

function asBoolean(v: unknown): boolean | null {
  if (v === null) return null;
  if (typeof v !== 'boolean') throw errors.cannotConvert('Edm.Boolean');
  return v;
}

function asInt(v: unknown): number {
  if (typeof v === 'number' && Number.isInteger(v)) return v;
  if (typeof v === 'string' && /^-?\d+$/.test(v.trim())) return Number(v);
  throw errors.cannotConvert('Edm.Int32');
}

function asChoice(f: FieldDef, v: unknown): string | null {
  const s = asText(f, v);
  if (s === null) return null;
  if (!f.fillInChoice && !(f.choices ?? []).includes(s)) {
    // [U] SharePoint's REST layer is believed to store choices outside the list; this server refuses them
    // so that an app that works here never writes values the column's forms would reject.
    throw errors.argument(`The value '${s}' is not one of the choices of field '${f.title}'.`);
  }
  return s;
}

function asArray(v: unknown): unknown[] {
  const u = unwrapResults(v);
  if (!Array.isArray(u)) throw errors.expectedArray();
  return u;
}

function checkUser(store: Store, id: number): number {
  // [U] an id that is not a site user: SharePoint refuses it with an ArgumentException.
  if (!siteUserById(store, id)) throw errors.valueOutOfRange();
  return id;
}

/** Converts one body value for a field; throws SharePoint's error for the wrong type. Person ids must be the site's users. */
export function coerce(store: Store, target: WriteTarget, raw: unknown): StoredValue {
  const { field: f, mode } = target;
  if (isLookupLike(f)) {
    if (mode === 'value') {
      // Writing the navigation property itself (e.g. "Owner": 3) is an OData error; null is tolerated.
      if (raw === null) return isMulti(f) ? [] : null;
      throw errors.navigationWrite();
    }
    const user = isUserField(f);
    const one = (x: unknown): number => {
      if (mode === 'stringId' && typeof x !== 'string') throw errors.cannotConvert('Edm.String');
      const n = asInt(x);
      return user ? checkUser(store, n) : n;
    };
    if (isMulti(f)) {
      if (raw === null) return [];
      const arr = asArray(raw).map(one).filter((n) => n > 0);
      return [...new Set(arr)];
    }
    if (raw === null) return null;
    const n = one(raw);
    return n > 0 ? n : null;
  }
  switch (f.type) {
    case 'Text':
    case 'Note':
      return asText(f, raw);
    case 'Number':
    case 'Currency':
      return asNumber(f, raw);
    case 'DateTime':
      return asDate(raw);
    case 'Boolean':
      return asBoolean(raw);
    case 'Choice':
      return asChoice(f, raw);
    case 'MultiChoice': {
      if (raw === null) return null;
      const arr = asArray(raw).map((x) => asChoice(f, x)).filter((x): x is string => x !== null);
      return arr.length > 0 ? arr : null;
    }
    case 'URL': {
      if (raw === null) return null;
      if (typeof raw !== 'object' || Array.isArray(raw)) throw errors.expectedObject('PrimitiveValue');
      const o = raw as Record<string, unknown>;
      const url = o.Url;
      const desc = o.Description ?? null;
      if (typeof url !== 'string' || (desc !== null && typeof desc !== 'string')) throw errors.cannotConvert('Edm.String');
      if (url === '') return null;
      if (url.length > 255) throw errors.argument(`The URL of field '${f.title}' is longer than 255 characters.`);
      return { Description: desc === null || desc === '' ? url : desc, Url: url };
    }
    case 'Calculated':
      throw errors.argument(`The field '${f.title}' is calculated and cannot be set.`);
    default:
      throw new SpError(400, '-1, Microsoft.SharePoint.Client.InvalidClientQueryException', `The field '${f.internalName}' is read only.`);
  }
}

/** The value a new item gets for a column the client did not send (SharePoint applies column defaults). */
export function defaultFor(f: FieldDef): StoredValue | undefined {
  const d = f.defaultValue;
  if (d === null || d === '') return undefined;
  switch (f.type) {
    case 'Text':
    case 'Note':
    case 'Choice':
      return d;
    case 'MultiChoice':
      return d.split(';#').filter((x) => x !== '');
    case 'Number':
    case 'Currency':
      return Number.isFinite(Number(d)) ? Number(d) : undefined;
    case 'Boolean':
      return d === '1' || d.toLowerCase() === 'true';
    case 'DateTime':
      if (d.toLowerCase() === '[today]') return spDate(Date.UTC(new Date().getUTCFullYear(), new Date().getUTCMonth(), new Date().getUTCDate()));
      try {
        return asDate(d) ?? undefined;
      } catch {
        return undefined;
      }
    default:
      return undefined;
  }
}

/** One JSON property a custom column contributes to an item, read without allocating on the hot path. */
export interface ValueReader {
  key: string;
  get(values: Record<string, StoredValue>): unknown;
  /** The value as JSON text (doubles keep SharePoint's fraction: 67687.0). */
  json(values: Record<string, StoredValue>): string;
}

export function doubleJson(n: number): string {
  return Number.isInteger(n) && Math.abs(n) < 1e15 ? `${n}.0` : JSON.stringify(n);
}

const anyJson = (v: unknown): string => (v === undefined || v === null ? 'null' : JSON.stringify(v));

/** JSON keys and values of a custom column in an item, as SharePoint writes them (XId/XStringId for people...). */
export function readers(f: FieldDef): ValueReader[] {
  const epn = entityPropertyName(f.internalName);
  const name = f.internalName;
  const raw = (v: Record<string, StoredValue>) => v[name] ?? null;
  const simple = (key: string, get: (v: Record<string, StoredValue>) => unknown): ValueReader => ({ key, get, json: (v) => anyJson(get(v)) });
  switch (f.type) {
    case 'Lookup':
      return [simple(`${epn}Id`, raw)];
    case 'LookupMulti':
      return [simple(`${epn}Id`, (v) => (Array.isArray(v[name]) ? v[name] : []))];
    case 'User':
      return [
        simple(`${epn}Id`, raw),
        simple(`${epn}StringId`, (v) => (typeof v[name] === 'number' ? String(v[name]) : null))
      ];
    case 'UserMulti': {
      const ids = (v: Record<string, StoredValue>) => {
        const x = v[name];
        return Array.isArray(x) && x.length > 0 ? (x as number[]) : null;
      };
      return [
        simple(`${epn}Id`, ids),
        simple(`${epn}StringId`, (v) => ids(v)?.map(String) ?? null)
      ];
    }
    case 'Number':
    case 'Currency':
      return [
        {
          key: epn,
          get: (v) => (typeof v[name] === 'number' ? dbl(v[name] as number) : null),
          json: (v) => (typeof v[name] === 'number' ? doubleJson(v[name] as number) : 'null')
        }
      ];
    case 'MultiChoice':
      return [simple(epn, (v) => (Array.isArray(v[name]) && (v[name] as string[]).length > 0 ? v[name] : null))];
    default:
      return [simple(epn, raw)];
  }
}

/** Key used to detect duplicates in a column with EnforceUniqueValues (text compares case-insensitively). */
export function uniqueKey(v: StoredValue | undefined): string | undefined {
  if (v === undefined || v === null) return undefined;
  if (typeof v === 'string') return `s:${v.toLowerCase()}`;
  if (typeof v === 'number' || typeof v === 'boolean') return `${typeof v}:${v}`;
  return `j:${JSON.stringify(v)}`;
}
