/**
 * Strings of My work (src/ui/mywork), also used by the overview's list of surveys waiting. Same
 * rules as strings.ts: one object per language, {name} tokens filled by `format`, UK English.
 */
export const enGBMyWork = {
  title: 'My work',
  subtitle: 'The surveys waiting for you and the actions you own, across every service.',

  // Surveys
  surveysHeading: 'Surveys waiting for you',
  surveysNone: 'No surveys are waiting for you.',
  surveyStaff: 'Answer the staff pulse for {service}',
  surveyLeaders: "Complete the leaders' self-assessment for {service}",
  surveyCycle: 'Cycle: {cycle}',
  surveyCloses: 'Cycle: {cycle}. Closes on {date}.',

  // Actions
  actionsHeading: 'My actions',
  actionsIntro: 'Actions you own that are not finished yet, across every service. Overdue ones come first, then the ones due soonest.',
  actionsNone: 'You do not own any unfinished actions.',
  actionService: '{service} · {status}',
  actionDue: 'Due on {date}',
  actionNoDue: 'No due date',
  actionOverdue: 'Overdue: it was due on {date}',
  actionOpenCycle: 'Open the cycle of "{title}"',

  // Everything empty
  allDone: 'Nothing is waiting for you. When a survey opens or an action is given to you, it will show here.'
};

export type MyWorkStrings = typeof enGBMyWork;

export const myWorkTranslations: Record<string, MyWorkStrings> = { 'en-gb': enGBMyWork };
