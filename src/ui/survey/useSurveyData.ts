import { resolveMinimumGroupSize } from '../../domain';
import type { ModelPack } from '../../model';
import { DataError } from '../../data/errors';
import type { CareService, Cycle, MyResponse } from '../../data/types';
import { useApp } from '../AppContext';
import { useSite } from '../app/SiteContext';
import { usePack } from '../shared/usePack';
import { useQuery } from '../shared/useQuery';

/**
 * What the survey screen needs before it can ask anything, and what it may show the person: the
 * cycle, its service, the minimum group size that protects them, the pinned pack and their own
 * earlier response. Read in as few steps as possible: the cycle and services together, then the pack
 * (cached for the page), then the person's own response.
 */
export interface SurveyBasics {
  cycle: Cycle;
  /** Null when the service cannot be read (removed, or broken by hand). */
  service: CareService | null;
  /** The minimum group size that applies to the cycle (never below 5). */
  minimumGroupSize: number;
}

export type SurveyGate =
  | { kind: 'loading' }
  | { kind: 'failed'; error: unknown; retry(): void }
  | { kind: 'unknown' }
  | { kind: 'not-asked'; basics: SurveyBasics }
  | { kind: 'closed'; basics: SurveyBasics }
  | { kind: 'answered'; basics: SurveyBasics; submittedAt: string | null }
  | { kind: 'open'; basics: SurveyBasics; pack: ModelPack };

/** True when the service asks this person: an empty staff list asks everyone. */
export function isAsked(service: CareService | null, userId: number): boolean {
  return service === null || service.staffIds.length === 0 || service.staffIds.includes(userId);
}

export function useSurveyData(cycleId: number | null): SurveyGate {
  const { services } = useApp();
  const { user } = useSite();

  const basics = useQuery<SurveyBasics>(cycleId === null ? null : `survey:${cycleId}`, async () => {
    const id = cycleId as number;
    const list = services.careServices.list();
    // The cycle decides what to show; the list's own failure is reported once the cycle is known.
    list.catch(() => undefined);
    const cycle = await services.cycles.get(id);
    const { data } = await list;
    const configured = cycle.minimumGroupSize ?? (await services.settings.readDefaults()).minimumGroupSize;
    return {
      cycle,
      service: data.find((s) => s.id === cycle.serviceId) ?? null,
      minimumGroupSize: resolveMinimumGroupSize(configured)
    };
  });

  const loaded = basics.kind === 'loaded' ? basics.data : null;
  const asked = loaded !== null && isAsked(loaded.service, user.id);
  const pack = usePack(loaded && asked ? { packId: loaded.cycle.packId, packVersion: loaded.cycle.packVersion } : null);
  const packData = pack.kind === 'loaded' ? pack.data : null;
  const mine = useQuery<MyResponse | null>(
    packData && loaded ? `survey:${loaded.cycle.id}:mine` : null,
    () => services.responses.readMine((loaded as SurveyBasics).cycle.id, 'staff', packData as ModelPack)
  );

  if (cycleId === null) return { kind: 'unknown' };
  if (basics.kind === 'failed') {
    if (basics.error instanceof DataError && basics.error.kind === 'not-found') return { kind: 'unknown' };
    return { kind: 'failed', error: basics.error, retry: basics.reload };
  }
  if (loaded === null) return { kind: 'loading' };
  if (!asked) return { kind: 'not-asked', basics: loaded };
  if (pack.kind === 'failed') return { kind: 'failed', error: pack.error, retry: pack.reload };
  if (mine.kind === 'failed') return { kind: 'failed', error: mine.error, retry: mine.reload };
  if (packData === null || mine.kind !== 'loaded') return { kind: 'loading' };
  if (mine.data?.status === 'submitted') return { kind: 'answered', basics: loaded, submittedAt: mine.data.submittedAt };
  if (loaded.cycle.phase !== 'analyse') return { kind: 'closed', basics: loaded };
  return { kind: 'open', basics: loaded, pack: packData };
}
