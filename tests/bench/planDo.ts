import { InjectHeaders } from '@pnp/queryable';
import type { SPFI } from '@pnp/sp';
import { startLocalSharePoint, type LocalSharePoint } from '../../sharepoint/local-server';
import { runSetup } from '../../src/data/provisioning';
import { createServices } from '../../src/data/services';
import { createSp } from '../../src/data/sp';
import type { ActionInput, ActionStatus, CareService, Cycle } from '../../src/data/types';
import { addDays, localToday } from '../../src/data/dates';
import { loadBoardWithPeople } from '../../src/ui/actions/boardData';
import { import500Requests, measuresScreenRequests } from '../data/measuresBench';
import type { Bench, Figure } from './run';

type User = 'manager' | 'worker1';

function spAs(server: LocalSharePoint, user: User): SPFI {
  return createSp({ pageContext: { web: { absoluteUrl: server.siteUrl } } }).using(InjectHeaders({ 'X-WPQ-User': user }));
}

/** Requests of a second call (the first one warms the digest and connections). */
async function requestsOf(server: LocalSharePoint, call: () => Promise<unknown>): Promise<number> {
  await call();
  server.resetStats();
  await call();
  return server.stats().requests;
}

const STATUSES: ActionStatus[] = ['not-started', 'in-progress', 'on-hold', 'done', 'cancelled'];

function actionsFor(cycleId: number, serviceId: number, count: number, owners: number[], from: number): ActionInput[] {
  const today = localToday();
  return Array.from({ length: count }, (_, i) => ({
    cycleId,
    serviceId,
    title: `Action ${from + i + 1}`,
    pillarId: ['culture', 'leadership', 'learning', 'wellbeing'][i % 4],
    statementId: null,
    detail: null,
    ownerId: owners[i % owners.length],
    dueDate: addDays(today, (i % 120) - 60),
    status: STATUSES[i % STATUSES.length],
    priority: 'medium',
    successMeasure: null,
    completedDate: STATUSES[i % STATUSES.length] === 'done' ? addDays(today, -1) : null,
    carriedOverFromId: null
  }));
}

/**
 * The action board of a cycle with 500 actions (the cycle and its actions, then the owners' names),
 * and "My actions" for a care worker across 50 services holding 5,000 actions.
 */
export const measurePlanDo: Bench = {
  title: 'plan and do',
  run: async () => {
    const server = await startLocalSharePoint({ port: 0 });
    try {
      const sp = spAs(server, 'manager');
      await runSetup(sp);
      const manager = createServices(sp);
      const worker = createServices(spAs(server, 'worker1'));
      const owners = [server.users.find((u) => u.key === 'worker1')?.id as number, server.users.find((u) => u.key === 'manager')?.id as number];
      const figures: Figure[] = [];

      const services: CareService[] = [];
      for (let s = 0; s < 50; s++) {
        services.push(await manager.careServices.add({ name: `Bench service ${s + 1}`, serviceType: 'care-home', leaderIds: [], staffIds: [], active: true }));
      }
      const cycles: Cycle[] = [];
      for (const service of services) {
        cycles.push(await manager.cycles.add({ title: 'Spring', serviceId: service.id, phase: 'do', startDate: addDays(localToday(), -90), endDate: addDays(localToday(), 90) }));
      }
      // The first cycle holds 500 actions; the 4,500 others spread over the other 49 services.
      await manager.actions.addMany(actionsFor(cycles[0].id, services[0].id, 500, owners, 0));
      for (let s = 1; s < 50; s++) {
        await manager.actions.addMany(actionsFor(cycles[s].id, services[s].id, s <= 41 ? 92 : 91, owners, s * 100));
      }
      figures.push({
        name: 'board.requests',
        value: await requestsOf(server, () => loadBoardWithPeople(manager, cycles[0].id)),
        unit: 'requests (the action board of a cycle with 500 actions, with the owners\u2019 names)'
      });
      figures.push({
        name: 'myActions.requests',
        value: await requestsOf(server, () => worker.myWork.read()),
        unit: 'requests (My work for a care worker: surveys waiting and their actions across 50 services and 5,000 actions)'
      });
      figures.push({
        name: 'measures.requests',
        value: await measuresScreenRequests(server, manager),
        unit: 'requests (the measures screen of a service with 5 years of quarterly figures for every measure)'
      });
      figures.push({
        name: 'import500.requests',
        value: await import500Requests(server, manager),
        unit: 'requests (500 pasted spreadsheet rows checked against stored figures, then stored in batches)'
      });
      return figures;
    } finally {
      await server.close();
    }
  }
};
