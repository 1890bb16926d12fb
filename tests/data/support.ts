import { InjectHeaders } from '@pnp/queryable';
import type { SPFI } from '@pnp/sp';
import { createSp } from '../../src/data/sp';
import { startLocalSharePoint, type LocalSharePoint, type LocalSharePointOptions } from '../../sharepoint/local-server';

export type LocalUserKey = 'manager' | 'worker1' | 'worker2' | 'quality';

/** The app's own PnPjs root (SPFx behaviour, retries, digest), acting as one of the local users. */
export function spAs(server: LocalSharePoint, user: LocalUserKey): SPFI {
  return createSp({ pageContext: { web: { absoluteUrl: server.siteUrl } } }).using(InjectHeaders({ 'X-WPQ-User': user }));
}

export async function startServer(options: LocalSharePointOptions = {}): Promise<LocalSharePoint> {
  return startLocalSharePoint({ port: 0, ...options });
}

export function userId(server: LocalSharePoint, key: LocalUserKey): number {
  const u = server.users.find((x) => x.key === key);
  if (!u) throw new Error(`No local user ${key}`);
  return u.id;
}

/** A local site set up by the app's own set-up, as the manager. */
export async function startSetUpServer(options: LocalSharePointOptions = {}): Promise<LocalSharePoint> {
  const server = await startServer(options);
  const { runSetup } = await import('../../src/data/provisioning');
  await runSetup(spAs(server, 'manager'));
  return server;
}
