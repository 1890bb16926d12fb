import { failure, LocalSharePoint, raw, sp, start } from './helpers';

let server: LocalSharePoint;
let tomsNote: number;
let ewasNote: number;

const titles = (rows: Array<{ Title: string }>) => rows.map((r) => r.Title);

beforeAll(async () => {
  server = await start();
  const s = sp(server);
  await s.web.lists.add('Care notes', '', 100, false, { ReadSecurity: 2, WriteSecurity: 2 });
  await s.web.lists.add('Rota', '', 100, false, { WriteSecurity: 2 });
  await s.web.lists.add('Policies', '', 100, false, { WriteSecurity: 4 });
  await s.web.lists.add('Open list');
  tomsNote = (await sp(server, 'worker1').web.lists.getByTitle('Care notes').items.add({ Title: 'Tom’s note' })).Id;
  ewasNote = (await sp(server, 'worker2').web.lists.getByTitle('Care notes').items.add({ Title: 'Ewa’s note' })).Id;
  await s.web.lists.getByTitle('Care notes').items.add({ Title: 'Manager’s note' });
});
afterAll(() => server.close());

describe('read-own lists (ReadSecurity 2)', () => {
  it('shows a care worker only their own items in collections, filters included', async () => {
    const notes = sp(server, 'worker1').web.lists.getByTitle('Care notes').items;
    expect(titles(await notes())).toEqual(['Tom’s note']);
    expect(await notes.filter("Title eq 'Ewa’s note'")()).toEqual([]);
  });

  it('refuses a care worker another worker’s item with SharePoint’s 404', async () => {
    const f = await failure(sp(server, 'worker1').web.lists.getByTitle('Care notes').items.getById(ewasNote)());
    expect(f).toEqual({ status: 404, code: '-2130575338, System.ArgumentException', message: 'Item does not exist. It may have been deleted by another user.' });
    expect((await failure(sp(server, 'worker1').web.lists.getByTitle('Care notes').items.getById(ewasNote).update({ Title: 'x' }))).status).toBe(404);
    expect((await sp(server, 'worker1').web.lists.getByTitle('Care notes').items.getById(tomsNote)()).Title).toBe('Tom’s note');
  });

  it('shows everything to the manager, who can manage lists', async () => {
    expect(titles(await sp(server).web.lists.getByTitle('Care notes').items())).toEqual(['Tom’s note', 'Ewa’s note', 'Manager’s note']);
  });

  it('shows the read-only quality lead only items they created (none)', async () => {
    expect(await sp(server, 'quality').web.lists.getByTitle('Care notes').items()).toEqual([]);
  });

  it('reports ReadSecurity and WriteSecurity when selected', async () => {
    expect(await sp(server).web.lists.getByTitle('Care notes').select('ReadSecurity', 'WriteSecurity')()).toMatchObject({ ReadSecurity: 2, WriteSecurity: 2 });
  });
});

describe('edit-own lists (WriteSecurity 2 and 4)', () => {
  let ewasShift: number;
  beforeAll(async () => {
    ewasShift = (await sp(server, 'worker2').web.lists.getByTitle('Rota').items.add({ Title: 'Ewa early' })).Id;
  });

  it('lets a worker read but not change someone else’s item (403 access denied)', async () => {
    const rota = sp(server, 'worker1').web.lists.getByTitle('Rota').items;
    expect((await rota.getById(ewasShift)()).Title).toBe('Ewa early');
    const f = await failure(rota.getById(ewasShift).update({ Title: 'Tom took it' }));
    expect(f).toEqual({
      status: 403,
      code: '-2147024891, System.UnauthorizedAccessException',
      message: 'Access denied. You do not have permission to perform this action or access this resource.'
    });
    expect((await failure(rota.getById(ewasShift).delete())).status).toBe(403);
    expect((await failure(rota.getById(ewasShift).recycle())).status).toBe(403);
    expect((await rota.getById(ewasShift)()).Title).toBe('Ewa early');
  });

  it('lets the author and the manager edit', async () => {
    await sp(server, 'worker2').web.lists.getByTitle('Rota').items.getById(ewasShift).update({ Title: 'Ewa late' });
    await sp(server).web.lists.getByTitle('Rota').items.getById(ewasShift).update({ Title: 'Ewa late (checked)' });
    expect((await sp(server, 'worker1').web.lists.getByTitle('Rota').items.getById(ewasShift)()).Title).toBe('Ewa late (checked)');
  });

  it('refuses all item writes to non-managers when WriteSecurity is 4', async () => {
    expect((await failure(sp(server, 'worker1').web.lists.getByTitle('Policies').items.add({ Title: 'x' }))).status).toBe(403);
    const p = await sp(server).web.lists.getByTitle('Policies').items.add({ Title: 'Safeguarding' });
    expect((await failure(sp(server, 'worker1').web.lists.getByTitle('Policies').items.getById(p.Id).update({ Title: 'x' }))).status).toBe(403);
    expect((await sp(server, 'worker1').web.lists.getByTitle('Policies').items()).map((i: { Title: string }) => i.Title)).toEqual(['Safeguarding']);
  });
});

describe('the read-only quality lead', () => {
  it('can read but every write is refused with 403, and nothing changes', async () => {
    const manager = sp(server).web.lists.getByTitle('Open list').items;
    const item = await manager.add({ Title: 'Original' });
    const quality = sp(server, 'quality').web.lists.getByTitle('Open list').items;
    expect(titles(await quality())).toEqual(['Original']);
    expect((await failure(quality.add({ Title: 'From quality' }))).status).toBe(403);
    expect((await failure(quality.getById(item.Id).update({ Title: 'Changed' }))).status).toBe(403);
    expect((await failure(quality.getById(item.Id).delete())).status).toBe(403);
    expect((await failure(quality.getById(item.Id).recycle())).status).toBe(403);
    expect(titles(await manager())).toEqual(['Original']);
    const r = await raw(server, 'POST', "/_api/web/lists/getByTitle('Open list')/items", { user: 'quality', body: { Title: 'raw' } });
    expect(r.status).toBe(403);
  });

  it('gets read permissions on lists and items', async () => {
    const list = sp(server, 'quality').web.lists.getByTitle('Open list');
    const perms = await list.getCurrentUserEffectivePermissions();
    expect(perms).toMatchObject({ High: '176', Low: '138612833' });
    const item = await raw(server, 'GET', "/_api/web/lists/getByTitle('Open list')/items(1)/effectivebasepermissions", { user: 'quality' });
    expect(item.json).toMatchObject({ High: '176', Low: '138612833' });
  });
});

describe('care workers', () => {
  it('add, edit and delete items on ordinary lists', async () => {
    const items = sp(server, 'worker2').web.lists.getByTitle('Open list').items;
    const mine = await items.add({ Title: 'Ewa’s entry' });
    await items.getById(mine.Id).update({ Title: 'Ewa’s entry (edited)' });
    const managers = (await items()).find((i: { Title: string }) => i.Title === 'Original');
    await items.getById(managers.Id).update({ Title: 'Original (edited by Ewa)' });
    await items.getById(mine.Id).delete();
    expect(titles(await items())).toEqual(['Original (edited by Ewa)']);
  });
});
