/**
 * What the data layer hands to screens: plain domain objects, never SharePoint items. Ids are the
 * SharePoint item ids; `etag` is what an update must send back for optimistic concurrency.
 */
import type { Answer, AreaScore, GroupScore, PillarSummary, ScoreSet } from '../domain';
import type { ActionStatus, Phase, Priority, ResponseKind, ServiceType } from './schema';

export type { ActionStatus, Phase, Priority, ResponseKind, ServiceType } from './schema';

export interface CareService {
  id: number;
  etag: string | null;
  name: string;
  serviceType: ServiceType | null;
  /** Site user ids of the people who answer the leaders' self-assessment. */
  leaderIds: number[];
  /** Site user ids of the people asked for the staff pulse; empty means everyone. */
  staffIds: number[];
  active: boolean;
}

export interface Cycle {
  id: number;
  etag: string | null;
  title: string;
  serviceId: number;
  packId: string;
  packVersion: string;
  phase: Phase;
  startDate: string | null;
  endDate: string | null;
  /** As set on the cycle; null means the site default. Never below 5 when applied. */
  minimumGroupSize: number | null;
  /** When results were last published; null when never. */
  publishedAt: string | null;
  /** The published pillar scores, small enough for lists of cycles; null when never published. */
  summary: ResultsSummary | null;
}

/** Pillar scores of one audience, as published. */
export interface AudienceSummary {
  /** Pillars (without cross-cutting themes), in pack order. */
  pillars: Array<{ pillarId: string; percent: number | null }>;
  /** Cross-cutting themes such as digital, reported beside the pillars. */
  themes: Array<{ pillarId: string; percent: number | null }>;
  /** Mean of the pillar percentages, only when every pillar is scored: always show it beside the weakest pillar. */
  overallPercent: number | null;
  weakest: { pillarId: string; percent: number } | null;
  weakestTiedWith: string[];
  respondents: number;
}

/** Staff results are shown only when at least the minimum group size answered. */
export type StaffSummary = { status: 'suppressed'; minimumGroupSize: number } | ({ status: 'shown'; minimumGroupSize: number } & AudienceSummary);

export interface ResultsSummary {
  packId: string;
  packVersion: string;
  publishedAt: string;
  minimumGroupSize: number;
  /** Null when no leader has submitted a self-assessment. */
  leaders: AudienceSummary | null;
  /** Null when no member of staff has answered. */
  staff: StaffSummary | null;
}

/** Everything a manager published for a cycle: the summary plus statement-level scores. */
export interface PublishedResults {
  formatVersion: 1;
  packId: string;
  packVersion: string;
  publishedAt: string;
  minimumGroupSize: number;
  leaders: ScoreSet | null;
  staff: GroupScore | null;
  /** Responses left out because their answers did not fit the pack (ids only). */
  excludedResponseIds: number[];
  /**
   * The staff responses (ids and versions, see `encodeBasis`) behind the staff figures last shown, kept
   * so that a later publication never shows figures that differ from them by fewer people than the
   * minimum group size. Null until staff figures have been shown.
   */
  staffBasis: string | null;
}

export interface SurveyResponseSummary {
  id: number;
  cycleId: number;
  serviceId: number;
  kind: ResponseKind;
  submissionId: string;
  submittedAt: string | null;
}

export interface ProgressNote {
  /** ISO date and time. */
  at: string;
  /** Site user id of the author, when known. */
  byId: number | null;
  byName: string;
  text: string;
  /** Present when the entry records a change of status (the text then says it in words, for older readers). */
  status?: { from: ActionStatus; to: ActionStatus };
}

export interface Action {
  id: number;
  etag: string | null;
  cycleId: number;
  serviceId: number;
  title: string;
  pillarId: string | null;
  statementId: string | null;
  detail: string | null;
  ownerId: number | null;
  dueDate: string | null;
  status: ActionStatus;
  priority: Priority | null;
  successMeasure: string | null;
  progressNotes: ProgressNote[];
  completedDate: string | null;
  carriedOverFromId: number | null;
}

export type ActionInput = Omit<Action, 'id' | 'etag' | 'progressNotes' | 'status' | 'priority'> & {
  status?: ActionStatus;
  priority?: Priority | null;
  progressNotes?: ProgressNote[];
  /**
   * Made once by the caller for this new action (8 to 64 letters, digits, hyphens or underscores) and
   * sent again with every retry of it, so it is stored once. The repository makes one when it is left out.
   */
  clientId?: string;
};

export type ActionChanges = Partial<Omit<Action, 'id' | 'etag' | 'cycleId' | 'serviceId'>>;

export interface MeasureRecord {
  id: number;
  etag: string | null;
  serviceId: number;
  measureId: string;
  period: string | null;
  periodEnd: string;
  numerator: number | null;
  denominator: number | null;
  value: number | null;
  source: string | null;
  note: string | null;
}

export type MeasureInput = Omit<MeasureRecord, 'id' | 'etag' | 'value'> & {
  /** As for actions: made once for these new figures and sent with every retry; made by the repository when left out. */
  clientId?: string;
};

export interface Review {
  id: number;
  etag: string | null;
  cycleId: number;
  pillarId: string;
  whatChanged: string | null;
  evidence: string | null;
  rescore: number | null;
  decisions: string | null;
}

export type ReviewInput = Omit<Review, 'id' | 'etag'>;

export interface SiteDefaults {
  /** Applied to cycles that do not set their own; never below 5. */
  minimumGroupSize: number;
}

export interface StoredPackSummary {
  id: string;
  version: string;
  title: string;
  /** `packContentHash` of the pack, so an import can tell "unchanged" from "changed". */
  contentHash: string;
  /** True once any cycle has pinned this pack id and version: it can then never change. */
  usedByCycle: boolean;
  /** True for the pack that cycles started from now on will use. */
  active: boolean;
  /** When the pack was stored (ISO 8601); absent for the built-in pack. */
  importedOn?: string;
  /** True for WPQ's own default pack, which is built in and never stored. */
  builtIn: boolean;
}

/** Managing the stored model packs (the shape the Model screen expects). */
export interface PackManagement {
  list(): Promise<StoredPackSummary[]>;
  /** Validates and stores a pack; refuses to change a pack version that a cycle uses. */
  save(pack: unknown): Promise<void>;
  /** Makes a pack (built in or stored) the one that cycles started from now on will use. */
  setActive(id: string, version: string): Promise<void>;
}

// ---------------------------------------------------------------------------------------------
// Read models

export interface ServiceOverview {
  service: { id: number; name: string; serviceType: ServiceType | null; active: boolean };
  /** The latest cycle not yet closed, else the latest closed one; null when the service has none. */
  currentCycle: Omit<Cycle, 'etag' | 'summary'> | null;
  /** Published results of the current cycle; null when none were published. */
  results: ResultsSummary | null;
  actions: ActionCounts;
  /** The latest value of each measure recorded for the service, in pack order where known. */
  measures: Array<{ measureId: string; period: string | null; periodEnd: string; value: number | null; numerator: number | null; denominator: number | null }>;
}

export interface ActionCounts {
  total: number;
  byStatus: Record<ActionStatus, number>;
  /** Not finished and due before today. */
  overdue: number;
  /** The unfinished action due soonest (overdue ones included); null when none has a due date. */
  nextDue?: { id: number; title: string; dueDate: string } | null;
}

export interface SurveyWaiting {
  cycleId: number;
  cycleTitle: string;
  serviceId: number;
  serviceName: string;
  kind: ResponseKind;
  packId: string;
  packVersion: string;
  endDate: string | null;
}

export interface MyAction {
  id: number;
  title: string;
  serviceId: number;
  serviceName: string;
  cycleId: number;
  dueDate: string | null;
  status: ActionStatus;
  overdue: boolean;
}

export interface MyWork {
  user: { id: number; title: string };
  surveys: SurveyWaiting[];
  actions: MyAction[];
}

export interface PortfolioRow {
  serviceId: number;
  serviceName: string;
  active: boolean;
  cycle: { id: number; title: string; phase: Phase; endDate: string | null } | null;
  results: ResultsSummary | null;
  openActions: number;
  overdueActions: number;
  /**
   * The latest value of each of the {@link PORTFOLIO_MEASURE_IDS} recorded for the service with a period
   * ending in the last {@link PORTFOLIO_MEASURE_MONTHS} months (older figures are left out of the
   * portfolio), in that order. Absent in read models made before it.
   */
  measures?: Array<{ measureId: string; periodEnd: string; value: number | null }>;
}

/** The key measures the portfolio compares with their benchmarks (ids in WPQ's default pack). */
export const PORTFOLIO_MEASURE_IDS = ['turnover-rate', 'vacancy-rate', 'sickness-days-per-worker', 'relevant-qualification-level-2'] as const;
/** How far back the portfolio looks for a service's latest measures. */
export const PORTFOLIO_MEASURE_MONTHS = 24;

/** A provider's summary imported into this site, shown in the portfolio beside the site's own services. */
export interface ImportedPortfolioRow {
  /** The stored item's id. */
  id: number;
  key: string;
  importedAt: string | null;
  summary: import('./summaries').ProviderSummary;
}

/**
 * Leaders' evidence of a cycle in aggregate (managers only): for each statement, the distinct notes and
 * links from the leaders' latest submitted self-assessments, without who gave them.
 */
export interface LeadersEvidence {
  /** How many leaders' submissions it comes from. */
  leaders: number;
  statements: Record<string, { notes: string[]; links: string[] }>;
}

export interface Portfolio {
  services: PortfolioRow[];
  /** Imported provider summaries; empty (or absent in older read models) when there are none. */
  imported?: ImportedPortfolioRow[];
}

export type { AreaScore, GroupScore, PillarSummary, ScoreSet };

// ---------------------------------------------------------------------------------------------
// Analyse: drafts, evidence, staff comments and participation

/** Limits on what people write in a response, checked before anything is sent. */
export const RESPONSE_LIMITS = {
  /** The staff pulse's one free-text answer. */
  commentChars: 2000,
  /** A leader's note on one statement. */
  evidenceNoteChars: 2000,
  /** Links on one statement. */
  evidenceLinks: 20,
  /** One link (an absolute http: or https: address). */
  linkChars: 2000
} as const;

/** What a leader points to for one statement: a note, and links (absolute `https:` or `http:` addresses). */
export interface StatementEvidence {
  note?: string;
  links?: string[];
}

/** A leader's evidence, by statement id (statements of the leaders' audience of the cycle's pack only). */
export type Evidence = Record<string, StatementEvidence>;

/** A response whose `submittedAt` is empty is a draft: a leader's self-assessment saved as they go. */
export type ResponseStatus = 'draft' | 'submitted';

/** The signed-in person's own response for a cycle, as they left it. */
export interface MyResponse {
  id: number;
  /** Pass it back to `saveDraft` (with `draftId`) so a save is one request and never overwrites a newer one. */
  etag: string | null;
  submissionId: string;
  status: ResponseStatus;
  /** When it was submitted (ISO 8601); null for a draft. */
  submittedAt: string | null;
  /** When it was last saved (SharePoint's Modified, ISO 8601). */
  savedAt: string;
  /** In the pinned pack's statement order; statements not answered yet are left out. */
  answers: Answer[];
  /** Leaders' evidence; empty for staff and when none was given. */
  evidence: Evidence;
  /** The staff pulse's free-text answer; null for leaders and when none was given. */
  comment: string | null;
}

/** A draft as saved. */
export interface DraftSaved {
  /** The draft's item id: pass it back as `draftId`. */
  id: number;
  /** When it was saved (SharePoint's Modified, ISO 8601). */
  savedAt: string;
  /** Pass it back as `etag` with the next save. */
  etag: string | null;
}

/** One staff comment as written, without its author. */
export interface StaffComment {
  text: string;
  /** The day it was submitted (YYYY-MM-DD, where the reader is). */
  date: string;
}

/**
 * The staff pulse's comments of a cycle (managers only). Hidden until at least the minimum group size
 * of staff have submitted, as for the staff figures.
 */
export type StaffComments =
  | { status: 'hidden'; minimumGroupSize: number }
  | { status: 'shown'; minimumGroupSize: number; comments: StaffComment[] };

export type LeaderProgress = 'submitted' | 'draft' | 'not-started';

/** Who has answered a cycle so far (managers only): what a manager checks before moving the phase on or publishing. */
export interface Participation {
  /** The minimum group size that applies to the cycle (never below 5). */
  minimumGroupSize: number;
  staff: {
    /** How many people the service asks for the staff pulse; null when it asks everyone. */
    invited: number | null;
    /** Distinct people with a submitted staff response. */
    answered: number;
  };
  /** One per leader of the service, in the service's order, then anyone else who submitted a leaders' response. */
  leaders: Array<{ userId: number; status: LeaderProgress }>;
}

export type { Answer, OptionCount, StatementScore } from '../domain';

// ---------------------------------------------------------------------------------------------
// People

/** Someone the people search found in the organisation's directory; not necessarily a user of the site yet. */
export interface PersonSuggestion {
  /** The claims login (`i:0#.f|membership|<upn>`) that `people.ensure` takes. */
  loginName: string;
  title: string;
  email: string | null;
  /** Job title in the directory. */
  jobTitle: string | null;
  department: string | null;
}

/** A user of the site: `id` is what person columns store. */
export interface SitePerson {
  id: number;
  title: string;
  email: string | null;
  loginName: string;
}

/**
 * Everything a survey or self-assessment screen needs before its first question, read in one batch:
 * the cycle, its service, the minimum group size that applies, the pinned pack and the person's own
 * latest response (a draft or a submission) for the kind asked.
 */
export interface SurveyStart {
  cycle: Cycle;
  /** Null when the service cannot be read (removed, or broken by hand). */
  service: CareService | null;
  /** The minimum group size that protects the people answering (never below 5). */
  minimumGroupSize: number;
  pack: import('../model').ModelPack;
  mine: MyResponse | null;
}
