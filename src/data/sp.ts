import { spfi, SPFx, type SPFI } from '@pnp/sp';
import type { Queryable } from '@pnp/queryable';
import type { TimelinePipe } from '@pnp/core';
import '@pnp/sp/webs';
import '@pnp/sp/lists';
import '@pnp/sp/items';
import '@pnp/sp/batching';
import { WPQ_VERSION } from '../version';

/**
 * The smallest SPFx context PnPjs's SPFx behaviour needs. A web part passes its real context;
 * the local host passes `{ pageContext: { web: { absoluteUrl } } }` so that both run the same
 * behaviour (digest, retries, URL rebasing) against SharePoint Online or the local server.
 */
export interface ISpfxContextLike {
  pageContext: {
    web: { absoluteUrl: string };
    legacyPageContext?: { formDigestValue?: string; formDigestTimeoutSeconds?: number } | null;
  };
}

/** SharePoint's recommended traffic decoration, so an administrator can attribute WPQ's requests. */
export const CLIENT_TAG = `NONISV|WPQ|WPQ/${WPQ_VERSION}`;

/**
 * Replaces PnPjs's path-derived `X-ClientService-ClientTag` with WPQ's tag. Registered after the
 * defaults, so it runs last in the pre-request timeline and its value wins.
 */
export function WpqClientTag(): TimelinePipe<Queryable> {
  return (instance: Queryable) => {
    instance.on.pre(async (url, init, result) => {
      init.headers = { ...init.headers, 'X-ClientService-ClientTag': CLIENT_TAG };
      return [url, init, result];
    });
    return instance;
  };
}

/** Builds the one configured PnPjs root for a site. Called once by each host at start-up. */
export function createSp(context: ISpfxContextLike): SPFI {
  // PnPjs's SPFx() types want the whole WebPartContext; it only reads pageContext (see ISpfxContextLike).
  return spfi().using(SPFx(context as Parameters<typeof SPFx>[0]), WpqClientTag());
}
