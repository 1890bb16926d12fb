import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { failure, fixture, keysOf, LocalSharePoint, raw, sp, start } from './helpers';

let server: LocalSharePoint;
let peopleListId: string;
const tom = 12;
const ewa = 13;

const VISITS = "/_api/web/lists/getByTitle('Visits')";

async function count(): Promise<number> {
  return (await sp(server).web.lists.getByTitle('Visits').select('ItemCount')()).ItemCount;
}

beforeAll(async () => {
  server = await start();
  const s = sp(server);
  await s.web.lists.add('Visits');
  await s.web.lists.add('People');
  await s.web.lists.add('Plain');
  peopleListId = (await s.web.lists.getByTitle('People')()).Id;
  await s.web.lists.getByTitle('People').items.add({ Title: 'Alice Smith' });
  await s.web.lists.getByTitle('People').items.add({ Title: "Patrick O'Brien" });
  const xml = (x: string) => s.web.lists.getByTitle('Visits').fields.createFieldAsXml({ SchemaXml: x, Options: 8 });
  await xml('<Field Type="Text" Name="Client" DisplayName="Client" />');
  await xml('<Field Type="Number" Name="Hours" DisplayName="Hours" />');
  await xml('<Field Type="Currency" Name="Cost" DisplayName="Cost" />');
  await xml('<Field Type="DateTime" Name="Due" DisplayName="Due" Format="DateTime" />');
  await xml('<Field Type="Boolean" Name="Done" DisplayName="Done" />');
  await xml('<Field Type="Choice" Name="Status" DisplayName="Status"><Default>Open</Default><CHOICES><CHOICE>Open</CHOICE><CHOICE>Closed</CHOICE><CHOICE>On hold</CHOICE></CHOICES></Field>');
  await xml('<Field Type="MultiChoice" Name="Tags" DisplayName="Tags"><CHOICES><CHOICE>A</CHOICE><CHOICE>B</CHOICE><CHOICE>C</CHOICE></CHOICES></Field>');
  await xml('<Field Type="User" Name="Carer" DisplayName="Carer" />');
  await xml('<Field Type="UserMulti" Name="Helpers" DisplayName="Helpers" Mult="TRUE" />');
  await xml(`<Field Type="Lookup" Name="Person" DisplayName="Person" List="{${peopleListId}}" ShowField="Title" />`);
  await xml(`<Field Type="LookupMulti" Name="Others" DisplayName="Others" List="${peopleListId}" ShowField="Title" Mult="TRUE" />`);
  await xml('<Field Type="Note" Name="Notes" DisplayName="Notes" />');
  await xml('<Field Type="URL" Name="Link" DisplayName="Link" />');
  await xml('<Field Type="Text" Name="Code" DisplayName="Code" Indexed="TRUE" EnforceUniqueValues="TRUE" />');
});
afterAll(() => server.close());

describe('adding items', () => {
  it('answers 201 with the item, Location and an ETag in "<guid>,1" form', async () => {
    const r = await raw(server, 'POST', `${VISITS}/items`, { body: { Title: 'First visit', Client: 'Alice', Hours: 2 } });
    expect(r.status).toBe(201);
    expect(r.json['odata.etag']).toBe('"1"');
    expect(r.headers.get('etag')).toBe(`"${r.json['odata.id']},1"`);
    expect(r.headers.get('location')).toBe(`${server.siteUrl}/_api/${r.json['odata.editLink']}`);
    expect(r.json['odata.type']).toBe('SP.Data.VisitsListItem');
    expect(r.json['odata.metadata']).toBe(`${server.siteUrl}/_api/$metadata#SP.ListData.VisitsListItems/@Element`);
    expect(r.json['odata.editLink']).toMatch(/^Web\/Lists\(guid'[0-9a-f-]{36}'\)\/Items\(1\)$/);
    expect(r.json.OData__UIVersionString).toBe('1.0');
    expect(r.json.AuthorId).toBe(11);
  });

  it('returns the item from PnPjs’ add with every column serialised as SharePoint does', async () => {
    const added = await sp(server).web.lists.getByTitle('Visits').items.add({
      Title: 'Full visit',
      Client: 'Bea',
      Hours: 67687,
      Cost: 67.67,
      Due: '2024-03-05T10:15:30.123Z',
      Done: true,
      Status: 'Closed',
      Tags: ['A', 'C'],
      CarerId: tom,
      HelpersId: [tom, ewa],
      PersonId: 1,
      OthersId: [1, 2],
      Notes: 'Line one\nLine two',
      Link: { Description: 'Care plan', Url: 'https://example.org/plan' },
      Code: 'V-001'
    });
    expect(added).toMatchObject({
      Title: 'Full visit',
      Hours: 67687,
      Cost: 67.67,
      Due: '2024-03-05T10:15:30Z',
      Done: true,
      Status: 'Closed',
      Tags: ['A', 'C'],
      CarerId: tom,
      CarerStringId: String(tom),
      HelpersId: [tom, ewa],
      HelpersStringId: [String(tom), String(ewa)],
      PersonId: 1,
      OthersId: [1, 2],
      Link: { Description: 'Care plan', Url: 'https://example.org/plan' }
    });
    const text = (await raw(server, 'GET', `${VISITS}/items(${added.Id})`)).text;
    expect(text).toContain('"Hours":67687.0');
  });

  it('puts properties in SharePoint’s order, custom columns between ComplianceAssetId and ID', async () => {
    const r = await raw(server, 'GET', `${VISITS}/items(2)`, { headers: { accept: 'application/json;odata=nometadata' } });
    expect(keysOf(r.json)).toEqual([
      'FileSystemObjectType', 'Id', 'ServerRedirectedEmbedUri', 'ServerRedirectedEmbedUrl', 'ContentTypeId', 'Title', 'ComplianceAssetId',
      'Client', 'Hours', 'Cost', 'Due', 'Done', 'Status', 'Tags', 'CarerId', 'CarerStringId', 'HelpersId', 'HelpersStringId', 'PersonId',
      'OthersId', 'Notes', 'Link', 'Code', 'ID', 'Modified', 'Created', 'AuthorId', 'EditorId', 'OData__UIVersionString', 'Attachments', 'GUID'
    ]);
    const recorded = (fixture('items-special-types-created').body as { value: Array<Record<string, unknown>> }).value[0];
    const systemKeys = (keys: string[]) => keys.filter((k) => ['FileSystemObjectType', 'Id', 'ServerRedirectedEmbedUri', 'ServerRedirectedEmbedUrl', 'ContentTypeId', 'Title', 'ComplianceAssetId', 'ID', 'Modified', 'Created', 'AuthorId', 'EditorId', 'OData__UIVersionString', 'Attachments', 'GUID'].includes(k));
    expect(systemKeys(keysOf(r.json))).toEqual(systemKeys(keysOf(recorded)));
    expect(r.json.ContentTypeId).toMatch(/^0x0100[0-9A-F]{32}$/);
  });

  it('uses the recorded order for a list without custom columns', async () => {
    const plain = sp(server).web.lists.getByTitle('Plain');
    const added = await plain.items.add({ Title: 'New Item' });
    const r = await raw(server, 'GET', `/_api/web/lists/getByTitle('Plain')/items(${added.Id})`, { headers: { accept: 'application/json;odata=nometadata' } });
    expect(keysOf(r.json)).toEqual(keysOf(fixture('item-get-by-id-default').body));
  });

  it('applies column defaults and SharePoint’s empty values', async () => {
    const added = await sp(server).web.lists.getByTitle('Visits').items.add({ Title: 'Defaults', Client: '' });
    expect(added).toMatchObject({
      Client: null,
      Hours: null,
      Status: 'Open',
      Tags: null,
      CarerId: null,
      CarerStringId: null,
      HelpersId: null,
      HelpersStringId: null,
      PersonId: null,
      OthersId: [],
      Link: null,
      Done: null
    });
  });

  it('sets Created, Modified, Author and Editor itself and ignores attempts to write them', async () => {
    const added = await sp(server, 'worker1').web.lists.getByTitle('Visits').items.add({ Title: 'By Tom', AuthorId: 11, Created: '2001-01-01T00:00:00Z' });
    expect(added.AuthorId).toBe(tom);
    expect(added.EditorId).toBe(tom);
    expect(added.Created).not.toBe('2001-01-01T00:00:00Z');
    expect(added.Created).toMatch(/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\dZ$/);
  });
});

describe('updating and deleting', () => {
  it('updates with MERGE, bumps the version and returns the new ETag', async () => {
    const item = sp(server, 'worker2').web.lists.getByTitle('Visits').items.getById(1);
    const result = await item.update({ Hours: 3 });
    expect(result.etag).toMatch(/^"[0-9a-f-]{36},2"$/);
    const after = await item();
    expect(after).toMatchObject({ Hours: 3, OData__UIVersionString: '2.0', EditorId: ewa, AuthorId: 11, Client: 'Alice' });
    expect(after['odata.etag']).toBe('"2"');
  });

  it('refuses a stale ETag with SharePoint’s 412 and accepts both ETag forms', async () => {
    const item = sp(server).web.lists.getByTitle('Visits').items.getById(1);
    const current = await item();
    const uniqueId = current['odata.id'];
    const f = await failure(item.update({ Hours: 4 }, '"1"'));
    expect(f).toEqual({
      status: 412,
      code: '-1, Microsoft.SharePoint.Client.ClientServiceException',
      message: `The request ETag value '"1"' does not match the object's ETag value '"${uniqueId},2"'.`
    });
    expect((await item()).Hours).toBe(3);
    await item.update({ Hours: 4 }, '"2"');
    const r = await item.update({ Hours: 5 }, `"${uniqueId},3"`);
    expect(r.etag).toBe(`"${uniqueId},4"`);
    expect((await failure(item.update({ Hours: 6 }, `"${uniqueId},3"`))).status).toBe(412);
    expect((await item()).Hours).toBe(5);
  });

  it('accepts PATCH, PUT and DELETE verbs as well as X-HTTP-Method, and ignores query options on writes', async () => {
    const added = await sp(server).web.lists.getByTitle('Visits').items.add({ Title: 'Verbs' });
    const patch = await raw(server, 'PATCH', `${VISITS}/items(${added.Id})?$select=Title`, { body: { Title: 'Patched' } });
    expect(patch.status).toBe(204);
    const put = await raw(server, 'PUT', `${VISITS}/items(${added.Id})`, { body: { Client: 'Put' } });
    expect(put.status).toBe(204);
    expect(await sp(server).web.lists.getByTitle('Visits').items.getById(added.Id)()).toMatchObject({ Title: 'Patched', Client: 'Put', OData__UIVersionString: '3.0' });
    const del = await raw(server, 'DELETE', `${VISITS}/items(${added.Id})`, { headers: { 'IF-MATCH': '*' } });
    expect(del.status).toBe(200);
    expect(del.text).toBe('');
  });

  it('deletes with PnPjs, answers 404 afterwards and never reuses the id', async () => {
    const list = sp(server).web.lists.getByTitle('Visits');
    const added = await list.items.add({ Title: 'Short lived' });
    await list.items.getById(added.Id).delete();
    const f = await failure(list.items.getById(added.Id)());
    expect(f).toEqual({ status: 404, code: '-2130575338, System.ArgumentException', message: 'Item does not exist. It may have been deleted by another user.' });
    const next = await list.items.add({ Title: 'Next' });
    expect(next.Id).toBe(added.Id + 1);
  });

  it('recycles an item and answers the recycle bin id as a bare string', async () => {
    const list = sp(server).web.lists.getByTitle('Visits');
    const added = await list.items.add({ Title: 'To recycle' });
    const before = await count();
    const id = await list.items.getById(added.Id).recycle();
    expect(id).toMatch(/^[0-9a-f-]{36}$/);
    expect(await count()).toBe(before - 1);
    const raw404 = await raw(server, 'POST', `${VISITS}/items(${added.Id})/recycle`);
    expect(raw404.status).toBe(404);
  });

  it('clears values like SharePoint (null, or [] for multi lookups)', async () => {
    const item = sp(server).web.lists.getByTitle('Visits').items.getById(2);
    await item.update({ Client: '', Hours: 0, Tags: [], CarerId: null, HelpersId: [], PersonId: null, OthersId: [], Link: null, Done: false });
    expect(await item()).toMatchObject({ Client: null, Hours: 0, Tags: null, CarerId: null, CarerStringId: null, HelpersId: null, HelpersStringId: null, PersonId: null, OthersId: [], Link: null, Done: false });
    expect((await raw(server, 'GET', `${VISITS}/items(2)`)).text).toContain('"Hours":0.0');
  });

  it('renders verbose items with __metadata (id, uri, etag, type) and Collection(...) values', async () => {
    await sp(server).web.lists.getByTitle('Visits').items.getById(2).update({ Tags: ['B'] });
    const r = await raw(server, 'GET', `${VISITS}/items(2)`, { headers: { accept: 'application/json;odata=verbose' } });
    const d = r.json.d;
    expect(Object.keys(d.__metadata)).toEqual(['id', 'uri', 'etag', 'type']);
    expect(d.__metadata.uri).toMatch(/\/_api\/Web\/Lists\(guid'[0-9a-f-]{36}'\)\/Items\(2\)$/);
    expect(d.__metadata.etag).toMatch(/^"\d+"$/);
    expect(d.__metadata.type).toBe('SP.Data.VisitsListItem');
    expect(d.Tags).toEqual({ __metadata: { type: 'Collection(Edm.String)' }, results: ['B'] });
    expect(d.Author).toEqual({ __deferred: { uri: `${d.__metadata.uri}/Author` } });
  });
});

describe('bad input', () => {
  const expectUnchanged = async (before: number) => expect(await count()).toBe(before);

  it.each([
    ['malformed JSON', '{"Title": "x",', 400, 'Invalid JSON. A token was not recognized in the JSON content.'],
    ['an unknown property', { Title: 'x', Colour: 'red' }, 400, "The property 'Colour' does not exist on type 'SP.Data.VisitsListItem'. Make sure to only use property names that are defined by the type."],
    ['text in a number column', { Title: 'x', Hours: 'lots' }, 400, "Cannot convert a primitive value to the expected type 'Edm.Double'. See the inner exception for more details."],
    ['a number in a text column', { Title: 5 }, 400, "Cannot convert a primitive value to the expected type 'Edm.String'. See the inner exception for more details."],
    ['a bad date', { Title: 'x', Due: '2024-33-33' }, 400, "Cannot convert a primitive value to the expected type 'Edm.DateTime'. See the inner exception for more details."],
    ['a non-integer lookup id', { Title: 'x', PersonId: 1.5 }, 400, "Cannot convert a primitive value to the expected type 'Edm.Int32'. See the inner exception for more details."],
    ['a bad boolean', { Title: 'x', Done: 'yes' }, 400, "Cannot convert a primitive value to the expected type 'Edm.Boolean'. See the inner exception for more details."],
    ['an invalid choice', { Title: 'x', Status: 'Pending' }, 400, "The value 'Pending' is not one of the choices of field 'Status'."],
    ['a scalar for a multi-choice', { Title: 'x', Tags: 'A' }, 400, "An unexpected 'PrimitiveValue' node was found when reading from the JSON reader. A 'StartArray' node was expected."],
    ['a value for the lookup itself', { Title: 'x', Person: 1 }, 400, undefined],
    ['a person who is not a site user', { Title: 'x', CarerId: 999 }, 400, 'Value does not fall within the expected range.'],
    ['a wrong entity type', { __metadata: { type: 'SP.Data.OtherListItem' }, Title: 'x' }, 400, undefined]
  ])('refuses %s with SharePoint’s error and stores nothing', async (_name, body, status, message) => {
    const before = await count();
    const r = await raw(server, 'POST', `${VISITS}/items`, { body });
    expect(r.status).toBe(status);
    expect(r.json['odata.error'].code).toMatch(/^-?\d+, [\w.]+$/);
    if (message) expect(r.json['odata.error'].message.value).toBe(message);
    await expectUnchanged(before);
  });

  it('holds at most 63,999 characters in a multiple-lines-of-text column, refusing more and storing nothing', async () => {
    const before = await count();
    const r = await raw(server, 'POST', `${VISITS}/items`, { body: { Title: 'Long notes', Notes: 'n'.repeat(64000) } });
    expect(r.status).toBe(400);
    expect(r.json['odata.error'].message.value).toBe("The value of field 'Notes' is longer than its maximum length of 63999 characters.");
    await expectUnchanged(before);
    const added = await sp(server).web.lists.getByTitle('Visits').items.add({ Title: 'Just fits', Notes: 'n'.repeat(63999) });
    expect((added.Notes as string).length).toBe(63999);
    expect((await failure(sp(server).web.lists.getByTitle('Visits').items.getById(added.Id).update({ Notes: 'n'.repeat(64000) }))).status).toBe(400);
    await sp(server).web.lists.getByTitle('Visits').items.getById(added.Id).delete();
  });

  it('refuses an oversized body with SharePoint’s stream-limit error', async () => {
    const small = await start({ maxBodyBytes: 1000 });
    try {
      await sp(small).web.lists.add('L');
      const r = await raw(small, 'POST', "/_api/web/lists/getByTitle('L')/items", { body: { Title: 'x'.repeat(2000) } });
      expect(r.status).toBe(400);
      expect(r.json['odata.error'].message.value).toMatch(/^The maximum number of bytes allowed to be read from the stream has been exceeded\. After the last read operation, a total of \d+ bytes has been read from the stream; however a maximum of 1000 bytes is allowed\.$/);
      expect((await sp(small).web.lists.getByTitle('L').select('ItemCount')()).ItemCount).toBe(0);
    } finally {
      await small.close();
    }
  });

  it('refuses a duplicate in a unique column (case-insensitively) and leaves the item alone on update', async () => {
    const list = sp(server).web.lists.getByTitle('Visits');
    const before = await count();
    const f = await failure(list.items.add({ Title: 'Clash', Code: 'v-001' }));
    expect(f).toEqual({
      status: 409,
      code: '-2130575169, Microsoft.SharePoint.SPDuplicateValuesFoundException',
      message: 'The list item could not be added or updated because duplicate values were found in one or more fields in the list.'
    });
    await expectUnchanged(before);
    const other = await list.items.add({ Title: 'Other', Code: 'V-002' });
    expect((await failure(list.items.getById(other.Id).update({ Code: 'V-001', Hours: 9 }))).status).toBe(409);
    expect(await list.items.getById(other.Id)()).toMatchObject({ Code: 'V-002', Hours: null, OData__UIVersionString: '1.0' });
    await list.items.getById(other.Id).update({ Code: 'V-002', Hours: 1 });
  });

  it('keeps unique values in step with updates, deletes and recycling', async () => {
    const list = sp(server).web.lists.getByTitle('Visits');
    const a = await list.items.add({ Title: 'Unique A', Code: 'u-1' });
    await list.items.getById(a.Id).update({ Code: 'u-2' });
    const b = await list.items.add({ Title: 'Unique B', Code: 'U-1' }); // u-1 is free again
    expect((await failure(list.items.add({ Title: 'Clash', Code: 'u-2' }))).status).toBe(409);
    await list.items.getById(a.Id).delete();
    const c = await list.items.add({ Title: 'Unique C', Code: 'u-2' });
    await list.items.getById(b.Id).recycle();
    const d = await list.items.add({ Title: 'Unique D', Code: 'u-1' });
    expect((await failure(list.items.getById(d.Id).update({ Code: 'U-2' }))).status).toBe(409);
    await list.items.getById(c.Id).delete();
    await list.items.getById(d.Id).delete();
  });

  it('refuses a broken update without changing the item', async () => {
    const item = sp(server).web.lists.getByTitle('Visits').items.getById(1);
    const before = await item();
    expect((await failure(item.update({ Hours: 10, Due: 'not a date' }))).status).toBe(400);
    const after = await item();
    expect(after.Hours).toBe(before.Hours);
    expect(after.OData__UIVersionString).toBe(before.OData__UIVersionString);
  });
});

describe('columns named like JavaScript object members', () => {
  it('stores and reads columns called constructor, toString and __proto__ like any other, and survives a restart', async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'wpq-proto-'));
    const dbFile = path.join(dir, 'site.db');
    let s = await start({ dbFile });
    try {
      const list = () => sp(s).web.lists.getByTitle('Odd');
      await sp(s).web.lists.add('Odd');
      const xml = (x: string) => list().fields.createFieldAsXml({ SchemaXml: x, Options: 8 });
      await xml('<Field Type="Text" Name="constructor" DisplayName="Builder" />');
      await xml('<Field Type="Note" Name="toString" DisplayName="As text" />');
      await xml('<Field Type="MultiChoice" Name="__proto__" DisplayName="Proto"><CHOICES><CHOICE>A</CHOICE><CHOICE>B</CHOICE></CHOICES></Field>');
      await list().items.add({ Title: 'empty' });
      await list().items.add({ Title: 'full', constructor: 'Bob', toString: 'Some text', OData___proto__: ['A', 'B'] });
      const read = async (): Promise<unknown[]> => {
        const r = await raw(s, 'GET', "/_api/web/lists/getByTitle('Odd')/items?$select=Title,constructor,toString,OData___proto__");
        expect(r.status).toBe(200);
        expect(r.json).toBeDefined(); // valid JSON
        return (r.json as { value: unknown[] }).value;
      };
      const expected = [
        expect.objectContaining({ Title: 'empty', constructor: null, toString: null, OData___proto__: null }),
        expect.objectContaining({ Title: 'full', constructor: 'Bob', toString: 'Some text', OData___proto__: ['A', 'B'] })
      ];
      expect(await read()).toEqual(expected);
      expect(await list().items.filter("constructor eq 'Bob'").select('Id')()).toHaveLength(1);
      await s.close();
      s = await start({ dbFile });
      expect(await read()).toEqual(expected);
    } finally {
      await s.close();
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });

  it('refuses object-member names as properties and types in list, view and field bodies, and stores nothing', async () => {
    const lists = "/_api/web/lists";
    expect((await raw(server, 'POST', lists, { body: { Title: 'Proto list', constructor: 'x' } })).json['odata.error'].message.value).toContain("The property 'constructor' does not exist on type 'SP.List'");
    expect((await raw(server, 'MERGE', `${VISITS}/views/getByTitle('All Items')`, { body: { toString: true } })).status).toBe(400);
    expect((await raw(server, 'MERGE', `${VISITS}/fields/getByTitle('Client')`, { body: { constructor: 'x' } })).status).toBe(400);
    const created = await raw(server, 'POST', `${VISITS}/fields`, { body: { __metadata: { type: 'constructor' }, Title: 'Proto field' } });
    expect(created.status).toBe(400);
    const titles = (await sp(server).web.lists.select('Title')()).map((l: { Title: string }) => l.Title);
    expect(titles).not.toContain('Proto list');
    expect((await sp(server).web.lists.getByTitle('Visits').fields.select('Title')()).map((f: { Title: string }) => f.Title)).not.toContain('Proto field');
    expect((await raw(server, 'GET', `${VISITS}/items?$filter=constructor eq 1`)).json['odata.error'].message.value).toBe("Column 'constructor' does not exist. It may have been deleted by another user.");
  });
});

describe('$select and $expand', () => {
  it('returns both Id and ID for $select=Id and keeps SharePoint’s order, not the $select order', async () => {
    const items = await sp(server).web.lists.getByTitle('Visits').items.select('Title', 'Id').top(1)();
    expect(keysOf(items[0]).filter((k) => !k.startsWith('odata.'))).toEqual(['Id', 'Title', 'ID']);
    const r = await raw(server, 'GET', `${VISITS}/items?$select=Id,Title&$top=1`);
    expect(r.json['odata.metadata']).toBe(`${server.siteUrl}/_api/$metadata#SP.ListData.VisitsListItems&$select=Id,Title`);
  });

  it('needs $expand for projections and expands people and lookups', async () => {
    const list = sp(server).web.lists.getByTitle('Visits');
    const f = await failure(list.items.select('Title', 'Author/Title')());
    expect(f.status).toBe(400);
    expect(f.message).toBe("The query to field 'Author/Title' is not valid. The $select query string must specify the target fields and the $expand query string must contains Author.");
    const item = await list.items
      .getById(2)
      .select('Title', 'Author/Title', 'Author/EMail', 'Carer/Title', 'Helpers/Title', 'Person/Title', 'Person/Id', 'Others/Title')
      .expand('Author', 'Carer', 'Helpers', 'Person', 'Others')();
    expect(item.Author).toEqual({ 'odata.type': 'SP.Data.UserInfoItem', 'odata.id': expect.any(String), Title: 'Amara Okafor', EMail: 'amara.okafor@meadowbankcare.onmicrosoft.com' });
    expect(item['Author@odata.navigationLinkUrl']).toMatch(/Items\(2\)\/Author$/);
    expect(item.Carer).toBeNull();
    expect(item.Helpers).toEqual([]);
    const populated = await list.items.add({ Title: 'Expanded', PersonId: 1, OthersId: [1, 2], HelpersId: [tom, ewa], CarerId: tom });
    const full = await list.items.getById(populated.Id).select('Person/Title', 'Person/Id', 'Others/Title', 'Helpers/Title', 'Carer/Name').expand('Person', 'Others', 'Helpers', 'Carer')();
    expect(full.Person).toMatchObject({ 'odata.type': 'SP.Data.PeopleListItem', Id: 1, Title: 'Alice Smith' });
    expect(full.Others.map((o: { Title: string }) => o.Title)).toEqual(['Alice Smith', "Patrick O'Brien"]);
    expect(full.Helpers.map((h: { Title: string }) => h.Title)).toEqual(['Tom Baxter', 'Ewa Nowak']);
    expect(full.Carer.Name).toBe('i:0#.f|membership|tom.baxter@meadowbankcare.onmicrosoft.com');
  });

  it('refuses unknown fields in $select and $expand', async () => {
    const list = sp(server).web.lists.getByTitle('Visits');
    const f = await failure(list.items.select('Title', 'Colour')());
    expect(f).toEqual({ status: 400, code: '-1, Microsoft.SharePoint.SPException', message: "The field or property 'Colour' does not exist." });
    expect((await failure(list.items.expand('Client')())).status).toBe(400);
  });

  it('selects built-in columns outside the default payload', async () => {
    const [item] = await sp(server).web.lists.getByTitle('Visits').items.select('FileRef', 'FileLeafRef', 'UniqueId', 'owshiddenversion').filter('Id eq 1')();
    expect(item.FileRef).toBe('/sites/wpq/Lists/Visits/1_.000');
    expect(item.FileLeafRef).toBe('1_.000');
    expect(item.UniqueId).toMatch(/^[0-9a-f-]{36}$/);
    expect(item.owshiddenversion).toBeGreaterThan(1);
  });
});

describe('$filter and $orderby', () => {
  const titles = async (filter: string, orderBy?: string) => {
    let q = sp(server).web.lists.getByTitle('Ledger').items.select('Title').filter(filter).top(5000);
    if (orderBy) q = q.orderBy(orderBy);
    return (await q()).map((i: { Title: string }) => i.Title);
  };

  beforeAll(async () => {
    const s = sp(server);
    await s.web.lists.add('Ledger');
    const fields = s.web.lists.getByTitle('Ledger').fields;
    await fields.createFieldAsXml({ SchemaXml: '<Field Type="Text" Name="Surname" DisplayName="Surname" />', Options: 8 });
    await fields.createFieldAsXml({ SchemaXml: '<Field Type="Number" Name="Score" DisplayName="Score" />', Options: 8 });
    await fields.createFieldAsXml({ SchemaXml: '<Field Type="DateTime" Name="When" DisplayName="When" Format="DateTime" />', Options: 8 });
    await fields.createFieldAsXml({ SchemaXml: '<Field Type="Boolean" Name="Flag" DisplayName="Flag" />', Options: 8 });
    await fields.createFieldAsXml({ SchemaXml: '<Field Type="Note" Name="Remarks" DisplayName="Remarks" />', Options: 8 });
    await fields.createFieldAsXml({ SchemaXml: '<Field Type="MultiChoice" Name="Kinds" DisplayName="Kinds"><CHOICES><CHOICE>x</CHOICE><CHOICE>y</CHOICE></CHOICES></Field>', Options: 8 });
    await fields.createFieldAsXml({ SchemaXml: '<Field Type="User" Name="Lead" DisplayName="Lead" />', Options: 8 });
    const rows = [
      { Title: 'a', Surname: "O'Brien", Score: 5, When: '2024-01-10T09:00:00Z', Flag: true, Kinds: ['x'], LeadId: tom },
      { Title: 'b', Surname: 'Smith', Score: 10, When: '2024-02-10T09:00:00Z', Flag: false, Kinds: ['x', 'y'], LeadId: ewa },
      { Title: 'c', Surname: 'smithson', Score: 15, When: '2024-03-10T09:00:00Z', Flag: true, Kinds: null, LeadId: tom },
      { Title: 'd', Surname: null, Score: null, When: null, Flag: null, Kinds: ['y'] },
      { Title: 'e', Surname: 'Brown', Score: 10, When: '2024-02-10T09:00:00Z', Flag: false }
    ];
    server.bulkInsert('Ledger', rows, 'worker1');
  });

  it('compares with eq ne gt ge lt le and combines with and, or, not and parentheses', async () => {
    expect(await titles('Score eq 10')).toEqual(['b', 'e']);
    expect(await titles('Score ne 10')).toEqual(['a', 'c']);
    expect(await titles('Score gt 5 and Score le 15')).toEqual(['b', 'c', 'e']);
    expect(await titles('Score lt 10 or Score ge 15')).toEqual(['a', 'c']);
    expect(await titles('not (Score eq 10)')).toEqual(['a', 'c', 'd']);
    expect(await titles("(Score eq 10 and Surname eq 'Smith') or Title eq 'd'")).toEqual(['b', 'd']);
  });

  it('escapes quotes (O\'\'Brien), compares text case-insensitively and supports startswith/substringof', async () => {
    expect(await titles("Surname eq 'O''Brien'")).toEqual(['a']);
    expect(await titles("Surname eq 'SMITH'")).toEqual(['b']);
    expect(await titles("startswith(Surname, 'smith')")).toEqual(['b', 'c']);
    expect(await titles("substringof('row', Surname)")).toEqual(['e']);
  });

  it('handles null, booleans as 1/0 or true/false, and both date literal forms', async () => {
    expect(await titles('Surname eq null')).toEqual(['d']);
    expect(await titles('Score ne null')).toEqual(['a', 'b', 'c', 'e']);
    expect(await titles('Flag eq 1')).toEqual(['a', 'c']);
    expect(await titles('Flag eq false')).toEqual(['b', 'e']);
    expect(await titles('(Flag eq null or Flag eq 0)')).toEqual(['b', 'd', 'e']);
    expect(await titles("When ge datetime'2024-02-10T09:00:00Z'")).toEqual(['b', 'c', 'e']);
    expect(await titles("When lt '2024-02-10T09:00:00.000Z'")).toEqual(['a']);
    expect(await titles('year(When) eq 2024 and month(When) eq 3')).toEqual(['c']);
  });

  it('filters people by XId and, with $expand, by X/Title and X/EMail; multi-value columns by containment', async () => {
    expect(await titles(`LeadId eq ${ewa}`)).toEqual(['b']);
    expect(await titles(`AuthorId eq ${tom}`)).toEqual(['a', 'b', 'c', 'd', 'e']);
    const byName = await sp(server).web.lists.getByTitle('Ledger').items.select('Title').expand('Lead').filter("Lead/Title eq 'Tom Baxter'")();
    expect(byName.map((i: { Title: string }) => i.Title)).toEqual(['a', 'c']);
    const byMail = await sp(server).web.lists.getByTitle('Ledger').items.select('Title').expand('Author', 'Lead').filter("Author/EMail eq 'tom.baxter@meadowbankcare.onmicrosoft.com' and Lead/Id eq 13")();
    expect(byMail.map((i: { Title: string }) => i.Title)).toEqual(['b']);
    expect(await titles("Kinds eq 'y'")).toEqual(['b', 'd']);
    const f = await failure(sp(server).web.lists.getByTitle('Ledger').items.filter("Lead/Title eq 'Tom Baxter'")());
    expect(f.status).toBe(400);
  });

  it('filters on a lookup’s target column with $expand', async () => {
    const list = sp(server).web.lists.getByTitle('Visits');
    await list.items.add({ Title: 'Visit to Patrick', PersonId: 2 });
    const items = await list.items.select('Title').expand('Person').filter("Person/Title eq 'Patrick O''Brien'")();
    expect(items.map((i: { Title: string }) => i.Title)).toEqual(['Visit to Patrick']);
    const byId = await list.items.select('Title').expand('Person').filter('Person/Id eq 2')();
    expect(byId.map((i: { Title: string }) => i.Title)).toEqual(['Visit to Patrick']);
  });

  it('refuses unknown columns, bad syntax and Note columns with SharePoint’s errors', async () => {
    const list = sp(server).web.lists.getByTitle('Ledger');
    expect(await failure(list.items.filter("Colour eq 'red'")())).toEqual({
      status: 400,
      code: '-2147024809, System.ArgumentException',
      message: "Column 'Colour' does not exist. It may have been deleted by another user."
    });
    expect(await failure(list.items.filter("Title eq 'a' and")())).toEqual({
      status: 400,
      code: '-1, Microsoft.SharePoint.Client.InvalidClientQueryException',
      message: 'The expression "Title eq \'a\' and" is not valid.'
    });
    expect((await failure(list.items.filter("Title eq 'unterminated")())).status).toBe(400);
    expect((await failure(list.items.filter("endswith(Title, 'a')")())).status).toBe(400);
    expect((await failure(list.items.filter("Remarks eq 'x'")())).message).toBe("The field 'Remarks' of type 'Note' cannot be used in the query filter expression.");
    // Deep nesting is a bad expression (400), not a stack overflow inside the server (500).
    const deep = `${'('.repeat(1000)}Score eq 1${')'.repeat(1000)}`;
    expect(await failure(list.items.filter(deep)())).toMatchObject({ status: 400, code: '-1, Microsoft.SharePoint.Client.InvalidClientQueryException' });
    expect(await failure(list.items.filter(`${'not '.repeat(500)}Score eq 1`)())).toMatchObject({ status: 400 });
    expect(await list.items.filter(`${'('.repeat(20)}Score eq 1${')'.repeat(20)}`).select('Id')()).toBeDefined();
  });

  it('orders by several keys, nulls first, and refuses unsortable columns', async () => {
    const items = await sp(server).web.lists.getByTitle('Ledger').items.select('Title').orderBy('Score', false).orderBy('Title', true)();
    expect(items.map((i: { Title: string }) => i.Title)).toEqual(['c', 'b', 'e', 'a', 'd']);
    expect(await titles('Id gt 0', 'Surname')).toEqual(['d', 'e', 'a', 'b', 'c']);
    const f = await failure(sp(server).web.lists.getByTitle('Ledger').items.orderBy('Kinds')());
    expect(f.status).toBe(400);
    expect(f.message).toContain("'Kinds' of type 'MultiChoice'");
  });
});
