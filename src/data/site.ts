import type { SPFI } from '@pnp/sp';
import { PermissionKind } from '@pnp/sp/security';
import '@pnp/sp/security/web';
import '@pnp/sp/site-users/web';
import '@pnp/sp/webs';
import { toDataError } from './errors';

/** What the signed-in person may do on the site, from SharePoint's effective permissions (never from Teams). */
export type SiteAccess = 'manage' | 'contribute' | 'read' | 'none';

export interface SiteSummary {
  title: string;
  url: string;
  user: { id: number; title: string; email: string };
  access: SiteAccess;
}

/** Reads the site's title, the current user and their access in one batched round trip. A failure is a typed DataError. */
export function readSiteSummary(sp: SPFI): Promise<SiteSummary> {
  return readSiteWithProperty(sp, null).summary;
}

/**
 * The first round trip of a host: the site summary and, in the same `$batch`, a tenant property
 * (`GetStorageEntity`), such as the one naming WPQ's data site. Each part settles on its own: a
 * property that cannot be read rejects without failing the summary, and the other way round.
 */
export function readSiteWithProperty(sp: SPFI, propertyKey: string | null): { summary: Promise<SiteSummary>; property: Promise<unknown> } {
  const [batchedSp, execute] = sp.batched();
  const propertyPromise = propertyKey === null ? null : (batchedSp.web.getStorageEntity(propertyKey) as Promise<{ Value?: unknown } | null>);
  const webPromise = batchedSp.web.select('Title', 'Url')();
  const userPromise = batchedSp.web.currentUser.select('Id', 'Title', 'Email')();
  const permsPromise = batchedSp.web.getCurrentUserEffectivePermissions();
  const all = Promise.all([webPromise, userPromise, permsPromise]);
  // A part that fails while the batch runs is read below; it must not surface as an unhandled rejection first.
  all.catch(() => undefined);
  const sent = execute();
  sent.catch(() => undefined);
  // When the batch itself fails (no digest from this site, a dropped connection), PnPjs settles none of
  // its parts: the property then fails with the batch.
  const property: Promise<unknown> = propertyPromise === null ? Promise.resolve(undefined) : sent.then(() => propertyPromise).then((entity) => entity?.Value);
  property.catch(() => undefined);
  const summary = (async (): Promise<SiteSummary> => {
    let web: Awaited<typeof webPromise>;
    let user: Awaited<typeof userPromise>;
    let perms: Awaited<typeof permsPromise>;
    try {
      await sent;
      [web, user, perms] = await all;
    } catch (error) {
      throw toDataError(error);
    }
    const has = (kind: PermissionKind): boolean => sp.web.hasPermissions(perms, kind);
    let access: SiteAccess = 'none';
    if (has(PermissionKind.ManageLists)) {
      access = 'manage';
    } else if (has(PermissionKind.AddListItems)) {
      access = 'contribute';
    } else if (has(PermissionKind.ViewListItems)) {
      access = 'read';
    }
    return { title: web.Title, url: web.Url, user: { id: user.Id, title: user.Title, email: user.Email }, access };
  })();
  // Someone who no longer needs the summary (the property named another site) must not see it fail as unhandled.
  summary.catch(() => undefined);
  return { summary, property };
}
