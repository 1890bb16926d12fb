import { randomBytes } from 'node:crypto';
import { apiUrl, Ctx, emptyReply, jsonReply, renderContext } from './context';
import { EntityRow, queryEntities, selectList } from './entities';
import { errors } from './errors';
import { assignColName, builtinFields } from './fields';
import { can, PermissionKind } from './identity';
import type { ListDef, ListState, ViewDef } from './model';
import { entityTypeNameFromUrlName, INVALID_XML_CHARS, isGuid, listUrlNameFromTitle, newGuid, nowIso, own, ticks } from './names';
import { bodyProperties, edmValue, entityBody, EntityMeta, parseJsonBody, primitiveBody, Reply } from './odata';
import { argString } from './path';
import type { Segment } from './context';
import { checkEtag } from './etag';

export const GENERIC_LIST_TEMPLATE = 100;

/** Writable SP.List properties and the JSON type each must have. */
const LIST_WRITABLE: Record<string, 'bool' | 'int' | 'string' | 'stringOrNull'> = {
  Title: 'string',
  Description: 'string',
  BaseTemplate: 'int',
  AllowContentTypes: 'bool',
  ContentTypesEnabled: 'bool',
  CrawlNonDefaultViews: 'bool',
  DefaultItemOpenUseListSetting: 'bool',
  Direction: 'string',
  DisableCommenting: 'bool',
  DisableGridEditing: 'bool',
  DocumentTemplateUrl: 'stringOrNull',
  DraftVersionVisibility: 'int',
  EnableAttachments: 'bool',
  EnableFolderCreation: 'bool',
  EnableMinorVersions: 'bool',
  EnableModeration: 'bool',
  EnableRequestSignOff: 'bool',
  EnableVersioning: 'bool',
  ExcludeFromOfflineClient: 'bool',
  ForceCheckout: 'bool',
  Hidden: 'bool',
  ImageUrl: 'string',
  IrmEnabled: 'bool',
  IrmExpire: 'bool',
  IrmReject: 'bool',
  ListExperienceOptions: 'int',
  MajorVersionLimit: 'int',
  MajorWithMinorVersionsLimit: 'int',
  NavigateForFormsPages: 'bool',
  NoCrawl: 'bool',
  OnQuickLaunch: 'bool',
  ParserDisabled: 'bool',
  ReadSecurity: 'int',
  ValidationFormula: 'stringOrNull',
  ValidationMessage: 'stringOrNull',
  WriteSecurity: 'int'
};

/** Properties SharePoint computes; a body may carry them (e.g. echoed back) and they are ignored. [U] */
const LIST_READ_ONLY = new Set([
  'Id',
  'ItemCount',
  'Created',
  'EntityTypeName',
  'ListItemEntityTypeFullName',
  'BaseType',
  'LastItemDeletedDate',
  'LastItemModifiedDate',
  'LastItemUserModifiedDate',
  'ParentWebUrl',
  'ParentWebPath',
  'CurrentChangeToken',
  'TemplateFeatureId',
  'ServerTemplateCanCreateFolders',
  'IsApplicationList',
  'IsCatalog',
  'IsPrivate',
  'HasExternalDataSource',
  'MultipleDataList',
  'ImagePath',
  'DefaultSensitivityLabelForLibrary',
  'FileSavePostProcessingEnabled',
  'ExemptFromBlockDownloadOfNonViewableFiles',
  'DefaultContentApprovalWorkflowId'
]);

const LIST_DEFAULTS: Record<string, unknown> = {
  AllowContentTypes: true,
  ContentTypesEnabled: false,
  CrawlNonDefaultViews: false,
  DefaultItemOpenUseListSetting: false,
  Direction: 'none',
  DisableCommenting: false,
  DisableGridEditing: false,
  DocumentTemplateUrl: null,
  DraftVersionVisibility: 0,
  EnableAttachments: true,
  EnableFolderCreation: false,
  EnableMinorVersions: false,
  EnableModeration: false,
  EnableRequestSignOff: true,
  EnableVersioning: true,
  ExcludeFromOfflineClient: false,
  ForceCheckout: false,
  Hidden: false,
  ImageUrl: '/_layouts/15/images/itgen.png?rev=47',
  IrmEnabled: false,
  IrmExpire: false,
  IrmReject: false,
  ListExperienceOptions: 0,
  MajorVersionLimit: 50,
  MajorWithMinorVersionsLimit: 0,
  NavigateForFormsPages: false,
  NoCrawl: false,
  OnQuickLaunch: false,
  ParserDisabled: false,
  ValidationFormula: null,
  ValidationMessage: null
};

export function listMeta(ctx: Ctx, l: ListDef): EntityMeta {
  const path = `Web/Lists(guid'${l.id}')`;
  return {
    set: 'SP.ApiData.Lists',
    type: 'SP.List',
    id: `${apiUrl(ctx)}/${path}`,
    uri: `${apiUrl(ctx)}/${path}`,
    editLink: path,
    etag: `"${l.version}"`
  };
}

export function listItemEntityTypeFullName(l: ListDef): string {
  return `SP.Data.${l.entityTypeName}Item`;
}

function listServerRelativeUrl(ctx: Ctx, l: ListDef): string {
  return `${ctx.srv.site.sitePath}/Lists/${l.urlName}`;
}

/** SP.List default properties, in SharePoint's order. */
function listProps(ctx: Ctx, s: ListState): Record<string, unknown> {
  const l = s.def;
  const p = l.props;
  const site = ctx.srv.site;
  return {
    AllowContentTypes: p.AllowContentTypes,
    BaseTemplate: l.baseTemplate,
    BaseType: 0,
    ContentTypesEnabled: p.ContentTypesEnabled,
    CrawlNonDefaultViews: p.CrawlNonDefaultViews,
    Created: l.created,
    CurrentChangeToken: { StringValue: `1;3;${l.id};${ticks(Date.now())};${s.rev + l.version}` },
    DefaultContentApprovalWorkflowId: '00000000-0000-0000-0000-000000000000',
    DefaultItemOpenUseListSetting: p.DefaultItemOpenUseListSetting,
    Description: l.description,
    Direction: p.Direction,
    DisableCommenting: p.DisableCommenting,
    DisableGridEditing: p.DisableGridEditing,
    DocumentTemplateUrl: p.DocumentTemplateUrl,
    DraftVersionVisibility: p.DraftVersionVisibility,
    EnableAttachments: p.EnableAttachments,
    EnableFolderCreation: p.EnableFolderCreation,
    EnableMinorVersions: p.EnableMinorVersions,
    EnableModeration: p.EnableModeration,
    EnableRequestSignOff: p.EnableRequestSignOff,
    EnableVersioning: p.EnableVersioning,
    EntityTypeName: l.entityTypeName,
    ExemptFromBlockDownloadOfNonViewableFiles: false,
    FileSavePostProcessingEnabled: false,
    ForceCheckout: p.ForceCheckout,
    HasExternalDataSource: false,
    Hidden: p.Hidden,
    Id: l.id,
    ImagePath: { DecodedUrl: p.ImageUrl },
    ImageUrl: p.ImageUrl,
    DefaultSensitivityLabelForLibrary: '',
    IrmEnabled: p.IrmEnabled,
    IrmExpire: p.IrmExpire,
    IrmReject: p.IrmReject,
    IsApplicationList: false,
    IsCatalog: false,
    IsPrivate: false,
    ItemCount: s.items.length,
    LastItemDeletedDate: l.lastItemDeleted,
    LastItemModifiedDate: l.lastItemModified,
    LastItemUserModifiedDate: l.lastItemUserModified,
    ListExperienceOptions: p.ListExperienceOptions,
    ListItemEntityTypeFullName: listItemEntityTypeFullName(l),
    MajorVersionLimit: p.MajorVersionLimit,
    MajorWithMinorVersionsLimit: p.MajorWithMinorVersionsLimit,
    MultipleDataList: false,
    NoCrawl: p.NoCrawl,
    ParentWebPath: { DecodedUrl: site.sitePath },
    ParentWebUrl: site.sitePath,
    ParserDisabled: p.ParserDisabled,
    ServerTemplateCanCreateFolders: true,
    TemplateFeatureId: '00bfea71-de22-43b2-a848-c05709900100',
    Title: l.title
  };
}

/** Properties of SP.List that only come back when selected. */
function listExtra(ctx: Ctx, s: ListState): Record<string, unknown> {
  const l = s.def;
  const url = listServerRelativeUrl(ctx, l);
  return {
    ReadSecurity: l.readSecurity,
    WriteSecurity: l.writeSecurity,
    OnQuickLaunch: l.props.OnQuickLaunch,
    ValidationFormula: l.props.ValidationFormula,
    ValidationMessage: l.props.ValidationMessage,
    ExcludeFromOfflineClient: l.props.ExcludeFromOfflineClient,
    NavigateForFormsPages: l.props.NavigateForFormsPages,
    DefaultViewUrl: `${url}/AllItems.aspx`,
    DefaultDisplayFormUrl: `${url}/DispForm.aspx`,
    DefaultEditFormUrl: `${url}/EditForm.aspx`,
    DefaultNewFormUrl: `${url}/NewForm.aspx`,
    EnableAssignToEmail: false,
    BrowserFileHandling: 0,
    RootFolder: rootFolderProps(ctx, s)
  };
}

function rootFolderProps(ctx: Ctx, s: ListState): Record<string, unknown> {
  const url = listServerRelativeUrl(ctx, s.def);
  return {
    Exists: true,
    IsWOPIEnabled: false,
    ItemCount: s.items.length,
    Name: s.def.urlName,
    ProgID: null,
    ServerRelativePath: { DecodedUrl: url },
    ServerRelativeUrl: url,
    TimeCreated: s.def.created,
    TimeLastModified: s.def.lastItemModified,
    UniqueId: s.def.id.replace(/^.{8}/, 'f01d0e00'),
    WelcomePage: ''
  };
}

/** The list entity, honouring $select (incl. RootFolder/x with $expand=RootFolder, which SharePoint emits first). */
function listEntityReply(ctx: Ctx, s: ListState, status = 200, headers: Record<string, string> = {}): Reply {
  const meta = listMeta(ctx, s.def);
  const select = selectList(ctx);
  const expand = (ctx.query.get('$expand') ?? '')
    .split(',')
    .map((x) => x.trim().toLowerCase())
    .filter((x) => x !== '');
  for (const e of expand) if (e !== 'rootfolder') throw errors.unknownSelectField(e);
  const props = listProps(ctx, s);
  const extra = listExtra(ctx, s);
  let out: Record<string, unknown> = props;
  if (select) {
    out = {};
    const rootSubs = select.filter((x) => x.toLowerCase().startsWith('rootfolder/')).map((x) => x.slice('rootfolder/'.length));
    if (rootSubs.length > 0 || select.some((x) => x.toLowerCase() === 'rootfolder')) {
      if (!expand.includes('rootfolder')) throw errors.projectionNeedsExpand('RootFolder', 'RootFolder');
      const folder = extra.RootFolder as Record<string, unknown>;
      const picked: Record<string, unknown> = {};
      for (const [k, v] of Object.entries(folder)) {
        if (rootSubs.length === 0 || rootSubs.includes('*') || rootSubs.some((r) => r.toLowerCase() === k.toLowerCase())) picked[k] = v;
      }
      for (const r of rootSubs) {
        if (r !== '*' && !Object.keys(folder).some((k) => k.toLowerCase() === r.toLowerCase())) throw errors.unknownProperty(r, 'SP.Folder');
      }
      out.RootFolder = picked;
    }
    const all: Record<string, unknown> = { ...props, ...extra };
    delete all.RootFolder;
    const keys = Object.keys(all);
    const wanted = new Set<string>();
    for (const name of select) {
      if (name.toLowerCase().startsWith('rootfolder')) continue;
      if (name === '*') {
        Object.keys(props).forEach((k) => wanted.add(k));
        continue;
      }
      const k = keys.find((x) => x.toLowerCase() === name.toLowerCase());
      if (!k) throw errors.unknownProperty(name, 'SP.List');
      wanted.add(k);
    }
    for (const k of keys) if (wanted.has(k)) out[k] = all[k];
  } else if (expand.includes('rootfolder')) {
    out = { RootFolder: extra.RootFolder, ...props };
  }
  const sel = ctx.query.get('$select');
  return jsonReply(ctx, entityBody(renderContext(ctx, sel ? `&$select=${sel}` : undefined), meta, out), status, {
    ETag: `"${s.def.version}"`,
    ...headers
  });
}

// ---------------------------------------------------------------------------------------------
// Resolution

export function findListByTitle(ctx: Ctx, title: string): ListState | undefined {
  const t = title.toLowerCase();
  return ctx.srv.store.activeLists().find((l) => l.def.title.toLowerCase() === t);
}

/** lists/getByTitle('x'), lists('guid'), lists(guid'…'), lists/getById('guid'), web/getList('/sites/x/Lists/y'). */
export function resolveList(ctx: Ctx, seg: Segment, kind: 'title' | 'id' | 'url'): ListState {
  const value = argString(ctx, seg);
  if (kind === 'title') {
    const found = findListByTitle(ctx, value);
    if (!found) throw errors.listNotFound(value, `${ctx.origin}${ctx.srv.site.sitePath}`);
    return found;
  }
  if (kind === 'url') {
    const v = value.toLowerCase().replace(/\/+$/, '');
    const found = ctx.srv.store.activeLists().find((l) => listServerRelativeUrl(ctx, l.def).toLowerCase() === v);
    if (!found) throw errors.listIdNotFound();
    return found;
  }
  if (!isGuid(value)) throw errors.listIdNotFound();
  const found = ctx.srv.store.lists.get(value.toLowerCase());
  if (!found) throw errors.listIdNotFound();
  return found;
}

// ---------------------------------------------------------------------------------------------
// Handlers

export function listsCollection(ctx: Ctx): Reply {
  if (ctx.method === 'GET') {
    const rows: EntityRow[] = ctx.srv.store.activeLists().map((s) => ({
      meta: listMeta(ctx, s.def),
      props: listProps(ctx, s),
      extra: listExtra(ctx, s)
    }));
    return queryEntities(ctx, 'SP.ApiData.Lists', 'SP.List', rows);
  }
  if (ctx.method === 'POST') return createList(ctx);
  throw errors.methodNotSupported('SP.ListCollection', ctx.method);
}

function checkValueType(name: string, v: unknown, kind: 'bool' | 'int' | 'string' | 'stringOrNull'): void {
  edmValue(kind === 'bool' ? 'Edm.Boolean' : kind === 'int' ? 'Edm.Int32' : 'Edm.String', v, kind === 'stringOrNull');
  if (typeof v === 'string' && INVALID_XML_CHARS.test(v)) throw errors.valueOutOfRange();
  if (name === 'ReadSecurity' && v !== 1 && v !== 2) throw errors.valueOutOfRange();
  if (name === 'WriteSecurity' && v !== 1 && v !== 2 && v !== 4) throw errors.valueOutOfRange();
}

/** Validates a create/update body and returns the accepted properties. */
function listChanges(body: Record<string, unknown>): Map<string, unknown> {
  const meta = body.__metadata as { type?: string } | undefined;
  if (meta?.type && meta.type !== 'SP.List') throw errors.unknownType(meta.type);
  const out = new Map<string, unknown>();
  for (const [k, v] of bodyProperties(body)) {
    const kind = own(LIST_WRITABLE, k);
    if (!kind) {
      if (LIST_READ_ONLY.has(k)) continue;
      throw errors.unknownProperty(k, 'SP.List');
    }
    checkValueType(k, v, kind);
    out.set(k, v);
  }
  return out;
}

function checkTitle(ctx: Ctx, title: unknown, except?: ListState): string {
  if (typeof title !== 'string' || title.trim() === '') throw errors.argument('The list title cannot be empty.');
  // [U] SharePoint limits list titles to 255 characters; the wording here is ours.
  if (title.length > 255) throw errors.argument('The list title cannot be longer than 255 characters.');
  const clash = findListByTitle(ctx, title);
  if (clash && clash !== except) throw errors.duplicateListTitle();
  return title;
}

function newContentTypeId(): string {
  return `0x0100${randomBytes(16).toString('hex').toUpperCase()}`;
}

function defaultView(urlName: string, sitePath: string): ViewDef {
  return {
    id: newGuid(),
    title: 'All Items',
    isDefault: true,
    personal: false,
    hidden: false,
    rowLimit: 30,
    paged: true,
    viewQuery: '<OrderBy><FieldRef Name="ID" /></OrderBy>',
    viewFields: ['LinkTitle'],
    fileName: `${sitePath}/Lists/${urlName}/AllItems.aspx`,
    viewType: 'HTML'
  };
}

function createList(ctx: Ctx): Reply {
  if (!can(ctx.user, PermissionKind.ManageLists)) throw errors.accessDenied();
  const changes = listChanges(parseJsonBody(ctx.body));
  const title = checkTitle(ctx, changes.get('Title'));
  const template = (changes.get('BaseTemplate') as number | undefined) ?? GENERIC_LIST_TEMPLATE;
  if (template !== GENERIC_LIST_TEMPLATE) {
    throw errors.argument(`The local SharePoint server only supports generic lists (BaseTemplate 100), not ${template}.`);
  }
  const taken = new Set(ctx.srv.store.activeLists().map((l) => l.def.urlName.toLowerCase()));
  const baseUrl = listUrlNameFromTitle(title);
  let urlName = baseUrl;
  for (let n = 1; taken.has(urlName.toLowerCase()); n++) urlName = `${baseUrl}${n}`;
  const now = nowIso();
  const props: Record<string, unknown> = { ...LIST_DEFAULTS };
  for (const [k, v] of changes) if (k !== 'Title' && k !== 'Description' && k !== 'BaseTemplate' && k !== 'ReadSecurity' && k !== 'WriteSecurity') props[k] = v;
  const def: ListDef = {
    id: newGuid(),
    title,
    description: (changes.get('Description') as string | undefined) ?? '',
    urlName,
    entityTypeName: entityTypeNameFromUrlName(urlName),
    baseTemplate: template,
    created: now,
    lastItemModified: now,
    lastItemUserModified: now,
    lastItemDeleted: now,
    version: 1,
    contentTypeId: newContentTypeId(),
    readSecurity: (changes.get('ReadSecurity') as number | undefined) ?? 1,
    writeSecurity: (changes.get('WriteSecurity') as number | undefined) ?? 1,
    props,
    fields: builtinFields(),
    views: [defaultView(urlName, ctx.srv.site.sitePath)],
    colCounters: {}
  };
  for (const f of def.fields) if (f.internalName === 'Title') assignColName(def, f);
  const state = ctx.srv.store.createList(def);
  return listEntityReply(ctx, state, 201, { Location: `${apiUrl(ctx)}/Web/Lists(guid'${def.id}')` });
}

export function listEntity(ctx: Ctx, s: ListState): Reply {
  switch (ctx.method) {
    case 'GET':
      return listEntityReply(ctx, s);
    case 'MERGE':
    case 'PATCH':
    case 'PUT':
      return updateList(ctx, s);
    case 'DELETE': {
      if (!can(ctx.user, PermissionKind.ManageLists)) throw errors.accessDenied();
      checkEtag(ctx, `"${s.def.version}"`, s.def.version);
      ctx.srv.store.deleteList(s);
      return emptyReply(ctx, 200);
    }
    default:
      throw errors.methodNotSupported('SP.List', ctx.method);
  }
}

function updateList(ctx: Ctx, s: ListState): Reply {
  if (!can(ctx.user, PermissionKind.ManageLists)) throw errors.accessDenied();
  const changes = listChanges(parseJsonBody(ctx.body));
  checkEtag(ctx, `"${s.def.version}"`, s.def.version);
  if (changes.has('Title')) checkTitle(ctx, changes.get('Title'), s);
  for (const [k, v] of changes) {
    if (k === 'Title') s.def.title = v as string;
    else if (k === 'Description') s.def.description = v as string;
    else if (k === 'ReadSecurity') s.def.readSecurity = v as number;
    else if (k === 'WriteSecurity') s.def.writeSecurity = v as number;
    else if (k !== 'BaseTemplate') s.def.props[k] = v;
  }
  s.def.version++;
  ctx.srv.store.saveList(s);
  return emptyReply(ctx, 204, { ETag: `"${s.def.version}"` });
}

export function recycleList(ctx: Ctx, s: ListState): Reply {
  if (ctx.method !== 'POST') throw errors.methodNotSupported('SP.List', ctx.method);
  if (!can(ctx.user, PermissionKind.ManageLists)) throw errors.accessDenied();
  const id = ctx.srv.store.recycleList(s, ctx.user.id);
  return jsonReply(ctx, primitiveBody(renderContext(ctx), 'Edm.Guid', 'Recycle', id));
}

export function rootFolder(ctx: Ctx, s: ListState): Reply {
  if (ctx.method !== 'GET') throw errors.methodNotSupported('SP.Folder', ctx.method);
  const url = `${apiUrl(ctx)}/Web/Lists(guid'${s.def.id}')/RootFolder`;
  const props = rootFolderProps(ctx, s);
  const select = selectList(ctx);
  let out = props;
  if (select && !select.includes('*')) {
    out = {};
    for (const name of select) {
      const k = Object.keys(props).find((x) => x.toLowerCase() === name.toLowerCase());
      if (!k) throw errors.unknownProperty(name, 'SP.Folder');
      out[k] = props[k];
    }
  }
  const meta: EntityMeta = { set: 'SP.ApiData.Folders', type: 'SP.Folder', id: url, uri: url, editLink: `Web/Lists(guid'${s.def.id}')/RootFolder` };
  return jsonReply(ctx, entityBody(renderContext(ctx), meta, out));
}
