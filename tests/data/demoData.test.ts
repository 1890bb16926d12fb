import type { LocalSharePoint } from '../../sharepoint/local-server';
import { setUpLocalSite } from '../../sharepoint/tools/demoData';
import { responsesList } from '../../src/data/schema';
import { createServices } from '../../src/data/services';
import { spAs, startServer } from './support';

describe('the local trial site (Meadowbank Care demo)', () => {
  let server: LocalSharePoint;
  beforeAll(async () => {
    server = await startServer();
    await setUpLocalSite(spAs(server, 'manager'), server);
  }, 60_000);
  afterAll(() => server.close());

  it('sets the site up and loads a fictional provider whose read models all work', async () => {
    const manager = createServices(spAs(server, 'manager'));
    expect((await manager.setup.check()).upToDate).toBe(true);
    const portfolio = await createServices(spAs(server, 'quality')).portfolio.read();
    expect(portfolio.warnings).toEqual([]);
    expect(portfolio.data.services.map((s) => s.serviceName)).toEqual([
      'Meadowbank Home Care, Harrogate',
      'Meadowbank House',
      'Meadowbank Supported Living, Ripon',
      'Willow Court'
    ]);
    expect(portfolio.data.imported?.map((s) => s.summary.provider.name).sort()).toEqual(['Oakfield Care Partnership', 'Riverside Homecare']);
    const phases = portfolio.data.services.map((s) => s.cycle?.phase);
    expect(phases).toEqual(['do', 'analyse', 'review', 'analyse']);
    expect(portfolio.data.services.some((s) => s.overdueActions > 0)).toBe(true);
    expect(portfolio.data.services[0].results?.staff?.status).toBe('shown');
    expect(portfolio.data.services[1].results).toBeNull();
    const house = portfolio.data.services[1];
    const overview = await manager.overview.read(house.serviceId);
    expect(overview.data.measures.length).toBeGreaterThan(0);
    expect(overview.data.actions.total).toBeGreaterThan(0);
    const tom = await createServices(spAs(server, 'worker1')).myWork.read();
    expect(tom.data.actions.length).toBeGreaterThan(0);
    const ewa = await createServices(spAs(server, 'worker2')).myWork.read();
    expect(ewa.data.surveys.map((s) => s.serviceName)).toEqual(expect.arrayContaining(['Meadowbank House', 'Willow Court']));
  });

  it('shows the Analyse half of the cycle: too few answers, a published gap with comments, leaders who disagree, a draft', async () => {
    const manager = createServices(spAs(server, 'manager'));
    const services = (await manager.careServices.list()).data;
    const byName = (name: string) => services.find((s) => s.name === name) as (typeof services)[number];
    const current = async (name: string) => (await manager.cycles.listForService(byName(name).id)).data.find((c) => c.phase !== 'closed');

    const house = await current('Meadowbank House');
    const houseTakingPart = await manager.cycles.participation(house?.id as number);
    expect(houseTakingPart.data.staff.answered).toBeLessThan(houseTakingPart.data.minimumGroupSize);
    expect(houseTakingPart.data.staff.invited).toBe(8);
    expect(houseTakingPart.data.leaders.map((l) => l.status).sort()).toEqual(['draft', 'submitted']);

    const harrogate = await current('Meadowbank Home Care, Harrogate');
    const results = (await manager.cycles.readResults(harrogate?.id as number)).data;
    expect(results?.staff?.status).toBe('shown');
    expect(results?.leaders?.statements.some((s) => s.disagreement === true)).toBe(true);
    const comments = await manager.responses.comments(harrogate?.id as number);
    expect(comments.data.status).toBe('shown');

    const willow = await current('Willow Court');
    expect((await manager.cycles.participation(willow?.id as number)).data.staff).toEqual({ invited: 8, answered: 0 });
  });

  it('shows Plan, Do and Review: a full board, carried-over work, two years of figures, closed cycles with reviews', async () => {
    const manager = createServices(spAs(server, 'manager'));
    const services = (await manager.careServices.list()).data;
    const byName = (name: string) => services.find((s) => s.name === name) as (typeof services)[number];
    const cyclesOf = async (name: string) => (await manager.cycles.listForService(byName(name).id)).data;

    const harrogate = (await cyclesOf('Meadowbank Home Care, Harrogate')).find((c) => c.phase === 'do');
    const board = (await manager.actions.listForCycle(harrogate?.id as number)).data;
    const statuses = new Set(board.map((a) => a.status));
    for (const status of ['not-started', 'in-progress', 'on-hold', 'done'] as const) expect(statuses).toContain(status);
    expect(board.some((a) => a.carriedOverFromId !== null)).toBe(true);
    const today = new Date().toISOString().slice(0, 10);
    expect(board.some((a) => a.status !== 'done' && a.dueDate !== null && a.dueDate < today)).toBe(true);
    const tom = (await createServices(spAs(server, 'worker1')).myWork.read()).data.user.id;
    expect(board.some((a) => a.ownerId === tom)).toBe(true);

    const figures = (await manager.measures.listForService(byName('Meadowbank Home Care, Harrogate').id)).data;
    const perMeasure = new Map<string, number>();
    for (const f of figures) perMeasure.set(f.measureId, (perMeasure.get(f.measureId) ?? 0) + 1);
    expect([...perMeasure.values()].filter((n) => n >= 4).length).toBeGreaterThanOrEqual(3);

    const ripon = await cyclesOf('Meadowbank Supported Living, Ripon');
    expect(ripon.map((c) => c.phase).sort()).toEqual(['closed', 'closed', 'review']);
    for (const closed of ripon.filter((c) => c.phase === 'closed')) {
      expect(closed.publishedAt).not.toBeNull();
      expect((await manager.reviews.listForCycle(closed.id)).data.length).toBeGreaterThanOrEqual(4);
    }
  });

  it('stores each answer as the person who gave it (read-own security is real)', async () => {
    const count = async (user: 'manager' | 'worker1' | 'worker2' | 'quality'): Promise<number> =>
      (await spAs(server, user).web.lists.getByTitle(responsesList.title).items.select('Id').top(5000)()).length;
    const [all, tom, ewa, jordan] = await Promise.all([count('manager'), count('worker1'), count('worker2'), count('quality')]);
    expect(tom).toBeGreaterThan(0);
    expect(ewa).toBeGreaterThan(0);
    expect(jordan).toBe(0);
    expect(all).toBeGreaterThan(tom + ewa);
  });

  it('loads the demo only once', async () => {
    const before = (await createServices(spAs(server, 'manager')).careServices.list()).data.length;
    await setUpLocalSite(spAs(server, 'manager'), server);
    expect((await createServices(spAs(server, 'manager')).careServices.list()).data.length).toBe(before);
  });
});
