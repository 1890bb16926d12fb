/**
 * Strings of the Overview screen (src/ui/overview). Same rules as strings.ts: one object per
 * language, {name} tokens filled by `format`, UK English in plain words.
 */
export const enGBOverview = {
  // Header and the site
  subtitle: '{site} · {host}',
  siteHeading: 'About this site',
  setUpLabel: 'Set-up',
  notSetUpHeading: 'WPQ is not ready on this site',

  // Choosing a service
  serviceLabel: 'Service',
  serviceArchived: '{name} (archived)',
  serviceArchivedNote: 'This service is archived. Its results are kept, but no new cycles are started.',
  serviceNotFound: 'The service in this address was not found. It may have been removed. Showing {name} instead.',
  noServicesHeading: 'No services yet',
  noServicesManager: 'No services have been set up yet. Add the first service (a location or team) to start a cycle.',
  noServicesManagerLink: 'Add a service',
  noServicesOther: 'No services have been set up yet. A manager sets them up; once they have, you will see them here.',

  // Waiting for the person
  waitingHeading: 'Waiting for you',
  waitingNothing: 'Nothing is waiting for you.',
  waitingPublish: 'Publish the results of {cycle}',
  waitingPublishHint: 'When enough people have answered, publish the results so that everyone can see them.',
  waitingMoveOn: 'Move {cycle} on to {phase}',
  waitingClose: 'Close {cycle}',
  waitingStartCycle: 'Start a new cycle for {service}',
  waitingOverdueOne: 'You have 1 overdue action',
  waitingOverdueMany: 'You have {count} overdue actions',
  waitingAllWork: 'See all your work',

  // The current cycle
  cycleHeading: 'Current cycle',
  cycleNone: 'This service has no cycles yet.',
  cycleNoneManager: 'This service has no cycles yet. Start one from the service page.',
  cycleTitleLabel: 'Cycle',
  cycleDatesLabel: 'Dates',
  cycleDates: '{start} to {end}',
  cycleFrom: 'From {start}',
  cycleUntil: 'Until {end}',
  cyclePhaseLabel: 'Phase',
  cyclePhaseStep: '{phase} (step {step} of {count})',
  cycleClosed: 'Closed',
  cyclePhasesName: 'The phases of a cycle',
  cyclePhaseNow: '{phase} (now)',
  cycleActionsLabel: 'Actions',
  cycleActionsNone: 'None yet',
  cycleActionsCount: '{total} in this cycle, {open} not finished',
  cycleActionsOverdue: '{count} overdue',
  cycleProgressLabel: 'Progress',
  cycleProgressDone: '{done} of {total} actions done',
  cycleNextDueLabel: 'Next due',
  cycleNextDue: '"{title}" on {date}',
  cycleNextDueNone: 'No unfinished action has a due date',
  cycleBoardLabel: 'Action board',
  cycleBoardLink: 'Open the action board',
  cyclePlanLink: 'Plan actions',

  // Scores
  scoresHeading: 'Pillar scores',
  scoresNotPublished: 'No results have been published for {cycle} yet.',
  scoresNoCycle: 'There are no published results yet.',
  scoresPublished: 'Published on {date}.',
  scoresFullLink: 'See the full results of {cycle}',
  scoresLeaders: 'Leaders',
  scoresStaff: 'Staff',
  scoresPillar: 'Pillar',
  scoresCaption: 'Pillar scores of {cycle}, as published',
  scoresThemeName: '{name} (theme)',
  scoresNoScore: 'No score',
  scoresHidden: 'Hidden',
  scoresNotAnswered: 'Not answered',
  audienceLine: '{count} {summary}',
  audienceLeadersOne: '1 self-assessment.',
  audienceLeadersMany: '{count} self-assessments.',
  audienceStaffOne: '1 answered.',
  audienceStaffMany: '{count} answered.',
  audienceLeadersNone: 'No self-assessment was submitted.',
  audienceStaffNone: 'Nobody answered the staff pulse.',
  audienceOverallWeakest: 'Overall {overall}, and the weakest pillar is {pillar} at {percent}.',
  audienceOverallWeakestTied: 'Overall {overall}, and the weakest pillars, level at {percent}, are {pillars}.',
  audienceWeakestOnly: 'The weakest pillar is {pillar} at {percent}. There is no overall figure because not every pillar has a score.',
  audienceWeakestOnlyTied: 'The weakest pillars, level at {percent}, are {pillars}. There is no overall figure because not every pillar has a score.',
  audienceNoScores: 'No pillar has a score yet.',
  listSeparator: ', ',
  listLastSeparator: ' and ',
  cellWeakest: '{percent} (weakest)',

  // Pillars and the model
  pillarsHeading: 'What helps in each pillar',
  pillarsIntro: 'From the model this cycle uses. Open a pillar to see its page of the model in full.',
  pillarOpenModel: 'Open {name} in the model',
  pillarThingsToMeasure: 'Things to measure',
  pillarThingsToDo: 'Things to do',
  pillarThingsThatHelp: 'Things that help',
  pillarMoreOne: 'And 1 more in the model.',
  pillarMoreMany: 'And {count} more in the model.',
  pillarResources: 'Resources',
  pillarResourceNewTab: '{title} (opens in a new tab)',
  pillarResourcePublisher: '({publisher})',
  pillarResourceNoLink: '{title} ({publisher}): search for the title',
  pillarNone: 'None in this model pack.',

  // Measures
  measuresHeading: 'Latest measures',
  measuresNone: 'No workforce figures have been entered for this service yet.',
  measuresOpen: 'All figures and trends',
  measuresOpenManager: 'Enter figures and see trends',
  measureLine: '{value}, {period}',
  measureValue: '{value} {unit}',
  measureValuePercent: '{value}%',
  measureNoValue: 'Not worked out',
  measurePeriod: 'for {period}',
  measurePeriodEnd: 'to {date}'
};

export type OverviewStrings = typeof enGBOverview;

export const overviewTranslations: Record<string, OverviewStrings> = { 'en-gb': enGBOverview };
