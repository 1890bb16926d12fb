/**
 * THE definition of WPQ's SharePoint lists. Provisioning, the admin artefact (site script), the demo
 * data and every repository's `$select` come from here: no column internal name is written anywhere
 * else in the product.
 */
import { defaultPack } from '../../model';
import {
  booleanField,
  choiceField,
  dateField,
  dateTimeField,
  FieldDef,
  ListKey,
  lookupField,
  noteField,
  numberField,
  textField,
  titleField,
  userField,
  userMultiField
} from './fields';

/**
 * Version of the list schema. Each column records the version that added it (`since`), so set-up
 * can upgrade a site made by an earlier version without touching its data.
 * 1: first release. 2: action priority, success measure and carry-over; the reviews list; indexes on
 * measure periods. 3: the staff pulse's comment and leaders' evidence on responses (and leaders' drafts:
 * a response without a submitted date). 4: a client-made id on actions and measures (unique, blanks allowed
 * for rows stored before it), so a batch retried after a lost answer never stores a row twice. 5: the provider
 * summaries list, where a quality lead keeps the summaries that providers sent them; the same creation id
 * on cycles, so the next cycle that closing a cycle starts is stored once.
 */
export const SCHEMA_VERSION = 5;

/** Prefix of every list title, so WPQ's lists sort together and never clash with a site's own lists. */
export const LIST_TITLE_PREFIX = 'WPQ ';

// ---------------------------------------------------------------------------------------------
// Choices

export const PHASES = [
  { id: 'analyse', label: 'Analyse' },
  { id: 'plan', label: 'Plan' },
  { id: 'do', label: 'Do' },
  { id: 'review', label: 'Review' },
  { id: 'closed', label: 'Closed' }
] as const;
export type Phase = (typeof PHASES)[number]['id'];

export const RESPONSE_KINDS = [
  { id: 'staff', label: 'Staff pulse' },
  { id: 'leaders', label: 'Leaders self-assessment' }
] as const;
export type ResponseKind = (typeof RESPONSE_KINDS)[number]['id'];

export const ACTION_STATUSES = [
  { id: 'not-started', label: 'Not started' },
  { id: 'in-progress', label: 'In progress' },
  { id: 'on-hold', label: 'On hold' },
  { id: 'done', label: 'Done' },
  { id: 'cancelled', label: 'Cancelled' },
  { id: 'carried-over', label: 'Carried over' }
] as const;
export type ActionStatus = (typeof ACTION_STATUSES)[number]['id'];
/** Statuses of actions still to be finished: they can be overdue and are carried into the next cycle. */
export const OPEN_ACTION_STATUSES: readonly ActionStatus[] = ['not-started', 'in-progress', 'on-hold'];

export const PRIORITIES = [
  { id: 'high', label: 'High' },
  { id: 'medium', label: 'Medium' },
  { id: 'low', label: 'Low' }
] as const;
export type Priority = (typeof PRIORITIES)[number]['id'];

export const SERVICE_TYPES = [
  { id: 'care-home', label: 'Care home' },
  { id: 'care-home-nursing', label: 'Care home with nursing' },
  { id: 'home-care', label: 'Home care' },
  { id: 'supported-living', label: 'Supported living' },
  { id: 'day-service', label: 'Day service' },
  { id: 'other', label: 'Other' }
] as const;
export type ServiceType = (typeof SERVICE_TYPES)[number]['id'];

// Choice columns are made outside the list definitions so their ids stay literal types.
const serviceTypeField = choiceField({
  internalName: 'WpqServiceType',
  displayName: 'Type of service',
  description: 'What kind of service this is.',
  options: SERVICE_TYPES
});

const phaseField = choiceField({
  internalName: 'WpqPhase',
  displayName: 'Phase',
  description: 'Where the cycle is: Analyse, Plan, Do, Review or Closed.',
  options: PHASES,
  defaultId: 'analyse',
  required: true,
  indexed: true
});

const kindField = choiceField({
  internalName: 'WpqKind',
  displayName: 'Kind of response',
  description: "Staff pulse or leaders' self-assessment.",
  options: RESPONSE_KINDS,
  required: true,
  indexed: true
});

const statusField = choiceField({
  internalName: 'WpqStatus',
  displayName: 'Status',
  description: 'Not started, In progress, On hold, Done, Cancelled or Carried over.',
  options: ACTION_STATUSES,
  defaultId: 'not-started',
  required: true,
  indexed: true
});

const priorityField = choiceField({
  internalName: 'WpqPriority',
  displayName: 'Priority',
  description: 'High, Medium or Low.',
  options: PRIORITIES,
  defaultId: 'medium',
  since: 2
});

/** The service a row belongs to: one indexed lookup column, the same in every list that has one. */
function serviceColumn(description: string): FieldDef<number> {
  return lookupField({ internalName: 'WpqService', displayName: 'Service', description, list: 'services', required: true, indexed: true });
}

/**
 * The id the app makes for each new row and sends again with every retry of it: the column enforces
 * unique values, so a retried add whose first answer was lost is refused instead of stored twice. Not
 * required: rows stored before version 4 keep it empty, and empty values never count as duplicates.
 */
function clientIdColumn(since = 4): FieldDef<string | null> {
  return textField({
    internalName: 'WpqClientId',
    displayName: 'Creation id',
    description: 'Made by the app for each new item, so that a retried save is never stored twice. Empty for items made before it.',
    maxLength: 64,
    unique: true,
    since
  });
}

/** The cycle a row belongs to: one indexed lookup column, the same in every list that has one. */
function cycleColumn(description: string, since?: number): FieldDef<number> {
  return lookupField({ internalName: 'WpqCycle', displayName: 'Cycle', description, list: 'cycles', required: true, indexed: true, since });
}

// ---------------------------------------------------------------------------------------------
// Lists

export interface ListDef<F extends Record<string, FieldDef> = Record<string, FieldDef>> {
  readonly key: ListKey;
  /** The list's title in SharePoint (what repositories address it by). */
  readonly title: string;
  /** The list's web address name under /Lists/, given once at creation. */
  readonly urlName: string;
  readonly description: string;
  /** 1 = everyone reads all items; 2 = people read only items they created (list managers read all). */
  readonly readSecurity: 1 | 2;
  /** 1 = everyone edits all items; 2 = only items they created; 4 = nobody but list managers. */
  readonly writeSecurity: 1 | 2 | 4;
  readonly since: number;
  readonly fields: F;
  /** Columns made from the model pack (score columns), beside the typed ones. */
  readonly extraFields: readonly FieldDef[];
}

function list<F extends Record<string, FieldDef>>(def: Omit<ListDef<F>, 'extraFields'> & { extraFields?: readonly FieldDef[] }): ListDef<F> {
  return { ...def, extraFields: def.extraFields ?? [] };
}

export const servicesList = list({
  key: 'services',
  title: `${LIST_TITLE_PREFIX}Services`,
  urlName: 'WPQServices',
  description: 'The services, locations or teams of the organisation that run the Workforce Productivity and Quality Model.',
  readSecurity: 1,
  writeSecurity: 4,
  since: 1,
  fields: {
    name: titleField({ displayName: 'Service name', description: 'The name people know the service by.', required: true }),
    serviceType: serviceTypeField,
    leaders: userMultiField({
      internalName: 'WpqLeaders',
      displayName: 'Leaders',
      description: "The people who answer the leaders' self-assessment for this service."
    }),
    staff: userMultiField({
      internalName: 'WpqStaff',
      displayName: 'Staff',
      description: 'The people asked to answer the staff pulse. Leave empty to ask everyone who can open the site.'
    }),
    active: booleanField({
      internalName: 'WpqActive',
      displayName: 'Active',
      description: 'No for services that have closed; their history stays.',
      defaultValue: true
    })
  }
});

export const cyclesList = list({
  key: 'cycles',
  title: `${LIST_TITLE_PREFIX}Cycles`,
  urlName: 'WPQCycles',
  description: 'Each round of Analyse, Plan, Do and Review for a service, with the model pack it used and its published results.',
  readSecurity: 1,
  writeSecurity: 4,
  since: 1,
  fields: {
    title: titleField({ displayName: 'Cycle name', description: 'For example "Spring 2026".', required: true }),
    service: serviceColumn('The service this cycle belongs to.'),
    packId: textField({
      internalName: 'WpqPackId',
      displayName: 'Model pack',
      description: 'Id of the model pack this cycle uses. It never changes once answers exist.',
      required: true,
      maxLength: 64,
      indexed: true
    }),
    packVersion: textField({
      internalName: 'WpqPackVersion',
      displayName: 'Model pack version',
      description: 'Version of the model pack this cycle uses.',
      required: true,
      maxLength: 32
    }),
    phase: phaseField,
    startDate: dateField({ internalName: 'WpqStartDate', displayName: 'Start date', description: 'When the cycle began.' }),
    endDate: dateField({ internalName: 'WpqEndDate', displayName: 'End date', description: 'When the cycle is planned to end.' }),
    minimumGroupSize: numberField({
      internalName: 'WpqMinGroupSize',
      displayName: 'Minimum group size',
      description: 'Staff results are shown only when at least this many people answered (never fewer than 5).',
      min: 1,
      max: 1000,
      decimals: 0
    }),
    results: noteField({
      internalName: 'WpqResults',
      displayName: 'Published results',
      description: 'Results published by a manager, as JSON: scores per statement and pillar. Written by the app.'
    }),
    resultsSummary: noteField({
      internalName: 'WpqResultsSummary',
      displayName: 'Published summary',
      description: 'Pillar scores and the weakest pillar of the published results, as JSON. Written by the app.'
    }),
    publishedAt: dateTimeField({
      internalName: 'WpqPublishedAt',
      displayName: 'Results published',
      description: 'When the results were last published.'
    }),
    // Closing a cycle starts the next one: a retried start must not store a second, empty cycle.
    clientId: clientIdColumn(5)
  }
});

function scoreInternalName(areaId: string): string {
  return `WpqScore_${areaId.replace(/[^A-Za-z0-9]/g, '_')}`.slice(0, 32);
}

/**
 * One score column per pillar and theme of WPQ's default pack, for SharePoint views and Power BI.
 * The app itself scores groups from the answers (pooled per statement), never by averaging these.
 */
export const SCORE_FIELDS: ReadonlyArray<{ areaId: string; field: FieldDef<number | null> }> = defaultPack.pillars.map((pillar) => ({
  areaId: pillar.id,
  field: numberField({
    internalName: scoreInternalName(pillar.id),
    displayName: `${pillar.shortName ?? pillar.name} score (%)`,
    description: `This response's score for ${pillar.name}, from 0 to 100. Empty when no question in it was answered.`,
    min: 0,
    max: 100,
    decimals: 1
  })
}));

export const responsesList = list({
  key: 'responses',
  title: `${LIST_TITLE_PREFIX}Responses`,
  urlName: 'WPQResponses',
  description:
    "One item per staff pulse or leaders' self-assessment (a leader's draft until it is submitted). People can read and edit only their own answers; site owners can read all of them.",
  readSecurity: 2,
  writeSecurity: 2,
  since: 1,
  fields: {
    title: titleField({ displayName: 'Response', description: 'Filled in by the app.', required: false }),
    cycle: cycleColumn('The cycle this response belongs to.'),
    service: serviceColumn('The service of the cycle.'),
    kind: kindField,
    submissionId: textField({
      internalName: 'WpqSubmissionId',
      displayName: 'Submission id',
      description: 'Made by the app for each submission, so that a retried submission is never stored twice.',
      required: true,
      maxLength: 64,
      unique: true
    }),
    answers: noteField({
      internalName: 'WpqAnswers',
      displayName: 'Answers',
      description: 'The answers as JSON, in the order of the statements of the model pack version the cycle uses.',
      required: true
    }),
    submittedAt: dateTimeField({
      internalName: 'WpqSubmittedAt',
      displayName: 'Submitted',
      description: 'When the answers were sent. Empty for a draft that a leader is still working on.'
    }),
    comment: noteField({
      internalName: 'WpqComment',
      displayName: 'Comment',
      description: "The staff pulse's one free-text answer, as written (at most 2,000 characters).",
      since: 3
    }),
    evidence: noteField({
      internalName: 'WpqEvidence',
      displayName: 'Evidence',
      description: "The leader's evidence for each statement (a note and links), as JSON. Written by the app.",
      since: 3
    })
  },
  extraFields: SCORE_FIELDS.map((s) => s.field)
});

export const actionsList = list({
  key: 'actions',
  title: `${LIST_TITLE_PREFIX}Actions`,
  urlName: 'WPQActions',
  description: 'The action plan: what will be done, by whom and by when, for each pillar and statement.',
  readSecurity: 1,
  writeSecurity: 1,
  since: 1,
  fields: {
    title: titleField({ displayName: 'Action', description: 'What will be done, in a few words.', required: true }),
    cycle: cycleColumn('The cycle whose plan holds this action.'),
    service: serviceColumn('The service the action is for.'),
    pillarId: textField({ internalName: 'WpqPillarId', displayName: 'Pillar', description: 'Id of the pillar or theme in the model pack.', maxLength: 64 }),
    statementId: textField({
      internalName: 'WpqStatementId',
      displayName: 'Statement',
      description: 'Id of the statement the action answers, if any.',
      maxLength: 64
    }),
    detail: noteField({ internalName: 'WpqDetail', displayName: 'Detail', description: 'What will be done and how.' }),
    owner: userField({ internalName: 'WpqOwner', displayName: 'Owner', description: 'The person responsible.', indexed: true }),
    dueDate: dateField({ internalName: 'WpqDueDate', displayName: 'Due date', description: 'When it should be done.', indexed: true }),
    status: statusField,
    priority: priorityField,
    successMeasure: noteField({
      internalName: 'WpqSuccessMeasure',
      displayName: 'Success measure',
      description: 'How we will know it worked.',
      since: 2
    }),
    progressNotes: noteField({
      internalName: 'WpqProgressNotes',
      displayName: 'Progress notes',
      description: 'Progress notes with their dates and authors, as JSON. Written by the app.'
    }),
    completedDate: dateField({ internalName: 'WpqCompletedDate', displayName: 'Completed', description: 'When it was done.' }),
    carriedOverFrom: lookupField({
      internalName: 'WpqCarriedOverFrom',
      displayName: 'Carried over from',
      description: 'The unfinished action of an earlier cycle that this one continues.',
      list: 'actions',
      since: 2
    }),
    clientId: clientIdColumn()
  }
});

export const measuresList = list({
  key: 'measures',
  title: `${LIST_TITLE_PREFIX}Measures`,
  urlName: 'WPQMeasures',
  description: 'Workforce measures for each service and period, such as turnover or supervision on schedule.',
  readSecurity: 1,
  writeSecurity: 1,
  since: 1,
  fields: {
    title: titleField({ displayName: 'Measure name', description: 'Filled in by the app from the model pack.', required: false }),
    service: serviceColumn('The service measured.'),
    measureId: textField({
      internalName: 'WpqMeasureId',
      displayName: 'Measure',
      description: 'Id of the measure in the model pack.',
      required: true,
      maxLength: 64,
      indexed: true
    }),
    period: textField({ internalName: 'WpqPeriod', displayName: 'Period', description: 'For example "April to June 2026".', maxLength: 60 }),
    periodEnd: dateField({
      internalName: 'WpqPeriodEnd',
      displayName: 'Period end',
      description: 'The last day of the period.',
      required: true,
      indexed: true,
      indexedSince: 2
    }),
    numerator: numberField({ internalName: 'WpqNumerator', displayName: 'Numerator', description: 'What was counted (the top of the fraction).', min: 0 }),
    denominator: numberField({
      internalName: 'WpqDenominator',
      displayName: 'Denominator',
      description: 'What it is counted against (the bottom of the fraction).',
      min: 0
    }),
    value: numberField({ internalName: 'WpqValue', displayName: 'Value', description: 'Worked out by the app from the two counts.' }),
    source: textField({ internalName: 'WpqSource', displayName: 'Source', description: 'Where the figures came from, such as ASC-WDS.', maxLength: 255 }),
    note: noteField({ internalName: 'WpqNote', displayName: 'Note', description: 'Anything to bear in mind about these figures.' }),
    clientId: clientIdColumn()
  }
});

export const reviewsList = list({
  key: 'reviews',
  title: `${LIST_TITLE_PREFIX}Reviews`,
  urlName: 'WPQReviews',
  description: 'What the review meeting found for each pillar: what changed, the evidence, a new score and the decisions.',
  readSecurity: 1,
  writeSecurity: 1,
  since: 2,
  fields: {
    title: titleField({ displayName: 'Review', description: 'Filled in by the app.', required: false }),
    cycle: cycleColumn('The cycle reviewed.', 2),
    pillarId: textField({
      internalName: 'WpqPillarId',
      displayName: 'Pillar',
      description: 'Id of the pillar or theme in the model pack.',
      required: true,
      maxLength: 64,
      since: 2
    }),
    whatChanged: noteField({ internalName: 'WpqWhatChanged', displayName: 'What changed', description: 'What is different since the plan.', since: 2 }),
    evidence: noteField({ internalName: 'WpqEvidence', displayName: 'Evidence', description: 'What shows the change.', since: 2 }),
    rescore: numberField({
      internalName: 'WpqRescore',
      displayName: 'New score (%)',
      description: "The leaders' new score for the pillar after the review, from 0 to 100.",
      min: 0,
      max: 100,
      since: 2
    }),
    decisions: noteField({ internalName: 'WpqDecisions', displayName: 'Decisions', description: 'What was decided next.', since: 2 })
  }
});

export const settingsList = list({
  key: 'settings',
  title: `${LIST_TITLE_PREFIX}Settings`,
  urlName: 'WPQSettings',
  description: "WPQ's settings for this site: the schema version, imported model packs and defaults. Changed by the app only.",
  readSecurity: 1,
  writeSecurity: 4,
  since: 1,
  fields: {
    title: titleField({ displayName: 'Setting', description: 'What the setting is, in words.', required: false }),
    key: textField({
      internalName: 'WpqKey',
      displayName: 'Key',
      description: 'The name the app looks the setting up by.',
      required: true,
      maxLength: 255,
      unique: true
    }),
    value: noteField({ internalName: 'WpqValue', displayName: 'Value', description: 'The setting, usually as JSON.' })
  }
});

/**
 * Provider summaries a quality lead (or a commissioner) imported from other organisations' WPQ sites:
 * one item per provider's cycle, holding the validated summary file as JSON. No person's name and no
 * single answer is ever in one (see src/data/summaries.ts).
 */
export const providerSummariesList = list({
  key: 'summaries',
  title: `${LIST_TITLE_PREFIX}Provider summaries`,
  urlName: 'WPQProviderSummaries',
  description: "Summaries of other providers' published cycles, imported from the files they sent. Written by the app.",
  readSecurity: 1,
  writeSecurity: 4,
  since: 5,
  fields: {
    title: titleField({ displayName: 'Provider summary', description: 'The provider, service and cycle, filled in by the app.', required: false }),
    summaryKey: textField({
      internalName: 'WpqSummaryKey',
      displayName: 'Summary key',
      description: "The provider's site and cycle the summary describes: one item per cycle.",
      required: true,
      maxLength: 255,
      unique: true,
      since: 5
    }),
    providerName: textField({
      internalName: 'WpqProviderName',
      displayName: 'Provider',
      description: 'The organisation that sent the summary.',
      required: true,
      maxLength: 255,
      since: 5
    }),
    serviceName: textField({
      internalName: 'WpqServiceName',
      displayName: 'Service name',
      description: "The provider's service the summary describes.",
      required: true,
      maxLength: 255,
      since: 5
    }),
    cycleTitle: textField({ internalName: 'WpqCycleTitle', displayName: 'Cycle name', description: "The provider's cycle.", required: true, maxLength: 255, since: 5 }),
    publishedAt: dateTimeField({
      internalName: 'WpqPublishedAt',
      displayName: 'Results published',
      description: 'When the provider published the results the summary holds.',
      since: 5
    }),
    importedAt: dateTimeField({ internalName: 'WpqImportedAt', displayName: 'Imported', description: 'When the summary was imported here.', since: 5 }),
    summary: noteField({
      internalName: 'WpqSummary',
      displayName: 'Summary file',
      description: 'The summary file as JSON, checked when it was imported. Written by the app.',
      required: true,
      since: 5
    })
  }
});

/** Every list, in the order set-up creates them (lookup targets first). */
export const ALL_LISTS = [servicesList, cyclesList, responsesList, actionsList, measuresList, reviewsList, settingsList, providerSummariesList] as const;

export type AnyListDef = (typeof ALL_LISTS)[number];

export function listByKey(key: ListKey): ListDef {
  const found = ALL_LISTS.find((l) => l.key === key);
  if (!found) throw new Error(`No WPQ list has the key ${key}.`);
  return found as unknown as ListDef;
}

/** All columns of a list, typed ones then pack-made ones. */
export function fieldsOf(list: ListDef): FieldDef[] {
  return [...Object.values(list.fields), ...list.extraFields];
}

/** The lists and columns as they were at an earlier schema version (used to test upgrades). */
export function listsAtVersion(version: number): ListDef[] {
  return ALL_LISTS.filter((l) => l.since <= version).map((l) => {
    const fields: Record<string, FieldDef> = {};
    const atVersion = (f: FieldDef): FieldDef => ({ ...f, indexed: f.indexed && f.indexedSince <= version });
    for (const [k, f] of Object.entries(l.fields as Record<string, FieldDef>)) if (f.since <= version) fields[k] = atVersion(f);
    return { ...(l as unknown as ListDef), fields, extraFields: l.extraFields.filter((f) => f.since <= version).map(atVersion) };
  });
}

/** SharePoint's own columns that WPQ reads (every list has them). */
export const SYSTEM_FIELDS = {
  id: 'Id',
  /** The site user id of the person who created the item. */
  authorId: 'AuthorId',
  /** When the item was last changed (ISO 8601 UTC). */
  modified: 'Modified'
} as const;
