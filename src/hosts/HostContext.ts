import type { SPFI } from '@pnp/sp';

/** Where the UI is running. Each host fills in the same contract; components never see WebPartContext. */
export type HostKind = 'sharepoint-page' | 'teams-channel-tab' | 'teams-personal-app' | 'teams-meeting' | 'local-page';

/** The look the host asks for. Teams themes map one to one; SharePoint picks light or dark from its section. */
export type ThemeName = 'sharepoint-light' | 'sharepoint-dark' | 'teams-light' | 'teams-dark' | 'teams-contrast';

/**
 * Where in Teams the tab is drawn (teams-js `FrameContexts`): `content` for channel, chat and personal
 * tabs, `settings` for the configuration page, `sidePanel` for the in-meeting panel, `meetingStage`
 * when shared to the meeting stage. Null outside Teams.
 */
export type TeamsFrame = 'content' | 'settings' | 'remove' | 'task' | 'sidePanel' | 'stage' | 'meetingStage' | 'authentication';

/** The person using the app, as the host knows them. SharePoint remains the authority on permissions. */
export interface HostUser {
  displayName: string;
  email: string;
  loginName: string;
}

/** What a Teams deep link back to this tab or personal app needs (from the Teams context). */
export interface TeamsLinkTarget {
  /** The Teams app id (config/teams-app/manifest.json `id`). */
  appId: string;
  /** The tab's entity id (Teams context `page.id`); the personal app's is its static tab's entityId. */
  entityId: string;
  /** The channel a channel tab sits in; absent for personal apps, chats and meetings. */
  channelId?: string;
  /** The team's group id, when in a team. */
  groupId?: string;
  /** The tab's name, shown by Teams while the link opens. */
  label?: string;
}

/** Where WPQ's data lives and how the host found it. */
export interface DataSiteInfo {
  /** The site the data is read from and written to; null when no setting names one. */
  url: string | null;
  /** Which setting chose it. */
  source: 'web-part' | 'tenant' | 'current-site' | 'none';
  /** The site the page itself was served from (in Teams, often the tenant's root site). */
  servedFrom: string;
}

/** Teams' own share dialog (teams-js `sharing.shareWebContent`), when the client offers it. */
export type ShareToTeams = (content: { url: string; message: string }) => Promise<void>;

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
  /** Where in Teams the app is drawn; null or absent outside Teams. */
  frameContext?: TeamsFrame | null;
  /** Set in Teams: what a deep link to this tab or personal app needs. */
  teams?: TeamsLinkTarget | null;
  /** The service a channel tab or meeting tab was configured for. */
  configuredServiceId?: number | null;
  /** The data site and how it was chosen. */
  dataSite?: DataSiteInfo;
  /** Teams' share dialog, when available (desktop and web Teams clients). */
  shareToTeams?: ShareToTeams | null;
}
