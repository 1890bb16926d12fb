import type { SPFI } from '@pnp/sp';

/** Where the UI is running. Each host fills in the same contract; components never see WebPartContext. */
export type HostKind = 'sharepoint-page' | 'teams-channel-tab' | 'teams-personal-app' | 'local-page';

/** The look the host asks for. Teams themes map one to one; SharePoint picks light or dark from its section. */
export type ThemeName = 'sharepoint-light' | 'sharepoint-dark' | 'teams-light' | 'teams-dark' | 'teams-contrast';

/** The person using the app, as the host knows them. SharePoint remains the authority on permissions. */
export interface HostUser {
  displayName: string;
  email: string;
  loginName: string;
}

/** Everything the UI needs from its host. */
export interface HostContext {
  hostKind: HostKind;
  /** Absolute URL of the SharePoint site that holds WPQ's lists. */
  siteUrl: string;
  /** PnPjs configured once at start-up for this site. Only the data layer uses it. */
  sp: SPFI;
  user: HostUser;
  /** BCP 47 tag such as en-GB. */
  locale: string;
  theme: ThemeName;
  /**
   * The screen to open when the page's address names none: a Teams deep link's sub-page id, or the
   * web part's "open on" setting. Route text as in src/ui/app/routes.ts.
   */
  initialRoute?: string | null;
}
