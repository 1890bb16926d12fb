/**
 * Strings of the published results screen (src/ui/results) and the text its charts show
 * (src/ui/shared/charts takes every word from its caller). Same rules as strings.ts: one object per
 * language, {name} tokens filled by `format`, UK English, plain words.
 */
export const enGBResults = {
  title: 'Results: {cycle}',
  publishedOn: 'Published on {date}.',
  loadingPack: 'Loading the model…',

  // Not published yet
  notPublishedHeading: 'Not published yet',
  notPublished: 'The results of this cycle have not been published yet.',
  notPublishedReader: 'They will appear here once a manager publishes them.',
  notPublishedManager: 'Publish them from the cycle page once leaders and staff have answered.',
  goToCycle: 'Go to the cycle to publish the results',

  // Who answered and the summary
  summaryHeading: 'Summary',
  leaders: 'Leaders',
  staff: 'Staff',
  leadersScoresLabel: 'Leaders’ scores',
  staffScoresLabel: 'Staff scores',
  leadersAnsweredLabel: 'Leaders who answered',
  staffAnsweredLabel: 'Staff who answered',
  leadersNone: 'No leader had submitted a self-assessment when the results were published.',
  staffNone: 'No member of staff had answered when the results were published.',
  nobodyAnswered: 'Nobody',
  overallWithWeakest: 'Overall {overall}. Weakest pillar: {pillar}, {score}.',
  overallWithWeakestTied: 'Overall {overall}. Weakest pillars: {pillars}, {score} each.',
  weakestOnly: 'No overall figure, because not every pillar has a score. Weakest pillar: {pillar}, {score}.',
  weakestOnlyTied: 'No overall figure, because not every pillar has a score. Weakest pillars: {pillars}, {score} each.',
  noPillarScored: 'No pillar has a score.',
  listAnd: '{first} and {last}',
  listSeparator: ', ',
  widestGap: 'Widest gap between leaders and staff: {pillar}. {gap}',
  scaleExplained:
    'Scores run from 0 to 100: 0 means everyone chose the lowest answer and 100 that everyone chose the highest. Answers of "don\'t know" are not counted.',

  // Scores per pillar and theme
  pillarsHeading: 'Scores by pillar and theme',
  chartScoresCaption: 'Leaders’ and staff scores by pillar and theme, out of 100',
  chartAreaHeading: 'Pillar or theme',
  chartBar: '{category}. {series}: {value}.',
  themeTag: 'Cross-cutting theme',
  leadersScoreLabel: 'Leaders’ score',
  staffScoreLabel: 'Staff score',
  gapLabel: 'Leaders and staff',
  noScore: 'No score',
  noAnswers: 'No answers',

  // The gap in plain words (leaders minus staff; within 5 points reads as about the same)
  gapHigher: 'Leaders rate this {points} points higher than staff do.',
  gapLower: 'Leaders rate this {points} points lower than staff do.',
  gapSame: 'Leaders and staff rate this about the same.',
  gapStaffHidden: 'No comparison: the staff results are hidden.',
  gapNoStaff: 'No comparison: no member of staff answered.',
  gapNoLeaders: 'No comparison: no leader answered.',
  gapNoScore: 'No comparison: one side has no score here.',

  // How people answered each statement
  leadersSpreadCaption: 'How leaders answered: {area}',
  staffSpreadCaption: 'How staff answered: {area}',
  spreadStatement: 'Statement',
  spreadScore: 'Score',
  spreadDontKnow: "Don't know",
  spreadNotKept: 'Not kept for these results',
  disagreeTag: 'Leaders disagree',
  noStatements: 'Leaders have no statements to answer here.',

  // Leaders and staff compared
  gapHeading: 'Leaders and staff compared',
  gapIntro:
    'How much higher or lower leaders rate each pillar than staff do, in points out of 100. Leaders and staff answer different statements, so read a gap as a prompt for a conversation, not a measurement.',
  chartGapCaption: 'Leaders’ score minus staff score, by pillar and theme, in points',
  chartGapColumn: 'Leaders minus staff (points)',
  chartGapReading: 'Reading',
  chartGapHigher: 'Leaders higher',
  chartGapLower: 'Staff higher',
  chartGapSame: 'About the same (within 5 points)',
  chartGapBar: '{category}: {value} points, {reading}.',
  gapCannotStaffHidden: 'No comparison can be shown: the staff results are hidden because fewer than {minimum} answered.',
  gapCannotNoStaff: 'No comparison can be shown: no member of staff answered.',
  gapCannotNoLeaders: 'No comparison can be shown: no leader answered.',

  // Where leaders disagree
  disagreeHeading: 'Where leaders disagree',
  disagreeIntro: 'Leaders’ answers to these statements are two or more steps apart on the scale. They are worth talking through together.',
  disagreeNone: 'Leaders’ answers are close together on every statement.',
  disagreeNotKept: 'These results were published before WPQ looked for disagreement. Publish them again to see it.',
  disagreeItem: '{statement} ({pillar})',

  // Staff comments (managers only)
  commentsHeading: 'Staff comments',
  commentsIntro: 'What staff wrote, without their names. Only people who manage this site see this.',
  commentsNone: 'No member of staff left a comment.',
  commentsLoading: 'Loading the comments…',
  commentDate: 'Written on {date}',

  // Workforce measures
  measuresHeading: 'Workforce measures',
  measuresIntro: 'The latest figures recorded for this service, beside the national benchmark.',
  measuresLoading: 'Loading the measures…',
  measuresNone: 'No workforce measures have been recorded for this service yet.',
  measureServiceLabel: 'This service',
  measureBenchmarkLabel: 'National benchmark',
  measureNoBenchmark: 'No national benchmark is published',
  measureNotInPack: 'This measure is not in the model this cycle uses, so there is no benchmark to show.',
  measureNoValue: 'Not worked out: a figure is missing',
  measureValueFor: '{value} for {period}',
  measureValueTo: '{value} for the period to {date}',
  measureValuePercent: '{value}%',
  measureValueUnit: '{value} {unit}',
  measureRange: '{low} to {high}',
  benchmarkLine: '{value} in {period}',
  benchmarkScope: '({scope})',
  benchmarkSource: 'Source: {source}',
  benchmarkAbout: 'About the benchmark: {note}',

  // Plan and Do: from a gap to an action
  planForPillar: 'Plan an action for {area}',
  planIntro: 'To plan an action for a statement, choose the statement in the tables below.',
  planForStatementName: 'Plan an action for the statement "{statement}"',
  actionBoardLink: 'See the action board of this cycle'
};

export type ResultsStrings = typeof enGBResults;

export const resultsTranslations: Record<string, ResultsStrings> = { 'en-gb': enGBResults };
