import type { CareService } from '../../data/types';

/**
 * Which service the overview shows: the one the address names, else the one last chosen on this
 * site (kept in the browser), else the first active one. Archived services are offered only when
 * they are the one shown.
 */
export interface ServiceChoice {
  service: CareService | null;
  /** The address named a service that is not in the list. */
  missing: boolean;
  /** The services to offer in the selector, in list order. */
  options: CareService[];
}

const STORAGE_PREFIX = 'wpq:overview-service:';

function storageKey(siteUrl: string): string {
  return `${STORAGE_PREFIX}${siteUrl.toLowerCase().replace(/\/+$/, '')}`;
}

/** The service last chosen on this site, if the browser lets us keep it. */
export function readRemembered(siteUrl: string): number | null {
  try {
    const value = Number(window.localStorage.getItem(storageKey(siteUrl)));
    return Number.isInteger(value) && value > 0 ? value : null;
  } catch {
    return null;
  }
}

export function remember(siteUrl: string, serviceId: number): void {
  try {
    window.localStorage.setItem(storageKey(siteUrl), String(serviceId));
  } catch {
    // Storage can be switched off (private windows, some Teams clients): the choice is simply not kept.
  }
}

export function chooseService(services: readonly CareService[], routeId: number | null, rememberedId: number | null): ServiceChoice {
  const byId = (id: number | null): CareService | undefined => (id === null ? undefined : services.find((s) => s.id === id));
  const named = byId(routeId);
  const remembered = byId(rememberedId);
  const service = named ?? remembered ?? services.find((s) => s.active) ?? null;
  const options = services.filter((s) => s.active || s.id === service?.id);
  return { service, missing: routeId !== null && named === undefined, options };
}
