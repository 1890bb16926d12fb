import { randomBytes } from 'node:crypto';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import type { Server, Site } from './context';
import { FaultOptions, Faults, LatencyOption, validateFaults, validateLatency } from './faults';
import { LOCAL_USERS, LocalUser, personWithoutSignIn } from './identity';
import { createItems } from './items';
import { newGuid, nowIso } from './names';
import { createHandler, Stats } from './server';
import { Store } from './store';

export type { LocalUser, PermissionLevel } from './identity';
export type { FaultOptions, LatencyOption } from './faults';

export interface LocalSharePointOptions {
  /** 0 = a free port (default 0). */
  port?: number;
  /** Default '127.0.0.1'. */
  host?: string;
  /** SQLite file; omitted => in memory. */
  dbFile?: string;
  /** Default '/sites/wpq'. */
  sitePath?: string;
  /** Default 'Workforce productivity'. */
  siteTitle?: string;
  /** Added before answering each request: fixed, or uniformly random between min and max. */
  latencyMs?: LatencyOption;
  /** Share of requests answered 429/503 with an integer Retry-After; dropShare of connections destroyed unanswered. */
  faults?: FaultOptions;
  /** List view threshold, default 5000. */
  threshold?: number;
  /** Default true: writes (other than contextinfo) need a valid X-RequestDigest unless an Authorization header is present. */
  strictDigest?: boolean;
  /** Default 2 MiB for normal requests; $batch bodies are capped at 1 MiB as in SharePoint Online. */
  maxBodyBytes?: number;
  /** Tenant properties (storage entities) such as wpqDataSiteUrl, answered by GetStorageEntity. */
  tenantProperties?: Record<string, string>;
  /** Called for paths outside the site's _api (e.g. the local host's page on the same origin); false => 404. */
  fallback?: (req: http.IncomingMessage, res: http.ServerResponse) => boolean | Promise<boolean>;
}

/** Who a seeded item is by: a local user's key, or the site user id of someone without a local sign-in. */
export type SeedAuthor = string | number;

export interface LocalSharePoint {
  /** Origin, e.g. http://127.0.0.1:40123 */
  url: string;
  /** e.g. http://127.0.0.1:40123/sites/wpq */
  siteUrl: string;
  /** The built-in local users. */
  users: LocalUser[];
  /** Counted per HTTP request to the site's _api (a $batch counts as 1), excluding CORS preflights; body bytes only. */
  stats(): { requests: number; bytesIn: number; bytesOut: number };
  resetStats(): void;
  /** Test/admin hook, NOT SharePoint API (Set-PnPStorageEntity's effect): sets or, with null, removes a tenant property. */
  setTenantProperty(key: string, value: string | null): void;
  setFaults(f: LocalSharePointOptions['faults'] | undefined): void;
  setLatency(l: LocalSharePointOptions['latencyMs'] | undefined): void;
  /**
   * Test/seed hook, NOT SharePoint API: insert many items into an existing list quickly in one SQLite
   * transaction; validates like a REST add. Returns the new ids. The author is a local user's key
   * (default 'manager'), or the site user id of a person without a local sign-in, or one of those per item.
   */
  bulkInsert(listTitle: string, items: Array<Record<string, unknown>>, asUser?: SeedAuthor | readonly SeedAuthor[]): number[];
  close(): Promise<void>;
}

const DEFAULT_SITE_PATH = '/sites/wpq';
const DEFAULT_TITLE = 'Workforce productivity';

function normaliseSitePath(p: string | undefined): string {
  const raw = (p ?? DEFAULT_SITE_PATH).trim();
  const withSlash = raw.startsWith('/') ? raw : `/${raw}`;
  const trimmed = withSlash.replace(/\/+$/, '');
  if (trimmed === '' || /[?#%\\]/.test(trimmed)) throw new RangeError(`sitePath '${p}' is not a valid server-relative path such as /sites/wpq.`);
  return trimmed;
}

export async function startLocalSharePoint(options: LocalSharePointOptions = {}): Promise<LocalSharePoint> {
  const port = options.port ?? 0;
  if (!Number.isInteger(port) || port < 0 || port > 65535) throw new RangeError('port must be a whole number from 0 to 65535.');
  const threshold = options.threshold ?? 5000;
  if (!Number.isInteger(threshold) || threshold < 1) throw new RangeError('threshold must be a positive whole number.');
  const maxBodyBytes = options.maxBodyBytes ?? 2 * 1024 * 1024;
  if (!Number.isInteger(maxBodyBytes) || maxBodyBytes < 1) throw new RangeError('maxBodyBytes must be a positive whole number.');
  validateFaults(options.faults);
  validateLatency(options.latencyMs);
  const sitePath = normaliseSitePath(options.sitePath);
  const host = options.host ?? '127.0.0.1';

  const store = new Store(options.dbFile);
  const site: Site = {
    sitePath,
    title: options.siteTitle ?? store.meta('siteTitle', () => DEFAULT_TITLE),
    webId: store.meta('webId', newGuid),
    siteId: store.meta('siteId', newGuid),
    created: store.meta('created', nowIso)
  };
  const srv: Server = { store, site, threshold, digestSecret: store.meta('digestSecret', () => randomBytes(32).toString('hex')),
    tenantProperties: new Map(Object.entries(options.tenantProperties ?? {}))
  };

  const faults = new Faults();
  faults.setFaults(options.faults);
  faults.setLatency(options.latencyMs);
  const stats: Stats = { requests: 0, bytesIn: 0, bytesOut: 0 };
  const timers = new Set<NodeJS.Timeout>();
  const handler = createHandler(srv, { strictDigest: options.strictDigest ?? true, maxBodyBytes, fallback: options.fallback }, faults, stats, timers);

  const server = http.createServer((req, res) => {
    void handler(req, res);
  });
  try {
    await new Promise<void>((resolve, reject) => {
      server.once('error', reject);
      server.listen(port, host, () => {
        server.off('error', reject);
        resolve();
      });
    });
  } catch (e) {
    store.close();
    throw e;
  }
  const address = server.address() as AddressInfo;
  const hostPart = address.family === 'IPv6' ? `[${address.address}]` : address.address;
  const url = `http://${hostPart}:${address.port}`;
  let closed = false;

  return {
    url,
    siteUrl: `${url}${sitePath}`,
    users: LOCAL_USERS.map((u) => ({ ...u })),
    stats: () => ({ ...stats }),
    resetStats: () => {
      stats.requests = 0;
      stats.bytesIn = 0;
      stats.bytesOut = 0;
    },
    setTenantProperty: (key, value) => {
      if (value === null) srv.tenantProperties.delete(key);
      else srv.tenantProperties.set(key, value);
    },
    setFaults: (f) => faults.setFaults(f),
    setLatency: (l) => faults.setLatency(l),
    bulkInsert(listTitle, items, asUser = 'manager') {
      const t = listTitle.toLowerCase();
      const list = store.activeLists().find((l) => l.def.title.toLowerCase() === t);
      if (!list) throw new Error(`bulkInsert: there is no list titled '${listTitle}'.`);
      const author = (who: SeedAuthor): LocalUser => {
        if (typeof who === 'number') return personWithoutSignIn(who);
        const user = LOCAL_USERS.find((u) => u.key === who);
        if (!user) throw new Error(`bulkInsert: unknown user '${who}'.`);
        return user;
      };
      const authors = Array.isArray(asUser) ? (asUser as readonly SeedAuthor[]).map(author) : author(asUser as SeedAuthor);
      return createItems(store, list, items, authors).map((i) => i.id);
    },
    async close() {
      if (closed) return;
      closed = true;
      for (const t of timers) clearTimeout(t);
      timers.clear();
      await new Promise<void>((resolve) => {
        server.close(() => resolve());
        server.closeAllConnections();
      });
      store.close();
    }
  };
}
