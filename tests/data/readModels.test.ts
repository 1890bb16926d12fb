import type { LocalSharePoint } from '../../sharepoint/local-server';
import { DONT_KNOW, type Answer } from '../../src/domain';
import { allStatements, defaultPack } from '../../src/model';
import { ConflictError, InvalidInputError, PermissionError } from '../../src/data/errors';
import { submissionBody } from '../../src/data/repositories/responses';
import { actionsList, cyclesList, responsesList, servicesList } from '../../src/data/schema';
import { createServices, type WpqServices } from '../../src/data/services';
import type { CareService, Cycle } from '../../src/data/types';
import { spAs, startSetUpServer, userId, type LocalUserKey } from './support';

function answers(audience: 'leaders' | 'staff', value: (i: number) => number | typeof DONT_KNOW): Answer[] {
  return allStatements(defaultPack, audience).map((s, i) => ({ statementId: s.statement.id, value: value(i) }));
}

describe('read models: overview, my work and portfolio', () => {
  let server: LocalSharePoint;
  let manager: WpqServices;
  let house: CareService;
  let homeCare: CareService;
  let previous: Cycle;
  let current: Cycle;
  let small: Cycle;
  let brokenActionId: number;
  let brokenResponseId: number;
  let brokenServiceId: number;
  const as = (user: LocalUserKey): WpqServices => createServices(spAs(server, user));

  /** Staff responses from `count` different people (site users without a local sign-in), each from their own device. */
  function staffResponses(cycle: Cycle, count: number, firstPerson: number, value: (r: number, i: number) => number | typeof DONT_KNOW): void {
    server.bulkInsert(
      responsesList.title,
      Array.from({ length: count }, (_, r) =>
        submissionBody(
          { cycle, pack: defaultPack, kind: 'staff', answers: answers('staff', (i) => value(r, i)), submissionId: `seed-${cycle.id}-${firstPerson + r}` },
          '2026-04-01T10:00:00Z'
        )
      ),
      Array.from({ length: count }, (_, r) => firstPerson + r)
    );
  }

  beforeAll(async () => {
    server = await startSetUpServer();
    manager = as('manager');
    const managerId = userId(server, 'manager');
    house = await manager.careServices.add({
      name: 'Meadowbank House',
      serviceType: 'care-home',
      leaderIds: [managerId],
      staffIds: [userId(server, 'worker1'), userId(server, 'worker2')],
      active: true
    });
    homeCare = await manager.careServices.add({ name: 'Meadowbank Home Care', serviceType: 'home-care', leaderIds: [managerId], staffIds: [], active: true });
    [brokenServiceId] = server.bulkInsert(servicesList.title, [{ [servicesList.fields.serviceType.property]: 'Day service' }]);

    previous = await manager.cycles.add({ title: 'Autumn 2025', serviceId: house.id, startDate: '2025-09-01', endDate: '2025-12-31', phase: 'closed' });
    current = await manager.cycles.add({ title: 'Spring 2026', serviceId: house.id, startDate: '2026-03-01', endDate: '2026-06-30' });
    small = await manager.cycles.add({ title: 'Spring 2026', serviceId: homeCare.id, startDate: '2026-03-01', endDate: '2026-06-30', phase: 'plan' });

    await manager.responses.submit({ cycle: current, pack: defaultPack, kind: 'leaders', answers: answers('leaders', (i) => 1 + (i % 4)), submissionId: 'leaders-spring-house' });
    await as('worker1').responses.submit({ cycle: current, pack: defaultPack, kind: 'staff', answers: answers('staff', () => 4), submissionId: 'staff-spring-house-w1' });
    staffResponses(current, 5, 101, (r, i) => (i === 0 ? DONT_KNOW : 1 + ((r + i) % 5)));
    [brokenResponseId] = server.bulkInsert(
      responsesList.title,
      [{ ...submissionBody({ cycle: current, pack: defaultPack, kind: 'staff', answers: answers('staff', () => 5), submissionId: 'edited-by-hand' }, '2026-04-02T09:00:00Z'), [responsesList.fields.answers.property]: '{"pack":"wpq-default","version":"1.0.0","audience":"staff","values":[9]}' }],
      'worker2'
    );
    staffResponses(small, 3, 201, () => 2);

    await manager.actions.addMany([
      { cycleId: current.id, serviceId: house.id, title: 'Monthly supervision for everyone', pillarId: 'culture', statementId: null, detail: null, ownerId: userId(server, 'worker1'), dueDate: '2024-04-15', successMeasure: null, completedDate: null, carriedOverFromId: null },
      { cycleId: current.id, serviceId: house.id, title: 'Wellbeing check-ins', pillarId: 'wellbeing', statementId: null, detail: null, ownerId: userId(server, 'worker1'), dueDate: '2099-06-15', status: 'in-progress', successMeasure: null, completedDate: null, carriedOverFromId: null },
      { cycleId: current.id, serviceId: house.id, title: 'Digital rota', pillarId: 'digital', statementId: null, detail: null, ownerId: managerId, dueDate: '2026-03-15', status: 'done', successMeasure: null, completedDate: '2026-03-10', carriedOverFromId: null },
      { cycleId: small.id, serviceId: homeCare.id, title: 'Induction buddies', pillarId: 'learning', statementId: null, detail: null, ownerId: managerId, dueDate: '2024-02-01', status: 'on-hold', successMeasure: null, completedDate: null, carriedOverFromId: null }
    ]);
    [brokenActionId] = server.bulkInsert(actionsList.title, [
      {
        [actionsList.fields.title.property]: 'Edited by hand',
        [actionsList.fields.cycle.property]: current.id,
        [actionsList.fields.service.property]: house.id,
        [actionsList.fields.status.property]: 'Not started',
        [actionsList.fields.dueDate.property]: '2024-01-01T00:00:00Z',
        [actionsList.fields.progressNotes.property]: 'Called Jo on Tuesday'
      }
    ]);
    const turnover = defaultPack.measures[0];
    await manager.measures.recordMany(
      [
        { serviceId: house.id, measureId: turnover.id, period: 'Q4 2025', periodEnd: '2025-12-31', numerator: 5, denominator: 50, source: null, note: null },
        { serviceId: house.id, measureId: turnover.id, period: 'Q1 2026', periodEnd: '2026-03-31', numerator: 3, denominator: 50, source: null, note: null }
      ],
      defaultPack
    );
    await manager.cycles.publishResults(current.id);
    await manager.cycles.publishResults(small.id);
    // Someone damages the closed cycle's published summary by hand.
    await spAs(server, 'manager').web.lists.getByTitle(cyclesList.title).items.getById(previous.id).update({ [cyclesList.fields.resultsSummary.property]: '{"leaders": "great"}' });
  });
  afterAll(() => server.close());

  describe('publishing results', () => {
    it('scores with the domain rules, leaving out and naming a response edited by hand', async () => {
      const published = await manager.cycles.publishResults(current.id);
      expect(published.data.leaders?.respondents).toBe(1);
      expect(published.data.staff).toMatchObject({ status: 'shown', respondents: 6, minimumGroupSize: 5 });
      expect(published.data.excludedResponseIds).toEqual([brokenResponseId]);
      expect(published.warnings).toEqual([
        expect.objectContaining({ list: responsesList.title, itemId: brokenResponseId, field: `Answers (${responsesList.fields.answers.internalName})` })
      ]);
      expect(published.warnings[0].problem).toMatch(/hold 1 answers/);
    });

    it('hides staff results below the minimum group size, and when the cycle raises it', async () => {
      const few = await manager.cycles.publishResults(small.id);
      expect(few.data.staff).toEqual({ status: 'suppressed', packId: defaultPack.id, packVersion: defaultPack.version, audience: 'staff', minimumGroupSize: 5 });
      await manager.cycles.update(current.id, { minimumGroupSize: 10 }, (await manager.cycles.get(current.id)).etag);
      const hidden = await manager.cycles.publishResults(current.id);
      expect(hidden.data.staff).toMatchObject({ status: 'suppressed', minimumGroupSize: 10 });
      expect(JSON.stringify((await manager.cycles.get(current.id)).summary?.staff)).not.toMatch(/respondents|percent/);
      await manager.cycles.update(current.id, { minimumGroupSize: null }, (await manager.cycles.get(current.id)).etag);
      expect((await manager.cycles.publishResults(current.id)).data.staff?.status).toBe('shown');
    });

    it('refuses care workers and the quality lead, who cannot read every response', async () => {
      await expect(as('worker1').cycles.publishResults(current.id)).rejects.toBeInstanceOf(PermissionError);
      await expect(as('quality').cycles.publishResults(current.id)).rejects.toThrow(/site owners/);
    });
  });

  describe('service overview', () => {
    it('shows the current cycle, published scores beside the weakest pillar, action counts and latest measures in two requests', async () => {
      server.resetStats();
      const { data, warnings } = await createServices(spAs(server, 'worker1')).overview.read(house.id);
      expect(server.stats().requests).toBeLessThanOrEqual(2);
      // The closed cycle's damaged summary is named; it is not the current cycle, so no figure changes.
      expect(warnings).toEqual([expect.objectContaining({ list: cyclesList.title, itemId: previous.id })]);
      expect(data.service).toMatchObject({ id: house.id, name: 'Meadowbank House' });
      expect(data.currentCycle).toMatchObject({ id: current.id, phase: 'analyse', title: 'Spring 2026' });
      expect(data.results?.leaders?.pillars.map((p) => p.pillarId)).toEqual(defaultPack.pillars.filter((p) => !p.crossCutting).map((p) => p.id));
      expect(data.results?.leaders?.weakest).not.toBeNull();
      expect(data.results?.staff).toMatchObject({ status: 'shown', respondents: 6 });
      expect(data.actions.total).toBe(4);
      expect(data.actions.byStatus).toMatchObject({ 'not-started': 2, 'in-progress': 1, done: 1 });
      expect(data.measures).toEqual([expect.objectContaining({ measureId: defaultPack.measures[0].id, period: 'Q1 2026', value: 6 })]);
    });

    it('counts unfinished actions due before today as overdue', async () => {
      const { data } = await manager.overview.read(house.id);
      expect(data.actions.overdue).toBe(2);
    });

    it('shows a service whose staff results were hidden as suppressed, for the quality lead too', async () => {
      const { data } = await as('quality').overview.read(homeCare.id);
      expect(data.currentCycle?.phase).toBe('plan');
      expect(data.results?.staff).toEqual({ status: 'suppressed', minimumGroupSize: 5 });
      expect(data.results?.leaders).toBeNull();
    });
  });

  describe('my work', () => {
    it("lists a care worker's unanswered surveys and own actions in two requests", async () => {
      const next = await manager.cycles.add({ title: 'Summer pulse', serviceId: homeCare.id, startDate: '2026-06-01', endDate: '2026-06-20' });
      try {
        server.resetStats();
        const { data, warnings } = await as('worker1').myWork.read();
        expect(server.stats().requests).toBeLessThanOrEqual(2);
        expect(warnings.map((w) => w.itemId)).toEqual([brokenServiceId]);
        expect(data.user).toEqual({ id: userId(server, 'worker1'), title: 'Tom Baxter' });
        // The house pulse is answered; the home care service asks everyone.
        expect(data.surveys).toEqual([expect.objectContaining({ cycleId: next.id, kind: 'staff', serviceName: 'Meadowbank Home Care' })]);
        expect(data.actions.map((a) => a.title)).toEqual(['Monthly supervision for everyone', 'Wellbeing check-ins']);
        expect(data.actions[0]).toMatchObject({ serviceName: 'Meadowbank House', status: 'not-started' });
        const mgr = await manager.myWork.read();
        expect(mgr.data.surveys).toEqual([expect.objectContaining({ cycleId: next.id, kind: 'leaders' })]);
        expect(mgr.data.actions.map((a) => a.title)).toEqual(['Induction buddies']);
        expect(mgr.data.actions[0].overdue).toBe(true);
        // A reader cannot answer surveys, so none wait for the quality lead.
        expect((await as('quality').myWork.read()).data.surveys).toEqual([]);
      } finally {
        await spAs(server, 'manager').web.lists.getByTitle(cyclesList.title).items.getById(next.id).delete();
      }
    });
  });

  describe('portfolio', () => {
    it('shows every service with phase, published scores and overdue actions in one request, naming rows edited by hand', async () => {
      server.resetStats();
      const { data, warnings } = await as('quality').portfolio.read();
      expect(server.stats().requests).toBe(1);
      expect(data.services.map((s) => s.serviceName)).toEqual(['Meadowbank Home Care', 'Meadowbank House']);
      const houseRow = data.services.find((s) => s.serviceId === house.id);
      expect(houseRow).toMatchObject({ cycle: { id: current.id, phase: 'analyse' }, openActions: 3 });
      expect(houseRow?.results?.staff?.status).toBe('shown');
      expect(data.services.find((s) => s.serviceId === homeCare.id)).toMatchObject({ openActions: 1, overdueActions: 1, results: { staff: { status: 'suppressed' } } });
      expect(warnings).toEqual(
        expect.arrayContaining([
          expect.objectContaining({ list: servicesList.title, itemId: brokenServiceId, field: `Service name (Title)` }),
          expect.objectContaining({ list: cyclesList.title, itemId: previous.id, field: `Published summary (${cyclesList.fields.resultsSummary.internalName})` })
        ])
      );
      expect(warnings).toHaveLength(2);
    });
  });

  describe('rows edited by hand', () => {
    it('says a change to a row broken by hand was saved and names the damage, never that the row was deleted', async () => {
      const broken = actionsList.fields.progressNotes;
      const item = spAs(server, 'manager').web.lists.getByTitle(actionsList.title).items.getById(brokenActionId);
      const etag = ((await item.select('Id')()) as { 'odata.etag': string })['odata.etag'];
      const saved = manager.actions.update(brokenActionId, { status: 'in-progress' }, etag);
      await expect(saved).rejects.toBeInstanceOf(InvalidInputError);
      await expect(saved).rejects.toThrow(`Your changes were saved. Item ${brokenActionId} of "${actionsList.title}" was changed by hand and cannot be read: Progress notes (${broken.internalName})`);
      expect(((await item.select(actionsList.fields.status.property)()) as Record<string, string>)[actionsList.fields.status.property]).toBe('In progress');
      // With the old ETag: a conflict, but the current row cannot be shown, so say why instead of "someone deleted it".
      const stale = manager.actions.update(brokenActionId, { status: 'done' }, etag);
      await expect(stale).rejects.toBeInstanceOf(InvalidInputError);
      await expect(stale).rejects.not.toBeInstanceOf(ConflictError);
      await item.update({ [actionsList.fields.status.property]: 'Not started' });
    });


    it('leaves a malformed action out of the list and names it, without crashing', async () => {
      const { data, warnings } = await manager.actions.listForCycle(current.id);
      expect(data.map((a) => a.id)).not.toContain(brokenActionId);
      expect(data).toHaveLength(3);
      expect(warnings).toEqual([
        { list: actionsList.title, itemId: brokenActionId, field: `Progress notes (${actionsList.fields.progressNotes.internalName})`, problem: expect.stringContaining('not valid JSON') }
      ]);
    });
  });
});
