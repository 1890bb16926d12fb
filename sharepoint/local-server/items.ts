import type { Ctx, Segment } from './context';
import { apiUrl, emptyReply, jsonReply, renderContext } from './context';
import { errors } from './errors';
import { checkEtag } from './etag';
import { can, LocalUser, PermissionKind } from './identity';
import { itemEtagHeader, itemMeta, planOf, readsOnlyOwn, renderItem, renderItemsJson, runQuery } from './itemquery';
import { coerce, defaultFor, IGNORED_WRITE_KEYS, uniqueKey, writeTargets } from './itemvalues';
import { listItemEntityTypeFullName } from './lists';
import type { FieldDef, Item, ListState, StoredValue } from './model';
import { newGuid, nowIso } from './names';
import { bodyProperties, collectionBody, parseJsonBody, primitiveBody, Reply, stringify } from './odata';
import { argInt } from './path';
import type { Store } from './store';

// ---------------------------------------------------------------------------------------------
// Validation shared by REST writes and bulkInsert

/** Applies a body to (a copy of) the current values; throws SharePoint's error and changes nothing on failure. */
export function applyBody(
  list: ListState,
  body: Record<string, unknown>,
  current: Record<string, StoredValue> | undefined,
  targets = writeTargets(list.def)
): Record<string, StoredValue> {
  const meta = body.__metadata as { type?: string } | undefined;
  const typeName = listItemEntityTypeFullName(list.def);
  if (meta?.type && meta.type !== typeName) throw errors.unknownType(meta.type);
  const values: Record<string, StoredValue> = { ...(current ?? {}) };
  for (const [key, raw] of bodyProperties(body)) {
    const target = targets.get(key);
    if (!target) {
      if (IGNORED_WRITE_KEYS.has(key)) continue;
      throw errors.unknownProperty(key, typeName);
    }
    values[target.field.internalName] = coerce(target, raw);
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

/** Values already used in each unique column, cached per list revision. */
const uniqueCache = new WeakMap<ListState, { rev: number; maps: Map<string, Map<string, number>> }>();

function uniqueMap(list: ListState, f: FieldDef): Map<string, number> {
  let entry = uniqueCache.get(list);
  if (!entry || entry.rev !== list.rev) {
    entry = { rev: list.rev, maps: new Map() };
    uniqueCache.set(list, entry);
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

/** Validates every body first, then stores them all in one transaction (nothing is stored if one fails). */
export function createItems(store: Store, list: ListState, bodies: Array<Record<string, unknown>>, user: LocalUser): Item[] {
  mayWrite(user, list, PermissionKind.AddListItems);
  const pending = new Map<string, Set<string>>();
  const targets = writeTargets(list.def);
  const prepared = bodies.map((b) => {
    const values = applyBody(list, b, undefined, targets);
    checkUnique(list, values, undefined, bodies.length > 1 ? pending : undefined);
    return values;
  });
  const now = nowIso();
  const firstId = list.nextId;
  const items = prepared.map((v) => newItem(list, v, user.id, now));
  try {
    store.insertItems(list, items);
  } catch (e) {
    list.nextId = firstId;
    throw e;
  }
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
  const values = applyBody(list, body, item.values);
  checkUnique(list, values, item.id);
  const now = nowIso();
  const updated: Item = { ...item, values, version: item.version + 1, modified: now, editorId: ctx.user.id };
  ctx.srv.store.updateItem(list, updated);
  list.def.lastItemModified = now;
  list.def.lastItemUserModified = now;
  return emptyReply(ctx, 204, { ETag: itemEtagHeader(updated) });
}

export function recycleItem(ctx: Ctx, list: ListState, item: Item): Reply {
  if (ctx.method !== 'POST') throw errors.methodNotSupported('SP.ListItem', ctx.method);
  mayWrite(ctx.user, list, PermissionKind.DeleteListItems);
  mayTouch(ctx.user, list, item);
  const id = ctx.srv.store.recycleItem(list, item, ctx.user.id);
  list.def.lastItemDeleted = nowIso();
  return jsonReply(ctx, primitiveBody(renderContext(ctx), 'Edm.Guid', 'Recycle', id));
}
