/**
 * What the data layer hands to screens: plain domain objects, never SharePoint items. Ids are the
 * SharePoint item ids; `etag` is what an update must send back for optimistic concurrency.
 */
import type { AreaScore, GroupScore, PillarSummary, ScoreSet } from '../domain';
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

export type MeasureInput = Omit<MeasureRecord, 'id' | 'etag' | 'value'>;

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
}

export interface Portfolio {
  services: PortfolioRow[];
}

export type { AreaScore, GroupScore, PillarSummary, ScoreSet };
