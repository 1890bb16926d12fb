/**
 * The strings of the local trial page only: its control bar, its page title and its start-up error.
 * Imported by src/hosts/local and sharepoint/tools alone, never by the web part, so SharePoint and
 * Teams never download them. Same rules as strings.ts: one object per language, {name} tokens
 * filled by `format`, never concatenation.
 */
import { forLocale } from './strings';

/** The local page's language: its <html lang> and the locale it gives the app as its host. */
export const LOCAL_PAGE_LOCALE = 'en-GB';

export const enGBLocal = {
  localPageTitle: 'WPQ – local trial',
  localConfigFailed: 'The local host did not return its configuration (HTTP {status}).',
  localBarLabel: 'Local trial controls',
  localBarUser: 'Acting as',
  /** One built-in user in the "Acting as" list: their name and the part they play in the trial. */
  localBarUserOption: '{name}, {role}',
  localBarLook: 'Host look',
  localBarNote: 'Local trial: data is stored on this computer only.',
  // The part each built-in user plays, by their SharePoint permission level on the trial site.
  localRoleFullControl: 'Registered manager (site owner)',
  localRoleContribute: 'Care worker',
  localRoleRead: 'Local authority quality lead',
  /** A part the permission level does not say: a leader who self-assesses but cannot read everyone's answers (Contribute). */
  localRoleDeputyManager: 'Deputy manager',
  lookSharePoint: 'SharePoint',
  lookSharePointDark: 'SharePoint dark',
  lookTeamsLight: 'Teams light',
  lookTeamsDark: 'Teams dark',
  lookTeamsContrast: 'Teams high contrast',
  localBarSurface: 'Teams surface',
  surfaceChannel: 'Channel tab',
  surfacePersonal: 'Personal app (My WPQ)',
  surfaceMeeting: 'Meeting side panel (320 px)',
  localBarService: "Tab's service",
  serviceNotSet: 'Not set',
  /** A service in the "Tab's service" list that a manager has archived. */
  serviceArchived: '{name} (archived)',
  localBarWidth: 'Screen width',
  widthDesktop: 'Desktop',
  widthPhone: 'Phone (360 px)'
};

export type LocalStrings = typeof enGBLocal;

/** The local page's strings for a locale; English (UK) when we have no translation. */
export function localStringsFor(locale: string | undefined): LocalStrings {
  return forLocale({ 'en-gb': enGBLocal }, locale, enGBLocal);
}
