import { InjectHeaders } from '@pnp/queryable';
import type { SPFI } from '@pnp/sp';
import { performance } from 'perf_hooks';
import { startLocalSharePoint, type LocalSharePoint } from '../../sharepoint/local-server';
import { DONT_KNOW, type Answer } from '../../src/domain';
import { allStatements, defaultPack, type Audience } from '../../src/model';
import { runSetup } from '../../src/data/provisioning';
import { submissionBody } from '../../src/data/repositories/responses';
import { responsesList } from '../../src/data/schema';
import { createServices } from '../../src/data/services';
import { createSp } from '../../src/data/sp';
import type { Bench, Figure } from './run';

function spAs(server: LocalSharePoint, user: string): SPFI {
  return createSp({ pageContext: { web: { absoluteUrl: server.siteUrl } } }).using(InjectHeaders({ 'X-WPQ-User': user }));
}

function answersFor(audience: Audience, seed: number): Answer[] {
  const scale = audience === 'leaders' ? defaultPack.scales.leaders : defaultPack.scales.staff;
  const values = scale.options.map((o) => o.value);
  return allStatements(defaultPack, audience).map(({ statement }, s) => ({
    statementId: statement.id,
    value: (seed + s) % 13 === 0 ? DONT_KNOW : values[(seed * 7 + s * 3) % values.length]
  }));
}

/**
 * Publishing a cycle that holds 5,000 staff responses (each from a different person) and 20 leaders'
 * self-assessments, with 100 ms added to every request: the wall-clock time of `publishResults` as a
 * manager calls it, and the requests it makes. The responses are stored through the server's seed hook
 * in the exact form the app writes.
 */
async function publish5k(): Promise<Figure[]> {
  const server = await startLocalSharePoint({ port: 0 });
  try {
    const sp = spAs(server, 'manager');
    await runSetup(sp);
    const manager = createServices(sp);
    const service = await manager.careServices.add({ name: 'Bench House', serviceType: 'care-home', leaderIds: [], staffIds: [], active: true });
    const cycle = await manager.cycles.add({ title: 'Bench cycle', serviceId: service.id, packId: defaultPack.id, packVersion: defaultPack.version });
    const at = new Date().toISOString();
    const staff = Array.from({ length: 5000 }, (_, i) =>
      submissionBody({ cycle, pack: defaultPack, kind: 'staff', answers: answersFor('staff', i), submissionId: `bench-staff-${i}` }, at)
    );
    server.bulkInsert(responsesList.title, staff, staff.map((_, i) => 1000 + i));
    const leaders = Array.from({ length: 20 }, (_, i) =>
      submissionBody({ cycle, pack: defaultPack, kind: 'leaders', answers: answersFor('leaders', i), submissionId: `bench-leaders-${i}` }, at)
    );
    server.bulkInsert(responsesList.title, leaders, leaders.map((_, i) => 9000 + i));
    await manager.settings.readDefaults(); // the digest and connections exist before timing
    server.setLatency(100);
    server.resetStats();
    const started = performance.now();
    const published = await manager.cycles.publishResults(cycle.id);
    const ms = performance.now() - started;
    const requests = server.stats().requests;
    if (published.data.staff?.status !== 'shown' || published.data.staff.respondents !== 5000) {
      throw new Error('Publishing 5,000 staff responses gave an unexpected result.');
    }
    return [
      { name: 'publish5k.ms', value: Math.round(ms), unit: 'ms (100 ms added to each request)' },
      { name: 'publish5k.requests', value: requests, unit: 'requests' }
    ];
  } finally {
    await server.close();
  }
}

export const measureAnalyse: Bench = {
  title: 'analyse',
  run: async () => [...(await publish5k())]
};
