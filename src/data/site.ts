import type { SPFI } from '@pnp/sp';
import { PermissionKind } from '@pnp/sp/security';
import '@pnp/sp/security/web';
import '@pnp/sp/site-users/web';
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
export async function readSiteSummary(sp: SPFI): Promise<SiteSummary> {
  const [batchedSp, execute] = sp.batched();
  const webPromise = batchedSp.web.select('Title', 'Url')();
  const userPromise = batchedSp.web.currentUser.select('Id', 'Title', 'Email')();
  const permsPromise = batchedSp.web.getCurrentUserEffectivePermissions();
  const all = Promise.all([webPromise, userPromise, permsPromise]);
  // A part that fails while the batch runs is read below; it must not surface as an unhandled rejection first.
  all.catch(() => undefined);
  let web: Awaited<typeof webPromise>;
  let user: Awaited<typeof userPromise>;
  let perms: Awaited<typeof permsPromise>;
  try {
    await execute();
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
}
