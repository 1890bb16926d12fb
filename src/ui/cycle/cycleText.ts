import type { LeaderProgress, Participation } from '../../data/types';
import { cycleTranslations, enGBCycle, type CycleStrings } from '../../loc/cycle';
import { format } from '../../loc/strings';
import { useStrings } from '../shared/useStrings';

export function useCycleStrings(): CycleStrings {
  return useStrings(cycleTranslations, enGBCycle);
}

/** The phases' names and order live once, in the shared kit. */
export { nextPhase, usePhaseLabels as useCyclePhaseLabels, WORKING_PHASES as STEPS } from '../shared/phases';

export function leaderStatusText(c: CycleStrings, status: LeaderProgress): string {
  switch (status) {
    case 'submitted':
      return c.statusSubmitted;
    case 'draft':
      return c.statusDraft;
    default:
      return c.statusNotStarted;
  }
}

/** "4 of 12 invited staff have answered; staff results stay hidden until 5 have." */
export function staffSentence(c: CycleStrings, p: Participation): string {
  const { invited, answered } = p.staff;
  const count =
    invited === null
      ? format(answered === 1 ? c.staffEveryoneOne : c.staffEveryoneMany, { answered })
      : format(answered === 1 ? c.staffInvitedOne : c.staffInvitedMany, { answered, invited });
  return format(answered >= p.minimumGroupSize ? c.staffShown : c.staffHidden, { count, minimum: p.minimumGroupSize });
}

export function submittedLeaders(p: Participation): number {
  return p.leaders.filter((l) => l.status === 'submitted').length;
}

/** "1 of 2 leaders has submitted the self-assessment." */
export function leadersSentence(c: CycleStrings, p: Participation): string {
  if (p.leaders.length === 0) return c.leadersNone;
  const submitted = submittedLeaders(p);
  return format(submitted === 1 ? c.leadersOne : c.leadersMany, { submitted, total: p.leaders.length });
}
