import type { SPFI } from '@pnp/sp';
import { PermissionKind } from '@pnp/sp/security';
import '@pnp/sp/security/list';
import '@pnp/sp/site-users/web';
import * as z from 'zod/mini';
import { buildScoringIndex, encodeAnswers, isWebAddress, resolveMinimumGroupSize, responseAreaPercents, type Answer, type ScoringIndex } from '../../domain';
import type { ModelPack } from '../../model';
import { anyOf, bodyOf, capture, eq, executeBatch, listOf, queueItems, readItem, readItems, take } from '../access';
import { answerProblems, decodeAnswers, serialiseAnswers } from '../answers';
import { localToday } from '../dates';
import { ConflictError, DuplicateError, InvalidInputError, isPreconditionFailed, PermissionError, spCall, toDataError } from '../errors';
import { etagOf, parseItem, parseItems, parseJsonColumn, selectFor, type ParsedRow, type RawItem, type ReadResult, type RowOf, type RowWarning } from '../rows';
import { cyclesList, RESPONSE_KINDS, responsesList, SCORE_FIELDS, SYSTEM_FIELDS, type ResponseKind } from '../schema';
import { RESPONSE_LIMITS, type Cycle, type DraftSaved, type Evidence, type MyResponse, type StaffComments, type SurveyResponseSummary } from '../types';
import { queueDefaults } from './settings';

export const RESPONSE_KEYS = ['cycle', 'service', 'kind', 'submissionId', 'submittedAt'] as const;
type ResponseRow = RowOf<typeof responsesList, (typeof RESPONSE_KEYS)[number]>;

/** The columns of a person's own response as `readMine` and drafts need them. */
const MINE_KEYS = ['cycle', 'kind', 'submissionId', 'submittedAt', 'answers', 'comment', 'evidence'] as const;
type MineRow = RowOf<typeof responsesList, (typeof MINE_KEYS)[number]>;
const MINE_SELECT = [...selectFor(responsesList, MINE_KEYS), SYSTEM_FIELDS.authorId, SYSTEM_FIELDS.modified];

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
   * When the person's draft has this submission id, submitting turns that draft into the submission.
   */
  submissionId: string;
  /** Staff pulse only: the one free-text answer, at most 2,000 characters (empty or null for none). */
  comment?: string | null;
  /** Leaders only: evidence per statement of the leaders' audience (see `Evidence`). */
  evidence?: Evidence;
}

/** A leader's self-assessment saved as they go (answers may be incomplete, even none). */
export interface SaveDraftInput {
  cycle: Pick<Cycle, 'id' | 'serviceId' | 'packId' | 'packVersion'>;
  pack: ModelPack;
  kind: 'leaders';
  answers: Answer[];
  evidence: Evidence;
  /** Made once by the client for this self-assessment and used again for every save and for the submission. */
  submissionId: string;
  /** The draft's item id from the last `saveDraft` or `readMine`: the save is then one request. */
  draftId?: number;
  /** The ETag that came with `draftId`. Without it the draft is read first (one more request). */
  etag?: string | null;
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
  /** The signed-in person's own responses in these cycles, drafts included (`submittedAt` null); read-own security hides everyone else's. */
  mine(userId: number, cycleIds: number[]): Promise<ReadResult<SurveyResponseSummary[]>>;
  /** A submission by its client-made id, if the signed-in person can see it. */
  findBySubmissionId(submissionId: string): Promise<SurveyResponseSummary | null>;
  /**
   * Creates the signed-in leader's draft or updates it (found by `draftId`, else by submission id), with
   * the same checks as `submit` except that answers may be incomplete. One request when `draftId` and
   * `etag` are given. A ConflictError<MyResponse> when it changed since `etag`: saved in another window
   * (`theirs.status === 'draft'`) or submitted (`theirs.status === 'submitted'`, never overwritten by a draft).
   */
  saveDraft(input: SaveDraftInput): Promise<DraftSaved>;
  /**
   * The signed-in person's latest response (draft or submitted) for the cycle and kind, its answers read
   * with the cycle's pinned pack; null when they have none. One request.
   */
  readMine(cycleId: number, kind: ResponseKind, pack: ModelPack): Promise<MyResponse | null>;
  /**
   * Managers only (PermissionError otherwise): the comments of submitted staff responses as written, by
   * date, without authors (each person's latest submission); hidden until at least the cycle's minimum
   * group size of people have submitted a staff response. One round trip.
   */
  comments(cycleId: number): Promise<ReadResult<StaffComments>>;
}

const SUBMISSION_ID = /^[A-Za-z0-9][A-Za-z0-9_-]{7,63}$/;

// ---------------------------------------------------------------------------------------------
// Checks before anything is sent

const count = (n: number): string => n.toLocaleString('en-GB');

function shown(text: string): string {
  return text.length > 80 ? `${text.slice(0, 77)}...` : text;
}

function commentProblems(kind: ResponseKind, comment: unknown): string[] {
  if (comment === undefined || comment === null) return [];
  if (typeof comment !== 'string') return ['The comment must be text.'];
  if (comment.trim() === '') return [];
  if (kind !== 'staff') return ["A comment is kept only with the staff pulse; a leaders' self-assessment gives evidence for each statement instead."];
  if (comment.length > RESPONSE_LIMITS.commentChars) {
    return [`The comment holds at most ${count(RESPONSE_LIMITS.commentChars)} characters, but this has ${count(comment.length)}.`];
  }
  return [];
}

const isRecord = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

function evidenceProblems(index: ScoringIndex, evidence: unknown): string[] {
  if (evidence === undefined || evidence === null) return [];
  if (!isRecord(evidence)) return ['The evidence must be given per statement, as a note and links.'];
  const entries = Object.entries(evidence);
  if (entries.length === 0) return [];
  if (index.audience !== 'leaders') return ["Evidence is kept only with a leaders' self-assessment, not with the staff pulse."];
  const problems: string[] = [];
  for (const [statementId, e] of entries) {
    if (!index.statementPosition.has(statementId)) {
      problems.push(`Evidence is given for statement ${statementId}, which is not a ${index.audience} statement of pack ${index.packId} ${index.packVersion}.`);
      continue;
    }
    if (!isRecord(e)) {
      problems.push(`The evidence for statement ${statementId} must be a note and links.`);
      continue;
    }
    for (const key of Object.keys(e)) {
      if (key !== 'note' && key !== 'links') problems.push(`The evidence for statement ${statementId} has "${shown(key)}", but only a note and links are kept.`);
    }
    if (e.note !== undefined && e.note !== null) {
      if (typeof e.note !== 'string') problems.push(`The evidence note for statement ${statementId} must be text.`);
      else if (e.note.length > RESPONSE_LIMITS.evidenceNoteChars) {
        problems.push(
          `The evidence note for statement ${statementId} holds at most ${count(RESPONSE_LIMITS.evidenceNoteChars)} characters, but this has ${count(e.note.length)}.`
        );
      }
    }
    if (e.links === undefined || e.links === null) continue;
    if (!Array.isArray(e.links)) {
      problems.push(`The evidence links for statement ${statementId} must be a list of web addresses.`);
      continue;
    }
    const links = e.links as unknown[];
    if (links.length > RESPONSE_LIMITS.evidenceLinks) {
      problems.push(`Statement ${statementId} has ${links.length} evidence links; at most ${RESPONSE_LIMITS.evidenceLinks} are kept.`);
    }
    links.forEach((link, i) => {
      if (typeof link !== 'string') {
        problems.push(`Evidence link ${i + 1} for statement ${statementId} must be a web address.`);
        return;
      }
      const text = link.trim();
      if (text === '') return;
      if (text.length > RESPONSE_LIMITS.linkChars) {
        problems.push(`Evidence link ${i + 1} for statement ${statementId} holds at most ${count(RESPONSE_LIMITS.linkChars)} characters, but this has ${count(text.length)}.`);
      } else if (!isWebAddress(text)) {
        problems.push(`Evidence link ${i + 1} for statement ${statementId} ("${shown(text)}") is not a web address: it must start with https:// or http://.`);
      }
    });
  }
  return problems;
}

interface ResponseContent {
  cycle: Pick<Cycle, 'id' | 'serviceId' | 'packId' | 'packVersion'>;
  pack: ModelPack;
  kind: ResponseKind;
  answers: Answer[];
  submissionId: string;
  comment?: string | null;
  evidence?: Evidence;
}

/** Checks a submission or draft against the pack and the limits; throws an InvalidInputError naming every problem. */
function checkContent(input: ResponseContent, draft: boolean): ScoringIndex {
  if (typeof input.submissionId !== 'string' || !SUBMISSION_ID.test(input.submissionId)) {
    throw new InvalidInputError('The submission id must be 8 to 64 letters, digits, hyphens or underscores.');
  }
  if (input.pack.id !== input.cycle.packId || input.pack.version !== input.cycle.packVersion) {
    throw new InvalidInputError(
      `These answers use pack ${input.pack.id} ${input.pack.version}, but the cycle uses ${input.cycle.packId} ${input.cycle.packVersion}.`
    );
  }
  const index = buildScoringIndex(input.pack, input.kind);
  const problems = [
    ...answerProblems(index, input.answers, { allowNone: draft }),
    ...commentProblems(input.kind, input.comment),
    ...evidenceProblems(index, input.evidence)
  ];
  if (problems.length > 0) throw new InvalidInputError('Nothing was saved.', problems, { list: responsesList.title });
  return index;
}

/** Evidence as stored: statements in pack order, empty notes and links left out; null when there is none. */
function evidenceJson(index: ScoringIndex, evidence: Evidence | undefined): string | null {
  if (!evidence) return null;
  const out: Evidence = {};
  const ids = Object.keys(evidence).sort((a, b) => (index.statementPosition.get(a) ?? 0) - (index.statementPosition.get(b) ?? 0));
  for (const id of ids) {
    const e = evidence[id];
    const note = typeof e.note === 'string' && e.note.trim() !== '' ? e.note : undefined;
    const links = (e.links ?? []).map((l) => l.trim()).filter((l) => l !== '');
    if (note === undefined && links.length === 0) continue;
    out[id] = { ...(note === undefined ? {} : { note }), ...(links.length === 0 ? {} : { links }) };
  }
  return Object.keys(out).length === 0 ? null : JSON.stringify(out);
}

function commentText(comment: string | null | undefined): string | null {
  return typeof comment === 'string' && comment.trim() !== '' ? comment : null;
}

const kindLabel = (kind: ResponseKind): string => RESPONSE_KINDS.find((k) => k.id === kind)?.label ?? kind;

/**
 * The request body of a submission: answers JSON and one score column per pillar and theme, with the
 * comment and evidence when there are any (so a site not yet set up for them still takes submissions
 * without). `clear` also empties them, for turning a draft that may hold evidence into the submission.
 */
export function submissionBody(input: SubmitInput, submittedAt: string, clear = false): Record<string, unknown> {
  const index = buildScoringIndex(input.pack, input.kind);
  const percents = responseAreaPercents(index, encodeAnswers(index, input.answers));
  const scores: Record<string, unknown> = {};
  index.areas.forEach((area, i) => {
    const column = SCORE_FIELDS.find((s) => s.areaId === area.id);
    const p = percents[i];
    if (column) scores[column.field.property] = p === null ? null : Math.round(p * 10) / 10;
  });
  const comment = commentText(input.comment);
  const evidence = evidenceJson(index, input.evidence);
  return bodyOf(
    responsesList,
    {
      title: kindLabel(input.kind),
      cycle: input.cycle.id,
      service: input.cycle.serviceId,
      kind: input.kind,
      submissionId: input.submissionId,
      answers: serialiseAnswers(index, input.answers),
      submittedAt,
      ...(comment !== null || clear ? { comment } : {}),
      ...(evidence !== null || clear ? { evidence } : {})
    },
    scores
  );
}

/** The request body of a draft: no submitted date, and no scores (views and Power BI count only submissions). */
function draftBody(input: SaveDraftInput, index: ScoringIndex): Record<string, unknown> {
  const scores: Record<string, unknown> = {};
  for (const s of SCORE_FIELDS) scores[s.field.property] = null;
  return bodyOf(
    responsesList,
    {
      title: `${kindLabel(input.kind)} (draft)`,
      cycle: input.cycle.id,
      service: input.cycle.serviceId,
      kind: input.kind,
      submissionId: input.submissionId,
      answers: serialiseAnswers(index, input.answers),
      evidence: evidenceJson(index, input.evidence)
    },
    scores
  );
}

// ---------------------------------------------------------------------------------------------
// Reading one's own response

const EvidenceSchema = z.record(z.string(), z.object({ note: z.optional(z.string()), links: z.optional(z.array(z.string())) }));

function unreadable(id: number, problem: string): InvalidInputError {
  return new InvalidInputError(`Item ${id} of "${responsesList.title}" was changed by hand and cannot be read: ${problem}. Correct it in the list, then try again.`, [], {
    list: responsesList.title
  });
}

/** A row of one's own as the screens see it; an InvalidInputError naming the column when someone broke it by hand. */
function toMyResponse(raw: RawItem, index: ScoringIndex): MyResponse {
  const parsed = parseItem(responsesList, MINE_KEYS, raw);
  if (!parsed.ok) throw unreadable(parsed.warning.itemId, `${parsed.warning.field} ${parsed.warning.problem}`);
  const { id, etag, row } = parsed.value;
  const answers = decodeAnswers(index, row.answers);
  if (!answers.ok) throw unreadable(id, `the answers ${answers.problem}`);
  const evidence = parseJsonColumn(row.evidence, EvidenceSchema);
  if (!evidence.ok) throw unreadable(id, `the evidence ${evidence.problem}`);
  const modified = raw[SYSTEM_FIELDS.modified];
  return {
    id,
    etag,
    submissionId: row.submissionId,
    status: row.submittedAt === null ? 'draft' : 'submitted',
    submittedAt: row.submittedAt,
    savedAt: typeof modified === 'string' ? modified : '',
    answers: answers.answers,
    evidence: (evidence.value ?? {}) as Evidence,
    comment: row.comment
  };
}

/**
 * Queues, in a batch, the read of the signed-in person's latest row for a cycle and kind; once the batch
 * has run, the function it returns decodes it with the cycle's pack (null when they have none).
 */
export function queueMine(b: SPFI, sp: SPFI, cycleId: number, kind: ResponseKind): (pack: ModelPack) => Promise<MyResponse | null> {
  const userP = capture(b.web.currentUser.select('Id')() as Promise<{ Id: number }>);
  // Read-own security leaves only the person's rows, except for site owners, who read everyone's: hence the author check.
  const rowsQ = queueItems(b, sp, responsesList, MINE_SELECT, `${eq(responsesList.fields.cycle, cycleId)} and ${eq(responsesList.fields.kind, kind)}`);
  return async (pack) => {
    const user = await take(userP);
    const own = (await rowsQ()).filter((r) => r[SYSTEM_FIELDS.authorId] === user.Id);
    if (own.length === 0) return null;
    const latest = own.reduce((a, r) => ((r.Id as number) > (a.Id as number) ? r : a));
    return toMyResponse(latest, buildScoringIndex(pack, kind));
  };
}

/**
 * Queues the reads behind the staff comments of a cycle on a batch (`comments` of the repository; the
 * results screen sends them with its other reads); the function returned checks and shapes them.
 */
export function queueComments(b: SPFI, sp: SPFI, cycleId: number): () => Promise<ReadResult<StaffComments>> {
  const permsP = capture(listOf(b, responsesList).getCurrentUserEffectivePermissions());
  const cycleP = capture(
    listOf(b, cyclesList).items.getById(cycleId).select('Id', cyclesList.fields.minimumGroupSize.property)() as Promise<RawItem>
  );
  const defaultsQ = queueDefaults(b, sp);
  const rowsQ = queueItems(
    b,
    sp,
    responsesList,
    ['Id', SYSTEM_FIELDS.authorId, responsesList.fields.submittedAt.property, responsesList.fields.comment.property],
    `${eq(responsesList.fields.cycle, cycleId)} and ${eq(responsesList.fields.kind, 'staff')}`
  );
  return async () => {
    if (!sp.web.hasPermissions(await take(permsP, responsesList), PermissionKind.ManageLists)) {
      throw new PermissionError(
        'Only people who can manage lists on this site (site owners) can read the staff comments, because only they can read every response.',
        { status: 403, list: responsesList.title }
      );
    }
    const cycleRaw = await take(cycleP, cyclesList);
    const configured = cycleRaw[cyclesList.fields.minimumGroupSize.property];
    const minimumGroupSize = resolveMinimumGroupSize(typeof configured === 'number' ? configured : (await defaultsQ()).minimumGroupSize);
    const raws = await rowsQ();
    const { rows, warnings } = parseItems(responsesList, ['submittedAt', 'comment'], raws);
    const warningsOut: RowWarning[] = [...warnings];
    // Each person's latest submission: someone who submitted twice counts, and speaks, once.
    const latest = new Map<number, { id: number; submittedAt: string; comment: string | null }>();
    const authorOf = new Map(raws.map((r) => [r.Id as number, r[SYSTEM_FIELDS.authorId]]));
    for (const { id, row } of rows) {
      if (row.submittedAt === null) continue;
      const author = authorOf.get(id);
      const person = typeof author === 'number' && Number.isInteger(author) ? author : -id;
      const seen = latest.get(person);
      if (!seen || id > seen.id) latest.set(person, { id, submittedAt: row.submittedAt, comment: row.comment });
    }
    if (latest.size < minimumGroupSize) return { data: { status: 'hidden', minimumGroupSize }, warnings: warningsOut };
    const comments = [...latest.values()]
      .filter((r): r is { id: number; submittedAt: string; comment: string } => r.comment !== null)
      .map((r) => ({ text: r.comment, date: localToday(new Date(r.submittedAt)) }))
      // By day, then by text: the order within a day never hints at who answered first.
      .sort((x, y) => x.date.localeCompare(y.date) || x.text.localeCompare(y.text, 'en-GB'));
    return { data: { status: 'shown', minimumGroupSize, comments }, warnings: warningsOut };
  };
}

export function responsesRepository(sp: SPFI): ResponsesRepository {
  const select = selectFor(responsesList, RESPONSE_KEYS);
  const list = { list: responsesList.title };

  const findBySubmissionId = async (submissionId: string): Promise<SurveyResponseSummary | null> => {
    const raws = await readItems(sp, responsesList, select, eq(responsesList.fields.submissionId, submissionId));
    const { rows } = parseItems(responsesList, RESPONSE_KEYS, raws);
    return rows.length > 0 ? toSummary(rows[0]) : null;
  };

  /** The row holding this submission id, when the signed-in person can read it and it fits the list. */
  const findRow = async (submissionId: string): Promise<{ parsed: ParsedRow<MineRow>; raw: RawItem } | null> => {
    const raws = await readItems(sp, responsesList, MINE_SELECT, eq(responsesList.fields.submissionId, submissionId));
    for (const raw of raws) {
      const parsed = parseItem(responsesList, MINE_KEYS, raw);
      if (parsed.ok) return { parsed: parsed.value, raw };
    }
    return null;
  };

  /**
   * Turns the person's draft with this submission id into the submission, with If-Match so that a draft
   * saved in another window at the same moment is never overwritten unseen. A 412 means the row changed:
   * another save, or this very update stored with its answer lost on the way back, after which the row
   * reads as submitted.
   */
  const submitOverDraft = async (input: SubmitInput, duplicate: DuplicateError): Promise<SubmitResult> => {
    const body = submissionBody(input, new Date().toISOString(), true);
    let lastError: unknown = duplicate;
    for (let attempt = 0; attempt < 3; attempt++) {
      const existing = await findRow(input.submissionId);
      if (existing === null) throw duplicate;
      const { id, etag, row } = existing.parsed;
      if (row.submittedAt !== null) return { id, submissionId: input.submissionId, alreadySubmitted: true };
      // Another cycle's or kind's draft under the same id is not this one.
      if (row.cycle !== input.cycle.id || row.kind !== input.kind) throw duplicate;
      try {
        await listOf(sp, responsesList).items.getById(id).update(body, etag ?? '*');
        return { id, submissionId: input.submissionId, alreadySubmitted: false };
      } catch (error) {
        if (!isPreconditionFailed(error)) throw toDataError(error, list);
        lastError = error;
      }
    }
    throw toDataError(lastError, list);
  };

  /** What the person tried to save, as a MyResponse (the `mine` of a ConflictError). */
  const myDraft = (input: SaveDraftInput, index: ScoringIndex, id: number): MyResponse => ({
    id,
    etag: input.etag ?? null,
    submissionId: input.submissionId,
    status: 'draft',
    submittedAt: null,
    savedAt: new Date().toISOString(),
    answers: input.answers,
    evidence: JSON.parse(evidenceJson(index, input.evidence) ?? '{}') as Evidence,
    comment: null
  });

  const conflict = (input: SaveDraftInput, index: ScoringIndex, id: number, theirsRaw: RawItem | null, cause?: unknown): ConflictError<MyResponse> => {
    let theirs: MyResponse | null = null;
    if (theirsRaw !== null) {
      try {
        theirs = toMyResponse(theirsRaw, index);
      } catch {
        theirs = null;
      }
    }
    return new ConflictError<MyResponse>(myDraft(input, index, id), theirs, { status: 412, list: responsesList.title, cause });
  };

  /**
   * Saves the draft over row `id` if it is still at `etag`, and reads it back, in one `$batch`. A 412
   * whose row already holds exactly these answers and evidence is this very save, stored with its
   * answer lost and sent again: it is saved, not a conflict.
   */
  const saveOver = async (input: SaveDraftInput, index: ScoringIndex, id: number, etag: string, body: Record<string, unknown>): Promise<DraftSaved> => {
    const [b, execute] = sp.batched();
    const updated = capture(listOf(b, responsesList).items.getById(id).update(body, etag) as Promise<unknown>);
    const read = capture(listOf(b, responsesList).items.getById(id).select(...MINE_SELECT)() as Promise<RawItem>);
    await executeBatch(execute);
    const u = await updated;
    const r = await read;
    if (!u.ok) {
      if (!isPreconditionFailed(u.error)) throw toDataError(u.error, list);
      const theirs = r.ok ? r.value : null;
      const same =
        theirs !== null &&
        theirs[responsesList.fields.submittedAt.property] == null &&
        theirs[responsesList.fields.answers.property] === body[responsesList.fields.answers.property] &&
        (theirs[responsesList.fields.evidence.property] ?? null) === (body[responsesList.fields.evidence.property] ?? null);
      if (!same) throw conflict(input, index, id, theirs, u.error);
    }
    const raw = await take(read, responsesList);
    const modified = raw[SYSTEM_FIELDS.modified];
    return { id, savedAt: typeof modified === 'string' ? modified : new Date().toISOString(), etag: etagOf(raw) };
  };

  /** Saves over an existing row of the person's, found by id or submission id, after checking it is still their draft. */
  const saveOverRow = async (input: SaveDraftInput, index: ScoringIndex, raw: RawItem, body: Record<string, unknown>): Promise<DraftSaved> => {
    const current = toMyResponse(raw, index);
    if (current.submissionId !== input.submissionId) {
      throw new InvalidInputError(`Item ${current.id} is another response (submission ${current.submissionId}), not this draft.`, [], list);
    }
    if (current.status === 'submitted') throw conflict(input, index, current.id, raw);
    return saveOver(input, index, current.id, current.etag ?? '*', body);
  };

  return {
    async submit(input) {
      checkContent(input, false);
      const body = submissionBody(input, new Date().toISOString());
      try {
        const raw = (await listOf(sp, responsesList).items.add(body)) as RawItem;
        return { id: raw.Id as number, submissionId: input.submissionId, alreadySubmitted: false };
      } catch (error) {
        const typed = toDataError(error, list);
        if (!(typed instanceof DuplicateError)) throw typed;
        // Stored by an earlier attempt whose answer never arrived, or the person's draft: find it instead of failing.
        return spCall(responsesList.title, () => submitOverDraft(input, typed));
      }
    },
    async mine(userId, cycleIds) {
      if (cycleIds.length === 0) return { data: [], warnings: [] };
      const filter = `${anyOf(responsesList.fields.cycle, cycleIds)} and ${SYSTEM_FIELDS.authorId} eq ${userId}`;
      const raws = await readItems(sp, responsesList, select, filter);
      const { rows, warnings } = parseItems(responsesList, RESPONSE_KEYS, raws);
      return { data: rows.map(toSummary), warnings };
    },
    findBySubmissionId: (submissionId) => spCall(responsesList.title, () => findBySubmissionId(submissionId)),

    async saveDraft(input) {
      if (input.kind !== 'leaders') {
        throw new InvalidInputError("Only a leaders' self-assessment can be saved as a draft; the staff pulse is sent in one go.", [], list);
      }
      const index = checkContent(input, true);
      const body = draftBody(input, index);
      if (input.draftId !== undefined) {
        if (input.etag !== undefined && input.etag !== null) return saveOver(input, index, input.draftId, input.etag, body);
        return saveOverRow(input, index, await readItem(sp, responsesList, input.draftId, MINE_SELECT), body);
      }
      let duplicate: DuplicateError;
      try {
        const raw = (await listOf(sp, responsesList).items.add(body)) as RawItem;
        const modified = raw[SYSTEM_FIELDS.modified];
        return { id: raw.Id as number, savedAt: typeof modified === 'string' ? modified : new Date().toISOString(), etag: etagOf(raw) };
      } catch (error) {
        const typed = toDataError(error, list);
        if (!(typed instanceof DuplicateError)) throw typed;
        duplicate = typed;
      }
      // The draft exists already (the caller lost its id, or the first save's answer was lost).
      const existing = await spCall(responsesList.title, () => findRow(input.submissionId));
      if (existing === null || existing.parsed.row.cycle !== input.cycle.id || existing.parsed.row.kind !== input.kind) throw duplicate;
      return saveOverRow(input, index, existing.raw, body);
    },

    async readMine(cycleId, kind, pack) {
      const [b, execute] = sp.batched();
      const mine = queueMine(b, sp, cycleId, kind);
      await executeBatch(execute);
      return mine(pack);
    },

    async comments(cycleId) {
      const [b, execute] = sp.batched();
      const comments = queueComments(b, sp, cycleId);
      await executeBatch(execute);
      return comments();
    }
  };
}

export { toSummary as toResponseSummary };
