import type { SPFI } from '@pnp/sp';
import { buildScoringIndex, encodeAnswers, responseAreaPercents, type Answer } from '../../domain';
import type { ModelPack } from '../../model';
import { anyOf, bodyOf, eq, listOf, readItems } from '../access';
import { answerProblems, serialiseAnswers } from '../answers';
import { DuplicateError, InvalidInputError, spCall, toDataError } from '../errors';
import { parseItems, selectFor, type ParsedRow, type RawItem, type ReadResult, type RowOf } from '../rows';
import { RESPONSE_KINDS, responsesList, SCORE_FIELDS, SYSTEM_FIELDS, type ResponseKind } from '../schema';
import type { Cycle, SurveyResponseSummary } from '../types';

export const RESPONSE_KEYS = ['cycle', 'service', 'kind', 'submissionId', 'submittedAt'] as const;
type ResponseRow = RowOf<typeof responsesList, (typeof RESPONSE_KEYS)[number]>;

function toSummary(p: ParsedRow<ResponseRow>): SurveyResponseSummary {
  const r = p.row;
  return { id: p.id, cycleId: r.cycle, serviceId: r.service, kind: r.kind, submissionId: r.submissionId, submittedAt: r.submittedAt };
}

export interface SubmitInput {
  cycle: Pick<Cycle, 'id' | 'serviceId' | 'packId' | 'packVersion'>;
  /** The pack the cycle pins (the survey screen already has it). */
  pack: ModelPack;
  kind: ResponseKind;
  answers: Answer[];
  /**
   * Made once by the client for this submission (for example a random UUID) and sent again with every
   * retry of it: the list enforces unique values, so a retry never stores the answers twice.
   */
  submissionId: string;
}

export interface SubmitResult {
  id: number;
  submissionId: string;
  /** True when an earlier attempt had already been stored (its answer was lost on the way back). */
  alreadySubmitted: boolean;
}

export interface ResponsesRepository {
  /** Stores one submission in a single request. Idempotent through the submission id. */
  submit(input: SubmitInput): Promise<SubmitResult>;
  /** The signed-in person's own submissions in these cycles (read-own security hides everyone else's). */
  mine(userId: number, cycleIds: number[]): Promise<ReadResult<SurveyResponseSummary[]>>;
  /** A submission by its client-made id, if the signed-in person can see it. */
  findBySubmissionId(submissionId: string): Promise<SurveyResponseSummary | null>;
}

const SUBMISSION_ID = /^[A-Za-z0-9][A-Za-z0-9_-]{7,63}$/;

/** The request body of a submission: answers JSON and one score column per pillar and theme. */
export function submissionBody(input: SubmitInput, submittedAt: string): Record<string, unknown> {
  const index = buildScoringIndex(input.pack, input.kind);
  const percents = responseAreaPercents(index, encodeAnswers(index, input.answers));
  const scores: Record<string, unknown> = {};
  index.areas.forEach((area, i) => {
    const column = SCORE_FIELDS.find((s) => s.areaId === area.id);
    const p = percents[i];
    if (column) scores[column.field.property] = p === null ? null : Math.round(p * 10) / 10;
  });
  return bodyOf(
    responsesList,
    {
      title: RESPONSE_KINDS.find((k) => k.id === input.kind)?.label ?? input.kind,
      cycle: input.cycle.id,
      service: input.cycle.serviceId,
      kind: input.kind,
      submissionId: input.submissionId,
      answers: serialiseAnswers(index, input.answers),
      submittedAt
    },
    scores
  );
}

export function responsesRepository(sp: SPFI): ResponsesRepository {
  const select = selectFor(responsesList, RESPONSE_KEYS);

  const findBySubmissionId = async (submissionId: string): Promise<SurveyResponseSummary | null> => {
    const raws = await readItems(sp, responsesList, select, eq(responsesList.fields.submissionId, submissionId));
    const { rows } = parseItems(responsesList, RESPONSE_KEYS, raws);
    return rows.length > 0 ? toSummary(rows[0]) : null;
  };

  return {
    async submit(input) {
      if (!SUBMISSION_ID.test(input.submissionId)) {
        throw new InvalidInputError('The submission id must be 8 to 64 letters, digits, hyphens or underscores.');
      }
      if (input.pack.id !== input.cycle.packId || input.pack.version !== input.cycle.packVersion) {
        throw new InvalidInputError(
          `These answers use pack ${input.pack.id} ${input.pack.version}, but the cycle uses ${input.cycle.packId} ${input.cycle.packVersion}.`
        );
      }
      const problems = answerProblems(buildScoringIndex(input.pack, input.kind), input.answers);
      if (problems.length > 0) throw new InvalidInputError('The answers do not fit the model pack.', problems, { list: responsesList.title });
      const body = submissionBody(input, new Date().toISOString());
      try {
        const raw = (await listOf(sp, responsesList).items.add(body)) as RawItem;
        return { id: raw.Id as number, submissionId: input.submissionId, alreadySubmitted: false };
      } catch (error) {
        const typed = toDataError(error, { list: responsesList.title });
        if (!(typed instanceof DuplicateError)) throw typed;
        // An earlier attempt was stored but its answer never arrived: find it instead of failing.
        const existing = await findBySubmissionId(input.submissionId);
        if (existing === null) throw typed;
        return { id: existing.id, submissionId: input.submissionId, alreadySubmitted: true };
      }
    },
    async mine(userId, cycleIds) {
      if (cycleIds.length === 0) return { data: [], warnings: [] };
      const filter = `${anyOf(responsesList.fields.cycle, cycleIds)} and ${SYSTEM_FIELDS.authorId} eq ${userId}`;
      const raws = await readItems(sp, responsesList, select, filter);
      const { rows, warnings } = parseItems(responsesList, RESPONSE_KEYS, raws);
      return { data: rows.map(toSummary), warnings };
    },
    findBySubmissionId: (submissionId) => spCall(responsesList.title, () => findBySubmissionId(submissionId))
  };
}

export { toSummary as toResponseSummary };
