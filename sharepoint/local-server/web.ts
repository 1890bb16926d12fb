import { apiUrl, createDigest, Ctx, DIGEST_TIMEOUT_SECONDS, jsonReply, emptyReply, renderContext, webUrl } from './context';
import { queryEntities, selectEntity } from './entities';
import { errors } from './errors';
import {
  addSiteUser,
  BasePermissions,
  can,
  directoryPersonByLogin,
  hasPermission,
  PermissionKind,
  permissionsOf,
  Person,
  siteUserByEmail,
  siteUserById,
  siteUserByLogin,
  siteUsersOf,
  userByLogin,
  userEntity
} from './identity';
import { bodyProperties, complexBody, entityBody, EntityMeta, parseJsonBody, primitiveBody, Reply } from './odata';
import { ticks } from './names';

export const LIBRARY_VERSION = '16.0.25919.12007';

export function contextInfo(ctx: Ctx): Reply {
  if (ctx.method !== 'POST') throw methodMustBePost('GetContextWebInformation', ctx.method);
  const props = {
    FormDigestTimeoutSeconds: DIGEST_TIMEOUT_SECONDS,
    FormDigestValue: createDigest(ctx.srv.digestSecret),
    LibraryVersion: LIBRARY_VERSION,
    SiteFullUrl: webUrl(ctx),
    SupportedSchemaVersions: ['14.0.0.0', '15.0.0.0'],
    WebFullUrl: webUrl(ctx)
  };
  return jsonReply(ctx, complexBody(renderContext(ctx), 'SP.ContextWebInformation', 'GetContextWebInformation', props));
}

/** [U] SharePoint's wording when a service operation is called with the wrong verb. */
export function methodMustBePost(resource: string, method: string) {
  return errors.argument(
    `The HTTP method '${method}' cannot be used to access the resource '${resource}'. The operation type of the resource is specified as 'Default'. Please use correct HTTP method to invoke the resource.`
  );
}

function webProps(ctx: Ctx): Record<string, unknown> {
  const site = ctx.srv.site;
  const lastModified = ctx.srv.store
    .activeLists()
    .map((l) => l.def.lastItemModified)
    .reduce((a, b) => (b > a ? b : a), site.created);
  return {
    AllowRssFeeds: true,
    AlternateCssUrl: '',
    AppInstanceId: '00000000-0000-0000-0000-000000000000',
    ClassicWelcomePage: null,
    Configuration: 0,
    // SharePoint really does print the web's Created without a zone designator.
    Created: site.created.replace('Z', ''),
    CurrentChangeToken: { StringValue: `1;2;${site.webId};${ticks(Date.now())};1` },
    CustomMasterUrl: `${site.sitePath}/_catalogs/masterpage/seattle.master`,
    Description: '',
    DesignPackageId: '00000000-0000-0000-0000-000000000000',
    DocumentLibraryCalloutOfficeWebAppPreviewersDisabled: false,
    EnableMinimalDownload: false,
    FooterEmphasis: 0,
    FooterEnabled: false,
    FooterLayout: 0,
    HeaderEmphasis: 0,
    HeaderLayout: 2,
    HideTitleInHeader: false,
    HorizontalQuickLaunch: false,
    Id: site.webId,
    IsHomepageModernized: false,
    IsMultilingual: false,
    IsRevertHomepageLinkHidden: false,
    Language: 2057,
    LastItemModifiedDate: lastModified,
    LastItemUserModifiedDate: lastModified,
    LogoAlignment: 0,
    MasterUrl: `${site.sitePath}/_catalogs/masterpage/seattle.master`,
    MegaMenuEnabled: false,
    NavAudienceTargetingEnabled: false,
    NoCrawl: false,
    ObjectCacheEnabled: false,
    OverwriteTranslationsOnChange: false,
    ResourcePath: { DecodedUrl: webUrl(ctx) },
    QuickLaunchEnabled: true,
    RecycleBinEnabled: true,
    SearchScope: 0,
    ServerRelativeUrl: site.sitePath,
    SiteLogoUrl: null,
    SyndicationEnabled: true,
    TenantAdminMembersCanShare: 0,
    Title: site.title,
    TreeViewEnabled: false,
    UIVersion: 15,
    UIVersionConfigurationEnabled: false,
    Url: webUrl(ctx),
    WebTemplate: 'STS',
    WelcomePage: 'SitePages/Home.aspx'
  };
}

const WEB_WRITABLE = new Set(['Title', 'Description', 'QuickLaunchEnabled', 'TreeViewEnabled', 'NoCrawl']);

export function web(ctx: Ctx): Reply {
  const meta: EntityMeta = {
    set: 'SP.ApiData.Webs',
    type: 'SP.Web',
    id: `${apiUrl(ctx)}/Web`,
    uri: `${apiUrl(ctx)}/Web`,
    editLink: 'Web'
  };
  if (ctx.method === 'GET') return selectEntity(ctx, meta, webProps(ctx));
  if (ctx.method === 'MERGE' || ctx.method === 'PATCH' || ctx.method === 'PUT') {
    if (!can(ctx.user, PermissionKind.ManageWeb)) throw errors.accessDenied();
    const body = parseJsonBody(ctx.body);
    for (const [k, v] of bodyProperties(body)) {
      if (!WEB_WRITABLE.has(k)) throw errors.unknownProperty(k, 'SP.Web');
      if (k === 'Title') {
        if (typeof v !== 'string') throw errors.cannotConvert('Edm.String');
        ctx.srv.site.title = v;
        ctx.srv.store.setMeta('siteTitle', v);
      }
    }
    return emptyReply(ctx, 204);
  }
  throw errors.methodNotSupported('SP.Web', ctx.method);
}

export function site(ctx: Ctx): Reply {
  if (ctx.method !== 'GET') throw errors.methodNotSupported('SP.Site', ctx.method);
  const s = ctx.srv.site;
  const meta: EntityMeta = { set: 'SP.ApiData.Sites', type: 'SP.Site', id: `${apiUrl(ctx)}/Site`, uri: `${apiUrl(ctx)}/Site`, editLink: 'Site' };
  return selectEntity(ctx, meta, {
    AllowCreateDeclarativeWorkflow: false,
    Id: s.siteId,
    ReadOnly: false,
    ServerRelativeUrl: s.sitePath,
    Url: webUrl(ctx)
  });
}

function userMeta(ctx: Ctx, u: Person): EntityMeta {
  return {
    set: 'SP.ApiData.Users1',
    type: 'SP.User',
    id: `${apiUrl(ctx)}/Web/GetUserById(${u.id})`,
    uri: `${apiUrl(ctx)}/Web/GetUserById(${u.id})`,
    editLink: `Web/GetUserById(${u.id})`
  };
}

export function userReply(ctx: Ctx, u: Person): Reply {
  if (ctx.method !== 'GET') throw errors.methodNotSupported('SP.User', ctx.method);
  return selectEntity(ctx, userMeta(ctx, u), userEntity(u));
}

/** A logon name of someone in the directory (claims login or e-mail); SharePoint's 400 otherwise. */
function directoryPerson(login: string): Person {
  const p = directoryPersonByLogin(login);
  if (!p) throw errors.ensureUserNotFound(login);
  return p;
}

export function siteUsers(ctx: Ctx): Reply {
  if (ctx.method === 'POST') {
    // Adding someone to the site's users: 201 with the user, also when they already were one (recorded).
    if (!can(ctx.user, PermissionKind.ManagePermissions)) throw errors.accessDenied();
    const body = parseJsonBody(ctx.body);
    const login = typeof body.LoginName === 'string' ? body.LoginName : '';
    const p = directoryPerson(login);
    addSiteUser(ctx.srv.store, p);
    return jsonReply(ctx, entityBody(renderContext(ctx), userMeta(ctx, p), userEntity(p)), 201);
  }
  if (ctx.method !== 'GET') throw errors.methodNotSupported('SP.UserCollection', ctx.method);
  return queryEntities(
    ctx,
    'SP.ApiData.Users1',
    'SP.User',
    siteUsersOf(ctx.srv.store).map((u) => ({ meta: userMeta(ctx, u), props: userEntity(u) }))
  );
}

export function findUser(ctx: Ctx, kind: 'id' | 'email' | 'login', value: string): Person {
  const store = ctx.srv.store;
  const u = kind === 'id' ? siteUserById(store, Number(value)) : kind === 'email' ? siteUserByEmail(store, value) : siteUserByLogin(store, value);
  // Recorded SharePoint answers an unknown user id with 500 "User cannot be found."
  if (!u || (kind === 'login' && !value.includes('|') && !value.includes('@'))) throw errors.userNotFound();
  return u;
}

/**
 * EnsureUser: the site user for a logon name, added to the site's users first when they are in the
 * directory but not yet a user of the site (a new site user id), as SharePoint Online does. 200 either way.
 */
export function ensureUser(ctx: Ctx, fromPath?: string): Reply {
  if (ctx.method !== 'POST') throw methodMustBePost('EnsureUser', ctx.method);
  // [U] Readers may not add people to the site; contributors can (person fields ensure users for them).
  if (!can(ctx.user, PermissionKind.EditListItems)) throw errors.accessDenied();
  let login = fromPath;
  if (login === undefined) {
    const body = parseJsonBody(ctx.body);
    const v = body.logonName ?? body.LogonName;
    if (typeof v !== 'string') throw errors.argument('The parameter logonName cannot be empty.');
    login = v;
  }
  const p = directoryPerson(login);
  addSiteUser(ctx.srv.store, p);
  return jsonReply(ctx, entityBody(renderContext(ctx), userMeta(ctx, p), userEntity(p)));
}

export function basePermissionsReply(ctx: Ctx, mask: BasePermissions, propertyName: string): Reply {
  if (ctx.method !== 'GET') throw errors.methodNotSupported('SP.BasePermissions', ctx.method);
  // Edm.Int64 values are strings in JSON, as SharePoint sends them.
  return jsonReply(
    ctx,
    complexBody(renderContext(ctx), 'SP.BasePermissions', propertyName, { High: String(mask.high), Low: String(mask.low) })
  );
}

/** The current user's own permissions (effectiveBasePermissions of the web, a list or an item). */
export function ownPermissionsReply(ctx: Ctx): Reply {
  return basePermissionsReply(ctx, permissionsOf(ctx.user), 'EffectiveBasePermissions');
}

/**
 * getUserEffectivePermissions(@user): someone else's permissions need EnumeratePermissions. A directory
 * person who cannot sign in locally has been given no permission level: an empty mask.
 */
export function userEffectivePermissions(ctx: Ctx, login: string): Reply {
  const local = userByLogin(login);
  const target = local ?? directoryPersonByLogin(login);
  if (!target) throw errors.userNotFound();
  if (target.id !== ctx.user.id && !can(ctx.user, PermissionKind.EnumeratePermissions)) throw errors.accessDenied();
  return basePermissionsReply(ctx, local ? permissionsOf(local) : { high: 0, low: 0 }, 'GetUserEffectivePermissions');
}

/** doesUserHavePermissions(@v) with @v={'High':'432','Low':'1011028719'} (or high=…,low=… inline). */
export function doesUserHavePermissions(ctx: Ctx, rawArgs: string): Reply {
  let text = rawArgs.trim();
  if (text.startsWith('@')) text = ctx.query.get(text) ?? '';
  const high = /high'?\s*[:=]\s*'?(\d+)/i.exec(text);
  const low = /low'?\s*[:=]\s*'?(\d+)/i.exec(text);
  if (!high || !low) throw errors.argument('The parameter permissionMask is not valid.');
  const want = { high: Number(high[1]), low: Number(low[1]) };
  const have = permissionsOf(ctx.user);
  let ok = true;
  for (let bit = 1; bit <= 64; bit++) {
    if (hasPermission(want, bit) && !hasPermission(have, bit)) ok = false;
  }
  return jsonReply(ctx, primitiveBody(renderContext(ctx), 'Edm.Boolean', 'DoesUserHavePermissions', ok));
}

export function regionalSettings(ctx: Ctx, timeZoneOnly: boolean): Reply {
  if (ctx.method !== 'GET') throw errors.methodNotSupported('SP.RegionalSettings', ctx.method);
  const timeZone = {
    Description: '(UTC+00:00) Dublin, Edinburgh, Lisbon, London',
    Id: 2,
    Information: { Bias: 0, DaylightBias: -60, StandardBias: 0 }
  };
  const base = `${apiUrl(ctx)}/Web/RegionalSettings`;
  if (timeZoneOnly) {
    return selectEntity(
      ctx,
      { set: 'SP.ApiData.TimeZones', type: 'SP.TimeZone', id: `${base}/TimeZone`, uri: `${base}/TimeZone`, editLink: 'Web/RegionalSettings/TimeZone' },
      timeZone
    );
  }
  return selectEntity(
    ctx,
    { set: 'SP.ApiData.RegionalSettings', type: 'SP.RegionalSettings', id: base, uri: base, editLink: 'Web/RegionalSettings' },
    {
      AdjustHijriDays: 0,
      AlternateCalendarType: 0,
      AM: 'AM',
      CalendarType: 1,
      Collation: 25,
      CollationLCID: 2057,
      DateFormat: 1,
      DateSeparator: '/',
      DecimalSeparator: '.',
      DigitGrouping: '3;0',
      FirstDayOfWeek: 1,
      FirstWeekOfYear: 2,
      IsEastAsia: false,
      IsRightToLeft: false,
      IsUIRightToLeft: false,
      ListSeparator: ',',
      LocaleId: 2057,
      NegativeSign: '-',
      NegNumberMode: 1,
      PM: 'PM',
      PositiveSign: '',
      ShowWeeks: false,
      ThousandSeparator: ',',
      Time24: true,
      TimeMarkerPosition: 0,
      TimeSeparator: ':',
      WorkDayEndHour: 1020,
      WorkDays: 62,
      WorkDayStartHour: 480
    }
  );
}

/**
 * `_api/web/GetStorageEntity('key')`: a tenant property (storage entity), readable from any site by
 * anyone signed in. [U] A key that is not set answers a null entity (`odata.null`), as SharePoint
 * Online is reported to; WPQ treats that and an empty Value alike.
 */
export function storageEntity(ctx: Ctx, key: string): Reply {
  if (ctx.method !== 'GET') throw errors.methodNotSupported('SP.Web', ctx.method);
  const value = ctx.srv.tenantProperties.get(key);
  if (value === undefined) {
    return jsonReply(ctx, ctx.format === 'verbose' ? JSON.stringify({ d: { GetStorageEntity: null } }) : JSON.stringify({ 'odata.null': true }));
  }
  return jsonReply(ctx, complexBody(renderContext(ctx), 'SP.StorageEntity', 'GetStorageEntity', { Comment: null, Description: null, Value: value }));
}
