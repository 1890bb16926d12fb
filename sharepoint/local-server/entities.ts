import type { Ctx } from './context';
import { jsonReply, renderContext } from './context';
import { errors, SpError } from './errors';
import { Column, ColumnKind, compile, parseFilter, Resolver } from './filter';
import { isGuid } from './names';
import { collectionBody, entityBody, entityInCollection, EntityMeta, Reply } from './odata';

/**
 * Query options on SharePoint's non-item entities (webs, lists, fields, users, views): $select picks
 * properties in server order, $filter/$orderby/$top/$skip work on the property bag.
 */

export interface EntityRow {
  meta: EntityMeta;
  props: Record<string, unknown>;
  /** Properties that exist on the type but only come back when selected (ReadSecurity...). */
  extra?: Record<string, unknown>;
}

function typeOfMeta(meta: EntityMeta): string {
  return meta.type;
}

/** Select from default + extra properties; unknown names are SharePoint's "does not exist on type" error. */
function project(row: EntityRow, select: string[] | undefined): Record<string, unknown> {
  if (!select) return row.props;
  const all: Record<string, unknown> = { ...row.props, ...row.extra };
  const keys = Object.keys(all);
  const wanted = new Set<string>();
  for (const s of select) {
    if (s === '*') {
      for (const k of Object.keys(row.props)) wanted.add(k);
      continue;
    }
    const base = s.split('/')[0];
    const k = keys.find((x) => x.toLowerCase() === base.toLowerCase());
    if (!k) throw errors.unknownProperty(base, typeOfMeta(row.meta));
    wanted.add(k);
  }
  const out: Record<string, unknown> = {};
  for (const k of keys) if (wanted.has(k)) out[k] = all[k];
  return out;
}

export function selectList(ctx: Ctx): string[] | undefined {
  const s = ctx.query.get('$select');
  if (s === undefined || s.trim() === '') return undefined;
  return s
    .split(',')
    .map((x) => x.trim())
    .filter((x) => x !== '');
}

function selectSuffix(ctx: Ctx): string | undefined {
  const s = ctx.query.get('$select');
  return s ? `&$select=${s}` : undefined;
}

export function selectEntity(ctx: Ctx, meta: EntityMeta, props: Record<string, unknown>, extra?: Record<string, unknown>, status = 200, headers: Record<string, string> = {}): Reply {
  const projected = project({ meta, props, extra }, selectList(ctx));
  return jsonReply(ctx, entityBody(renderContext(ctx, selectSuffix(ctx)), meta, projected), status, headers);
}

const DATE_RE = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?Z?$/;

function kindOf(v: unknown): ColumnKind {
  if (typeof v === 'boolean') return 'bool';
  if (typeof v === 'number') return 'number';
  if (typeof v === 'string' && DATE_RE.test(v)) return 'date';
  if (typeof v === 'string' && isGuid(v)) return 'guid';
  if (Array.isArray(v)) return 'multiText';
  return 'text';
}

function bagResolver(rows: EntityRow[], typeName: string): Resolver<EntityRow> {
  const sample: Record<string, unknown> = rows.length > 0 ? { ...rows[0].props, ...rows[0].extra } : {};
  return {
    column(path: string): Column<EntityRow> {
      // With nothing to look at (an empty collection) every name is accepted and matches nothing.
      if (rows.length === 0) return { kind: 'text', indexed: false, get: () => null };
      const key = Object.keys(sample).find((k) => k.toLowerCase() === path.toLowerCase());
      if (!key) {
        // [U] OData's wording for an unknown property in a $filter over a typed entity set.
        throw new SpError(400, '-1, Microsoft.SharePoint.Client.InvalidClientQueryException', `Could not find a property named '${path}' on type '${typeName}'.`);
      }
      const firstNonNull = rows.map((r) => ({ ...r.props, ...r.extra })[key]).find((v) => v !== null && v !== undefined);
      const kind = kindOf(firstNonNull);
      return {
        kind,
        indexed: false,
        get: (r) => {
          const v = r.props[key] ?? r.extra?.[key] ?? null;
          return kind === 'date' && typeof v === 'string' && !v.endsWith('Z') ? `${v}Z` : v;
        }
      };
    }
  };
}

export function intOption(ctx: Ctx, name: '$top' | '$skip'): number | undefined {
  const v = ctx.query.get(name);
  if (v === undefined) return undefined;
  if (!/^\d+$/.test(v.trim())) {
    throw new SpError(
      400,
      '-1, Microsoft.SharePoint.Client.InvalidClientQueryException',
      `Invalid value '${v}' for ${name} query option found. The ${name} query option requires a non-negative integer value.`
    );
  }
  return Number(v);
}

export function queryEntities(ctx: Ctx, set: string, typeName: string, rows: EntityRow[]): Reply {
  let out = rows;
  const filter = ctx.query.get('$filter');
  if (filter !== undefined && filter.trim() !== '') {
    const pred = compile(parseFilter(filter), bagResolver(rows, typeName), filter);
    out = out.filter(pred);
  }
  const orderby = ctx.query.get('$orderby');
  if (orderby) {
    const resolver = bagResolver(rows, typeName);
    const keys = orderby.split(',').map((part) => {
      const [name, dir] = part.trim().split(/\s+/);
      return { col: resolver.column(name), desc: (dir ?? '').toLowerCase() === 'desc' };
    });
    out = [...out].sort((a, b) => {
      for (const k of keys) {
        const x = k.col.get(a) as string | number | null;
        const y = k.col.get(b) as string | number | null;
        if (x === y) continue;
        const c = x === null ? -1 : y === null ? 1 : x < y ? -1 : 1;
        return k.desc ? -c : c;
      }
      return 0;
    });
  }
  const skip = intOption(ctx, '$skip') ?? 0;
  const top = intOption(ctx, '$top');
  out = out.slice(skip, top === undefined ? undefined : skip + top);
  const select = selectList(ctx);
  const rc = renderContext(ctx, selectSuffix(ctx));
  return jsonReply(ctx, collectionBody(rc, set, out.map((r) => entityInCollection(rc, r.meta, project(r, select)))));
}
