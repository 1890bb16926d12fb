import type { IncomingHttpHeaders } from 'node:http';
import { SpError } from './errors';

export type PermissionLevel = 'Full Control' | 'Contribute' | 'Read';

export interface LocalUser {
  /** Chosen per request with the X-WPQ-User header or the wpq-user cookie. */
  key: string;
  /** Id in the site's User Information List (AuthorId/EditorId, person-field values). */
  id: number;
  title: string;
  email: string;
  loginName: string;
  /**
   * Job title in the User Information List (JobTitle), as an organisation's directory would give it.
   * Server data only: the local page names each user's part from its own strings (src/loc/local.ts).
   */
  role: string;
  permissionLevel: PermissionLevel;
}

const TENANT_DOMAIN = 'meadowbankcare.onmicrosoft.com';

function user(key: string, id: number, title: string, local: string, role: string, permissionLevel: PermissionLevel): LocalUser {
  const email = `${local}@${TENANT_DOMAIN}`;
  return { key, id, title, email, loginName: `i:0#.f|membership|${email}`, role, permissionLevel };
}

export const LOCAL_USERS: readonly LocalUser[] = Object.freeze([
  user('manager', 11, 'Amara Okafor', 'amara.okafor', 'Registered manager (site owner)', 'Full Control'),
  user('worker1', 12, 'Tom Baxter', 'tom.baxter', 'Care worker', 'Contribute'),
  user('worker2', 13, 'Ewa Nowak', 'ewa.nowak', 'Care worker', 'Contribute'),
  user('quality', 14, 'Jordan Reid', 'jordan.reid', 'Local authority quality lead', 'Read')
]);

export const DEFAULT_USER_KEY = 'manager';

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

export function userById(id: number): LocalUser | undefined {
  return LOCAL_USERS.find((u) => u.id === id);
}

export function userByLogin(login: string): LocalUser | undefined {
  const l = login.trim().toLowerCase();
  return LOCAL_USERS.find((u) => u.loginName.toLowerCase() === l || u.email.toLowerCase() === l || u.key === l);
}

export function userByEmail(email: string): LocalUser | undefined {
  const e = email.trim().toLowerCase();
  return LOCAL_USERS.find((u) => u.email.toLowerCase() === e);
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
export function userEntity(u: LocalUser): Record<string, unknown> {
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
export function userInfoValues(u: LocalUser): Record<string, unknown> {
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
    Department: null,
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
export function userInfoGuid(u: LocalUser): string {
  return `5f3c2a10-0000-4000-8000-${String(u.id).padStart(12, '0')}`;
}
