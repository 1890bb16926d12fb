import type { LocalSharePoint } from '../../sharepoint/local-server';
import { allStatements, defaultPack } from '../../src/model';
import { listOf, readAll } from '../../src/data/access';
import { spCall, ThresholdError } from '../../src/data/errors';
import { submissionBody } from '../../src/data/repositories/responses';
import { ACTION_STATUSES, actionsList, responsesList } from '../../src/data/schema';
import { createServices, type WpqServices } from '../../src/data/services';
import type { CareService, Cycle } from '../../src/data/types';
import { spAs, startSetUpServer, userId } from './support';

const PER_CYCLE = 4000;
const label = (id: string): string => ACTION_STATUSES.find((s) => s.id === id)?.label as string;

/** Lists past the 5,000-item threshold: 12,000 responses and 12,000 actions over three cycles. */
describe('lists above the 5,000-item view threshold', () => {
  let server: LocalSharePoint;
  let manager: WpqServices;
  let service: CareService;
  let cycles: Cycle[];

  beforeAll(async () => {
    server = await startSetUpServer();
    manager = createServices(spAs(server, 'manager'));
    service = await manager.careServices.add({ name: 'Meadowbank House', serviceType: 'care-home', leaderIds: [], staffIds: [], active: true });
    cycles = [];
    for (const title of ['2025 spring', '2025 autumn', '2026 spring']) cycles.push(await manager.cycles.add({ title, serviceId: service.id }));

    const statements = allStatements(defaultPack, 'staff');
    for (const cycle of cycles) {
      const template = submissionBody(
        { cycle, pack: defaultPack, kind: 'staff', answers: statements.map((s, i) => ({ statementId: s.statement.id, value: 1 + (i % 5) })), submissionId: 'template-0000' },
        '2026-01-01T00:00:00Z'
      );
      // Each response from a different member of staff.
      server.bulkInsert(
        responsesList.title,
        Array.from({ length: PER_CYCLE }, (_, i) => ({ ...template, [responsesList.fields.submissionId.property]: `big-${cycle.id}-${i}` })),
        Array.from({ length: PER_CYCLE }, (_, i) => 1000 + i0(cycle) * PER_CYCLE + i)
      );
    }
    // 4,000 not started, 4,000 in progress, 3,000 on hold, 1,000 done; 3,000 owned by Tom.
    const statuses = [...Array(4000).fill('not-started'), ...Array(4000).fill('in-progress'), ...Array(3000).fill('on-hold'), ...Array(1000).fill('done')];
    server.bulkInsert(
      actionsList.title,
      statuses.map((status, i) => ({
        [actionsList.fields.title.property]: `Action ${i}`,
        [actionsList.fields.cycle.property]: cycles[i % 3].id,
        [actionsList.fields.service.property]: service.id,
        [actionsList.fields.status.property]: label(status),
        [actionsList.fields.pillarId.property]: 'culture',
        [actionsList.fields.owner.property]: i % 4 === 0 ? userId(server, 'worker1') : userId(server, 'manager'),
        [actionsList.fields.dueDate.property]: i % 2 === 0 ? '2020-01-01T00:00:00Z' : '2099-01-01T00:00:00Z'
      }))
    );
  });
  afterAll(() => server.close());

  function i0(cycle: Cycle): number {
    return cycles.indexOf(cycle);
  }

  it('enforces the threshold: a naive query on an unindexed column fails with a typed error', async () => {
    const naive = spCall(actionsList.title, () => listOf(spAs(server, 'manager'), actionsList).items.filter(`${actionsList.fields.pillarId.property} eq 'culture'`).top(10)());
    await expect(naive).rejects.toBeInstanceOf(ThresholdError);
    await expect(naive).rejects.toMatchObject({ kind: 'threshold', list: actionsList.title });
    await expect(spCall(actionsList.title, () => listOf(spAs(server, 'manager'), actionsList).items.top(6000)())).rejects.toBeInstanceOf(ThresholdError);
  });

  it('pages past 5,000 items, reading every one', async () => {
    const all = await readAll(listOf(spAs(server, 'manager'), responsesList).items.select('Id'), responsesList);
    expect(all).toHaveLength(3 * PER_CYCLE);
    expect(new Set(all.map((r) => r.Id)).size).toBe(3 * PER_CYCLE);
  });

  it("runs every repository query on the big lists: the first filter is on an indexed column", async () => {
    const forCycle = await manager.actions.listForCycle(cycles[0].id);
    expect(forCycle.data).toHaveLength(4000);
    const owned = await createServices(spAs(server, 'worker1')).actions.listOwnedBy(userId(server, 'worker1'));
    expect(owned.data.length).toBe(statusesOwnedByTomOpen());
    const published = await manager.cycles.publishResults(cycles[1].id);
    expect(published.data.staff).toMatchObject({ status: 'shown', respondents: PER_CYCLE });
    expect(published.warnings).toEqual([]);
  });

  it('builds the overview and the portfolio with exact counts, never partial ones', async () => {
    const overview = await manager.overview.read(service.id);
    expect(overview.data.currentCycle?.id).toBe(cycles[2].id);
    expect(overview.data.actions.total).toBe(4000);
    const portfolio = await createServices(spAs(server, 'quality')).portfolio.read();
    // 11,000 unfinished actions: more than one page of 5,000, each status branch under the threshold.
    expect(portfolio.data.services[0]).toMatchObject({ openActions: 11000, overdueActions: 5500 });
    const myWork = await createServices(spAs(server, 'worker1')).myWork.read();
    expect(myWork.data.actions).toHaveLength(statusesOwnedByTomOpen());
  });

  function statusesOwnedByTomOpen(): number {
    // Tom owns every fourth action; of those, the ones before index 11,000 are unfinished.
    let n = 0;
    for (let i = 0; i < 11000; i += 4) n++;
    return n;
  }
});

/** One cycle whose own responses pass the threshold: the cycle filter alone would be refused. */
describe('a cycle with more than 5,000 responses', () => {
  let server: LocalSharePoint;

  beforeAll(async () => {
    server = await startSetUpServer();
  });
  afterAll(() => server.close());

  it('reads and publishes every response, in windows of ids, with a few requests', async () => {
    const manager = createServices(spAs(server, 'manager'));
    const service = await manager.careServices.add({ name: 'Big House', serviceType: 'care-home', leaderIds: [], staffIds: [], active: true });
    const cycle = await manager.cycles.add({ title: 'Spring', serviceId: service.id });
    const other = await manager.cycles.add({ title: 'Autumn', serviceId: service.id });
    const statements = allStatements(defaultPack, 'staff');
    const bodyFor = (c: Cycle, id: string): Record<string, unknown> =>
      submissionBody({ cycle: c, pack: defaultPack, kind: 'staff', answers: statements.map((s, i) => ({ statementId: s.statement.id, value: 1 + (i % 5) })), submissionId: id }, '2026-01-01T00:00:00Z');
    // 5,100 for this cycle, interleaved with 300 of another, so the windows must filter as well as page.
    const bodies = Array.from({ length: 5400 }, (_, i) => (i % 18 === 0 ? bodyFor(other, `other-${i}`) : bodyFor(cycle, `big-${i}`)));
    server.bulkInsert(responsesList.title, bodies, bodies.map((_, i) => 20000 + i));
    const mine = bodies.filter((b) => b[responsesList.fields.cycle.property] === cycle.id).length;
    expect(mine).toBeGreaterThan(5000);

    await manager.settings.readDefaults();
    server.resetStats();
    const published = await manager.cycles.publishResults(cycle.id);
    expect(published.data.staff).toMatchObject({ status: 'shown', respondents: mine });
    // permissions and cycle (one batch), the refused query, the last id, the windows (one batch), the save.
    expect(server.stats().requests).toBeLessThanOrEqual(7);
  });
});
