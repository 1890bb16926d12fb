/**
 * Strings of the CQC Well-led evidence summary (src/ui/evidence). Same rules as strings.ts: one
 * object per language, {name} tokens filled by `format`, UK English, plain words.
 */
export const enGBEvidence = {
  title: 'CQC Well-led evidence: {cycle}',
  loading: 'Loading the evidence…',
  proposal:
    'Which WPQ statements serve which CQC quality statement is WPQ’s proposal, not CQC’s. CQC has not checked or approved it. The quality statement titles are summaries in WPQ’s own words.',
  intro: 'For each Well-led quality statement: the statements that serve it, their published scores, leaders’ evidence, the actions on them and related measures.',
  publishedOn: 'Results published on {date}. Model pack {pack}, version {version}.',
  notPublished: 'The results of this cycle have not been published yet, so there are no scores to show.',
  print: 'Print or save as PDF',
  paraphrasedTitle: '{title} (our summary of the title)',
  statementsHeading: 'Statements that serve it',
  noStatements: 'No statement of this model pack serves this quality statement.',
  leaders: 'Leaders',
  staff: 'Staff',
  statementLine: '{audience}, {pillar}. {score}',
  score: 'Score: {score}',
  noScore: 'No score',
  hidden: 'Hidden: too few answered',
  evidenceHeading: 'Leaders’ evidence',
  noEvidence: 'No evidence given.',
  evidenceManagersOnly: 'Leaders’ evidence notes and links are shown to managers only.',
  evidenceUnavailable: 'Leaders’ evidence could not be loaded: {reason}',
  linksLabel: 'Links',
  actionsHeading: 'Actions',
  noActions: 'No action of this cycle is on these statements.',
  actionLine: '{title}: {status}',
  actionDue: '{title}: {status}, due {date}',
  measuresHeading: 'Related measures',
  noMeasures: 'No measure is linked to these statements.',
  measureLine: '{measure}: {value} ({date})',
  valuePercent: '{value}%',
  valueWithUnit: '{value} {unit}',
  measureNone: '{measure}: no figures yet',
};

export type EvidenceStrings = typeof enGBEvidence;

export const evidenceTranslations: Record<string, EvidenceStrings> = { 'en-gb': enGBEvidence };
