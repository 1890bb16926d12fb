import type { ActionStatus, Phase } from '../../data/types';
import { useKitStrings } from './useKit';

/** Analyse, Plan, Do and Review, in order; a cycle is closed after Review. */
export const WORKING_PHASES: readonly Phase[] = ['analyse', 'plan', 'do', 'review'];

/** The phase after `phase`: closed after Review, and null for a closed cycle. */
export function nextPhase(phase: Phase): Phase | null {
  if (phase === 'closed') return null;
  const i = WORKING_PHASES.indexOf(phase);
  return i < WORKING_PHASES.length - 1 ? WORKING_PHASES[i + 1] : 'closed';
}

/** The phases' names in the person's language (src/loc/kit.ts). */
export function usePhaseLabels(): Record<Phase, string> {
  return useKitStrings().phases;
}

/** The statuses of an action in the person's language (src/loc/kit.ts). */
export function useStatusLabels(): Record<ActionStatus, string> {
  return useKitStrings().actionStatuses;
}
