import { ModelPack, defaultPack } from '../../src/model';
import { StoredPackInfo, canonicalJson, checkPackReplacement, fnv1a64, measureValue, packContentHash } from '../../src/domain';

function copy(): ModelPack {
  return JSON.parse(JSON.stringify(defaultPack)) as ModelPack;
}

describe('pack content hash', () => {
  it('is FNV-1a 64-bit over UTF-8 (published test vectors)', () => {
    expect(fnv1a64('')).toBe('cbf29ce484222325');
    expect(fnv1a64('a')).toBe('af63dc4c8601ec8c');
    expect(fnv1a64('foobar')).toBe('85944171f73967e8');
  });

  it('hashes multi-byte text as its UTF-8 bytes', () => {
    // 'é' is the two bytes C3 A9; the same bytes written as Latin-1 characters give the same hash.
    expect(fnv1a64('é')).toBe(fnv1a64String('\u00c3\u00a9'));
    expect(fnv1a64('😀')).toBe(fnv1a64String('\u00f0\u009f\u0098\u0080'));
  });

  it('does not depend on key order or formatting', () => {
    expect(canonicalJson({ b: 1, a: [true, null, 'x'], c: undefined })).toBe('{"a":[true,null,"x"],"b":1}');
    expect(packContentHash(JSON.parse(JSON.stringify(defaultPack, null, 4)) as ModelPack)).toBe(packContentHash(defaultPack));
    const reordered = reverseKeys(defaultPack) as ModelPack;
    expect(JSON.stringify(reordered)).not.toBe(JSON.stringify(defaultPack));
    expect(packContentHash(reordered)).toBe(packContentHash(defaultPack));
    expect(packContentHash(defaultPack)).toMatch(/^fnv1a64:[0-9a-f]{16}$/);
  });

  it('changes when any text changes', () => {
    const changed = copy();
    changed.pillars[0].staffStatements[0].text = 'I know what good care looks like.';
    expect(packContentHash(changed)).not.toBe(packContentHash(defaultPack));
  });
});

/** A deep copy with every object's keys in reverse order. */
function reverseKeys(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(reverseKeys);
  if (value === null || typeof value !== 'object') return value;
  const out: Record<string, unknown> = {};
  for (const key of Object.keys(value).reverse()) out[key] = reverseKeys((value as Record<string, unknown>)[key]);
  return out;
}

/** Hashes a string whose characters are all below 256 as one byte each (a reference for the UTF-8 test). */
function fnv1a64String(bytes: string): string {
  let hash = BigInt('0xcbf29ce484222325');
  const prime = BigInt('0x100000001b3');
  const mask = (BigInt(1) << BigInt(64)) - BigInt(1);
  for (let i = 0; i < bytes.length; i++) hash = ((hash ^ BigInt(bytes.charCodeAt(i))) * prime) & mask;
  return hash.toString(16).padStart(16, '0');
}

describe('a pack is immutable once a cycle uses it', () => {
  const stored = (overrides: Partial<StoredPackInfo> = {}): StoredPackInfo => ({
    id: 'wpq-default',
    version: '1.0.0',
    contentHash: packContentHash(defaultPack),
    usedByCycle: true,
    ...overrides
  });

  it('adds a pack with a new id or version', () => {
    const next = copy();
    next.version = '1.1.0';
    expect(checkPackReplacement([stored()], next).outcome).toBe('add');
    expect(checkPackReplacement([], defaultPack).outcome).toBe('add');
  });

  it('accepts the identical pack again as unchanged', () => {
    expect(checkPackReplacement([stored()], copy()).outcome).toBe('unchanged');
  });

  it('refuses a changed pack under the same id and version once a cycle uses it, suggesting a new version', () => {
    const changed = copy();
    changed.pillars[0].staffStatements[0].text = 'I know what good care looks like.';
    const decision = checkPackReplacement([stored(), stored({ version: '1.2.0', contentHash: 'fnv1a64:0' })], changed);
    expect(decision).toEqual({
      outcome: 'refuse',
      suggestedVersion: '1.2.1',
      message:
        'Model pack wpq-default 1.0.0 is used by at least one cycle, so it cannot change. Give the changed pack a new version number, such as 1.2.1, and import it again.'
    });
  });

  it('refuses a change when any stored entry for the id and version is used, whatever the order of the list', () => {
    const changed = copy();
    changed.title = 'WPQ default model pack (changed)';
    const unused = stored({ usedByCycle: false });
    const used = stored({ usedByCycle: true });
    expect(checkPackReplacement([unused, used], changed).outcome).toBe('refuse');
    expect(checkPackReplacement([used, unused], changed).outcome).toBe('refuse');
    // The content the cycle used, imported again, is unchanged even beside a stale entry.
    expect(checkPackReplacement([stored({ usedByCycle: false, contentHash: 'fnv1a64:0' }), used], copy()).outcome).toBe('unchanged');
  });

  it('lets a changed pack replace one that no cycle uses yet', () => {
    const changed = copy();
    changed.title = 'WPQ default model pack (draft)';
    expect(checkPackReplacement([stored({ usedByCycle: false })], changed).outcome).toBe('replace');
  });
});

describe('measure values', () => {
  it('work out percentages, ratios and amounts per worker', () => {
    // 12 leavers over 48 directly employed workers = 25% turnover.
    expect(measureValue('percentage', 12, 48)).toBe(25);
    // 240 sickness days over 50 workers = 4.8 days per worker.
    expect(measureValue('per-worker', 240, 50)).toBeCloseTo(4.8, 9);
    expect(measureValue('ratio', 3, 4)).toBe(0.75);
  });

  it('give no value for a zero denominator or a negative count', () => {
    expect(measureValue('percentage', 3, 0)).toBeNull();
    expect(measureValue('percentage', -1, 10)).toBeNull();
    expect(measureValue('per-worker', Number.NaN, 10)).toBeNull();
  });
});
