import type { LocalSharePoint } from '../../sharepoint/local-server';
import { type Answer } from '../../src/domain';
import { allStatements, defaultPack } from '../../src/model';
import { NotFoundError } from '../../src/data/errors';
import { submissionBody } from '../../src/data/repositories/responses';
import { cyclesList, responsesList } from '../../src/data/schema';
import { createServices, type WpqServices } from '../../src/data/services';
import type { CareService, Cycle, PublishedResults } from '../../src/data/types';
import { spAs, startSetUpServer } from './support';

function staffAnswers(value: number): Answer[] {
  return allStatements(defaultPack, 'staff').map((s) => ({ statementId: s.statement.id, value }));
}

/**
 * The minimum group size protects each member of staff: published staff figures, readable by everyone in
 * the cycle and its version history, must never let anyone work out one person's answers.
 */
describe('staff answers stay anonymous in published results', () => {
  let server: LocalSharePoint;
  let manager: WpqServices;
  let service: CareService;

  /** Staff responses from the given people (site user ids without a local sign-in), all giving `value`. */
  function answered(cycle: Cycle, people: number[], value: number): number[] {
    return server.bulkInsert(
      responsesList.title,
      people.map((p) => submissionBody({ cycle, pack: defaultPack, kind: 'staff', answers: staffAnswers(value), submissionId: `p-${cycle.id}-${p}-${value}` }, '2026-04-01T10:00:00Z')),
      people
    );
  }

  const firstMean = (r: PublishedResults): number | null => (r.staff?.status === 'shown' ? r.staff.statements[0].mean : null);

  beforeAll(async () => {
    server = await startSetUpServer();
    manager = createServices(spAs(server, 'manager'));
    service = await manager.careServices.add({ name: 'Meadowbank House', serviceType: 'care-home', leaderIds: [], staffIds: [], active: true });
  });
  afterAll(() => server.close());

  it('counts one response per person, so answering five times neither fills the group nor outweighs the others', async () => {
    const cycle = await manager.cycles.add({ title: 'Repeat answers', serviceId: service.id });
    const tom = createServices(spAs(server, 'worker1'));
    for (let n = 0; n < 5; n++) {
      await tom.responses.submit({ cycle, pack: defaultPack, kind: 'staff', answers: staffAnswers(n === 4 ? 5 : 1), submissionId: `tom-repeat-${n}` });
    }
    answered(cycle, [301], 3);
    // Two people answered: with Tom's five answers counted, the group would be shown and Tom could subtract his own.
    expect((await manager.cycles.publishResults(cycle.id)).data.staff).toMatchObject({ status: 'suppressed' });

    answered(cycle, [302, 303, 304, 305], 3);
    const shown = (await manager.cycles.publishResults(cycle.id)).data;
    expect(shown.staff).toMatchObject({ status: 'shown', respondents: 6 });
    // Tom's latest answer (5) counts once beside five people answering 3.
    expect(firstMean(shown)).toBeCloseTo((5 + 5 * 3) / 6, 10);
  });

  it('never shows staff figures that differ from the last shown by fewer people than the minimum group size', async () => {
    const cycle = await manager.cycles.add({ title: 'Late answers', serviceId: service.id });
    answered(cycle, [401, 402, 403, 404, 405, 406], 2);
    const first = await manager.cycles.publishResults(cycle.id);
    expect(first.data.staff).toMatchObject({ status: 'shown', respondents: 6 });

    // One more person answers: new figures minus the old ones would be exactly their answers.
    answered(cycle, [407], 5);
    const second = await manager.cycles.publishResults(cycle.id);
    expect(second.data.staff).toEqual(first.data.staff);
    expect(second.warnings).toEqual([
      expect.objectContaining({ list: cyclesList.title, itemId: cycle.id, problem: expect.stringContaining('only 1 staff response has changed') })
    ]);
    const overview = await createServices(spAs(server, 'worker2')).overview.read(service.id);
    expect(overview.data.results?.staff).toMatchObject({ status: 'shown', respondents: 6 });

    // Once as many people as the minimum group size have answered since, the figures update.
    answered(cycle, [408, 409, 410, 411], 5);
    const third = await manager.cycles.publishResults(cycle.id);
    expect(third.data.staff).toMatchObject({ status: 'shown', respondents: 11 });
    expect(third.warnings).toEqual([]);

    // Someone changing their answers is a change too: comparing would show the change.
    const [edited] = (await spAs(server, 'manager')
      .web.lists.getByTitle(responsesList.title)
      .items.select('Id')
      .filter(`${responsesList.fields.cycle.property} eq ${cycle.id}`)
      .top(1)()) as Array<{ Id: number }>;
    const body = submissionBody({ cycle, pack: defaultPack, kind: 'staff', answers: staffAnswers(1), submissionId: 'edited' }, '2026-04-02T10:00:00Z');
    await spAs(server, 'manager').web.lists.getByTitle(responsesList.title).items.getById(edited.Id).update({ [responsesList.fields.answers.property]: body[responsesList.fields.answers.property] });
    const fourth = await manager.cycles.publishResults(cycle.id);
    expect(fourth.data.staff).toEqual(third.data.staff);
    expect(fourth.warnings).toHaveLength(1);
  });

  it('hides staff figures at once when a manager raises the cycle’s minimum group size above the people they describe', async () => {
    const cycle = await manager.cycles.add({ title: 'Raised minimum', serviceId: service.id });
    answered(cycle, [501, 502, 503, 504, 505, 506], 4);
    await manager.cycles.publishResults(cycle.id);
    const before = await createServices(spAs(server, 'quality')).overview.read(service.id);
    expect(before.data.results?.staff).toMatchObject({ status: 'shown', respondents: 6 });
    await manager.cycles.update(cycle.id, { minimumGroupSize: 10 }, (await manager.cycles.get(cycle.id)).etag);
    const quality = createServices(spAs(server, 'quality'));
    expect((await quality.overview.read(service.id)).data.results?.staff).toEqual({ status: 'suppressed', minimumGroupSize: 10 });
    const row = (await quality.portfolio.read()).data.services.find((s) => s.serviceId === service.id);
    expect(row?.results?.staff).toEqual({ status: 'suppressed', minimumGroupSize: 10 });
    // At the edge: six people are hidden by a minimum of seven, and shown again at six.
    await manager.cycles.update(cycle.id, { minimumGroupSize: 7 }, (await manager.cycles.get(cycle.id)).etag);
    expect((await quality.overview.read(service.id)).data.results?.staff).toEqual({ status: 'suppressed', minimumGroupSize: 7 });
    await manager.cycles.update(cycle.id, { minimumGroupSize: 6 }, (await manager.cycles.get(cycle.id)).etag);
    expect((await quality.overview.read(service.id)).data.results?.staff).toMatchObject({ status: 'shown', respondents: 6 });
  });

  it('lets everyone read the statement-level results a manager published, under the same minimum group size', async () => {
    const cycle = await manager.cycles.add({ title: 'Statement results', serviceId: service.id });
    const quality = createServices(spAs(server, 'quality'));
    const worker = createServices(spAs(server, 'worker2'));
    expect(await quality.cycles.readResults(cycle.id)).toEqual({ data: null, warnings: [] });

    answered(cycle, [601, 602, 603, 604, 605, 606], 4);
    const published = (await manager.cycles.publishResults(cycle.id)).data;
    for (const reader of [quality, worker]) {
      const read = await reader.cycles.readResults(cycle.id);
      expect(read).toEqual({ data: published, warnings: [] });
    }
    expect(published.staff).toMatchObject({ status: 'shown', respondents: 6 });
    expect(firstMean(published)).toBe(4);

    // Raising the cycle's minimum hides the staff statements at once here too, and says at what size.
    await manager.cycles.update(cycle.id, { minimumGroupSize: 10 }, (await manager.cycles.get(cycle.id)).etag);
    const hidden = (await quality.cycles.readResults(cycle.id)).data;
    expect(hidden?.staff).toEqual({ status: 'suppressed', packId: defaultPack.id, packVersion: defaultPack.version, audience: 'staff', minimumGroupSize: 10 });
    expect(JSON.stringify(hidden)).not.toContain('"mean"');

    // Results damaged by hand in SharePoint are named, never shown half-read.
    await spAs(server, 'manager')
      .web.lists.getByTitle(cyclesList.title)
      .items.getById(cycle.id)
      .update({ [cyclesList.fields.results.property]: '{"formatVersion":1,' });
    const damaged = await quality.cycles.readResults(cycle.id);
    expect(damaged.data).toBeNull();
    expect(damaged.warnings).toEqual([
      {
        list: cyclesList.title,
        itemId: cycle.id,
        field: expect.stringContaining(cyclesList.fields.results.internalName),
        problem: expect.stringContaining('publish the results again')
      }
    ]);
  });

  it('reports publishing a cycle that does not exist as NotFoundError', async () => {
    await expect(manager.cycles.publishResults(999999)).rejects.toBeInstanceOf(NotFoundError);
  });
});
