import type { IncomingHttpHeaders } from 'node:http';
import { SpError } from './errors';
import type { Store } from './store';

export type PermissionLevel = 'Full Control' | 'Contribute' | 'Read';

/** A person in the organisation's directory (the tenant), whether or not they are a user of the site yet. */
export interface Person {
  /** Id in the site's User Information List (AuthorId/EditorId, person-field values). */
  id: number;
  title: string;
  email: string;
  loginName: string;
  /**
   * Job title in the User Information List (JobTitle) and the people picker, as an organisation's directory
   * would give it. Server data only: the local page names each user's part from its own strings (src/loc/local.ts).
   */
  role: string;
  /** Department in the directory, when it has one. */
  department?: string;
}

/**
 * The part a built-in user plays when their permission level alone does not say it: a deputy manager
 * contributes like a care worker but leads like a manager. The local page names it from its own strings.
 */
export type LocalUserPart = 'deputy-manager';

export interface LocalUser extends Person {
  /** Chosen per request with the X-WPQ-User header or the wpq-user cookie. */
  key: string;
  permissionLevel: PermissionLevel;
  part?: LocalUserPart;
}

const TENANT_DOMAIN = 'meadowbankcare.onmicrosoft.com';
const DEPARTMENT = 'Care services';

function person(id: number, title: string, local: string, role: string, department = DEPARTMENT): Person {
  const email = `${local}@${TENANT_DOMAIN}`;
  return { id, title, email, loginName: `i:0#.f|membership|${email}`, role, department };
}

function user(key: string, id: number, title: string, local: string, role: string, permissionLevel: PermissionLevel, part?: LocalUserPart): LocalUser {
  const u: LocalUser = { key, ...person(id, title, local, role), permissionLevel };
  if (part) u.part = part;
  return u;
}

/**
 * The people who can sign in to the local site, in the order the local page offers them. Ids 11 to 21;
 * the demo data and tests use 100 and above for staff without a local sign-in.
 */
export const LOCAL_USERS: readonly LocalUser[] = Object.freeze([
  user('manager', 11, 'Amara Okafor', 'amara.okafor', 'Registered manager (site owner)', 'Full Control'),
  user('deputy', 15, 'Imran Hussain', 'imran.hussain', 'Deputy manager', 'Contribute', 'deputy-manager'),
  user('worker1', 12, 'Tom Baxter', 'tom.baxter', 'Care worker', 'Contribute'),
  user('worker2', 13, 'Ewa Nowak', 'ewa.nowak', 'Care worker', 'Contribute'),
  user('worker3', 16, 'Priya Sharma', 'priya.sharma', 'Senior care worker', 'Contribute'),
  user('worker4', 17, 'Callum Fraser', 'callum.fraser', 'Care worker', 'Contribute'),
  user('worker5', 18, 'Grace Adebayo', 'grace.adebayo', 'Care worker', 'Contribute'),
  user('worker6', 19, 'Dafydd Hughes', 'dafydd.hughes', 'Night care worker', 'Contribute'),
  user('worker7', 20, 'Aisha Rahman', 'aisha.rahman', 'Care worker', 'Contribute'),
  user('worker8', 21, "Liam O'Connor", 'liam.oconnor', 'Care worker', 'Contribute'),
  user('quality', 14, 'Jordan Reid', 'jordan.reid', 'Local authority quality lead', 'Read')
]);

/**
 * People in the tenant's directory who are not users of the site until someone adds them (ensureUser, or a
 * POST to siteUsers): the people search finds them all the same. They cannot sign in locally. Their site
 * user ids (22 to 25) are reserved, so a person gets the same id whenever and in whatever order they are added.
 */
export const DIRECTORY_PEOPLE: readonly Person[] = Object.freeze([
  person(22, 'Chloe Williams', 'chloe.williams', 'Care worker (new starter)'),
  person(23, 'Mohammed Ali', 'mohammed.ali', 'Bank care worker'),
  person(24, 'Zofia Kowalczyk', 'zofia.kowalczyk', 'Senior night care worker'),
  person(25, 'Gareth Jones', 'gareth.jones', 'Learning and development adviser', 'People and training')
]);

export const DEFAULT_USER_KEY = 'manager';

const EVERYONE: readonly Person[] = Object.freeze([...LOCAL_USERS, ...DIRECTORY_PEOPLE]);

/** Everyone in the tenant's directory: the local users and the people not yet added to the site. */
export function directory(): readonly Person[] {
  return EVERYONE;
}

/**
 * For the seed hook only: a person with no local sign-in (staff who answered on their own phones, say),
 * as the author of seeded items. Contribute rights; not a site user, so `$expand=Author` shows null.
 */
export function personWithoutSignIn(id: number): LocalUser {
  if (!Number.isInteger(id) || id < 1) throw new RangeError(`An author id must be a positive whole number, not ${id}.`);
  const email = `person.${id}@${TENANT_DOMAIN}`;
  return userById(id) ?? { key: `person-${id}`, id, title: `Person ${id}`, email, loginName: `i:0#.f|membership|${email}`, role: 'Staff member', permissionLevel: 'Contribute' };
}

/** SP.PermissionKind values are 1-based bit positions in the 64-bit SPBasePermissions mask. */
export const PermissionKind = {
  ViewListItems: 1,
  AddListItems: 2,
  EditListItems: 3,
  DeleteListItems: 4,
  ApproveItems: 5,
  OpenItems: 6,
  ViewVersions: 7,
  DeleteVersions: 8,
  ManagePersonalViews: 10,
  ManageLists: 12,
  ViewFormPages: 13,
  Open: 17,
  ViewPages: 18,
  BrowseUserInfo: 28,
  ManagePermissions: 26,
  ManageWeb: 31,
  EnumeratePermissions: 63
} as const;

export interface BasePermissions {
  high: number;
  low: number;
}

/** SharePoint's built-in role definitions (SPBasePermissions of Full Control, Contribute and Read). */
const LEVEL_MASKS: Record<PermissionLevel, BasePermissions> = {
  'Full Control': { high: 2147483647, low: 4294967295 },
  Contribute: { high: 432, low: 1011028719 },
  Read: { high: 176, low: 138612833 }
};

export function permissionsOf(u: LocalUser): BasePermissions {
  return LEVEL_MASKS[u.permissionLevel];
}

export function hasPermission(mask: BasePermissions, kind: number): boolean {
  const bit = kind - 1;
  if (bit < 32) return ((mask.low >>> bit) & 1) === 1;
  return ((mask.high >>> (bit - 32)) & 1) === 1;
}

export function can(u: LocalUser, kind: number): boolean {
  return hasPermission(permissionsOf(u), kind);
}

/** A local user (someone who can sign in) by site user id. */
export function userById(id: number): LocalUser | undefined {
  return LOCAL_USERS.find((u) => u.id === id);
}

/** A local user by claims login, e-mail or key. */
export function userByLogin(login: string): LocalUser | undefined {
  const l = login.trim().toLowerCase();
  return LOCAL_USERS.find((u) => u.loginName.toLowerCase() === l || u.email.toLowerCase() === l || u.key === l);
}

export function userByEmail(email: string): LocalUser | undefined {
  const e = email.trim().toLowerCase();
  return LOCAL_USERS.find((u) => u.email.toLowerCase() === e);
}

/**
 * Anyone in the directory by claims login (`i:0#.f|membership|<upn>`) or e-mail/UPN, case-insensitively, as
 * ensureUser resolves a logon name. A bare name or key is not a logon name.
 */
export function directoryPersonByLogin(login: string): Person | undefined {
  const l = login.trim().toLowerCase();
  if (!l.includes('@')) return undefined;
  return directory().find((p) => p.loginName.toLowerCase() === l || p.email.toLowerCase() === l);
}

// ---------------------------------------------------------------------------------------------
// Site users: the local users from the start, and the directory people added since. The ids added are
// kept in the store (so they survive a restart) and mirrored in memory, one set per store.

const ADDED_SITE_USERS_KEY = 'addedSiteUsers';
const addedSiteUsers = new WeakMap<Store, Set<number>>();

function addedIds(store: Store): Set<number> {
  let ids = addedSiteUsers.get(store);
  if (!ids) {
    let stored: unknown;
    try {
      stored = JSON.parse(store.meta(ADDED_SITE_USERS_KEY, () => '[]'));
    } catch {
      stored = [];
    }
    ids = new Set(Array.isArray(stored) ? stored.filter((x): x is number => typeof x === 'number') : []);
    addedSiteUsers.set(store, ids);
  }
  return ids;
}

/** The site's users (people only, as the local site has no groups), in SharePoint's order: by Title, case-insensitively. */
export function siteUsersOf(store: Store): Person[] {
  const added = addedIds(store);
  const all: Person[] = [...LOCAL_USERS, ...DIRECTORY_PEOPLE.filter((p) => added.has(p.id))];
  return all.sort((a, b) => {
    const x = a.title.toLowerCase();
    const y = b.title.toLowerCase();
    return x < y ? -1 : x > y ? 1 : a.id - b.id;
  });
}

export function isSiteUser(store: Store, p: Person): boolean {
  return LOCAL_USERS.some((u) => u.id === p.id) || addedIds(store).has(p.id);
}

/** A site user by id: what person columns may hold and what `$expand` of a person shows. */
export function siteUserById(store: Store, id: number): Person | undefined {
  const p = directory().find((x) => x.id === id);
  return p && isSiteUser(store, p) ? p : undefined;
}

export function siteUserByEmail(store: Store, email: string): Person | undefined {
  const e = email.trim().toLowerCase();
  const p = directory().find((x) => x.email.toLowerCase() === e);
  return p && isSiteUser(store, p) ? p : undefined;
}

export function siteUserByLogin(store: Store, login: string): Person | undefined {
  const l = login.trim().toLowerCase();
  const p = directory().find((x) => x.loginName.toLowerCase() === l || x.email.toLowerCase() === l);
  return p && isSiteUser(store, p) ? p : undefined;
}

/** Adds a directory person to the site's users, as ensureUser does; false when they already were one. */
export function addSiteUser(store: Store, p: Person): boolean {
  if (isSiteUser(store, p)) return false;
  const ids = addedIds(store);
  ids.add(p.id);
  store.setMeta(ADDED_SITE_USERS_KEY, JSON.stringify([...ids].sort((a, b) => a - b)));
  return true;
}

function cookieValue(cookieHeader: string | undefined, name: string): string | undefined {
  if (!cookieHeader) return undefined;
  for (const part of cookieHeader.split(';')) {
    const eq = part.indexOf('=');
    if (eq < 0) continue;
    if (part.slice(0, eq).trim() === name) {
      try {
        return decodeURIComponent(part.slice(eq + 1).trim());
      } catch {
        return part.slice(eq + 1).trim();
      }
    }
  }
  return undefined;
}

/** The header wins over the cookie so that a test or a cross-origin page can act as anyone. */
export function resolveUser(headers: IncomingHttpHeaders): LocalUser {
  const fromHeader = headers['x-wpq-user'];
  const raw = (Array.isArray(fromHeader) ? fromHeader[0] : fromHeader) ?? cookieValue(headers.cookie, 'wpq-user') ?? DEFAULT_USER_KEY;
  const key = raw.trim().toLowerCase();
  const found = LOCAL_USERS.find((u) => u.key === key);
  if (!found) {
    throw new SpError(
      401,
      '-2147024891, System.UnauthorizedAccessException',
      `Unknown local user '${raw}'. Use one of: ${LOCAL_USERS.map((u) => u.key).join(', ')} (X-WPQ-User header or wpq-user cookie).`
    );
  }
  return found;
}

/** SP.User entity in SharePoint's property order. */
export function userEntity(u: Person): Record<string, unknown> {
  return {
    Id: u.id,
    IsHiddenInUI: false,
    LoginName: u.loginName,
    Title: u.title,
    PrincipalType: 1,
    Email: u.email,
    Expiration: '',
    IsEmailAuthenticationGuestUser: false,
    IsShareByEmailGuestUser: false,
    // The manager owns the site through the owners group; nobody here is a site collection administrator.
    IsSiteAdmin: false,
    UserId: { NameId: `100300000000${String(u.id).padStart(4, '0')}`, NameIdIssuer: 'urn:federation:microsoftonline' },
    UserPrincipalName: u.email
  };
}

/** Fields of the User Information List item (SP.Data.UserInfoItem) that $expand of a person column can project. */
export function userInfoValues(u: Person): Record<string, unknown> {
  const [first, ...rest] = u.title.split(' ');
  return {
    Id: u.id,
    ID: u.id,
    Title: u.title,
    Name: u.loginName,
    EMail: u.email,
    UserName: u.email,
    FirstName: first,
    LastName: rest.join(' '),
    JobTitle: u.role,
    Department: u.department ?? null,
    Office: null,
    MobilePhone: null,
    WorkPhone: null,
    SipAddress: u.email,
    IsSiteAdmin: false,
    Deleted: false,
    UserSelection: null
  };
}

/** Stable odata.id for a user's User Information List item (a GUID, as SharePoint emits). */
export function userInfoGuid(u: Person): string {
  return `5f3c2a10-0000-4000-8000-${String(u.id).padStart(12, '0')}`;
}
