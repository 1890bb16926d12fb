/**
 * The immutability rule for model packs: once a cycle uses a pack, that pack id and version can
 * never change, because the cycle's results were scored against it. Changes make a new version.
 *
 * Packs are compared by a content hash of their canonical JSON (keys sorted, no whitespace), so
 * the same pack saved by different tools gets the same hash. The hash is FNV-1a 64-bit: not a
 * security measure, just a stable fingerprint that works the same in browsers and Node.
 */
import { ModelPack, compareVersions } from '../model';

/** JSON with object keys sorted and no whitespace; undefined properties are left out, as JSON.stringify does. */
export function canonicalJson(value: unknown): string {
  if (value === null || typeof value !== 'object') {
    if (typeof value === 'number') return Number.isFinite(value) ? JSON.stringify(value) : 'null';
    if (typeof value === 'string' || typeof value === 'boolean') return JSON.stringify(value);
    return 'null';
  }
  if (Array.isArray(value)) {
    return `[${value.map((item) => (item === undefined || typeof item === 'function' ? 'null' : canonicalJson(item))).join(',')}]`;
  }
  const record = value as Record<string, unknown>;
  const parts: string[] = [];
  for (const key of Object.keys(record).sort()) {
    const item = record[key];
    if (item === undefined || typeof item === 'function') continue;
    parts.push(`${JSON.stringify(key)}:${canonicalJson(item)}`);
  }
  return `{${parts.join(',')}}`;
}

/** FNV-1a 64-bit hash of the UTF-8 bytes of `text`, as 16 hexadecimal digits. */
export function fnv1a64(text: string): string {
  // The 64-bit state is held in four 16-bit limbs (h0 lowest), because browsers' numbers are doubles.
  let h0 = 0x2325;
  let h1 = 0x8422;
  let h2 = 0x9ce4;
  let h3 = 0xcbf2;
  const mix = (byte: number): void => {
    h0 ^= byte;
    // Multiply by the FNV prime 2^40 + 0x1b3, keeping the low 64 bits.
    const t0 = h0 * 0x1b3;
    const t1 = h1 * 0x1b3 + (t0 >>> 16);
    const t2 = h2 * 0x1b3 + (h0 << 8) + (t1 >>> 16);
    const t3 = h3 * 0x1b3 + (h1 << 8) + (t2 >>> 16);
    h0 = t0 & 0xffff;
    h1 = t1 & 0xffff;
    h2 = t2 & 0xffff;
    h3 = t3 & 0xffff;
  };
  for (let i = 0; i < text.length; i++) {
    let c = text.charCodeAt(i);
    if (c >= 0xd800 && c <= 0xdbff && i + 1 < text.length) {
      const low = text.charCodeAt(i + 1);
      if (low >= 0xdc00 && low <= 0xdfff) {
        c = 0x10000 + ((c - 0xd800) << 10) + (low - 0xdc00);
        i++;
      }
    }
    if (c < 0x80) mix(c);
    else if (c < 0x800) {
      mix(0xc0 | (c >> 6));
      mix(0x80 | (c & 0x3f));
    } else if (c < 0x10000) {
      mix(0xe0 | (c >> 12));
      mix(0x80 | ((c >> 6) & 0x3f));
      mix(0x80 | (c & 0x3f));
    } else {
      mix(0xf0 | (c >> 18));
      mix(0x80 | ((c >> 12) & 0x3f));
      mix(0x80 | ((c >> 6) & 0x3f));
      mix(0x80 | (c & 0x3f));
    }
  }
  const hex = (limb: number): string => limb.toString(16).padStart(4, '0');
  return hex(h3) + hex(h2) + hex(h1) + hex(h0);
}

/** A stable fingerprint of a pack's content, e.g. `fnv1a64:0123456789abcdef`. */
export function packContentHash(pack: ModelPack): string {
  return `fnv1a64:${fnv1a64(canonicalJson(pack))}`;
}

/** What the data layer knows about a pack it has stored. */
export interface StoredPackInfo {
  id: string;
  version: string;
  contentHash: string;
  /** True once any cycle has pinned this pack id and version. */
  usedByCycle: boolean;
}

export type PackReplacementDecision =
  /** No stored pack has this id and version: store it beside the others. */
  | { outcome: 'add'; message: string }
  /** The same content is already stored: nothing to do. */
  | { outcome: 'unchanged'; message: string }
  /** Same id and version with different content, and no cycle uses it yet: it may be replaced. */
  | { outcome: 'replace'; message: string }
  /** Same id and version with different content, and a cycle uses it: refused. */
  | { outcome: 'refuse'; message: string; suggestedVersion: string };

function nextPatchVersion(version: string): string {
  const match = /^(\d+)\.(\d+)\.(\d+)/.exec(version);
  if (!match) return version;
  return `${match[1]}.${match[2]}.${Number(match[3]) + 1}`;
}

/**
 * Decides what may happen when `incoming` (already validated) is imported beside the stored packs.
 * A pack that a cycle uses is never changed: the importer must give the changed pack a new version.
 */
export function checkPackReplacement(stored: readonly StoredPackInfo[], incoming: ModelPack): PackReplacementDecision {
  const label = `${incoming.id} ${incoming.version}`;
  const same = stored.filter((p) => p.id === incoming.id && p.version === incoming.version);
  if (same.length === 0) return { outcome: 'add', message: `Model pack ${label} is new and can be added.` };
  // Should the list hold this id and version more than once, an entry a cycle uses decides, wherever it is.
  const used = same.filter((p) => p.usedByCycle);
  const hash = packContentHash(incoming);
  if ((used.length > 0 ? used : same).every((p) => p.contentHash === hash)) {
    return { outcome: 'unchanged', message: `Model pack ${label} is already stored with exactly this content.` };
  }
  if (used.length === 0) {
    return { outcome: 'replace', message: `Model pack ${label} has changed. No cycle uses it yet, so it can be replaced.` };
  }
  const highest = stored
    .filter((p) => p.id === incoming.id)
    .map((p) => p.version)
    .reduce((a, b) => (compareVersions(a, b) >= 0 ? a : b), incoming.version);
  const suggestedVersion = nextPatchVersion(highest);
  return {
    outcome: 'refuse',
    suggestedVersion,
    message: `Model pack ${label} is used by at least one cycle, so it cannot change. Give the changed pack a new version number, such as ${suggestedVersion}, and import it again.`
  };
}
