import type { Ctx } from './context';
import { jsonReply, renderContext } from './context';
import { errors } from './errors';
import { can, directory, isSiteUser, PermissionKind, type Person } from './identity';
import { edmValue, parseJsonBody, primitiveBody, type Reply } from './odata';
import { methodMustBePost } from './web';

/**
 * The people picker's web service, as PnPjs's `sp.profiles.clientPeoplePickerSearchUser` and
 * `clientPeoplePickerResolveUser` call it: `POST _api/sp.ui.applicationpages.clientpeoplepickerwebserviceinterface.
 * clientpeoplepickersearchuser` with `{"queryParams":{…}}`. SharePoint answers an Edm.String that holds JSON
 * (an array of picker entities for a search, one entity for a resolve); PnPjs parses that string itself, so
 * the value must never be a JSON array. Shapes from shared/sharepoint-fixtures/people (constructed fixtures).
 */

/** The service's path segment, lower-cased as the router sees it. */
export const PEOPLE_PICKER_SERVICE = 'sp.ui.applicationpages.clientpeoplepickerwebserviceinterface';

const QUERY_TYPE = 'SP.UI.ApplicationPages.ClientPeoplePickerQueryParameters';

/** Properties of SP.UI.ApplicationPages.ClientPeoplePickerQueryParameters; any other name is SharePoint's 400. */
const QUERY_PROPERTIES = new Set([
  'AllowEmailAddresses',
  'AllowMultipleEntities',
  'AllowOnlyEmailAddresses',
  'AllUrlZones',
  'EnabledClaimProviders',
  'ForceClaims',
  'MaximumEntitySuggestions',
  'PrincipalSource',
  'PrincipalType',
  'QuerySettings',
  'QueryString',
  'Required',
  'SharePointGroupID',
  'UrlZone',
  'UrlZoneSpecified',
  'Web',
  'WebApplicationID'
]);

/** SP.Utilities.PrincipalType.User and PrincipalSource.UserInfoList; "All" is 15 for both. */
const PRINCIPAL_USER = 1;
const SOURCE_USER_INFO_LIST = 1;
const ALL = 15;
/** [U] What SharePoint uses when a caller gives no (or a zero) MaximumEntitySuggestions. */
const DEFAULT_SUGGESTIONS = 30;

interface PickerQuery {
  /** The query as typed, trimmed. */
  typed: string;
  /** The query to match: trimmed, single-spaced, lower case. */
  text: string;
  max: number;
  principalType: number;
  principalSource: number;
  onlyEmail: boolean;
  groupId: number;
}

function readQuery(ctx: Ctx, operation: string): PickerQuery {
  if (ctx.method !== 'POST') throw methodMustBePost(operation, ctx.method);
  // [U] Every permission level has BrowseUserInfo, so readers may search the directory too.
  if (!can(ctx.user, PermissionKind.BrowseUserInfo)) throw errors.accessDenied();
  const body = parseJsonBody(ctx.body);
  const params = body.queryParams;
  if (params === undefined || params === null) throw errors.argument('The parameter queryParams cannot be empty.');
  if (typeof params !== 'object' || Array.isArray(params)) throw errors.expectedObject(Array.isArray(params) ? 'StartArray' : 'PrimitiveValue');
  const q = params as Record<string, unknown>;
  for (const key of Object.keys(q)) {
    if (key === '__metadata' || key.startsWith('odata.') || key.startsWith('@odata.')) continue;
    if (!QUERY_PROPERTIES.has(key)) throw errors.unknownProperty(key, QUERY_TYPE);
  }
  const int = (name: string): number | undefined => (q[name] === undefined || q[name] === null ? undefined : (edmValue('Edm.Int32', q[name]) as number));
  const bool = (name: string): boolean => (q[name] === undefined || q[name] === null ? false : (edmValue('Edm.Boolean', q[name]) as boolean));
  const text = q.QueryString === undefined ? '' : ((edmValue('Edm.String', q.QueryString, true) as string | null) ?? '');
  const max = int('MaximumEntitySuggestions') ?? 0;
  if (max < 0) throw errors.valueOutOfRange();
  // Read for their type only: the local directory has people alone, all in one zone, all by account.
  for (const name of ['AllowEmailAddresses', 'AllowMultipleEntities', 'AllUrlZones', 'ForceClaims', 'UrlZoneSpecified', 'Required']) bool(name);
  return {
    typed: text.trim(),
    text: text.trim().replace(/\s+/g, ' ').toLowerCase(),
    max: max === 0 ? DEFAULT_SUGGESTIONS : max,
    principalType: int('PrincipalType') ?? ALL,
    principalSource: int('PrincipalSource') ?? ALL,
    onlyEmail: bool('AllowOnlyEmailAddresses'),
    groupId: int('SharePointGroupID') ?? 0
  };
}

/**
 * How well a person matches, lower is better, undefined for no match: the whole name, e-mail or account
 * name; the start of the name; the start of a word of it; the start of the e-mail or account name (the part
 * before the domain too); anywhere in the name or in the e-mail's local part. Case-insensitive. [U] SharePoint's
 * own ranking is not recorded.
 */
function rank(p: Person, q: string, onlyEmail: boolean): number | undefined {
  const email = p.email.toLowerCase();
  if (onlyEmail) return email === q ? 0 : email.startsWith(q) ? 3 : undefined;
  const name = p.title.toLowerCase();
  const login = p.loginName.toLowerCase();
  const upn = login.slice(login.lastIndexOf('|') + 1);
  if (name === q || email === q || login === q || upn === q) return 0;
  if (name.startsWith(q)) return 1;
  if (name.split(' ').some((word) => word.startsWith(q))) return 2;
  if (email.startsWith(q) || upn.startsWith(q) || login.startsWith(q)) return 3;
  const local = (s: string): string => s.slice(0, s.indexOf('@') < 0 ? s.length : s.indexOf('@'));
  if (name.includes(q) || local(email).includes(q) || local(upn).includes(q)) return 4;
  return undefined;
}

/** The people a query may find, best match first, then by name. */
function matches(ctx: Ctx, query: PickerQuery): Person[] {
  if (query.text === '' || (query.principalType & PRINCIPAL_USER) === 0) return [];
  // The local site has no SharePoint groups, so a search limited to one finds nobody.
  if (query.groupId !== 0) return [];
  const source = query.principalSource & ALL;
  // The directory (the tenant) holds everyone; the User Information List only the site's users.
  const pool =
    (source & ~SOURCE_USER_INFO_LIST) !== 0
      ? directory()
      : (source & SOURCE_USER_INFO_LIST) !== 0
        ? directory().filter((p) => isSiteUser(ctx.srv.store, p))
        : [];
  return pool
    .map((p) => ({ p, r: rank(p, query.text, query.onlyEmail) }))
    .filter((x): x is { p: Person; r: number } => x.r !== undefined)
    .sort((a, b) => a.r - b.r || a.p.title.localeCompare(b.p.title, 'en-GB') || a.p.id - b.p.id)
    .map((x) => x.p);
}

/** A stable directory object id per person, as Entra ID would give them. */
function objectId(p: Person): string {
  return `0c7d5e1a-4b2f-4e86-9a3d-${String(p.id).padStart(12, '0')}`;
}

/** A resolved picker entity for a person in the tenant, in SharePoint's property order; EntityData values are all strings. */
export function pickerEntity(p: Person): Record<string, unknown> {
  const upn = p.loginName.slice(p.loginName.lastIndexOf('|') + 1);
  return {
    Key: p.loginName,
    DisplayText: p.title,
    IsResolved: true,
    Description: upn,
    EntityType: 'User',
    EntityData: {
      IsAltSecIdPresent: 'False',
      Title: p.role,
      Email: p.email,
      MobilePhone: '',
      ObjectId: objectId(p),
      Department: p.department ?? ''
    },
    MultipleMatches: [],
    ProviderName: 'Tenant',
    ProviderDisplayName: 'Tenant'
  };
}

/** clientPeoplePickerSearchUser: up to MaximumEntitySuggestions people, as a JSON array inside an Edm.String. */
export function peoplePickerSearchUser(ctx: Ctx): Reply {
  const query = readQuery(ctx, 'ClientPeoplePickerSearchUser');
  const found = matches(ctx, query).slice(0, query.max).map(pickerEntity);
  return jsonReply(ctx, primitiveBody(renderContext(ctx), 'Edm.String', 'ClientPeoplePickerSearchUser', JSON.stringify(found)));
}

/**
 * clientPeoplePickerResolveUser: ONE entity inside an Edm.String. A whole name, e-mail or account name of one
 * person, or a query only one person matches, resolves to them. Otherwise the entity is unresolved, echoes the
 * query and lists the candidates in MultipleMatches. [U] The unresolved shape is not recorded.
 */
export function peoplePickerResolveUser(ctx: Ctx): Reply {
  const query = readQuery(ctx, 'ClientPeoplePickerResolveUser');
  const found = matches(ctx, query);
  const exact = found.filter((p) => rank(p, query.text, query.onlyEmail) === 0);
  const one = exact.length === 1 ? exact[0] : found.length === 1 ? found[0] : undefined;
  const entity = one
    ? pickerEntity(one)
    : {
        Key: query.typed,
        DisplayText: query.typed,
        IsResolved: false,
        Description: query.typed,
        EntityType: '',
        EntityData: {},
        MultipleMatches: found.slice(0, query.max).map(pickerEntity),
        ProviderName: '',
        ProviderDisplayName: ''
      };
  return jsonReply(ctx, primitiveBody(renderContext(ctx), 'Edm.String', 'ClientPeoplePickerResolveUser', JSON.stringify(entity)));
}
