import type { SitePerson } from '../../../data/types';
import { format } from '../../../loc/strings';
import { useApp } from '../../AppContext';
import { useKitStrings } from '../useKit';
import { useQuery, type Query } from '../useQuery';

/** A stand-in for a stored site user id that is no longer a user of the site, so it is shown, never dropped. */
export function unknownPerson(id: number, template: string): SitePerson {
  return { id, title: format(template, { id }), email: null, loginName: '' };
}

/**
 * The site users with these ids, in the order given. An id that is no longer a site user is shown
 * as such rather than left out, so that saving a form never drops it without the person seeing it.
 */
export function usePeople(ids: readonly number[] | null): Query<SitePerson[]> {
  const { services } = useApp();
  const kit = useKitStrings();
  const key = ids === null ? null : `people:${ids.join(',')}`;
  return useQuery(key, async () => {
    const wanted = ids ?? [];
    if (wanted.length === 0) return [];
    const found = await services.people.getByIds([...wanted]);
    const byId = new Map(found.map((p) => [p.id, p]));
    return wanted.map((id) => byId.get(id) ?? unknownPerson(id, kit.peopleUnknown));
  });
}

/** The ids of people, for saving. */
export function idsOf(people: readonly SitePerson[]): number[] {
  return people.map((p) => p.id);
}

/** Whether two lists of site user ids hold the same people, in any order. */
export function samePeople(a: readonly number[], b: readonly number[]): boolean {
  if (a.length !== b.length) return false;
  const set = new Set(a);
  return b.every((id) => set.has(id));
}
