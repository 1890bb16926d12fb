import type { LocalSharePoint } from '../../sharepoint/local-server';
import { allStatements, defaultPack } from '../../src/model';
import { DataError, PartialWriteError, ThrottledError } from '../../src/data/errors';
import { responsesList } from '../../src/data/schema';
import { createServices, type WpqServices } from '../../src/data/services';
import type { ActionInput, CareService, Cycle } from '../../src/data/types';
import { spAs, startSetUpServer } from './support';

/**
 * Throttling (429), outages (503) and dropped connections, injected by the local server. PnPjs retries
 * 429/503 and network errors three times honouring Retry-After; what still fails is a typed error that
 * says what was saved, so retrying never loses or duplicates anything.
 */
describe('throttling and outages', () => {
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

  it('reports a failure after three attempts as a typed ThrottledError, and nothing is stored', async () => {
    server.setFaults({ share: 1, statuses: [503], retryAfterSeconds: 0, count: 3 });
    server.resetStats();
    const attempt = createServices(spAs(server, 'worker1')).responses.submit({
      cycle,
      pack: defaultPack,
      kind: 'staff',
      answers: allStatements(defaultPack, 'staff').map((s) => ({ statementId: s.statement.id, value: 3 })),
      submissionId: 'throttled-0001'
    });
    await expect(attempt).rejects.toBeInstanceOf(ThrottledError);
    await expect(attempt).rejects.toMatchObject({ kind: 'throttled', status: 503, message: expect.stringContaining('tried three times') });
    expect(server.stats().requests).toBe(3);
    expect(await spAs(server, 'manager').web.lists.getByTitle(responsesList.title).items.select('Id')()).toHaveLength(0);
  });

  it('reports the first view’s site summary failing after three attempts as a typed ThrottledError too', async () => {
    server.setFaults({ share: 1, statuses: [503], retryAfterSeconds: 0, count: 3 });
    const attempt = createServices(spAs(server, 'worker1')).site.readSummary();
    await expect(attempt).rejects.toBeInstanceOf(ThrottledError);
    await expect(attempt).rejects.toMatchObject({ kind: 'throttled', status: 503 });
    expect(await createServices(spAs(server, 'worker1')).site.readSummary()).toMatchObject({ access: 'contribute', user: { title: 'Tom Baxter' } });
  });

  it('honours Retry-After and succeeds when SharePoint recovers within the retries', async () => {
    server.setFaults({ share: 1, statuses: [429], retryAfterSeconds: 1, count: 2 });
    server.resetStats();
    const started = process.hrtime.bigint();
    const services = await manager.careServices.list();
    expect(services.data).toHaveLength(1);
    expect(server.stats().requests).toBe(3);
    // A lower bound, not a speed target: two answers each asked for a one-second wait before the next try.
    expect(Number(process.hrtime.bigint() - started) / 1e6).toBeGreaterThanOrEqual(1990);
  });

  it('stores a survey once when SharePoint stored it but its answer was lost on the way back', async () => {
    const worker = createServices(spAs(server, 'worker2'));
    await worker.site.readSummary(); // the form digest, fetched before the fault
    const answers = allStatements(defaultPack, 'staff').map((s) => ({ statementId: s.statement.id, value: 4 }));
    server.setFaults({ share: 0, lostReplyShare: 1, count: 1 });
    const result = await worker.responses.submit({ cycle, pack: defaultPack, kind: 'staff', answers, submissionId: 'lost-answer-0001' });
    // PnPjs sent it again; the unique submission id refused the copy and the first one was found.
    expect(result).toMatchObject({ submissionId: 'lost-answer-0001', alreadySubmitted: true });
    const stored = await spAs(server, 'manager')
      .web.lists.getByTitle(responsesList.title)
      .items.select('Id')
      .filter(`${responsesList.fields.submissionId.property} eq 'lost-answer-0001'`)();
    expect(stored.map((r: { Id: number }) => r.Id)).toEqual([result.id]);
  });

  it('loses and duplicates nothing under random 429s, 503s and dropped connections', async () => {
    server.setFaults({ share: 0.3, dropShare: 0.1, statuses: [429, 503], retryAfterSeconds: 0, seed: 20260101 });
    server.resetStats();
    const worker = createServices(spAs(server, 'worker1'));
    const answers = allStatements(defaultPack, 'staff').map((s, i) => ({ statementId: s.statement.id, value: 1 + (i % 5) }));
    // 25 submissions; a submission that still fails is sent again with the same submission id.
    let retries = 0;
    for (let n = 0; n < 25; n++) {
      for (;;) {
        try {
          await worker.responses.submit({ cycle, pack: defaultPack, kind: 'staff', answers, submissionId: `fault-test-${n}` });
          break;
        } catch (e) {
          expect(e).toBeInstanceOf(DataError);
          expect(['throttled', 'network']).toContain((e as DataError).kind);
          retries++;
        }
      }
    }
    // 250 actions in batches; after a partial failure only the unsaved ones are sent again.
    let pending: ActionInput[] = Array.from({ length: 250 }, (_, i) => ({
      cycleId: cycle.id,
      serviceId: service.id,
      title: `Fault-proof action ${i}`,
      pillarId: null,
      statementId: null,
      detail: null,
      ownerId: null,
      dueDate: null,
      successMeasure: null,
      completedDate: null,
      carriedOverFromId: null
    }));
    let saved = 0;
    while (pending.length > 0) {
      try {
        saved += (await manager.actions.addMany(pending)).length;
        pending = [];
      } catch (e) {
        // Either some were saved (retry only the rest) or none was (retry them all).
        expect(e).toBeInstanceOf(DataError);
        if (e instanceof PartialWriteError) {
          saved += e.saved.length;
          pending = e.failedIndexes.map((i) => pending[i]);
        } else {
          expect(['throttled', 'network']).toContain((e as DataError).kind);
        }
        retries++;
      }
    }
    expect(saved).toBe(250);
    server.setFaults(undefined);
    // 25 submissions and 3 batches need 28 requests without faults; the injected faults cost more.
    expect(server.stats().requests).toBeGreaterThan(28);

    const responses = (await spAs(server, 'manager')
      .web.lists.getByTitle(responsesList.title)
      .items.select(responsesList.fields.submissionId.property)
      .top(5000)()) as Array<Record<string, string>>;
    const ids = responses.map((r) => r[responsesList.fields.submissionId.property]).filter((id) => id.startsWith('fault-test-'));
    expect(ids.sort()).toEqual(Array.from({ length: 25 }, (_, n) => `fault-test-${n}`).sort());
    const actions = (await manager.actions.listForCycle(cycle.id)).data.map((a) => a.title);
    expect(actions).toHaveLength(250);
    expect(new Set(actions).size).toBe(250);
    expect(retries).toBeLessThan(50);
  });
});
