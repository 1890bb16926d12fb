import type { Ctx, Server } from './context';
import { apiUrl } from './context';
import { intOption } from './entities';
import { errors } from './errors';
import { Column, ColumnKind, compile, exprKey, indexServes, parseFilter, Predicate, Resolver, Expr } from './filter';
import { isFilterable, isLookupLike, isMulti, isSortable, isUserField } from './fields';
import { can, PermissionKind, siteUserById, userInfoGuid, userInfoValues } from './identity';
import { doubleJson, readers } from './itemvalues';
import type { FieldDef, Item, ListState } from './model';
import { entityPropertyName, own } from './names';
import { dbl, entityInCollection, EntityMeta, RenderContext, spEncode, stringify } from './odata';

/** One JSON property of an item: its value, and the same value as JSON text for the fast writer. */
export interface ItemProp {
  key: string;
  /** `"Key":`, precomputed. */
  keyJson: string;
  get(item: Item): unknown;
  json(item: Item): string;
}

const anyJson = (v: unknown): string => (v === undefined || v === null ? 'null' : JSON.stringify(v));

interface Schema {
  rev: number;
  sitePath: string;
  /** Every selectable property, default ones first in SharePoint's order. */
  all: ItemProp[];
  defaults: ItemProp[];
  /** Lower-cased $select name -> properties it yields. */
  bySelectName: Map<string, ItemProp[]>;
  /** Lower-cased navigation name (Author, Owner...) -> its lookup or person column. */
  navs: Map<string, FieldDef>;
  /** Lower-cased field name (internal or entity property name) -> column. */
  byName: Map<string, FieldDef>;
}

const schemas = new WeakMap<ListState, Schema>();

export function schemaOf(srv: Server, list: ListState): Schema {
  const cached = schemas.get(list);
  if (cached && cached.rev === list.rev && cached.sitePath === srv.site.sitePath) return cached;
  const s = buildSchema(srv, list);
  schemas.set(list, s);
  return s;
}

function buildSchema(srv: Server, list: ListState): Schema {
  const def = list.def;
  const sitePath = srv.site.sitePath;
  const listUrl = `${sitePath}/Lists/${def.urlName}`;
  const custom = def.fields.filter((f) => !f.builtin);
  const p = (key: string, get: (i: Item) => unknown, json?: (i: Item) => string): ItemProp => ({
    key,
    keyJson: `${JSON.stringify(key)}:`,
    get,
    json: json ?? ((i) => anyJson(get(i)))
  });
  const bySelectName = new Map<string, ItemProp[]>();
  const add = (names: string[], props: ItemProp[]) => {
    for (const n of names) bySelectName.set(n.toLowerCase(), props);
  };

  const FileSystemObjectType = p('FileSystemObjectType', () => 0, () => '0');
  const Id = p('Id', (i) => i.id, (i) => String(i.id));
  const EmbedUri = p('ServerRedirectedEmbedUri', () => null);
  const EmbedUrl = p('ServerRedirectedEmbedUrl', () => '');
  const ContentTypeId = p('ContentTypeId', () => def.contentTypeId);
  const Title = p('Title', (i) => i.values.Title ?? null);
  const ComplianceAssetId = p('ComplianceAssetId', () => null);
  const ID = p('ID', (i) => i.id, (i) => String(i.id));
  const Modified = p('Modified', (i) => i.modified);
  const Created = p('Created', (i) => i.created);
  const AuthorId = p('AuthorId', (i) => i.authorId, (i) => String(i.authorId));
  const EditorId = p('EditorId', (i) => i.editorId, (i) => String(i.editorId));
  const Version = p('OData__UIVersionString', (i) => `${i.version}.0`, (i) => `"${i.version}.0"`);
  const Attachments = p('Attachments', () => false, () => 'false');
  const GUID = p('GUID', (i) => i.guid);

  const customProps: ItemProp[] = [];
  const navs = new Map<string, FieldDef>();
  const byName = new Map<string, FieldDef>();
  for (const f of def.fields) {
    byName.set(f.internalName.toLowerCase(), f);
    byName.set(entityPropertyName(f.internalName).toLowerCase(), f);
  }
  for (const f of custom) {
    const pairs = readers(f).map((r) =>
      p(
        r.key,
        (i: Item) => r.get(i.values),
        (i: Item) => r.json(i.values)
      )
    );
    customProps.push(...pairs);
    const epn = entityPropertyName(f.internalName);
    add([f.internalName, epn], pairs);
    if (isLookupLike(f)) {
      add([`${epn}Id`], [pairs[0]]);
      if (pairs[1]) add([`${epn}StringId`], [pairs[1]]);
      navs.set(f.internalName.toLowerCase(), f);
      navs.set(epn.toLowerCase(), f);
    }
  }
  for (const f of def.fields) {
    if (f.internalName === 'Author' || f.internalName === 'Editor') navs.set(f.internalName.toLowerCase(), f);
  }

  const defaults =
    custom.length > 0
      ? [FileSystemObjectType, Id, EmbedUri, EmbedUrl, ContentTypeId, Title, ComplianceAssetId, ...customProps, ID, Modified, Created, AuthorId, EditorId, Version, Attachments, GUID]
      : [FileSystemObjectType, Id, EmbedUri, EmbedUrl, ID, ContentTypeId, Title, Modified, Created, AuthorId, EditorId, Version, Attachments, GUID, ComplianceAssetId];

  add(['Id', 'ID'], [Id, ID]);
  add(['FileSystemObjectType'], [FileSystemObjectType]);
  add(['ServerRedirectedEmbedUri'], [EmbedUri]);
  add(['ServerRedirectedEmbedUrl'], [EmbedUrl]);
  add(['ContentTypeId'], [ContentTypeId]);
  add(['Title'], [Title]);
  add(['ComplianceAssetId'], [ComplianceAssetId]);
  add(['Modified'], [Modified]);
  add(['Created'], [Created]);
  add(['AuthorId', 'Author'], [AuthorId]);
  add(['EditorId', 'Editor'], [EditorId]);
  add(['OData__UIVersionString', '_UIVersionString'], [Version]);
  add(['Attachments'], [Attachments]);
  add(['GUID'], [GUID]);

  // Built-in columns outside the default payload still answer $select.
  const known: Record<string, (i: Item) => unknown> = {
    FileRef: (i) => `${listUrl}/${i.id}_.000`,
    FileDirRef: () => listUrl,
    FileLeafRef: (i) => `${i.id}_.000`,
    FSObjType: () => '0',
    owshiddenversion: (i) => i.version,
    _UIVersion: (i) => i.version * 512,
    UniqueId: (i) => i.uniqueId,
    _ModerationStatus: () => 0,
    Order: (i) => dbl(i.id * 100),
    WorkflowVersion: () => 1,
    ItemChildCount: () => '0',
    FolderChildCount: () => '0',
    _Level: () => 1,
    _IsCurrentVersion: () => true,
    ContentVersion: () => 0,
    SMTotalSize: () => 0,
    ProgId: () => '',
    SortBehavior: () => 0,
    Last_x0020_Modified: (i) => i.modified,
    Created_x0020_Date: (i) => i.created,
    EncodedAbsUrl: () => null
  };
  const extras: ItemProp[] = [];
  for (const f of def.fields) {
    if (!f.builtin || bySelectName.has(f.internalName.toLowerCase())) continue;
    // Computed columns (LinkTitle, ContentType...) have no value of their own in item JSON.
    if (f.type === 'Computed') continue;
    const epn = entityPropertyName(f.internalName);
    const get = known[f.internalName] ?? (() => null);
    // Order is a double: the fast writer must print SharePoint's fraction itself.
    const prop = f.internalName === 'Order' ? p(epn, get, (i) => doubleJson(i.id * 100)) : p(epn, get);
    extras.push(prop);
    add([f.internalName, epn], [prop]);
  }
  return { rev: list.rev, sitePath, all: [...defaults, ...extras], defaults, bySelectName, navs, byName };
}

// ---------------------------------------------------------------------------------------------
// $select / $expand

interface Expansion {
  key: string;
  field?: FieldDef;
  kind: 'user' | 'lookup' | 'attachments' | 'contenttype';
  /** Sub-properties named in $select (X/Title); empty means all. */
  subs: string[];
  /** For lookups: what to read from the target list, worked out once per request. */
  targetPlan?: Plan;
}

export interface Plan {
  props: ItemProp[];
  expansions: Expansion[];
  hasSelect: boolean;
}

function splitList(v: string | undefined): string[] {
  return (v ?? '')
    .split(',')
    .map((x) => x.trim())
    .filter((x) => x !== '');
}

function expansionsOf(srv: Server, list: ListState, expandOption: string | undefined): Expansion[] {
  const schema = schemaOf(srv, list);
  const out: Expansion[] = [];
  for (const name of splitList(expandOption)) {
    const lower = name.toLowerCase();
    if (out.some((e) => e.key.toLowerCase() === lower)) continue;
    if (lower === 'attachmentfiles') {
      out.push({ key: 'AttachmentFiles', kind: 'attachments', subs: [] });
      continue;
    }
    if (lower === 'contenttype') {
      out.push({ key: 'ContentType', kind: 'contenttype', subs: [] });
      continue;
    }
    const f = schema.navs.get(lower);
    if (!f) throw errors.unknownSelectField(name);
    out.push({ key: entityPropertyName(f.internalName), field: f, kind: isUserField(f) ? 'user' : 'lookup', subs: [] });
  }
  return out;
}

const USER_PROPS = Object.keys(userInfoValues({ id: 0, title: 'a b', email: '', loginName: '', role: '' }));

export function planOf(srv: Server, list: ListState, select: string | undefined, expand: string | undefined): Plan {
  const schema = schemaOf(srv, list);
  const expansions = expansionsOf(srv, list, expand);
  const names = splitList(select);
  if (names.length === 0) return { props: schema.defaults, expansions, hasSelect: false };
  const wanted = new Set<ItemProp>();
  for (const name of names) {
    if (name === '*') {
      schema.defaults.forEach((p) => wanted.add(p));
      continue;
    }
    const slash = name.indexOf('/');
    if (slash >= 0) {
      const nav = name.slice(0, slash);
      const sub = name.slice(slash + 1);
      const exp = expansions.find((e) => e.key.toLowerCase() === nav.toLowerCase());
      if (!exp) {
        if (!schema.navs.has(nav.toLowerCase()) && !['contenttype', 'attachmentfiles'].includes(nav.toLowerCase())) {
          throw errors.unknownSelectField(nav);
        }
        throw errors.projectionNeedsExpand(name, nav);
      }
      checkSub(srv, exp, sub);
      exp.subs.push(sub);
      continue;
    }
    const lower = name.toLowerCase();
    if (expansions.some((e) => e.key.toLowerCase() === lower)) continue;
    const props = schema.bySelectName.get(lower);
    if (!props) throw errors.unknownSelectField(name);
    props.forEach((p) => wanted.add(p));
  }
  return { props: schema.all.filter((p) => wanted.has(p)), expansions, hasSelect: true };
}

function checkSub(srv: Server, exp: Expansion, sub: string): void {
  if (sub === '*') return;
  if (exp.kind === 'user') {
    if (!USER_PROPS.some((k) => k.toLowerCase() === sub.toLowerCase())) throw errors.unknownSelectField(sub);
    return;
  }
  if (exp.kind === 'lookup') {
    const target = srv.store.lists.get(exp.field!.lookupListId ?? '');
    if (target && !schemaOf(srv, target).bySelectName.has(sub.toLowerCase())) throw errors.unknownSelectField(sub);
    return;
  }
  if (exp.kind === 'contenttype' && !['name', 'id', 'description', 'stringid'].includes(sub.toLowerCase())) {
    throw errors.unknownSelectField(sub);
  }
}

// ---------------------------------------------------------------------------------------------
// Columns for $filter and $orderby

function kindOfField(f: FieldDef): ColumnKind {
  switch (f.type) {
    case 'Number':
    case 'Currency':
    case 'Integer':
    case 'Counter':
    case 'Lookup':
    case 'User':
      return 'number';
    case 'LookupMulti':
    case 'UserMulti':
      return 'multiNumber';
    case 'MultiChoice':
      return 'multiText';
    case 'DateTime':
      return 'date';
    case 'Boolean':
    case 'Attachments':
      return 'bool';
    case 'Guid':
      return 'guid';
    default:
      return 'text';
  }
}

type Purpose = 'filter' | 'orderby';

export function itemResolver(srv: Server, list: ListState, expansions: Expansion[], purpose: Purpose): Resolver<Item> {
  const schema = schemaOf(srv, list);
  // System columns can be indexed too (Created and Modified often are on large lists).
  const idx = (name: string) => schema.byName.get(name)?.indexed ?? false;
  const systemColumns: Record<string, Column<Item>> = {
    id: { kind: 'number', indexed: true, get: (i) => i.id },
    created: { kind: 'date', indexed: idx('created'), get: (i) => i.created },
    modified: { kind: 'date', indexed: idx('modified'), get: (i) => i.modified },
    authorid: { kind: 'number', indexed: idx('author'), get: (i) => i.authorId },
    editorid: { kind: 'number', indexed: idx('editor'), get: (i) => i.editorId },
    author: { kind: 'number', indexed: idx('author'), get: (i) => i.authorId },
    editor: { kind: 'number', indexed: idx('editor'), get: (i) => i.editorId },
    guid: { kind: 'guid', indexed: false, get: (i) => i.guid },
    uniqueid: { kind: 'guid', indexed: false, get: (i) => i.uniqueId },
    odata__uiversionstring: { kind: 'text', indexed: false, get: (i) => `${i.version}.0` },
    _uiversionstring: { kind: 'text', indexed: false, get: (i) => `${i.version}.0` },
    owshiddenversion: { kind: 'number', indexed: false, get: (i) => i.version },
    attachments: { kind: 'bool', indexed: false, get: () => false },
    fsobjtype: { kind: 'number', indexed: false, get: () => 0 },
    filesystemobjecttype: { kind: 'number', indexed: false, get: () => 0 },
    contenttypeid: { kind: 'text', indexed: false, get: () => list.def.contentTypeId },
    fileleafref: { kind: 'text', indexed: false, get: (i) => `${i.id}_.000` },
    fileref: { kind: 'text', indexed: false, get: (i) => `${schema.sitePath}/Lists/${list.def.urlName}/${i.id}_.000` }
  };
  const refuse = (f: FieldDef): void => {
    if (purpose === 'filter' && !isFilterable(f)) throw errors.notFilterable(f.internalName, f.type);
    if (purpose === 'orderby' && !isSortable(f)) throw errors.notSortable(f.internalName, f.type);
  };
  const unknown = (path: string) => (purpose === 'filter' ? errors.unknownFilterColumn(path) : errors.unknownSelectField(path));

  return {
    column(path: string): Column<Item> {
      const slash = path.indexOf('/');
      if (slash >= 0) return projection(srv, schema, expansions, path.slice(0, slash), path.slice(slash + 1), path, purpose);
      const lower = path.toLowerCase();
      const sys = own(systemColumns, lower);
      if (sys) return sys;
      let f = schema.byName.get(lower);
      // Lookup and person columns are addressed as XId.
      if (!f && lower.endsWith('id')) {
        const base = schema.byName.get(lower.slice(0, -2));
        if (base && isLookupLike(base)) f = base;
      }
      if (!f) throw unknown(path);
      refuse(f);
      if (f.internalName === 'Title' || !f.builtin) {
        const name = f.internalName;
        return { kind: kindOfField(f), indexed: f.indexed, get: (i) => i.values[name] ?? null };
      }
      throw unknown(path);
    }
  };
}

function projection(
  srv: Server,
  schema: Schema,
  expansions: Expansion[],
  nav: string,
  sub: string,
  path: string,
  purpose: Purpose
): Column<Item> {
  const f = schema.navs.get(nav.toLowerCase());
  if (!f) throw purpose === 'filter' ? errors.unknownFilterColumn(path) : errors.unknownSelectField(path);
  if (!expansions.some((e) => e.field === f)) throw errors.projectionNeedsExpand(path, nav);
  const multi = isMulti(f);
  if (multi && purpose === 'orderby') throw errors.notSortable(f.internalName, f.type);
  const ids = (i: Item): number[] => {
    if (f.internalName === 'Author') return [i.authorId];
    if (f.internalName === 'Editor') return [i.editorId];
    const v = i.values[f.internalName];
    return Array.isArray(v) ? (v as number[]) : typeof v === 'number' ? [v] : [];
  };
  if (isUserField(f)) {
    const key = USER_PROPS.find((k) => k.toLowerCase() === sub.toLowerCase());
    if (!key) throw errors.unknownFilterColumn(path);
    const numeric = key === 'Id' || key === 'ID';
    const getOne = (id: number) => {
      const u = siteUserById(srv.store, id);
      return u ? (userInfoValues(u)[key] as unknown) : null;
    };
    if (multi) return { kind: numeric ? 'multiNumber' : 'multiText', indexed: false, get: (i) => ids(i).map(getOne) };
    return { kind: numeric ? 'number' : 'text', indexed: false, get: (i) => { const x = ids(i); return x.length ? getOne(x[0]) : null; } };
  }
  const target = srv.store.lists.get(f.lookupListId ?? '');
  if (!target) throw errors.unknownFilterColumn(path);
  const col = itemResolver(srv, target, [], purpose).column(sub);
  const getOne = (id: number) => {
    const t = target.byId.get(id);
    return t ? col.get(t) : null;
  };
  if (multi) {
    const kind: ColumnKind = col.kind === 'number' ? 'multiNumber' : 'multiText';
    return { kind, indexed: false, get: (i) => ids(i).map(getOne) };
  }
  return { kind: col.kind, indexed: false, get: (i) => { const x = ids(i); return x.length ? getOne(x[0]) : null; } };
}

// ---------------------------------------------------------------------------------------------
// Ordering and paging

interface SortKey {
  path: string;
  col: Column<Item>;
  desc: boolean;
}

function norm(kind: ColumnKind, v: unknown): string | number | boolean | null {
  if (v === undefined || v === null || v === '') return null;
  if (kind === 'text' || kind === 'guid') return String(v).toLowerCase();
  if (Array.isArray(v)) return null;
  return v as string | number | boolean;
}

function cmpValues(a: string | number | boolean | null, b: string | number | boolean | null): number {
  if (a === b) return 0;
  // SQL Server sorts nulls first in ascending order, as SharePoint does.
  if (a === null) return -1;
  if (b === null) return 1;
  return a < b ? -1 : 1;
}

interface Position {
  values: Array<string | number | boolean | null>;
  id: number;
}

function comparePos(keys: SortKey[], idDesc: boolean, a: Position, b: Position): number {
  for (let k = 0; k < keys.length; k++) {
    const c = cmpValues(a.values[k], b.values[k]);
    if (c !== 0) return keys[k].desc ? -c : c;
  }
  const c = a.id - b.id;
  return idDesc ? -c : c;
}

function positionOf(keys: SortKey[], item: Item): Position {
  return { values: keys.map((k) => norm(k.col.kind, k.col.get(item))), id: item.id };
}

function sortedRows(list: ListState, keys: SortKey[], idDesc: boolean, cacheKey: string): Item[] {
  if (keys.length === 0 && !idDesc) return list.items;
  const hit = list.sortCache.get(cacheKey);
  if (hit && hit.rev === list.rev) return hit.items;
  let rows: Item[];
  if (keys.length === 0) {
    rows = [...list.items].reverse();
  } else {
    const decorated = list.items.map((item) => ({ item, pos: positionOf(keys, item) }));
    decorated.sort((a, b) => comparePos(keys, idDesc, a.pos, b.pos));
    rows = decorated.map((d) => d.item);
  }
  // Orders that read another list (Lookup/Title) can change without this list changing: never cached.
  if (keys.some((k) => k.path.includes('/'))) return rows;
  if (list.sortCache.size >= 20) list.sortCache.clear();
  list.sortCache.set(cacheKey, { rev: list.rev, items: rows });
  return rows;
}

/** First index whose row sorts strictly after `pos`. */
function firstAfter(rows: Item[], keys: SortKey[], idDesc: boolean, pos: Position): number {
  let lo = 0;
  let hi = rows.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (comparePos(keys, idDesc, positionOf(keys, rows[mid]), pos) <= 0) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

interface SkipToken {
  prev: boolean;
  id: number;
  values: Map<string, string>;
}

function parseSkipToken(raw: string): SkipToken | undefined {
  const parts = new Map<string, string>();
  for (const piece of raw.split('&')) {
    const eq = piece.indexOf('=');
    if (eq < 0) continue;
    let v = piece.slice(eq + 1);
    try {
      v = decodeURIComponent(v);
    } catch {
      // keep raw
    }
    parts.set(piece.slice(0, eq).toLowerCase(), v);
  }
  const id = parts.get('p_id');
  if (id === undefined || !/^-?\d+$/.test(id)) return undefined;
  const values = new Map<string, string>();
  for (const [k, v] of parts) if (k.startsWith('p_') && k !== 'p_id') values.set(k.slice(2), v);
  return { prev: (parts.get('pagedprev') ?? '').toLowerCase() === 'true', id: Number(id), values };
}

function tokenValue(v: string | number | boolean | null): string {
  return v === null ? '' : encodeURIComponent(String(v));
}

function parseTokenValue(kind: ColumnKind, raw: string): string | number | boolean | null {
  if (raw === '') return null;
  if (kind === 'number') return Number(raw);
  if (kind === 'bool') return raw.toLowerCase() === 'true' || raw === '1';
  if (kind === 'text' || kind === 'guid') return raw.toLowerCase();
  return raw;
}

// ---------------------------------------------------------------------------------------------
// Running a collection query

export interface QueryResult {
  items: Item[];
  nextLink?: string;
  plan: Plan;
}

function parseTop(ctx: Ctx): number {
  // Without $top SharePoint pages list items by 100.
  return intOption(ctx, '$top') ?? 100;
}

function countMatches(list: ListState, clause: Expr, pred: Predicate<Item>): number {
  const key = exprKey(clause);
  const hit = list.countCache.get(key);
  if (hit && hit.rev === list.rev) return hit.count;
  let n = 0;
  for (const it of list.items) if (pred(it)) n++;
  // Bounded: a benchmark may try thousands of distinct filter values.
  if (list.countCache.size >= 1000) list.countCache.clear();
  list.countCache.set(key, { rev: list.rev, count: n });
  return n;
}

/** Read-own lists hide other people's items from users who cannot manage the list. */
export function readsOnlyOwn(ctx: Ctx, list: ListState): boolean {
  return list.def.readSecurity === 2 && !can(ctx.user, PermissionKind.ManageLists);
}

export function runQuery(ctx: Ctx, list: ListState): QueryResult {
  const srv = ctx.srv;
  const plan = planOf(srv, list, ctx.query.get('$select'), ctx.query.get('$expand'));
  const top = parseTop(ctx);
  const filterText = ctx.query.get('$filter');
  const filterExpr = filterText !== undefined && filterText.trim() !== '' ? parseFilter(filterText) : undefined;
  const filterResolver = itemResolver(srv, list, plan.expansions, 'filter');
  const predicate = filterExpr ? compile(filterExpr, filterResolver, filterText!) : undefined;

  const orderResolver = itemResolver(srv, list, plan.expansions, 'orderby');
  const keys: SortKey[] = [];
  let idDesc = false;
  for (const part of splitList(ctx.query.get('$orderby'))) {
    const m = /^(\S+)(?:\s+(asc|desc))?$/i.exec(part);
    if (!m) throw errors.badExpression(part);
    const desc = (m[2] ?? '').toLowerCase() === 'desc';
    if (m[1].toLowerCase() === 'id') {
      // ID is the final tie-breaker anyway; an explicit ID key sets its direction.
      idDesc = desc;
      break;
    }
    keys.push({ path: m[1], col: orderResolver.column(m[1]), desc });
  }

  if (list.items.length > srv.threshold) {
    if (top > 5000) throw errors.throttled();
    if (keys.some((k) => !k.col.indexed || k.path.includes('/'))) throw errors.throttled();
    if (filterExpr && predicate) {
      const ok = indexServes(
        filterExpr,
        filterResolver,
        (clause) => countMatches(list, clause, compile(clause, filterResolver, filterText!)),
        srv.threshold
      );
      if (!ok) throw errors.throttled();
    }
  }

  const ownOnly = readsOnlyOwn(ctx, list);
  const me = ctx.user.id;
  const matches = (it: Item): boolean => (!ownOnly || it.authorId === me) && (!predicate || predicate(it));
  const cacheKey = `${keys.map((k) => `${k.path.toLowerCase()} ${k.desc ? 'd' : 'a'}`).join(',')}|${idDesc ? 'd' : 'a'}`;
  const rows = sortedRows(list, keys, idDesc, cacheKey);

  const tokenRaw = ctx.query.get('$skiptoken');
  const token = tokenRaw ? parseSkipToken(tokenRaw) : undefined;
  let start = 0;
  let pos: Position | undefined;
  if (token) {
    const fallback = list.byId.get(token.id);
    pos = {
      id: token.id,
      values: keys.map((k) => {
        const raw = token.values.get(k.path.toLowerCase().replace(/\//g, '_'));
        if (raw !== undefined) return parseTokenValue(k.col.kind, raw);
        return fallback ? norm(k.col.kind, k.col.get(fallback)) : null;
      })
    };
    start = firstAfter(rows, keys, idDesc, pos);
  }

  const pageIdx: number[] = [];
  if (token?.prev && pos) {
    // PagedPrev: the page that ends just before the given position.
    let end = start;
    while (end > 0 && comparePos(keys, idDesc, positionOf(keys, rows[end - 1]), pos) >= 0) end--;
    for (let i = end - 1; i >= 0 && pageIdx.length < top; i--) {
      if (matches(rows[i])) pageIdx.push(i);
    }
    pageIdx.reverse();
  } else {
    for (let i = start; i < rows.length && pageIdx.length < top; i++) {
      if (matches(rows[i])) pageIdx.push(i);
    }
  }
  const page = pageIdx.map((i) => rows[i]);

  let more = false;
  if (pageIdx.length > 0) {
    for (let i = pageIdx[pageIdx.length - 1] + 1; i < rows.length; i++) {
      if (matches(rows[i])) {
        more = true;
        break;
      }
    }
  }
  const nextLink = more ? buildNextLink(ctx, list, keys, page[page.length - 1]) : undefined;
  return { items: page, nextLink, plan };
}

/** SharePoint's nextLink: absolute, lists(guid'…')/items, %24skiptoken first, other options re-encoded after it. */
function buildNextLink(ctx: Ctx, list: ListState, keys: SortKey[], last: Item): string {
  let token = 'Paged=TRUE';
  for (const k of keys) token += `&p_${k.path.replace(/\//g, '_')}=${tokenValue(norm(k.col.kind, k.col.get(last)))}`;
  token += `&p_ID=${last.id}`;
  const parts = [`%24skiptoken=${spEncode(token)}`];
  for (const name of ['$select', '$filter', '$orderby', '$expand', '$top', '$skip']) {
    const v = ctx.query.get(name);
    if (v !== undefined) parts.push(`%24${name.slice(1)}=${spEncode(v)}`);
  }
  return `${apiUrl(ctx)}/web/lists(guid%27${list.def.id}%27)/items?${parts.join('&')}`;
}

// ---------------------------------------------------------------------------------------------
// Rendering

export function itemMeta(ctx: Ctx, list: ListState, item: Item): EntityMeta {
  const path = `Web/Lists(guid'${list.def.id}')/Items(${item.id})`;
  return {
    set: `SP.ListData.${list.def.entityTypeName}Items`,
    type: `SP.Data.${list.def.entityTypeName}Item`,
    id: item.uniqueId,
    uri: `${apiUrl(ctx)}/${path}`,
    editLink: path,
    etag: `"${item.version}"`
  };
}

const VERBOSE_DEFERRED = [
  'FirstUniqueAncestorSecurableObject',
  'RoleAssignments',
  'AttachmentFiles',
  'ContentType',
  'GetDlpPolicyTip',
  'FieldValuesAsHtml',
  'FieldValuesAsText',
  'FieldValuesForEdit',
  'File',
  'Folder',
  'LikedByInformation',
  'ParentList',
  'Properties',
  'Versions'
];

function pickSubs(all: Record<string, unknown>, subs: string[]): Record<string, unknown> {
  if (subs.length === 0 || subs.includes('*')) return all;
  const out: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(all)) if (subs.some((s) => s.toLowerCase() === k.toLowerCase())) out[k] = v;
  return out;
}

function wrapExpanded(rc: RenderContext, type: string, id: string, props: Record<string, unknown>): Record<string, unknown> {
  if (rc.format === 'nometadata') return props;
  if (rc.format === 'verbose') return { __metadata: { id, type }, ...props };
  return { 'odata.type': type, 'odata.id': id, ...props };
}

function expandedValue(ctx: Ctx, rc: RenderContext, list: ListState, item: Item, e: Expansion): unknown {
  const srv = ctx.srv;
  const many = (arr: unknown[]) => (rc.format === 'verbose' ? { results: arr } : arr);
  if (e.kind === 'attachments') return many([]);
  if (e.kind === 'contenttype') {
    return wrapExpanded(rc, 'SP.ContentType', `${apiUrl(ctx)}/Web/Lists(guid'${list.def.id}')/ContentTypes('${list.def.contentTypeId}')`, pickSubs({ Description: 'Create a new list item.', Id: { StringValue: list.def.contentTypeId }, Name: 'Item', StringId: list.def.contentTypeId }, e.subs));
  }
  const f = e.field!;
  const ids: number[] =
    f.internalName === 'Author'
      ? [item.authorId]
      : f.internalName === 'Editor'
        ? [item.editorId]
        : ((v) => (Array.isArray(v) ? (v as number[]) : typeof v === 'number' ? [v] : []))(item.values[f.internalName]);
  let values: unknown[];
  if (e.kind === 'user') {
    values = ids.map((id) => {
      const u = siteUserById(srv.store, id);
      return u ? wrapExpanded(rc, 'SP.Data.UserInfoItem', userInfoGuid(u), pickSubs(userInfoValues(u), e.subs)) : null;
    });
  } else {
    const target = srv.store.lists.get(f.lookupListId ?? '');
    values = ids.map((id) => {
      const t = target?.byId.get(id);
      if (!target || !t) return null;
      e.targetPlan ??= planOf(srv, target, e.subs.length > 0 && !e.subs.includes('*') ? e.subs.join(',') : undefined, undefined);
      const tPlan = e.targetPlan;
      const props: Record<string, unknown> = {};
      for (const p of tPlan.props) props[p.key] = p.get(t);
      return wrapExpanded(rc, `SP.Data.${target.def.entityTypeName}Item`, t.uniqueId, props);
    });
  }
  if (isMulti(f)) return many(values.filter((v) => v !== null));
  return values[0] ?? null;
}

export function renderItem(ctx: Ctx, rc: RenderContext, list: ListState, item: Item, plan: Plan): Record<string, unknown> {
  const props: Record<string, unknown> = {};
  const meta = itemMeta(ctx, list, item);
  if (rc.format === 'verbose' && !plan.hasSelect) {
    const navs = [...VERBOSE_DEFERRED];
    for (const f of list.def.fields) if (isLookupLike(f) && !plan.expansions.some((e) => e.field === f)) navs.push(entityPropertyName(f.internalName));
    meta.deferred = navs.filter((n) => !plan.expansions.some((e) => e.key === n));
  }
  for (const e of plan.expansions) {
    if (rc.format === 'minimal') props[`${e.key}@odata.navigationLinkUrl`] = `${meta.editLink}/${e.key}`;
    props[e.key] = expandedValue(ctx, rc, list, item, e);
  }
  for (const p of plan.props) props[p.key] = p.get(item);
  return entityInCollection(rc, meta, props);
}

/**
 * Items as renderItem would produce them, written straight to JSON text (minimal and nometadata only):
 * a 5,000-item page is several megabytes, and building objects for JSON.stringify costs more than the
 * query. (Measured: one join per item beats both string += and one join over the whole page.)
 */
export function renderItemsJson(ctx: Ctx, rc: RenderContext, list: ListState, items: Item[], plan: Plan): string {
  const minimal = rc.format === 'minimal';
  const props = plan.props;
  // List ids, GUIDs and entity type names never need JSON escaping, so they are spliced in directly.
  const typeJson = `"odata.type":"SP.Data.${list.def.entityTypeName}Item"`;
  const linkBase = `Web/Lists(guid'${list.def.id}')/Items(`;
  const rows: string[] = new Array(items.length);
  for (let n = 0; n < items.length; n++) {
    const item = items[n];
    const parts: string[] = [];
    const editLink = `${linkBase}${item.id})`;
    if (minimal) parts.push(`${typeJson},"odata.id":"${item.uniqueId}","odata.etag":"\\"${item.version}\\"","odata.editLink":"${editLink}"`);
    for (const e of plan.expansions) {
      if (minimal) parts.push(`"${e.key}@odata.navigationLinkUrl":"${editLink}/${e.key}"`);
      parts.push(`"${e.key}":${stringify(expandedValue(ctx, rc, list, item, e))}`);
    }
    for (let k = 0; k < props.length; k++) parts.push(props[k].keyJson + props[k].json(item));
    rows[n] = `{${parts.join(',')}}`;
  }
  return rows.join(',');
}

export function itemEtagHeader(item: Item): string {
  return `"${item.uniqueId},${item.version}"`;
}

