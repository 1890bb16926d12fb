import '@pnp/sp/fields';
import '@pnp/sp/views';
import type { LocalSharePoint } from '../../sharepoint/local-server';
import { checkSetup, runSetup, type SetupProgress } from '../../src/data/provisioning';
import { SetupRefusedError, InvalidInputError } from '../../src/data/errors';
import {
  ALL_LISTS,
  actionsList,
  fieldsOf,
  listsAtVersion,
  measuresList,
  providerSummariesList,
  responsesList,
  reviewsList,
  SCHEMA_VERSION,
  servicesList,
  cyclesList,
  settingsList
} from '../../src/data/schema';
import { createServices } from '../../src/data/services';
import { SETTING_KEYS } from '../../src/data/repositories/settings';
import { spAs, startServer } from './support';

interface FieldInfo {
  InternalName: string;
  Title: string;
  TypeAsString: string;
  Indexed: boolean;
  EnforceUniqueValues: boolean;
  Required: boolean;
}

async function fieldsOfList(server: LocalSharePoint, title: string): Promise<FieldInfo[]> {
  return (await spAs(server, 'manager')
    .web.lists.getByTitle(title)
    .fields.select('InternalName', 'Title', 'TypeAsString', 'Indexed', 'EnforceUniqueValues', 'Required')()) as FieldInfo[];
}

describe('set-up from empty', () => {
  let server: LocalSharePoint;
  const progress: SetupProgress[] = [];

  beforeAll(async () => {
    server = await startServer();
    await runSetup(spAs(server, 'manager'), { onProgress: (p) => progress.push(p) });
  });
  afterAll(() => server.close());

  it('creates every list with its description and list security', async () => {
    const lists = (await spAs(server, 'manager')
      .web.lists.select('Title', 'Description', 'ReadSecurity', 'WriteSecurity', 'EnableVersioning', 'RootFolder/Name')
      .expand('RootFolder')()) as Array<{ Title: string; Description: string; ReadSecurity: number; WriteSecurity: number; EnableVersioning: boolean; RootFolder: { Name: string } }>;
    for (const def of ALL_LISTS) {
      const l = lists.find((x) => x.Title === def.title);
      expect(l).toBeDefined();
      expect(l?.RootFolder.Name).toBe(def.urlName);
      expect(l?.Description).toBe(def.description);
      expect(l?.ReadSecurity).toBe(def.readSecurity);
      expect(l?.WriteSecurity).toBe(def.writeSecurity);
      expect(l?.EnableVersioning).toBe(true);
    }
    const responses = lists.find((x) => x.Title === responsesList.title);
    expect([responses?.ReadSecurity, responses?.WriteSecurity]).toEqual([2, 2]);
  });

  it('creates every column under its own internal name, with types, indexes and unique values', async () => {
    for (const def of ALL_LISTS) {
      const fields = await fieldsOfList(server, def.title);
      const indexed = fields.filter((f) => f.Indexed && f.InternalName !== 'ID');
      expect(indexed.length).toBeLessThanOrEqual(20);
      for (const f of fieldsOf(def as never)) {
        const got = fields.find((x) => x.InternalName === f.internalName);
        expect(got).toBeDefined();
        expect(got?.Title).toBe(f.displayName);
        expect(got?.Indexed).toBe(f.indexed);
        expect(got?.EnforceUniqueValues).toBe(f.unique);
        expect(got?.Required).toBe(f.required);
      }
    }
    const submission = (await fieldsOfList(server, responsesList.title)).find((f) => f.InternalName === responsesList.fields.submissionId.internalName);
    expect(submission).toMatchObject({ Indexed: true, EnforceUniqueValues: true, TypeAsString: 'Text' });
  });

  it('puts the columns in each default view for people who edit the lists by hand', async () => {
    const view = (await spAs(server, 'manager').web.lists.getByTitle(actionsList.title).defaultView.fields()) as { Items: string[] };
    for (const f of fieldsOf(actionsList as never)) if (!f.builtin) expect(view.Items).toContain(f.internalName);
  });

  it('records the schema version in the settings list', async () => {
    const services = createServices(spAs(server, 'manager'));
    expect(await services.settings.readSchemaVersion()).toBe(SCHEMA_VERSION);
    expect(await checkSetup(spAs(server, 'manager'))).toMatchObject({ canManage: true, installedVersion: SCHEMA_VERSION, upToDate: true, missingLists: [] });
  });

  it('reports progress as step n of m, in order, ending with the version', () => {
    const steps = progress.filter((p) => p.kind !== 'check');
    expect(steps.length).toBeGreaterThan(ALL_LISTS.length);
    const total = steps[0].total;
    steps.forEach((p, i) => {
      expect(p.total).toBe(total);
      expect(p.step).toBe(i + 2);
    });
    expect(steps[steps.length - 1]).toMatchObject({ kind: 'record-version', step: total });
    expect(steps.filter((p) => p.kind === 'create-list').map((p) => p.list)).toEqual(ALL_LISTS.map((l) => l.title));
  });

  it('changes nothing when run again, in two requests', async () => {
    server.resetStats();
    const again = await runSetup(spAs(server, 'manager'));
    expect(again).toMatchObject({ changes: 0, previousVersion: SCHEMA_VERSION, installedVersion: SCHEMA_VERSION });
    // Permission and lists in one batch; columns, views and the recorded version in another.
    expect(server.stats().requests).toBe(2);
  });
});

describe('set-up refusals and repairs', () => {
  let server: LocalSharePoint;
  beforeAll(async () => {
    server = await startServer();
  });
  afterAll(() => server.close());

  it.each(['worker1', 'quality'] as const)('refuses %s, naming site owners, and changes nothing', async (user) => {
    const sp = spAs(server, user);
    const status = await checkSetup(sp);
    expect(status).toMatchObject({ canManage: false, installedVersion: null, upToDate: false });
    expect(status.missingLists).toHaveLength(ALL_LISTS.length);
    const attempt = runSetup(sp);
    await expect(attempt).rejects.toBeInstanceOf(SetupRefusedError);
    await expect(attempt).rejects.toMatchObject({ kind: 'setup-refused', whoCan: 'site-owners', message: expect.stringContaining('site owners') });
    const lists = (await spAs(server, 'manager').web.lists.select('Title')()) as Array<{ Title: string }>;
    expect(lists.filter((l) => l.Title.startsWith('WPQ'))).toEqual([]);
  });

  it('finishes an interrupted set-up on the next run', async () => {
    const sp = spAs(server, 'manager');
    await expect(
      runSetup(sp, {
        onProgress: (p) => {
          if (p.step === 20) throw new Error('The browser tab was closed.');
        }
      })
    ).rejects.toThrow('The browser tab was closed.');
    expect((await checkSetup(sp)).upToDate).toBe(false);
    const finished = await runSetup(sp);
    expect(finished.previousVersion).toBeNull();
    expect(finished.changes).toBeGreaterThan(0);
    expect(await checkSetup(sp)).toMatchObject({ upToDate: true, installedVersion: SCHEMA_VERSION });
    expect((await runSetup(sp)).changes).toBe(0);
  });

  it('repairs a list someone renamed and a column someone removed from the view', async () => {
    const sp = spAs(server, 'manager');
    await sp.web.lists.getByTitle(reviewsList.title).update({ Title: 'Old reviews' });
    await sp.web.lists.getByTitle('Old reviews').defaultView.fields.remove(reviewsList.fields.evidence.internalName);
    // The check and the set-up agree: the list is there under another name, and needs repair.
    expect(await checkSetup(sp)).toMatchObject({ missingLists: [], upToDate: false });
    const result = await runSetup(sp);
    expect(result.steps.map((s) => s.kind)).toEqual(['update-list', 'default-view']);
    expect(await checkSetup(sp)).toMatchObject({ missingLists: [], upToDate: true });
  });

  it('notices answers made readable by everyone in the list settings, and set-up puts read-own security back', async () => {
    const sp = spAs(server, 'manager');
    await runSetup(sp);
    // A site owner switches the responses list to "Read all items" by hand.
    await sp.web.lists.getByTitle(responsesList.title).update({ ReadSecurity: 1 });
    expect(await checkSetup(sp)).toMatchObject({ upToDate: false, missingLists: [], listsWithWrongSecurity: [responsesList.title] });
    const result = await runSetup(sp);
    expect(result.steps).toEqual([{ kind: 'update-list', list: responsesList.title }]);
    expect(await checkSetup(sp)).toMatchObject({ upToDate: true, listsWithWrongSecurity: [] });
  });

  it('stops before changing anything when a column of the same name has another type', async () => {
    const other = await startServer();
    try {
      const sp = spAs(other, 'manager');
      const list = await sp.web.lists.add(servicesList.urlName, '', 100, false);
      await sp.web.lists.getById((list as { Id: string }).Id).fields.createFieldAsXml({
        SchemaXml: `<Field Type="Text" Name="${servicesList.fields.active.internalName}" StaticName="${servicesList.fields.active.internalName}" DisplayName="Active" />`,
        Options: 8
      });
      await expect(runSetup(sp)).rejects.toBeInstanceOf(InvalidInputError);
      const lists = (await sp.web.lists.select('Title')()) as Array<{ Title: string }>;
      expect(lists.map((l) => l.Title).filter((t) => t.startsWith('WPQ '))).toEqual([]);
    } finally {
      await other.close();
    }
  });
});

describe('upgrade from schema version 1', () => {
  let server: LocalSharePoint;
  beforeAll(async () => {
    server = await startServer();
  });
  afterAll(() => server.close());

  it('adds what version 2 needs and keeps every item', async () => {
    const sp = spAs(server, 'manager');
    const v1 = await runSetup(sp, { lists: listsAtVersion(1), version: 1 });
    expect(v1.installedVersion).toBe(1);
    expect((await checkSetup(sp)).missingLists).toEqual([reviewsList.title, providerSummariesList.title]);
    const v1Actions = await fieldsOfList(server, actionsList.title);
    expect(v1Actions.map((f) => f.InternalName)).not.toContain(actionsList.fields.priority.internalName);
    const periodEnd = (await fieldsOfList(server, measuresList.title)).find((f) => f.InternalName === measuresList.fields.periodEnd.internalName);
    expect(periodEnd?.Indexed).toBe(false);

    // Data written by version 1, with version 1's columns only.
    const [serviceId] = server.bulkInsert(servicesList.title, [{ [servicesList.fields.name.property]: 'Meadowbank House', [servicesList.fields.active.property]: true }]);
    const [cycleId] = server.bulkInsert(cyclesList.title, [
      {
        [cyclesList.fields.title.property]: 'Spring',
        [cyclesList.fields.service.property]: serviceId,
        [cyclesList.fields.packId.property]: 'wpq-default',
        [cyclesList.fields.packVersion.property]: '1.0.0',
        [cyclesList.fields.phase.property]: 'Plan'
      }
    ]);
    server.bulkInsert(
      actionsList.title,
      Array.from({ length: 30 }, (_, i) => ({
        [actionsList.fields.title.property]: `Action ${i + 1}`,
        [actionsList.fields.cycle.property]: cycleId,
        [actionsList.fields.service.property]: serviceId,
        [actionsList.fields.status.property]: 'In progress'
      }))
    );

    const progress: SetupProgress[] = [];
    const v2 = await runSetup(sp, { onProgress: (p) => progress.push(p) });
    expect(v2).toMatchObject({ previousVersion: 1, installedVersion: SCHEMA_VERSION });
    expect(progress.some((p) => p.kind === 'create-list' && p.list === reviewsList.title)).toBe(true);
    expect(progress.some((p) => p.kind === 'add-field' && p.field === actionsList.fields.priority.displayName)).toBe(true);
    expect(progress.some((p) => p.kind === 'update-field' && p.field === measuresList.fields.periodEnd.displayName)).toBe(true);

    const fields = await fieldsOfList(server, actionsList.title);
    for (const f of [actionsList.fields.priority, actionsList.fields.successMeasure, actionsList.fields.carriedOverFrom]) {
      expect(fields.map((x) => x.InternalName)).toContain(f.internalName);
    }
    expect((await fieldsOfList(server, measuresList.title)).find((f) => f.InternalName === measuresList.fields.periodEnd.internalName)?.Indexed).toBe(true);

    const services = createServices(sp);
    const actions = await services.actions.listForCycle(cycleId);
    expect(actions.warnings).toEqual([]);
    expect(actions.data).toHaveLength(30);
    expect(actions.data.every((a) => a.status === 'in-progress' && a.priority === null && a.title.startsWith('Action'))).toBe(true);
    expect(await services.settings.readSchemaVersion()).toBe(SCHEMA_VERSION);
    // The upgrade changed the item that held version 1; it did not add a second one.
    const versionItems = await sp.web.lists
      .getByTitle(settingsList.title)
      .items.select('Id')
      .filter(`${settingsList.fields.key.property} eq '${SETTING_KEYS.schemaVersion}'`)();
    expect(versionItems).toHaveLength(1);
    expect(await checkSetup(sp)).toMatchObject({ upToDate: true, missingLists: [] });
    const settingsFields = await fieldsOfList(server, settingsList.title);
    expect(settingsFields.find((f) => f.InternalName === settingsList.fields.key.internalName)?.EnforceUniqueValues).toBe(true);
  });

  it('adds the choices this version needs in a body SharePoint accepts, keeping choices added by hand and every item', async () => {
    const sp = spAs(server, 'manager');
    await runSetup(sp);
    const status = sp.web.lists.getByTitle(actionsList.title).fields.getByInternalNameOrTitle(actionsList.fields.status.internalName);
    // An older site: "Carried over" missing, and a choice someone added by hand.
    await status.update({ '@odata.type': '#SP.FieldChoice', Choices: ['Not started', 'In progress', 'On hold', 'Done', 'Cancelled', 'Blocked'] } as Record<string, unknown>);
    server.bulkInsert(actionsList.title, [{ [actionsList.fields.title.property]: 'Blocked by hand', [actionsList.fields.status.property]: 'Blocked' }]);

    const result = await runSetup(sp);
    expect(result.steps).toEqual([{ kind: 'update-field', list: actionsList.title, field: actionsList.fields.status.displayName }]);
    const after = (await status.select('Choices')()) as { Choices: string[] };
    expect(after.Choices).toEqual([...(actionsList.fields.status.choices ?? []).map((c) => c.label), 'Blocked']);
    const items = (await sp.web.lists.getByTitle(actionsList.title).items.select(actionsList.fields.status.property).top(5000)()) as Array<Record<string, string>>;
    const statuses = items.map((i) => i[actionsList.fields.status.property]);
    expect(statuses.filter((x) => x === 'Blocked')).toHaveLength(1);
    expect(statuses).toHaveLength(31);
    expect((await runSetup(sp)).changes).toBe(0);
  });
});

describe('upgrade from schema version 4', () => {
  let server: LocalSharePoint;
  beforeAll(async () => {
    server = await startServer();
  });
  afterAll(() => server.close());

  it('adds the provider summaries list and the cycles\' creation id, changes nothing else, and keeps every item', async () => {
    const sp = spAs(server, 'manager');
    await runSetup(sp, { lists: listsAtVersion(4), version: 4 });
    expect(SCHEMA_VERSION).toBe(5);
    expect((await checkSetup(sp)).missingLists).toEqual([providerSummariesList.title]);
    const [serviceId] = server.bulkInsert(servicesList.title, [{ [servicesList.fields.name.property]: 'Meadowbank House', [servicesList.fields.active.property]: true }]);
    server.bulkInsert(cyclesList.title, [
      {
        [cyclesList.fields.title.property]: 'Spring',
        [cyclesList.fields.service.property]: serviceId,
        [cyclesList.fields.packId.property]: 'wpq-default',
        [cyclesList.fields.packVersion.property]: '1.0.0',
        [cyclesList.fields.phase.property]: 'Plan'
      }
    ]);
    const readAll = async (title: string): Promise<unknown[]> => (await sp.web.lists.getByTitle(title).items.select('*').orderBy('Id')()) as unknown[];
    const before = [await readAll(servicesList.title), await readAll(cyclesList.title)];

    const upgrade = await runSetup(sp);
    expect(upgrade).toMatchObject({ previousVersion: 4, installedVersion: 5 });
    expect(new Set(upgrade.steps.map((s) => s.list))).toEqual(new Set([providerSummariesList.title, cyclesList.title, settingsList.title]));
    expect(upgrade.steps[0]).toEqual({ kind: 'create-list', list: providerSummariesList.title });
    const fields = await fieldsOfList(server, providerSummariesList.title);
    expect(fields.find((f) => f.InternalName === providerSummariesList.fields.summaryKey.internalName)).toMatchObject({ Indexed: true, EnforceUniqueValues: true, Required: true });
    const cycleFields = await fieldsOfList(server, cyclesList.title);
    expect(cycleFields.find((f) => f.InternalName === cyclesList.fields.clientId.internalName)).toMatchObject({ EnforceUniqueValues: true, Required: false });
    // Every item keeps every value it had; the cycle gains an empty creation id.
    const after = [await readAll(servicesList.title), await readAll(cyclesList.title)] as Array<Array<Record<string, unknown>>>;
    const kept = after.map((rows, l) => rows.map((row, r) => Object.fromEntries(Object.keys((before[l] as Array<Record<string, unknown>>)[r]).map((k) => [k, row[k]]))));
    expect(kept).toEqual(before);
    expect(after[1][0][cyclesList.fields.clientId.property] ?? null).toBeNull();
    expect(await checkSetup(sp)).toMatchObject({ upToDate: true, installedVersion: 5, missingLists: [] });
    expect((await runSetup(sp)).changes).toBe(0);
  });
});
