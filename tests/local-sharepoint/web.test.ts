import { PermissionKind } from '@pnp/sp/security';
import { digest, failure, LocalSharePoint, raw, sp, start } from './helpers';

let server: LocalSharePoint;

beforeAll(async () => {
  server = await start();
});
afterAll(() => server.close());

describe('context info and the web', () => {
  it('issues a form digest in minimal metadata, the shape PnPjs reads without unwrapping', async () => {
    const r = await raw(server, 'POST', '/_api/contextinfo', { noDigest: true });
    expect(r.status).toBe(200);
    expect(r.headers.get('content-type')).toBe('application/json;odata=minimalmetadata;streaming=true;charset=utf-8');
    expect(Object.keys(r.json)).toEqual([
      'odata.metadata',
      'FormDigestTimeoutSeconds',
      'FormDigestValue',
      'LibraryVersion',
      'SiteFullUrl',
      'SupportedSchemaVersions',
      'WebFullUrl'
    ]);
    expect(r.json.FormDigestValue).toMatch(/^0x[0-9A-F]{128},\d{2} [A-Z][a-z]{2} \d{4} \d{2}:\d{2}:\d{2} -0000$/);
    expect(r.json.FormDigestTimeoutSeconds).toBe(1800);
    expect(r.json.WebFullUrl).toBe(server.siteUrl);
  });

  it('answers a verbose contextinfo under d.GetContextWebInformation', async () => {
    const r = await raw(server, 'POST', '/_api/contextinfo', { noDigest: true, headers: { accept: 'application/json;odata=verbose' } });
    expect(r.json.d.GetContextWebInformation.__metadata.type).toBe('SP.ContextWebInformation');
    expect(r.headers.get('content-type')).toBe('application/json;odata=verbose;charset=utf-8');
  });

  it('serves the web through PnPjs with the site title and SharePoint headers', async () => {
    const web = await sp(server).web();
    expect(web.Title).toBe('Workforce productivity');
    expect(web.ServerRelativeUrl).toBe('/sites/wpq');
    expect(web.Url).toBe(server.siteUrl);
    const r = await raw(server, 'GET', '/_api/web');
    expect(r.json['odata.type']).toBe('SP.Web');
    expect(r.json['odata.id']).toBe(`${server.siteUrl}/_api/Web`);
    expect(r.headers.get('sprequestguid')).toMatch(/^[0-9a-f-]{36}$/);
    expect(r.headers.get('request-id')).toBe(r.headers.get('sprequestguid'));
    expect(r.headers.get('x-sp-serverstate')).toBe('ReadOnly=0');
  });

  it('honours $select on the web and nometadata', async () => {
    const r = await raw(server, 'GET', '/_api/web?$select=Title,Id', { headers: { accept: 'application/json;odata=nometadata' } });
    expect(Object.keys(r.json)).toEqual(['Id', 'Title']);
    expect(r.headers.get('content-type')).toBe('application/json;odata=nometadata;streaming=true;charset=utf-8');
  });

  it('answers unknown endpoints with SharePoint’s 404', async () => {
    const r = await raw(server, 'GET', '/_api/web/nonsense');
    expect(r.status).toBe(404);
    expect(r.json['odata.error'].code).toBe('-1, Microsoft.SharePoint.Client.ResourceNotFoundException');
  });
});

describe('identity', () => {
  it('acts as the manager by default and as whoever the header names', async () => {
    expect((await sp(server).web.currentUser()).Title).toBe('Amara Okafor');
    const tom = await sp(server, 'worker1').web.currentUser();
    expect(tom).toMatchObject({ Title: 'Tom Baxter', Email: 'tom.baxter@meadowbankcare.onmicrosoft.com', PrincipalType: 1 });
    expect(tom.LoginName).toBe('i:0#.f|membership|tom.baxter@meadowbankcare.onmicrosoft.com');
  });

  it('takes the user from the wpq-user cookie, the header winning over it', async () => {
    const r1 = await fetch(`${server.siteUrl}/_api/web/currentuser`, { headers: { accept: 'application/json', cookie: 'x=1; wpq-user=quality' } });
    expect(((await r1.json()) as { Title: string }).Title).toBe('Jordan Reid');
    const r2 = await fetch(`${server.siteUrl}/_api/web/currentuser`, { headers: { accept: 'application/json', cookie: 'wpq-user=quality', 'X-WPQ-User': 'worker2' } });
    expect(((await r2.json()) as { Title: string }).Title).toBe('Ewa Nowak');
  });

  it('refuses an unknown user with 401 and a clear message', async () => {
    const r = await raw(server, 'GET', '/_api/web', { user: 'mallory' });
    expect(r.status).toBe(401);
    expect(r.json['odata.error'].message.value).toContain("Unknown local user 'mallory'");
  });

  it('exports the built-in users', () => {
    expect(server.users.map((u) => [u.key, u.title, u.permissionLevel])).toEqual([
      ['manager', 'Amara Okafor', 'Full Control'],
      ['deputy', 'Imran Hussain', 'Contribute'],
      ['worker1', 'Tom Baxter', 'Contribute'],
      ['worker2', 'Ewa Nowak', 'Contribute'],
      ['worker3', 'Priya Sharma', 'Contribute'],
      ['worker4', 'Callum Fraser', 'Contribute'],
      ['worker5', 'Grace Adebayo', 'Contribute'],
      ['worker6', 'Dafydd Hughes', 'Contribute'],
      ['worker7', 'Aisha Rahman', 'Contribute'],
      ['worker8', "Liam O'Connor", 'Contribute'],
      ['quality', 'Jordan Reid', 'Read']
    ]);
    expect(server.users.find((u) => u.key === 'deputy')?.part).toBe('deputy-manager');
    expect(server.users.map((u) => u.id).sort((a, b) => a - b)).toEqual([11, 12, 13, 14, 15, 16, 17, 18, 19, 20, 21]);
  });
});

describe('site users', () => {
  it('lists and finds users by id, e-mail and login name (@v alias)', async () => {
    const s = sp(server);
    const all = await s.web.siteUsers();
    // Ordered by Title, as SharePoint lists its users.
    expect(all.map((u) => u.Title)).toEqual([
      'Aisha Rahman',
      'Amara Okafor',
      'Callum Fraser',
      'Dafydd Hughes',
      'Ewa Nowak',
      'Grace Adebayo',
      'Imran Hussain',
      'Jordan Reid',
      "Liam O'Connor",
      'Priya Sharma',
      'Tom Baxter'
    ]);
    const ewa = all[4];
    expect((await s.web.siteUsers.getById(ewa.Id)()).Title).toBe('Ewa Nowak');
    expect((await s.web.siteUsers.getByEmail('ewa.nowak@meadowbankcare.onmicrosoft.com')()).Id).toBe(ewa.Id);
    expect((await s.web.siteUsers.getByLoginName(ewa.LoginName)()).Id).toBe(ewa.Id);
    expect((await s.web.getUserById(ewa.Id)()).Email).toBe(ewa.Email);
    const filtered = await s.web.siteUsers.filter("Title eq 'Tom Baxter'").select('Id', 'Title')();
    expect(filtered).toEqual([expect.objectContaining({ Title: 'Tom Baxter' })]);
    expect(Object.keys(filtered[0]).filter((k) => !k.startsWith('odata.'))).toEqual(['Id', 'Title']);
  });

  it('answers an unknown user id with SharePoint’s 500 "User cannot be found."', async () => {
    const f = await failure(sp(server).web.getUserById(999)());
    expect(f).toEqual({ status: 500, code: '-2146232832, Microsoft.SharePoint.SPException', message: 'User cannot be found.' });
  });

  it('ensures known users and refuses unknown ones with 400', async () => {
    const s = sp(server);
    const u = await s.web.ensureUser('i:0#.f|membership|jordan.reid@meadowbankcare.onmicrosoft.com');
    expect(u.Title).toBe('Jordan Reid');
    const f = await failure(s.web.ensureUser('i:0#.f|membership|nobody@example.com'));
    expect(f.status).toBe(400);
    expect(f.message).toBe('The specified user i:0#.f|membership|nobody@example.com could not be found.');
    // A read-only user may not add people to the site.
    expect((await failure(sp(server, 'quality').web.ensureUser('i:0#.f|membership|tom.baxter@meadowbankcare.onmicrosoft.com'))).status).toBe(403);
  });
});

describe('permissions', () => {
  it('reports SharePoint’s base permission masks per permission level', async () => {
    const full = await sp(server).web.getCurrentUserEffectivePermissions();
    expect(full).toMatchObject({ High: '2147483647', Low: '4294967295' });
    const contribute = await sp(server, 'worker1').web.getCurrentUserEffectivePermissions();
    expect(contribute).toMatchObject({ High: '432', Low: '1011028719' });
    const read = await sp(server, 'quality').web.getCurrentUserEffectivePermissions();
    expect(read).toMatchObject({ High: '176', Low: '138612833' });
  });

  it('answers PnPjs permission checks consistently with the levels', async () => {
    expect(await sp(server).web.currentUserHasPermissions(PermissionKind.ManageLists)).toBe(true);
    expect(await sp(server, 'worker1').web.currentUserHasPermissions(PermissionKind.AddListItems)).toBe(true);
    expect(await sp(server, 'worker1').web.currentUserHasPermissions(PermissionKind.ManageLists)).toBe(false);
    expect(await sp(server, 'quality').web.currentUserHasPermissions(PermissionKind.ViewListItems)).toBe(true);
    expect(await sp(server, 'quality').web.currentUserHasPermissions(PermissionKind.EditListItems)).toBe(false);
  });

  it('implements doesUserHavePermissions and getUserEffectivePermissions', async () => {
    const contribute = encodeURIComponent("{'High':'432','Low':'1011028719'}");
    const yes = await raw(server, 'GET', `/_api/web/doesuserhavepermissions(@v)?@v=${contribute}`, { user: 'worker2' });
    expect(yes.json.value).toBe(true);
    const no = await raw(server, 'GET', `/_api/web/doesuserhavepermissions(@v)?@v=${contribute}`, { user: 'quality' });
    expect(no.json.value).toBe(false);
    const login = encodeURIComponent("'i:0#.f|membership|jordan.reid@meadowbankcare.onmicrosoft.com'");
    const asManager = await raw(server, 'GET', `/_api/web/getusereffectivepermissions(@user)?@user=${login}`);
    expect(asManager.json).toMatchObject({ High: '176', Low: '138612833' });
    const asWorker = await raw(server, 'GET', `/_api/web/getusereffectivepermissions(@user)?@user=${login}`, { user: 'worker1' });
    expect(asWorker.status).toBe(403);
  });
});

describe('form digest', () => {
  it('refuses a write without a digest with SharePoint’s 403', async () => {
    const r = await raw(server, 'POST', '/_api/web/lists', { body: { Title: 'No digest' }, noDigest: true });
    expect(r.status).toBe(403);
    expect(r.json['odata.error'].code).toBe('-2130575252, Microsoft.SharePoint.SPException');
    expect(r.json['odata.error'].message.value).toMatch(/^The security validation for this page is invalid/);
    expect((await sp(server).web.lists()).some((l) => l.Title === 'No digest')).toBe(false);
  });

  it('refuses a forged digest and accepts a bearer token instead of one', async () => {
    const forged = await raw(server, 'POST', '/_api/web/lists', { body: { Title: 'Forged' }, headers: { 'X-RequestDigest': '0xABCDEF,01 Jan 2024 00:00:00 -0000' } });
    expect(forged.status).toBe(403);
    const bearer = await raw(server, 'POST', '/_api/web/lists', { body: { Title: 'With bearer' }, noDigest: true, headers: { Authorization: 'Bearer local' } });
    expect(bearer.status).toBe(201);
    const withDigest = await raw(server, 'POST', '/_api/web/lists', { body: { Title: 'With digest' }, headers: { 'X-RequestDigest': await digest(server) } });
    expect(withDigest.status).toBe(201);
  });

  it('lets a server be started without digest checks', async () => {
    const lax = await start({ strictDigest: false });
    try {
      const r = await raw(lax, 'POST', '/_api/web/lists', { body: { Title: 'Lax' }, noDigest: true });
      expect(r.status).toBe(201);
    } finally {
      await lax.close();
    }
  });
});

describe('CORS', () => {
  it('answers preflights with the origin, the requested headers, MERGE and the exposed headers', async () => {
    const before = server.stats().requests;
    const r = await fetch(`${server.siteUrl}/_api/web/lists/getByTitle('x')/items(1)`, {
      method: 'OPTIONS',
      headers: {
        Origin: 'http://localhost:4321',
        'Access-Control-Request-Method': 'POST',
        'Access-Control-Request-Headers': 'accept,content-type,x-requestdigest,x-http-method,if-match,x-wpq-user'
      }
    });
    expect(r.status).toBe(204);
    expect(r.headers.get('access-control-allow-origin')).toBe('http://localhost:4321');
    expect(r.headers.get('access-control-allow-headers')).toBe('accept,content-type,x-requestdigest,x-http-method,if-match,x-wpq-user');
    expect(r.headers.get('access-control-allow-methods')).toContain('MERGE');
    expect(r.headers.get('access-control-allow-credentials')).toBeNull();
    expect(server.stats().requests).toBe(before);
  });

  it('exposes ETag, Location, Retry-After, SPRequestGuid and request-id on answers to other origins', async () => {
    const r = await fetch(`${server.siteUrl}/_api/web`, { headers: { accept: 'application/json', Origin: 'http://localhost:4321' } });
    expect(r.headers.get('access-control-allow-origin')).toBe('http://localhost:4321');
    expect(r.headers.get('access-control-expose-headers')).toBe('ETag, Location, Retry-After, SPRequestGuid, request-id');
  });
});

describe('robustness', () => {
  it('never crashes on garbage and keeps answering', async () => {
    await sp(server).web.lists.add('Garbage in');
    const bad = [
      ['GET', "/_api/web/lists/getByTitle('unterminated"],
      ['GET', '/_api/web/lists(not-a-guid)'],
      ['GET', '/_api/%E0%A4%A'],
      ['POST', '/_api/web/lists'],
      ['GET', "/_api/web/lists/getByTitle('Garbage in')/items?$top=abc"],
      ['PROPFIND', '/_api/web']
    ];
    for (const [m, p] of bad) {
      const r = await raw(server, m, p, { body: m === 'POST' ? '{not json' : undefined });
      // A client error, never the 500 that the server's last-resort handler gives an unexpected failure.
      expect([p, r.status >= 400 && r.status < 500]).toEqual([p, true]);
    }
    expect((await raw(server, 'GET', '/_api/web')).status).toBe(200);
  });

  it('hands paths outside the API to the fallback, else 404', async () => {
    const r = await fetch(`${server.url}/somewhere`);
    expect(r.status).toBe(404);
    const withFallback = await start({
      fallback: (req, res) => {
        if (req.url !== '/hello') return false;
        res.writeHead(200, { 'Content-Type': 'text/plain' });
        res.end('hi');
        return true;
      }
    });
    try {
      expect(await (await fetch(`${withFallback.url}/hello`)).text()).toBe('hi');
      expect((await fetch(`${withFallback.url}/other`)).status).toBe(404);
    } finally {
      await withFallback.close();
    }
  });
});
