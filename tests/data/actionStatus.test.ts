import type { LocalSharePoint } from '../../sharepoint/local-server';
import { ConflictError, NotFoundError } from '../../src/data/errors';
import { actionsList } from '../../src/data/schema';
import { createServices, type WpqServices } from '../../src/data/services';
import type { ActionInput, CareService, Cycle } from '../../src/data/types';
import { loadBoardWithPeople } from '../../src/ui/actions/boardData';
import { spAs, startSetUpServer, userId } from './support';

/** Status changes recorded in an action's progress notes, one etag'd request each, and the overview's next due action. */
describe('actions: status changes, one action, next due (local SharePoint)', () => {
  let server: LocalSharePoint;
  let manager: WpqServices;
  let service: CareService;
  let cycle: Cycle;
  const amara = (): { id: number; name: string } => ({ id: userId(server, 'manager'), name: 'Amara Okafor' });

  function input(title: string, extra: Partial<ActionInput> = {}): ActionInput {
    return {
      cycleId: cycle.id,
      serviceId: service.id,
      title,
      pillarId: 'culture',
      statementId: null,
      detail: null,
      ownerId: null,
      dueDate: null,
      successMeasure: null,
      completedDate: null,
      carriedOverFromId: null,
      ...extra
    };
  }

  beforeAll(async () => {
    server = await startSetUpServer();
    manager = createServices(spAs(server, 'manager'));
    service = await manager.careServices.add({ name: 'Larch Court', serviceType: 'care-home', leaderIds: [userId(server, 'manager')], staffIds: [], active: true });
    cycle = await manager.cycles.add({ title: 'Summer 2026', serviceId: service.id, startDate: '2026-06-01', endDate: '2026-09-30' });
  });
  afterAll(() => server.close());

  it('reads one action by id, and says when it no longer exists', async () => {
    const added = await manager.actions.add(input('Plan supervision dates'));
    expect(await manager.actions.get(added.id)).toEqual(added);
    await expect(manager.actions.get(999999)).rejects.toBeInstanceOf(NotFoundError);
  });

  it('changes status in one request, recording who, when, from and to in the progress notes', async () => {
    const added = await manager.actions.add(input('Start a wellbeing check-in'));
    server.resetStats();
    const moved = await manager.actions.changeStatus(added, 'in-progress', amara());
    // One etag'd update; reading the saved action back is the second.
    expect(server.stats().requests).toBeLessThanOrEqual(2);
    expect(moved.status).toBe('in-progress');
    expect(moved.progressNotes).toHaveLength(1);
    expect(moved.progressNotes[0]).toMatchObject({
      byId: userId(server, 'manager'),
      byName: 'Amara Okafor',
      status: { from: 'not-started', to: 'in-progress' },
      text: 'Status changed from Not started to In progress.'
    });
    expect(Number.isNaN(Date.parse(moved.progressNotes[0].at))).toBe(false);

    const done = await manager.actions.changeStatus(moved, 'done', amara(), 'Everyone has had one.');
    expect(done.completedDate).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    expect(done.progressNotes.map((n) => n.status?.to)).toEqual(['in-progress', 'done']);
    expect(done.progressNotes[1].text).toBe('Everyone has had one.');

    // Reopening clears the completion date.
    const reopened = await manager.actions.changeStatus(done, 'in-progress', amara());
    expect(reopened.completedDate).toBeNull();
    expect((await manager.actions.get(added.id)).progressNotes).toHaveLength(3);
  });

  it('refuses a status change over a stale copy with a ConflictError holding both versions', async () => {
    const added = await manager.actions.add(input('Agree a rota for training'));
    const worker = createServices(spAs(server, 'worker1'));
    const theirs = await worker.actions.update(added.id, { detail: 'Tom added dates' }, added.etag);
    let conflict: unknown;
    try {
      await manager.actions.changeStatus(added, 'on-hold', amara());
    } catch (e) {
      conflict = e;
    }
    expect(conflict).toBeInstanceOf(ConflictError);
    const c = conflict as ConflictError<typeof added>;
    expect(c.theirs).toMatchObject({ detail: 'Tom added dates', status: 'not-started', etag: theirs.etag });
    expect(c.mine).toMatchObject({ status: 'on-hold' });
    expect((await manager.actions.get(added.id)).status).toBe('not-started');
  });

  it('still reads progress notes written before status changes were recorded', async () => {
    const [id] = server.bulkInsert(actionsList.title, [
      {
        [actionsList.fields.title.property]: 'Older action',
        [actionsList.fields.cycle.property]: cycle.id,
        [actionsList.fields.service.property]: service.id,
        [actionsList.fields.status.property]: 'In progress',
        [actionsList.fields.progressNotes.property]: JSON.stringify([{ at: '2026-06-02T09:00:00.000Z', byId: null, byName: 'Sam Patel', text: 'Booked the room.' }])
      }
    ]);
    const { data, warnings } = await manager.actions.listForCycle(cycle.id);
    expect(warnings).toEqual([]);
    const older = data.find((a) => a.id === id);
    expect(older?.progressNotes).toEqual([{ at: '2026-06-02T09:00:00.000Z', byId: null, byName: 'Sam Patel', text: 'Booked the room.' }]);
  });

  it('reads a board of 500 actions with its cycle in one request, and one action with its cycle in one', async () => {
    const big = await manager.cycles.add({ title: 'Big board', serviceId: service.id });
    server.bulkInsert(
      actionsList.title,
      Array.from({ length: 500 }, (_, i) => ({
        [actionsList.fields.title.property]: `Action ${i + 1}`,
        [actionsList.fields.cycle.property]: big.id,
        [actionsList.fields.service.property]: service.id,
        [actionsList.fields.status.property]: 'Not started',
        [actionsList.fields.owner.property]: i % 2 === 0 ? userId(server, 'worker1') : userId(server, 'worker2')
      }))
    );
    server.resetStats();
    const board = await manager.actions.readBoard(big.id);
    expect(server.stats().requests).toBe(1);
    expect(board.warnings).toEqual([]);
    expect(board.data.cycle).toEqual(big);
    expect(board.data.actions).toHaveLength(500);
    const one = board.data.actions[42];
    server.resetStats();
    expect(await manager.actions.readOne(big.id, one.id)).toEqual({ cycle: big, action: one });
    expect(server.stats().requests).toBe(1);
    // What the board screen reads: the board, then its owners' names.
    server.resetStats();
    const loaded = await loadBoardWithPeople(manager, big.id);
    expect(server.stats().requests).toBeLessThanOrEqual(2);
    expect(loaded.board.data.actions).toHaveLength(500);
    expect(loaded.people.map((p) => p.id)).toEqual([userId(server, 'worker1'), userId(server, 'worker2')].sort((a, b) => a - b));
    await expect(manager.actions.readBoard(999999)).rejects.toBeInstanceOf(NotFoundError);
    await expect(manager.actions.readOne(big.id, 999999)).rejects.toBeInstanceOf(NotFoundError);
  });

  it("names the cycle's unfinished action due soonest in the overview, still in two requests", async () => {
    await manager.actions.addMany([
      input('Due later', { dueDate: '2026-08-15' }),
      input('Due first', { dueDate: '2026-07-01' }),
      input('Finished early', { dueDate: '2026-06-10', status: 'done' })
    ]);
    server.resetStats();
    const { data } = await manager.overview.read(service.id);
    expect(server.stats().requests).toBeLessThanOrEqual(2);
    expect(data.actions.nextDue).toMatchObject({ title: 'Due first', dueDate: '2026-07-01' });
  });
});
