import type { Ctx, Segment } from './context';
import { apiUrl, emptyReply, jsonReply, renderContext } from './context';
import { EntityRow, queryEntities, selectEntity } from './entities';
import { errors } from './errors';
import { can, PermissionKind } from './identity';
import type { ListState, ViewDef } from './model';
import { isGuid, newGuid, own, xmlEscape } from './names';
import { bodyProperties, EdmType, edmValue, entityBody, EntityMeta, parseJsonBody, Reply, stringify } from './odata';
import { argString } from './path';

/** Views are kept minimal: enough for provisioning code and for admins who look at the default view. */

function viewMeta(ctx: Ctx, list: ListState, v: ViewDef): EntityMeta {
  const path = `Web/Lists(guid'${list.def.id}')/Views(guid'${v.id}')`;
  return { set: 'SP.ApiData.Views', type: 'SP.View', id: `${apiUrl(ctx)}/${path}`, uri: `${apiUrl(ctx)}/${path}`, editLink: path };
}

function viewFieldsXml(v: ViewDef): string {
  return v.viewFields.map((n) => `<FieldRef Name="${xmlEscape(n)}" />`).join('');
}

function viewProps(v: ViewDef): Record<string, unknown> {
  const listViewXml =
    `<View Name="{${v.id.toUpperCase()}}" ${v.isDefault ? 'DefaultView="TRUE" ' : ''}Type="${v.viewType}" DisplayName="${xmlEscape(v.title)}" ` +
    `Url="${xmlEscape(v.fileName)}" Level="1" BaseViewID="1" ContentTypeID="0x"><Query>${v.viewQuery}</Query>` +
    `<ViewFields>${viewFieldsXml(v)}</ViewFields><RowLimit Paged="${v.paged ? 'TRUE' : 'FALSE'}">${v.rowLimit}</RowLimit></View>`;
  return {
    Aggregations: null,
    AggregationsStatus: null,
    AssociatedContentTypeId: null,
    BaseViewId: '1',
    CalendarViewStyles: null,
    ColumnWidth: null,
    ContentTypeId: { StringValue: '0x' },
    CustomFormatter: null,
    CustomOrder: null,
    DefaultView: v.isDefault,
    DefaultViewForContentType: false,
    EditorModified: false,
    Formats: null,
    GridLayout: null,
    Hidden: v.hidden,
    HtmlSchemaXml: listViewXml,
    Id: v.id,
    ImageUrl: '/_layouts/15/images/generic.png?rev=47',
    IncludeRootFolder: false,
    ViewJoins: null,
    JSLink: 'clienttemplates.js',
    ListViewXml: listViewXml,
    Method: null,
    MobileDefaultView: v.isDefault,
    MobileView: v.isDefault,
    ModerationType: null,
    NewDocumentTemplates: null,
    OrderedView: false,
    Paged: v.paged,
    PersonalView: v.personal,
    ViewProjectedFields: null,
    ViewQuery: v.viewQuery,
    ReadOnlyView: false,
    RequiresClientIntegration: false,
    RowLimit: v.rowLimit,
    Scope: 0,
    ServerRelativePath: { DecodedUrl: v.fileName },
    ServerRelativeUrl: v.fileName,
    StyleId: null,
    TabularView: true,
    Threaded: false,
    Title: v.title,
    Toolbar: '',
    ToolbarTemplateName: null,
    ViewType: v.viewType,
    ViewData: null,
    ViewType2: null,
    VisualizationInfo: null
  };
}

export function resolveView(ctx: Ctx, list: ListState, seg: Segment | undefined, how: 'title' | 'id' | 'default'): ViewDef {
  if (how === 'default') {
    const d = list.def.views.find((v) => v.isDefault);
    if (!d) throw errors.viewNotFound();
    return d;
  }
  const value = argString(ctx, seg!);
  const v = value.toLowerCase();
  const found = how === 'id' ? (isGuid(value) ? list.def.views.find((x) => x.id === v) : undefined) : list.def.views.find((x) => x.title.toLowerCase() === v);
  if (!found) throw errors.viewNotFound();
  return found;
}

function requireManage(ctx: Ctx): void {
  if (!can(ctx.user, PermissionKind.ManageLists)) throw errors.accessDenied();
}

/** Writable SP.View properties: where each is kept and its type. */
const VIEW_WRITABLE: Record<string, [keyof ViewDef, EdmType]> = {
  Title: ['title', 'Edm.String'],
  RowLimit: ['rowLimit', 'Edm.Int32'],
  Paged: ['paged', 'Edm.Boolean'],
  Hidden: ['hidden', 'Edm.Boolean'],
  ViewQuery: ['viewQuery', 'Edm.String'],
  DefaultView: ['isDefault', 'Edm.Boolean'],
  PersonalView: ['personal', 'Edm.Boolean']
};

function applyViewBody(v: ViewDef, body: Record<string, unknown>): void {
  for (const [k, x] of bodyProperties(body)) {
    const target = own(VIEW_WRITABLE, k);
    if (!target) throw errors.unknownProperty(k, 'SP.View');
    const value = edmValue(target[1], x);
    if ((k === 'Title' && (value as string).trim() === '') || (k === 'RowLimit' && (value as number) < 1)) throw errors.cannotConvert(target[1]);
    (v as unknown as Record<string, unknown>)[target[0]] = value;
  }
}

function makeDefault(list: ListState, v: ViewDef): void {
  if (v.isDefault) for (const other of list.def.views) if (other !== v) other.isDefault = false;
}

export function viewsCollection(ctx: Ctx, list: ListState): Reply {
  if (ctx.method === 'GET') {
    const rows: EntityRow[] = list.def.views.map((v) => ({ meta: viewMeta(ctx, list, v), props: viewProps(v) }));
    return queryEntities(ctx, 'SP.ApiData.Views', 'SP.View', rows);
  }
  if (ctx.method === 'POST') {
    requireManage(ctx);
    const body = parseJsonBody(ctx.body);
    const v: ViewDef = {
      id: newGuid(),
      title: '',
      isDefault: false,
      personal: false,
      hidden: false,
      rowLimit: 30,
      paged: true,
      viewQuery: '',
      viewFields: ['LinkTitle'],
      fileName: '',
      viewType: 'HTML'
    };
    applyViewBody(v, body);
    if (v.title.trim() === '') throw errors.argument('The view title cannot be empty.');
    v.fileName = `${ctx.srv.site.sitePath}/Lists/${list.def.urlName}/${v.title.replace(/[^A-Za-z0-9]/g, '')}.aspx`;
    list.def.views.push(v);
    makeDefault(list, v);
    ctx.srv.store.saveList(list);
    return jsonReply(ctx, entityBody(renderContext(ctx), viewMeta(ctx, list, v), viewProps(v)), 201);
  }
  throw errors.methodNotSupported('SP.ViewCollection', ctx.method);
}

export function viewEntity(ctx: Ctx, list: ListState, v: ViewDef): Reply {
  switch (ctx.method) {
    case 'GET':
      return selectEntity(ctx, viewMeta(ctx, list, v), viewProps(v));
    case 'MERGE':
    case 'PATCH':
    case 'PUT': {
      requireManage(ctx);
      const copy = { ...v, viewFields: [...v.viewFields] };
      applyViewBody(copy, parseJsonBody(ctx.body));
      Object.assign(v, copy);
      makeDefault(list, v);
      ctx.srv.store.saveList(list);
      return emptyReply(ctx, 204);
    }
    case 'DELETE':
      requireManage(ctx);
      if (v.isDefault) throw errors.argument('The default view of a list cannot be deleted.');
      list.def.views = list.def.views.filter((x) => x !== v);
      ctx.srv.store.saveList(list);
      return emptyReply(ctx, 200);
    default:
      throw errors.methodNotSupported('SP.View', ctx.method);
  }
}

function voidReply(ctx: Ctx, operation: string): Reply {
  const body = ctx.format === 'verbose' ? stringify({ d: { [operation]: null } }) : stringify({ 'odata.null': true });
  return jsonReply(ctx, body);
}

/** views/.../viewfields and its operations (addviewfield('x'), removeviewfield('x'), removeallviewfields, moveviewfieldto). */
export function viewFields(ctx: Ctx, list: ListState, v: ViewDef, op: Segment | undefined): Reply {
  if (!op) {
    if (ctx.method !== 'GET') throw errors.methodNotSupported('SP.ViewFieldCollection', ctx.method);
    const path = `${viewMeta(ctx, list, v).editLink}/ViewFields`;
    const meta: EntityMeta = { set: 'SP.ApiData.ViewFieldCollections', type: 'SP.ViewFieldCollection', id: `${apiUrl(ctx)}/${path}`, uri: `${apiUrl(ctx)}/${path}`, editLink: path };
    return selectEntity(ctx, meta, { SchemaXml: `<FieldRefs>${viewFieldsXml(v)}</FieldRefs>`, Items: [...v.viewFields] });
  }
  if (ctx.method !== 'POST') throw errors.methodNotSupported('SP.ViewFieldCollection', ctx.method);
  requireManage(ctx);
  const resolveName = (raw: string): string => {
    const l = raw.toLowerCase();
    const f = list.def.fields.find((x) => x.internalName.toLowerCase() === l) ?? list.def.fields.find((x) => x.title.toLowerCase() === l);
    if (!f) throw errors.fieldNotFound(raw);
    return f.internalName;
  };
  switch (op.name) {
    case 'addviewfield': {
      const name = resolveName(argString(ctx, op));
      if (!v.viewFields.includes(name)) v.viewFields.push(name);
      break;
    }
    case 'removeviewfield': {
      const name = resolveName(argString(ctx, op));
      v.viewFields = v.viewFields.filter((n) => n !== name);
      break;
    }
    case 'removeallviewfields':
      v.viewFields = [];
      break;
    case 'moveviewfieldto': {
      const body = parseJsonBody(ctx.body);
      const name = resolveName(typeof body.field === 'string' ? body.field : '');
      const index = typeof body.index === 'number' ? body.index : 0;
      v.viewFields = v.viewFields.filter((n) => n !== name);
      v.viewFields.splice(Math.max(0, Math.min(index, v.viewFields.length)), 0, name);
      break;
    }
    default:
      throw errors.resourceNotFound(op.raw);
  }
  ctx.srv.store.saveList(list);
  return voidReply(ctx, op.raw.replace(/\(.*$/, ''));
}
