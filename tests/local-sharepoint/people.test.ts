import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import '@pnp/sp/profiles';
import type { IPeoplePickerEntity } from '@pnp/sp/profiles';
import { DIRECTORY_PEOPLE, LOCAL_USERS } from '../../sharepoint/local-server/identity';
import { failure, fixture, hasFixtures, keysOf, LocalSharePoint, makeList, raw, sp, start } from './helpers';

const SEARCH = '/_api/sp.ui.applicationpages.clientpeoplepickerwebserviceinterface.clientpeoplepickersearchuser';
const RESOLVE = '/_api/sp.ui.applicationpages.clientpeoplepickerwebserviceinterface.clientpeoplepickerresolveuser';
const DOMAIN = 'meadowbankcare.onmicrosoft.com';
const CHLOE = `i:0#.f|membership|chloe.williams@${DOMAIN}`;

/** The body PnPjs 4.21 sends, as captured in the fixtures, for another query and limit. */
function searchBody(query: string, max = 5, extra: Record<string, unknown> = {}): { queryParams: Record<string, unknown> } {
  return {
    queryParams: {
      AllowEmailAddresses: true,
      AllowMultipleEntities: false,
      AllUrlZones: false,
      MaximumEntitySuggestions: max,
      PrincipalSource: 15,
      PrincipalType: 1,
      QueryString: query,
      ...extra
    }
  };
}

/** Searches over raw HTTP and parses the JSON string SharePoint answers. */
async function search(server: LocalSharePoint, query: string, max = 5, opts: { user?: string; extra?: Record<string, unknown> } = {}): Promise<IPeoplePickerEntity[]> {
  const r = await raw(server, 'POST', SEARCH, { body: searchBody(query, max, opts.extra), user: opts.user });
  expect(r.status).toBe(200);
  expect(typeof r.json.value).toBe('string');
  return JSON.parse(r.json.value) as IPeoplePickerEntity[];
}

const names = (entities: IPeoplePickerEntity[]): string[] => entities.map((e) => e.DisplayText);

let server: LocalSharePoint;

beforeAll(async () => {
  server = await start();
});
afterAll(() => server.close());

describe('the people picker search over HTTP', () => {
  it('answers a JSON string of user entities under value, in minimal metadata, shaped like the fixture', async () => {
    const r = await raw(server, 'POST', SEARCH, { body: searchBody('ama') });
    expect(r.status).toBe(200);
    expect(r.headers.get('content-type')).toBe('application/json;odata=minimalmetadata;streaming=true;charset=utf-8');
    expect(keysOf(r.json)).toEqual(['odata.metadata', 'value']);
    expect(r.json['odata.metadata']).toBe(`${server.siteUrl}/_api/$metadata#Edm.String`);
    // A string, never an array: PnPjs parses it itself and throws on an array.
    expect(typeof r.json.value).toBe('string');
    const entities = JSON.parse(r.json.value) as IPeoplePickerEntity[];
    expect(entities).toEqual([
      {
        Key: `i:0#.f|membership|amara.okafor@${DOMAIN}`,
        DisplayText: 'Amara Okafor',
        IsResolved: true,
        Description: `amara.okafor@${DOMAIN}`,
        EntityType: 'User',
        EntityData: {
          IsAltSecIdPresent: 'False',
          Title: 'Registered manager (site owner)',
          Email: `amara.okafor@${DOMAIN}`,
          MobilePhone: '',
          ObjectId: expect.stringMatching(/^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/),
          Department: 'Care services'
        },
        MultipleMatches: [],
        ProviderName: 'Tenant',
        ProviderDisplayName: 'Tenant'
      }
    ]);
    // Compact JSON inside the string, as SharePoint writes it.
    expect(r.json.value).toBe(JSON.stringify(entities));
  });

  (hasFixtures ? it : it.skip)('matches the constructed fixtures key for key, with every EntityData value a string', async () => {
    const recorded = fixture('people/clientpeoplepickersearchuser-users-constructed').body as { value: string };
    const recordedEntity = (JSON.parse(recorded.value) as Array<Record<string, unknown>>)[0];
    const r = await raw(server, 'POST', SEARCH, { body: searchBody('ama') });
    expect(keysOf(r.json)).toEqual(keysOf(recorded));
    const entity = (JSON.parse(r.json.value) as Array<Record<string, unknown>>)[0];
    expect(keysOf(entity)).toEqual(keysOf(recordedEntity));
    expect(keysOf(entity.EntityData)).toEqual(keysOf(recordedEntity.EntityData));
    expect(Object.values(entity.EntityData as object).every((v) => typeof v === 'string')).toBe(true);

    const empty = fixture('people/clientpeoplepickersearchuser-empty-constructed').body;
    const none = await raw(server, 'POST', SEARCH, { body: searchBody('zzq') });
    expect(none.json).toEqual({ ...(empty as object), 'odata.metadata': `${server.siteUrl}/_api/$metadata#Edm.String` });

    const verbose = fixture('people/clientpeoplepickersearchuser-users-verbose-constructed').body as { d: Record<string, string> };
    const v = await raw(server, 'POST', SEARCH, { body: searchBody('ama'), headers: { accept: 'application/json;odata=verbose' } });
    expect(keysOf(v.json.d)).toEqual(keysOf(verbose.d));

    const resolved = fixture('people/clientpeoplepickerresolveuser-constructed').body as { value: string };
    const res = await raw(server, 'POST', RESOLVE, { body: { queryParams: { AllowEmailAddresses: true, AllowMultipleEntities: false, MaximumEntitySuggestions: 25, QueryString: `amara.okafor@${DOMAIN}` } } });
    expect(keysOf(res.json)).toEqual(keysOf(resolved));
    expect(keysOf(JSON.parse(res.json.value))).toEqual(keysOf(JSON.parse(resolved.value)));
  });

  it('answers verbose under d.ClientPeoplePickerSearchUser and nometadata as a bare value, both strings', async () => {
    const v = await raw(server, 'POST', SEARCH, { body: searchBody('nowak'), headers: { accept: 'application/json;odata=verbose' } });
    expect(v.headers.get('content-type')).toBe('application/json;odata=verbose;charset=utf-8');
    expect(keysOf(v.json)).toEqual(['d']);
    expect(names(JSON.parse(v.json.d.ClientPeoplePickerSearchUser))).toEqual(['Ewa Nowak']);
    const n = await raw(server, 'POST', SEARCH, { body: searchBody('nowak'), headers: { accept: 'application/json;odata=nometadata' } });
    expect(keysOf(n.json)).toEqual(['value']);
    expect(names(JSON.parse(n.json.value))).toEqual(['Ewa Nowak']);
  });

  it('answers no match with 200 and the string "[]"', async () => {
    const r = await raw(server, 'POST', SEARCH, { body: searchBody('zzq') });
    expect(r.status).toBe(200);
    expect(r.json.value).toBe('[]');
    expect(await search(server, '   ')).toEqual([]);
  });

  it('matches display name, e-mail and account name, by prefix or within, ignoring case', async () => {
    expect(names(await search(server, 'NOWAK'))).toEqual(['Ewa Nowak']);
    expect(names(await search(server, 'tom.baxter@meadowbank'))).toEqual(['Tom Baxter']);
    expect(names(await search(server, `i:0#.f|membership|ewa.nowak@${DOMAIN}`))).toEqual(['Ewa Nowak']);
    expect(names(await search(server, 'connor'))).toEqual(["Liam O'Connor"]);
    expect(names(await search(server, 'liam.oc'))).toEqual(["Liam O'Connor"]);
    expect(names(await search(server, 'amara okafor'))).toEqual(['Amara Okafor']);
    // The start of the name comes before the start of another word, which comes before a match within.
    expect(names(await search(server, 'am', 10))).toEqual(['Amara Okafor', 'Chloe Williams', "Liam O'Connor", 'Mohammed Ali']);
    expect(names(await search(server, 'al', 10))).toEqual(['Mohammed Ali', 'Callum Fraser', 'Zofia Kowalczyk']);
  });

  it('returns at most MaximumEntitySuggestions people, the best ones first', async () => {
    const all = await search(server, 'a', 50);
    expect(all.length).toBeGreaterThan(10);
    const three = await search(server, 'a', 3);
    expect(three).toEqual(all.slice(0, 3));
    expect(new Set(all.map((e) => e.Key)).size).toBe(all.length);
    const limited = await raw(server, 'POST', SEARCH, { body: searchBody('a', -1) });
    expect(limited.status).toBe(400);
  });

  it('finds people of the tenant directory who are not site users yet, unless only the site’s user list is searched', async () => {
    expect(names(await search(server, 'chloe'))).toEqual(['Chloe Williams']);
    expect(names(await search(server, 'zofia'))).toEqual(['Zofia Kowalczyk']);
    expect(await search(server, 'zofia', 5, { extra: { PrincipalSource: 1 } })).toEqual([]);
    expect(names(await search(server, 'nowak', 5, { extra: { PrincipalSource: 1 } }))).toEqual(['Ewa Nowak']);
  });

  it('finds people only: a search for groups alone, or within a SharePoint group, finds nobody', async () => {
    expect(await search(server, 'nowak', 5, { extra: { PrincipalType: 8 } })).toEqual([]);
    expect(await search(server, 'nowak', 5, { extra: { SharePointGroupID: 3 } })).toEqual([]);
    expect(names(await search(server, 'nowak', 5, { extra: { PrincipalType: 15 } }))).toEqual(['Ewa Nowak']);
  });

  it('lets readers and contributors search as well as owners', async () => {
    expect(names(await search(server, 'reid', 5, { user: 'quality' }))).toEqual(['Jordan Reid']);
    expect(names(await search(server, 'hussain', 5, { user: 'worker1' }))).toEqual(['Imran Hussain']);
  });

  it('refuses a GET, a missing queryParams, an unknown property and a value of the wrong type', async () => {
    const get = await raw(server, 'GET', SEARCH);
    expect(get.status).toBe(400);
    expect(get.json['odata.error'].message.value).toContain("The HTTP method 'GET' cannot be used");
    const missing = await raw(server, 'POST', SEARCH, { body: {} });
    expect(missing.status).toBe(400);
    const unknown = await raw(server, 'POST', SEARCH, { body: searchBody('ewa', 5, { Colour: 'blue' }) });
    expect(unknown.status).toBe(400);
    expect(unknown.json['odata.error'].message.value).toContain("The property 'Colour' does not exist on type 'SP.UI.ApplicationPages.ClientPeoplePickerQueryParameters'");
    const wrong = await raw(server, 'POST', SEARCH, { body: searchBody('ewa', 5, { MaximumEntitySuggestions: 'five' }) });
    expect(wrong.status).toBe(400);
    // Like every POST, it needs a form digest.
    expect((await raw(server, 'POST', SEARCH, { body: searchBody('ewa'), noDigest: true })).status).toBe(403);
  });
});

describe('the people picker through PnPjs', () => {
  it('searches: PnPjs parses the string into entities', async () => {
    const found = await sp(server, 'quality').profiles.clientPeoplePickerSearchUser({
      AllowEmailAddresses: true,
      AllowMultipleEntities: false,
      AllUrlZones: false,
      MaximumEntitySuggestions: 5,
      PrincipalSource: 15,
      PrincipalType: 1,
      QueryString: 'baxter'
    });
    expect(Array.isArray(found)).toBe(true);
    expect(found).toEqual([expect.objectContaining({ Key: `i:0#.f|membership|tom.baxter@${DOMAIN}`, DisplayText: 'Tom Baxter', EntityType: 'User', IsResolved: true })]);
  });

  it('resolves a whole e-mail or a query only one person matches to one entity, and anything else to an unresolved one with the candidates', async () => {
    const s = sp(server);
    const byEmail = await s.profiles.clientPeoplePickerResolveUser({ AllowEmailAddresses: true, MaximumEntitySuggestions: 25, QueryString: `EWA.NOWAK@${DOMAIN}` });
    expect(Array.isArray(byEmail)).toBe(false);
    expect(byEmail).toMatchObject({ Key: `i:0#.f|membership|ewa.nowak@${DOMAIN}`, DisplayText: 'Ewa Nowak', IsResolved: true, MultipleMatches: [] });
    expect(await s.profiles.clientPeoplePickerResolveUser({ MaximumEntitySuggestions: 25, QueryString: 'gareth' })).toMatchObject({ DisplayText: 'Gareth Jones', IsResolved: true });
    const ambiguous = await s.profiles.clientPeoplePickerResolveUser({ MaximumEntitySuggestions: 2, QueryString: 'al' });
    expect(ambiguous).toMatchObject({ Key: 'al', DisplayText: 'al', IsResolved: false, EntityType: '' });
    expect((ambiguous.MultipleMatches as unknown as IPeoplePickerEntity[]).map((e) => e.DisplayText)).toEqual(['Mohammed Ali', 'Callum Fraser']);
    const nobody = await s.profiles.clientPeoplePickerResolveUser({ MaximumEntitySuggestions: 3, QueryString: 'nobody@example.com' });
    expect(nobody).toMatchObject({ Key: 'nobody@example.com', IsResolved: false, MultipleMatches: [] });
  });
});

describe('adding a directory person to the site', () => {
  it('makes someone the search found a site user with a new id, which person columns then accept', async () => {
    const s = sp(server);
    const before = await s.web.siteUsers();
    expect(before.map((u) => u.Title)).not.toContain('Chloe Williams');
    expect((await failure(s.web.siteUsers.getByEmail(`chloe.williams@${DOMAIN}`)())).status).toBe(500);
    await makeList(s, 'Rota');
    await s.web.lists.getByTitle('Rota').fields.addUser('Carer', { SelectionMode: 0 });
    const rota = s.web.lists.getByTitle('Rota').items;
    // Not a site user yet, so not a value a person column takes.
    expect((await failure(rota.add({ Title: 'early', CarerId: 22 }))).message).toBe('Value does not fall within the expected range.');

    const [found] = await s.profiles.clientPeoplePickerSearchUser({ MaximumEntitySuggestions: 5, PrincipalSource: 15, PrincipalType: 1, QueryString: 'chloe' });
    const added = await s.web.ensureUser(found.Key);
    expect(added).toMatchObject({ Title: 'Chloe Williams', LoginName: CHLOE, Email: `chloe.williams@${DOMAIN}`, PrincipalType: 1 });
    expect(before.map((u) => u.Id)).not.toContain(added.Id);
    expect(added.Id).toBe(DIRECTORY_PEOPLE.find((p) => p.loginName === CHLOE)?.id);

    // Ensuring again gives the same user; so does her e-mail address.
    expect((await s.web.ensureUser(CHLOE)).Id).toBe(added.Id);
    expect((await s.web.ensureUser(`Chloe.Williams@${DOMAIN}`)).Id).toBe(added.Id);
    expect((await s.web.siteUsers.getByEmail(`chloe.williams@${DOMAIN}`)()).Id).toBe(added.Id);
    expect((await s.web.getUserById(added.Id)()).Title).toBe('Chloe Williams');
    const after = await s.web.siteUsers();
    expect(after).toHaveLength(before.length + 1);
    expect(names(await search(server, 'chloe', 5, { extra: { PrincipalSource: 1 } }))).toEqual(['Chloe Williams']);

    const item = await rota.add({ Title: 'early', CarerId: added.Id });
    const read = await rota.getById(item.Id).select('Carer/Title', 'Carer/EMail').expand('Carer')();
    expect(read.Carer).toMatchObject({ Title: 'Chloe Williams', EMail: `chloe.williams@${DOMAIN}` });
  });

  it('lists site users by Title, as SharePoint does, and filters them by id', async () => {
    const s = sp(server);
    const all = await s.web.siteUsers();
    const titles = all.map((u) => u.Title);
    expect(titles).toEqual([...titles].sort((a, b) => a.toLowerCase().localeCompare(b.toLowerCase())));
    expect(all.length).toBeGreaterThanOrEqual(LOCAL_USERS.length);
    const some = await s.web.siteUsers.filter('Id eq 12 or Id eq 15 or Id eq 999').select('Id', 'Title')();
    expect(some.map((u) => u.Title)).toEqual(['Imran Hussain', 'Tom Baxter']);
  });

  it('adds through POST siteUsers (201) for owners only, and refuses unknown logins and readers', async () => {
    const login = `i:0#.f|membership|mohammed.ali@${DOMAIN}`;
    expect((await raw(server, 'POST', '/_api/web/siteusers', { body: { LoginName: login }, user: 'worker1' })).status).toBe(403);
    const r = await raw(server, 'POST', '/_api/web/siteusers', { body: { LoginName: login } });
    expect(r.status).toBe(201);
    expect(r.json).toMatchObject({ 'odata.type': 'SP.User', Id: 23, Title: 'Mohammed Ali' });
    expect((await raw(server, 'POST', '/_api/web/siteusers', { body: { LoginName: login } })).status).toBe(201);
    const unknown = await failure(sp(server).web.ensureUser(`i:0#.f|membership|nobody@${DOMAIN}`));
    expect(unknown).toEqual({ status: 400, code: '-2146232832, Microsoft.SharePoint.SPException', message: `The specified user i:0#.f|membership|nobody@${DOMAIN} could not be found.` });
    expect((await failure(sp(server, 'quality').web.ensureUser(`i:0#.f|membership|gareth.jones@${DOMAIN}`))).status).toBe(403);
  });

  it('reports no permissions for a directory person, who has no permission level on the site', async () => {
    const r = await raw(server, 'GET', `/_api/web/getusereffectivepermissions(@u)?@u='${encodeURIComponent(`i:0#.f|membership|zofia.kowalczyk@${DOMAIN}`)}'`);
    expect(r.status).toBe(200);
    expect(r.json).toMatchObject({ High: '0', Low: '0' });
  });

  it('keeps the people added in the database across a restart', async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'wpq-people-'));
    const dbFile = path.join(dir, 'site.db');
    try {
      const first = await start({ dbFile });
      try {
        expect((await sp(first).web.ensureUser(`zofia.kowalczyk@${DOMAIN}`)).Id).toBe(24);
      } finally {
        await first.close();
      }
      const second = await start({ dbFile });
      try {
        expect((await sp(second).web.siteUsers.getById(24)()).Title).toBe('Zofia Kowalczyk');
        expect((await sp(second).web.siteUsers()).map((u) => u.Title)).not.toContain('Chloe Williams');
      } finally {
        await second.close();
      }
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });
});
