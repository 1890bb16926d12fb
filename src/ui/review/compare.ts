/**
 * What the review screen works out: this cycle beside the service's previous one (leaders' and staff
 * scores and the gap per pillar and theme, statements with no counterpart when the pack versions
 * differ), the actions finished on time, late or not, the measures against their previous period,
 * the trend across every cycle, and how a review's evidence and re-score are stored. Pure functions.
 */
import { compareCycles, isWebAddress, type AreaChange, type AreaScore, type GroupScore, type ScoreSet } from '../../domain';
import { allStatements, corePillars, crossCuttingThemes, findMeasure, migrateStatementId, type ModelPack, type Pillar, type Scale } from '../../model';
import type { Action, Cycle, MeasureRecord, PublishedResults } from '../../data/types';

// ---------------------------------------------------------------------------------------------
// Pillars and themes

export interface ReviewArea {
  id: string;
  name: string;
  shortName: string;
  crossCutting: boolean;
}

/** The pillars, then the cross-cutting themes (such as digital), in the pack's order. */
export function reviewAreas(pack: ModelPack): ReviewArea[] {
  return [...corePillars(pack), ...crossCuttingThemes(pack)].map((p: Pillar) => ({
    id: p.id,
    name: p.name,
    shortName: p.shortName ?? p.name,
    crossCutting: p.crossCutting
  }));
}

// ---------------------------------------------------------------------------------------------
// This cycle beside the previous one

/** A group's scores as published: shown, hidden by the minimum group size, or nobody answered. */
export type GroupState = { kind: 'shown'; scores: ScoreSet } | { kind: 'hidden'; minimumGroupSize: number } | { kind: 'none' };

export function leadersState(results: PublishedResults | null): GroupState {
  return results?.leaders ? { kind: 'shown', scores: results.leaders } : { kind: 'none' };
}

export function staffState(results: PublishedResults | null): GroupState {
  const staff: GroupScore | null = results?.staff ?? null;
  if (staff === null) return { kind: 'none' };
  if (staff.status === 'suppressed') return { kind: 'hidden', minimumGroupSize: staff.minimumGroupSize };
  return { kind: 'shown', scores: staff };
}

function areaPercent(state: GroupState, areaId: string): number | null {
  if (state.kind !== 'shown') return null;
  const area: AreaScore | undefined = [...state.scores.pillars, ...state.scores.themes].find((a) => a.areaId === areaId);
  return area?.percent ?? null;
}

export interface SideBySideRow {
  area: ReviewArea;
  leaders: { previous: number | null; current: number | null; change: number | null; likeForLike: AreaChange['likeForLike'] };
  staff: { previous: number | null; current: number | null; change: number | null; likeForLike: AreaChange['likeForLike'] };
  /** Leaders minus staff, in points, in each cycle; null when either side has no score (or staff are hidden). */
  gap: { previous: number | null; current: number | null };
}

/** A statement of one cycle's pack with no counterpart in the other's: named, never compared. */
export interface UnmatchedStatement {
  statementId: string;
  text: string;
  audience: 'leaders' | 'staff';
  areaName: string;
}

export interface SideBySide {
  rows: SideBySideRow[];
  staff: { previous: GroupState['kind']; current: GroupState['kind']; minimumGroupSize: number | null };
  /** True when the two cycles used different packs or pack versions (statements were mapped across). */
  packsDiffer: boolean;
  /** Statements of the previous cycle that the current pack retired (no counterpart). */
  retired: UnmatchedStatement[];
  /** Statements of the current cycle with no predecessor in the previous cycle's pack. */
  added: UnmatchedStatement[];
}

const diff = (a: number | null, b: number | null): number | null => (a !== null && b !== null ? a - b : null);

function changesOf(previousPack: ModelPack, currentPack: ModelPack, previous: GroupState, current: GroupState): Map<string, AreaChange> {
  const map = new Map<string, AreaChange>();
  if (previous.kind !== 'shown' || current.kind !== 'shown') return map;
  const comparison = compareCycles({ pack: previousPack, scores: previous.scores }, { pack: currentPack, scores: current.scores });
  for (const c of [...comparison.pillars, ...comparison.themes]) map.set(c.areaId, c);
  return map;
}

/**
 * The statements that cannot be compared: each earlier statement the current pack's migrations retire
 * (or that no longer exists), and each current statement no earlier statement maps to.
 */
export function unmatchedStatements(previousPack: ModelPack, currentPack: ModelPack): { retired: UnmatchedStatement[]; added: UnmatchedStatement[] } {
  const from = { packId: previousPack.id, version: previousPack.version };
  const retired: UnmatchedStatement[] = [];
  const reached = new Set<string>();
  for (const audience of ['leaders', 'staff'] as const) {
    for (const s of allStatements(previousPack, audience)) {
      const to = migrateStatementId(currentPack, s.statement.id, from);
      if (to === null) retired.push({ statementId: s.statement.id, text: s.statement.text, audience, areaName: s.pillar.name });
      else reached.add(to);
    }
  }
  const added: UnmatchedStatement[] = [];
  for (const audience of ['leaders', 'staff'] as const) {
    for (const s of allStatements(currentPack, audience)) {
      if (!reached.has(s.statement.id)) added.push({ statementId: s.statement.id, text: s.statement.text, audience, areaName: s.pillar.name });
    }
  }
  return { retired, added };
}

/**
 * This cycle's scores per pillar and theme beside the previous cycle's: leaders, staff (only where
 * the minimum group size was met in both) and the gap between them. Statements are mapped through
 * the current pack's migrations; those without a counterpart are listed.
 */
export function sideBySide(input: {
  currentPack: ModelPack;
  currentResults: PublishedResults | null;
  previousPack: ModelPack;
  previousResults: PublishedResults | null;
}): SideBySide {
  const { currentPack, previousPack } = input;
  const leaders = { previous: leadersState(input.previousResults), current: leadersState(input.currentResults) };
  const staff = { previous: staffState(input.previousResults), current: staffState(input.currentResults) };
  const leaderChanges = changesOf(previousPack, currentPack, leaders.previous, leaders.current);
  const staffChanges = changesOf(previousPack, currentPack, staff.previous, staff.current);
  const rows = reviewAreas(currentPack).map((area): SideBySideRow => {
    const l = { previous: areaPercent(leaders.previous, area.id), current: areaPercent(leaders.current, area.id) };
    const s = { previous: areaPercent(staff.previous, area.id), current: areaPercent(staff.current, area.id) };
    return {
      area,
      leaders: { ...l, change: diff(l.current, l.previous), likeForLike: leaderChanges.get(area.id)?.likeForLike ?? null },
      staff: { ...s, change: diff(s.current, s.previous), likeForLike: staffChanges.get(area.id)?.likeForLike ?? null },
      gap: { previous: diff(l.previous, s.previous), current: diff(l.current, s.current) }
    };
  });
  const packsDiffer = previousPack.id !== currentPack.id || previousPack.version !== currentPack.version;
  const hiddenMinimum = [staff.current, staff.previous].find((x): x is Extract<GroupState, { kind: 'hidden' }> => x.kind === 'hidden');
  return {
    rows,
    staff: { previous: staff.previous.kind, current: staff.current.kind, minimumGroupSize: hiddenMinimum?.minimumGroupSize ?? null },
    packsDiffer,
    ...(packsDiffer ? unmatchedStatements(previousPack, currentPack) : { retired: [], added: [] })
  };
}

// ---------------------------------------------------------------------------------------------
// Actions finished on time, late or not

export type ActionOutcome = 'on-time' | 'late' | 'done-no-due-date' | 'not-done';

/** Done by its due date, after it, done with no due date, or not done (open, dropped or carried over). */
export function actionOutcome(action: Pick<Action, 'status' | 'dueDate' | 'completedDate'>): ActionOutcome {
  if (action.status !== 'done') return 'not-done';
  if (action.dueDate === null) return 'done-no-due-date';
  // Done without a completion date (set by hand in the list): it cannot be shown to be on time.
  if (action.completedDate === null) return 'late';
  return action.completedDate <= action.dueDate ? 'on-time' : 'late';
}

export type OutcomeCounts = Record<ActionOutcome, number> & { total: number };

export function outcomeCounts(actions: ReadonlyArray<Pick<Action, 'status' | 'dueDate' | 'completedDate'>>): OutcomeCounts {
  const counts: OutcomeCounts = { 'on-time': 0, late: 0, 'done-no-due-date': 0, 'not-done': 0, total: 0 };
  for (const a of actions) {
    counts[actionOutcome(a)]++;
    counts.total++;
  }
  return counts;
}

// ---------------------------------------------------------------------------------------------
// Measures against their previous period

export interface MeasureChange {
  measureId: string;
  name: string;
  unit: string;
  latest: MeasureRecord;
  previous: MeasureRecord | null;
  /** Latest minus previous; null when either has no value. */
  change: number | null;
  /** Whether the change is for the better, by the measure's direction; null when unknown or unchanged. */
  better: boolean | null;
}

/** Each measure's latest figures beside the figures for the period before, in the pack's order. */
export function measureChanges(records: readonly MeasureRecord[], pack: ModelPack): MeasureChange[] {
  const byMeasure = new Map<string, MeasureRecord[]>();
  for (const r of records) byMeasure.set(r.measureId, [...(byMeasure.get(r.measureId) ?? []), r]);
  const order = (id: string): number => {
    const i = pack.measures.findIndex((m) => m.id === id);
    return i < 0 ? Number.MAX_SAFE_INTEGER : i;
  };
  return [...byMeasure.entries()]
    .sort(([a], [b]) => order(a) - order(b) || a.localeCompare(b))
    .map(([measureId, list]) => {
      const sorted = [...list].sort((x, y) => y.periodEnd.localeCompare(x.periodEnd) || y.id - x.id);
      const latest = sorted[0];
      // The period before: the latest record that ends earlier (a correction on the same day is not a period).
      const previous = sorted.find((r) => r.periodEnd < latest.periodEnd) ?? null;
      const measure = findMeasure(pack, measureId);
      const change = previous ? diff(latest.value, previous.value) : null;
      const better = change === null || change === 0 || !measure ? null : measure.higherIsBetter ? change > 0 : change < 0;
      return { measureId, name: measure?.name ?? measureId, unit: measure?.unit ?? '', latest, previous, change, better };
    });
}

// ---------------------------------------------------------------------------------------------
// Trend across the service's cycles

export interface TrendPoint {
  cycleId: number;
  title: string;
  startDate: string | null;
  leaders: number | null;
  staff: number | null;
  /** Staff figures hidden by the minimum group size in this cycle. */
  staffHidden: boolean;
}

/** Each published cycle of the service, oldest first, with the area's published leaders' and staff scores. */
export function trendFor(cycles: readonly Cycle[], areaId: string): TrendPoint[] {
  return cycles
    .filter((c) => c.summary !== null)
    .sort((a, b) => (a.startDate ?? '').localeCompare(b.startDate ?? '') || a.id - b.id)
    .map((c) => {
      const summary = c.summary as NonNullable<Cycle['summary']>;
      const find = (list: Array<{ pillarId: string; percent: number | null }> | undefined): number | null =>
        list?.find((p) => p.pillarId === areaId)?.percent ?? null;
      const leaders = summary.leaders ? find([...summary.leaders.pillars, ...summary.leaders.themes]) : null;
      const staffShown = summary.staff?.status === 'shown' ? summary.staff : null;
      return {
        cycleId: c.id,
        title: c.title,
        startDate: c.startDate,
        leaders,
        staff: staffShown ? find([...staffShown.pillars, ...staffShown.themes]) : null,
        staffHidden: summary.staff?.status === 'suppressed'
      };
    });
}

// ---------------------------------------------------------------------------------------------
// A review's evidence and re-score as stored

export interface ReviewEvidence {
  note: string;
  links: string[];
}

/**
 * The evidence column holds `{"note": …, "links": […]}`. Text written another way (by hand in the list)
 * is read as a note, so nothing typed is lost.
 */
export function parseEvidence(text: string | null): ReviewEvidence {
  if (text === null || text.trim() === '') return { note: '', links: [] };
  try {
    const value = JSON.parse(text) as unknown;
    if (value !== null && typeof value === 'object' && !Array.isArray(value)) {
      const v = value as { note?: unknown; links?: unknown };
      const note = typeof v.note === 'string' ? v.note : '';
      const links = Array.isArray(v.links) ? v.links.filter((l): l is string => typeof l === 'string') : [];
      if (v.note !== undefined || v.links !== undefined) return { note, links };
    }
  } catch {
    // Not JSON: the text itself is the note.
  }
  return { note: text, links: [] };
}

export function serialiseEvidence(evidence: ReviewEvidence): string | null {
  const note = evidence.note.trim();
  const links = evidence.links.map((l) => l.trim()).filter((l) => l !== '');
  if (note === '' && links.length === 0) return null;
  return JSON.stringify({ note, links });
}

/** One link a line, blank lines left out. */
export function linesOf(text: string): string[] {
  return text
    .split(/\r?\n/)
    .map((l) => l.trim())
    .filter((l) => l !== '');
}

/** The links that are web addresses (shown as links); the others are shown as text. */
export function safeLinks(links: readonly string[]): Array<{ text: string; link: boolean }> {
  return links.map((text) => ({ text, link: isWebAddress(text) }));
}

/** A scale option's value as the stored re-score, 0 to 100 (the same 0–100 as published scores). */
export function rescorePercent(scale: Scale, value: number): number {
  const values = scale.options.map((o) => o.value);
  const min = Math.min(...values);
  const max = Math.max(...values);
  return max === min ? 0 : Math.round(((value - min) / (max - min)) * 10000) / 100;
}

/** The scale option nearest to a stored re-score; null when none is stored. */
export function rescoreOption(scale: Scale, percent: number | null): number | null {
  if (percent === null) return null;
  let best: { value: number; distance: number } | null = null;
  for (const o of scale.options) {
    const distance = Math.abs(rescorePercent(scale, o.value) - percent);
    if (best === null || distance < best.distance) best = { value: o.value, distance };
  }
  return best?.value ?? null;
}

