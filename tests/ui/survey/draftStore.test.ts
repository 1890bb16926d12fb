import { DONT_KNOW } from '../../../src/domain';
import { draftKey, draftStore, newSubmissionId, parseDraft, type SurveyDraft } from '../../../src/ui/survey/draftStore';

const ID = /^[A-Za-z0-9][A-Za-z0-9_-]{7,63}$/;

/** A Storage that keeps values in a map, like a browser's. */
function memoryStorage(): Storage {
  const values = new Map<string, string>();
  return {
    get length() {
      return values.size;
    },
    clear: () => values.clear(),
    getItem: (k) => values.get(k) ?? null,
    key: (i) => [...values.keys()][i] ?? null,
    removeItem: (k) => {
      values.delete(k);
    },
    setItem: (k, v) => {
      values.set(k, String(v));
    }
  };
}

const draft: SurveyDraft = {
  packId: 'wpq-default',
  packVersion: '1.0.0',
  submissionId: '3f1c2a9e-0b7d-4c8e-9a61-2d5b7e4f0c13',
  answers: { 'culture.s01': 4, 'culture.s02': DONT_KNOW },
  comment: 'More time for handovers.',
  step: 3,
  attempted: true,
  savedAt: '2026-03-02T09:30:00.000Z'
};

describe('Survey drafts on the device', () => {
  it('keeps one draft per site, cycle and person', () => {
    expect(draftKey('https://contoso.sharepoint.com/sites/WPQ/', 12, 21)).toBe('wpq:survey-draft:https://contoso.sharepoint.com/sites/wpq:12:21');
    expect(draftKey('https://contoso.sharepoint.com/sites/wpq', 12, 22)).not.toBe(draftKey('https://contoso.sharepoint.com/sites/wpq', 12, 21));
    expect(draftKey('https://contoso.sharepoint.com/sites/wpq', 13, 21)).not.toBe(draftKey('https://contoso.sharepoint.com/sites/wpq', 12, 21));
    expect(draftKey('https://contoso.sharepoint.com/sites/other', 12, 21)).not.toBe(draftKey('https://contoso.sharepoint.com/sites/wpq', 12, 21));
  });

  it('saves, loads and removes a draft', () => {
    const storage = memoryStorage();
    const store = draftStore('k', () => storage);
    expect(store.load()).toBeNull();
    expect(store.save(draft)).toBe(true);
    expect(store.load()).toEqual(draft);
    store.remove();
    expect(store.load()).toBeNull();
    expect(store.available).toBe(true);
  });

  it('carries on without storage when the browser refuses it', () => {
    const refusing = draftStore('k', () => {
      throw new DOMException('Access is denied for this document.', 'SecurityError');
    });
    expect(refusing.load()).toBeNull();
    expect(refusing.save(draft)).toBe(false);
    expect(() => refusing.remove()).not.toThrow();
    expect(refusing.available).toBe(false);

    const full = memoryStorage();
    full.setItem = () => {
      throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
    };
    const store = draftStore('k', () => full);
    expect(store.save(draft)).toBe(false);
    expect(store.available).toBe(false);

    expect(draftStore('k', () => null).load()).toBeNull();
  });

  it('ignores stored values it did not write, and answers that are not answers', () => {
    expect(parseDraft('not json')).toBeNull();
    expect(parseDraft('null')).toBeNull();
    expect(parseDraft(JSON.stringify({ ...draft }))).toBeNull(); // no format
    expect(parseDraft(JSON.stringify({ format: 1, ...draft, submissionId: 'short' }))).toBeNull();
    expect(parseDraft(JSON.stringify({ format: 1, ...draft, savedAt: 'yesterday' }))).toBeNull();
    const mixed = parseDraft(JSON.stringify({ format: 1, ...draft, answers: { a: 3, b: 'maybe', c: 2.5, d: DONT_KNOW }, step: -2 }));
    expect(mixed?.answers).toEqual({ a: 3, d: DONT_KNOW });
    expect(mixed?.step).toBe(0);
  });

  it('makes submission ids the responses list accepts: a UUID where there is one, random letters and digits otherwise', () => {
    expect(newSubmissionId({ randomUUID: () => '3f1c2a9e-0b7d-4c8e-9a61-2d5b7e4f0c13' })).toBe('3f1c2a9e-0b7d-4c8e-9a61-2d5b7e4f0c13');

    const fromBytes = newSubmissionId({
      getRandomValues: <T extends ArrayBufferView | null>(array: T): T => {
        const bytes = array as unknown as Uint8Array;
        for (let i = 0; i < bytes.length; i++) bytes[i] = (i * 37) % 248;
        return array;
      }
    });
    expect(fromBytes).toMatch(ID);
    expect(fromBytes).toHaveLength(32);

    const seen = new Set<string>();
    for (let i = 0; i < 200; i++) {
      const id = newSubmissionId({});
      expect(id).toMatch(/^[A-Za-z0-9]{32}$/);
      seen.add(id);
    }
    expect(seen.size).toBe(200);
    expect(newSubmissionId()).toMatch(ID);
  });
});
