import type { SPFI } from '@pnp/sp';
import '@pnp/sp/webs';
import { readSiteWithProperty, type SiteSummary } from '../data/site';
import type { WpqServices } from '../data/services';
import type { DataSiteInfo, HostKind } from './HostContext';

/** The tenant property (SharePoint storage entity) that names the site holding WPQ's lists. */
export const DATA_SITE_PROPERTY = 'wpqDataSiteUrl';

/** An absolute http(s) address without a trailing slash, or null for anything else (blank, relative, javascript:). */
export function cleanSiteUrl(value: unknown): string | null {
  if (typeof value !== 'string') return null;
  const trimmed = value.trim();
  if (trimmed === '') return null;
  let url: URL;
  try {
    url = new URL(trimmed);
  } catch {
    return null;
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:') return null;
  return `${url.origin}${url.pathname}`.replace(/\/+$/, '');
}

/**
 * Reads the tenant property through any site of the tenant (`/_api/web/GetStorageEntity('wpqDataSiteUrl')`).
 * SharePoint answers a missing property with an empty value (or `odata.null`); that, a failure and a value
 * that is not a web address all mean "not set".
 */
export async function readTenantDataSite(sp: SPFI): Promise<string | null> {
  try {
    const entity = (await sp.web.getStorageEntity(DATA_SITE_PROPERTY)) as { Value?: unknown } | null;
    return cleanSiteUrl(entity?.Value);
  } catch {
    return null;
  }
}

/** The personal app and meetings run in the tenant's root site, which is never assumed to hold WPQ. */
export function runsInRootSite(hostKind: HostKind): boolean {
  return hostKind === 'teams-personal-app' || hostKind === 'teams-meeting';
}

/**
 * A host's first round trip: the summary of the site it is served from and the tenant property, in
 * one `$batch`. When that site turns out to be the data site (the usual case), the summary is the
 * first one the app shows (`withFirstSummary`), so opening any screen costs one request fewer.
 */
export function readServedSiteAndTenantDataSite(sp: SPFI): { summary: Promise<SiteSummary>; tenantDataSite: Promise<string | null> } {
  const { summary, property } = readSiteWithProperty(sp, DATA_SITE_PROPERTY);
  // A batch this site refuses (the tenant's root site may give no digest) still leaves the plain read.
  return { summary, tenantDataSite: property.then(cleanSiteUrl, () => readTenantDataSite(sp)) };
}

/**
 * The services with a site summary already on its way: the first `site.readSummary()` answers with
 * it, and every later one (a retry after a failure) reads the site again.
 */
export function withFirstSummary(services: WpqServices, first: Promise<SiteSummary>): WpqServices {
  let pending: Promise<SiteSummary> | null = first;
  return {
    ...services,
    site: {
      readSummary: () => {
        const answer = pending ?? services.site.readSummary();
        pending = null;
        return answer;
      }
    }
  };
}

/**
 * The site every host reads and writes. The web part's own setting wins; then the tenant property;
 * then, on a SharePoint page or a channel tab (both run in a site that may hold the lists), the current
 * site. A personal app or meeting runs in the tenant's root site, which is never assumed to hold WPQ.
 */
export function chooseDataSite(options: {
  hostKind: HostKind;
  servedFrom: string;
  webPartSetting?: unknown;
  tenantSetting?: string | null;
}): DataSiteInfo {
  const servedFrom = options.servedFrom.replace(/\/+$/, '');
  const own = cleanSiteUrl(options.webPartSetting);
  if (own) return { url: own, source: 'web-part', servedFrom };
  const tenant = cleanSiteUrl(options.tenantSetting);
  if (tenant) return { url: tenant, source: 'tenant', servedFrom };
  if (runsInRootSite(options.hostKind)) return { url: null, source: 'none', servedFrom };
  return { url: servedFrom, source: 'current-site', servedFrom };
}
