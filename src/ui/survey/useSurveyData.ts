import type { ModelPack } from '../../model';
import { DataError } from '../../data/errors';
import type { CareService, Cycle, SurveyStart } from '../../data/types';
import { useApp } from '../AppContext';
import { useSite } from '../app/SiteContext';
import { useQuery } from '../shared/useQuery';

/**
 * What the survey screen needs before it can ask anything, and what it may show the person: the
 * cycle, its service, the minimum group size that protects them, the pinned pack and their own
 * earlier response, all from one read (services.surveyStart).
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

  // One round trip: the cycle, its service, the defaults and the person's own response; the pinned pack
  // costs none more when it is WPQ's built-in one.
  const start = useQuery<SurveyStart>(cycleId === null ? null : `survey:${cycleId}`, () => services.surveyStart.read(cycleId as number, 'staff'));

  if (cycleId === null) return { kind: 'unknown' };
  if (start.kind === 'failed') {
    if (start.error instanceof DataError && start.error.kind === 'not-found') return { kind: 'unknown' };
    return { kind: 'failed', error: start.error, retry: start.reload };
  }
  if (start.kind === 'loading') return { kind: 'loading' };
  const { cycle, service, minimumGroupSize, pack, mine } = start.data;
  const basics: SurveyBasics = { cycle, service, minimumGroupSize };
  if (!isAsked(service, user.id)) return { kind: 'not-asked', basics };
  if (mine?.status === 'submitted') return { kind: 'answered', basics, submittedAt: mine.submittedAt };
  if (cycle.phase !== 'analyse') return { kind: 'closed', basics };
  return { kind: 'open', basics, pack };
}
