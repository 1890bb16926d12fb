/**
 * What the results screen shows, worked out from the published results and the cycle's pack: the
 * pillars and themes in pack order with both groups' scores and the gap, the staff results' state,
 * and the gap in plain words. Pure functions, tested through the screen.
 */
import { perceptionGap, type AreaScore, type PillarSummary, type ScoreSet, type StatementScore } from '../../domain';
import { corePillars, crossCuttingThemes, type ModelPack, type Pillar } from '../../model';
import type { PublishedResults } from '../../data/types';
import { format } from '../../loc/strings';
import type { ResultsStrings } from '../../loc/results';
import { gapReading } from '../shared/charts/models';
import type { Formatters } from '../shared/format';

/** Leaders' and staff scores this many whole points apart or less read as "about the same". */
export const SAME_WITHIN = 5;

/** The staff results as published: shown, hidden by the minimum group size, or nobody answered. */
export type StaffState =
  | { kind: 'shown'; scores: ScoreSet; minimumGroupSize: number }
  | { kind: 'hidden'; minimumGroupSize: number }
  | { kind: 'none' };

export function staffState(results: PublishedResults): StaffState {
  const staff = results.staff;
  if (staff === null) return { kind: 'none' };
  if (staff.status === 'suppressed') return { kind: 'hidden', minimumGroupSize: staff.minimumGroupSize };
  return { kind: 'shown', scores: staff, minimumGroupSize: staff.minimumGroupSize };
}

export interface AreaView {
  id: string;
  name: string;
  shortName: string;
  crossCutting: boolean;
  leaders: AreaScore | null;
  staff: AreaScore | null;
  /** Leaders minus staff, in points; null when either side has no score. */
  gap: number | null;
  leaderStatements: StatementScore[];
  staffStatements: StatementScore[];
}

function byArea(scores: ScoreSet | null): Map<string, AreaScore> {
  const map = new Map<string, AreaScore>();
  if (scores) for (const a of [...scores.pillars, ...scores.themes]) map.set(a.areaId, a);
  return map;
}

/**
 * The pillars then the cross-cutting themes, in the pack's order, with what each group scored. Areas
 * in the results that the pack does not name (which a valid publication never has) come last, under
 * their ids, so that no figure is dropped.
 */
export function areaViews(pack: ModelPack, results: PublishedResults): AreaView[] {
  const leaders = results.leaders;
  const staff = staffState(results);
  const staffScores = staff.kind === 'shown' ? staff.scores : null;
  const leaderAreas = byArea(leaders);
  const staffAreas = byArea(staffScores);
  const gaps = new Map<string, number | null>();
  if (leaders && staffScores) for (const row of perceptionGap(leaders, staffScores).rows) gaps.set(row.areaId, row.gap);

  const known = [...corePillars(pack), ...crossCuttingThemes(pack)];
  const ids = new Set(known.map((p) => p.id));
  const extra = [...leaderAreas.keys(), ...staffAreas.keys()].filter((id, i, all) => !ids.has(id) && all.indexOf(id) === i);
  const describe = (id: string, pillar: Pillar | undefined): AreaView => ({
    id,
    name: pillar?.name ?? id,
    shortName: pillar?.shortName ?? pillar?.name ?? id,
    crossCutting: pillar?.crossCutting ?? (leaderAreas.get(id) ?? staffAreas.get(id))?.crossCutting ?? false,
    leaders: leaderAreas.get(id) ?? null,
    staff: staffAreas.get(id) ?? null,
    gap: gaps.get(id) ?? null,
    leaderStatements: (leaders?.statements ?? []).filter((s) => s.areaId === id),
    staffStatements: (staffScores?.statements ?? []).filter((s) => s.areaId === id)
  });
  return [...known.map((p) => describe(p.id, p)), ...extra.map((id) => describe(id, undefined))];
}

/** The gap in plain words: "Leaders rate this 18 points higher than staff do", or why there is none. */
export function gapSentence(strings: ResultsStrings, gap: number | null, hasLeaders: boolean, staff: StaffState): string {
  if (!hasLeaders) return strings.gapNoLeaders;
  if (staff.kind === 'hidden') return strings.gapStaffHidden;
  if (staff.kind === 'none') return strings.gapNoStaff;
  if (gap === null) return strings.gapNoScore;
  const reading = gapReading(gap, SAME_WITHIN);
  if (reading === 'same') return strings.gapSame;
  const points = Math.round(Math.abs(gap));
  return format(reading === 'higher' ? strings.gapHigher : strings.gapLower, { points });
}

/** "A", "A and B", "A, B and C". */
export function listOf(strings: ResultsStrings, names: string[]): string {
  if (names.length <= 1) return names.join('');
  return format(strings.listAnd, { first: names.slice(0, -1).join(strings.listSeparator), last: names[names.length - 1] });
}

/**
 * The overall figure, always with the weakest pillar beside it (in the same sentence), so that a
 * good average never hides a pillar that is falling behind.
 */
export function overallSentence(strings: ResultsStrings, fmt: Formatters, summary: PillarSummary, nameOf: (id: string) => string): string {
  const weakest = summary.weakest;
  if (weakest === null) return strings.noPillarScored;
  const tied = summary.weakestTiedWith.length > 0;
  const values = {
    overall: summary.overallPercent === null ? '' : fmt.percent(summary.overallPercent),
    pillar: nameOf(weakest.areaId),
    pillars: listOf(strings, [weakest.areaId, ...summary.weakestTiedWith].map(nameOf)),
    score: fmt.percent(weakest.percent)
  };
  if (summary.overallPercent === null) return format(tied ? strings.weakestOnlyTied : strings.weakestOnly, values);
  return format(tied ? strings.overallWithWeakestTied : strings.overallWithWeakest, values);
}
