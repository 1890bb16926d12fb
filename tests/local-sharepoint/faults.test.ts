import { digest, LocalSharePoint, raw, sp, start } from './helpers';

let server: LocalSharePoint;

beforeAll(async () => {
  server = await start();
  await sp(server).web.lists.add('Throttled');
});
afterEach(() => {
  server.setFaults(undefined);
  server.setLatency(undefined);
});
afterAll(() => server.close());

describe('injected throttling', () => {
  it('answers 429 with an integer Retry-After and an odata.error body', async () => {
    server.setFaults({ share: 1, retryAfterSeconds: 7 });
    const r = await raw(server, 'GET', '/_api/web');
    expect(r.status).toBe(429);
    expect(r.headers.get('retry-after')).toBe('7');
    expect(r.json['odata.error'].message.value).toContain('Retry after 7 seconds');
    server.setFaults({ share: 1, statuses: [503] });
    const r2 = await raw(server, 'GET', '/_api/web');
    expect(r2.status).toBe(503);
    expect(r2.headers.get('retry-after')).toBe('1');
  });

  it('lets PnPjs retry through injected 429s (Retry-After honoured)', async () => {
    server.resetStats();
    server.setFaults({ share: 1, count: 2, retryAfterSeconds: 0 });
    const items = await sp(server).web.lists.getByTitle('Throttled').items();
    expect(items).toEqual([]);
    expect(server.stats().requests).toBe(3);
  });

  it('waits the Retry-After PnPjs reads and then succeeds', async () => {
    server.setFaults({ share: 1, count: 1, retryAfterSeconds: 1 });
    const web = await sp(server).web();
    expect(web.Title).toBe('Workforce productivity');
  });

  it('makes PnPjs give up after 3 attempts when the fault persists', async () => {
    server.resetStats();
    server.setFaults({ share: 1, retryAfterSeconds: 0 });
    await expect(sp(server).web.lists.getByTitle('Throttled')()).rejects.toThrow('Retry count exceeded (3) for this request. 429');
    expect(server.stats().requests).toBe(3);
  });

  it('drops connections without an answer, which PnPjs retries', async () => {
    server.setFaults({ share: 0, dropShare: 1, count: 2 });
    const web = await sp(server).web.select('Title')();
    expect(web.Title).toBe('Workforce productivity');
    server.setFaults({ share: 0, dropShare: 1 });
    await expect(fetch(`${server.siteUrl}/_api/web`)).rejects.toThrow();
  });

  it('can carry out a request and then lose its answer, as a network failing on the way back does', async () => {
    await sp(server).web.lists.add('Lost replies');
    const formDigest = await digest(server);
    server.setFaults({ share: 0, lostReplyShare: 1, count: 1 });
    const add = raw(server, 'POST', `/_api/web/lists/getByTitle('Lost replies')/items`, {
      headers: { 'X-RequestDigest': formDigest },
      body: { Title: 'stored, answer lost' }
    });
    await expect(add).rejects.toThrow();
    const items = await sp(server).web.lists.getByTitle('Lost replies').items();
    expect(items).toHaveLength(1);
    expect(() => server.setFaults({ share: 0.5, lostReplyShare: 0.6 })).toThrow(RangeError);
  });

  it('never faults CORS preflights', async () => {
    server.setFaults({ share: 0.5, dropShare: 0.5 });
    for (let i = 0; i < 5; i++) {
      const r = await fetch(`${server.siteUrl}/_api/web`, { method: 'OPTIONS', headers: { Origin: 'http://localhost:1', 'Access-Control-Request-Method': 'GET' } });
      expect(r.status).toBe(204);
    }
  });

  it('repeats the same decisions for the same seed', async () => {
    const statuses = async (s: LocalSharePoint) => {
      s.setFaults({ share: 0.5, seed: 42, retryAfterSeconds: 0 });
      const out: number[] = [];
      for (let i = 0; i < 12; i++) out.push((await fetch(`${s.siteUrl}/_api/web`, { headers: { accept: 'application/json' } })).status);
      return out;
    };
    const other = await start();
    try {
      const a = await statuses(server);
      const b = await statuses(other);
      expect(a).toEqual(b);
      expect(a).toContain(429);
      expect(a).toContain(200);
    } finally {
      await other.close();
    }
  });

  it('validates fault and latency settings', async () => {
    expect(() => server.setFaults({ share: 1.5 })).toThrow(RangeError);
    expect(() => server.setFaults({ share: 0.1, retryAfterSeconds: 0.5 })).toThrow(RangeError);
    expect(() => server.setLatency({ min: 10, max: 5 })).toThrow(RangeError);
    await expect(start({ faults: { share: -1 } })).rejects.toThrow(RangeError);
  });
});

describe('latency', () => {
  it('holds each answer back by the latency set, and still answers correctly', async () => {
    // A lower bound only: the answer may never come sooner than the latency asked for.
    server.setLatency(250);
    const started = process.hrtime.bigint();
    expect((await sp(server).web.select('Title')()).Title).toBe('Workforce productivity');
    expect(Number(process.hrtime.bigint() - started) / 1e6).toBeGreaterThanOrEqual(245);
    server.setLatency({ min: 1, max: 10 });
    expect(await sp(server).web.lists.getByTitle('Throttled').items()).toEqual([]);
  });

  it('closes cleanly while a delayed request is pending', async () => {
    const slow = await start({ latencyMs: 60000 });
    const pending = fetch(`${slow.siteUrl}/_api/web`).catch((e: unknown) => e);
    await new Promise((r) => setImmediate(r));
    await slow.close();
    // The client sees the connection end instead of waiting a minute (Node's fetch TypeError comes from another realm).
    expect(String(await pending)).toMatch(/fetch failed/);
  });
});

describe('statistics', () => {
  it('counts requests and body bytes in and out', async () => {
    server.resetStats();
    const body = JSON.stringify({ Title: 'counted' });
    const r = await raw(server, 'POST', "/_api/web/lists/getByTitle('Throttled')/items", { body: { Title: 'counted' }, headers: { 'X-RequestDigest': 'set-below' }, noDigest: true });
    expect(r.status).toBe(403);
    const s = server.stats();
    expect(s.requests).toBe(1);
    expect(s.bytesIn).toBe(Buffer.byteLength(body));
    expect(s.bytesOut).toBe(Buffer.byteLength(r.text));
    server.resetStats();
    expect(server.stats()).toEqual({ requests: 0, bytesIn: 0, bytesOut: 0 });
  });
});
