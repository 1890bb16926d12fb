import type { LocalSharePoint } from '../../sharepoint/local-server';
import { periodLabel } from '../../src/domain';
import { defaultPack } from '../../src/model';
import { ConflictError, InvalidInputError } from '../../src/data/errors';
import { createServices, type WpqServices } from '../../src/data/services';
import type { CareService, MeasureInput } from '../../src/data/types';
import { import500Requests, measuresScreenRequests } from './measuresBench';
import { spAs, startSetUpServer, userId } from './support';

jest.setTimeout(120000);

/** The period end `quarters` quarters before the end of March 2026 (quarter ends only). */
function quarterEnd(quarters: number): string {
  const total = 2026 * 12 + 2 - quarters * 3; // March 2026 is month index 2
  const year = Math.floor(total / 12);
  const month = (total % 12) + 1;
  const last = new Date(Date.UTC(year, month, 0)).getUTCDate();
  return `${year}-${String(month).padStart(2, '0')}-${String(last).padStart(2, '0')}`;
}

function quarterly(service: CareService, measureId: string, count: number, from = 0): MeasureInput[] {
  return Array.from({ length: count }, (_, i) => {
    const periodEnd = quarterEnd(from + i);
    return { serviceId: service.id, measureId, period: periodLabel(periodEnd, 3), periodEnd, numerator: (i % 10) + 1, denominator: 40, source: 'ASC-WDS', note: null };
  });
}

async function problemsOf(promise: Promise<unknown>): Promise<string[]> {
  try {
    await promise;
  } catch (error) {
    expect(error).toBeInstanceOf(InvalidInputError);
    return (error as InvalidInputError).problems;
  }
  throw new Error('Expected the figures to be refused.');
}

describe('measures rules and batching against the local SharePoint', () => {
  let server: LocalSharePoint;
  let manager: WpqServices;
  let service: CareService;
  let other: CareService;
  const stored = async (s: CareService): Promise<number> => (await manager.measures.listForService(s.id)).data.length;

  beforeAll(async () => {
    server = await startSetUpServer();
    manager = createServices(spAs(server, 'manager'));
    const base = { serviceType: 'care-home' as const, leaderIds: [userId(server, 'manager')], staffIds: [], active: true };
    service = await manager.careServices.add({ name: 'Larch Court', ...base });
    other = await manager.careServices.add({ name: 'Willow Lodge', ...base });
  });
  afterAll(() => server.close());

  it('refuses negative counts, a numerator above its denominator for a percentage and a period ending in the future, storing nothing', async () => {
    const [good] = quarterly(service, 'turnover-rate', 1, 40);
    server.resetStats();
    const problems = await problemsOf(
      manager.measures.recordMany(
        [
          good,
          { ...good, measureId: 'vacancy-rate', numerator: -1 },
          { ...good, measureId: 'starters-rate', numerator: 41, denominator: 40 },
          { ...good, measureId: 'zero-hours-share', periodEnd: '2999-03-31', period: 'January to March 2999' }
        ],
        defaultPack
      )
    );
    expect(problems).toEqual([
      'Figure 2: the numerator is below 0.',
      'Figure 3: the numerator is more than the denominator, which a percentage cannot be.',
      'Figure 4: the period ends in the future.'
    ]);
    // Refused before any request: nothing reached SharePoint.
    expect(server.stats().requests).toBe(0);
    expect(await stored(service)).toBe(0);
  });

  it('allows more than the denominator for a measure per worker, and refuses a zero denominator', async () => {
    const [figure] = quarterly(service, 'sickness-days-per-worker', 1, 41);
    const saved = await manager.measures.record({ ...figure, numerator: 96, denominator: 20 }, defaultPack);
    expect(saved.value).toBe(4.8);
    expect(await problemsOf(manager.measures.record({ ...quarterly(service, 'training-hours-per-worker', 1, 41)[0], denominator: 0 }, defaultPack))).toEqual([
      'The figure: the denominator is 0.'
    ]);
  });

  it('refuses two figures of one measure whose periods overlap, stored or in the same request', async () => {
    const [q1] = quarterly(service, 'agency-bank-share', 1, 30); // the quarter ending 30 September 2018
    await manager.measures.record(q1, defaultPack);
    // A year ending on the same day overlaps the stored quarter.
    const year = { ...q1, period: periodLabel(q1.periodEnd, 12) };
    expect(await problemsOf(manager.measures.record(year, defaultPack))).toEqual([
      `The figure: its period overlaps the figure for ${q1.period} of the same measure.`
    ]);
    // Two new quarters a month apart overlap each other; the same quarter for another service does not.
    const may = { ...q1, periodEnd: '2019-04-30', period: periodLabel('2019-04-30', 3) };
    const june = { ...q1, periodEnd: '2019-05-31', period: periodLabel('2019-05-31', 3) };
    expect(await problemsOf(manager.measures.recordMany([may, june], defaultPack))).toEqual([
      `Figure 2: its period overlaps the figure for ${may.period} of the same measure.`
    ]);
    await expect(manager.measures.record({ ...q1, serviceId: other.id }, defaultPack)).resolves.toMatchObject({ serviceId: other.id });
    // The next quarter, which starts the day after the stored one ends, is fine.
    const next = quarterly(service, 'agency-bank-share', 1, 29)[0];
    await expect(manager.measures.record(next, defaultPack)).resolves.toMatchObject({ periodEnd: '2018-12-31', period: 'October to December 2018' });
    expect((await manager.measures.listForService(service.id)).data.filter((m) => m.measureId === 'agency-bank-share')).toHaveLength(2);
  });

  it('sends the same request again safely: figures stored by an earlier attempt are not overlaps', async () => {
    const figure = { ...quarterly(service, 'care-certificate', 1, 35)[0], clientId: 'measures-retry-0001' };
    const first = await manager.measures.record(figure, defaultPack);
    expect(await manager.measures.record(figure, defaultPack)).toEqual(first);
  });

  it('checks a correction by the same rules, leaving out the figure corrected, and refuses a stale ETag', async () => {
    const [a, b] = await manager.measures.recordMany(quarterly(service, 'relevant-qualification-level-2', 2, 10), defaultPack);
    const why = 'Corrected on 1 July 2026: two leavers were counted twice.';
    // Moving b onto a's quarter is refused; the same counts on b's own period are fine.
    expect(await problemsOf(manager.measures.update(b.id, { periodEnd: a.periodEnd, period: a.period }, b.etag, defaultPack, why))).toEqual([
      `The figure: its period overlaps the figure for ${a.period} of the same measure.`
    ]);
    expect(await problemsOf(manager.measures.update(b.id, { numerator: -3 }, b.etag, defaultPack, why))).toEqual(['The figure: the numerator is below 0.']);
    const corrected = await manager.measures.update(b.id, { numerator: 12, note: 'From the payroll.' }, b.etag, defaultPack, why);
    // The reason is the note's last line.
    expect(corrected).toMatchObject({ numerator: 12, value: 30, note: `From the payroll.\n${why}` });
    await expect(manager.measures.update(b.id, { numerator: 11, note: 'Stale' }, b.etag, defaultPack, why)).rejects.toBeInstanceOf(ConflictError);
  });

  it('refuses a correction of a figure without a reason, and changes nothing', async () => {
    const [figure] = await manager.measures.recordMany(quarterly(service, 'supervision-on-schedule', 1, 10), defaultPack);
    for (const reason of [undefined, '', '   ']) {
      expect(await problemsOf(manager.measures.update(figure.id, { numerator: 7 }, figure.etag, defaultPack, reason))).toEqual([
        'The figure: a correction needs a reason, saying why the figure changes.'
      ]);
    }
    const stored = (await manager.measures.listForService(service.id)).data.find((m) => m.id === figure.id);
    expect(stored).toMatchObject({ numerator: figure.numerator, value: figure.value, note: figure.note, etag: figure.etag });
    // A note or a source alone is not a correction of the figure.
    const noted = await manager.measures.update(figure.id, { note: 'Checked against the training matrix.' }, figure.etag, defaultPack);
    expect(noted).toMatchObject({ numerator: figure.numerator, note: 'Checked against the training matrix.' });
  });

  it('records 500 figures in at most 8 requests, and refuses all 500 when one overlaps', async () => {
    // 500 quarterly figures: 100 quarters for each of five measures, for a service of their own.
    const house = await manager.careServices.add({ name: 'Rowan House', serviceType: 'care-home', leaderIds: [], staffIds: [], active: true });
    const measures = ['turnover-rate', 'vacancy-rate', 'starters-rate', 'zero-hours-share', 'supervision-on-schedule'];
    const inputs = measures.flatMap((m) => quarterly(house, m, 100));
    const bad = [...inputs, { ...inputs[7], note: 'Entered twice' }];
    server.resetStats();
    expect(await problemsOf(manager.measures.recordMany(bad, defaultPack))).toEqual([
      `Figure 501: its period overlaps the figure for ${inputs[7].period} of the same measure.`
    ]);
    // Rows that overlap each other are refused before any request.
    expect(server.stats().requests).toBe(0);
    expect(await stored(house)).toBe(0);

    server.resetStats();
    const saved = await manager.measures.recordMany(inputs, defaultPack);
    const requests = server.stats().requests;
    expect(saved).toHaveLength(500);
    expect(requests).toBeLessThanOrEqual(8);
    expect(requests).toBe(6); // one read of the stored figures, then five batches of 100
    expect(await stored(house)).toBe(500);
  });

  it('reads the measures screen (service, 5 years of quarterly figures for every measure, active pack) in one request', async () => {
    const house = await manager.careServices.add({ name: 'Hazel Grove', serviceType: 'home-care', leaderIds: [], staffIds: [], active: true });
    await manager.measures.recordMany(
      defaultPack.measures.flatMap((m) => quarterly(house, m.id, 20)),
      defaultPack
    );
    server.resetStats();
    const { data, warnings } = await manager.measures.readScreen(house.id);
    expect(server.stats().requests).toBe(1);
    expect(warnings).toEqual([]);
    expect(data.service).toEqual({ id: house.id, name: 'Hazel Grove', active: true });
    expect(data.records).toHaveLength(20 * defaultPack.measures.length);
    expect(data.activePack).toEqual({ id: defaultPack.id, version: defaultPack.version });
    // A service that no longer exists is said so, not a failure.
    expect((await manager.measures.readScreen(999999)).data).toMatchObject({ service: null, records: [] });
  });

  it('gives the benchmarks their figures: the screen in 1 request, 500 pasted rows in 6', async () => {
    expect(await measuresScreenRequests(server, manager)).toBe(1);
    expect(await import500Requests(server, manager)).toBe(6);
  });
});
