import type { Ctx, Segment } from './context';
import { errors } from './errors';

/**
 * Splits the part of a path after `_api/` into segments such as `lists`, `getByTitle('A/B')`, `items(3)`.
 * The path is percent-decoded first (PnPjs encodes titles), so quotes inside parentheses protect slashes.
 */
export function parseSegments(decodedPath: string): Segment[] {
  const out: Segment[] = [];
  let i = 0;
  const n = decodedPath.length;
  while (i < n) {
    if (decodedPath[i] === '/') {
      i++;
      continue;
    }
    let name = '';
    while (i < n && decodedPath[i] !== '/' && decodedPath[i] !== '(') name += decodedPath[i++];
    let args: string | undefined;
    if (decodedPath[i] === '(') {
      i++;
      let depth = 1;
      let inQuote = false;
      let a = '';
      while (i < n) {
        const c = decodedPath[i];
        if (inQuote) {
          if (c === "'" && decodedPath[i + 1] === "'") {
            a += "''";
            i += 2;
            continue;
          }
          if (c === "'") inQuote = false;
        } else if (c === "'") {
          inQuote = true;
        } else if (c === '(') {
          depth++;
        } else if (c === ')') {
          depth--;
          if (depth === 0) break;
        }
        a += c;
        i++;
      }
      if (depth !== 0) throw errors.resourceNotFound(decodedPath);
      i++;
      args = a;
      // Anything glued after ')' before the next '/' is not a valid segment.
      if (i < n && decodedPath[i] !== '/') throw errors.resourceNotFound(decodedPath);
    }
    out.push({ name: name.toLowerCase(), raw: args === undefined ? name : `${name}(${args})`, args });
  }
  return out;
}

/** An argument as a string: 'text' (quotes doubled), guid'…', @alias from the query string, or a bare token. */
export function argString(ctx: Ctx, seg: Segment): string {
  const a = (seg.args ?? '').trim();
  if (a.startsWith('@')) {
    const v = ctx.query.alias(a);
    if (v === undefined) throw errors.argument(`The parameter ${a} has no value.`);
    return v;
  }
  const named = /^[A-Za-z]+\s*=\s*(.*)$/s.exec(a);
  const value = named && !a.startsWith("'") ? named[1].trim() : a;
  if (value.startsWith('@')) {
    const v = ctx.query.alias(value);
    if (v === undefined) throw errors.argument(`The parameter ${value} has no value.`);
    return v;
  }
  const g = /^guid'(.*)'$/i.exec(value);
  if (g) return g[1];
  if (value.length >= 2 && value.startsWith("'") && value.endsWith("'")) return value.slice(1, -1).replace(/''/g, "'");
  return value;
}

export function argInt(ctx: Ctx, seg: Segment): number {
  const s = argString(ctx, seg);
  if (!/^-?\d+$/.test(s)) throw errors.resourceNotFound(seg.raw);
  return Number(s);
}

