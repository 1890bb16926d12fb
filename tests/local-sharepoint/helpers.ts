import * as fs from 'fs';
import * as path from 'path';
import { InjectHeaders } from '@pnp/queryable';
import { spfi, SPBrowser, SPFI } from '@pnp/sp';
import '@pnp/sp/webs';
import '@pnp/sp/lists';
import '@pnp/sp/items';
import '@pnp/sp/fields';
import '@pnp/sp/views';
import '@pnp/sp/batching';
import '@pnp/sp/site-users/web';
import '@pnp/sp/security';
import { startLocalSharePoint, LocalSharePoint, LocalSharePointOptions } from '../../sharepoint/local-server';

export type { LocalSharePoint };

export const FIXTURES = '/work/shared/sharepoint-fixtures';

export function fixture(name: string): { status: number; body: unknown; metadata: string } {
  return JSON.parse(fs.readFileSync(path.join(FIXTURES, `${name}.json`), 'utf8'));
}

export const hasFixtures = fs.existsSync(FIXTURES);

export async function start(options: LocalSharePointOptions = {}): Promise<LocalSharePoint> {
  return startLocalSharePoint({ port: 0, ...options });
}

/** PnPjs v4 as the app uses it, acting as one of the local users. */
export function sp(server: LocalSharePoint, user = 'manager'): SPFI {
  return spfi(server.siteUrl).using(SPBrowser(), InjectHeaders({ 'X-WPQ-User': user }));
}

export interface RawResponse {
  status: number;
  headers: Headers;
  text: string;
  json: any;
}

/** A digest from the server, for raw requests. */
export async function digest(server: LocalSharePoint, user = 'manager'): Promise<string> {
  const r = await fetch(`${server.siteUrl}/_api/contextinfo`, { method: 'POST', headers: { accept: 'application/json', 'X-WPQ-User': user } });
  return ((await r.json()) as { FormDigestValue: string }).FormDigestValue;
}

/** Raw HTTP against the site, JSON in and out, digest added for writes unless `noDigest`. */
export async function raw(
  server: LocalSharePoint,
  method: string,
  apiPath: string,
  opts: { body?: unknown; headers?: Record<string, string>; user?: string; noDigest?: boolean } = {}
): Promise<RawResponse> {
  const headers: Record<string, string> = {
    accept: 'application/json',
    'content-type': 'application/json;charset=utf-8',
    'X-WPQ-User': opts.user ?? 'manager',
    ...opts.headers
  };
  if (method !== 'GET' && !opts.noDigest && !headers['X-RequestDigest']) headers['X-RequestDigest'] = await digest(server, opts.user);
  const body = opts.body === undefined ? undefined : typeof opts.body === 'string' || Buffer.isBuffer(opts.body) ? (opts.body as string) : JSON.stringify(opts.body);
  const r = await fetch(`${server.siteUrl}${apiPath}`, { method, headers, body });
  const text = await r.text();
  let json: unknown;
  try {
    json = text ? JSON.parse(text) : undefined;
  } catch {
    json = undefined;
  }
  return { status: r.status, headers: r.headers, text, json };
}

/** The error a PnPjs call rejected with: HTTP status and the odata.error body. */
export async function failure(p: Promise<unknown>): Promise<{ status: number; code: string; message: string }> {
  try {
    await p;
  } catch (e) {
    const err = e as { status?: number; response?: Response; message: string };
    if (err.response) {
      const body = JSON.parse(await err.response.clone().text()) as Record<string, any>;
      const inner = body['odata.error'] ?? body.error;
      return { status: err.status ?? err.response.status, code: inner.code, message: inner.message.value };
    }
    throw e;
  }
  throw new Error('Expected the call to fail, but it succeeded.');
}

/** Creates a generic list with the given fields through PnPjs, as the manager. */
export async function makeList(s: SPFI, title: string, extra: Record<string, unknown> = {}): Promise<void> {
  await s.web.lists.add(title, '', 100, false, extra);
}

export function keysOf(o: unknown): string[] {
  return Object.keys(o as Record<string, unknown>);
}
