/**
 * Every string a user reads, in one place per language. Only en-GB exists today; a new language is
 * a new object of the same type. Placeholders are {name} tokens filled by `format`, never concatenation.
 * This file holds the strings of the shell, its sections' tabs and the overview; the screens that load
 * when a section is opened keep theirs in screens.ts, and the local trial page keeps its own in local.ts.
 */

/** The locale for dates and numbers when the host gives none, or one that Intl does not accept. */
export const FALLBACK_LOCALE = 'en-GB';

export const enGB = {
  appTitle: 'Workforce productivity',
  appSubtitle: 'Workforce Productivity and Quality Model',
  loading: 'Loading…',
  siteHeading: 'This site',
  siteTitleLabel: 'Site',
  signedInAs: 'Signed in as',
  yourAccess: 'Your access',
  accessManage: 'You can set up this site and manage its lists.',
  accessContribute: 'You can add and edit your own answers and actions.',
  accessRead: 'You can read published results.',
  accessNone: 'You cannot read this site. Ask a site owner for access.',
  errorHeading: 'Something went wrong',
  errorLoadingSite: 'We could not read this site from SharePoint: {message}',
  retry: 'Try again',
  hostSharePoint: 'SharePoint page',
  hostTeamsChannel: 'Teams channel tab',
  hostTeamsPersonal: 'Teams personal app',
  hostTeamsMeeting: 'Teams meeting',
  hostLocal: 'Local page',
  modelHeading: 'The model',
  modelIntro: 'Four pillars of equal weight, with digital tools and digital leadership running through all of them.',
  // Shell and its sections (src/ui/Shell.tsx, src/ui/Sections.tsx)
  navLabel: 'WPQ sections',
  navHome: 'Overview',
  navMyWork: 'My work',
  navServices: 'Services',
  navPortfolio: 'Portfolio',
  navModel: 'The model',
  navSetup: 'Set up this site',
  navDataViews: 'Data views',
  loadingScreen: 'Loading this section…',
  screenFailed: 'This section could not be loaded: {message}',
  modelLoadFailed: 'We could not read the model pack this site uses: {message}',
  // Home: set-up state
  setupStateHeading: 'Set-up',
  setupStateChecking: 'Checking whether this site is set up…',
  setupStateUpToDate: 'This site is set up for WPQ (list schema version {version}).',
  setupStateUpgrade: 'This site was set up with an older version of WPQ (list schema version {installed}). Run the set-up again to upgrade it to version {current}; nothing already saved is lost.',
  setupStateMissing: 'WPQ has not been set up on this site yet.',
  setupStateNeedsRepair: "Some of WPQ's list settings on this site were changed by hand. Run the set-up again to repair them; nothing already saved is lost.",
  setupStateAskOwner: 'Only the site owners can set it up. Ask one of them to open WPQ and choose "Set up this site".',
  setupStateGoToSetup: 'Go to set-up',
  setupStateFailed: 'We could not check the set-up of this site: {message}'
};

export type Strings = typeof enGB;

/**
 * One table of strings from a set of translations keyed by lower-case locale (e.g. 'en-gb'): the
 * locale's own, or `fallback` when we have no translation for it.
 */
export function forLocale<T>(translations: Record<string, T>, locale: string | undefined, fallback: T): T {
  return translations[(locale ?? '').toLowerCase()] ?? fallback;
}

/** The strings for a locale; English (UK) when we have no translation. */
export function stringsFor(locale: string | undefined): Strings {
  return forLocale({ 'en-gb': enGB }, locale, enGB);
}

/** Fills {name} tokens. An unknown token stays visible so a missing value is noticed, not hidden. */
export function format(template: string, values: Record<string, string | number>): string {
  return template.replace(/\{(\w+)\}/g, (whole: string, key: string) =>
    Object.prototype.hasOwnProperty.call(values, key) ? String(values[key]) : whole
  );
}
