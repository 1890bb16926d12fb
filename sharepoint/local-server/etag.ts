import type { Ctx } from './context';
import { errors } from './errors';

/**
 * If-Match as SharePoint treats it: absent or '*' is unconditional; otherwise only the version counts, written
 * as "N", "<guid>,N" or with a W/ prefix. `current` is the server's ETag as quoted in the 412 message.
 */
export function checkEtag(ctx: Ctx, current: string, version: number): void {
  const raw = ctx.headers['if-match'];
  if (raw === undefined) return;
  const value = raw.trim();
  if (value === '' || value === '*') return;
  const m = /^(?:W\/)?"?(?:[0-9a-fA-F-]{36},)?(\d+)"?$/.exec(value);
  if (!m || Number(m[1]) !== version) throw errors.staleEtag(value, current);
}
