import type { Action, Cycle, SitePerson } from '../../../src/data/types';
import { today } from '../../../src/ui/actions/actionModel';

/** A day counted from today where the tests run, as YYYY-MM-DD. */
export function daysFromToday(days: number): string {
  const [y, m, d] = today().split('-').map(Number);
  const date = new Date(Date.UTC(y, m - 1, d + days));
  return date.toISOString().slice(0, 10);
}

export const CYCLE: Cycle = {
  id: 15,
  etag: '"1"',
  title: 'Spring 2026',
  serviceId: 4,
  packId: 'wpq-default',
  packVersion: '1.0.0',
  phase: 'do',
  startDate: daysFromToday(-30),
  endDate: daysFromToday(30),
  minimumGroupSize: null,
  publishedAt: null,
  summary: null
};

export const PEOPLE: SitePerson[] = [
  { id: 11, title: 'Amara Okafor', email: 'amara@example.com', loginName: 'i:0#.f|membership|amara@example.com' },
  { id: 12, title: 'Tom Baxter', email: 'tom@example.com', loginName: 'i:0#.f|membership|tom@example.com' },
  { id: 13, title: 'Rita Patel', email: 'rita@example.com', loginName: 'i:0#.f|membership|rita@example.com' }
];

export function action(id: number, title: string, changes: Partial<Action> = {}): Action {
  return {
    id,
    etag: '"1"',
    cycleId: CYCLE.id,
    serviceId: CYCLE.serviceId,
    title,
    pillarId: 'culture',
    statementId: 'culture.s02',
    detail: null,
    ownerId: 12,
    dueDate: daysFromToday(10),
    status: 'not-started',
    priority: 'medium',
    successMeasure: null,
    progressNotes: [],
    completedDate: null,
    carriedOverFromId: null,
    ...changes
  };
}

export const careWorker = { access: 'contribute' as const, user: { id: 12, title: 'Tom Baxter', email: 'tom@example.com' } };
export const reader = { access: 'read' as const, user: { id: 14, title: 'Quality Lead', email: 'quality@example.com' } };

export function peopleByIds(ids: number[]): Promise<SitePerson[]> {
  return Promise.resolve(PEOPLE.filter((p) => ids.includes(p.id)));
}
