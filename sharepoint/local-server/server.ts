import type { IncomingMessage, ServerResponse } from 'node:http';
import { MAX_BATCH_BYTES, parseBatch, reasonPhrase, renderBatch } from './batch';
import type { Ctx, Server } from './context';
import { digestValid } from './context';
import { errorBody, errors, SpError, toSpError } from './errors';
import type { Faults } from './faults';
import { LIBRARY_VERSION } from './web';
import { LocalUser, resolveUser } from './identity';
import { newGuid } from './names';
import { contentTypeFor, negotiate, QueryOptions, Reply } from './odata';
import { parseSegments } from './path';
import { route } from './router';

export interface HttpOptions {
  strictDigest: boolean;
  maxBodyBytes: number;
  fallback?: (req: IncomingMessage, res: ServerResponse) => boolean | Promise<boolean>;
}

export interface Stats {
  requests: number;
  bytesIn: number;
  bytesOut: number;
}

const ALLOWED_METHODS = 'GET, POST, PATCH, PUT, MERGE, DELETE, OPTIONS';
const EXPOSED_HEADERS = 'ETag, Location, Retry-After, SPRequestGuid, request-id';
const EFFECTIVE_METHODS = new Set(['GET', 'POST', 'MERGE', 'PATCH', 'PUT', 'DELETE']);

function header(req: IncomingMessage, name: string): string | undefined {
  const v = req.headers[name];
  return Array.isArray(v) ? v[0] : v;
}

/** Reads the body, counting everything but keeping at most `limit` bytes (the rest is drained, not stored). */
function readBody(req: IncomingMessage, limit: number): Promise<{ body: Buffer; total: number }> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let total = 0;
    req.on('data', (c: Buffer) => {
      total += c.length;
      if (total <= limit) chunks.push(c);
    });
    req.on('end', () => resolve({ body: Buffer.concat(chunks), total }));
    req.on('error', reject);
    // A client that goes away mid-body must not leave a half-read request to be processed.
    req.on('close', () => {
      if (!req.complete) reject(new Error('The client closed the connection before sending the whole request.'));
    });
  });
}

/**
 * The HTTP front door: CORS, faults and latency, identity, the form digest, body limits, then the router
 * (or the $batch runner). Every request is answered; anything unexpected becomes a 500 odata.error.
 */
export function createHandler(srv: Server, opts: HttpOptions, faults: Faults, stats: Stats, timers: Set<NodeJS.Timeout>) {
  const apiPrefix = `${srv.site.sitePath}/_api`.toLowerCase();

  const sleep = (ms: number) =>
    new Promise<void>((resolve) => {
      if (ms <= 0) return resolve();
      const t = setTimeout(() => {
        timers.delete(t);
        resolve();
      }, ms);
      timers.add(t);
    });

  const corsHeaders = (req: IncomingMessage): Record<string, string> => {
    const origin = header(req, 'origin');
    // Credentials are deliberately not allowed cross-origin: the user cookie must not ride along from
    // arbitrary pages; cross-origin callers choose a user with the X-WPQ-User header instead.
    return origin ? { 'Access-Control-Allow-Origin': origin, 'Access-Control-Expose-Headers': EXPOSED_HEADERS, Vary: 'Origin' } : {};
  };

  const send = (req: IncomingMessage, res: ServerResponse, reply: Reply, started: bigint): void => {
    if (res.headersSent || res.destroyed) return;
    const id = newGuid();
    const body = reply.body ?? '';
    const length = Buffer.byteLength(body, 'utf8');
    const ms = Number((process.hrtime.bigint() - started) / 1000000n);
    const headers: Record<string, string | number> = {
      'Cache-Control': 'private, max-age=0',
      SPRequestGuid: id,
      'request-id': id,
      SPClientServiceRequestDuration: String(ms),
      'X-SharePointHealthScore': '0',
      'X-SP-SERVERSTATE': 'ReadOnly=0',
      'X-Content-Type-Options': 'nosniff',
      MicrosoftSharePointTeamServices: LIBRARY_VERSION,
      ...corsHeaders(req),
      ...reply.headers,
      'Content-Length': length
    };
    res.writeHead(reply.status, reasonPhrase(reply.status), headers);
    res.end(reply.status === 204 ? undefined : body, 'utf8');
    stats.bytesOut += reply.status === 204 ? 0 : length;
  };

  const errorReply = (e: unknown, format: ReturnType<typeof negotiate>): Reply => {
    const err = toSpError(e);
    return {
      status: err.status,
      headers: { 'Content-Type': contentTypeFor(format === 'verbose' ? 'verbose' : format), ...err.headers },
      body: errorBody(err, format === 'verbose')
    };
  };

  /** Runs one API request (top-level or a batch part) and never throws. */
  const execute = (base: Omit<Ctx, 'segments' | 'query' | 'method'>, method: string, path: string, search: string): Reply => {
    const ctx: Ctx = { ...base, method, segments: [], query: new QueryOptions(search) };
    try {
      const rest = path.slice(apiPrefix.length);
      ctx.segments = parseSegments(rest);
      return route(ctx);
    } catch (e) {
      return errorReply(e, ctx.format);
    }
  };

  const runBatch = (base: Omit<Ctx, 'segments' | 'query' | 'method'>, contentType: string | undefined, body: Buffer): Reply => {
    const requests = parseBatch(contentType, body);
    const replies = requests.map((r) => {
      const headers: Record<string, string | undefined> = { ...r.headers };
      const format = negotiate(headers.accept);
      try {
        let u: URL;
        try {
          u = new URL(r.url, `${base.origin}${srv.site.sitePath}/`);
        } catch {
          throw errors.argument(`The request URL '${r.url}' of a batch part is not valid.`);
        }
        let path: string;
        try {
          path = decodeURIComponent(u.pathname);
        } catch {
          throw errors.resourceNotFound(u.pathname);
        }
        if (!path.toLowerCase().startsWith(`${apiPrefix}/`) && path.toLowerCase() !== apiPrefix) {
          // [U] every part of a SharePoint batch must address the same site.
          throw errors.argument('All requests in a batch must target the same site.');
        }
        path = path.replace(/\/+$/, '');
        if (/\/\$batch$/i.test(path)) throw errors.argument('A batch cannot contain another batch.');
        const override = headers['x-http-method'];
        const method = r.method === 'POST' && override ? override.toUpperCase() : r.method;
        if (!EFFECTIVE_METHODS.has(method)) throw errors.methodNotSupported('SP.Web', method);
        return execute({ ...base, headers, body: r.body, format }, method, path, u.search);
      } catch (e) {
        return errorReply(e, format);
      }
    });
    const out = renderBatch(replies);
    return { status: 200, headers: { 'Content-Type': out.contentType }, body: out.body };
  };

  return async function handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const started = process.hrtime.bigint();
    const format = negotiate(header(req, 'accept'));
    try {
      const rawUrl = req.url ?? '/';
      const q = rawUrl.indexOf('?');
      const rawPath = q < 0 ? rawUrl : rawUrl.slice(0, q);
      const search = q < 0 ? '' : rawUrl.slice(q + 1);
      let path: string;
      try {
        path = decodeURIComponent(rawPath);
      } catch {
        path = rawPath;
      }
      path = path.replace(/\/+$/, '');
      // Tenant properties are read through any site; Teams personal apps and meetings run in the
      // tenant's root site, so the root answers GetStorageEntity too (as the local site does).
      if (/^\/_api\/web\/getstorageentity\(/i.test(path)) path = `${srv.site.sitePath}${path}`;
      const lower = path.toLowerCase();
      const isApi = lower === apiPrefix || lower.startsWith(`${apiPrefix}/`);

      if (!isApi) {
        const handled = opts.fallback ? await opts.fallback(req, res) : false;
        if (!handled && !res.headersSent) {
          res.writeHead(404, { 'Content-Type': 'text/plain; charset=utf-8' });
          res.end('Not found. The local SharePoint site lives under ' + srv.site.sitePath + '/_api.');
        }
        return;
      }

      if (req.method === 'OPTIONS') {
        // CORS preflight: never counted, delayed or faulted.
        const origin = header(req, 'origin');
        res.writeHead(204, {
          'Access-Control-Allow-Origin': origin ?? '*',
          'Access-Control-Allow-Methods': ALLOWED_METHODS,
          'Access-Control-Allow-Headers': header(req, 'access-control-request-headers') ?? 'Accept, Content-Type, X-RequestDigest, X-HTTP-Method, IF-MATCH, X-WPQ-User',
          'Access-Control-Expose-Headers': EXPOSED_HEADERS,
          'Access-Control-Max-Age': '600',
          Vary: 'Origin, Access-Control-Request-Headers',
          'Content-Length': 0
        });
        res.end();
        return;
      }

      stats.requests++;
      const isBatch = /\/\$batch$/i.test(path);
      const limit = isBatch ? Math.min(MAX_BATCH_BYTES, opts.maxBodyBytes) : opts.maxBodyBytes;
      const { body, total } = await readBody(req, limit);
      stats.bytesIn += total;

      await sleep(faults.delayMs());
      const fault = faults.decide();
      if (fault.kind === 'drop') {
        req.socket.destroy();
        return;
      }
      if (fault.kind === 'status') {
        const message =
          fault.status === 429
            ? `The request has been throttled. Retry after ${fault.retryAfter} seconds.`
            : `The service is temporarily unavailable. Retry after ${fault.retryAfter} seconds.`;
        // [U] SharePoint Online's throttling body; PnPjs only reads the status and Retry-After.
        const err = new SpError(fault.status, '-2147024860, Microsoft.SharePoint.SPRequestThrottledException', message, {
          'Retry-After': String(fault.retryAfter)
        });
        send(req, res, errorReply(err, format), started);
        return;
      }

      if (total > limit) throw errors.tooLarge(total, limit);
      const user: LocalUser = resolveUser(req.headers);
      const httpMethod = (req.method ?? 'GET').toUpperCase();
      const override = header(req, 'x-http-method');
      const method = httpMethod === 'POST' && override ? override.toUpperCase() : httpMethod;
      if (!EFFECTIVE_METHODS.has(method)) throw errors.methodNotSupported('SP.Web', method);

      const isContextInfo = /\/contextinfo$/i.test(path);
      if (opts.strictDigest && httpMethod !== 'GET' && !isContextInfo && header(req, 'authorization') === undefined) {
        if (!digestValid(srv.digestSecret, header(req, 'x-requestdigest'))) throw errors.badDigest();
      }

      const headers: Record<string, string | undefined> = {};
      for (const [k, v] of Object.entries(req.headers)) headers[k] = Array.isArray(v) ? v.join(', ') : v;
      const base = { srv, headers, body, user, format, origin: `http://${header(req, 'host') ?? 'localhost'}` };
      let reply: Reply;
      if (isBatch) {
        if (httpMethod !== 'POST') throw errors.methodNotSupported('SP.Batch', httpMethod);
        reply = runBatch(base, header(req, 'content-type'), body);
      } else {
        reply = execute(base, method, path, search);
      }
      if (fault.kind === 'lost-reply') {
        // Carried out and stored, but the answer never reaches the client.
        req.socket.destroy();
        return;
      }
      send(req, res, reply, started);
    } catch (e) {
      try {
        send(req, res, errorReply(e, format), started);
      } catch {
        res.destroy();
      }
    }
  };
}
