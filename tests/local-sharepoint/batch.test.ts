import { digest, failure, LocalSharePoint, sp, start } from './helpers';

let server: LocalSharePoint;

beforeAll(async () => {
  server = await start();
  await sp(server).web.lists.add('Batch');
  await sp(server).web.lists.getByTitle('Batch').fields.createFieldAsXml({ SchemaXml: '<Field Type="Number" Name="Hours" DisplayName="Hours" />', Options: 8 });
  server.bulkInsert('Batch', [{ Title: 'one' }, { Title: 'two' }, { Title: 'three' }]);
});
afterAll(() => server.close());

function part(method: string, url: string, body?: unknown, headers: Record<string, string> = {}): string {
  const lines = [
    'Content-Type: application/http',
    'Content-Transfer-Encoding: binary',
    '',
    `${method} ${url} HTTP/1.1`,
    'accept: application/json',
    'content-type: application/json;charset=utf-8',
    ...Object.entries(headers).map(([k, v]) => `${k}: ${v}`),
    ''
  ];
  if (body !== undefined) lines.push(JSON.stringify(body), '');
  return lines.join('\n');
}

/** A multipart batch body with writes in a changeset, as PnPjs builds it (LF line ends). */
function batchBody(reads: string[], writes: string[]): string {
  const out: string[] = [];
  if (writes.length > 0) {
    out.push('--batch_abc', 'Content-Type: multipart/mixed; boundary="changeset_xyz"', '');
    for (const w of writes) out.push('--changeset_xyz', w);
    out.push('--changeset_xyz--', '');
  }
  for (const r of reads) out.push('--batch_abc', r);
  out.push('--batch_abc--', '');
  return out.join('\n');
}

async function postBatch(body: string, user = 'manager'): Promise<{ status: number; contentType: string; text: string }> {
  const r = await fetch(`${server.siteUrl}/_api/$batch`, {
    method: 'POST',
    headers: { 'content-type': 'multipart/mixed; boundary=batch_abc', accept: 'application/json', 'X-RequestDigest': await digest(server, user), 'X-WPQ-User': user },
    body
  });
  return { status: r.status, contentType: r.headers.get('content-type') ?? '', text: await r.text() };
}

const itemsUrl = () => `${server.siteUrl}/_api/web/lists/getByTitle('Batch')/items`;

describe('$batch through PnPjs', () => {
  it('runs reads and writes together; a failing part rejects only its own promise', async () => {
    const [batched, execute] = sp(server).batched();
    // PnPjs needs a fresh chain for every call in a batch.
    const items = () => batched.web.lists.getByTitle('Batch').items;
    const added = items().add({ Title: 'batched add', Hours: 1 });
    const updated = items().getById(1).update({ Title: 'one (updated)' });
    const read = items().select('Id', 'Title').top(2)();
    const missing = items().getById(999).delete();
    const bad = items().add({ Title: 'bad', Hours: 'many' });
    const deleted = items().getById(3).delete();
    await execute();
    expect((await added).Title).toBe('batched add');
    expect((await updated).etag).toMatch(/^"[0-9a-f-]{36},2"$/);
    expect((await read).map((i: { Title: string }) => i.Title)).toEqual(['one (updated)', 'two']);
    expect((await failure(missing)).status).toBe(404);
    expect((await failure(bad)).status).toBe(400);
    await deleted;
    const after = await sp(server).web.lists.getByTitle('Batch').items.select('Title')();
    expect(after.map((i: { Title: string }) => i.Title)).toEqual(['one (updated)', 'two', 'batched add']);
  });

  it('counts a batch as one request', async () => {
    server.resetStats();
    const [batched, execute] = sp(server).batched();
    const reads = [batched.web.lists.getByTitle('Batch')(), batched.web.lists.getByTitle('Batch').items(), batched.web.currentUser()];
    await execute();
    await Promise.all(reads);
    // one $batch, plus at most one contextinfo for the digest
    expect(server.stats().requests).toBeLessThanOrEqual(2);
    expect(server.stats().requests).toBeGreaterThanOrEqual(1);
  });

  it('runs every part as the batch’s user with the same rules', async () => {
    const [batched, execute] = sp(server, 'quality').batched();
    const write = batched.web.lists.getByTitle('Batch').items.add({ Title: 'not allowed' });
    const read = batched.web.lists.getByTitle('Batch').items.top(1)();
    await execute();
    expect((await failure(write)).status).toBe(403);
    expect(await read).toHaveLength(1);
  });
});

describe('$batch on the wire', () => {
  it('answers in SharePoint’s flattened form: one CRLF part per request, in order, trailing newline', async () => {
    const body = batchBody(
      [part('GET', `${itemsUrl()}?$top=1&$select=Title`)],
      [part('POST', itemsUrl(), { Title: 'wire' }), part('MERGE', `${itemsUrl()}(2)`, { Title: 'two (wire)' }, { 'if-match': '*' })]
    );
    const r = await postBatch(body);
    expect(r.status).toBe(200);
    const boundary = /^multipart\/mixed; boundary=(batchresponse_[0-9a-f-]{36})$/.exec(r.contentType)![1];
    expect(r.text.endsWith(`--${boundary}--\r\n`)).toBe(true);
    expect(r.text).not.toContain('changesetresponse');
    const parts = r.text.split(`--${boundary}`).slice(1, -1);
    expect(parts).toHaveLength(3);
    expect(parts[0]).toMatch(/^\r\nContent-Type: application\/http\r\nContent-Transfer-Encoding: binary\r\n\r\nHTTP\/1\.1 201 Created\r\nCONTENT-TYPE: application\/json;odata=minimalmetadata;streaming=true;charset=utf-8\r\nETAG: "[0-9a-f-]{36},1"\r\nLOCATION: http:\/\/[^\r]+\/Items\(\d+\)\r\n\r\n\{.*\}\r\n$/s);
    expect(parts[1]).toMatch(/HTTP\/1\.1 204 No Content\r\nCONTENT-TYPE: [^\r]+\r\nETAG: "[0-9a-f-]{36},\d+"\r\n\r\n\r\n$/);
    expect(parts[2]).toMatch(/HTTP\/1\.1 200 OK\r\n/);
    expect(JSON.parse(parts[2].split('\r\n\r\n')[2]).value).toHaveLength(1);
  });

  it('answers a DELETE part with 200 and an empty body, and reports a missing item as 404 in its part', async () => {
    const added = await sp(server).web.lists.getByTitle('Batch').items.add({ Title: 'to delete' });
    const r = await postBatch(batchBody([], [part('DELETE', `${itemsUrl()}(${added.Id})`, undefined, { 'if-match': '*' }), part('DELETE', `${itemsUrl()}(${added.Id})`, undefined, { 'if-match': '*' })]));
    expect(r.text).toMatch(/HTTP\/1\.1 200 OK\r\nCONTENT-TYPE: [^\r]+\r\n\r\n\r\n--batchresponse_/);
    expect(r.text).toContain('HTTP/1.1 404 Not Found');
    expect(r.text).toContain('Item does not exist. It may have been deleted by another user.');
  });

  it('refuses more than 100 requests for the whole batch', async () => {
    const reads = Array.from({ length: 101 }, () => part('GET', `${itemsUrl()}?$top=1`));
    const r = await postBatch(batchBody(reads, []));
    expect(r.status).toBe(400);
    expect(JSON.parse(r.text)['odata.error'].message.value).toContain("maximum number of '100'");
    const ok = await postBatch(batchBody(reads.slice(1), []));
    expect(ok.status).toBe(200);
  });

  it('refuses broken multipart with a 400 odata.error and runs none of it', async () => {
    const before = (await sp(server).web.lists.getByTitle('Batch').select('ItemCount')()).ItemCount;
    const noClose = batchBody([], [part('POST', itemsUrl(), { Title: 'never' })]).replace('--batch_abc--', '');
    const r1 = await postBatch(noClose);
    expect(r1.status).toBe(400);
    expect(JSON.parse(r1.text)['odata.error'].code).toBe('-1, Microsoft.Data.OData.ODataException');
    const r2 = await postBatch('--batch_abc\nContent-Type: application/http\n\nNOT A REQUEST LINE\n\n--batch_abc--\n');
    expect(r2.status).toBe(400);
    // A part whose URL cannot be parsed fails on its own with 400, not as a server error.
    const badUrl = await postBatch('--batch_abc\nContent-Type: application/http\n\nGET http://[::1/_api/web HTTP/1.1\n\n--batch_abc--\n');
    expect(badUrl.status).toBe(200);
    expect(badUrl.text).toContain('HTTP/1.1 400 Bad Request');
    const r3 = await fetch(`${server.siteUrl}/_api/$batch`, { method: 'POST', headers: { 'content-type': 'application/json', accept: 'application/json', 'X-RequestDigest': await digest(server) }, body: '{}' });
    expect(r3.status).toBe(400);
    expect((await sp(server).web.lists.getByTitle('Batch').select('ItemCount')()).ItemCount).toBe(before);
  });

  it('caps a batch at 1 MiB like SharePoint Online', async () => {
    const big = part('POST', itemsUrl(), { Title: 'x'.repeat(200), Notes: 'y'.repeat(1100000) });
    const r = await postBatch(batchBody([], [big]));
    expect(r.status).toBe(400);
    expect(JSON.parse(r.text)['odata.error'].message.value).toMatch(/however a maximum of 1048576 bytes is allowed\.$/);
  });

  it('needs the digest on the batch itself, not on its parts', async () => {
    const r = await fetch(`${server.siteUrl}/_api/$batch`, {
      method: 'POST',
      headers: { 'content-type': 'multipart/mixed; boundary=batch_abc', accept: 'application/json' },
      body: batchBody([part('GET', itemsUrl())], [])
    });
    expect(r.status).toBe(403);
  });
});
