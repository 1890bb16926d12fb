import { InjectHeaders } from '@pnp/queryable';
import type { SPFI } from '@pnp/sp';
import { performance } from 'perf_hooks';
import * as v8 from 'v8';
import * as vm from 'vm';
import { startLocalSharePoint, type LocalSharePoint } from '../../sharepoint/local-server';
import { setUpLocalSite } from '../../sharepoint/tools/demoData';
import { buildScoringIndex, createTally, scoreGroup, DONT_KNOW } from '../../src/domain';
import { allStatements, defaultPack, type ModelPack } from '../../src/model';
import { aggregateAnswers, serialiseAnswers, type AnswerSource } from '../../src/data/answers';
import { runSetup } from '../../src/data/provisioning';
import { submissionBody } from '../../src/data/repositories/responses';
import { ACTION_STATUSES, actionsList, measuresList, responsesList } from '../../src/data/schema';
import { createServices } from '../../src/data/services';
import { createSp } from '../../src/data/sp';
import type { CareService, Cycle } from '../../src/data/types';
import { quarterEnd } from '../data/measuresBench';
import type { Bench, Figure } from './run';

type User = 'manager' | 'worker1' | 'worker2' | 'quality';

function spAs(server: LocalSharePoint, user: User): SPFI {
  return createSp({ pageContext: { web: { absoluteUrl: server.siteUrl } } }).using(InjectHeaders({ 'X-WPQ-User': user }));
}

/** The garbage collector, exposed for measuring memory without leftovers of earlier work. */
function collectGarbage(): void {
  v8.setFlagsFromString('--expose-gc');
  (vm.runInNewContext('gc') as () => void)();
}

const mb = (bytes: number): number => Math.round((bytes / 1048576) * 10) / 10;
const median = (xs: number[]): number => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

/** A pack whose leaders answer exactly 30 statements (six per pillar and theme). */
function thirtyStatementPack(): ModelPack {
  return { ...defaultPack, pillars: defaultPack.pillars.map((p) => ({ ...p, leaderStatements: p.leaderStatements.slice(0, 6) })) };
}

/** Aggregating 100,000 stored responses of 30 answers (parse, validate, tally, score) on the one JavaScript thread. */
function aggregate100k(): Figure[] {
  const pack = thirtyStatementPack();
  const index = buildScoringIndex(pack, 'leaders');
  if (index.statementIds.length !== 30) throw new Error(`Expected 30 statements, got ${index.statementIds.length}.`);
  const sources: AnswerSource[] = [];
  let inputBytes = 0;
  for (let r = 0; r < 100000; r++) {
    const text = serialiseAnswers(
      index,
      index.statementIds.map((statementId, s) => ({ statementId, value: (r + s) % 11 === 0 ? DONT_KNOW : 1 + ((r * 7 + s * 3) % 4) }))
    );
    inputBytes += text.length;
    sources.push({ id: r + 1, answers: text });
  }
  const times: number[] = [];
  let heapGrowth = 0;
  for (let run = 0; run < 6; run++) {
    // Start each run from a clean heap, so the figures are this run's own work.
    collectGarbage();
    const heapBefore = process.memoryUsage().heapUsed;
    const started = performance.now();
    const { tally, rejected } = aggregateAnswers(index, sources, createTally(index));
    const score = scoreGroup(tally, { minimumGroupSize: 5 });
    const ms = performance.now() - started;
    if (rejected.length > 0 || score.status !== 'shown' || score.respondents !== 100000) throw new Error('Aggregation gave an unexpected result.');
    if (run > 0) {
      times.push(ms);
      heapGrowth = Math.max(heapGrowth, process.memoryUsage().heapUsed - heapBefore);
    }
  }
  return [
    { name: 'aggregate100k.ms', value: Math.round(median(times) * 10) / 10, unit: 'ms' },
    { name: 'aggregate100k.peakMB', value: mb(process.resourceUsage().maxRSS * 1024), unit: 'MB (process peak RSS, includes the 100,000 stored answer texts)' },
    { name: 'aggregate100k.heapGrowthMB', value: mb(heapGrowth), unit: 'MB (heap allocated by one warm run)' },
    { name: 'aggregate100k.inputMB', value: mb(inputBytes), unit: 'MB of answer JSON' }
  ];
}

async function measure(server: LocalSharePoint, call: () => Promise<unknown>): Promise<{ requests: number; bytes: number }> {
  await call(); // warm: the digest and connections exist before counting
  server.resetStats();
  await call();
  const s = server.stats();
  return { requests: s.requests, bytes: s.bytesIn + s.bytesOut };
}

/** Requests and bytes of each read model and of a submission, on the Meadowbank Care demo site. */
async function readModelTraffic(): Promise<Figure[]> {
  const server = await startLocalSharePoint({ port: 0 });
  try {
    await setUpLocalSite(spAs(server, 'manager'), server);
    const manager = createServices(spAs(server, 'manager'));
    const worker = createServices(spAs(server, 'worker1'));
    const quality = createServices(spAs(server, 'quality'));
    const house = (await manager.careServices.list()).data.find((s) => s.name === 'Meadowbank House');
    if (!house) throw new Error('The demo site has no Meadowbank House.');
    const dashboard = await measure(server, () => worker.overview.read(house.id));
    const myWork = await measure(server, () => worker.myWork.read());
    const portfolio = await measure(server, () => quality.portfolio.read());
    const cycle = (await manager.cycles.listForService(house.id)).data.find((c) => c.phase === 'analyse');
    if (!cycle) throw new Error('The demo site has no open cycle.');
    const answers = allStatements(defaultPack, 'staff').map((s) => ({ statementId: s.statement.id, value: 4 }));
    await worker.settings.readDefaults();
    server.resetStats();
    await createServices(spAs(server, 'worker2')).responses.submit({ cycle, pack: defaultPack, kind: 'staff', answers, submissionId: 'bench-submit-0001' });
    const submit = server.stats().requests;
    return [
      { name: 'dashboard.requests', value: dashboard.requests, unit: 'requests' },
      { name: 'dashboard.bytes', value: dashboard.bytes, unit: 'bytes' },
      { name: 'mywork.requests', value: myWork.requests, unit: 'requests' },
      { name: 'mywork.bytes', value: myWork.bytes, unit: 'bytes' },
      { name: 'portfolio.requests', value: portfolio.requests, unit: 'requests' },
      { name: 'portfolio.bytes', value: portfolio.bytes, unit: 'bytes' },
      { name: 'submit.requests', value: submit, unit: 'requests' }
    ];
  } finally {
    await server.close();
  }
}

/** The service overview on lists of 50,000 responses and 6,000 actions, with 100 ms added to every request. */
async function dashboard50k(): Promise<Figure[]> {
  const server = await startLocalSharePoint({ port: 0 });
  try {
    const sp = spAs(server, 'manager');
    await runSetup(sp);
    const manager = createServices(sp);
    const services: CareService[] = [];
    for (let s = 0; s < 10; s++) {
      services.push(await manager.careServices.add({ name: `Service ${s + 1}`, serviceType: 'care-home', leaderIds: [], staffIds: [], active: true }));
    }
    const cycles: Cycle[] = [];
    for (const service of services) {
      for (const [i, phase] of (['closed', 'closed', 'closed', 'closed', 'analyse'] as const).entries()) {
        cycles.push(await manager.cycles.add({ title: `Cycle ${i + 1}`, serviceId: service.id, phase, startDate: `202${i + 1}-03-01` }));
      }
    }
    // 50,000 responses: 1,000 per cycle.
    const statements = allStatements(defaultPack, 'staff');
    for (const cycle of cycles) {
      const template = submissionBody(
        { cycle, pack: defaultPack, kind: 'staff', answers: statements.map((s, i) => ({ statementId: s.statement.id, value: 1 + ((cycle.id + i) % 5) })), submissionId: 'bench-template' },
        '2026-01-01T00:00:00Z'
      );
      // Each response from a different member of staff (the app counts one response per person).
      server.bulkInsert(
        responsesList.title,
        Array.from({ length: 1000 }, (_, i) => ({ ...template, [responsesList.fields.submissionId.property]: `bench-${cycle.id}-${i}` })),
        Array.from({ length: 1000 }, (_, i) => 1000 + i)
      );
    }
    // 6,000 actions: 120 per cycle.
    server.bulkInsert(
      actionsList.title,
      Array.from({ length: 6000 }, (_, i) => {
        const cycle = cycles[i % cycles.length];
        return {
          [actionsList.fields.title.property]: `Action ${i}`,
          [actionsList.fields.cycle.property]: cycle.id,
          [actionsList.fields.service.property]: cycle.serviceId,
          [actionsList.fields.status.property]: ACTION_STATUSES[i % 4].label,
          [actionsList.fields.dueDate.property]: i % 3 === 0 ? '2024-01-01T00:00:00Z' : '2099-01-01T00:00:00Z'
        };
      })
    );
    const target = services[0];
    const current = cycles.find((c) => c.serviceId === target.id && c.phase === 'analyse');
    if (!current) throw new Error('No current cycle.');
    await manager.cycles.publishResults(current.id);

    await manager.overview.read(target.id); // warm: digest and connections
    server.setLatency(100);
    server.resetStats();
    const times: number[] = [];
    let result;
    for (let run = 0; run < 3; run++) {
      const started = performance.now();
      result = await manager.overview.read(target.id);
      times.push(performance.now() - started);
    }
    if (!result || result.data.results?.staff?.status !== 'shown' || result.data.actions.total !== 120) throw new Error('The overview on the big lists gave an unexpected result.');
    return [
      { name: 'dashboard50k.ms', value: Math.round(median(times)), unit: 'ms (100 ms added latency per request)' },
      { name: 'dashboard50k.requests', value: server.stats().requests / 3, unit: 'requests' }
    ];
  } finally {
    await server.close();
  }
}

/**
 * Adding 200 actions and 200 measure figures while the local SharePoint answers 20 % of requests with
 * 429 or 503 and loses the answer of another 20 % after storing what they asked (so PnPjs sends the
 * whole batch again). Rows stored twice and rows lost, counted in the lists afterwards: both should be 0.
 */
export async function createOnce(): Promise<Figure[]> {
  const server = await startLocalSharePoint({ port: 0 });
  try {
    const sp = spAs(server, 'manager');
    await runSetup(sp);
    const manager = createServices(sp);
    const service = await manager.careServices.add({ name: 'Meadowbank House', serviceType: 'care-home', leaderIds: [], staffIds: [], active: true });
    const cycle = await manager.cycles.add({ title: 'Spring', serviceId: service.id });
    const measure = defaultPack.measures[0];
    const titles = Array.from({ length: 200 }, (_, i) => `Bench action ${i + 1}`);
    const periods = Array.from({ length: 200 }, (_, i) => `Bench period ${i + 1}`);
    // Answers lost on the way back, as PnPjs sees them (a failed fetch): each made PnPjs send a stored batch again.
    const realFetch = globalThis.fetch;
    let answersLost = 0;
    const counting = async (...args: Parameters<typeof fetch>): Promise<Response> => {
      try {
        return await realFetch(...args);
      } catch (error) {
        answersLost++;
        throw error;
      }
    };
    globalThis.fetch = counting as typeof fetch;
    server.setFaults({ share: 0.2, statuses: [429, 503], retryAfterSeconds: 0, lostReplyShare: 0.2, seed: 20261006 });
    try {
      await manager.actions.addMany(
        titles.map((title) => ({
          cycleId: cycle.id,
          serviceId: service.id,
          title,
          pillarId: null,
          statementId: null,
          detail: null,
          ownerId: null,
          dueDate: null,
          successMeasure: null,
          completedDate: null,
          carriedOverFromId: null
        }))
      );
      await manager.measures.recordMany(
        periods.map((period, i) => ({ serviceId: service.id, measureId: measure.id, period, periodEnd: quarterEnd(i), numerator: i % 40, denominator: 40, source: null, note: null })),
        defaultPack
      );
    } finally {
      globalThis.fetch = realFetch;
      server.setFaults(undefined);
    }
    const column = async (title: string, property: string): Promise<string[]> =>
      ((await sp.web.lists.getByTitle(title).items.select(property).top(5000)()) as Array<Record<string, string>>).map((r) => r[property]);
    const stored = [...(await column(actionsList.title, actionsList.fields.title.property)), ...(await column(measuresList.title, measuresList.fields.period.property))];
    const wanted = [...titles, ...periods];
    const ours = stored.filter((x) => wanted.includes(x));
    const distinct = new Set(ours);
    return [
      { name: 'createOnce.duplicates', value: ours.length - distinct.size, unit: 'rows stored twice (of 400, with 20 % throttling and 20 % lost answers)' },
      { name: 'createOnce.lost', value: wanted.length - distinct.size, unit: 'rows lost (of 400)' },
      { name: 'createOnce.answersLost', value: answersLost, unit: 'answers lost on the way back after SharePoint had done the request (each then sent again)' }
    ];
  } finally {
    await server.close();
  }
}

/**
 * The data layer against the local SharePoint: round trips and bytes of the read models, a survey
 * submission, the overview on big lists with latency, aggregating 100,000 responses, and adding rows
 * once under injected faults and lost answers.
 */
export const measureDataLayer: Bench = {
  title: 'dataLayer',
  run: async () => [...aggregate100k(), ...(await readModelTraffic()), ...(await dashboard50k()), ...(await createOnce())]
};
