import type { Phase } from '../../data/types';
import type { OverviewStrings } from '../../loc/overview';

/** The four working phases of a cycle, in order; a cycle is then closed. */
export const WORKING_PHASES: readonly Phase[] = ['analyse', 'plan', 'do', 'review'];

export function phaseName(strings: OverviewStrings, phase: Phase): string {
  switch (phase) {
    case 'analyse':
      return strings.phaseAnalyse;
    case 'plan':
      return strings.phasePlan;
    case 'do':
      return strings.phaseDo;
    case 'review':
      return strings.phaseReview;
    default:
      return strings.phaseClosed;
  }
}

/** The phase after this one, or null when the next step is to close the cycle. */
export function nextPhase(phase: Phase): Phase | null {
  const i = WORKING_PHASES.indexOf(phase);
  return i >= 0 && i < WORKING_PHASES.length - 1 ? WORKING_PHASES[i + 1] : null;
}
