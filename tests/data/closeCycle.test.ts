import type { LocalSharePoint } from '../../sharepoint/local-server';
import { defaultPack } from '../../src/model';
import { closeCycleService, type CloseRequest, type CloseStep } from '../../src/data/closeCycle';
import { InvalidInputError } from '../../src/data/errors';
import { actionsRepository } from '../../src/data/repositories/actions';
import { settingsRepository } from '../../src/data/repositories/settings';
import { actionsList } from '../../src/data/schema';
import { createServices, type WpqServices } from '../../src/data/services';
import type { Action, ActionInput, CareService, Cycle } from '../../src/data/types';
import { spAs, startSetUpServer, userId } from './support';

/**
 * Closing a cycle through real PnPjs against the local server, with the close interrupted half way by
 * injected outages and lost answers: running it again finishes the job and stores nothing twice.
 */

function action(cycle: Cycle, title: string, status: ActionInput['status']): ActionInput {
  return {
    cycleId: cycle.id,
    serviceId: cycle.serviceId,
    title,
    status,
    pillarId: defaultPack.pillars[0].id,
    statementId: null,
    detail: 'Details stay with the action',
    ownerId: null,
    dueDate: '2026-05-31',
    successMeasure: 'Fewer agency shifts',
    completedDate: null,
    carriedOverFromId: null
  };
}

jest.setTimeout(60000);

describe('closing a cycle', () => {
  let server: LocalSharePoint;
  let manager: WpqServices;
  let house: CareService;
  let author: CloseRequest['author'];

  /** A cycle in review with six actions: two to carry, one to close, one to drop, one done, one cancelled. */
  async function seed(title: string): Promise<{ cycle: Cycle; byTitle: Map<string, Action>; request: CloseRequest }> {
    const cycle = await manager.cycles.add({ title, serviceId: house.id, startDate: '2026-01-01', endDate: '2026-03-31', phase: 'review' });
    const created = await manager.actions.addMany([
      action(cycle, 'Carry one', 'in-progress'),
      action(cycle, 'Carry two', 'not-started'),
      action(cycle, 'Close me', 'on-hold'),
      action(cycle, 'Drop me', 'not-started'),
      action(cycle, 'Already done', 'done'),
      action(cycle, 'Already cancelled', 'cancelled')
    ]);
    const byTitle = new Map(created.map((a) => [a.title, a]));
    const id = (t: string): number => (byTitle.get(t) as Action).id;
    const request: CloseRequest = {
      cycleId: cycle.id,
      decisions: [
        { actionId: id('Carry one'), decision: 'carry' },
        { actionId: id('Carry two'), decision: 'carry' },
        { actionId: id('Close me'), decision: 'close' },
        { actionId: id('Drop me'), decision: 'drop', reason: 'The rota change made it unnecessary.' }
      ],
      next: { title: `After ${title}`, packId: defaultPack.id, packVersion: defaultPack.version, startDate: '2026-04-01', endDate: '2026-06-30', minimumGroupSize: 6 },
      author
    };
    return { cycle, byTitle, request };
  }

  /** Checks what SharePoint holds once a close has finished: exactly one next cycle and one successor per carried action. */
  async function expectFinished(cycle: Cycle, byTitle: Map<string, Action>, request: CloseRequest): Promise<void> {
    const cycles = (await manager.cycles.listForService(house.id)).data;
    expect(cycles.find((c) => c.id === cycle.id)?.phase).toBe('closed');
    const next = cycles.filter((c) => c.title === request.next?.title);
    expect(next).toHaveLength(1);
    expect(next[0]).toMatchObject({ phase: 'analyse', startDate: '2026-04-01', endDate: '2026-06-30', minimumGroupSize: 6, packVersion: defaultPack.version });

    const old = new Map((await manager.actions.listForCycle(cycle.id)).data.map((a) => [a.title, a]));
    expect(old.get('Carry one')?.status).toBe('carried-over');
    expect(old.get('Carry two')?.status).toBe('carried-over');
    expect(old.get('Close me')).toMatchObject({ status: 'done' });
    expect(old.get('Close me')?.completedDate).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    expect(old.get('Drop me')?.status).toBe('cancelled');
    expect(old.get('Drop me')?.progressNotes.map((n) => [n.text, n.byName])).toEqual([['The rota change made it unnecessary.', 'Amara Okafor']]);
    expect(old.get('Already done')?.status).toBe('done');
    expect(old.get('Already cancelled')?.status).toBe('cancelled');

    const successors = (await manager.actions.listForCycle(next[0].id)).data;
    expect(successors.map((a) => [a.title, a.status, a.carriedOverFromId]).sort()).toEqual([
      ['Carry one', 'in-progress', (byTitle.get('Carry one') as Action).id],
      ['Carry two', 'not-started', (byTitle.get('Carry two') as Action).id]
    ]);
    expect(successors[0]).toMatchObject({ detail: 'Details stay with the action', successMeasure: 'Fewer agency shifts', dueDate: '2026-05-31' });
    // What SharePoint holds, whatever the app reads: no second copy of any successor.
    const raw = (await spAs(server, 'manager')
      .web.lists.getByTitle(actionsList.title)
      .items.select('Id', actionsList.fields.carriedOverFrom.property)
      .filter(`${actionsList.fields.cycle.property} eq ${next[0].id}`)()) as unknown[];
    expect(raw).toHaveLength(2);
  }

  beforeAll(async () => {
    server = await startSetUpServer();
    manager = createServices(spAs(server, 'manager'));
    house = await manager.careServices.add({ name: 'Meadowbank House', serviceType: 'care-home', leaderIds: [userId(server, 'manager')], staffIds: [], active: true });
    author = { id: userId(server, 'manager'), name: 'Amara Okafor' };
  });
  afterEach(() => server.setFaults(undefined));
  afterAll(() => server.close());

  it('applies every decision, starts the next cycle and closes the cycle in one run', async () => {
    const { cycle, byTitle, request } = await seed('Plain close');
    const result = await manager.closing.close(request);
    expect(result).toMatchObject({ closed: 1, dropped: 1, carried: 2, alreadyClosed: false });
    expect(result.cycle.phase).toBe('closed');
    await expectFinished(cycle, byTitle, request);
  });

  it('refuses a request that leaves an action undecided or drops one without a reason, changing nothing', async () => {
    const { cycle, request } = await seed('Refused close');
    const undecided = { ...request, decisions: request.decisions.slice(1) };
    await expect(manager.closing.close(undecided)).rejects.toBeInstanceOf(InvalidInputError);
    const noReason = { ...request, decisions: request.decisions.map((d) => (d.decision === 'drop' ? { ...d, reason: '  ' } : d)) };
    await expect(manager.closing.close(noReason)).rejects.toMatchObject({ problems: [expect.stringContaining('reason')] });
    const noNext = { ...request, next: null };
    await expect(manager.closing.close(noNext)).rejects.toMatchObject({ problems: [expect.stringContaining('Start the next cycle')] });
    const older = { ...request, next: { ...(request.next as NonNullable<CloseRequest['next']>), packVersion: '0.0.1' } };
    await expect(manager.closing.close(older)).rejects.toMatchObject({ problems: [expect.stringContaining('or newer')] });

    expect((await manager.cycles.get(cycle.id)).phase).toBe('review');
    expect((await manager.actions.listForCycle(cycle.id)).data.filter((a) => a.status === 'cancelled')).toHaveLength(1);
    expect((await manager.cycles.listForService(house.id)).data.filter((c) => c.title === 'After Refused close')).toHaveLength(0);
  });

  it('finishes a close interrupted by an outage after the next cycle was started, without a second next cycle', async () => {
    const { cycle, byTitle, request } = await seed('Outage close');
    const sp = spAs(server, 'manager');
    const service = closeCycleService(sp, settingsRepository(sp));
    const seen: Array<CloseStep['kind']> = [];
    await expect(
      service.close(request, {
        beforeStep: (step) => {
          seen.push(step.kind);
          // SharePoint stops answering (503 on every request) just as the actions are carried over.
          if (step.kind === 'carry') server.setFaults({ share: 1, statuses: [503], retryAfterSeconds: 0 });
        }
      })
    ).rejects.toMatchObject({ kind: 'throttled' });
    server.setFaults(undefined);
    expect(seen).toEqual(['close-action', 'drop-action', 'start-next', 'carry']);
    expect((await manager.cycles.get(cycle.id)).phase).toBe('review');

    // The rerun plans only what is left: the next cycle exists, so only the carry-over and the phase remain.
    const plan = await service.plan(request);
    expect(plan.steps.map((s) => s.kind)).toEqual(['carry', 'close-cycle']);
    expect(plan.nextCycle?.title).toBe('After Outage close');
    const result = await service.apply(plan);
    expect(result).toMatchObject({ closed: 0, dropped: 0, carried: 2 });
    await expectFinished(cycle, byTitle, request);
  });

  it('starts the next cycle once when the answer to starting it was lost and PnPjs sent it again', async () => {
    const { cycle, request } = await seed('Lost start');
    const sp = spAs(server, 'manager');
    const service = closeCycleService(sp, settingsRepository(sp));
    const result = await service.close(request, {
      beforeStep: (step) => {
        if (step.kind === 'start-next') server.setFaults({ share: 0, lostReplyShare: 1, count: 1 });
      }
    });
    const copies = (await manager.cycles.listForService(house.id)).data.filter((c) => c.title === 'After Lost start');
    // The resent add is refused by the cycle's unique creation id and the stored cycle read back.
    expect(copies).toHaveLength(1);
    expect(result.nextCycle?.id).toBe(copies[0].id);
    expect((await manager.actions.listForCycle(copies[0].id)).data).toHaveLength(2);
    // A rerun finds the same cycle and has nothing left to do.
    expect((await service.plan(request)).nextCycle?.id).toBe(copies[0].id);
    expect((await manager.cycles.get(cycle.id)).phase).toBe('closed');
  });

  it('finishes a close interrupted after the successors were stored, with lost answers, and stores no successor twice', async () => {
    const { cycle, byTitle, request } = await seed('Half carried');
    const sp = spAs(server, 'manager');
    const real = actionsRepository(sp);
    // The successors are stored, then SharePoint stops answering before the old actions are marked.
    const interrupting = {
      ...real,
      addMany: async (inputs: ActionInput[]) => {
        const created = await real.addMany(inputs);
        server.setFaults({ share: 1, statuses: [503], retryAfterSeconds: 0 });
        return created;
      }
    };
    const first = closeCycleService(sp, settingsRepository(sp), { actions: interrupting });
    await expect(
      first.close(request, {
        // The answer to the batch that stores the successors is lost: PnPjs sends it again.
        beforeStep: (step) => {
          if (step.kind === 'carry') server.setFaults({ share: 0, lostReplyShare: 1, count: 1 });
        }
      })
    ).rejects.toMatchObject({ kind: 'throttled' });
    server.setFaults(undefined);
    const midway = (await manager.actions.listForCycle(cycle.id)).data;
    expect(midway.filter((a) => a.status === 'carried-over')).toHaveLength(0);

    // Run again (answers lost along the way too): the successors are found, not added again.
    const again = closeCycleService(sp, settingsRepository(sp));
    const plan = await again.plan(request);
    const carry = plan.steps.find((s) => s.kind === 'carry');
    expect(carry?.kind === 'carry' ? carry.successorOf.size : -1).toBe(2);
    const result = await again.apply(plan, {
      beforeStep: (step) => {
        // The answer to the phase change is lost: the retry is refused as a conflict, yet the cycle is closed.
        if (step.kind === 'close-cycle') server.setFaults({ share: 0, lostReplyShare: 1, count: 1 });
      }
    });
    expect(result).toMatchObject({ carried: 0 });
    expect(result.cycle.phase).toBe('closed');
    await expectFinished(cycle, byTitle, request);

    // A third run has nothing left to do.
    const third = await manager.closing.close(request);
    expect(third).toMatchObject({ alreadyClosed: true, closed: 0, dropped: 0, carried: 0 });
    await expectFinished(cycle, byTitle, request);
  });
});
