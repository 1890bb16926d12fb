import { fixture, keysOf, LocalSharePoint, raw, sp, start } from './helpers';

/** Response shapes compared with real SharePoint Online recordings (key sets and order, value spellings). */

let server: LocalSharePoint;
const NOMETA = { accept: 'application/json;odata=nometadata' };

beforeAll(async () => {
  server = await start();
  await sp(server).web.lists.add('Shapes');
});
afterAll(() => server.close());

describe('conformance with recorded SharePoint Online responses', () => {
  it('SP.User from currentuser, getUserById and siteusers', async () => {
    const recorded = keysOf(fixture('currentuser').body);
    expect(keysOf((await raw(server, 'GET', '/_api/web/currentuser', { headers: NOMETA })).json)).toEqual(recorded);
    expect(keysOf((await raw(server, 'GET', '/_api/web/getuserbyid(12)', { headers: NOMETA })).json)).toEqual(keysOf(fixture('getuserbyid').body));
    const users = (await raw(server, 'GET', '/_api/web/siteusers?$filter=PrincipalType eq 1&$top=1', { headers: NOMETA })).json;
    const recordedUsers = fixture('siteusers-filter-top1').body as { value: object[] };
    expect(keysOf(users)).toEqual(['value']);
    expect(keysOf(users.value[0])).toEqual(keysOf(recordedUsers.value[0]));
    expect((await raw(server, 'GET', '/_api/web/currentuser', { headers: NOMETA })).json.UserId).toEqual({ NameId: expect.any(String), NameIdIssuer: 'urn:federation:microsoftonline' });
  });

  it('an empty item collection', async () => {
    const r = await raw(server, 'GET', "/_api/web/lists/getByTitle('Shapes')/items?$select=Id,Title&$top=100", { headers: NOMETA });
    expect(r.json).toEqual(fixture('items-empty-collection').body);
  });

  it('the web’s scalar properties (verbose recording minus deferred navigation properties)', async () => {
    const recorded = (fixture('web-get-default-properties-verbose').body as { d: Record<string, unknown> }).d;
    const scalar = keysOf(recorded).filter((k) => k !== '__metadata' && !(recorded[k] && typeof recorded[k] === 'object' && '__deferred' in (recorded[k] as object)));
    const r = await raw(server, 'GET', '/_api/web', { headers: NOMETA });
    expect(keysOf(r.json)).toEqual(scalar);
    expect(r.json.Created).toMatch(/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d$/);
  });

  it('recycle answers {value: guid} and delete answers 200 with an empty body', async () => {
    const item = await sp(server).web.lists.getByTitle('Shapes').items.add({ Title: 'r' });
    const r = await raw(server, 'POST', `/_api/web/lists/getByTitle('Shapes')/items(${item.Id})/recycle`, { headers: NOMETA });
    expect(keysOf(r.json)).toEqual(keysOf(fixture('item-recycle').body));
    const minimal = await raw(server, 'POST', `/_api/web/lists/getByTitle('Shapes')/items(${(await sp(server).web.lists.getByTitle('Shapes').items.add({ Title: 's' })).Id})/recycle`);
    expect(keysOf(minimal.json)).toEqual(['odata.metadata', 'value']);
    expect(minimal.json['odata.metadata']).toBe(`${server.siteUrl}/_api/$metadata#Edm.Guid`);
    await sp(server).web.lists.add('Doomed');
    const del = await raw(server, 'DELETE', "/_api/web/lists/getByTitle('Doomed')", { headers: { 'IF-MATCH': '*' } });
    expect(del.status).toBe(fixture('list-delete-200-empty').status);
    expect(del.text).toBe('');
  });

  it('a list PATCH answers 204 with an empty body and the new ETag', async () => {
    const r = await raw(server, 'PATCH', "/_api/web/lists/getByTitle('Shapes')", { body: { Description: 'x' }, headers: { 'IF-MATCH': '*' } });
    expect(r.status).toBe(fixture('list-update-patch-204').status);
    expect(r.text).toBe('');
    expect(r.headers.get('etag')).toBe('"2"');
  });

  it('the odata.error envelope and the item-not-found error of a batch DELETE', async () => {
    const r = await raw(server, 'GET', "/_api/web/lists/getByTitle('Shapes')/items(99)", { headers: NOMETA });
    expect(keysOf(r.json)).toEqual(['odata.error']);
    expect(keysOf(r.json['odata.error'])).toEqual(['code', 'message']);
    expect(keysOf(r.json['odata.error'].message)).toEqual(['lang', 'value']);
    const recorded = fixture('batch-delete-items-with-404').body as string;
    const recordedError = /\{"odata\.error".*?\}\}\}/.exec(recorded)![0];
    expect(r.json).toEqual(JSON.parse(recordedError));
  });

  it('Number values keep SharePoint’s fraction and dates are UTC seconds with Z', async () => {
    const list = sp(server).web.lists.getByTitle('Shapes');
    await list.fields.createFieldAsXml({ SchemaXml: '<Field Type="Number" Name="Qty" DisplayName="Qty" />', Options: 8 });
    await list.fields.createFieldAsXml({ SchemaXml: '<Field Type="DateTime" Name="At" DisplayName="At" Format="DateTime" />', Options: 8 });
    const item = await list.items.add({ Title: 'n', Qty: 67687, At: '2022-10-12T08:08:25.999+01:00' });
    const r = await raw(server, 'GET', `/_api/web/lists/getByTitle('Shapes')/items(${item.Id})?$select=Qty,At`, { headers: NOMETA });
    expect(r.text).toBe('{"Qty":67687.0,"At":"2022-10-12T07:08:25Z"}');
  });
});
