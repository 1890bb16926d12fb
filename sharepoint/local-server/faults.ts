/** Injected throttling, outages, dropped connections and latency, changeable while the server runs. */

export interface FaultOptions {
  /** Share (0..1) of requests answered 429/503 with an integer Retry-After. */
  share: number;
  /** Statuses to choose from (default [429]). */
  statuses?: Array<429 | 503>;
  /** Retry-After in whole seconds (default 1); PnPjs waits exactly this long before retrying. */
  retryAfterSeconds?: number;
  /** Share (0..1) of connections destroyed without an answer, before the request is carried out. */
  dropShare?: number;
  /**
   * Share (0..1) of requests carried out in full whose answer is then lost: the connection closes
   * instead of the reply, as when a network drops on the way back. A retry then repeats work that
   * SharePoint has already done.
   */
  lostReplyShare?: number;
  /** Extension: stop injecting after this many faults (deterministic "fail the next n requests"). */
  count?: number;
  /** Extension: seed for a reproducible sequence of decisions. */
  seed?: number;
}

export type LatencyOption = number | { min: number; max: number };

export type FaultDecision =
  | { kind: 'none' }
  | { kind: 'drop' }
  | { kind: 'lost-reply' }
  | { kind: 'status'; status: 429 | 503; retryAfter: number };

/** A small seeded random number source (mulberry32): the same sequence for the same seed on every machine. */
export function mulberry32(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function checkShare(name: string, v: number | undefined): void {
  if (v === undefined) return;
  if (typeof v !== 'number' || !(v >= 0 && v <= 1)) throw new RangeError(`faults.${name} must be a number between 0 and 1.`);
}

export function validateFaults(f: FaultOptions | undefined): void {
  if (!f) return;
  checkShare('share', f.share);
  checkShare('dropShare', f.dropShare);
  checkShare('lostReplyShare', f.lostReplyShare);
  if ((f.share ?? 0) + (f.dropShare ?? 0) + (f.lostReplyShare ?? 0) > 1) {
    throw new RangeError('faults.share, faults.dropShare and faults.lostReplyShare together cannot exceed 1.');
  }
  if (f.retryAfterSeconds !== undefined && !(Number.isInteger(f.retryAfterSeconds) && f.retryAfterSeconds >= 0)) {
    throw new RangeError('faults.retryAfterSeconds must be a whole number of seconds (0 or more).');
  }
  if (f.statuses !== undefined && (f.statuses.length === 0 || f.statuses.some((s) => s !== 429 && s !== 503))) {
    throw new RangeError('faults.statuses may only contain 429 and 503.');
  }
  if (f.count !== undefined && !(Number.isInteger(f.count) && f.count >= 0)) throw new RangeError('faults.count must be a whole number.');
}

export function validateLatency(l: LatencyOption | undefined): void {
  if (l === undefined) return;
  const ok = (n: unknown) => typeof n === 'number' && Number.isFinite(n) && n >= 0;
  if (typeof l === 'number' ? !ok(l) : !(ok(l.min) && ok(l.max) && l.min <= l.max)) {
    throw new RangeError('latencyMs must be a number of milliseconds or {min, max} with 0 <= min <= max.');
  }
}

export class Faults {
  private options: FaultOptions | undefined;
  private random: () => number = Math.random;
  private remaining: number | undefined;
  private latency: LatencyOption | undefined;

  setFaults(f: FaultOptions | undefined): void {
    validateFaults(f);
    this.options = f ? { ...f } : undefined;
    this.random = f?.seed !== undefined ? mulberry32(f.seed) : Math.random;
    this.remaining = f?.count;
  }

  setLatency(l: LatencyOption | undefined): void {
    validateLatency(l);
    this.latency = l;
  }

  decide(): FaultDecision {
    const f = this.options;
    if (!f || this.remaining === 0) return { kind: 'none' };
    const r = this.random();
    const drop = f.dropShare ?? 0;
    const lost = f.lostReplyShare ?? 0;
    let decision: FaultDecision = { kind: 'none' };
    if (r < drop) decision = { kind: 'drop' };
    else if (r < drop + lost) decision = { kind: 'lost-reply' };
    else if (r < drop + lost + f.share) {
      const statuses = f.statuses ?? [429];
      const status = statuses[Math.floor(this.random() * statuses.length)] ?? 429;
      decision = { kind: 'status', status, retryAfter: f.retryAfterSeconds ?? 1 };
    }
    if (decision.kind !== 'none' && this.remaining !== undefined) this.remaining--;
    return decision;
  }

  delayMs(): number {
    const l = this.latency;
    if (l === undefined) return 0;
    if (typeof l === 'number') return l;
    return l.min + Math.random() * (l.max - l.min);
  }
}
