import { errors, SpError } from './errors';

/**
 * OData v3 $filter as SharePoint accepts it: eq ne gt ge lt le, and/or/not, parentheses, startswith,
 * substringof, the date part functions, and literals ('O''Brien', numbers, true/false, null,
 * datetime'…', guid'…'). The parser builds an AST; `compile` binds it to columns and returns a predicate.
 */

export type Literal =
  | { t: 'string'; v: string }
  | { t: 'number'; v: number }
  | { t: 'bool'; v: boolean }
  | { t: 'null' }
  | { t: 'datetime'; v: string }
  | { t: 'guid'; v: string };

export type CmpOp = 'eq' | 'ne' | 'gt' | 'ge' | 'lt' | 'le';

export type Expr =
  | { k: 'and' | 'or'; a: Expr; b: Expr }
  | { k: 'not'; a: Expr }
  | { k: 'cmp'; op: CmpOp; left: Expr; right: Expr }
  | { k: 'call'; name: string; args: Expr[] }
  | { k: 'field'; path: string }
  | { k: 'lit'; v: Literal }
  | { k: 'group'; a: Expr };

type Token =
  | { t: 'punct'; v: '(' | ')' | ',' }
  | { t: 'ident'; v: string }
  | { t: 'lit'; v: Literal };

const CMP_OPS = new Set(['eq', 'ne', 'gt', 'ge', 'lt', 'le']);

class ParseError extends Error {}

function tokenize(src: string): Token[] {
  const out: Token[] = [];
  let i = 0;
  const readQuoted = (): string => {
    // i points at the opening quote
    let s = '';
    i++;
    for (;;) {
      if (i >= src.length) throw new ParseError('unterminated string');
      const c = src[i];
      if (c === "'") {
        if (src[i + 1] === "'") {
          s += "'";
          i += 2;
          continue;
        }
        i++;
        return s;
      }
      s += c;
      i++;
    }
  };
  while (i < src.length) {
    const c = src[i];
    if (c === ' ' || c === '\t' || c === '\n' || c === '\r') {
      i++;
    } else if (c === '(' || c === ')' || c === ',') {
      out.push({ t: 'punct', v: c });
      i++;
    } else if (c === "'") {
      out.push({ t: 'lit', v: { t: 'string', v: readQuoted() } });
    } else if (/[-0-9]/.test(c)) {
      const m = /^-?(\d+(\.\d*)?|\.\d+)([eE][+-]?\d+)?[LlMmDdFf]?/.exec(src.slice(i));
      if (!m || m[0] === '-') throw new ParseError('bad number');
      out.push({ t: 'lit', v: { t: 'number', v: Number(m[0].replace(/[LlMmDdFf]$/, '')) } });
      i += m[0].length;
    } else if (/[A-Za-z_]/.test(c)) {
      const m = /^[A-Za-z_][A-Za-z0-9_]*(\/[A-Za-z_][A-Za-z0-9_]*)*/.exec(src.slice(i));
      const word = m![0];
      i += word.length;
      const lower = word.toLowerCase();
      if ((lower === 'datetime' || lower === 'guid' || lower === 'datetimeoffset') && src[i] === "'") {
        const raw = readQuoted();
        out.push({ t: 'lit', v: lower === 'guid' ? { t: 'guid', v: raw } : { t: 'datetime', v: raw } });
      } else if (lower === 'null') {
        out.push({ t: 'lit', v: { t: 'null' } });
      } else if (lower === 'true' || lower === 'false') {
        out.push({ t: 'lit', v: { t: 'bool', v: lower === 'true' } });
      } else {
        out.push({ t: 'ident', v: word });
      }
    } else {
      throw new ParseError(`unexpected '${c}'`);
    }
  }
  return out;
}

/** Deeper nesting than this (parentheses, function arguments, chains of 'not') is refused as a bad expression, never a stack overflow. */
const MAX_DEPTH = 100;

class Parser {
  private pos = 0;
  private depth = 0;
  constructor(private readonly tokens: Token[]) {}

  parse(): Expr {
    const e = this.or();
    if (this.pos !== this.tokens.length) throw new ParseError('trailing tokens');
    return e;
  }

  private peekWord(): string | undefined {
    const t = this.tokens[this.pos];
    return t && t.t === 'ident' ? t.v.toLowerCase() : undefined;
  }

  private nested<T>(parse: () => T): T {
    if (++this.depth > MAX_DEPTH) throw new ParseError('nested too deeply');
    try {
      return parse();
    } finally {
      this.depth--;
    }
  }

  /** A left-associative chain of `word` ('or' binds looser than 'and'). */
  private chain(word: 'or' | 'and', operand: () => Expr): Expr {
    let left = operand();
    while (this.peekWord() === word) {
      this.pos++;
      left = { k: word, a: left, b: operand() };
    }
    return left;
  }

  private or(): Expr {
    return this.nested(() => this.chain('or', () => this.chain('and', () => this.unary())));
  }

  private unary(): Expr {
    if (this.peekWord() === 'not') {
      this.pos++;
      return { k: 'not', a: this.nested(() => this.unary()) };
    }
    const left = this.primary();
    const w = this.peekWord();
    if (w && CMP_OPS.has(w)) {
      this.pos++;
      return { k: 'cmp', op: w as CmpOp, left, right: this.primary() };
    }
    return left;
  }

  private primary(): Expr {
    const t = this.tokens[this.pos++];
    if (!t) throw new ParseError('unexpected end');
    if (t.t === 'punct') {
      if (t.v !== '(') throw new ParseError('unexpected punctuation');
      const inner = this.or();
      this.expect(')');
      return { k: 'group', a: inner };
    }
    if (t.t === 'lit') return { k: 'lit', v: t.v };
    const next = this.tokens[this.pos];
    if (next && next.t === 'punct' && next.v === '(') {
      const name = t.v.toLowerCase();
      this.pos++;
      const args: Expr[] = [];
      if (!(this.tokens[this.pos]?.t === 'punct' && (this.tokens[this.pos] as { v: string }).v === ')')) {
        for (;;) {
          args.push(this.or());
          const sep = this.tokens[this.pos];
          if (sep && sep.t === 'punct' && sep.v === ',') {
            this.pos++;
            continue;
          }
          break;
        }
      }
      this.expect(')');
      return { k: 'call', name, args };
    }
    const lower = t.v.toLowerCase();
    if (CMP_OPS.has(lower) || lower === 'and' || lower === 'or' || lower === 'not') throw new ParseError('operator out of place');
    return { k: 'field', path: t.v };
  }

  private expect(p: ')'): void {
    const t = this.tokens[this.pos++];
    if (!t || t.t !== 'punct' || t.v !== p) throw new ParseError(`expected ${p}`);
  }
}

export function parseFilter(src: string): Expr {
  try {
    if (src.trim() === '') throw new ParseError('empty');
    return new Parser(tokenize(src)).parse();
  } catch (e) {
    if (e instanceof ParseError) throw errors.badExpression(src);
    throw e;
  }
}

// ---------------------------------------------------------------------------------------------
// Binding to columns

export type ColumnKind = 'text' | 'number' | 'bool' | 'date' | 'guid' | 'multiText' | 'multiNumber';

export interface Column<Row> {
  kind: ColumnKind;
  get(row: Row): unknown;
  /** Indexed in SharePoint's sense (ID always is): decides the list view threshold. */
  indexed: boolean;
}

export interface Resolver<Row> {
  /** Throws the SharePoint error for unknown or unusable columns. */
  column(path: string): Column<Row>;
}

export type Predicate<Row> = (row: Row) => boolean;

function normaliseDate(raw: string, src: string): string {
  const ms = Date.parse(/[zZ]|[+-]\d\d:?\d\d$/.test(raw) || !/T/.test(raw) ? raw : `${raw}Z`);
  if (Number.isNaN(ms)) throw errors.badExpression(src);
  return new Date(Math.floor(ms / 1000) * 1000).toISOString().replace('.000Z', 'Z');
}

interface Bound<Row> {
  kind: ColumnKind;
  get(row: Row): unknown;
}

/** A comparable constant of the column's kind, or null. */
function literalFor(kind: ColumnKind, lit: Literal, src: string): unknown {
  if (lit.t === 'null') return null;
  switch (kind) {
    case 'text':
    case 'multiText':
      if (lit.t === 'string') return lit.v.toLowerCase();
      if (lit.t === 'number') return String(lit.v);
      if (lit.t === 'guid') return lit.v.toLowerCase();
      throw errors.badExpression(src);
    case 'guid':
      if (lit.t === 'guid' || lit.t === 'string') return lit.v.toLowerCase();
      throw errors.badExpression(src);
    case 'number':
    case 'multiNumber':
      if (lit.t === 'number') return lit.v;
      if (lit.t === 'string' && lit.v.trim() !== '' && !Number.isNaN(Number(lit.v))) return Number(lit.v);
      throw errors.badExpression(src);
    case 'bool':
      if (lit.t === 'bool') return lit.v;
      if (lit.t === 'number' && (lit.v === 0 || lit.v === 1)) return lit.v === 1;
      if (lit.t === 'string' && (lit.v === '0' || lit.v === '1')) return lit.v === '1';
      throw errors.badExpression(src);
    case 'date':
      if (lit.t === 'datetime' || lit.t === 'string') return normaliseDate(lit.v, src);
      throw errors.badExpression(src);
  }
}

function normaliseValue(kind: ColumnKind, v: unknown): unknown {
  if (v === undefined || v === null || v === '') return null;
  if (kind === 'text' || kind === 'guid') return typeof v === 'string' ? v.toLowerCase() : String(v).toLowerCase();
  return v;
}

function compare(op: CmpOp, a: unknown, b: unknown): boolean {
  // SQL semantics, as SharePoint's CAML: only eq/ne null match missing values.
  if (b === null) return op === 'eq' ? a === null : op === 'ne' ? a !== null : false;
  if (a === null) return false;
  switch (op) {
    case 'eq':
      return a === b;
    case 'ne':
      return a !== b;
    case 'gt':
      return (a as number) > (b as number);
    case 'ge':
      return (a as number) >= (b as number);
    case 'lt':
      return (a as number) < (b as number);
    case 'le':
      return (a as number) <= (b as number);
  }
}

const SWAP: Record<CmpOp, CmpOp> = { eq: 'eq', ne: 'ne', gt: 'lt', ge: 'le', lt: 'gt', le: 'ge' };

export function compile<Row>(expr: Expr, resolver: Resolver<Row>, src: string): Predicate<Row> {
  const bool = (e: Expr): Predicate<Row> => {
    switch (e.k) {
      case 'group':
        return bool(e.a);
      case 'and': {
        const a = bool(e.a);
        const b = bool(e.b);
        return (r) => a(r) && b(r);
      }
      case 'or': {
        const a = bool(e.a);
        const b = bool(e.b);
        return (r) => a(r) || b(r);
      }
      case 'not': {
        const a = bool(e.a);
        return (r) => !a(r);
      }
      case 'call':
        return boolCall(e);
      case 'cmp':
        return comparison(e.op, e.left, e.right);
      default:
        throw errors.badExpression(src);
    }
  };

  const operand = (e: Expr): Bound<Row> => {
    if (e.k === 'group') return operand(e.a);
    if (e.k === 'field') {
      const c = resolver.column(e.path);
      return { kind: c.kind, get: c.get };
    }
    if (e.k === 'call' && ['day', 'month', 'year', 'hour', 'minute', 'second'].includes(e.name)) {
      if (e.args.length !== 1 || e.args[0].k !== 'field') throw errors.badExpression(src);
      const c = resolver.column(e.args[0].path);
      if (c.kind !== 'date') throw errors.badExpression(src);
      const part = e.name;
      return {
        kind: 'number',
        get: (r) => {
          const v = c.get(r);
          if (typeof v !== 'string') return null;
          const d = new Date(v);
          switch (part) {
            case 'day':
              return d.getUTCDate();
            case 'month':
              return d.getUTCMonth() + 1;
            case 'year':
              return d.getUTCFullYear();
            case 'hour':
              return d.getUTCHours();
            case 'minute':
              return d.getUTCMinutes();
            default:
              return d.getUTCSeconds();
          }
        }
      };
    }
    if (e.k === 'call' && (e.name === 'startswith' || e.name === 'substringof')) {
      const p = boolCall(e);
      return { kind: 'bool', get: (r) => p(r) };
    }
    throw errors.badExpression(src);
  };

  const comparison = (op: CmpOp, left: Expr, right: Expr): Predicate<Row> => {
    let fieldSide = left;
    let litSide = right;
    if (stripGroup(left).k === 'lit' && stripGroup(right).k !== 'lit') {
      fieldSide = right;
      litSide = left;
      op = SWAP[op];
    }
    const lit = stripGroup(litSide);
    if (lit.k !== 'lit') throw errors.badExpression(src);
    const o = operand(fieldSide);
    const constant = literalFor(o.kind, lit.v, src);
    if (o.kind === 'multiText' || o.kind === 'multiNumber') {
      // A multi-value column "equals" a value when it contains it; null means empty.
      const contains = (r: Row): boolean => {
        const arr = o.get(r);
        if (!Array.isArray(arr)) return false;
        return arr.some((x) => (typeof x === 'string' ? x.toLowerCase() : x) === constant);
      };
      const empty = (r: Row): boolean => {
        const arr = o.get(r);
        return !Array.isArray(arr) || arr.length === 0;
      };
      if (constant === null) return op === 'eq' ? empty : op === 'ne' ? (r) => !empty(r) : () => false;
      if (op === 'eq') return contains;
      if (op === 'ne') return (r) => !empty(r) && !contains(r);
      throw errors.badExpression(src);
    }
    return (r) => compare(op, normaliseValue(o.kind, o.get(r)), constant);
  };

  const boolCall = (e: Extract<Expr, { k: 'call' }>): Predicate<Row> => {
    if (e.name !== 'startswith' && e.name !== 'substringof') throw errors.badExpression(src);
    if (e.args.length !== 2) throw errors.badExpression(src);
    const [fieldArg, textArg] = e.name === 'startswith' ? e.args : [e.args[1], e.args[0]];
    const t = stripGroup(textArg);
    if (fieldArg.k !== 'field' || t.k !== 'lit' || t.v.t !== 'string') throw errors.badExpression(src);
    const c = resolver.column(fieldArg.path);
    if (c.kind !== 'text' && c.kind !== 'multiText') throw errors.badExpression(src);
    const needle = t.v.v.toLowerCase();
    const test =
      e.name === 'startswith' ? (s: string) => s.toLowerCase().startsWith(needle) : (s: string) => s.toLowerCase().includes(needle);
    return (r) => {
      const v = c.get(r);
      if (Array.isArray(v)) return v.some((x) => typeof x === 'string' && test(x));
      return typeof v === 'string' && test(v);
    };
  };

  try {
    return bool(expr);
  } catch (e) {
    if (e instanceof SpError) throw e;
    throw errors.badExpression(src);
  }
}

function stripGroup(e: Expr): Expr {
  return e.k === 'group' ? stripGroup(e.a) : e;
}

/** The comparisons of the top-level 'and' chain, in order (SharePoint evaluates the first against its index). */
export function andChain(e: Expr): Expr[] {
  const s = stripGroup(e);
  if (s.k === 'and') return [...andChain(s.a), ...andChain(s.b)];
  return [s];
}

/**
 * Whether a filter can be served from an index on a list above the view threshold (a model of SharePoint's
 * rule, [U] in its details): the leading clause of the top-level 'and' chain must be an indexable comparison
 * on an indexed column, and what the index selects must stay within the threshold. The index range is the
 * leading clause together with any other clauses of the chain on the same column (Due ge X and Due lt Y);
 * under 'or', every branch must qualify. `count` evaluates an expression over the whole list.
 */
export function indexServes<Row>(
  e: Expr,
  resolver: Resolver<Row>,
  count: (clause: Expr) => number,
  threshold: number
): boolean {
  const s = stripGroup(e);
  if (s.k === 'or') return indexServes(s.a, resolver, count, threshold) && indexServes(s.b, resolver, count, threshold);
  const chain = andChain(s);
  const lead = chain[0];
  if (lead.k === 'or') return indexServes(lead, resolver, count, threshold);
  const column = indexedColumnOf(lead, resolver);
  if (column === undefined) return false;
  const range = chain.filter((c) => indexedColumnOf(c, resolver) === column);
  const scope = range.reduce<Expr>((acc, c) => (acc === c ? c : { k: 'and', a: acc, b: c }), range[0]);
  return count(scope) <= threshold;
}

/** The lower-cased column an index could serve this clause from, if any. */
function indexedColumnOf<Row>(e: Expr, resolver: Resolver<Row>): string | undefined {
  let field: Expr | undefined;
  if (e.k === 'cmp') {
    if (e.op === 'ne') return undefined;
    const l = stripGroup(e.left);
    const r = stripGroup(e.right);
    const lit = l.k === 'lit' ? l : r.k === 'lit' ? r : undefined;
    if (!lit || lit.k !== 'lit' || lit.v.t === 'null') return undefined;
    field = l.k === 'field' ? l : r.k === 'field' ? r : undefined;
  } else if (e.k === 'call' && e.name === 'startswith') {
    field = e.args[0];
  }
  if (!field || field.k !== 'field' || field.path.includes('/')) return undefined;
  return resolver.column(field.path).indexed ? field.path.toLowerCase() : undefined;
}

/** Canonical text of a clause, for caching counts. */
export function exprKey(e: Expr): string {
  return JSON.stringify(e);
}
