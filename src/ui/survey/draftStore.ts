/**
 * The staff survey's draft, kept on the person's device (localStorage) as they answer, so that a
 * refresh, a closed tab or a lost connection loses nothing. One draft per site, cycle and site user:
 * two people sharing a device, or one person on two WPQ sites, never see each other's drafts.
 *
 * The draft holds the submission id made for it, so every retry of its submission sends the same id
 * and the responses list (unique submission ids) never stores the answers twice.
 *
 * Storage can be missing or refuse writes (private browsing, a full quota, a locked-down browser):
 * every call then quietly does nothing, `available` turns false, and the survey carries on in memory.
 */
import { DONT_KNOW, type AnswerValue } from '../../domain';

export const DRAFT_FORMAT = 1;

export interface SurveyDraft {
  /** The pack the answers were given against; a draft for another pack version is not restored. */
  packId: string;
  packVersion: string;
  submissionId: string;
  /** By statement id. */
  answers: Record<string, AnswerValue>;
  comment: string;
  /** Where the person was (0 is the notice before the first question). */
  step: number;
  /** True once a submission was tried with this id: starting again then keeps the id. */
  attempted: boolean;
  /** When the draft was last saved (ISO 8601). */
  savedAt: string;
}

export interface DraftStore {
  /** False once the device's storage turned out to be unusable. */
  readonly available: boolean;
  load(): SurveyDraft | null;
  /** Returns false when the draft could not be kept. */
  save(draft: SurveyDraft): boolean;
  remove(): void;
}

/** The storage key of one person's draft for one cycle on one site. */
export function draftKey(siteUrl: string, cycleId: number, userId: number): string {
  const site = siteUrl.trim().replace(/\/+$/, '').toLowerCase();
  return `wpq:survey-draft:${site}:${cycleId}:${userId}`;
}

const SUBMISSION_ID = /^[A-Za-z0-9][A-Za-z0-9_-]{7,63}$/;

export function isSubmissionId(value: unknown): value is string {
  return typeof value === 'string' && SUBMISSION_ID.test(value);
}

const ALPHABET = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789';

/**
 * A new submission id: a random UUID where the browser has one, otherwise 32 random letters and
 * digits (from the browser's random source when there is one).
 */
export function newSubmissionId(random: Partial<Pick<Crypto, 'randomUUID' | 'getRandomValues'>> | undefined = globalThis.crypto): string {
  if (random && typeof random.randomUUID === 'function') {
    const id = random.randomUUID();
    if (isSubmissionId(id)) return id;
  }
  const bytes = new Uint8Array(32);
  if (random && typeof random.getRandomValues === 'function') {
    random.getRandomValues(bytes);
  } else {
    for (let i = 0; i < bytes.length; i++) bytes[i] = Math.floor(Math.random() * 256);
  }
  let id = '';
  // 248 is the largest multiple of 62 below 256: values above it are redrawn so every character is equally likely.
  for (let i = 0; i < bytes.length; i++) {
    let b = bytes[i];
    while (b >= 248) b = Math.floor(Math.random() * 256);
    id += ALPHABET[b % ALPHABET.length];
  }
  return id;
}

function isAnswerValue(value: unknown): value is AnswerValue {
  return value === DONT_KNOW || (typeof value === 'number' && Number.isInteger(value));
}

/** A stored draft as written by `save`, or null for anything else (an older format, a hand-edited value). */
export function parseDraft(text: string | null): SurveyDraft | null {
  if (text === null) return null;
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    return null;
  }
  if (typeof json !== 'object' || json === null) return null;
  const d = json as Record<string, unknown>;
  if (d.format !== DRAFT_FORMAT) return null;
  if (typeof d.packId !== 'string' || typeof d.packVersion !== 'string' || !isSubmissionId(d.submissionId)) return null;
  if (typeof d.savedAt !== 'string' || Number.isNaN(new Date(d.savedAt).getTime())) return null;
  if (typeof d.answers !== 'object' || d.answers === null || Array.isArray(d.answers)) return null;
  const answers: Record<string, AnswerValue> = {};
  for (const [id, value] of Object.entries(d.answers as Record<string, unknown>)) {
    if (isAnswerValue(value)) answers[id] = value;
  }
  return {
    packId: d.packId,
    packVersion: d.packVersion,
    submissionId: d.submissionId,
    answers,
    comment: typeof d.comment === 'string' ? d.comment : '',
    step: typeof d.step === 'number' && Number.isInteger(d.step) && d.step >= 0 ? d.step : 0,
    attempted: d.attempted === true,
    savedAt: d.savedAt
  };
}

function defaultStorage(): Storage | null {
  // Reading window.localStorage itself throws where the browser forbids storage.
  return typeof window === 'undefined' ? null : window.localStorage;
}

export function draftStore(key: string, storage: () => Storage | null = defaultStorage): DraftStore {
  let available = true;
  const use = <T>(work: (s: Storage) => T, otherwise: T): T => {
    try {
      const s = storage();
      if (!s) {
        available = false;
        return otherwise;
      }
      return work(s);
    } catch {
      available = false;
      return otherwise;
    }
  };
  return {
    get available() {
      return available;
    },
    load: () => use((s) => parseDraft(s.getItem(key)), null),
    save: (draft) =>
      use((s) => {
        s.setItem(key, JSON.stringify({ format: DRAFT_FORMAT, ...draft }));
        return true;
      }, false),
    remove: () => use((s) => s.removeItem(key), undefined)
  };
}
