import type { Ctx, Segment } from './context';
import { errors } from './errors';
import { addFieldOperation, fieldEntityHandler, fieldsCollection, resolveField } from './fieldsapi';
import { findItem, itemEntity, itemsCollection, recycleItem } from './items';
import { listEntity, listsCollection, recycleList, resolveList, rootFolder } from './lists';
import type { ListState } from './model';
import type { Reply } from './odata';
import { argInt, argString } from './path';
import { resolveView, viewEntity, viewFields, viewsCollection } from './views';
import { PEOPLE_PICKER_SERVICE, peoplePickerResolveUser, peoplePickerSearchUser } from './people';
import {
  contextInfo,
  doesUserHavePermissions,
  ensureUser,
  findUser,
  ownPermissionsReply,
  regionalSettings,
  site,
  siteUsers,
  storageEntity,
  userEffectivePermissions,
  userReply,
  web
} from './web';

/** Dispatches `_api/...` segments to handlers. Segment names are matched case-insensitively, as SharePoint does. */
export function route(ctx: Ctx): Reply {
  const [first, ...rest] = ctx.segments;
  if (!first) throw errors.resourceNotFound('_api');
  switch (first.name) {
    case 'contextinfo':
      return only(rest, () => contextInfo(ctx));
    case 'web':
      if (first.args !== undefined) throw errors.resourceNotFound(first.raw);
      return routeWeb(ctx, rest);
    case 'site':
      return only(rest, () => site(ctx));
    case 'lists':
      // _api/lists is SharePoint shorthand for _api/web/lists.
      return routeWeb(ctx, ctx.segments);
    case `${PEOPLE_PICKER_SERVICE}.clientpeoplepickersearchuser`:
      return only(rest, () => peoplePickerSearchUser(ctx));
    case `${PEOPLE_PICKER_SERVICE}.clientpeoplepickerresolveuser`:
      return only(rest, () => peoplePickerResolveUser(ctx));
    default:
      throw errors.resourceNotFound(first.raw);
  }
}

function only(rest: Segment[], fn: () => Reply): Reply {
  if (rest.length > 0) throw errors.resourceNotFound(rest[0].raw);
  return fn();
}

function routeWeb(ctx: Ctx, segs: Segment[]): Reply {
  const [s, ...rest] = segs;
  if (!s) return web(ctx);
  switch (s.name) {
    case 'currentuser':
      return only(rest, () => userReply(ctx, ctx.user));
    case 'siteusers':
      return routeSiteUsers(ctx, s, rest);
    case 'getuserbyid':
      return only(rest, () => userReply(ctx, findUser(ctx, 'id', String(argInt(ctx, s)))));
    case 'ensureuser':
      return only(rest, () => ensureUser(ctx, s.args !== undefined ? argString(ctx, s) : undefined));
    case 'effectivebasepermissions':
      return only(rest, () => ownPermissionsReply(ctx));
    case 'getusereffectivepermissions':
      return only(rest, () => userEffectivePermissions(ctx, argString(ctx, s)));
    case 'doesuserhavepermissions':
      return only(rest, () => doesUserHavePermissions(ctx, s.args ?? ''));
    case 'regionalsettings':
      if (rest.length === 1 && rest[0].name === 'timezone') return regionalSettings(ctx, true);
      return only(rest, () => regionalSettings(ctx, false));
    case 'lists':
      if (s.args !== undefined) return routeList(ctx, resolveList(ctx, s, 'id'), rest);
      if (rest.length === 0) return listsCollection(ctx);
      return routeListsChild(ctx, rest);
    case 'getlist':
      return routeList(ctx, resolveList(ctx, s, 'url'), rest);
    case 'getstorageentity':
      return only(rest, () => storageEntity(ctx, argString(ctx, s)));
    default:
      throw errors.resourceNotFound(s.raw);
  }
}

function routeSiteUsers(ctx: Ctx, s: Segment, rest: Segment[]): Reply {
  if (s.args !== undefined) return only(rest, () => userReply(ctx, findUser(ctx, 'login', argString(ctx, s))));
  if (rest.length === 0) return siteUsers(ctx);
  const [op, ...more] = rest;
  switch (op.name) {
    case 'getbyid':
      return only(more, () => userReply(ctx, findUser(ctx, 'id', String(argInt(ctx, op)))));
    case 'getbyemail':
      return only(more, () => userReply(ctx, findUser(ctx, 'email', argString(ctx, op))));
    case 'getbyloginname':
      return only(more, () => userReply(ctx, findUser(ctx, 'login', argString(ctx, op))));
    default:
      throw errors.resourceNotFound(op.raw);
  }
}

function routeListsChild(ctx: Ctx, rest: Segment[]): Reply {
  const [op, ...more] = rest;
  switch (op.name) {
    case 'getbytitle':
      return routeList(ctx, resolveList(ctx, op, 'title'), more);
    case 'getbyid':
      return routeList(ctx, resolveList(ctx, op, 'id'), more);
    default:
      throw errors.resourceNotFound(op.raw);
  }
}

function routeList(ctx: Ctx, list: ListState, segs: Segment[]): Reply {
  const [s, ...rest] = segs;
  if (!s) return listEntity(ctx, list);
  switch (s.name) {
    case 'items':
      if (s.args !== undefined) return routeItem(ctx, list, s, rest);
      if (rest.length === 0) return itemsCollection(ctx, list);
      if (rest[0].name === 'getbyid') return routeItem(ctx, list, rest[0], rest.slice(1));
      throw errors.resourceNotFound(rest[0].raw);
    case 'getitembyid':
      return routeItem(ctx, list, s, rest);
    case 'fields':
      return routeFields(ctx, list, s, rest);
    case 'views':
      return routeViews(ctx, list, s, rest);
    case 'defaultview':
      return routeView(ctx, list, resolveView(ctx, list, undefined, 'default'), rest);
    case 'getview':
      return routeView(ctx, list, resolveView(ctx, list, s, 'id'), rest);
    case 'recycle':
      return only(rest, () => recycleList(ctx, list));
    case 'rootfolder':
      return only(rest, () => rootFolder(ctx, list));
    case 'effectivebasepermissions':
      return only(rest, () => ownPermissionsReply(ctx));
    case 'getusereffectivepermissions':
      return only(rest, () => userEffectivePermissions(ctx, argString(ctx, s)));
    default:
      throw errors.resourceNotFound(s.raw);
  }
}

function routeItem(ctx: Ctx, list: ListState, idSeg: Segment, rest: Segment[]): Reply {
  const item = findItem(ctx, list, idSeg);
  const [s, ...more] = rest;
  if (!s) return itemEntity(ctx, list, item);
  switch (s.name) {
    case 'recycle':
      return only(more, () => recycleItem(ctx, list, item));
    case 'effectivebasepermissions':
      return only(more, () => ownPermissionsReply(ctx));
    default:
      throw errors.resourceNotFound(s.raw);
  }
}

function routeFields(ctx: Ctx, list: ListState, s: Segment, rest: Segment[]): Reply {
  if (s.args !== undefined) return only(rest, () => fieldEntityHandler(ctx, list, resolveField(ctx, list, s, 'id')));
  if (rest.length === 0) return fieldsCollection(ctx, list);
  const [op, ...more] = rest;
  switch (op.name) {
    case 'getbyinternalnameortitle':
      return only(more, () => fieldEntityHandler(ctx, list, resolveField(ctx, list, op, 'nameOrTitle')));
    case 'getbytitle':
      return only(more, () => fieldEntityHandler(ctx, list, resolveField(ctx, list, op, 'title')));
    case 'getbyid':
      return only(more, () => fieldEntityHandler(ctx, list, resolveField(ctx, list, op, 'id')));
    case 'addfield':
      return only(more, () => addFieldOperation(ctx, list, 'addfield'));
    case 'createfieldasxml':
      return only(more, () => addFieldOperation(ctx, list, 'createfieldasxml'));
    default:
      throw errors.resourceNotFound(op.raw);
  }
}

function routeViews(ctx: Ctx, list: ListState, s: Segment, rest: Segment[]): Reply {
  if (s.args !== undefined) return routeView(ctx, list, resolveView(ctx, list, s, 'id'), rest);
  if (rest.length === 0) return viewsCollection(ctx, list);
  const [op, ...more] = rest;
  switch (op.name) {
    case 'getbytitle':
      return routeView(ctx, list, resolveView(ctx, list, op, 'title'), more);
    case 'getbyid':
      return routeView(ctx, list, resolveView(ctx, list, op, 'id'), more);
    default:
      throw errors.resourceNotFound(op.raw);
  }
}

function routeView(ctx: Ctx, list: ListState, view: ReturnType<typeof resolveView>, rest: Segment[]): Reply {
  const [s, ...more] = rest;
  if (!s) return viewEntity(ctx, list, view);
  if (s.name === 'viewfields') {
    if (more.length > 1) throw errors.resourceNotFound(more[1].raw);
    return viewFields(ctx, list, view, more[0]);
  }
  throw errors.resourceNotFound(s.raw);
}
