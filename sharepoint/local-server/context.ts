import { createHmac, timingSafeEqual } from 'node:crypto';
import type { LocalUser } from './identity';
import type { Format, QueryOptions, RenderContext, Reply } from './odata';
import { contentTypeFor } from './odata';
import type { Store } from './store';

export interface Site {
  sitePath: string;
  title: string;
  webId: string;
  siteId: string;
  created: string;
}

/** Everything a handler can reach that outlives one request. */
export interface Server {
  store: Store;
  site: Site;
  threshold: number;
  digestSecret: string;
  /** Tenant properties (storage entities), read by `_api/web/GetStorageEntity('key')` on any site. */
  tenantProperties: Map<string, string>;
}

/** A parsed path segment after `_api/`: `getByTitle('Tasks')` -> name 'getbytitle', args "'Tasks'". */
export interface Segment {
  name: string;
  raw: string;
  args?: string;
}

export interface Ctx {
  srv: Server;
  /** Effective method: X-HTTP-Method (MERGE, DELETE...) wins over POST. */
  method: string;
  segments: Segment[];
  query: QueryOptions;
  headers: Record<string, string | undefined>;
  body: Buffer | undefined;
  user: LocalUser;
  format: Format;
  /** Scheme and host the client used, so links it follows come back here. */
  origin: string;
}

export function webUrl(ctx: Ctx): string {
  return `${ctx.origin}${ctx.srv.site.sitePath}`;
}

export function apiUrl(ctx: Ctx): string {
  return `${webUrl(ctx)}/_api`;
}

export function renderContext(ctx: Ctx, selectSuffix?: string): RenderContext {
  return { format: ctx.format, apiUrl: apiUrl(ctx), selectSuffix };
}

export function jsonReply(ctx: Ctx, body: string, status = 200, headers: Record<string, string> = {}): Reply {
  return { status, headers: { 'Content-Type': contentTypeFor(ctx.format), ...headers }, body };
}

/** SharePoint answers deletes with 200 and no body, updates with 204. */
export function emptyReply(ctx: Ctx, status: 200 | 204, headers: Record<string, string> = {}): Reply {
  return { status, headers: { 'Content-Type': contentTypeFor(ctx.format), ...headers }, body: null };
}

// ---------------------------------------------------------------------------------------------
// Form digests: "0x<128 hex>,<dd Mon yyyy HH:mm:ss -0000>", an HMAC of the timestamp, valid 30 minutes.

export const DIGEST_TIMEOUT_SECONDS = 1800;
const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

function digestDate(d: Date): string {
  const p = (n: number) => String(n).padStart(2, '0');
  return `${p(d.getUTCDate())} ${MONTHS[d.getUTCMonth()]} ${d.getUTCFullYear()} ${p(d.getUTCHours())}:${p(d.getUTCMinutes())}:${p(
    d.getUTCSeconds()
  )} -0000`;
}

function mac(secret: string, stamp: string): string {
  return createHmac('sha512', secret).update(stamp).digest('hex').toUpperCase();
}

export function createDigest(secret: string, now = new Date()): string {
  const stamp = digestDate(now);
  return `0x${mac(secret, stamp)},${stamp}`;
}

export function digestValid(secret: string, value: string | undefined, now = Date.now()): boolean {
  if (!value) return false;
  const comma = value.indexOf(',');
  if (comma < 0 || !value.startsWith('0x')) return false;
  const hex = value.slice(2, comma);
  const stamp = value.slice(comma + 1);
  const expected = mac(secret, stamp);
  if (hex.length !== expected.length) return false;
  if (!timingSafeEqual(Buffer.from(hex.toUpperCase()), Buffer.from(expected))) return false;
  const issued = Date.parse(stamp.replace(' -0000', ' GMT'));
  return !Number.isNaN(issued) && now - issued <= DIGEST_TIMEOUT_SECONDS * 1000;
}
