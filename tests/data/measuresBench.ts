/**
 * Request counts of the measures screen, for the benchmarks (tests/bench) and tests/data/measures.test.ts:
 *  - measures.requests: opening the screen for a service with 5 years of quarterly figures for every
 *    measure of the default pack (the screen's read, plus the pack's, which costs nothing when it is
 *    the built-in one);
 *  - import500.requests: 500 pasted spreadsheet rows, read and checked as the screen does, then stored.
 * Each sets up its own service on a local SharePoint that has been set up.
 */
import type { LocalSharePoint } from '../../sharepoint/local-server';
import { periodLabel } from '../../src/domain';
import { defaultPack } from '../../src/model';
import type { WpqServices } from '../../src/data/services';
import type { CareService, MeasureInput } from '../../src/data/types';
import { checkSheetRows, readPasted } from '../../src/ui/measures/import/readSheet';

/** The last day of the quarter `back` quarters before the one ending 31 March 2026. */
export function quarterEnd(back: number): string {
  return new Date(Date.UTC(2026, 3 - 3 * back, 0)).toISOString().slice(0, 10);
}

/** `count` quarterly figures of one measure, the newest ending 31 March 2026. */
export function quarterlyFigures(service: CareService, measureId: string, count: number): MeasureInput[] {
  return Array.from({ length: count }, (_, i) => {
    const periodEnd = quarterEnd(i);
    return { serviceId: service.id, measureId, period: periodLabel(periodEnd, 3), periodEnd, numerator: (i % 10) + 1, denominator: 40, source: 'ASC-WDS', note: null };
  });
}

/** Requests to open the measures screen of a service with 5 years of quarterly figures for every measure. */
export async function measuresScreenRequests(server: LocalSharePoint, manager: WpqServices): Promise<number> {
  const service = await manager.careServices.add({ name: 'Bench: five years of figures', serviceType: 'care-home', leaderIds: [], staffIds: [], active: true });
  await manager.measures.recordMany(
    defaultPack.measures.flatMap((m) => quarterlyFigures(service, m.id, 20)),
    defaultPack
  );
  server.resetStats();
  const { data } = await manager.measures.readScreen(service.id);
  await manager.settings.readPack(data.activePack.id, data.activePack.version);
  if (data.records.length !== 20 * defaultPack.measures.length) throw new Error(`Expected ${20 * defaultPack.measures.length} figures, read ${data.records.length}.`);
  return server.stats().requests;
}

/** Requests to store 500 pasted rows (100 quarters for each of five measures), checked as the screen checks them. */
export async function import500Requests(server: LocalSharePoint, manager: WpqServices): Promise<number> {
  const service = await manager.careServices.add({ name: 'Bench: 500 pasted rows', serviceType: 'care-home', leaderIds: [], staffIds: [], active: true });
  const measures = ['turnover-rate', 'vacancy-rate', 'starters-rate', 'zero-hours-share', 'supervision-on-schedule'];
  const lines = ['Measure\tPeriod end\tNumerator\tDenominator\tNote'];
  for (const m of measures) {
    for (let q = 0; q < 100; q++) {
      const [y, mo, d] = quarterEnd(q).split('-');
      lines.push(`${m}\t${d}/${mo}/${y}\t${q % 30}\t40\t${q === 0 ? 'Latest quarter' : ''}`);
    }
  }
  server.resetStats();
  const { data: stored } = await manager.measures.listForService(service.id);
  const read = await readPasted(lines.join('\n'));
  if (!read.ok) throw new Error(`The rows were refused: ${JSON.stringify(read.problems)}`);
  const checked = checkSheetRows(read.rows, { pack: defaultPack, serviceId: service.id, stored, today: '2026-12-06' });
  if (checked.problems.length > 0) throw new Error(`Rows with problems: ${JSON.stringify(checked.problems.slice(0, 3))}`);
  const saved = await manager.measures.recordMany(
    checked.figures.map((f) => ({ serviceId: service.id, measureId: f.measureId, period: f.period, periodEnd: f.periodEnd, numerator: f.numerator, denominator: f.denominator, source: null, note: f.note })),
    defaultPack
  );
  if (saved.length !== 500) throw new Error(`Expected 500 figures stored, got ${saved.length}.`);
  // The screen already holds the stored figures; the import itself costs the requests after that read.
  return server.stats().requests - 1;
}
