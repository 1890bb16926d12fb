/**
 * Scoring rules for the self-assessment (leaders) and the staff pulse. See README.md in this
 * folder for the rules in plain words. Pure functions, no I/O.
 *
 * Answers are streamed into a {@link ResponseTally}: one running sum and count per statement, held
 * in typed arrays. Adding a response never allocates, so 100,000 responses of 30 answers take a few
 * milliseconds; tallies can be built page by page and merged. Scores are computed from a tally.
 */
import { Audience, EarlierPack, ModelPack, migrateStatementId, pillarStatements } from '../model';

/** The answer "don't know" or "does not apply": offered to people, never counted in a score. */
export const DONT_KNOW = 'dont-know';

export type AnswerValue = number | typeof DONT_KNOW;

/**
 * "Don't know" in a row of numbers (see {@link encodeAnswers}): outside every scale (scale values run
 * from -100 to 100) and still a whole number that fits an Int8Array, so compact rows can hold it.
 */
export const DONT_KNOW_CODE = -128;

export interface Answer {
  statementId: string;
  /** A value from the audience's scale, or {@link DONT_KNOW}. */
  value: AnswerValue;
}

/** Results for a group are shown only when at least this many people answered. */
export const DEFAULT_MINIMUM_GROUP_SIZE = 5;

/**
 * The minimum group size to use: the configured value when it is a whole number of at least
 * {@link DEFAULT_MINIMUM_GROUP_SIZE}, otherwise the default. It can be raised, never lowered.
 */
export function resolveMinimumGroupSize(configured?: number): number {
  if (configured === undefined || !Number.isFinite(configured)) return DEFAULT_MINIMUM_GROUP_SIZE;
  return Math.max(DEFAULT_MINIMUM_GROUP_SIZE, Math.floor(configured));
}

// ---------------------------------------------------------------------------------------------
// Index: a compact view of one audience's statements in a pack

export interface ScoringArea {
  readonly id: string;
  readonly crossCutting: boolean;
  /** Positions (in the index) of this area's statements. */
  readonly statementPositions: readonly number[];
}

/** One audience's statements of one pack, numbered 0..n-1 in pack order. Build once, reuse. */
export interface ScoringIndex {
  readonly packId: string;
  readonly packVersion: string;
  readonly audience: Audience;
  readonly scaleMin: number;
  readonly scaleMax: number;
  readonly statementIds: readonly string[];
  /** Index into `areas` of each statement's pillar or theme. */
  readonly statementArea: Int32Array;
  readonly areas: readonly ScoringArea[];
  readonly statementPosition: ReadonlyMap<string, number>;
  /** validValue[v - scaleMin] is 1 when v is a scored value of the scale. */
  readonly validValue: Uint8Array;
}

export function buildScoringIndex(pack: ModelPack, audience: Audience): ScoringIndex {
  const scale = pack.scales[audience];
  const values = scale.options.map((o) => o.value);
  const scaleMin = Math.min(...values);
  const scaleMax = Math.max(...values);
  const validValue = new Uint8Array(scaleMax - scaleMin + 1);
  for (const v of values) validValue[v - scaleMin] = 1;

  const statementIds: string[] = [];
  const areaOf: number[] = [];
  const areas: ScoringArea[] = [];
  const statementPosition = new Map<string, number>();
  pack.pillars.forEach((pillar, a) => {
    const positions: number[] = [];
    for (const s of pillarStatements(pillar, audience)) {
      positions.push(statementIds.length);
      statementPosition.set(s.id, statementIds.length);
      statementIds.push(s.id);
      areaOf.push(a);
    }
    areas.push({ id: pillar.id, crossCutting: pillar.crossCutting, statementPositions: positions });
  });
  return {
    packId: pack.id,
    packVersion: pack.version,
    audience,
    scaleMin,
    scaleMax,
    statementIds,
    statementArea: Int32Array.from(areaOf),
    areas,
    statementPosition,
    validValue
  };
}

/**
 * One response as a row of numbers in index order, for storage or for {@link addResponses}:
 * {@link DONT_KNOW_CODE} where the answer is "don't know", NaN where it is missing, off the scale or
 * for an unknown statement.
 */
export function encodeAnswers(index: ScoringIndex, answers: readonly Answer[]): Float64Array {
  const row = new Float64Array(index.statementIds.length).fill(NaN);
  for (const answer of answers) {
    const position = index.statementPosition.get(answer.statementId);
    if (position === undefined) continue;
    row[position] = answer.value === DONT_KNOW ? DONT_KNOW_CODE : isScored(index, answer.value) ? (answer.value as number) : NaN;
  }
  return row;
}

function isScored(index: ScoringIndex, value: AnswerValue): boolean {
  if (typeof value !== 'number') return false;
  const k = value - index.scaleMin;
  return k >= 0 && k < index.validValue.length && (k | 0) === k && index.validValue[k] === 1;
}

// ---------------------------------------------------------------------------------------------
// Tally: running sums and counts per statement

/** Running totals for one audience of one pack. Add responses to it; score it at any time. */
export interface ResponseTally {
  readonly index: ScoringIndex;
  /** Sum of scored answers per statement. */
  readonly sums: Float64Array;
  /** Number of scored answers per statement ("don't know" is not counted). */
  readonly counts: Float64Array;
  /**
   * How many chose each option: statement s, value v at `s * span + (v - scaleMin)`, where span is
   * `scaleMax - scaleMin + 1`.
   */
  readonly optionCounts: Float64Array;
  /** Number of "don't know" answers per statement. */
  readonly dontKnow: Float64Array;
  /** Responses added, including those with no scored answer. */
  responses: number;
  /** Responses with at least one scored answer: the people the scores describe. */
  respondents: number;
}

export function createTally(index: ScoringIndex): ResponseTally {
  const n = index.statementIds.length;
  return {
    index,
    sums: new Float64Array(n),
    counts: new Float64Array(n),
    optionCounts: new Float64Array(n * index.validValue.length),
    dontKnow: new Float64Array(n),
    responses: 0,
    respondents: 0
  };
}

/**
 * Adds responses stored as rows of numbers, one row per response, one column per statement in
 * index order (see {@link encodeAnswers}). {@link DONT_KNOW_CODE} counts as "don't know"; any other
 * value that is not on the scale, such as NaN or a number outside it, counts as "no answer". Neither
 * is scored. Works with number[], Float64Array, Int8Array…
 */
export function addResponses(tally: ResponseTally, rows: ArrayLike<number>): void {
  const n = tally.index.statementIds.length;
  if (n === 0) return;
  if (rows.length % n !== 0) {
    throw new RangeError(`Each response needs ${n} values; got ${rows.length} values in all.`);
  }
  const { sums, counts, optionCounts, dontKnow } = tally;
  const min = tally.index.scaleMin;
  const valid = tally.index.validValue;
  const span = valid.length;
  const count = rows.length / n;
  let respondents = 0;
  for (let r = 0, base = 0; r < count; r++, base += n) {
    let any = false;
    for (let s = 0; s < n; s++) {
      const v = rows[base + s];
      const k = v - min;
      if (k >= 0 && k < span) {
        const ki = k | 0;
        if (ki === k && valid[ki] === 1) {
          sums[s] += v;
          counts[s] += 1;
          optionCounts[s * span + ki] += 1;
          any = true;
        }
      } else if (v === DONT_KNOW_CODE) {
        dontKnow[s] += 1;
      }
    }
    if (any) respondents++;
  }
  tally.responses += count;
  tally.respondents += respondents;
}

/** Adds one response given as answer objects. Later answers to the same statement replace earlier ones. */
export function addAnswers(tally: ResponseTally, answers: readonly Answer[]): void {
  addResponses(tally, encodeAnswers(tally.index, answers));
}

/** A new tally holding both tallies' responses. Both must come from the same pack, version and audience. */
export function mergeTallies(a: ResponseTally, b: ResponseTally): ResponseTally {
  if (a.index.packId !== b.index.packId || a.index.packVersion !== b.index.packVersion || a.index.audience !== b.index.audience) {
    throw new Error('Only tallies of the same pack version and audience can be merged.');
  }
  const out = createTally(a.index);
  for (let s = 0; s < out.sums.length; s++) {
    out.sums[s] = a.sums[s] + b.sums[s];
    out.counts[s] = a.counts[s] + b.counts[s];
    out.dontKnow[s] = a.dontKnow[s] + b.dontKnow[s];
  }
  for (let i = 0; i < out.optionCounts.length; i++) out.optionCounts[i] = a.optionCounts[i] + b.optionCounts[i];
  out.responses = a.responses + b.responses;
  out.respondents = a.respondents + b.respondents;
  return out;
}

// ---------------------------------------------------------------------------------------------
// Scores

export interface StatementScore {
  statementId: string;
  /** The pillar or theme the statement belongs to. */
  areaId: string;
  /** Number of scored answers; null when the statement is hidden. */
  validAnswers: number | null;
  /** Mean of scored answers in scale units; null when nobody gave a scored answer or it is hidden. */
  mean: number | null;
  /** The mean on a 0–100 scale (0 = lowest option, 100 = highest); null as for mean. */
  percent: number | null;
  /** True when hidden because fewer people than the minimum group size gave a scored answer. */
  hidden: boolean;
  /**
   * How many chose each option of the scale (lowest value first), then how many said "don't know";
   * null when the statement is hidden (and in results published before WPQ kept the spread).
   */
  distribution: OptionCount[] | null;
  /**
   * Leaders only: true when their scored answers to the statement are {@link DISAGREEMENT_POINTS} or
   * more scale points apart (a prompt to talk it through). Null for staff, whose answers are read as a
   * group, and in results published before WPQ worked it out.
   */
  disagreement: boolean | null;
}

/** One option of a statement and how many people chose it. */
export interface OptionCount {
  /** A value of the scale, or {@link DONT_KNOW}. */
  value: AnswerValue;
  count: number;
}

/** Leaders' answers to a statement this many scale points apart or more are a disagreement. */
export const DISAGREEMENT_POINTS = 2;

export interface AreaScore {
  areaId: string;
  crossCutting: boolean;
  /** Mean of the area's statement scores (each statement counts equally); null when none is scored. */
  mean: number | null;
  percent: number | null;
  statementsScored: number;
  statementsTotal: number;
}

export interface WeakestPillar {
  areaId: string;
  percent: number;
}

/**
 * A summary across the pillars. It always carries the weakest pillar beside the overall figure:
 * show both, never the overall figure alone.
 */
export interface PillarSummary {
  /** Mean of the pillar percentages, each pillar counting equally; null unless every pillar is scored. */
  overallPercent: number | null;
  /** The lowest-scoring pillar; null when no pillar is scored. */
  weakest: WeakestPillar | null;
  /** Other pillars with exactly the same score as the weakest. */
  weakestTiedWith: string[];
  pillarsScored: number;
  pillarsTotal: number;
  /** Pillars without a score (no scored answers, or every statement hidden). */
  unscoredPillarIds: string[];
}

export interface ScoreSet {
  packId: string;
  packVersion: string;
  audience: Audience;
  respondents: number;
  statements: StatementScore[];
  /** The pillars, without cross-cutting themes. */
  pillars: AreaScore[];
  /** Cross-cutting themes such as digital, reported beside the pillars and not in the summary. */
  themes: AreaScore[];
  summary: PillarSummary;
}

export interface SuppressedGroup {
  status: 'suppressed';
  packId: string;
  packVersion: string;
  audience: Audience;
  /** Fewer than this many people answered; the exact number is not given. */
  minimumGroupSize: number;
}

export type GroupScore = ({ status: 'shown'; minimumGroupSize: number } & ScoreSet) | SuppressedGroup;

const TIE = 1e-9;

function toPercent(index: ScoringIndex, mean: number): number {
  return ((mean - index.scaleMin) / (index.scaleMax - index.scaleMin)) * 100;
}

/** The summary of a list of pillar scores: overall figure and weakest pillar. Themes are ignored. */
export function summarisePillars(areas: readonly AreaScore[]): PillarSummary {
  const pillars = areas.filter((a) => !a.crossCutting);
  const scored = pillars.filter((p): p is AreaScore & { percent: number } => p.percent !== null);
  let weakest: WeakestPillar | null = null;
  for (const p of scored) {
    if (weakest === null || p.percent < weakest.percent - TIE) weakest = { areaId: p.areaId, percent: p.percent };
  }
  const weakestTiedWith =
    weakest === null
      ? []
      : scored.filter((p) => p.areaId !== weakest?.areaId && Math.abs(p.percent - (weakest?.percent ?? 0)) <= TIE).map((p) => p.areaId);
  const complete = pillars.length > 0 && scored.length === pillars.length;
  return {
    overallPercent: complete ? scored.reduce((sum, p) => sum + p.percent, 0) / scored.length : null,
    weakest,
    weakestTiedWith,
    pillarsScored: scored.length,
    pillarsTotal: pillars.length,
    unscoredPillarIds: pillars.filter((p) => p.percent === null).map((p) => p.areaId)
  };
}

/** How many chose each option of statement s, lowest value first, then "don't know". */
function distributionOf(tally: ResponseTally, s: number): OptionCount[] {
  const { index, optionCounts, dontKnow } = tally;
  const span = index.validValue.length;
  const out: OptionCount[] = [];
  for (let k = 0; k < span; k++) {
    if (index.validValue[k] === 1) out.push({ value: index.scaleMin + k, count: optionCounts[s * span + k] });
  }
  out.push({ value: DONT_KNOW, count: dontKnow[s] });
  return out;
}

/** True when the scored answers in a distribution are {@link DISAGREEMENT_POINTS} or more apart. */
function disagreementIn(distribution: readonly OptionCount[]): boolean {
  let low = Infinity;
  let high = -Infinity;
  for (const o of distribution) {
    if (typeof o.value !== 'number' || o.count === 0) continue;
    low = Math.min(low, o.value);
    high = Math.max(high, o.value);
  }
  return high - low >= DISAGREEMENT_POINTS;
}

function scoreTally(tally: ResponseTally, minimumAnswers: number): ScoreSet {
  const { index, sums, counts } = tally;
  const leaders = index.audience === 'leaders';
  const statements: StatementScore[] = index.statementIds.map((statementId, s) => {
    const areaId = index.areas[index.statementArea[s]].id;
    const n = counts[s];
    if (n > 0 && n < minimumAnswers) {
      return { statementId, areaId, validAnswers: null, mean: null, percent: null, hidden: true, distribution: null, disagreement: null };
    }
    const mean = n > 0 ? sums[s] / n : null;
    const distribution = distributionOf(tally, s);
    return {
      statementId,
      areaId,
      validAnswers: n,
      mean,
      percent: mean === null ? null : toPercent(index, mean),
      hidden: false,
      distribution,
      disagreement: leaders ? disagreementIn(distribution) : null
    };
  });
  const areaScores: AreaScore[] = index.areas.map((area) => {
    let total = 0;
    let scored = 0;
    for (const s of area.statementPositions) {
      const mean = statements[s].mean;
      if (mean !== null) {
        total += mean;
        scored++;
      }
    }
    const mean = scored > 0 ? total / scored : null;
    return {
      areaId: area.id,
      crossCutting: area.crossCutting,
      mean,
      percent: mean === null ? null : toPercent(index, mean),
      statementsScored: scored,
      statementsTotal: area.statementPositions.length
    };
  });
  return {
    packId: index.packId,
    packVersion: index.packVersion,
    audience: index.audience,
    respondents: tally.respondents,
    statements,
    pillars: areaScores.filter((a) => !a.crossCutting),
    themes: areaScores.filter((a) => a.crossCutting),
    summary: summarisePillars(areaScores)
  };
}

/**
 * Scores a self-assessment (one or more leaders, who are named, so nothing is hidden). Staff
 * answers are anonymous and are scored only through {@link scoreGroup}, so a staff tally is refused
 * here: scoring it without the minimum group size would show one person's answers.
 */
export function scoreSelfAssessment(tally: ResponseTally): ScoreSet {
  if (tally.index.audience !== 'leaders') {
    throw new Error("Only leaders' answers can be scored as a self-assessment; score staff answers as a group with scoreGroup.");
  }
  return scoreTally(tally, 1);
}

/** Scores one leader's self-assessment given as answers (staff answers are refused, as for {@link scoreSelfAssessment}). */
export function scoreAnswers(index: ScoringIndex, answers: readonly Answer[]): ScoreSet {
  const tally = createTally(index);
  addAnswers(tally, answers);
  return scoreSelfAssessment(tally);
}

export interface GroupOptions {
  /** Defaults to {@link DEFAULT_MINIMUM_GROUP_SIZE}; values below it are raised to it. */
  minimumGroupSize?: number;
}

/**
 * Scores a group's anonymous answers (a team's staff pulse). Nothing is shown unless at least the
 * minimum group size of people gave a scored answer, and the count is then not revealed. When the
 * group is shown, a statement that fewer than that many people answered (others said "don't know")
 * is hidden and left out of its pillar.
 */
export function scoreGroup(tally: ResponseTally, options: GroupOptions = {}): GroupScore {
  const minimumGroupSize = resolveMinimumGroupSize(options.minimumGroupSize);
  const { index } = tally;
  if (tally.respondents < minimumGroupSize) {
    return { status: 'suppressed', packId: index.packId, packVersion: index.packVersion, audience: index.audience, minimumGroupSize };
  }
  return { status: 'shown', minimumGroupSize, ...scoreTally(tally, minimumGroupSize) };
}

/**
 * One respondent's percentage per pillar or theme (in `index.areas` order), for storing beside a
 * submission for SharePoint views and Power BI. Null where they gave no scored answer in the area.
 * Group results in the app are computed from tallies, not by averaging these.
 */
export function responseAreaPercents(index: ScoringIndex, row: ArrayLike<number>): Array<number | null> {
  return index.areas.map((area) => {
    let total = 0;
    let n = 0;
    for (const s of area.statementPositions) {
      const v = row[s];
      if (isScored(index, v)) {
        total += v;
        n++;
      }
    }
    return n > 0 ? toPercent(index, total / n) : null;
  });
}

// ---------------------------------------------------------------------------------------------
// Perception gap: leaders against staff

export interface PerceptionGapRow {
  areaId: string;
  crossCutting: boolean;
  leadersPercent: number | null;
  staffPercent: number | null;
  /** Leaders minus staff, in percentage points: positive when leaders rate the pillar higher than staff do. */
  gap: number | null;
}

export interface PerceptionGap {
  /** True when the staff results are hidden by the minimum group size: no gap can be shown. */
  staffSuppressed: boolean;
  rows: PerceptionGapRow[];
  /** The pillar (not theme) with the widest gap either way; null when no gap can be worked out. */
  widest: PerceptionGapRow | null;
}

/**
 * Compares leaders' self-assessment with staff answers per pillar and theme, on the 0–100 scale
 * that makes the two scales comparable. The questions differ, so read the gap as a prompt for a
 * conversation, not a measurement.
 */
export function perceptionGap(leaders: ScoreSet, staff: ScoreSet | GroupScore): PerceptionGap {
  const suppressed = 'status' in staff && staff.status === 'suppressed';
  const staffAreas = new Map<string, AreaScore>();
  if (!('status' in staff) || staff.status === 'shown') {
    for (const a of [...staff.pillars, ...staff.themes]) staffAreas.set(a.areaId, a);
  }
  const rows = [...leaders.pillars, ...leaders.themes].map((area): PerceptionGapRow => {
    const staffPercent = staffAreas.get(area.areaId)?.percent ?? null;
    const gap = area.percent !== null && staffPercent !== null ? area.percent - staffPercent : null;
    return { areaId: area.areaId, crossCutting: area.crossCutting, leadersPercent: area.percent, staffPercent, gap };
  });
  let widest: PerceptionGapRow | null = null;
  for (const row of rows) {
    if (row.crossCutting || row.gap === null) continue;
    if (widest === null || Math.abs(row.gap) > Math.abs(widest.gap ?? 0) + TIE) widest = row;
  }
  return { staffSuppressed: suppressed, rows, widest };
}

// ---------------------------------------------------------------------------------------------
// Comparing two cycles

export interface CycleScores {
  /** The pack the cycle used (pinned by id and version). */
  pack: ModelPack;
  scores: ScoreSet | GroupScore;
}

export interface LikeForLike {
  /** Statements scored in both cycles (after following the migration map). */
  matchedStatements: number;
  previousPercent: number;
  currentPercent: number;
  change: number;
}

export interface AreaChange {
  areaId: string;
  crossCutting: boolean;
  previousPercent: number | null;
  currentPercent: number | null;
  /** Current minus previous, in percentage points. */
  change: number | null;
  /** The change over only the statements both cycles scored: not moved by added or removed statements. */
  likeForLike: LikeForLike | null;
}

export interface StatementChange {
  statementId: string;
  areaId: string;
  /** The statement's id in the previous cycle, when it had another id there (or the same id). */
  previousStatementIds: string[];
  previousPercent: number | null;
  currentPercent: number | null;
  change: number | null;
}

export interface CycleComparison {
  /** False when either cycle's group results are hidden, or the audiences differ. */
  comparable: boolean;
  reason?: 'suppressed' | 'different-audience';
  pillars: AreaChange[];
  themes: AreaChange[];
  statements: StatementChange[];
  previousSummary: PillarSummary | null;
  currentSummary: PillarSummary | null;
  /** Change of the overall figure in percentage points; read it beside the weakest pillar of each summary. */
  overallChange: number | null;
}

function shownScores(scores: ScoreSet | GroupScore): ScoreSet | null {
  if ('status' in scores && scores.status === 'suppressed') return null;
  return scores as ScoreSet;
}

function difference(current: number | null, previous: number | null): number | null {
  return current !== null && previous !== null ? current - previous : null;
}

function mean(values: number[]): number | null {
  return values.length === 0 ? null : values.reduce((a, b) => a + b, 0) / values.length;
}

/**
 * Change per pillar, theme and statement from a previous cycle to the current one. Statements are
 * matched through the current pack's migration map, so a statement that was renamed or reworded
 * under a new id still compares with its predecessor.
 */
export function compareCycles(previous: CycleScores, current: CycleScores): CycleComparison {
  const before = shownScores(previous.scores);
  const now = shownScores(current.scores);
  const empty = {
    pillars: [],
    themes: [],
    statements: [],
    previousSummary: before?.summary ?? null,
    currentSummary: now?.summary ?? null,
    overallChange: null
  };
  if (previous.scores.audience !== current.scores.audience) return { comparable: false, reason: 'different-audience', ...empty };
  if (before === null || now === null) return { comparable: false, reason: 'suppressed', ...empty };

  const from: EarlierPack = { packId: before.packId, version: before.packVersion };
  // Previous statement scores, grouped under the current id they migrate to.
  const predecessors = new Map<string, StatementScore[]>();
  for (const s of before.statements) {
    const currentId = migrateStatementId(current.pack, s.statementId, from);
    if (currentId === null) continue;
    const list = predecessors.get(currentId);
    if (list) list.push(s);
    else predecessors.set(currentId, [s]);
  }

  const statements: StatementChange[] = now.statements.map((s) => {
    const earlier = predecessors.get(s.statementId) ?? [];
    const previousPercent = mean(earlier.map((e) => e.percent).filter((p): p is number => p !== null));
    return {
      statementId: s.statementId,
      areaId: s.areaId,
      previousStatementIds: earlier.map((e) => e.statementId),
      previousPercent,
      currentPercent: s.percent,
      change: difference(s.percent, previousPercent)
    };
  });

  const previousAreas = new Map<string, AreaScore>();
  for (const a of [...before.pillars, ...before.themes]) previousAreas.set(a.areaId, a);

  const areaChange = (area: AreaScore): AreaChange => {
    const previousPercent = previousAreas.get(area.areaId)?.percent ?? null;
    const matched = statements.filter(
      (s) => s.areaId === area.areaId && s.previousPercent !== null && s.currentPercent !== null
    );
    const likeBefore = mean(matched.map((s) => s.previousPercent as number));
    const likeNow = mean(matched.map((s) => s.currentPercent as number));
    return {
      areaId: area.areaId,
      crossCutting: area.crossCutting,
      previousPercent,
      currentPercent: area.percent,
      change: difference(area.percent, previousPercent),
      likeForLike:
        likeBefore === null || likeNow === null
          ? null
          : { matchedStatements: matched.length, previousPercent: likeBefore, currentPercent: likeNow, change: likeNow - likeBefore }
    };
  };

  return {
    comparable: true,
    pillars: now.pillars.map(areaChange),
    themes: now.themes.map(areaChange),
    statements,
    previousSummary: before.summary,
    currentSummary: now.summary,
    overallChange: difference(now.summary.overallPercent, before.summary.overallPercent)
  };
}
