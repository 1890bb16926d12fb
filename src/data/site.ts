import type { SPFI } from '@pnp/sp';
import { PermissionKind } from '@pnp/sp/security';
import '@pnp/sp/security/web';
import '@pnp/sp/site-users/web';

/** What the signed-in person may do on the site, from SharePoint's effective permissions (never from Teams). */
export type SiteAccess = 'manage' | 'contribute' | 'read' | 'none';

export interface SiteSummary {
  title: string;
  url: string;
  user: { id: number; title: string; email: string };
  access: SiteAccess;
}

/** Reads the site's title, the current user and their access in one batched round trip. */
export async function readSiteSummary(sp: SPFI): Promise<SiteSummary> {
  const [batchedSp, execute] = sp.batched();
  const webPromise = batchedSp.web.select('Title', 'Url')();
  const userPromise = batchedSp.web.currentUser.select('Id', 'Title', 'Email')();
  const permsPromise = batchedSp.web.getCurrentUserEffectivePermissions();
  await execute();
  const [web, user, perms] = await Promise.all([webPromise, userPromise, permsPromise]);
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
