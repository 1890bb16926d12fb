import type { LocalSharePoint } from '../../sharepoint/local-server';
import { defaultPack, type ModelPack } from '../../src/model';
import { DATA_AREAS } from '../../src/data/dataServices';
import { createServices, type WpqServices } from '../../src/data/services';
import type { Cycle } from '../../src/data/types';
import { spAs, startSetUpServer, userId } from './support';

describe('the data layer loads each area on first use', () => {
  let server: LocalSharePoint;
  let manager: WpqServices;
  let pinned: Cycle;
  const stored: ModelPack = { ...defaultPack, id: 'riverside-pack', version: '2.0.0', title: 'Riverside pack' };

  beforeAll(async () => {
    server = await startSetUpServer();
    manager = createServices(spAs(server, 'manager'));
    const service = await manager.careServices.add({ name: 'Riverside', serviceType: 'care-home', leaderIds: [userId(server, 'manager')], staffIds: [], active: true });
    await manager.packs.save(stored);
    pinned = await manager.cycles.add({ title: 'Riverside spring', serviceId: service.id, packId: stored.id, packVersion: stored.version });
  });
  afterAll(() => server.close());

  it('offers every area of the list of loaders, each a stable object that is never mistaken for a promise', async () => {
    const services = createServices(spAs(server, 'worker1'));
    expect(Object.keys(services).sort()).toEqual(['site', ...Object.keys(DATA_AREAS)].sort());
    expect(services.cycles).toBe(services.cycles);
    expect((services.cycles as unknown as { then?: unknown }).then).toBeUndefined();
    expect(await Promise.resolve(services.cycles)).toBe(services.cycles);
  });

  it('shares one settings repository between the areas of one site, so a stored pack is read once', async () => {
    const worker = createServices(spAs(server, 'worker1'));
    expect(await worker.settings.readPack(stored.id, stored.version)).toEqual(stored);
    // The survey's start finds the pack in the cache of the same settings repository: one round trip.
    server.resetStats();
    const start = await worker.surveyStart.read(pinned.id, 'staff');
    expect(server.stats().requests).toBe(1);
    expect(start.pack).toEqual(stored);
    expect(start.cycle.id).toBe(pinned.id);
    // Services made afresh have a repository of their own: the pack is read again (a second round trip).
    server.resetStats();
    expect((await createServices(spAs(server, 'worker1')).surveyStart.read(pinned.id, 'staff')).pack).toEqual(stored);
    expect(server.stats().requests).toBe(2);
  });

  it('fetches an area whose code failed to load again the next time it is used', async () => {
    let failures = 1;
    jest.doMock('../../src/data/surveyStart', () => {
      if (failures-- > 0) throw new Error('Loading chunk wpq-data-core failed.');
      return jest.requireActual('../../src/data/surveyStart');
    });
    try {
      let fresh: typeof createServices = createServices;
      jest.isolateModules(() => {
        fresh = (jest.requireActual('../../src/data/services') as { createServices: typeof createServices }).createServices;
      });
      const worker = fresh(spAs(server, 'worker1'));
      await expect(worker.surveyStart.read(pinned.id, 'staff')).rejects.toThrow('Loading chunk wpq-data-core failed.');
      expect((await worker.surveyStart.read(pinned.id, 'staff')).cycle.id).toBe(pinned.id);
      expect(failures).toBe(-1);
    } finally {
      jest.dontMock('../../src/data/surveyStart');
    }
  });
});
