import { errors } from './errors';

/** OData JSON flavours: PnPjs's `Accept: application/json` means minimal metadata. */
export type Format = 'minimal' | 'nometadata' | 'verbose';

export function negotiate(accept: string | undefined): Format {
  const a = (accept ?? '').toLowerCase();
  if (a.includes('odata=verbose')) return 'verbose';
  if (a.includes('odata=nometadata')) return 'nometadata';
  return 'minimal';
}

export function contentTypeFor(format: Format): string {
  switch (format) {
    case 'verbose':
      return 'application/json;odata=verbose;charset=utf-8';
    case 'nometadata':
      return 'application/json;odata=nometadata;streaming=true;charset=utf-8';
    default:
      return 'application/json;odata=minimalmetadata;streaming=true;charset=utf-8';
  }
}

export interface Reply {
  status: number;
  headers: Record<string, string>;
  /** null means no body at all (204, or SharePoint's empty 200 of a delete). */
  body: string | null;
}

// ---------------------------------------------------------------------------------------------
// Query strings

/** Query options with form semantics ('+' is a space), '$' options matched case-insensitively. */
export class QueryOptions {
  private readonly map = new Map<string, string>();
  readonly raw: Array<[string, string]> = [];

  constructor(search: string) {
    const s = search.startsWith('?') ? search.slice(1) : search;
    if (s === '') return;
    for (const piece of s.split('&')) {
      if (piece === '') continue;
      const eq = piece.indexOf('=');
      const k = decodeForm(eq < 0 ? piece : piece.slice(0, eq));
      const v = eq < 0 ? '' : decodeForm(piece.slice(eq + 1));
      this.raw.push([k, v]);
      this.map.set(k.startsWith('$') ? k.toLowerCase() : k, v);
    }
    // Clients that do not encode the skiptoken split it into separate parameters; put it back together.
    const token = this.map.get('$skiptoken');
    if (token !== undefined && !token.includes('p_')) {
      const extra = this.raw.filter(([k]) => k.startsWith('p_') || k === 'PagedPrev').map(([k, v]) => `${k}=${v}`);
      if (extra.length > 0) this.map.set('$skiptoken', [token, ...extra].join('&'));
    }
  }

  get(name: string): string | undefined {
    return this.map.get(name.startsWith('$') ? name.toLowerCase() : name);
  }

  /** An alias value such as @v='i:0#.f|membership|x' with its OData quotes removed. */
  alias(name: string): string | undefined {
    const v = this.map.get(name);
    if (v === undefined) return undefined;
    const t = v.trim();
    if (t.length >= 2 && t.startsWith("'") && t.endsWith("'")) return t.slice(1, -1).replace(/''/g, "'");
    return t;
  }
}

function decodeForm(s: string): string {
  const spaced = s.replace(/\+/g, ' ');
  try {
    return decodeURIComponent(spaced);
  } catch {
    return spaced;
  }
}

/** SharePoint's re-encoding in nextLinks: encodeURIComponent with lower-case hex, quotes encoded. */
export function spEncode(s: string): string {
  return encodeURIComponent(s)
    .replace(/'/g, '%27')
    .replace(/\(/g, '%28')
    .replace(/\)/g, '%29')
    .replace(/%[0-9A-F]{2}/g, (m) => m.toLowerCase());
}

// ---------------------------------------------------------------------------------------------
// JSON rendering

/**
 * SharePoint prints doubles with a fraction (67687.0). JSON.stringify cannot, so Number and Currency values
 * travel as a marker string and are rewritten after stringify. The marker starts with U+0001, which the
 * server refuses in stored text (as SharePoint refuses characters XML cannot carry), so it cannot collide.
 */
const DBL = '\u0001dbl:';
const DBL_RE = /"\\u0001dbl:(-?\d+)"/g;

export function dbl(n: number): number | string {
  return Number.isInteger(n) && Math.abs(n) < 1e15 ? `${DBL}${n}` : n;
}

export function stringify(value: unknown): string {
  const s = JSON.stringify(value);
  return s.includes('\\u0001dbl:') ? s.replace(DBL_RE, '$1.0') : s;
}

export interface EntityMeta {
  /** Metadata set, e.g. SP.ApiData.Lists or SP.ListData.TasksListItems. */
  set: string;
  type: string;
  /** odata.id: absolute URL for most entities, a GUID for list items. */
  id: string;
  /** Absolute URI (verbose __metadata.uri). */
  uri: string;
  editLink: string;
  etag?: string;
  deferred?: string[];
}

export interface RenderContext {
  format: Format;
  apiUrl: string;
  /** Appended to odata.metadata when $select was given (SharePoint echoes it). */
  selectSuffix?: string;
}

function verboseProps(props: Record<string, unknown>): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(props)) {
    if (Array.isArray(v) && !k.startsWith('__')) {
      const numeric = v.length > 0 && v.every((x) => typeof x === 'number');
      out[k] = { __metadata: { type: numeric ? 'Collection(Edm.Int32)' : 'Collection(Edm.String)' }, results: v };
    } else {
      out[k] = v;
    }
  }
  return out;
}

/** One entity inside a collection (or an expanded property): annotations without odata.metadata. */
export function entityInCollection(rc: RenderContext, meta: EntityMeta, props: Record<string, unknown>): Record<string, unknown> {
  if (rc.format === 'nometadata') return props;
  if (rc.format === 'verbose') {
    const m: Record<string, unknown> = { id: meta.id, uri: meta.uri };
    if (meta.etag !== undefined) m.etag = meta.etag;
    m.type = meta.type;
    const deferred: Record<string, unknown> = {};
    for (const d of meta.deferred ?? []) deferred[d] = { __deferred: { uri: `${meta.uri}/${d}` } };
    return { __metadata: m, ...deferred, ...verboseProps(props) };
  }
  const o: Record<string, unknown> = { 'odata.type': meta.type, 'odata.id': meta.id };
  if (meta.etag !== undefined) o['odata.etag'] = meta.etag;
  o['odata.editLink'] = meta.editLink;
  return Object.assign(o, props);
}

export function entityBody(rc: RenderContext, meta: EntityMeta, props: Record<string, unknown>): string {
  if (rc.format === 'nometadata') return stringify(props);
  if (rc.format === 'verbose') return stringify({ d: entityInCollection(rc, meta, props) });
  const o: Record<string, unknown> = { 'odata.metadata': `${rc.apiUrl}/$metadata#${meta.set}/@Element${rc.selectSuffix ?? ''}` };
  return stringify(Object.assign(o, entityInCollection(rc, meta, props)));
}

export function collectionBody(rc: RenderContext, set: string, entities: unknown[], nextLink?: string): string {
  if (rc.format === 'verbose') {
    const d: Record<string, unknown> = { results: entities };
    if (nextLink) d.__next = nextLink;
    return stringify({ d });
  }
  if (rc.format === 'nometadata') {
    // Recorded SharePoint puts the nextLink first in nometadata.
    return stringify(nextLink ? { 'odata.nextLink': nextLink, value: entities } : { value: entities });
  }
  const o: Record<string, unknown> = { 'odata.metadata': `${rc.apiUrl}/$metadata#${set}${rc.selectSuffix ?? ''}`, value: entities };
  if (nextLink) o['odata.nextLink'] = nextLink;
  return stringify(o);
}

/** A primitive result such as recycle's Edm.Guid or doesUserHavePermissions' Edm.Boolean. */
export function primitiveBody(rc: RenderContext, edmType: string, propertyName: string, value: unknown): string {
  if (rc.format === 'verbose') return stringify({ d: { [propertyName]: value } });
  if (rc.format === 'nometadata') return stringify({ value });
  return stringify({ 'odata.metadata': `${rc.apiUrl}/$metadata#${edmType}`, value });
}

/** A complex-type result (BasePermissions, ContextWebInformation...). */
export function complexBody(rc: RenderContext, typeName: string, propertyName: string, props: Record<string, unknown>): string {
  if (rc.format === 'verbose') return stringify({ d: { [propertyName]: { __metadata: { type: typeName }, ...verboseProps(props) } } });
  if (rc.format === 'nometadata') return stringify(props);
  return stringify({ 'odata.metadata': `${rc.apiUrl}/$metadata#${typeName}`, ...props });
}

export type EdmType = 'Edm.Boolean' | 'Edm.String' | 'Edm.Int32' | 'Edm.Double';

/** A JSON value read as an Edm type, as SharePoint's OData reader reads a property; its conversion error otherwise. */
export function edmValue(type: EdmType, v: unknown, nullable = false): unknown {
  if (v === null && nullable) return null;
  const ok =
    type === 'Edm.Boolean'
      ? typeof v === 'boolean'
      : type === 'Edm.String'
        ? typeof v === 'string'
        : type === 'Edm.Int32'
          ? typeof v === 'number' && Number.isInteger(v)
          : typeof v === 'number';
  if (!ok) throw errors.cannotConvert(type);
  return v;
}

/** Parses a request body: JSON light or verbose. Returns {} for an empty body. */
export function parseJsonBody(body: Buffer | undefined): Record<string, unknown> {
  if (!body || body.length === 0) return {};
  const text = body.toString('utf8');
  if (text.trim() === '') return {};
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch {
    throw errors.invalidJson();
  }
  if (parsed === null || typeof parsed !== 'object') throw errors.expectedObject('PrimitiveValue');
  if (Array.isArray(parsed)) throw errors.expectedObject('StartArray');
  return parsed as Record<string, unknown>;
}

/** Verbose collections arrive as {results: [...]}; JSON light as plain arrays. */
export function unwrapResults(v: unknown): unknown {
  if (v && typeof v === 'object' && !Array.isArray(v) && 'results' in (v as Record<string, unknown>)) {
    return (v as Record<string, unknown>).results;
  }
  return v;
}

/** Property names in a body, minus OData annotations (__metadata, odata.type, @odata.type...). */
export function bodyProperties(body: Record<string, unknown>): Array<[string, unknown]> {
  return Object.entries(body).filter(([k]) => k !== '__metadata' && !k.startsWith('odata.') && !k.startsWith('@odata.'));
}
