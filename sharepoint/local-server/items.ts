import type { Ctx, Segment } from './context';
import { apiUrl, emptyReply, jsonReply, renderContext } from './context';
import { errors } from './errors';
import { checkEtag } from './etag';
import { can, LocalUser, PermissionKind } from './identity';
import { itemEtagHeader, itemMeta, planOf, readsOnlyOwn, renderItem, renderItemsJson, runQuery } from './itemquery';
import { coerce, defaultFor, IGNORED_WRITE_KEYS, uniqueKey, writeTargets } from './itemvalues';
import { listItemEntityTypeFullName } from './lists';
import { valueBag, type FieldDef, type Item, type ListState, type StoredValue } from './model';
import { newGuid, nowIso } from './names';
import { bodyProperties, collectionBody, parseJsonBody, primitiveBody, Reply, stringify } from './odata';
import { argInt } from './path';
import type { Store } from './store';

// ---------------------------------------------------------------------------------------------
// Validation shared by REST writes and bulkInsert

/** Applies a body to (a copy of) the current values; throws SharePoint's error and changes nothing on failure. */
export function applyBody(
  store: Store,
  list: ListState,
  body: Record<string, unknown>,
  current: Record<string, StoredValue> | undefined,
  targets = writeTargets(list.def)
): Record<string, StoredValue> {
  const meta = body.__metadata as { type?: string } | undefined;
  const typeName = listItemEntityTypeFullName(list.def);
  if (meta?.type && meta.type !== typeName) throw errors.unknownType(meta.type);
  const values = valueBag(current);
  for (const [key, raw] of bodyProperties(body)) {
    const target = targets.get(key);
    if (!target) {
      if (IGNORED_WRITE_KEYS.has(key)) continue;
      throw errors.unknownProperty(key, typeName);
    }
    values[target.field.internalName] = coerce(store, target, raw);
  }
  if (!current) {
    for (const f of list.def.fields) {
      if (f.builtin || f.internalName in values) continue;
      const d = defaultFor(f);
      if (d !== undefined) values[f.internalName] = d;
    }
  }
  return values;
}

/**
 * Values already used in each unique column (value key -> item id). Built once per list schema version
 * and then kept in step with every item write (`indexUnique`), so adding an item to a 50,000-item list
 * does not rescan the list.
 */
const uniqueIndexes = new WeakMap<ListState, { version: number; maps: Map<string, Map<string, number>> }>();

function uniqueMap(list: ListState, f: FieldDef): Map<string, number> {
  let entry = uniqueIndexes.get(list);
  if (!entry || entry.version !== list.def.version) {
    entry = { version: list.def.version, maps: new Map() };
    uniqueIndexes.set(list, entry);
  }
  let m = entry.maps.get(f.internalName);
  if (!m) {
    m = new Map();
    for (const it of list.items) {
      const k = uniqueKey(it.values[f.internalName]);
      if (k !== undefined) m.set(k, it.id);
    }
    entry.maps.set(f.internalName, m);
  }
  return m;
}

/** Brings the unique-value maps up to date after an item was added (`before` undefined), changed or removed (`after` undefined). */
function indexUnique(list: ListState, before: Item | undefined, after: Item | undefined): void {
  const entry = uniqueIndexes.get(list);
  if (!entry || entry.version !== list.def.version) return;
  for (const [name, m] of entry.maps) {
    const old = before ? uniqueKey(before.values[name]) : undefined;
    if (old !== undefined && before && m.get(old) === before.id) m.delete(old);
    const now = after ? uniqueKey(after.values[name]) : undefined;
    if (now !== undefined && after) m.set(now, after.id);
  }
}

export function uniqueFields(list: ListState): FieldDef[] {
  return list.def.fields.filter((f) => f.enforceUnique);
}

/** Throws SharePoint's duplicate-values error when a unique column would hold the same value twice. */
function checkUnique(list: ListState, values: Record<string, StoredValue>, selfId: number | undefined, pending?: Map<string, Set<string>>): void {
  for (const f of uniqueFields(list)) {
    const k = uniqueKey(values[f.internalName]);
    if (k === undefined) continue;
    const owner = uniqueMap(list, f).get(k);
    if (owner !== undefined && owner !== selfId) throw errors.duplicateValues();
    if (pending) {
      let set = pending.get(f.internalName);
      if (!set) pending.set(f.internalName, (set = new Set()));
      if (set.has(k)) throw errors.duplicateValues();
      set.add(k);
    }
  }
}

function mayWrite(user: LocalUser, list: ListState, kind: number): void {
  if (!can(user, kind)) throw errors.accessDenied();
  const manager = can(user, PermissionKind.ManageLists);
  if (!manager && list.def.writeSecurity === 4) throw errors.accessDenied();
}

function mayTouch(user: LocalUser, list: ListState, item: Item): void {
  const manager = can(user, PermissionKind.ManageLists);
  if (!manager && list.def.writeSecurity === 2 && item.authorId !== user.id) throw errors.accessDenied();
}

function newItem(list: ListState, values: Record<string, StoredValue>, userId: number, now: string): Item {
  return {
    id: list.nextId++,
    uniqueId: newGuid(),
    guid: newGuid(),
    version: 1,
    created: now,
    modified: now,
    authorId: userId,
    editorId: userId,
    values
  };
}

/**
 * Validates every body first, then stores them all in one transaction (nothing is stored if one fails).
 * `user` is the author of every item, or one author per body (the seed hook).
 */
export function createItems(store: Store, list: ListState, bodies: Array<Record<string, unknown>>, user: LocalUser | readonly LocalUser[]): Item[] {
  const authors = Array.isArray(user) ? (user as readonly LocalUser[]) : bodies.map(() => user as LocalUser);
  if (authors.length !== bodies.length) throw new RangeError(`${bodies.length} items need ${bodies.length} authors, not ${authors.length}.`);
  for (const author of new Set(authors)) mayWrite(author, list, PermissionKind.AddListItems);
  const pending = new Map<string, Set<string>>();
  const targets = writeTargets(list.def);
  const prepared = bodies.map((b) => {
    const values = applyBody(store, list, b, undefined, targets);
    checkUnique(list, values, undefined, bodies.length > 1 ? pending : undefined);
    return values;
  });
  const now = nowIso();
  const firstId = list.nextId;
  const items = prepared.map((v, i) => newItem(list, v, authors[i].id, now));
  try {
    store.insertItems(list, items);
  } catch (e) {
    list.nextId = firstId;
    throw e;
  }
  for (const it of items) indexUnique(list, undefined, it);
  if (items.length > 0) {
    list.def.lastItemModified = now;
    list.def.lastItemUserModified = now;
  }
  return items;
}

// ---------------------------------------------------------------------------------------------
// Handlers

export function itemsCollection(ctx: Ctx, list: ListState): Reply {
  if (ctx.method === 'GET') {
    if (!can(ctx.user, PermissionKind.ViewListItems)) throw errors.accessDenied();
    const result = runQuery(ctx, list);
    const sel = ctx.query.get('$select');
    const rc = renderContext(ctx, sel ? `&$select=${sel}` : undefined);
    const set = `SP.ListData.${list.def.entityTypeName}Items`;
    if (rc.format === 'verbose') {
      const entities = result.items.map((it) => renderItem(ctx, rc, list, it, result.plan));
      return jsonReply(ctx, collectionBody(rc, set, entities, result.nextLink));
    }
    const rows = renderItemsJson(ctx, rc, list, result.items, result.plan);
    const next = result.nextLink ? JSON.stringify(result.nextLink) : undefined;
    const body =
      rc.format === 'nometadata'
        ? `{${next ? `"odata.nextLink":${next},` : ''}"value":[${rows}]}`
        : `{"odata.metadata":${JSON.stringify(`${rc.apiUrl}/$metadata#${set}${rc.selectSuffix ?? ''}`)},"value":[${rows}]${next ? `,"odata.nextLink":${next}` : ''}}`;
    return jsonReply(ctx, body);
  }
  if (ctx.method === 'POST') {
    const body = parseJsonBody(ctx.body);
    const [item] = createItems(ctx.srv.store, list, [body], ctx.user);
    const plan = planOf(ctx.srv, list, undefined, undefined);
    const meta = itemMeta(ctx, list, item);
    return jsonReply(ctx, singleItemBody(ctx, list, item, plan, undefined), 201, {
      ETag: itemEtagHeader(item),
      Location: `${apiUrl(ctx)}/${meta.editLink}`
    });
  }
  throw errors.methodNotSupported('SP.ListItemCollection', ctx.method);
}

/** items(7) or items/getById(7); a read-own list hides other people's items as if they did not exist. */
export function findItem(ctx: Ctx, list: ListState, seg: Segment): Item {
  const id = argInt(ctx, seg);
  const item = list.byId.get(id);
  if (!item) throw errors.itemNotFound();
  if (readsOnlyOwn(ctx, list) && item.authorId !== ctx.user.id) throw errors.itemNotFound();
  return item;
}

export function itemEntity(ctx: Ctx, list: ListState, item: Item): Reply {
  switch (ctx.method) {
    case 'GET': {
      const plan = planOf(ctx.srv, list, ctx.query.get('$select'), ctx.query.get('$expand'));
      return jsonReply(ctx, singleItemBody(ctx, list, item, plan, ctx.query.get('$select')), 200, { ETag: itemEtagHeader(item) });
    }
    case 'MERGE':
    case 'PATCH':
    case 'PUT':
      return updateItem(ctx, list, item);
    case 'DELETE': {
      mayWrite(ctx.user, list, PermissionKind.DeleteListItems);
      mayTouch(ctx.user, list, item);
      checkEtag(ctx, itemEtagHeader(item), item.version);
      ctx.srv.store.deleteItem(list, item);
      indexUnique(list, item, undefined);
      list.def.lastItemDeleted = nowIso();
      return emptyReply(ctx, 200);
    }
    default:
      throw errors.methodNotSupported('SP.ListItem', ctx.method);
  }
}

/** A single item: odata.metadata first (minimal), the bare bag (nometadata) or the verbose envelope. */
function singleItemBody(ctx: Ctx, list: ListState, item: Item, plan: ReturnType<typeof planOf>, select: string | undefined): string {
  const rc = renderContext(ctx, select ? `&$select=${select}` : undefined);
  const rendered = renderItem(ctx, rc, list, item, plan);
  if (rc.format === 'verbose') return stringify({ d: rendered });
  if (rc.format === 'nometadata') return stringify(rendered);
  const meta = itemMeta(ctx, list, item);
  return stringify({ 'odata.metadata': `${rc.apiUrl}/$metadata#${meta.set}/@Element${rc.selectSuffix ?? ''}`, ...rendered });
}

function updateItem(ctx: Ctx, list: ListState, item: Item): Reply {
  mayWrite(ctx.user, list, PermissionKind.EditListItems);
  mayTouch(ctx.user, list, item);
  const body = parseJsonBody(ctx.body);
  checkEtag(ctx, itemEtagHeader(item), item.version);
  const values = applyBody(ctx.srv.store, list, body, item.values);
  checkUnique(list, values, item.id);
  const now = nowIso();
  const updated: Item = { ...item, values, version: item.version + 1, modified: now, editorId: ctx.user.id };
  ctx.srv.store.updateItem(list, updated);
  indexUnique(list, item, updated);
  list.def.lastItemModified = now;
  list.def.lastItemUserModified = now;
  return emptyReply(ctx, 204, { ETag: itemEtagHeader(updated) });
}

export function recycleItem(ctx: Ctx, list: ListState, item: Item): Reply {
  if (ctx.method !== 'POST') throw errors.methodNotSupported('SP.ListItem', ctx.method);
  mayWrite(ctx.user, list, PermissionKind.DeleteListItems);
  mayTouch(ctx.user, list, item);
  const id = ctx.srv.store.recycleItem(list, item, ctx.user.id);
  indexUnique(list, item, undefined);
  list.def.lastItemDeleted = nowIso();
  return jsonReply(ctx, primitiveBody(renderContext(ctx), 'Edm.Guid', 'Recycle', id));
}
