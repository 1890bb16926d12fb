/**
 * THE route table: every screen WPQ has, who may open it, and what it needs (a service, a cycle).
 * A route is written as `screen/service/cycle/item` (a dash for a part that is not given, trailing
 * dashes left off), for example `survey/-/12` or `model/-/-/learning`. The same text goes into the
 * page's address (the `wpq` query parameter), into Teams deep links (the sub-page id) and into the
 * web part's "open on" property, so any screen can be opened directly from any of them.
 *
 * Only the app's frame (src/ui/app and Sections.tsx) knows this table; screens navigate with
 * `useNavigate()` and read their parameters with `useRoute()`.
 */
import * as z from 'zod/mini';
import type { SiteAccess } from '../../data/site';

export const SCREEN_IDS = [
  'overview',
  'mywork',
  'services',
  'service',
  'cycle',
  'survey',
  'assessment',
  'results',
  'actions',
  'action',
  'newaction',
  'measures',
  'review',
  'close',
  'portfolio',
  'evidence',
  'meeting',
  'model',
  'setup',
  'data'
] as const;
export type ScreenId = (typeof SCREEN_IDS)[number];

export interface Route {
  screen: ScreenId;
  serviceId: number | null;
  cycleId: number | null;
  /** A screen's own part, such as a pillar id on the model screen. */
  item: string | null;
}

export type RouteInput = { screen: ScreenId } & Partial<Omit<Route, 'screen'>>;

interface ScreenRule {
  /** The access levels (SharePoint's effective permissions) that may open the screen. */
  access: readonly SiteAccess[];
  /** The route must name a service or a cycle. */
  needs?: 'service' | 'cycle';
  /** The route must also name its item (an action's id on the action page). */
  needsItem?: boolean;
}

const everyone: readonly SiteAccess[] = ['manage', 'contribute', 'read'];
const contributors: readonly SiteAccess[] = ['manage', 'contribute'];
const managers: readonly SiteAccess[] = ['manage'];
/** Managers and quality leads (read access): people who look across services. Care workers do not. */
const overseers: readonly SiteAccess[] = ['manage', 'read'];

/** Who may open each screen. The screens check finer rules themselves (a survey only for the staff it asks). */
export const SCREEN_RULES: Record<ScreenId, ScreenRule> = {
  overview: { access: everyone },
  mywork: { access: contributors },
  services: { access: managers },
  service: { access: managers, needs: 'service' },
  cycle: { access: managers, needs: 'cycle' },
  survey: { access: contributors, needs: 'cycle' },
  assessment: { access: contributors, needs: 'cycle' },
  results: { access: everyone, needs: 'cycle' },
  /** The cycle's action board and list (read-only below contribute; owners move their own). */
  actions: { access: everyone, needs: 'cycle' },
  /** One action: `action/-/<cycle>/<action id>`. */
  action: { access: everyone, needs: 'cycle', needsItem: true },
  /** New actions for a cycle, optionally from a gap: item is a pillar or statement id. */
  newaction: { access: managers, needs: 'cycle' },
  /** A service's workforce measures over time (managers enter figures; others read). */
  measures: { access: everyone, needs: 'service' },
  /** The cycle's review beside the previous cycle (managers write; others read). */
  review: { access: everyone, needs: 'cycle' },
  /** Closing a cycle: each open action carried over, closed or dropped. */
  close: { access: managers, needs: 'cycle' },
  /** Every service (and imported provider summaries) side by side. */
  portfolio: { access: overseers },
  /** The CQC Well-led evidence summary of a cycle, printable. */
  evidence: { access: everyone, needs: 'cycle' },
  /** The narrow Teams meeting side panel for a service's current cycle. */
  meeting: { access: everyone, needs: 'service' },
  model: { access: everyone },
  setup: { access: managers },
  data: { access: everyone }
};

export const HOME: Route = { screen: 'overview', serviceId: null, cycleId: null, item: null };

const id = z.pipe(
  z.string().check(z.regex(/^(-|[1-9][0-9]{0,8})$/)),
  z.transform((s: string) => (s === '-' ? null : Number(s)))
);

const RouteSchema = z.object({
  screen: z.enum(SCREEN_IDS),
  serviceId: id,
  cycleId: id,
  item: z.pipe(
    z.string().check(z.regex(/^(-|[A-Za-z0-9][A-Za-z0-9_.-]{0,63})$/)),
    z.transform((s: string) => (s === '-' ? null : s))
  )
});

export type RouteProblem = 'unknown' | 'incomplete';
export type ParsedRoute = { ok: true; route: Route } | { ok: false; problem: RouteProblem; text: string };

/** A route from its text. Empty text is the overview; anything malformed or unknown is refused, never guessed. */
export function parseRoute(text: string | null | undefined): ParsedRoute {
  const trimmed = (text ?? '').trim().replace(/^\/+|\/+$/g, '');
  if (trimmed === '') return { ok: true, route: HOME };
  const parts = trimmed.split('/');
  if (parts.length > 4) return { ok: false, problem: 'unknown', text: trimmed };
  const [screen, serviceId = '-', cycleId = '-', item = '-'] = parts;
  const parsed = RouteSchema.safeParse({ screen, serviceId, cycleId, item });
  if (!parsed.success) return { ok: false, problem: 'unknown', text: trimmed };
  const route = parsed.data;
  const needs = SCREEN_RULES[route.screen].needs;
  if (
    (needs === 'service' && route.serviceId === null) ||
    (needs === 'cycle' && route.cycleId === null) ||
    (SCREEN_RULES[route.screen].needsItem === true && route.item === null)
  ) {
    return { ok: false, problem: 'incomplete', text: trimmed };
  }
  return { ok: true, route };
}

/** A route in full, with the parts not given set to null. */
export function toRoute(input: RouteInput): Route {
  return { screen: input.screen, serviceId: input.serviceId ?? null, cycleId: input.cycleId ?? null, item: input.item ?? null };
}

/** The text of a route (the inverse of parseRoute). */
export function formatRoute(input: RouteInput): string {
  const r = toRoute(input);
  const parts = [r.screen, r.serviceId === null ? '-' : String(r.serviceId), r.cycleId === null ? '-' : String(r.cycleId), r.item ?? '-'];
  while (parts.length > 1 && parts[parts.length - 1] === '-') parts.pop();
  return parts.join('/');
}

/** Whether a person with this access may open the screen. */
export function canOpen(screen: ScreenId, access: SiteAccess): boolean {
  return SCREEN_RULES[screen].access.includes(access);
}

export function sameRoute(a: Route, b: Route): boolean {
  return a.screen === b.screen && a.serviceId === b.serviceId && a.cycleId === b.cycleId && a.item === b.item;
}
