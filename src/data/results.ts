/**
 * Published results: what a manager publishes into a cycle so that everyone else (staff, the quality
 * lead) sees figures without ever reading raw responses. Staff results obey the minimum group size
 * through the domain's `scoreGroup`; leaders' self-assessments are named and shown in full.
 */
import * as z from 'zod';
import {
  scoreGroup,
  scoreSelfAssessment,
  type AreaScore,
  type GroupScore,
  type ResponseTally,
  type ScoreSet
} from '../domain';
import type { AudienceSummary, PublishedResults, ResultsSummary, StaffSummary } from './types';

/** A multiple-lines-of-text column holds at most 63,999 characters. */
const NOTE_LIMIT = 63999;

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

export interface BuiltResults {
  results: PublishedResults;
  summary: ResultsSummary;
  /** The JSON for the cycle's results column (statement detail dropped if it would not fit). */
  resultsJson: string;
  summaryJson: string;
}

/** Scores the tallies with the domain rules and shapes what is stored in the cycle. */
export function buildResults(input: {
  packId: string;
  packVersion: string;
  minimumGroupSize: number;
  publishedAt: string;
  leaders: ResponseTally | null;
  staff: ResponseTally | null;
  excludedResponseIds: number[];
}): BuiltResults {
  const leaders = input.leaders && input.leaders.responses > 0 ? scoreSelfAssessment(input.leaders) : null;
  const staff = input.staff && input.staff.responses > 0 ? scoreGroup(input.staff, { minimumGroupSize: input.minimumGroupSize }) : null;
  const results: PublishedResults = {
    formatVersion: 1,
    packId: input.packId,
    packVersion: input.packVersion,
    publishedAt: input.publishedAt,
    minimumGroupSize: staff?.minimumGroupSize ?? input.minimumGroupSize,
    leaders,
    staff,
    excludedResponseIds: input.excludedResponseIds
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
  if (resultsJson.length > NOTE_LIMIT) {
    const slim: PublishedResults = {
      ...results,
      leaders: leaders ? { ...leaders, statements: [] } : null,
      staff: staff && staff.status === 'shown' ? { ...staff, statements: [] } : staff,
      excludedResponseIds: results.excludedResponseIds.slice(0, 100)
    };
    resultsJson = JSON.stringify(slim);
  }
  return { results, summary, resultsJson, summaryJson: JSON.stringify(summary) };
}

const AreaRowSchema = z.object({ pillarId: z.string(), percent: z.number().min(0).max(100).nullable() });
const AudienceSummarySchema = z.object({
  pillars: z.array(AreaRowSchema),
  themes: z.array(AreaRowSchema),
  overallPercent: z.number().min(0).max(100).nullable(),
  weakest: z.object({ pillarId: z.string(), percent: z.number() }).nullable(),
  weakestTiedWith: z.array(z.string()),
  respondents: z.number().int().min(0)
});
const StaffSummarySchema = z.union([
  z.object({ status: z.literal('suppressed'), minimumGroupSize: z.number().int() }),
  AudienceSummarySchema.extend({ status: z.literal('shown'), minimumGroupSize: z.number().int() })
]);
export const ResultsSummarySchema = z.object({
  packId: z.string(),
  packVersion: z.string(),
  publishedAt: z.string(),
  minimumGroupSize: z.number().int(),
  leaders: AudienceSummarySchema.nullable(),
  staff: StaffSummarySchema.nullable()
});

const PublishedResultsSchema = z.object({
  formatVersion: z.literal(1),
  packId: z.string(),
  packVersion: z.string(),
  publishedAt: z.string(),
  minimumGroupSize: z.number().int(),
  leaders: z.looseObject({ statements: z.array(z.unknown()), pillars: z.array(z.unknown()), summary: z.looseObject({}) }).nullable(),
  staff: z.looseObject({ status: z.enum(['shown', 'suppressed']) }).nullable(),
  excludedResponseIds: z.array(z.number())
});

/** Reads a stored summary; returns the problem instead when it was damaged. */
export function parseSummary(text: string | null): { ok: true; value: ResultsSummary | null } | { ok: false; problem: string } {
  if (text === null) return { ok: true, value: null };
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    return { ok: false, problem: 'is not valid JSON' };
  }
  const parsed = ResultsSummarySchema.safeParse(json);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    return { ok: false, problem: `does not have the expected shape: ${issue.path.join('.')} ${issue.message}` };
  }
  return { ok: true, value: parsed.data as ResultsSummary };
}

export function parseResults(text: string | null): { ok: true; value: PublishedResults | null } | { ok: false; problem: string } {
  if (text === null) return { ok: true, value: null };
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    return { ok: false, problem: 'is not valid JSON' };
  }
  const parsed = PublishedResultsSchema.safeParse(json);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    return { ok: false, problem: `does not have the expected shape: ${issue.path.join('.')} ${issue.message}` };
  }
  return { ok: true, value: parsed.data as unknown as PublishedResults };
}
