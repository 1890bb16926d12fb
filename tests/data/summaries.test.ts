import type { LocalSharePoint } from '../../sharepoint/local-server';
import { readPortfolio } from '../../src/data/portfolio';
import { InvalidInputError } from '../../src/data/errors';
import { providerSummariesList } from '../../src/data/schema';
import { createServices, type WpqServices } from '../../src/data/services';
import { checkProviderSummary, readProviderSummaryFile, SUMMARY_MAX_BYTES, type ProviderSummary } from '../../src/data/summaries';
import { providerSummary, publishedService, seedPortfolio, type PublishedService } from './portfolioSeed';
import { spAs, startSetUpServer } from './support';

jest.setTimeout(60000);

const PROVIDER = { name: 'Meadowbank Care Ltd', siteUrl: 'https://meadowbank.sharepoint.com/sites/wpq' };

describe('provider summaries: export from a published cycle', () => {
  let server: LocalSharePoint;
  let manager: WpqServices;
  let big: PublishedService;
  let small: PublishedService;

  beforeAll(async () => {
    server = await startSetUpServer();
    manager = createServices(spAs(server, 'manager'));
    big = await publishedService(server, 'Meadowbank House', 6, 100);
    small = await publishedService(server, 'Meadowbank Lodge', 3, 200);
    await manager.actions.addMany([
      { cycleId: big.cycle.id, serviceId: big.service.id, title: 'Monthly supervision', pillarId: 'culture', statementId: null, detail: null, ownerId: null, dueDate: '2024-04-15', successMeasure: null, completedDate: null, carriedOverFromId: null },
      { cycleId: big.cycle.id, serviceId: big.service.id, title: 'Digital rota', pillarId: 'digital', statementId: null, detail: null, ownerId: null, dueDate: '2026-03-15', status: 'done', successMeasure: null, completedDate: '2026-03-10', carriedOverFromId: null }
    ]);
    const pack = (await import('../../src/model')).defaultPack;
    await manager.measures.recordMany(
      [
        { serviceId: big.service.id, measureId: 'turnover-rate', period: '2024/25', periodEnd: '2025-03-31', numerator: 9, denominator: 40, source: null, note: null },
        { serviceId: big.service.id, measureId: 'turnover-rate', period: '2025/26', periodEnd: '2026-03-31', numerator: 12, denominator: 40, source: null, note: 'Two managers left' }
      ],
      pack
    );
  });
  afterAll(() => server.close());

  it('holds the published pillar scores of both groups, the gap, action counts and the latest measures, and passes its own schema', async () => {
    const summary = await manager.summaries.exportCycle(big.cycle.id, PROVIDER);
    expect(checkProviderSummary(JSON.parse(JSON.stringify(summary)))).toEqual({ ok: true, summary });
    expect(summary).toMatchObject({
      kind: 'wpq-provider-summary',
      formatVersion: 1,
      provider: PROVIDER,
      service: { name: 'Meadowbank House', serviceType: 'care-home' },
      cycle: { id: big.cycle.id, title: 'Spring 2026' },
      pack: { id: 'wpq-default', version: '1.0.0' },
      minimumGroupSize: 5,
      leaders: { respondents: 1 },
      staff: { status: 'shown', respondents: 6 },
      actions: { total: 2, overdue: 1, byStatus: { 'not-started': 1, done: 1 } },
      measures: [{ measureId: 'turnover-rate', period: '2025/26', periodEnd: '2026-03-31', value: 30 }]
    });
    const leaders = summary.leaders?.overallPercent as number;
    const staff = summary.staff?.status === 'shown' ? (summary.staff.overallPercent as number) : NaN;
    expect(summary.gap).toBeCloseTo(leaders - staff, 0);
    expect(Math.abs(Date.parse(summary.publishedAt) - Date.parse(big.cycle.publishedAt as string))).toBeLessThan(1000);
  });

  it('names no person and holds no single answer, no comment and no note', async () => {
    const text = JSON.stringify(await manager.summaries.exportCycle(big.cycle.id, PROVIDER));
    for (const user of server.users) {
      expect(text).not.toContain(user.title);
      if (user.email) expect(text).not.toContain(user.email);
    }
    expect(text).not.toMatch(/answers|statementId|comment|evidence|Two managers left|"note"/);
  });

  it('gives no staff figure, not even the number who answered, below the minimum group size', async () => {
    const summary = await manager.summaries.exportCycle(small.cycle.id, PROVIDER);
    expect(summary.staff).toEqual({ status: 'suppressed' });
    expect(summary.gap).toBeNull();
    expect(JSON.stringify(summary)).not.toContain('"respondents":3');
  });

  it('refuses a cycle whose results were never published', async () => {
    const unpublished = await manager.cycles.add({ title: 'Autumn 2026', serviceId: big.service.id });
    await expect(manager.summaries.exportCycle(unpublished.id, PROVIDER)).rejects.toBeInstanceOf(InvalidInputError);
  });
});

describe('provider summaries: checking a file', () => {
  it('refuses staff figures from fewer people than the minimum group size, at their place in the file', () => {
    const tampered = providerSummary(1);
    (tampered.staff as { respondents: number }).respondents = 3;
    const check = checkProviderSummary(tampered);
    expect(check).toMatchObject({ ok: false, reason: 'invalid' });
    expect(check.ok ? [] : check.problems).toContainEqual({ path: '$.staff.respondents', message: expect.stringContaining('below the minimum group size of 5') });
  });

  it('refuses totals that do not add up, naming each place', () => {
    const tampered = providerSummary(1, {
      gap: 30,
      actions: { total: 9, byStatus: { 'not-started': 1, 'in-progress': 0, 'on-hold': 0, done: 3, cancelled: 0, 'carried-over': 0 }, overdue: 2 }
    });
    (tampered.leaders as { overallPercent: number }).overallPercent = 90;
    const check = checkProviderSummary(tampered);
    const paths = check.ok ? [] : check.problems.map((p) => p.path);
    expect(paths).toEqual(expect.arrayContaining(['$.actions.total', '$.actions.overdue', '$.leaders.overallPercent', '$.gap']));
  });

  it('reports every problem of a bad file with its JSON path, and refuses anything extra such as a name', () => {
    const bad = JSON.parse(JSON.stringify(providerSummary(1))) as Record<string, unknown>;
    (bad.measures as Array<Record<string, unknown>>)[1].value = 'six';
    (bad.leaders as Record<string, unknown>).names = ['Amara Okafor'];
    bad.minimumGroupSize = 3;
    const check = checkProviderSummary(bad);
    expect(check.ok ? [] : check.problems.map((p) => p.path).sort()).toEqual(['$.leaders', '$.measures[1].value', '$.minimumGroupSize']);
  });

  it('refuses another kind of JSON, an old format and an unknown one', () => {
    expect(readProviderSummaryFile('{"formatVersion":1,"id":"wpq-default","pillars":[]}', 60)).toMatchObject({ ok: false, reason: 'not-a-summary', problems: [{ path: '$.kind' }] });
    expect(checkProviderSummary({ ...providerSummary(1), formatVersion: 0 })).toMatchObject({ ok: false, reason: 'old-format', problems: [{ path: '$.formatVersion' }] });
    expect(checkProviderSummary({ ...providerSummary(1), formatVersion: 2 })).toMatchObject({ ok: false, reason: 'unknown-format' });
    expect(readProviderSummaryFile('{"kind": "wpq-provider-summary",', 40)).toMatchObject({ ok: false, reason: 'not-json' });
  });

  it('refuses a 20 MB file before reading it', () => {
    const read = jest.fn(() => '{}');
    expect(readProviderSummaryFile(read, 20 * 1024 * 1024)).toMatchObject({ ok: false, reason: 'too-large', problems: [{ path: '$' }] });
    expect(read).not.toHaveBeenCalled();
    expect(SUMMARY_MAX_BYTES).toBe(1024 * 1024);
  });
});

describe('provider summaries: importing into a quality lead’s site', () => {
  let server: LocalSharePoint;
  let lead: WpqServices;
  beforeAll(async () => {
    server = await startSetUpServer();
    lead = createServices(spAs(server, 'manager'));
  });
  afterAll(() => server.close());

  const storedCount = async (): Promise<number> => ((await spAs(server, 'manager').web.lists.getByTitle(providerSummariesList.title).items.select('Id')()) as unknown[]).length;

  it('stores a summary once: the same file twice changes nothing', async () => {
    const first = await lead.summaries.import(providerSummary(1));
    expect(first.kind).toBe('added');
    const again = await lead.summaries.import({ ...providerSummary(1), exportedAt: '2026-05-09T10:00:00Z' });
    expect(again).toMatchObject({ kind: 'unchanged', stored: { id: first.stored.id } });
    expect(await storedCount()).toBe(1);
  });

  it('asks before a newer publication of the same cycle replaces the older, then replaces it', async () => {
    const newer: ProviderSummary = {
      ...providerSummary(1),
      publishedAt: '2026-06-01T09:00:00Z',
      exportedAt: '2026-06-02T09:00:00Z',
      measures: [{ measureId: 'turnover-rate', period: '2025/26', periodEnd: '2026-03-31', value: 28 }]
    };
    const ask = await lead.summaries.import(newer);
    expect(ask).toMatchObject({ kind: 'needs-confirmation', stored: { summary: { publishedAt: '2026-04-30T09:15:00Z' } } });
    expect((await lead.summaries.list()).data[0].summary.publishedAt).toBe('2026-04-30T09:15:00Z');
    const replaced = await lead.summaries.import(newer, { replace: true });
    expect(replaced).toMatchObject({ kind: 'replaced', stored: { summary: { publishedAt: '2026-06-01T09:00:00Z', measures: [{ value: 28 }] } } });
    expect(await storedCount()).toBe(1);
    // The older one, sent again, never replaces the newer.
    expect((await lead.summaries.import(providerSummary(1), { replace: true })).kind).toBe('older');
  });

  it('refuses a tampered summary in the repository too, whoever calls it', async () => {
    const tampered = providerSummary(2);
    (tampered.staff as { respondents: number }).respondents = 2;
    await expect(lead.summaries.import(tampered)).rejects.toThrow('$.staff.respondents');
    expect(await storedCount()).toBe(1);
  });

  it('shows imported summaries in the portfolio beside the site’s own services', async () => {
    await lead.summaries.import(providerSummary(3));
    const { data } = await createServices(spAs(server, 'quality')).portfolio.read();
    expect(data.imported?.map((r) => r.summary.provider.name).sort()).toEqual(['Provider 1', 'Provider 3']);
    expect(data.imported?.every((r) => typeof r.importedAt === 'string')).toBe(true);
  });
});

describe('portfolio on a site not yet upgraded to the summaries list', () => {
  it('still shows the own services, with nothing imported', async () => {
    const { startServer } = await import('./support');
    const { runSetup } = await import('../../src/data/provisioning');
    const { listsAtVersion } = await import('../../src/data/schema');
    const server = await startServer();
    try {
      await runSetup(spAs(server, 'manager'), { lists: listsAtVersion(4), version: 4 });
      await createServices(spAs(server, 'manager')).careServices.add({ name: 'Meadowbank House', serviceType: null, leaderIds: [], staffIds: [], active: true });
      const { data } = await readPortfolio(spAs(server, 'quality'));
      expect(data.services.map((s) => s.serviceName)).toEqual(['Meadowbank House']);
      expect(data.imported).toEqual([]);
    } finally {
      await server.close();
    }
  });
});

describe('portfolio of 200 services and 50 imported summaries', () => {
  let server: LocalSharePoint;
  beforeAll(async () => {
    server = await startSetUpServer();
    await seedPortfolio(server, 200, 50);
  });
  afterAll(() => server.close());

  it('is read by a quality lead in one request, with the latest key measures of the last two years and every summary', async () => {
    server.resetStats();
    const { data, warnings } = await readPortfolio(spAs(server, 'quality'), '2026-05-01');
    expect(server.stats().requests).toBe(1);
    expect(warnings).toEqual([]);
    expect(data.services).toHaveLength(200);
    expect(data.imported).toHaveLength(50);
    const row = data.services.find((s) => s.serviceName === 'Service 001');
    expect(row).toMatchObject({ openActions: 2, overdueActions: 1, cycle: { phase: 'do' }, results: { staff: { status: 'shown' } } });
    expect(row?.measures).toEqual([
      { measureId: 'turnover-rate', periodEnd: '2025-12-28', value: (19 / 40) * 100 },
      { measureId: 'vacancy-rate', periodEnd: '2025-12-28', value: (20 / 40) * 100 },
      { measureId: 'sickness-days-per-worker', periodEnd: '2025-12-28', value: (21 / 40) * 100 }
    ]);
  });
});
