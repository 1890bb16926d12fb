/**
 * The web part's settings as data: what "open on" stores, and how a change to one setting updates the
 * others. Kept apart from the property pane's controls so that it is tested without SPFx.
 */
import { formatRoute, type ScreenId } from '../../ui/app/routes';
import { cleanSiteUrl } from '../../hosts/dataSite';
import { OPEN_ON_SCREENS, screenOf, serviceIdOf, type OpenOnScreen } from '../../hosts/hostStart';
import type { WorkforceProductivityProperties } from './WorkforceProductivityWebPart';

/** Screens that are about one service, which only make sense once a service is chosen. */
export const NEEDS_SERVICE: readonly OpenOnScreen[] = ['survey', 'results', 'actions', 'measures', 'review', 'meeting'];

/**
 * The "open on" route text for a screen and service: the service rides in the route (`results/3`)
 * and the host fills in its current cycle on load. Screens not about a service carry none.
 */
export function openOnRoute(screen: OpenOnScreen, serviceId: number | null): string {
  const about = serviceId !== null && (NEEDS_SERVICE.includes(screen) || screen === 'overview');
  return formatRoute({ screen: screen as ScreenId, serviceId: about ? serviceId : null });
}

/** Keeps `openOn` in step when the service or the screen changes. */
export function applyChange(properties: WorkforceProductivityProperties, propertyPath: string, value: unknown): void {
  if (propertyPath === 'serviceId' || propertyPath === 'openOnScreen') {
    const serviceId = serviceIdOf(properties.serviceId);
    properties.serviceId = serviceId ?? undefined;
    const chosen = propertyPath === 'openOnScreen' ? String(value) : screenOf(properties.openOn) ?? 'overview';
    const screen = (OPEN_ON_SCREENS as readonly string[]).includes(chosen) ? (chosen as OpenOnScreen) : 'overview';
    properties.openOn = openOnRoute(screen, serviceId);
  }
  if (propertyPath === 'dataSiteUrl') {
    properties.dataSiteUrl = cleanSiteUrl(value) ?? '';
  }
}

