/**
 * Published results: what a manager publishes into a cycle so that everyone else (staff, the quality
 * lead) sees figures without ever reading raw responses. Staff results obey the minimum group size
 * through the domain's `scoreGroup`; leaders' self-assessments are named and shown in full. Each
 * statement carries the spread of answers (`distribution`), for staff only where its figures are shown,
 * so the rules that hide or hold back staff figures hide or hold back their spread with them.
 */
import * as z from 'zod/mini';
import {
  resolveMinimumGroupSize,
  scoreGroup,
  scoreSelfAssessment,
  type AreaScore,
  type GroupScore,
  type ResponseTally,
  type ScoreSet,
  type StatementScore
} from '../domain';
import { NOTE_MAX_LENGTH } from './schema/fields';
import { parseJsonColumn, type JsonColumn } from './rows';
import type { AudienceSummary, PublishedResults, ResultsSummary, StaffSummary } from './types';

function areaRows(areas: AreaScore[]): Array<{ pillarId: string; percent: number | null }> {
  return areas.map((a) => ({ pillarId: a.areaId, percent: a.percent }));
}

export function audienceSummary(s: ScoreSet): AudienceSummary {
  return {
    pillars: areaRows(s.pillars),
    themes: areaRows(s.themes),
    overallPercent: s.summary.overallPercent,
    weakest: s.summary.weakest ? { pillarId: s.summary.weakest.areaId, percent: s.summary.weakest.percent } : null,
    weakestTiedWith: s.summary.weakestTiedWith,
    respondents: s.respondents
  };
}

export function staffSummary(g: GroupScore): StaffSummary {
  if (g.status === 'suppressed') return { status: 'suppressed', minimumGroupSize: g.minimumGroupSize };
  return { status: 'shown', minimumGroupSize: g.minimumGroupSize, ...audienceSummary(g) };
}

/**
 * The minimum group size that now hides shown staff figures about `respondents` people, or null when
 * they may still be shown. A manager who raises a cycle's minimum group size expects staff figures about
 * fewer people to disappear at once, not at the next publication.
 */
function hiddenAtMinimum(respondents: number, publishedMinimum: number, cycleMinimumGroupSize: number | null): number | null {
  const minimumGroupSize = resolveMinimumGroupSize(Math.max(cycleMinimumGroupSize ?? 0, publishedMinimum));
  return respondents >= minimumGroupSize ? null : minimumGroupSize;
}

/** The published summary as it may be shown now (see `hiddenAtMinimum`). */
export function resultsToShow(summary: ResultsSummary | null, cycleMinimumGroupSize: number | null): ResultsSummary | null {
  if (summary?.staff?.status !== 'shown') return summary;
  const minimumGroupSize = hiddenAtMinimum(summary.staff.respondents, summary.minimumGroupSize, cycleMinimumGroupSize);
  return minimumGroupSize === null ? summary : { ...summary, staff: { status: 'suppressed', minimumGroupSize } };
}

/** The statement-level results a manager published, as they may be shown now (see `hiddenAtMinimum`). */
export function publishedResultsToShow(results: PublishedResults, cycleMinimumGroupSize: number | null): PublishedResults {
  const staff = results.staff;
  if (staff?.status !== 'shown') return results;
  const minimumGroupSize = hiddenAtMinimum(staff.respondents, results.minimumGroupSize, cycleMinimumGroupSize);
  if (minimumGroupSize === null) return results;
  return {
    ...results,
    staff: { status: 'suppressed', packId: staff.packId, packVersion: staff.packVersion, audience: staff.audience, minimumGroupSize }
  };
}

export interface BuiltResults {
  results: PublishedResults;
  summary: ResultsSummary;
  /** The JSON for the cycle's results column (statement detail dropped if it would not fit). */
  resultsJson: string;
  summaryJson: string;
  /**
   * Set when the staff figures were kept as last published (or hidden) instead of updated: how many
   * staff responses changed since they were shown, fewer than the minimum group size.
   */
  staffHeldBack: number | null;
}

// ---------------------------------------------------------------------------------------------
// Which staff responses published figures stand for

/**
 * The staff responses behind shown staff figures, as response id -> item version, written compactly:
 * ids ascending as base-36 gaps, with ".version" when the version is not 1 ("1,1,3.2" is items 1, 2
 * and 5, item 5 at version 2). About three characters a response.
 */
export function encodeBasis(basis: ReadonlyMap<number, number>): string {
  let previous = 0;
  return [...basis.entries()]
    .sort((a, b) => a[0] - b[0])
    .map(([id, version]) => {
      const gap = (id - previous).toString(36);
      previous = id;
      return version === 1 ? gap : `${gap}.${version.toString(36)}`;
    })
    .join(',');
}

export function decodeBasis(text: string): Map<number, number> | null {
  const basis = new Map<number, number>();
  if (text === '') return basis;
  let id = 0;
  for (const part of text.split(',')) {
    const [gap, version] = part.split('.');
    const step = parseInt(gap, 36);
    const v = version === undefined ? 1 : parseInt(version, 36);
    if (!(step > 0) || !(v > 0)) return null;
    id += step;
    basis.set(id, v);
  }
  return basis;
}

/** Responses added, removed or edited between two bases: each is one person whose answers a comparison would show. */
function changedResponses(before: ReadonlyMap<number, number>, now: ReadonlyMap<number, number>): number {
  let changed = 0;
  for (const [id, version] of now) if (before.get(id) !== version) changed++;
  for (const id of before.keys()) if (!now.has(id)) changed++;
  return changed;
}

/**
 * Scores the tallies with the domain rules and shapes what is stored in the cycle.
 *
 * Published staff figures stay readable by everyone, in the cycle and in its version history. Two
 * publications whose staff responses differ by fewer people than the minimum group size would give
 * away those people's answers by subtraction, so new staff figures are shown only when at least that
 * many responses were added, removed or edited since the figures last shown (`staffBasis`); until
 * then the figures last shown stay (or, when they no longer meet the minimum group size, nothing is shown).
 */
export function buildResults(input: {
  packId: string;
  packVersion: string;
  minimumGroupSize: number;
  publishedAt: string;
  leaders: ResponseTally | null;
  staff: ResponseTally | null;
  /** The staff responses counted in `staff` that hold a scored answer: id -> item version. */
  staffBasis: ReadonlyMap<number, number>;
  /** What the cycle holds from the last publication, if anything. */
  previous: PublishedResults | null;
  excludedResponseIds: number[];
}): BuiltResults {
  const leaders = input.leaders && input.leaders.responses > 0 ? scoreSelfAssessment(input.leaders) : null;
  let staff = input.staff && input.staff.responses > 0 ? scoreGroup(input.staff, { minimumGroupSize: input.minimumGroupSize }) : null;
  let staffBasis = input.previous?.staffBasis ?? null;
  let staffHeldBack: number | null = null;
  if (staff?.status === 'shown') {
    const before = staffBasis === null ? null : decodeBasis(staffBasis);
    const changed = before === null ? null : changedResponses(before, input.staffBasis);
    if (changed !== null && changed > 0 && changed < staff.minimumGroupSize) {
      staffHeldBack = changed;
      const last = input.previous?.staff ?? null;
      staff =
        last?.status === 'shown' && last.respondents >= staff.minimumGroupSize
          ? last
          : { status: 'suppressed', packId: staff.packId, packVersion: staff.packVersion, audience: staff.audience, minimumGroupSize: staff.minimumGroupSize };
    } else {
      staffBasis = encodeBasis(input.staffBasis);
    }
  }
  const results: PublishedResults = {
    formatVersion: 1,
    packId: input.packId,
    packVersion: input.packVersion,
    publishedAt: input.publishedAt,
    minimumGroupSize: staff?.minimumGroupSize ?? input.minimumGroupSize,
    leaders,
    staff,
    excludedResponseIds: input.excludedResponseIds,
    staffBasis
  };
  const summary: ResultsSummary = {
    packId: input.packId,
    packVersion: input.packVersion,
    publishedAt: input.publishedAt,
    minimumGroupSize: results.minimumGroupSize,
    leaders: leaders ? audienceSummary(leaders) : null,
    staff: staff ? staffSummary(staff) : null
  };
  let resultsJson = JSON.stringify(results);
  if (resultsJson.length > NOTE_MAX_LENGTH) {
    const slim: PublishedResults = {
      ...results,
      leaders: leaders ? { ...leaders, statements: [] } : null,
      staff: staff && staff.status === 'shown' ? { ...staff, statements: [] } : staff,
      excludedResponseIds: results.excludedResponseIds.slice(0, 100)
    };
    resultsJson = JSON.stringify(slim);
  }
  return { results, summary, resultsJson, summaryJson: JSON.stringify(summary), staffHeldBack };
}

const AreaRowSchema = z.object({ pillarId: z.string(), percent: z.nullable(z.number().check(z.minimum(0), z.maximum(100))) });
const AudienceSummarySchema = z.object({
  pillars: z.array(AreaRowSchema),
  themes: z.array(AreaRowSchema),
  overallPercent: z.nullable(z.number().check(z.minimum(0), z.maximum(100))),
  weakest: z.nullable(z.object({ pillarId: z.string(), percent: z.number() })),
  weakestTiedWith: z.array(z.string()),
  respondents: z.number().check(z.int(), z.minimum(0))
});
const StaffSummarySchema = z.union([
  z.object({ status: z.literal('suppressed'), minimumGroupSize: z.number().check(z.int()) }),
  z.extend(AudienceSummarySchema, { status: z.literal('shown'), minimumGroupSize: z.number().check(z.int()) })
]);
export const ResultsSummarySchema = z.object({
  packId: z.string(),
  packVersion: z.string(),
  publishedAt: z.string(),
  minimumGroupSize: z.number().check(z.int()),
  leaders: z.nullable(AudienceSummarySchema),
  staff: z.nullable(StaffSummarySchema)
});

const PublishedResultsSchema = z.object({
  formatVersion: z.literal(1),
  packId: z.string(),
  packVersion: z.string(),
  publishedAt: z.string(),
  minimumGroupSize: z.number().check(z.int()),
  leaders: z.nullable(z.looseObject({ statements: z.array(z.unknown()), pillars: z.array(z.unknown()), summary: z.looseObject({}) })),
  staff: z.nullable(z.looseObject({ status: z.enum(['shown', 'suppressed']) })),
  excludedResponseIds: z.array(z.number()),
  staffBasis: z._default(z.nullable(z.string()), null)
});

/** Reads a stored summary; returns the problem instead when it was damaged. */
export function parseSummary(text: string | null): JsonColumn<ResultsSummary> {
  return parseJsonColumn(text, ResultsSummarySchema as unknown as z.ZodMiniType<ResultsSummary>);
}

/**
 * Statements of results published before WPQ kept the spread of answers have no `distribution` or
 * `disagreement`: they read as null ("not known").
 */
function withSpread<T extends { statements: StatementScore[] }>(scores: T): T {
  if (!Array.isArray(scores.statements)) return scores;
  return {
    ...scores,
    statements: scores.statements.map((s) => ({ ...s, distribution: s.distribution ?? null, disagreement: s.disagreement ?? null }))
  };
}

export function parseResults(text: string | null): JsonColumn<PublishedResults> {
  const parsed = parseJsonColumn(text, PublishedResultsSchema as unknown as z.ZodMiniType<PublishedResults>);
  if (!parsed.ok || parsed.value === null) return parsed;
  const r = parsed.value;
  return {
    ok: true,
    value: {
      ...r,
      leaders: r.leaders === null ? null : withSpread(r.leaders),
      staff: r.staff?.status === 'shown' ? withSpread(r.staff) : r.staff
    }
  };
}
