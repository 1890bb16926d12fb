/**
 * A portfolio's worth of data on a local server: services with published cycles, open actions,
 * measures and imported provider summaries. Used by tests/data/summaries.test.ts and by the
 * portfolio.requests benchmark (seed, `server.resetStats()`, `readPortfolio(spAs(server, 'quality'))`,
 * then `server.stats().requests`).
 */
import type { LocalSharePoint } from '../../sharepoint/local-server';
import { DONT_KNOW, type Answer } from '../../src/domain';
import { allStatements, defaultPack } from '../../src/model';
import { submissionBody } from '../../src/data/repositories/responses';
import { actionsList, cyclesList, measuresList, providerSummariesList, responsesList, servicesList } from '../../src/data/schema';
import { createServices } from '../../src/data/services';
import { summaryKey, type ProviderSummary } from '../../src/data/summaries';
import type { CareService, Cycle } from '../../src/data/types';
import { spAs, userId } from './support';

export function answers(audience: 'leaders' | 'staff', value: (i: number) => number | typeof DONT_KNOW): Answer[] {
  return allStatements(defaultPack, audience).map((s, i) => ({ statementId: s.statement.id, value: value(i) }));
}

/** Submitted staff responses from `count` people without a local sign-in (ids from `firstPerson`). */
export function staffResponses(server: LocalSharePoint, cycle: Cycle, count: number, firstPerson: number, value: (r: number, i: number) => number = (r, i) => 1 + ((r + i) % 5)): void {
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

export interface PublishedService {
  service: CareService;
  cycle: Cycle;
}

/** One service with a published cycle: the manager's self-assessment and `staff` staff responses. */
export async function publishedService(server: LocalSharePoint, name: string, staff: number, firstPerson: number): Promise<PublishedService> {
  const manager = createServices(spAs(server, 'manager'));
  const service = await manager.careServices.add({ name, serviceType: 'care-home', leaderIds: [userId(server, 'manager')], staffIds: [], active: true });
  const cycle = await manager.cycles.add({ title: 'Spring 2026', serviceId: service.id, startDate: '2026-03-01', endDate: '2026-06-30' });
  await manager.responses.submit({ cycle, pack: defaultPack, kind: 'leaders', answers: answers('leaders', (i) => 1 + (i % 4)), submissionId: `leaders-${cycle.id}` });
  staffResponses(server, cycle, staff, firstPerson);
  await manager.cycles.publishResults(cycle.id);
  return { service, cycle: await manager.cycles.get(cycle.id) };
}

/** A valid provider summary (as another provider's WPQ would export it), changed by `overrides`. */
export function providerSummary(n: number, overrides: Partial<ProviderSummary> = {}): ProviderSummary {
  return {
    kind: 'wpq-provider-summary',
    formatVersion: 1,
    provider: { name: `Provider ${n}`, siteUrl: `https://provider${n}.sharepoint.com/sites/wpq` },
    service: { name: `Provider ${n} care home`, serviceType: 'care-home' },
    cycle: { id: 7, title: 'Spring 2026', phase: 'plan', startDate: '2026-03-01', endDate: '2026-06-30' },
    pack: { id: defaultPack.id, version: defaultPack.version },
    publishedAt: '2026-04-30T09:15:00Z',
    exportedAt: '2026-05-02T10:00:00Z',
    minimumGroupSize: 5,
    leaders: {
      respondents: 2,
      overallPercent: 65,
      pillars: [
        { pillarId: 'culture', percent: 70 },
        { pillarId: 'leadership', percent: 60 },
        { pillarId: 'learning', percent: 50 },
        { pillarId: 'wellbeing', percent: 80 }
      ],
      themes: [{ pillarId: 'digital', percent: 40 }]
    },
    staff: {
      status: 'shown',
      respondents: 12,
      overallPercent: 50,
      pillars: [
        { pillarId: 'culture', percent: 55 },
        { pillarId: 'leadership', percent: 45 },
        { pillarId: 'learning', percent: 40 },
        { pillarId: 'wellbeing', percent: 60 }
      ],
      themes: [{ pillarId: 'digital', percent: 35 }]
    },
    gap: 15,
    actions: { total: 6, byStatus: { 'not-started': 1, 'in-progress': 2, 'on-hold': 0, done: 3, cancelled: 0, 'carried-over': 0 }, overdue: 1 },
    measures: [
      { measureId: 'turnover-rate', period: '2025/26', periodEnd: '2026-03-31', value: 31.5 },
      { measureId: 'vacancy-rate', period: null, periodEnd: '2026-03-31', value: 6.2 }
    ],
    ...overrides
  };
}

/**
 * `services` services, each with a cycle whose published summary is copied from one real publication,
 * two open actions (one overdue), three measures over five years, and `imported` provider summaries.
 */
export async function seedPortfolio(server: LocalSharePoint, services: number, imported: number): Promise<void> {
  const template = await publishedService(server, 'Template House', 6, 9000);
  const raw = (await spAs(server, 'manager')
    .web.lists.getByTitle(cyclesList.title)
    .items.getById(template.cycle.id)
    .select(cyclesList.fields.resultsSummary.property, cyclesList.fields.publishedAt.property)()) as Record<string, unknown>;
  const serviceIds = server.bulkInsert(
    servicesList.title,
    Array.from({ length: services - 1 }, (_, i) => ({ [servicesList.fields.name.property]: `Service ${String(i + 1).padStart(3, '0')}`, [servicesList.fields.active.property]: true }))
  );
  const cycleIds = server.bulkInsert(
    cyclesList.title,
    serviceIds.map((id) => ({
      [cyclesList.fields.title.property]: 'Spring 2026',
      [cyclesList.fields.service.property]: id,
      [cyclesList.fields.packId.property]: defaultPack.id,
      [cyclesList.fields.packVersion.property]: defaultPack.version,
      [cyclesList.fields.phase.property]: 'Do',
      [cyclesList.fields.startDate.property]: '2026-03-01T00:00:00Z',
      [cyclesList.fields.resultsSummary.property]: raw[cyclesList.fields.resultsSummary.property],
      [cyclesList.fields.publishedAt.property]: raw[cyclesList.fields.publishedAt.property]
    }))
  );
  server.bulkInsert(
    actionsList.title,
    serviceIds.flatMap((id, i) =>
      ['2024-01-31T00:00:00Z', '2099-01-31T00:00:00Z'].map((due, j) => ({
        [actionsList.fields.title.property]: `Action ${j + 1}`,
        [actionsList.fields.cycle.property]: cycleIds[i],
        [actionsList.fields.service.property]: id,
        [actionsList.fields.status.property]: 'In progress',
        [actionsList.fields.dueDate.property]: due
      }))
    )
  );
  const quarters = Array.from({ length: 20 }, (_, q) => {
    const year = 2021 + Math.floor(q / 4);
    const month = ((q % 4) + 1) * 3;
    return `${year}-${String(month).padStart(2, '0')}-28T00:00:00Z`;
  });
  server.bulkInsert(
    measuresList.title,
    serviceIds.flatMap((id) =>
      quarters.flatMap((periodEnd, q) =>
        ['turnover-rate', 'vacancy-rate', 'sickness-days-per-worker'].map((measureId, m) => ({
          [measuresList.fields.service.property]: id,
          [measuresList.fields.measureId.property]: measureId,
          [measuresList.fields.periodEnd.property]: periodEnd,
          [measuresList.fields.numerator.property]: q + m,
          [measuresList.fields.denominator.property]: 40,
          [measuresList.fields.value.property]: ((q + m) / 40) * 100
        }))
      )
    )
  );
  server.bulkInsert(
    providerSummariesList.title,
    Array.from({ length: imported }, (_, i) => {
      const summary = providerSummary(i + 1);
      return {
        [providerSummariesList.fields.title.property]: summary.provider.name,
        [providerSummariesList.fields.summaryKey.property]: summaryKey(summary),
        [providerSummariesList.fields.providerName.property]: summary.provider.name,
        [providerSummariesList.fields.serviceName.property]: summary.service.name,
        [providerSummariesList.fields.cycleTitle.property]: summary.cycle.title,
        [providerSummariesList.fields.publishedAt.property]: summary.publishedAt,
        [providerSummariesList.fields.importedAt.property]: '2026-05-03T08:00:00Z',
        [providerSummariesList.fields.summary.property]: JSON.stringify(summary)
      };
    })
  );
}
