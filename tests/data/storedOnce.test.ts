import '@pnp/sp/fields';
import type { LocalSharePoint } from '../../sharepoint/local-server';
import { defaultPack } from '../../src/model';
import { checkSetup, runSetup } from '../../src/data/provisioning';
import { DuplicateError, InvalidInputError } from '../../src/data/errors';
import { actionsList, cyclesList, listsAtVersion, measuresList, providerSummariesList, SCHEMA_VERSION, servicesList, settingsList, type ListDef } from '../../src/data/schema';
import { createServices, type WpqServices } from '../../src/data/services';
import type { Action, ActionInput, CareService, Cycle, MeasureInput, MeasureRecord } from '../../src/data/types';
import { spAs, startServer, startSetUpServer } from './support';

/**
 * New actions and measure figures carry a client-made id in a column with unique values, so a batch
 * that SharePoint stored but whose answer was lost (and that PnPjs therefore sent again) is stored once:
 * the copies are refused as duplicates and the stored rows are read back by their client ids.
 */

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/;
const turnover = defaultPack.measures.find((m) => m.formula === 'percentage') as (typeof defaultPack.measures)[number];

function actionInputs(cycle: Cycle, count: number, prefix: string): ActionInput[] {
  return Array.from({ length: count }, (_, i) => ({
    cycleId: cycle.id,
    serviceId: cycle.serviceId,
    title: `${prefix} ${i + 1}`,
    pillarId: null,
    statementId: null,
    detail: null,
    ownerId: null,
    dueDate: null,
    successMeasure: null,
    completedDate: null,
    carriedOverFromId: null
  }));
}

/** The last day of the quarter `back` quarters before the one ending 31 March 2026. */
function quarterEnd(back: number): string {
  return new Date(Date.UTC(2026, 3 - 3 * back, 0)).toISOString().slice(0, 10);
}

/** Figures for successive quarters (two figures of a measure may not overlap), from `firstQuarter` quarters back. */
function figureInputs(service: CareService, count: number, prefix: string, firstQuarter = 0): MeasureInput[] {
  return Array.from({ length: count }, (_, i) => ({
    serviceId: service.id,
    measureId: turnover.id,
    period: `${prefix} ${i + 1}`,
    periodEnd: quarterEnd(firstQuarter + i),
    numerator: i % 40,
    denominator: 40,
    source: 'ASC-WDS',
    note: null
  }));
}

/** Every row of a list as SharePoint holds it (all columns), in id order. */
async function rawRows(server: LocalSharePoint, list: ListDef): Promise<Array<Record<string, unknown>>> {
  return (await spAs(server, 'manager').web.lists.getByTitle(list.title).items.select('*').orderBy('Id').top(5000)()) as Array<Record<string, unknown>>;
}

describe('upgrading a version 3 site to client ids', () => {
  let server: LocalSharePoint;
  beforeAll(async () => {
    server = await startServer();
  });
  afterAll(() => server.close());

  it('adds the client id columns, keeps every row unchanged, and gives new rows client ids', async () => {
    const sp = spAs(server, 'manager');
    await runSetup(sp, { lists: listsAtVersion(3), version: 3 });
    expect(SCHEMA_VERSION).toBeGreaterThanOrEqual(4);
    const [serviceId] = server.bulkInsert(servicesList.title, [{ [servicesList.fields.name.property]: 'Meadowbank House', [servicesList.fields.active.property]: true }]);
    const [cycleId] = server.bulkInsert(cyclesList.title, [
      {
        [cyclesList.fields.title.property]: 'Spring',
        [cyclesList.fields.service.property]: serviceId,
        [cyclesList.fields.packId.property]: defaultPack.id,
        [cyclesList.fields.packVersion.property]: defaultPack.version,
        [cyclesList.fields.phase.property]: 'Plan'
      }
    ]);
    // Rows written by version 3, without client ids.
    server.bulkInsert(
      actionsList.title,
      Array.from({ length: 30 }, (_, i) => ({
        [actionsList.fields.title.property]: `Older action ${i + 1}`,
        [actionsList.fields.cycle.property]: cycleId,
        [actionsList.fields.service.property]: serviceId,
        [actionsList.fields.status.property]: 'In progress',
        [actionsList.fields.priority.property]: 'High'
      }))
    );
    server.bulkInsert(
      measuresList.title,
      Array.from({ length: 12 }, (_, i) => ({
        [measuresList.fields.service.property]: serviceId,
        [measuresList.fields.measureId.property]: turnover.id,
        [measuresList.fields.periodEnd.property]: `2025-${String(i + 1).padStart(2, '0')}-28T00:00:00Z`,
        [measuresList.fields.numerator.property]: i,
        [measuresList.fields.denominator.property]: 40,
        [measuresList.fields.value.property]: (i / 40) * 100
      }))
    );
    const actionsBefore = await rawRows(server, actionsList);
    const measuresBefore = await rawRows(server, measuresList);
    expect(actionsBefore.map((r) => Object.keys(r))).not.toContainEqual(expect.arrayContaining([actionsList.fields.clientId.property]));

    const upgrade = await runSetup(sp, { lists: listsAtVersion(4), version: 4 });
    expect(upgrade).toMatchObject({ previousVersion: 3, installedVersion: 4 });
    expect(upgrade.steps.filter((s) => s.kind === 'add-field')).toEqual([
      { kind: 'add-field', list: actionsList.title, field: actionsList.fields.clientId.displayName },
      { kind: 'add-field', list: measuresList.title, field: measuresList.fields.clientId.displayName }
    ]);
    // Only the two lists' new columns (with their views) and the recorded version changed.
    expect(new Set(upgrade.steps.map((s) => s.list))).toEqual(new Set([actionsList.title, measuresList.title, settingsList.title]));
    expect(await checkSetup(sp)).toMatchObject({ installedVersion: 4, missingLists: SCHEMA_VERSION > 4 ? [providerSummariesList.title] : [] });
    for (const list of [actionsList, measuresList]) {
      const field = (await sp.web.lists
        .getByTitle(list.title)
        .fields.getByInternalNameOrTitle(list.fields.clientId.internalName)
        .select('TypeAsString', 'Indexed', 'EnforceUniqueValues', 'Required')()) as Record<string, unknown>;
      expect(field).toMatchObject({ TypeAsString: 'Text', Indexed: true, EnforceUniqueValues: true, Required: false });
    }

    // Every older row is as it was, with an empty client id; several empty client ids do not clash.
    const withoutClientId = (rows: Array<Record<string, unknown>>, property: string): Array<Record<string, unknown>> =>
      rows.map((r) => {
        expect(r[property] ?? null).toBeNull();
        const { [property]: _dropped, ...rest } = r;
        return rest;
      });
    expect(withoutClientId(await rawRows(server, actionsList), actionsList.fields.clientId.property)).toEqual(actionsBefore);
    expect(withoutClientId(await rawRows(server, measuresList), measuresList.fields.clientId.property)).toEqual(measuresBefore);

    // The app still reads them, and new rows get client ids.
    const services = createServices(sp);
    const older = await services.actions.listForCycle(cycleId);
    expect(older.warnings).toEqual([]);
    expect(older.data).toHaveLength(30);
    const cycle = (await services.cycles.listForService(serviceId)).data[0];
    const service = (await services.careServices.list()).data[0];
    const added = await services.actions.addMany(actionInputs(cycle, 3, 'Newer action'));
    const recorded = await services.measures.recordMany(figureInputs(service, 2, 'Newer period', -2), defaultPack);
    // A row added by hand in the list (no client id) is still accepted beside them.
    server.bulkInsert(actionsList.title, [{ [actionsList.fields.title.property]: 'Added by hand', [actionsList.fields.cycle.property]: cycleId, [actionsList.fields.service.property]: serviceId }]);

    const actionsAfter = await rawRows(server, actionsList);
    expect(actionsAfter).toHaveLength(34);
    const newActionIds = actionsAfter.filter((r) => added.some((a) => a.id === r.Id)).map((r) => r[actionsList.fields.clientId.property]);
    expect(newActionIds).toHaveLength(3);
    newActionIds.forEach((id) => expect(id).toMatch(UUID));
    expect(new Set(newActionIds).size).toBe(3);
    const measuresAfter = await rawRows(server, measuresList);
    const newFigureIds = measuresAfter.filter((r) => recorded.some((m) => m.id === r.Id)).map((r) => r[measuresList.fields.clientId.property]);
    expect(newFigureIds).toHaveLength(2);
    newFigureIds.forEach((id) => expect(id).toMatch(UUID));
    expect((await services.actions.listForCycle(cycleId)).data).toHaveLength(34);
  });
});

describe('storing new actions and figures once', () => {
  let server: LocalSharePoint;
  let manager: WpqServices;
  let service: CareService;
  let cycle: Cycle;

  beforeAll(async () => {
    server = await startSetUpServer();
    manager = createServices(spAs(server, 'manager'));
    service = await manager.careServices.add({ name: 'Meadowbank House', serviceType: 'care-home', leaderIds: [], staffIds: [], active: true });
    cycle = await manager.cycles.add({ title: 'Spring', serviceId: service.id });
  });
  afterEach(() => server.setFaults(undefined));
  afterAll(() => server.close());

  it('stores 200 actions and 200 figures exactly once under 20 % throttling and 20 % lost answers', async () => {
    // Count the answers lost on the way back (the connection closes instead), as PnPjs sees them.
    const realFetch = globalThis.fetch;
    let lostAnswers = 0;
    const counting = async (...args: Parameters<typeof fetch>): Promise<Response> => {
      try {
        return await realFetch(...args);
      } catch (error) {
        lostAnswers++;
        throw error;
      }
    };
    globalThis.fetch = counting as typeof fetch;
    let actions: Action[];
    let figures: MeasureRecord[];
    try {
      server.setFaults({ share: 0.2, statuses: [429, 503], retryAfterSeconds: 0, lostReplyShare: 0.2, seed: 20261006 });
      server.resetStats();
      actions = await manager.actions.addMany(actionInputs(cycle, 200, 'Faulted action'));
      figures = await manager.measures.recordMany(figureInputs(service, 200, 'Faulted period'), defaultPack);
    } finally {
      globalThis.fetch = realFetch;
      server.setFaults(undefined);
    }
    // Answers were lost, so whole batches were sent again: without client ids those rows would be stored twice.
    expect(lostAnswers).toBeGreaterThan(0);
    expect(server.stats().requests).toBeGreaterThan(4);

    // What the calls returned: every input once, in order.
    expect(actions.map((a) => a.title)).toEqual(actionInputs(cycle, 200, 'Faulted action').map((a) => a.title));
    expect(new Set(actions.map((a) => a.id)).size).toBe(200);
    expect(figures.map((f) => f.period)).toEqual(figureInputs(service, 200, 'Faulted period').map((f) => f.period));
    expect(new Set(figures.map((f) => f.id)).size).toBe(200);

    // What SharePoint holds: 200 rows each, 200 distinct client ids, none lost and none twice.
    const actionRows = (await rawRows(server, actionsList)).filter((r) => String(r[actionsList.fields.title.property]).startsWith('Faulted action'));
    expect(actionRows).toHaveLength(200);
    expect(new Set(actionRows.map((r) => r[actionsList.fields.clientId.property])).size).toBe(200);
    expect(new Set(actionRows.map((r) => r[actionsList.fields.title.property])).size).toBe(200);
    expect(actionRows.map((r) => r.Id).sort()).toEqual(actions.map((a) => a.id).sort());
    const figureRows = (await rawRows(server, measuresList)).filter((r) => String(r[measuresList.fields.period.property]).startsWith('Faulted period'));
    expect(figureRows).toHaveLength(200);
    expect(new Set(figureRows.map((r) => r[measuresList.fields.clientId.property])).size).toBe(200);
    expect(new Set(figureRows.map((r) => r[measuresList.fields.period.property])).size).toBe(200);
    expect(figureRows.map((r) => r.Id).sort()).toEqual(figures.map((f) => f.id).sort());
  });

  it('returns the same row when an add is retried with the same client id, and when its first answer was lost', async () => {
    const [input] = actionInputs(cycle, 1, 'Retried action');
    const first = await manager.actions.add({ ...input, clientId: 'retry-action-0001' });
    server.resetStats();
    const again = await manager.actions.add({ ...input, clientId: 'retry-action-0001' });
    expect(again).toEqual(first);
    // The add that was refused as a duplicate, then the stored row read back by its client id.
    expect(server.stats().requests).toBe(2);

    const [figure] = figureInputs(service, 1, 'Retried period', 200);
    const recorded = await manager.measures.record({ ...figure, clientId: 'retry-figure-0001' }, defaultPack);
    expect(await manager.measures.record({ ...figure, clientId: 'retry-figure-0001' }, defaultPack)).toEqual(recorded);

    // SharePoint stores the add, the answer is lost, PnPjs sends it again: still one row.
    server.setFaults({ share: 0, lostReplyShare: 1, count: 1 });
    const lost = await manager.actions.add({ ...input, title: 'Answer lost', clientId: 'lost-action-0001' });
    expect(lost).toMatchObject({ title: 'Answer lost', cycleId: cycle.id });
    server.setFaults({ share: 0, lostReplyShare: 1, count: 1 });
    const lostFigure = await manager.measures.record({ ...figure, period: 'Answer lost', periodEnd: quarterEnd(201), clientId: 'lost-figure-0001' }, defaultPack);
    expect(lostFigure).toMatchObject({ period: 'Answer lost', value: 0 });

    const byClientId = async (list: ListDef, id: string): Promise<number[]> =>
      ((await spAs(server, 'manager')
        .web.lists.getByTitle(list.title)
        .items.select('Id')
        .filter(`${list.fields.clientId.property} eq '${id}'`)()) as Array<{ Id: number }>).map((r) => r.Id);
    expect(await byClientId(actionsList, 'retry-action-0001')).toEqual([first.id]);
    expect(await byClientId(measuresList, 'retry-figure-0001')).toEqual([recorded.id]);
    expect(await byClientId(actionsList, 'lost-action-0001')).toEqual([lost.id]);
    expect(await byClientId(measuresList, 'lost-figure-0001')).toEqual([lostFigure.id]);
  });

  it('refuses a client id used for another cycle’s action, and one that is not 8 to 64 safe characters', async () => {
    const later = await manager.cycles.add({ title: 'Autumn', serviceId: service.id });
    const [input] = actionInputs(cycle, 1, 'Spring only');
    await manager.actions.add({ ...input, clientId: 'spring-only-0001' });
    const [elsewhere] = actionInputs(later, 1, 'Autumn copy');
    await expect(manager.actions.add({ ...elsewhere, clientId: 'spring-only-0001' })).rejects.toBeInstanceOf(DuplicateError);
    await expect(manager.measures.record({ ...figureInputs(service, 1, 'Bad id')[0], clientId: "x' or 1 eq 1" }, defaultPack)).rejects.toBeInstanceOf(InvalidInputError);
    expect((await manager.actions.listForCycle(later.id)).data).toEqual([]);
  });
});
