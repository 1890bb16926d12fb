import { InjectHeaders } from '@pnp/queryable';
import { createSp } from '../../src/data/sp';
import { readSiteSummary } from '../../src/data/site';
import { DATA_SITE_PROPERTY, readServedSiteAndTenantDataSite, readTenantDataSite, withFirstSummary } from '../../src/hosts/dataSite';
import { createServices } from '../../src/data/services';
import { startLocalSharePoint, type LocalSharePoint } from '../../sharepoint/local-server';

/** The app's own PnPjs root for any site of the local server, as a care worker. */
function spFor(url: string) {
  return createSp({ pageContext: { web: { absoluteUrl: url } } }).using(InjectHeaders({ 'X-WPQ-User': 'worker1' }));
}

describe('the tenant property wpqDataSiteUrl, through the local server', () => {
  let server: LocalSharePoint;

  beforeAll(async () => {
    server = await startLocalSharePoint({ port: 0, tenantProperties: { [DATA_SITE_PROPERTY]: 'http://example.invalid/sites/elsewhere/' } });
  });
  afterAll(() => server.close());

  it('is read through the WPQ site and through the root site, where Teams personal apps run', async () => {
    expect(await readTenantDataSite(spFor(server.siteUrl))).toBe('http://example.invalid/sites/elsewhere');
    expect(await readTenantDataSite(spFor(server.url))).toBe('http://example.invalid/sites/elsewhere');
  });

  it("answers SharePoint's shape: Value in the entity, and a null entity for a key never set", async () => {
    const set = await fetch(`${server.url}/_api/web/GetStorageEntity('${DATA_SITE_PROPERTY}')`, { headers: { accept: 'application/json;odata=nometadata' } });
    expect(set.status).toBe(200);
    expect(await set.json()).toEqual({ Comment: null, Description: null, Value: 'http://example.invalid/sites/elsewhere/' });
    const unset = await fetch(`${server.siteUrl}/_api/web/GetStorageEntity('somethingElse')`, { headers: { accept: 'application/json;odata=nometadata' } });
    expect(await unset.json()).toEqual({ 'odata.null': true });
  });

  it('reads as not set once removed, and a changed value at once', async () => {
    server.setTenantProperty(DATA_SITE_PROPERTY, null);
    expect(await readTenantDataSite(spFor(server.url))).toBeNull();
    server.setTenantProperty(DATA_SITE_PROPERTY, server.siteUrl);
    expect(await readTenantDataSite(spFor(server.url))).toBe(server.siteUrl);
  });

  it('treats a value that is not a web address as not set', async () => {
    server.setTenantProperty(DATA_SITE_PROPERTY, 'the wpq site');
    expect(await readTenantDataSite(spFor(server.siteUrl))).toBeNull();
    server.setTenantProperty(DATA_SITE_PROPERTY, server.siteUrl);
  });

  it('comes in one request with the summary of the site a page is served from', async () => {
    const sp = spFor(server.siteUrl);
    await readSiteSummary(sp); // the form digest, fetched once per site
    server.resetStats();
    const served = readServedSiteAndTenantDataSite(sp);
    expect(await served.tenantDataSite).toBe(server.siteUrl);
    expect(await served.summary).toMatchObject({ url: server.siteUrl, access: 'contribute', user: { title: expect.any(String) } });
    expect(server.stats().requests).toBe(1);
  });

  it('still names the data site when the site it is served from cannot be read (the root site of a personal app)', async () => {
    const served = readServedSiteAndTenantDataSite(spFor(server.url));
    expect(await served.tenantDataSite).toBe(server.siteUrl);
    await expect(served.summary).rejects.toThrow();
  });

  it('gives the app the summary already read once, then reads the site again (a retry after a failure)', async () => {
    const sp = spFor(server.siteUrl);
    const services = withFirstSummary(createServices(sp), Promise.reject(new Error('The connection dropped.')));
    await expect(services.site.readSummary()).rejects.toThrow('The connection dropped.');
    server.resetStats();
    expect(await services.site.readSummary()).toMatchObject({ access: 'contribute' });
    expect(server.stats().requests).toBe(1);
  });

  it('leads to a site the data layer reads, while the root site it is served from has no WPQ site', async () => {
    const url = (await readTenantDataSite(spFor(server.url))) as string;
    const summary = await readSiteSummary(spFor(url));
    expect(summary.access).toBe('contribute');
    await expect(readSiteSummary(spFor(server.url))).rejects.toThrow();
  });
});
