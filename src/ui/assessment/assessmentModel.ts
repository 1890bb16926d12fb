/**
 * The leaders' self-assessment as the screen holds it while a leader works, and the pure rules
 * around it: what is sent to SharePoint (only valid links, no empty notes), progress, link checks.
 */
import type { Answer, AnswerValue } from '../../domain';
import type { ModelPack, Pillar, Statement } from '../../model';
import { pillarStatements } from '../../model/lookup';
import { RESPONSE_LIMITS, type Evidence, type MyResponse, type StatementEvidence } from '../../data/types';
import { isWebAddress } from '../shared/forms';

/** One statement's evidence as typed: links may be empty or not web addresses yet. */
export interface EvidenceDraft {
  note: string;
  links: string[];
}

/** Everything the leader has entered, by statement id. */
export interface Work {
  answers: Record<string, AnswerValue>;
  evidence: Record<string, EvidenceDraft>;
}

/** What goes to SharePoint: answers in pack order, and only evidence worth keeping. */
export interface Payload {
  answers: Answer[];
  evidence: Evidence;
}

export const EMPTY_EVIDENCE: EvidenceDraft = { note: '', links: [] };

/** The pillars and themes that have leaders' statements, in pack order. */
export function assessedPillars(pack: ModelPack): Pillar[] {
  return pack.pillars.filter((p) => pillarStatements(p, 'leaders').length > 0);
}

export function leaderStatements(pack: ModelPack): Statement[] {
  return assessedPillars(pack).flatMap((p) => pillarStatements(p, 'leaders'));
}

/** The work held by a stored draft (or submission), or nothing entered yet. */
export function workFrom(response: Pick<MyResponse, 'answers' | 'evidence'> | null): Work {
  const answers: Record<string, AnswerValue> = {};
  const evidence: Record<string, EvidenceDraft> = {};
  if (response) {
    for (const a of response.answers) answers[a.statementId] = a.value;
    for (const [id, e] of Object.entries(response.evidence)) {
      evidence[id] = { note: e.note ?? '', links: [...(e.links ?? [])] };
    }
  }
  return { answers, evidence };
}

/** Why a typed link cannot be kept, or null when it can (an empty field is not a problem: it is left out). */
export function linkProblem(text: string): 'invalid' | 'too-long' | null {
  const trimmed = text.trim();
  if (trimmed === '') return null;
  if (trimmed.length > RESPONSE_LIMITS.linkChars) return 'too-long';
  return isWebAddress(trimmed) ? null : 'invalid';
}

/** True when a typed link will be saved. */
export function isKeptLink(text: string): boolean {
  return text.trim() !== '' && linkProblem(text) === null;
}

/** What is saved: answers in pack order, notes that are not blank and links that are web addresses. */
export function payloadOf(pack: ModelPack, work: Work): Payload {
  const answers: Answer[] = [];
  const evidence: Evidence = {};
  for (const statement of leaderStatements(pack)) {
    const value = work.answers[statement.id];
    if (value !== undefined) answers.push({ statementId: statement.id, value });
    const typed = work.evidence[statement.id];
    if (!typed) continue;
    const kept: StatementEvidence = {};
    const note = typed.note.trim() === '' ? '' : typed.note.slice(0, RESPONSE_LIMITS.evidenceNoteChars);
    if (note !== '') kept.note = note;
    const links = typed.links.filter(isKeptLink).map((l) => l.trim()).slice(0, RESPONSE_LIMITS.evidenceLinks);
    if (links.length > 0) kept.links = links;
    if (kept.note !== undefined || kept.links !== undefined) evidence[statement.id] = kept;
  }
  return { answers, evidence };
}

/** A key that is equal for two payloads exactly when they save the same thing. */
export function payloadKey(payload: Payload): string {
  return JSON.stringify(payload);
}

export type Progress = {
  rated: number;
  total: number;
};

/** How many of these statements have a rating ("don't know" counts: the leader has answered). */
export function progressOf(statements: readonly Statement[], answers: Record<string, AnswerValue>): Progress {
  return { rated: statements.filter((s) => answers[s.id] !== undefined).length, total: statements.length };
}

/** A submission id (8 to 64 letters, digits and hyphens), made once per self-assessment. */
export function newSubmissionId(): string {
  const c = (globalThis as { crypto?: Crypto }).crypto;
  if (c && typeof c.randomUUID === 'function') return c.randomUUID();
  const bytes = new Uint8Array(16);
  if (c && typeof c.getRandomValues === 'function') c.getRandomValues(bytes);
  else for (let i = 0; i < bytes.length; i++) bytes[i] = Math.floor(Math.random() * 256);
  return `a-${Array.from(bytes, (b) => b.toString(16).padStart(2, '0')).join('')}`;
}
