/**
 * Strings of the manager's cycle screen (src/ui/cycle): where a cycle is, who has answered, publishing
 * results and moving the cycle on. Same rules as strings.ts: one object per language, {name} tokens
 * filled by `format`, UK English in plain words.
 */
import type { Phase } from '../data/types';

export const enGBCycle = {
  loading: 'Loading the cycle…',
  titleFallback: 'Cycle',
  backToService: 'Back to {service}',
  backToServices: 'All services',
  serviceUnknown: 'Service {id}',
  // Facts
  factsHeading: 'About this cycle',
  service: 'Service',
  dates: 'Dates',
  datesValue: '{start} to {end}',
  dateNotSet: 'not set',
  pack: 'Model pack',
  packValue: '{id}, version {version}',
  minimum: 'Minimum group size',
  minimumValue: '{count} staff',
  minimumSiteDefault: "The site's default",
  results: 'Results',
  resultsPublished: 'Published {date}',
  resultsNotPublished: 'Not published yet',
  // Phases
  phasesHeading: 'Phase',
  phasesLabel: 'Phases of the cycle',
  stepDone: 'done',
  stepCurrent: 'current phase',
  stepLater: 'to come',
  closedNotice: 'This cycle is closed. Its answers, results and actions are kept.',
  // Links
  linksHeading: 'Go to',
  linkSurvey: 'The staff pulse',
  linkAssessment: "The leaders' self-assessment",
  linkResults: 'The results',
  linkBoard: 'The action board',
  linkPlan: 'Plan actions',
  linkMeasures: 'Workforce measures',
  linkReview: 'Review the cycle',
  linkClose: 'Close the cycle',
  linkEvidence: 'CQC Well-led evidence summary',
  // Participation
  participationHeading: 'Who has answered',
  participationLoading: 'Checking who has answered…',
  staffInvitedOne: '{answered} of {invited} invited staff has answered',
  staffInvitedMany: '{answered} of {invited} invited staff have answered',
  staffEveryoneOne: '{answered} member of staff has answered (everyone who can open the site is asked)',
  staffEveryoneMany: '{answered} staff have answered (everyone who can open the site is asked)',
  staffHidden: '{count}; staff results stay hidden until {minimum} have.',
  staffShown: '{count}; that is enough for staff results to be shown (at least {minimum}).',
  leadersOne: '{submitted} of {total} leaders has submitted the self-assessment.',
  leadersMany: '{submitted} of {total} leaders have submitted the self-assessment.',
  leadersNone: "This service has no leaders named, so nobody fills in the self-assessment. Name them on the service's page.",
  leadersListLabel: 'Leaders and their self-assessment',
  leaderStatus: '{name}: {status}',
  statusSubmitted: 'submitted',
  statusDraft: 'started, not submitted',
  statusNotStarted: 'not started',
  // Publishing results
  publishHeading: 'Publish results',
  publishIntro: 'Publishing scores every answer given so far and shows the results to everyone who can open this site.',
  publishWillShow: 'What publishing now will show:',
  publishLeadersShown: "Leaders' scores, from {count} submitted self-assessments.",
  publishLeadersShownOne: "Leaders' scores, from 1 submitted self-assessment.",
  publishLeadersNone: "No leaders' scores, because no leader has submitted yet.",
  publishStaffShown: 'Staff scores, because {answered} staff have answered (at least {minimum}).',
  publishStaffHidden: 'No staff scores: they stay hidden because fewer than {minimum} staff have answered.',
  publishNoNames: "Nobody's answers are shown with their name.",
  publishedBefore: 'Results were last published {date}. Publishing again replaces them with the latest answers.',
  publishButton: 'Publish results',
  publishing: 'Publishing…',
  published: 'The results are published.',
  publishFailed: 'The results were not published.',
  publishWarningsTitle: 'Some answers need attention',
  publishWarningsIntro: 'The results were published, but WPQ noticed the following:',
  publishWarningItem: '{list}, item {id}, {field}: {problem}',
  seeResults: 'See the results',
  // Moving on
  moveHeading: 'Move the cycle on',
  moveIntro: 'When this phase is done, move the cycle to the next one.',
  moveTo: 'Move to {phase}',
  closeCycle: 'Close the cycle',
  moveTitle: 'Move "{cycle}" to {phase}?',
  closeTitle: 'Close "{cycle}"?',
  moveLeavesAnalyse: 'Once the cycle leaves Analyse, leaders and staff can no longer add or change their answers.',
  moveKeepsEverything: 'Nothing is deleted.',
  incompleteHeading: 'Still incomplete:',
  incompleteChecking: 'Checking what is still incomplete…',
  incompleteNothing: 'Nothing is left incomplete.',
  incompleteLeader: '{name} has not submitted the self-assessment ({status}).',
  incompleteStaffNone: 'No staff have answered yet, so staff results stay hidden.',
  incompleteStaffOne: 'Only 1 member of staff has answered, fewer than {minimum}, so staff results stay hidden.',
  incompleteStaff: 'Only {answered} staff have answered, fewer than {minimum}, so staff results stay hidden.',
  incompleteNotPublished: 'The results have not been published.',
  incompleteNoActions: 'No actions have been planned yet.',
  incompleteOpenActionsOne: '1 action is not finished.',
  incompleteOpenActionsMany: '{count} actions are not finished.',
  moveConfirm: 'Move to {phase}',
  closeConfirm: 'Close the cycle',
  moving: 'Moving the cycle on…',
  moved: 'The cycle is now at {phase}.',
  moveFailed: 'The cycle was not moved on.',
  moveConflict: 'Someone else changed this cycle after you opened it, so it was not moved on. The page now shows the cycle as it is: check it and try again.'
};

export type CycleStrings = typeof enGBCycle;

export const cycleTranslations: Record<string, CycleStrings> = { 'en-gb': enGBCycle };

/** The phases of a cycle, by the phase's id. */
export const enGBCyclePhases: Record<Phase, string> = {
  analyse: 'Analyse',
  plan: 'Plan',
  do: 'Do',
  review: 'Review',
  closed: 'Closed'
};

export const cyclePhaseTranslations: Record<string, Record<Phase, string>> = { 'en-gb': enGBCyclePhases };
