import type { SPFI } from '@pnp/sp';
import '@pnp/sp/webs';
import '@pnp/sp/site-users/web';
import '@pnp/sp/profiles';
import { DataError, InvalidInputError, NotFoundError, spCall } from './errors';
import type { PersonSuggestion, SitePerson } from './types';

/**
 * People for a people picker: search the organisation's directory (SharePoint's people picker service,
 * which also finds people who are not users of the site yet), add the chosen person to the site's users
 * (`ensure`, which gives the id a person column stores) and read site users back by id.
 */
export interface PeopleRepository {
  /**
   * People (never groups) whose name, e-mail or account name matches `query`, best match first; at most
   * `limit` (default 10, 50 at most). A query shorter than two characters finds nobody and sends nothing.
   */
  search(query: string, options?: { limit?: number }): Promise<PersonSuggestion[]>;
  /** The site user for a claims login or e-mail, adding the person to the site's users first if needed. */
  ensure(loginName: string): Promise<SitePerson>;
  /** Site users by id, in the order asked, in one request (per 50 ids); ids that are not site users are left out. */
  getByIds(ids: number[]): Promise<SitePerson[]>;
}

export const MIN_QUERY_LENGTH = 2;
const DEFAULT_LIMIT = 10;
const MAX_LIMIT = 50;
/** Ids per siteUsers request, which keeps the $filter (and so the URL) short. */
const IDS_PER_REQUEST = 50;

/** SP.Utilities.PrincipalSource.All and PrincipalType.User: the whole directory, people only. */
const PRINCIPAL_SOURCE_ALL = 15;
const PRINCIPAL_TYPE_USER = 1;

/** SharePoint's code when EnsureUser cannot find the logon name in the directory. */
const USER_NOT_FOUND_CODE = '-2146232832';

interface PickerEntity {
  Key?: string;
  DisplayText?: string;
  EntityType?: string;
  EntityData?: { Email?: string; Title?: string; Department?: string } | null;
}

interface SiteUserProps {
  Id: number;
  Title: string;
  Email?: string | null;
  LoginName: string;
}

function text(v: string | null | undefined): string | null {
  const t = typeof v === 'string' ? v.trim() : '';
  return t === '' ? null : t;
}

function toSuggestion(e: PickerEntity): PersonSuggestion {
  const data = e.EntityData ?? {};
  return {
    loginName: e.Key as string,
    title: text(e.DisplayText) ?? (e.Key as string),
    email: text(data.Email),
    jobTitle: text(data.Title),
    department: text(data.Department)
  };
}

function toSitePerson(u: SiteUserProps): SitePerson {
  return { id: u.Id, title: u.Title, email: text(u.Email), loginName: u.LoginName };
}

function limitOf(options: { limit?: number } | undefined): number {
  const n = Math.floor(options?.limit ?? DEFAULT_LIMIT);
  return Number.isFinite(n) ? Math.min(Math.max(n, 1), MAX_LIMIT) : DEFAULT_LIMIT;
}

export function peopleRepository(sp: SPFI): PeopleRepository {
  return {
    async search(query, options) {
      const q = query.trim().replace(/\s+/g, ' ');
      if (q.length < MIN_QUERY_LENGTH) return [];
      const limit = limitOf(options);
      // SharePoint answers a JSON string, which PnPjs parses into the entities.
      const entities = (await spCall(undefined, () =>
        sp.profiles.clientPeoplePickerSearchUser({
          AllowEmailAddresses: true,
          AllowMultipleEntities: false,
          AllUrlZones: false,
          MaximumEntitySuggestions: limit,
          PrincipalSource: PRINCIPAL_SOURCE_ALL,
          PrincipalType: PRINCIPAL_TYPE_USER,
          QueryString: q
        })
      )) as unknown as PickerEntity[];
      const seen = new Set<string>();
      const people: PersonSuggestion[] = [];
      for (const e of Array.isArray(entities) ? entities : []) {
        if (e?.EntityType !== 'User' || typeof e.Key !== 'string' || e.Key === '' || seen.has(e.Key.toLowerCase())) continue;
        seen.add(e.Key.toLowerCase());
        people.push(toSuggestion(e));
      }
      return people.slice(0, limit);
    },

    async ensure(loginName) {
      const login = loginName.trim();
      if (login === '') throw new InvalidInputError('Choose a person first.');
      try {
        const user = await spCall(undefined, () => sp.web.ensureUser(login));
        return toSitePerson(user as unknown as SiteUserProps);
      } catch (error) {
        if (error instanceof DataError && error.status === 400 && (error.code ?? '').startsWith(USER_NOT_FOUND_CODE)) {
          throw new NotFoundError("This person could not be found in your organisation's directory.", {
            status: error.status,
            code: error.code,
            serverMessage: error.serverMessage,
            cause: error
          });
        }
        throw error;
      }
    },

    async getByIds(ids) {
      const wanted = [...new Set(ids.filter((id) => Number.isInteger(id) && id > 0))];
      if (wanted.length === 0) return [];
      const chunks: number[][] = [];
      for (let i = 0; i < wanted.length; i += IDS_PER_REQUEST) chunks.push(wanted.slice(i, i + IDS_PER_REQUEST));
      const pages = await Promise.all(
        chunks.map((chunk) =>
          spCall(undefined, () =>
            sp.web.siteUsers
              .filter(chunk.map((id) => `Id eq ${id}`).join(' or '))
              .select('Id', 'Title', 'Email', 'LoginName')() as unknown as Promise<SiteUserProps[]>
          )
        )
      );
      const byId = new Map<number, SitePerson>();
      for (const page of pages) for (const u of page) byId.set(u.Id, toSitePerson(u));
      return wanted.filter((id) => byId.has(id)).map((id) => byId.get(id) as SitePerson);
    }
  };
}
