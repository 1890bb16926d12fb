import type { LocalSharePoint } from '../../sharepoint/local-server';
import { allStatements, defaultPack } from '../../src/model';
import { previousCycleOf } from '../../src/data/repositories/cycles';
import { createServices, type WpqServices } from '../../src/data/services';
import type { ActionInput, CareService, Cycle } from '../../src/data/types';
import { spAs, startSetUpServer, userId } from './support';

/**
 * The review screen's read: the cycle with its results, reviews and actions; the service's cycles and
 * measures; the previous published cycle with its results and actions: three requests at most.
 */

const turnover = defaultPack.measures.find((m) => m.formula === 'percentage') as (typeof defaultPack.measures)[number];

function action(cycle: Cycle, title: string, extra: Partial<ActionInput> = {}): ActionInput {
  return {
    cycleId: cycle.id,
    serviceId: cycle.serviceId,
    title,
    pillarId: null,
    statementId: null,
    detail: null,
    ownerId: null,
    dueDate: null,
    successMeasure: null,
    completedDate: null,
    carriedOverFromId: null,
    ...extra
  };
}

jest.setTimeout(60000);

describe('cycles.readReview', () => {
  let server: LocalSharePoint;
  let manager: WpqServices;
  let house: CareService;
  let oldest: Cycle;
  let previous: Cycle;
  let unpublished: Cycle;
  let current: Cycle;

  beforeAll(async () => {
    server = await startSetUpServer();
    manager = createServices(spAs(server, 'manager'));
    house = await manager.careServices.add({ name: 'Meadowbank House', serviceType: 'care-home', leaderIds: [userId(server, 'manager')], staffIds: [], active: true });
    const other = await manager.careServices.add({ name: 'Meadowbank Home Care', serviceType: 'home-care', leaderIds: [], staffIds: [], active: true });
    const leaders = (value: number) => allStatements(defaultPack, 'leaders').map((s) => ({ statementId: s.statement.id, value }));

    oldest = await manager.cycles.add({ title: 'Spring 2025', serviceId: house.id, startDate: '2025-03-01', endDate: '2025-06-30', phase: 'closed' });
    previous = await manager.cycles.add({ title: 'Autumn 2025', serviceId: house.id, startDate: '2025-09-01', endDate: '2025-12-31', phase: 'closed' });
    // Later than the previous one, but never published: not the one to compare with.
    unpublished = await manager.cycles.add({ title: 'Winter 2025', serviceId: house.id, startDate: '2025-12-01', endDate: '2026-02-28', phase: 'closed' });
    current = await manager.cycles.add({ title: 'Spring 2026', serviceId: house.id, startDate: '2026-03-01', endDate: '2026-06-30', phase: 'review' });
    // Another service's later cycle, published: never compared with.
    const otherCycle = await manager.cycles.add({ title: 'Spring 2026', serviceId: other.id, startDate: '2026-01-01', endDate: '2026-02-01' });

    for (const [cycle, value] of [
      [oldest, 1],
      [previous, 2],
      [current, 3],
      [otherCycle, 4]
    ] as const) {
      await manager.responses.submit({ cycle, pack: defaultPack, kind: 'leaders', answers: leaders(value), submissionId: `leaders-${cycle.id}-seed` });
      await manager.cycles.publishResults(cycle.id);
    }

    await manager.actions.addMany([
      action(previous, 'Rota review', { status: 'done', dueDate: '2025-10-31', completedDate: '2025-10-20' }),
      action(previous, 'Supervision plan', { status: 'carried-over', dueDate: '2025-11-30' }),
      action(current, 'Exit interviews', { status: 'in-progress', dueDate: '2026-04-30' }),
      action(otherCycle, 'Elsewhere')
    ]);
    await manager.reviews.add({ cycleId: current.id, pillarId: defaultPack.pillars[0].id, whatChanged: 'Fewer agency shifts', evidence: null, rescore: 67, decisions: null });
    await manager.reviews.add({ cycleId: previous.id, pillarId: defaultPack.pillars[0].id, whatChanged: 'Old review', evidence: null, rescore: 33, decisions: null });
    await manager.measures.record(
      { serviceId: house.id, measureId: turnover.id, period: '2025/26 Q3', periodEnd: '2025-12-31', numerator: 6, denominator: 40, source: null, note: null },
      defaultPack
    );
    await manager.measures.record(
      { serviceId: other.id, measureId: turnover.id, period: '2025/26 Q3', periodEnd: '2025-12-31', numerator: 1, denominator: 40, source: null, note: null },
      defaultPack
    );
  });
  afterAll(() => server.close());

  it('reads the cycle, its results, reviews and actions, the service cycles and measures, and the previous published cycle in three requests', async () => {
    const reader = createServices(spAs(server, 'quality'));
    server.resetStats();
    const { data, warnings } = await reader.cycles.readReview(current.id);
    expect(server.stats().requests).toBe(3);
    expect(warnings).toEqual([]);

    expect(data.cycle).toMatchObject({ id: current.id, title: 'Spring 2026', phase: 'review' });
    expect(data.results?.leaders?.respondents).toBe(1);
    expect(data.reviews.map((r) => r.whatChanged)).toEqual(['Fewer agency shifts']);
    expect(data.actions.map((a) => a.title)).toEqual(['Exit interviews']);
    expect(data.serviceCycles.map((c) => c.id).sort((a, b) => a - b)).toEqual([oldest.id, previous.id, unpublished.id, current.id]);
    expect(data.measures.map((m) => m.serviceId)).toEqual([house.id]);

    expect(data.previous?.cycle.id).toBe(previous.id);
    expect(data.previous?.results?.leaders?.pillars[0].percent).toBeCloseTo(100 / 3);
    expect(data.previous?.actions.map((a) => [a.title, a.status, a.completedDate]).sort()).toEqual([
      ['Rota review', 'done', '2025-10-20'],
      ['Supervision plan', 'carried-over', null]
    ]);
  });

  it('reads in two requests when the service has no earlier published cycle', async () => {
    server.resetStats();
    const { data } = await manager.cycles.readReview(oldest.id);
    expect(server.stats().requests).toBe(2);
    expect(data.previous).toBeNull();
    expect(data.results?.leaders?.pillars[0].percent).toBe(0);
  });

  it('picks the latest earlier cycle with published results', () => {
    const c = (id: number, startDate: string | null, publishedAt: string | null) => ({ id, serviceId: 1, startDate, publishedAt });
    const now = c(5, '2026-03-01', null);
    expect(previousCycleOf([c(1, '2025-03-01', 'x'), c(2, '2025-09-01', 'x'), c(3, '2025-12-01', null), now, c(6, '2026-09-01', 'x')], now)?.id).toBe(2);
    expect(previousCycleOf([c(1, '2026-03-01', 'x'), c(9, '2026-03-01', 'x'), now], now)?.id).toBe(1);
    expect(previousCycleOf([{ ...c(1, '2025-01-01', 'x'), serviceId: 2 }, now], now)).toBeNull();
  });

  it('says the cycle does not exist', async () => {
    await expect(manager.cycles.readReview(9999)).rejects.toMatchObject({ kind: 'not-found' });
  });
});
