import type { DataSiteInfo, HostKind, TeamsFrame } from './HostContext';

/**
 * How a host starts, decided before anything is read:
 * - `no-data-site`: no setting names the data site (a personal app or meeting): say who can set it;
 * - `app`: open the app, on `initialRoute` when the address names no screen;
 * - `service`: a configured or meeting tab: check its service first (archived? removed?) and find
 *   the current cycle for screens that need one (HostGate, loaded on demand).
 */
export type StartPlan =
  | { kind: 'no-data-site' }
  | { kind: 'app'; initialRoute: string | null }
  | { kind: 'service'; serviceId: number | null; screen: string };

/** Screens a tab may be set to open on, in the order the settings offer them. */
export const OPEN_ON_SCREENS = ['overview', 'mywork', 'survey', 'results', 'actions', 'measures', 'review', 'portfolio', 'meeting'] as const;
export type OpenOnScreen = (typeof OPEN_ON_SCREENS)[number];

/** The configured service id, or null for anything that is not a positive whole number. */
export function serviceIdOf(value: unknown): number | null {
  const n = typeof value === 'string' && value.trim() !== '' ? Number(value) : value;
  return typeof n === 'number' && Number.isInteger(n) && n > 0 ? n : null;
}

/** The screen named by "open on" route text (`results/3` → results); null when it names none. */
export function screenOf(openOn: string | null | undefined): string | null {
  const first = (openOn ?? '').trim().replace(/^\/+/, '').split('/')[0];
  return first ? first : null;
}

export function planStart(options: {
  hostKind: HostKind;
  frameContext?: TeamsFrame | null;
  dataSite: DataSiteInfo;
  /** A Teams deep link's sub-page id. */
  subPageId?: string | null;
  /** The route already in the page's address. */
  addressRoute?: string | null;
  configuredServiceId?: number | null;
  /** The web part's "open on" route text. */
  openOn?: string | null;
}): StartPlan {
  if (!options.dataSite.url) return { kind: 'no-data-site' };
  // A link someone followed (the address or a Teams deep link) always wins over settings.
  if (options.addressRoute) return { kind: 'app', initialRoute: null };
  if (options.subPageId) return { kind: 'app', initialRoute: options.subPageId };
  const serviceId = options.configuredServiceId ?? null;
  if (options.hostKind === 'teams-meeting' && (options.frameContext === 'sidePanel' || options.frameContext === 'meetingStage')) {
    return { kind: 'service', serviceId, screen: 'meeting' };
  }
  if (options.hostKind === 'teams-personal-app') return { kind: 'app', initialRoute: 'mywork' };
  const screen = screenOf(options.openOn);
  if (serviceId !== null) return { kind: 'service', serviceId, screen: screen ?? 'overview' };
  if (screen === 'mywork' || screen === 'portfolio' || screen === 'overview') return { kind: 'app', initialRoute: screen };
  return { kind: 'app', initialRoute: null };
}
