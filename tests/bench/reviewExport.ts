import { InjectHeaders } from '@pnp/queryable';
import { performance } from 'perf_hooks';
import { startLocalSharePoint } from '../../sharepoint/local-server';
import { runSetup } from '../../src/data/provisioning';
import { readPortfolio } from '../../src/data/portfolio';
import { createServices } from '../../src/data/services';
import { setUpLocalSite } from '../../sharepoint/tools/demoData';
import { createSp } from '../../src/data/sp';
import { buildCycleWorkbook, loadExcel, workbookBytes } from '../../src/ui/export/workbook';
import { seedPortfolio } from '../data/portfolioSeed';
import { bigCycleReportInput } from '../ui/export/bigCycle';
import type { Bench, Figure } from './run';

const median = (xs: number[]): number => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

/** The portfolio of 200 own services and 50 imported provider summaries, read as the quality lead. */
async function portfolio(): Promise<Figure[]> {
  const server = await startLocalSharePoint({ port: 0 });
  try {
    const spAs = (user: string) => createSp({ pageContext: { web: { absoluteUrl: server.siteUrl } } }).using(InjectHeaders({ 'X-WPQ-User': user }));
    await runSetup(spAs('manager'));
    await seedPortfolio(server, 200, 50);
    const quality = spAs('quality');
    const first = await readPortfolio(quality);
    server.resetStats();
    const second = await readPortfolio(quality);
    const requests = server.stats().requests;
    if (second.data.services.length !== first.data.services.length) throw new Error('The portfolio changed between reads.');
    return [
      { name: 'portfolio.requests', value: requests, unit: `requests (portfolio of ${second.data.services.length} own services and ${second.data.imported?.length ?? 0} imported summaries, read as the quality lead)` }
    ];
  } finally {
    await server.close();
  }
}

/** The review screen's read (the cycle and its comparison with the previous one) on the demo's Ripon service. */
async function review(): Promise<Figure[]> {
  const server = await startLocalSharePoint({ port: 0 });
  try {
    const spAs = (user: string) => createSp({ pageContext: { web: { absoluteUrl: server.siteUrl } } }).using(InjectHeaders({ 'X-WPQ-User': user }));
    await setUpLocalSite(spAs('manager'), server);
    const quality = createServices(spAs('quality'));
    const ripon = (await quality.careServices.list()).data.find((s) => s.name.includes('Ripon'));
    const cycle = (await quality.cycles.listForService(ripon?.id as number)).data.find((c) => c.phase === 'review');
    if (!cycle) throw new Error('The demo has no cycle in Review.');
    await quality.cycles.readReview(cycle.id);
    server.resetStats();
    const { data } = await quality.cycles.readReview(cycle.id);
    const requests = server.stats().requests;
    if (!data.previous) throw new Error('The review read found no previous cycle to compare with.');
    return [{ name: 'review.requests', value: requests, unit: 'requests (a cycle in Review with its previous cycle, reviews, actions and measures)' }];
  } finally {
    await server.close();
  }
}

/**
 * The Excel report of a cycle with 5,000 responses, 500 actions and 5 years of measures: the workbook
 * built and written to bytes, with exceljs already loaded (it loads once, on the first download).
 */
async function exportWorkbook(): Promise<Figure[]> {
  const input = bigCycleReportInput();
  const loadStarted = performance.now();
  await loadExcel();
  const loadMs = performance.now() - loadStarted;
  const times: number[] = [];
  let bytes = 0;
  for (let run = 0; run < 5; run++) {
    const started = performance.now();
    bytes = (await workbookBytes(await buildCycleWorkbook(input))).byteLength;
    times.push(performance.now() - started);
  }
  return [
    { name: 'export.ms', value: Math.round(median(times)), unit: 'ms (median of 5; cycle report of 5,000 responses, 500 actions, 5 years of measures)' },
    { name: 'export.loadMs', value: Math.round(loadMs), unit: 'ms to load exceljs the first time (in Node)' },
    { name: 'export.bytes', value: bytes, unit: 'bytes of .xlsx' }
  ];
}

export const measureReviewExport: Bench = {
  title: 'review and export',
  run: async () => [...(await portfolio()), ...(await review()), ...(await exportWorkbook())]
};
