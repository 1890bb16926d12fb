import type { LocalSharePoint } from '../../sharepoint/local-server';
import type { Answer } from '../../src/domain';
import { allStatements, defaultPack } from '../../src/model';
import { PermissionError } from '../../src/data/errors';
import { submissionBody } from '../../src/data/repositories/responses';
import { responsesList } from '../../src/data/schema';
import { createServices, type WpqServices } from '../../src/data/services';
import type { CareService, Cycle } from '../../src/data/types';
import { spAs, startSetUpServer, userId, type LocalUserKey } from './support';

function answers(audience: 'leaders' | 'staff', value: (i: number) => number): Answer[] {
  return allStatements(defaultPack, audience).map((s, i) => ({ statementId: s.statement.id, value: value(i) }));
}

describe('the results screen’s first read', () => {
  let server: LocalSharePoint;
  let manager: WpqServices;
  let house: CareService;
  let other: CareService;
  let cycle: Cycle;
  const as = (user: LocalUserKey): WpqServices => createServices(spAs(server, user));

  beforeAll(async () => {
    server = await startSetUpServer();
    manager = as('manager');
    const managerId = userId(server, 'manager');
    house = await manager.careServices.add({ name: 'Larch House', serviceType: 'care-home', leaderIds: [managerId], staffIds: [], active: true });
    other = await manager.careServices.add({ name: 'Larch Home Care', serviceType: 'home-care', leaderIds: [managerId], staffIds: [], active: true });
    cycle = await manager.cycles.add({ title: 'Winter 2026', serviceId: house.id, startDate: '2026-09-01', endDate: '2026-12-31' });
    await manager.responses.submit({ cycle, pack: defaultPack, kind: 'leaders', answers: answers('leaders', () => 4), submissionId: 'larch-leaders' });
    const comments = ['Handovers run late.', 'Good team.', null, null, 'More training days, please.'];
    server.bulkInsert(
      responsesList.title,
      comments.map((comment, r) => ({
        ...submissionBody({ cycle, pack: defaultPack, kind: 'staff', answers: answers('staff', (i) => 1 + ((r + i) % 5)), submissionId: `larch-${r}`, comment }, '2026-10-01T10:00:00Z')
      })),
      comments.map((_, r) => 300 + r)
    );
    const turnover = defaultPack.measures[0];
    await manager.measures.recordMany(
      [
        { serviceId: house.id, measureId: turnover.id, period: 'Q2 2026', periodEnd: '2026-06-30', numerator: 4, denominator: 40, source: null, note: null },
        { serviceId: other.id, measureId: turnover.id, period: 'Q2 2026', periodEnd: '2026-06-30', numerator: 9, denominator: 30, source: null, note: null }
      ],
      defaultPack
    );
    await manager.cycles.publishResults(cycle.id);
  });
  afterAll(() => server.close());

  it('brings the results, the service’s figures and the comments in one request', async () => {
    server.resetStats();
    const view = await manager.resultsView.read(cycle.id, { serviceId: house.id, comments: true });
    const measures = await view.measures;
    const comments = await view.comments;
    expect(server.stats().requests).toBe(1);
    expect(view.main.data.cycle).toMatchObject({ id: cycle.id, serviceId: house.id });
    expect(view.main.data.results?.staff).toMatchObject({ status: 'shown' });
    expect(measures?.data).toEqual([expect.objectContaining({ serviceId: house.id, period: 'Q2 2026', value: 10 })]);
    expect(comments?.data).toEqual({
      status: 'shown',
      minimumGroupSize: 5,
      comments: [
        { text: 'Good team.', date: '2026-10-01' },
        { text: 'Handovers run late.', date: '2026-10-01' },
        { text: 'More training days, please.', date: '2026-10-01' }
      ]
    });
  });

  it('leaves the figures to the screen when the link named another service than the cycle’s', async () => {
    const view = await manager.resultsView.read(cycle.id, { serviceId: other.id, comments: false });
    expect(view.main.data.cycle.serviceId).toBe(house.id);
    expect(view.measures).toBeNull();
    expect(view.comments).toBeNull();
  });

  it('still shows a quality lead the results when the comments are refused, and says why they were', async () => {
    const view = await as('quality').resultsView.read(cycle.id, { serviceId: house.id, comments: true });
    expect(view.main.data.results).not.toBeNull();
    expect((await view.measures)?.data).toHaveLength(1);
    await expect(view.comments).rejects.toBeInstanceOf(PermissionError);
    await expect(view.comments).rejects.toThrow(/site owners/);
  });
});
