/**
 * How a submission's answers are stored in the responses list, and how they are read back for scoring.
 *
 * The answers column holds JSON: the pack id and version, the audience, and one value per statement
 * in the order of that pack version's statements for the audience (a number from the scale,
 * "dont-know", or null for no answer). The order is fixed because a pack version that a cycle uses
 * can never change. Positional values keep 100,000 responses small and quick to aggregate; the
 * statement ids come from the pinned pack.
 *
 * Reading uses a fast scanner for the exact form the app writes, and falls back to zod validation
 * (which names the problem) for anything else, such as a row someone edited by hand.
 */
import * as z from 'zod/mini';
import { ENGLISH } from '../model/zodMessages';
import { DONT_KNOW, DONT_KNOW_CODE, addResponses, createTally, type Answer, type ResponseTally, type ScoringIndex } from '../domain';

export const StoredAnswersSchema = z.strictObject({
  pack: z.string().check(z.minLength(1), z.maxLength(64)),
  version: z.string().check(z.minLength(1), z.maxLength(32)),
  audience: z.enum(['leaders', 'staff']),
  values: z.array(z.union([z.number(), z.literal(DONT_KNOW), z.null()]))
});

export type StoredAnswers = z.infer<typeof StoredAnswersSchema>;

function isOnScale(index: ScoringIndex, v: number): boolean {
  const k = v - index.scaleMin;
  return Number.isInteger(v) && k >= 0 && k < index.validValue.length && index.validValue[k] === 1;
}

/**
 * Checks answers against the pack before they are stored: every statement must belong to the
 * audience, every value must be on its scale (or "don't know"), and no statement may be answered twice.
 * A submission needs at least one answer; a draft (`allowNone`) may have none yet.
 * Returns the problems in plain words; an empty array means the answers are fine.
 */
export function answerProblems(index: ScoringIndex, answers: readonly Answer[], options: { allowNone?: boolean } = {}): string[] {
  const problems: string[] = [];
  const seen = new Set<string>();
  for (const a of answers) {
    if (!index.statementPosition.has(a.statementId)) {
      problems.push(`Statement ${a.statementId} is not a ${index.audience} statement of pack ${index.packId} ${index.packVersion}.`);
      continue;
    }
    if (seen.has(a.statementId)) problems.push(`Statement ${a.statementId} is answered more than once.`);
    seen.add(a.statementId);
    if (a.value !== DONT_KNOW && !(typeof a.value === 'number' && isOnScale(index, a.value))) {
      problems.push(`The answer to ${a.statementId} (${String(a.value)}) is not on the ${index.audience} scale.`);
    }
  }
  if (seen.size === 0 && options.allowNone !== true) problems.push('At least one statement must be answered.');
  return problems;
}

/** The JSON stored for valid answers (see {@link answerProblems}). */
export function serialiseAnswers(index: ScoringIndex, answers: readonly Answer[]): string {
  const values: Array<number | typeof DONT_KNOW | null> = index.statementIds.map(() => null);
  for (const a of answers) {
    const p = index.statementPosition.get(a.statementId);
    if (p !== undefined) values[p] = a.value;
  }
  const stored: StoredAnswers = { pack: index.packId, version: index.packVersion, audience: index.audience, values };
  return JSON.stringify(stored);
}

function prefixOf(index: ScoringIndex): string {
  return `{"pack":${JSON.stringify(index.packId)},"version":${JSON.stringify(index.packVersion)},"audience":"${index.audience}","values":[`;
}

type FastScanner = (text: string, out: Float64Array, offset: number) => boolean;

const scanners = new WeakMap<ScoringIndex, FastScanner>();

/**
 * A scanner for the exact JSON the app writes: straight into `out` (DONT_KNOW_CODE for "don't know",
 * NaN for no answer) without building objects. It returns false for anything unexpected; the caller then validates properly.
 * Made once per scoring index so the hot loop touches only local values.
 */
function fastScanner(index: ScoringIndex): FastScanner {
  const cached = scanners.get(index);
  if (cached) return cached;
  const prefix = prefixOf(index);
  const start = prefix.length;
  const n = index.statementIds.length;
  const min = index.scaleMin;
  const valid = index.validValue;
  const span = valid.length;
  const scanner: FastScanner = (text, out, offset) => {
    if (!text.startsWith(prefix)) return false;
    const len = text.length;
    let i = start;
    for (let s = 0; s < n; s++) {
      if (s > 0) {
        if (text.charCodeAt(i) !== 44) return false; // ,
        i++;
      }
      let c = text.charCodeAt(i);
      if (c === 110) {
        if (!text.startsWith('null', i)) return false;
        out[offset + s] = NaN;
        i += 4;
      } else if (c === 34) {
        if (!text.startsWith('"dont-know"', i)) return false;
        out[offset + s] = DONT_KNOW_CODE;
        i += 11;
      } else {
        const negative = c === 45;
        if (negative) c = text.charCodeAt(++i);
        let v = c - 48;
        if (v < 0 || v > 9) return false;
        c = text.charCodeAt(++i);
        while (c >= 48 && c <= 57) {
          v = v * 10 + (c - 48);
          if (v > 1000) return false;
          c = text.charCodeAt(++i);
        }
        if (negative) v = -v;
        const k = v - min;
        if (k < 0 || k >= span || valid[k] !== 1) return false;
        out[offset + s] = v;
      }
    }
    return i + 2 === len && text.charCodeAt(i) === 93 && text.charCodeAt(i + 1) === 125; // ]}
  };
  scanners.set(index, scanner);
  return scanner;
}

/**
 * Reads stored answers for scoring into `out` at `offset` (one value per statement: DONT_KNOW_CODE for
 * "don't know", NaN for no answer). Returns null when they fit the pack, or the problem in plain words.
 */
export function readStoredAnswers(index: ScoringIndex, text: unknown, out: Float64Array, offset = 0): string | null {
  if (typeof text === 'string' && fastScanner(index)(text, out, offset)) return null;
  if (typeof text !== 'string' || text.trim() === '') return 'has no answers';
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    return 'is not valid JSON';
  }
  const checked = checkStoredAnswers(index, json);
  if (typeof checked === 'string') return checked;
  for (let s = 0; s < checked.values.length; s++) {
    const v = checked.values[s];
    out[offset + s] = typeof v === 'number' ? v : v === DONT_KNOW ? DONT_KNOW_CODE : NaN;
  }
  return null;
}

/** Parsed stored answers that fit the pack, or the problem in plain words. */
function checkStoredAnswers(index: ScoringIndex, json: unknown): StoredAnswers | string {
  const parsed = StoredAnswersSchema.safeParse(json, ENGLISH);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    return `does not have the expected shape: ${issue.path.join('.') || 'answers'} ${issue.message}`;
  }
  const a = parsed.data;
  if (a.pack !== index.packId || a.version !== index.packVersion) {
    return `were given for pack ${a.pack} ${a.version}, but the cycle uses ${index.packId} ${index.packVersion}`;
  }
  if (a.audience !== index.audience) return `are ${a.audience} answers, but the response is marked as ${index.audience}`;
  if (a.values.length !== index.statementIds.length) {
    return `hold ${a.values.length} answers, but the pack has ${index.statementIds.length} ${index.audience} statements`;
  }
  for (let s = 0; s < a.values.length; s++) {
    const v = a.values[s];
    if (typeof v === 'number' && !isOnScale(index, v)) {
      return `hold ${v} for statement ${index.statementIds[s]}, which is not on the ${index.audience} scale`;
    }
  }
  return a;
}

/**
 * Stored answers back as the answers a person gave, in the pack's statement order (statements left
 * unanswered are left out). Returns the problem in plain words instead when they do not fit the pack.
 */
export function decodeAnswers(index: ScoringIndex, text: unknown): { ok: true; answers: Answer[] } | { ok: false; problem: string } {
  if (typeof text !== 'string' || text.trim() === '') return { ok: false, problem: 'has no answers' };
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    return { ok: false, problem: 'is not valid JSON' };
  }
  const checked = checkStoredAnswers(index, json);
  if (typeof checked === 'string') return { ok: false, problem: checked };
  const answers: Answer[] = [];
  checked.values.forEach((value, s) => {
    if (value !== null) answers.push({ statementId: index.statementIds[s], value });
  });
  return { ok: true, answers };
}

/** A response's answers as read for scoring. */
export interface AnswerSource {
  id: number;
  answers: unknown;
}

/** A stored response as publishing reads it: who sent it (the item's author) and the item's version. */
export interface StoredResponse extends AnswerSource {
  /** The site user id of the person who submitted it; anything else counts as someone on their own. */
  authorId: unknown;
  version: number;
}

/**
 * One response per person: each person's latest (highest item id), in id order. Someone who submitted
 * twice, by mistake or to outnumber the minimum group size and work out the others' answers from the
 * published figures, is counted once.
 */
export function latestPerPerson<T extends StoredResponse>(responses: readonly T[]): T[] {
  const latest = new Map<number, T>();
  for (const r of responses) {
    const person = typeof r.authorId === 'number' && Number.isInteger(r.authorId) ? r.authorId : -r.id;
    const seen = latest.get(person);
    if (!seen || r.id > seen.id) latest.set(person, r);
  }
  return [...latest.values()].sort((a, b) => a.id - b.id);
}

/** True when stored answers fit the pack and hold at least one scored answer (not only "don't know"). */
export function hasScoredAnswer(index: ScoringIndex, text: unknown): boolean {
  const row = new Float64Array(index.statementIds.length);
  return readStoredAnswers(index, text, row) === null && row.some((v) => !Number.isNaN(v) && v !== DONT_KNOW_CODE);
}

export interface AggregateResult {
  tally: ResponseTally;
  /** Responses left out, with the reason. */
  rejected: Array<{ id: number; problem: string }>;
}

/**
 * Adds many stored responses to a tally, in blocks so memory stays flat. Responses whose answers do
 * not fit the pack are left out and listed, never counted.
 */
export function aggregateAnswers(index: ScoringIndex, sources: Iterable<AnswerSource>, tally: ResponseTally = createTally(index)): AggregateResult {
  const n = index.statementIds.length;
  const block = 1024;
  const buffer = new Float64Array(n * block);
  const rejected: Array<{ id: number; problem: string }> = [];
  let filled = 0;
  const scan = fastScanner(index);
  const add = (source: AnswerSource): void => {
    const text = source.answers;
    const problem = typeof text === 'string' && scan(text, buffer, filled * n) ? null : readStoredAnswers(index, text, buffer, filled * n);
    if (problem !== null) {
      rejected.push({ id: source.id, problem });
      return;
    }
    filled++;
    if (filled === block) {
      addResponses(tally, buffer);
      filled = 0;
    }
  };
  // An indexed loop over an array allocates nothing per response; other iterables use the iterator.
  if (Array.isArray(sources)) {
    const list = sources as readonly AnswerSource[];
    for (let i = 0; i < list.length; i++) add(list[i]);
  } else {
    for (const source of sources) add(source);
  }
  if (filled > 0) addResponses(tally, buffer.subarray(0, filled * n));
  return { tally, rejected };
}
