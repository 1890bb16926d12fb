import type { LocalSharePoint } from '../../sharepoint/local-server';
import { DONT_KNOW, type Answer } from '../../src/domain';
import { allStatements, defaultPack, type ModelPack } from '../../src/model';
import { ConflictError, DuplicateError, InvalidInputError, NotFoundError, PermissionError } from '../../src/data/errors';
import { actionsList, responsesList, settingsList, SCORE_FIELDS } from '../../src/data/schema';
import { createServices, type WpqServices } from '../../src/data/services';
import type { ActionInput, CareService, Cycle } from '../../src/data/types';
import { spAs, startSetUpServer, userId } from './support';

/** A pack too big for one column: the default pack with 30 long notes. */
function bigPack(id: string, title: string, phrase: string, times: number): ModelPack {
  return { ...defaultPack, id, version: '1.0.0', title, notes: Array.from({ length: 30 }, (_, i) => `Note ${i + 1}: ${phrase.repeat(times).trim()}`) };
}

function answersFor(audience: 'leaders' | 'staff', value: (i: number) => number | typeof DONT_KNOW): Answer[] {
  return allStatements(defaultPack, audience).map((s, i) => ({ statementId: s.statement.id, value: value(i) }));
}

describe('repositories over PnPjs against the local SharePoint', () => {
  let server: LocalSharePoint;
  let manager: WpqServices;
  let worker: WpqServices;
  let service: CareService;
  let cycle: Cycle;

  beforeAll(async () => {
    server = await startSetUpServer();
    manager = createServices(spAs(server, 'manager'));
    worker = createServices(spAs(server, 'worker1'));
    service = await manager.careServices.add({
      name: "O'Brien House",
      serviceType: 'care-home',
      leaderIds: [userId(server, 'manager')],
      staffIds: [],
      active: true
    });
    cycle = await manager.cycles.add({ title: 'Spring 2026', serviceId: service.id, startDate: '2026-03-01', endDate: '2026-06-30' });
  });
  afterAll(() => server.close());

  describe('services', () => {
    it('adds, lists and updates a service, keeping quotes in names', async () => {
      expect(service).toMatchObject({ name: "O'Brien House", serviceType: 'care-home', active: true });
      const listed = await manager.careServices.list();
      expect(listed.warnings).toEqual([]);
      expect(listed.data.map((s) => s.name)).toContain("O'Brien House");
      const updated = await manager.careServices.update(service.id, { staffIds: [userId(server, 'worker1'), userId(server, 'worker2')] }, service.etag);
      expect(updated.staffIds).toEqual([userId(server, 'worker1'), userId(server, 'worker2')]);
      service = updated;
    });

    it('refuses a care worker who tries to add a service (only managers edit services)', async () => {
      await expect(worker.careServices.add({ name: 'Rogue', serviceType: null, leaderIds: [], staffIds: [], active: true })).rejects.toBeInstanceOf(PermissionError);
    });
  });

  describe('cycles', () => {
    it('adds a cycle pinned to the default pack and reads it back', async () => {
      expect(cycle).toMatchObject({
        serviceId: service.id,
        packId: defaultPack.id,
        packVersion: defaultPack.version,
        phase: 'analyse',
        startDate: '2026-03-01',
        endDate: '2026-06-30',
        summary: null
      });
      const listed = await manager.cycles.listForService(service.id);
      expect(listed.data.map((c) => c.id)).toEqual([cycle.id]);
      expect((await manager.cycles.listAll()).data.map((c) => c.id)).toContain(cycle.id);
      expect(await worker.cycles.get(cycle.id)).toEqual(cycle);
      // Adding a cycle for a chosen pack takes one request: SharePoint's answer is the new cycle.
      server.resetStats();
      const pinned = await manager.cycles.add({ title: 'Pinned pack', serviceId: service.id, packId: defaultPack.id, packVersion: defaultPack.version });
      expect(server.stats().requests).toBe(1);
      expect(await manager.cycles.get(pinned.id)).toEqual(pinned);
      await expect(manager.cycles.get(999999)).rejects.toBeInstanceOf(NotFoundError);
    });

    it('moves a cycle to the next phase with its ETag and refuses a stale one', async () => {
      const moved = await manager.cycles.update(cycle.id, { minimumGroupSize: 6 }, cycle.etag);
      expect(moved.minimumGroupSize).toBe(6);
      const stale = manager.cycles.update(cycle.id, { title: 'Renamed' }, cycle.etag);
      await expect(stale).rejects.toBeInstanceOf(ConflictError);
      cycle = moved;
    });
  });

  describe('responses', () => {
    it('submits in exactly one request with score columns, and a retried submit finds the first', async () => {
      const sp = spAs(server, 'worker1');
      const services = createServices(sp);
      const answers = answersFor('staff', (i) => (i % 6 === 5 ? DONT_KNOW : 1 + (i % 5)));
      const input = { cycle, pack: defaultPack, kind: 'staff' as const, answers, submissionId: 'sub-0001-worker1' };
      server.resetStats();
      const first = await services.responses.submit(input);
      expect(server.stats().requests).toBe(1);
      expect(first.alreadySubmitted).toBe(false);
      // The answer to the first attempt was "lost": the client sends the same submission again.
      const retry = await services.responses.submit(input);
      expect(retry).toEqual({ id: first.id, submissionId: 'sub-0001-worker1', alreadySubmitted: true });
      const mine = await services.responses.mine(userId(server, 'worker1'), [cycle.id]);
      expect(mine.data).toHaveLength(1);
      const item = (await spAs(server, 'manager').web.lists.getByTitle(responsesList.title).items.getById(first.id)()) as Record<string, unknown>;
      for (const s of SCORE_FIELDS) expect(typeof item[s.field.property] === 'number' || item[s.field.property] === null).toBe(true);
      expect(item[SCORE_FIELDS[0].field.property]).not.toBeNull();
    });

    it("fills each score column with that pillar's percentage, and leaves it empty when nothing in it was answered", async () => {
      // Every staff answer 4 on the 1 to 5 scale is (4 - 1) / (5 - 1) = 75% in every pillar, except
      // the digital theme, where every answer is "don't know".
      const digital = new Set(allStatements(defaultPack, 'staff').filter((s) => s.pillar.id === 'digital').map((s) => s.statement.id));
      const answers: Answer[] = allStatements(defaultPack, 'staff').map((s) => ({ statementId: s.statement.id, value: digital.has(s.statement.id) ? DONT_KNOW : 4 }));
      const sent = await createServices(spAs(server, 'worker2')).responses.submit({ cycle, pack: defaultPack, kind: 'staff', answers, submissionId: 'sub-scores-worker2' });
      const item = (await spAs(server, 'manager').web.lists.getByTitle(responsesList.title).items.getById(sent.id)()) as Record<string, unknown>;
      expect(Object.fromEntries(SCORE_FIELDS.map((s) => [s.areaId, item[s.field.property]]))).toEqual({
        culture: 75,
        leadership: 75,
        learning: 75,
        wellbeing: 75,
        digital: null
      });
      // The tests below count every response on the site.
      await spAs(server, 'manager').web.lists.getByTitle(responsesList.title).items.getById(sent.id).delete();
    });

    it('refuses answers that do not fit the pack, saying why', async () => {
      const bad = [{ statementId: 'not-a-statement', value: 3 }, { statementId: allStatements(defaultPack, 'staff')[0].statement.id, value: 9 }];
      const attempt = worker.responses.submit({ cycle, pack: defaultPack, kind: 'staff', answers: bad, submissionId: 'sub-bad-0001' });
      await expect(attempt).rejects.toBeInstanceOf(InvalidInputError);
      await expect(attempt).rejects.toMatchObject({ problems: expect.arrayContaining([expect.stringContaining('not-a-statement')]) });
      const otherPack: ModelPack = { ...defaultPack, version: '9.9.9' };
      await expect(worker.responses.submit({ cycle, pack: otherPack, kind: 'staff', answers: [], submissionId: 'sub-bad-0002' })).rejects.toThrow(/cycle uses/);
    });

    it('keeps answers private: a care worker sees only their own, the quality lead none', async () => {
      await createServices(spAs(server, 'worker2')).responses.submit({
        cycle,
        pack: defaultPack,
        kind: 'staff',
        answers: answersFor('staff', () => 4),
        submissionId: 'sub-0002-worker2'
      });
      const raw = (sp: ReturnType<typeof spAs>): Promise<unknown[]> => sp.web.lists.getByTitle(responsesList.title).items.select('Id')();
      expect(await raw(spAs(server, 'manager'))).toHaveLength(2);
      expect(await raw(spAs(server, 'worker1'))).toHaveLength(1);
      expect(await raw(spAs(server, 'quality'))).toHaveLength(0);
      expect(await worker.responses.findBySubmissionId('sub-0002-worker2')).toBeNull();
      await expect(
        createServices(spAs(server, 'quality')).responses.submit({ cycle, pack: defaultPack, kind: 'staff', answers: answersFor('staff', () => 3), submissionId: 'sub-quality-1' })
      ).rejects.toBeInstanceOf(PermissionError);
    });
  });

  describe('actions', () => {
    it('adds many actions in batches of at most 100 and lists them for the cycle', async () => {
      server.resetStats();
      const created = await manager.actions.addMany(
        Array.from({ length: 150 }, (_, i) => ({
          cycleId: cycle.id,
          serviceId: service.id,
          title: `Action ${i + 1}`,
          pillarId: defaultPack.pillars[i % defaultPack.pillars.length].id,
          statementId: null,
          detail: null,
          ownerId: i % 2 === 0 ? userId(server, 'worker1') : userId(server, 'manager'),
          dueDate: i % 3 === 0 ? '2020-01-31' : '2099-12-31',
          successMeasure: null,
          completedDate: null,
          carriedOverFromId: null
        }))
      );
      expect(created).toHaveLength(150);
      expect(server.stats().requests).toBe(2);
      const listed = await manager.actions.listForCycle(cycle.id);
      expect(listed.data).toHaveLength(150);
      expect(listed.data.every((a) => a.status === 'not-started' && a.priority === 'medium')).toBe(true);
      const owned = await worker.actions.listOwnedBy(userId(server, 'worker1'));
      expect(owned.data).toHaveLength(75);
    });

    it('adds one action with the default status and priority, and reads it back as its owner sees it', async () => {
      const other = await manager.cycles.add({ title: 'One action', serviceId: service.id });
      const action = await manager.actions.add({
        cycleId: other.id,
        serviceId: service.id,
        title: "Ask O'Brien House staff what gets in the way of supervision",
        pillarId: 'culture',
        statementId: 'culture.l03',
        detail: 'Two short group sessions in May.',
        ownerId: userId(server, 'worker1'),
        dueDate: '2026-05-31',
        successMeasure: 'Supervision on schedule above 90%',
        completedDate: null,
        carriedOverFromId: null
      });
      expect(action).toMatchObject({
        cycleId: other.id,
        title: "Ask O'Brien House staff what gets in the way of supervision",
        statementId: 'culture.l03',
        ownerId: userId(server, 'worker1'),
        dueDate: '2026-05-31',
        status: 'not-started',
        priority: 'medium',
        progressNotes: []
      });
      expect(action.etag).toBeTruthy();
      expect((await worker.actions.listForCycle(other.id)).data).toEqual([action]);
      expect((await worker.actions.listOwnedBy(userId(server, 'worker1'))).data.map((a) => a.id)).toContain(action.id);
    });

    it('keeps each batch under 1 MiB of UTF-8, so long notes with dashes or accents still save', async () => {
      const other = await manager.cycles.add({ title: 'Batch sizes', serviceId: service.id });
      // 3,500 characters of three bytes each in UTF-8: 100 of them make 1.1 MB, over SharePoint's limit for one batch.
      const detail = '“—”'.repeat(1167);
      server.resetStats();
      const created = await manager.actions.addMany(
        Array.from({ length: 100 }, (_, i) => ({
          cycleId: other.id,
          serviceId: service.id,
          title: `Gwaith ${i + 1} — cynllun`,
          pillarId: null,
          statementId: null,
          detail,
          ownerId: null,
          dueDate: null,
          successMeasure: null,
          completedDate: null,
          carriedOverFromId: null
        }))
      );
      expect(created).toHaveLength(100);
      expect(server.stats().requests).toBe(2);
      expect((await manager.actions.listForCycle(other.id)).data.every((a) => a.detail === detail)).toBe(true);
    });

    it('refuses values SharePoint would refuse before sending anything, naming each column', async () => {
      const other = await manager.cycles.add({ title: 'Bad input', serviceId: service.id });
      const base: ActionInput = {
        cycleId: other.id,
        serviceId: service.id,
        title: 'Fine',
        pillarId: null,
        statementId: null,
        detail: null,
        ownerId: null,
        dueDate: null,
        successMeasure: null,
        completedDate: null,
        carriedOverFromId: null
      };
      server.resetStats();
      const inputs = Array.from({ length: 150 }, (_, i) => ({ ...base, title: `Action ${i}` }));
      inputs[120] = { ...inputs[120], detail: 'x'.repeat(64000), dueDate: '2026-02-30', pillarId: 'p'.repeat(65) };
      const attempt = manager.actions.addMany(inputs);
      await expect(attempt).rejects.toBeInstanceOf(InvalidInputError);
      await expect(attempt).rejects.toMatchObject({
        list: actionsList.title,
        problems: [
          'Pillar holds at most 64 characters, but this has 65.',
          'Detail holds at most 63,999 characters, but this has 64,000.',
          'Due date must be a date written as YYYY-MM-DD, not "2026-02-30".'
        ]
      });
      expect(server.stats().requests).toBe(0);
      expect((await manager.actions.listForCycle(other.id)).data).toHaveLength(0);
      await expect(manager.reviews.add({ cycleId: other.id, pillarId: 'culture', whatChanged: null, evidence: null, rescore: 140, decisions: null })).rejects.toThrow(
        'Nothing was saved. New score (%) must be at most 100.'
      );
    });

    it('turns a 412 into a ConflictError holding my version and theirs', async () => {
      const [first] = (await manager.actions.listForCycle(cycle.id)).data;
      const theirs = await createServices(spAs(server, 'worker1')).actions.update(first.id, { status: 'in-progress', detail: 'Started by Tom' }, first.etag);
      expect(theirs.status).toBe('in-progress');
      let conflict: unknown;
      try {
        await manager.actions.update(first.id, { title: 'Renamed by Amara' }, first.etag);
      } catch (e) {
        conflict = e;
      }
      expect(conflict).toBeInstanceOf(ConflictError);
      const c = conflict as ConflictError<typeof first>;
      expect(c.status).toBe(412);
      expect(c.theirs).toMatchObject({ id: first.id, status: 'in-progress', detail: 'Started by Tom', title: first.title });
      expect(c.mine).toMatchObject({ id: first.id, title: 'Renamed by Amara' });
      // Saving again against their version works.
      const saved = await manager.actions.update(first.id, { title: 'Renamed by Amara' }, c.theirs?.etag ?? null);
      expect(saved).toMatchObject({ title: 'Renamed by Amara', status: 'in-progress' });
    });

    it('appends progress notes with their history and dates completion', async () => {
      const [, second] = (await manager.actions.listForCycle(cycle.id)).data;
      const one = await manager.actions.addProgressNote(second, 'Booked the first supervision sessions.', { id: userId(server, 'manager'), name: 'Amara Okafor' });
      const two = await manager.actions.addProgressNote(one, 'Half the team has had one.', { id: userId(server, 'manager'), name: 'Amara Okafor' });
      expect(two.progressNotes.map((n) => n.text)).toEqual(['Booked the first supervision sessions.', 'Half the team has had one.']);
      await expect(manager.actions.addProgressNote(one, 'Stale note', { id: null, name: 'x' })).rejects.toBeInstanceOf(ConflictError);
      const done = await manager.actions.update(two.id, { status: 'done' }, two.etag);
      expect(done.completedDate).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    });

    it('carries unfinished actions into the next cycle once, even when run twice', async () => {
      const next = await manager.cycles.add({ title: 'Autumn 2026', serviceId: service.id, startDate: '2026-09-01' });
      const before = (await manager.actions.listForCycle(cycle.id)).data;
      const open = before.filter((a) => ['not-started', 'in-progress', 'on-hold'].includes(a.status));
      const first = await manager.actions.carryOver(cycle.id, { cycleId: next.id, serviceId: service.id });
      expect(first.created).toHaveLength(open.length);
      expect(new Set(first.created.map((a) => a.carriedOverFromId))).toEqual(new Set(open.map((a) => a.id)));
      const again = await manager.actions.carryOver(cycle.id, { cycleId: next.id, serviceId: service.id });
      expect(again.created).toHaveLength(0);
      expect((await manager.actions.listForCycle(next.id)).data).toHaveLength(open.length);
      const after = (await manager.actions.listForCycle(cycle.id)).data;
      expect(after.filter((a) => a.status === 'carried-over')).toHaveLength(open.length);
    });

    it('reports a missing item as NotFoundError', async () => {
      await expect(manager.actions.update(999999, { title: 'x' }, '"1"')).rejects.toBeInstanceOf(NotFoundError);
    });
  });

  describe('measures', () => {
    it('records figures, works out the value from the pack formula, and updates it', async () => {
      const turnover = defaultPack.measures.find((m) => m.formula === 'percentage') as (typeof defaultPack.measures)[number];
      const recorded = await manager.measures.recordMany(
        [
          { serviceId: service.id, measureId: turnover.id, period: 'January to March 2026', periodEnd: '2026-03-31', numerator: 6, denominator: 40, source: 'ASC-WDS', note: null },
          { serviceId: service.id, measureId: turnover.id, period: 'April to June 2026', periodEnd: '2026-06-30', numerator: 4, denominator: 40, source: 'ASC-WDS', note: null }
        ],
        defaultPack
      );
      expect(recorded.map((r) => r.value)).toEqual([15, 10]);
      const updated = await manager.measures.update(recorded[1].id, { numerator: 8 }, recorded[1].etag, defaultPack, 'Four more leavers found in the March payroll.');
      expect(updated.value).toBe(20);
      // A change that the value does not depend on is saved without reading the record first.
      server.resetStats();
      const noted = await manager.measures.update(recorded[1].id, { note: 'Two leavers retired' }, updated.etag, defaultPack);
      expect(server.stats().requests).toBe(2); // the change, then the saved record with its new ETag
      expect([noted.note, noted.value, noted.numerator]).toEqual(['Two leavers retired', 20, 8]);
      expect(updated.note).toBe('Four more leavers found in the March payroll.');
      expect((await manager.measures.listForService(service.id)).data).toHaveLength(2);
      await expect(manager.measures.record({ ...recorded[0], measureId: 'no-such-measure' }, defaultPack)).rejects.toBeInstanceOf(InvalidInputError);
    });

    it('records one figure on its own, per worker where the pack says so', async () => {
      const sickness = await manager.measures.record(
        { serviceId: service.id, measureId: 'sickness-days-per-worker', period: '2025/26', periodEnd: '2026-03-31', numerator: 96, denominator: 20, source: 'Rota system', note: "Includes O'Brien House night staff" },
        defaultPack
      );
      expect(sickness).toMatchObject({ measureId: 'sickness-days-per-worker', value: 4.8, numerator: 96, denominator: 20, note: "Includes O'Brien House night staff" });
      expect((await manager.measures.listForService(service.id)).data).toContainEqual(sickness);
      // The quality lead reads the site and records nothing in it.
      const quality = createServices(spAs(server, 'quality'));
      await expect(quality.measures.record({ ...sickness, period: '2024/25', periodEnd: '2025-03-31', numerator: 1 }, defaultPack)).rejects.toBeInstanceOf(PermissionError);
    });
  });

  describe('reviews', () => {
    it('adds, lists and updates a pillar review', async () => {
      server.resetStats();
      const review = await manager.reviews.add({
        cycleId: cycle.id,
        pillarId: defaultPack.pillars[0].id,
        whatChanged: 'Supervision is now monthly.',
        evidence: 'Supervision log',
        rescore: 62.5,
        decisions: 'Keep going.'
      });
      // One request: SharePoint's answer to the add is the new review.
      expect(server.stats().requests).toBe(1);
      expect(review).toMatchObject({ cycleId: cycle.id, whatChanged: 'Supervision is now monthly.', rescore: 62.5 });
      expect(review.etag).toBeTruthy();
      const updated = await manager.reviews.update(review.id, { rescore: 70 }, review.etag);
      expect(updated.rescore).toBe(70);
      expect((await manager.reviews.listForCycle(cycle.id)).data).toEqual([updated]);
    });
  });

  describe('settings and model packs', () => {
    it('stores defaults, never below a minimum group size of 5', async () => {
      await manager.settings.saveDefaults({ minimumGroupSize: 10 });
      expect(await worker.settings.readDefaults()).toEqual({ minimumGroupSize: 10 });
      await manager.settings.saveDefaults({ minimumGroupSize: 2 });
      expect(await worker.settings.readDefaults()).toEqual({ minimumGroupSize: 5 });
    });

    it("escapes quotes in values built from people's text (O'Brien)", async () => {
      await manager.settings.writeValue("note:O'Brien's team", 'Kept');
      expect(await worker.settings.readValue("note:O'Brien's team")).toBe('Kept');
      expect(await worker.settings.readValue("note:O'Brien")).toBeNull();
      await expect(worker.settings.writeValue('note:worker', 'x')).rejects.toBeInstanceOf(PermissionError);
    });

    it('imports a pack larger than one column can hold, reads it back, and refuses to change a pack a cycle uses', async () => {
      const big = bigPack('meadowbank-pack', 'Meadowbank pack', 'local guidance on supervision and wellbeing. ', 20);
      expect(JSON.stringify(big).length).toBeGreaterThan(63999);
      expect((await manager.settings.importPack(big)).outcome).toBe('add');
      const parts = (await spAs(server, 'manager').web.lists.getByTitle(settingsList.title).items.select(settingsList.fields.key.property)()) as Array<Record<string, string>>;
      expect(parts.filter((p) => p[settingsList.fields.key.property].startsWith('pack:meadowbank-pack@1.0.0#')).length).toBeGreaterThan(1);
      expect(await createServices(spAs(server, 'worker1')).settings.readPack('meadowbank-pack', '1.0.0')).toEqual(big);
      expect((await manager.settings.importPack(big)).outcome).toBe('unchanged');
      await manager.cycles.add({ title: 'Pilot', serviceId: service.id, packId: big.id, packVersion: big.version });
      const packs = await manager.settings.listPacks();
      expect(packs.find((p) => p.id === big.id)).toMatchObject({ usedByCycle: true, builtIn: false });
      expect(packs.find((p) => p.builtIn)).toMatchObject({ id: defaultPack.id, usedByCycle: true });
      await expect(manager.settings.importPack({ ...big, title: 'Meadowbank pack, changed' })).rejects.toThrow(/cannot change/);
      await expect(manager.settings.importPack({ nonsense: true })).rejects.toBeInstanceOf(InvalidInputError);
    });

    it('reports a stored pack that was damaged, or whose replacement stopped half-way, as a typed error and never uses it', async () => {
      const pack = bigPack('damaged-pack', 'Damaged pack', 'guidance on rotas and breaks. ', 25);
      await manager.settings.importPack(pack);
      const items = spAs(server, 'manager').web.lists.getByTitle(settingsList.title).items;
      const keyOf = settingsList.fields.key.property;
      const valueOf = settingsList.fields.value.property;
      const rows = (await items.select('Id', keyOf, valueOf).filter(`startswith(${keyOf},'pack:damaged-pack@1.0.0#')`)()) as Array<Record<string, string> & { Id: number }>;
      expect(rows.length).toBeGreaterThan(1);
      const part = rows.find((r) => r[valueOf].includes('guidance on rotas')) as Record<string, string> & { Id: number };
      const read = (): Promise<ModelPack> => createServices(spAs(server, 'worker1')).settings.readPack('damaged-pack', '1.0.0');

      // A replacement that stopped after one part: still JSON, but not the pack that was imported.
      await items.getById(part.Id).update({ [valueOf]: part[valueOf].replace('guidance on rotas', 'guidance on rotaz') });
      await expect(read()).rejects.toBeInstanceOf(InvalidInputError);
      await expect(read()).rejects.toThrow('Model pack damaged-pack 1.0.0 stored on this site is damaged: its content is not what was imported. Import it again.');
      // A part broken by hand: not JSON at all.
      await items.getById(part.Id).update({ [valueOf]: `${part[valueOf].slice(0, 100)}` });
      await expect(read()).rejects.toThrow(/damaged: its parts do not fit together/);
      // Importing the same pack again repairs it.
      expect((await manager.settings.importPack(pack)).outcome).toBe('unchanged');
      expect(await read()).toEqual(pack);
    });

    it('chooses the pack that new cycles use, through the Model screen interface', async () => {
      expect((await manager.packs.list()).filter((p) => p.active).map((p) => p.id)).toEqual([defaultPack.id]);
      expect(await worker.settings.readActivePack()).toEqual({ id: defaultPack.id, version: defaultPack.version });
      await manager.packs.setActive('meadowbank-pack', '1.0.0');
      expect(await worker.settings.readActivePack()).toEqual({ id: 'meadowbank-pack', version: '1.0.0' });
      // Three reads side by side, however many packs are stored: the packs, the choice, the cycles' packs.
      server.resetStats();
      const listed = await manager.settings.listPacks();
      expect(listed.length).toBeGreaterThanOrEqual(3);
      expect(server.stats().requests).toBe(3);
      const packs = await manager.packs.list();
      expect(packs.find((p) => p.active)).toMatchObject({ id: 'meadowbank-pack', version: '1.0.0', importedOn: expect.any(String) });
      const next = await manager.cycles.add({ title: 'Winter', serviceId: service.id });
      expect([next.packId, next.packVersion]).toEqual(['meadowbank-pack', '1.0.0']);
      await expect(manager.packs.setActive('no-such-pack', '1.0.0')).rejects.toBeInstanceOf(InvalidInputError);
      await expect(worker.packs.setActive(defaultPack.id, defaultPack.version)).rejects.toBeInstanceOf(PermissionError);
      await manager.packs.setActive(defaultPack.id, defaultPack.version);
    });
  });

  it('gives a duplicate submission id to nobody else', async () => {
    // Someone else's submission with the same id is invisible (read-own) and cannot be overwritten.
    const attempt = createServices(spAs(server, 'worker2')).responses.submit({
      cycle,
      pack: defaultPack,
      kind: 'staff',
      answers: answersFor('staff', () => 2),
      submissionId: 'sub-0001-worker1'
    });
    await expect(attempt).rejects.toBeInstanceOf(DuplicateError);
    const count = (await spAs(server, 'manager').web.lists.getByTitle(responsesList.title).items.select('Id')()).length;
    expect(count).toBe(2);
  });
});
