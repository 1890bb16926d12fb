import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { InjectHeaders } from '@pnp/queryable';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { startLocalHost, type LocalHost } from '../../sharepoint/tools/localHost';
import { runSetup } from '../../src/data/provisioning';
import { createServices, type WpqServices } from '../../src/data/services';
import { createSp } from '../../src/data/sp';
import type { ProviderSummary } from '../../src/data/summaries';
import type { Action, Cycle } from '../../src/data/types';
import { defaultPack } from '../../src/model';
import { axeViolations, collectPageErrors, hasChromium, launchChromium } from '../support/browser';

/**
 * The Review half of the cycle and what leaves the site, in Chromium, against `npm start`'s local
 * host with the Meadowbank Care demo: a manager reviews Ripon's cycle beside the last one and closes
 * it (one action carried over, one dropped with a reason), the Excel report holds the figures the
 * results screen shows (and no staff figures where they are hidden), the CQC evidence page passes axe
 * on screen and in print, a provider summary travels from one local site to another (and a tampered
 * copy is refused), and the new screens pass axe in every look and at phone width.
 */
const describeInBrowser = hasChromium ? describe : describe.skip;
const screenshotDir = path.resolve(__dirname, '..', '..', 'temp', 'screenshots');
const looks = ['SharePoint', 'SharePoint dark', 'Teams light', 'Teams dark', 'Teams high contrast'];
const OPEN: ReadonlyArray<Action['status']> = ['not-started', 'in-progress', 'on-hold'];

function servicesAs(host: LocalHost, user: string): WpqServices {
  return createServices(createSp({ pageContext: { web: { absoluteUrl: host.server.siteUrl } } }).using(InjectHeaders({ 'X-WPQ-User': user })));
}

/** A percentage as the app shows it in en-GB: whole numbers with a per cent sign. */
function shown(value: number): string {
  return `${Math.round(value)}%`;
}

/** The number in a text such as "72%". */
function percentIn(text: string): number {
  const match = /(-?\d+)%/.exec(text);
  if (!match) throw new Error(`No percentage in "${text}".`);
  return Number(match[1]);
}

describeInBrowser('the Review screens, exports and imports in Chromium, on demo data', () => {
  let host: LocalHost;
  let browser: Browser;
  let manager: WpqServices;
  let ripon: Cycle;
  let harrogate: Cycle;
  let harrogateBefore: Cycle;
  /** What the close in the first test did, for the report of the closed cycle. */
  let closedRipon: { carried: Action; dropped: Action; pillarName: string } | null = null;
  const tempDir = fs.mkdtempSync(path.join(os.tmpdir(), 'wpq-review-e2e-'));

  async function signedIn(user: string, options: { width?: number; on?: LocalHost } = {}): Promise<{ context: BrowserContext; page: Page; errors: string[] }> {
    const on = options.on ?? host;
    const context = await browser.newContext({ viewport: { width: options.width ?? 1200, height: 900 }, acceptDownloads: true });
    await context.addCookies([{ name: 'wpq-user', value: user, url: on.url }]);
    context.setDefaultTimeout(90_000);
    const page = await context.newPage();
    return { context, page, errors: collectPageErrors(page) };
  }

  function at(route: string, on: LocalHost = host): string {
    return `${on.url}?wpq=${encodeURIComponent(route)}`;
  }

  async function cyclesOf(name: string): Promise<Cycle[]> {
    const service = (await manager.careServices.list()).data.find((s) => s.name === name);
    if (!service) throw new Error(`The demo has no service ${name}.`);
    return (await manager.cycles.listForService(service.id)).data.sort((a, b) => (a.startDate ?? '').localeCompare(b.startDate ?? ''));
  }

  async function settled(page: Page): Promise<void> {
    await page.waitForLoadState('networkidle');
    await page.getByText(/^Loading/).first().waitFor({ state: 'detached' }).catch(() => undefined);
  }

  async function shot(page: Page, name: string): Promise<void> {
    await page.screenshot({ path: path.join(screenshotDir, `review-${name}.png`), fullPage: true }).catch(() => undefined);
  }

  /** Clicks "Download Excel" and opens the file it gave with exceljs. */
  async function downloadWorkbook(page: Page): Promise<import('exceljs').Workbook> {
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Download Excel' }).click()]);
    expect(download.suggestedFilename()).toMatch(/\.xlsx$/);
    const file = path.join(tempDir, `${Date.now()}-${download.suggestedFilename()}`);
    await download.saveAs(file);
    const ExcelJS = await import('exceljs');
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(file);
    return wb;
  }

  /** The rows of a sheet as objects keyed by the header row's text. */
  function rowsOf(wb: import('exceljs').Workbook, sheet: string): Array<Record<string, unknown>> {
    const ws = wb.getWorksheet(sheet);
    if (!ws) throw new Error(`The workbook has no sheet "${sheet}"; it has ${wb.worksheets.map((w) => w.name).join(', ')}.`);
    const headers = (ws.getRow(1).values as unknown[]).map((v) => (v === undefined || v === null ? '' : String(v)));
    const rows: Array<Record<string, unknown>> = [];
    ws.eachRow((row, n) => {
      if (n === 1) return;
      const record: Record<string, unknown> = {};
      headers.forEach((h, i) => {
        if (h !== '') record[h] = row.getCell(i).value ?? null;
      });
      rows.push(record);
    });
    return rows;
  }

  /** The value shown beside a label in a pillar's section of the results screen. */
  async function factIn(page: Page, region: string, term: string): Promise<string> {
    const section = page.getByRole('region', { name: region, exact: true }).first();
    const exact = new RegExp(`^${term.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}$`);
    return (await section.locator('dt', { hasText: exact }).first().locator('xpath=following-sibling::dd[1]').innerText()).trim();
  }

  beforeAll(async () => {
    host = await startLocalHost({ port: 0 });
    browser = await launchChromium();
    manager = servicesAs(host, 'manager');
    const riponCycles = await cyclesOf('Meadowbank Supported Living, Ripon');
    ripon = riponCycles.find((c) => c.phase === 'review') as Cycle;
    const harrogateCycles = await cyclesOf('Meadowbank Home Care, Harrogate');
    harrogate = harrogateCycles.find((c) => c.phase !== 'closed') as Cycle;
    harrogateBefore = harrogateCycles.find((c) => c.phase === 'closed') as Cycle;
    expect(ripon).toBeDefined();
    expect(harrogate).toBeDefined();
    expect(harrogateBefore).toBeDefined();
    fs.mkdirSync(screenshotDir, { recursive: true });
  }, 180_000);

  afterAll(async () => {
    await browser?.close();
    await host?.close();
    fs.rmSync(tempDir, { recursive: true, force: true });
  });

  it("reviews Ripon beside its last cycle, then closes it carrying one action over and dropping one with a reason", async () => {
    const read = (await manager.cycles.readReview(ripon.id)).data;
    expect(read.previous?.results).toBeTruthy();
    const previous = read.previous as NonNullable<typeof read.previous>;
    const { context, page, errors } = await signedIn('manager');
    await page.goto(at(`review/-/${ripon.id}`));
    await page.getByRole('heading', { level: 1, name: `Review: ${ripon.title}` }).waitFor();

    // Side by side: the table names both cycles and shows each pillar's leaders' score in both.
    const table = page.getByRole('table', { name: `Scores in ${previous.cycle.title} and ${ripon.title}, per pillar and theme` });
    await table.waitFor();
    await page.getByRole('heading', { name: `Compared with ${previous.cycle.title}` }).waitFor();
    const pillars = defaultPack.pillars.filter((p) => !p.crossCutting);
    for (const pillar of pillars) {
      const before = previous.results?.leaders?.pillars.find((p) => p.areaId === pillar.id)?.percent;
      const now = read.results?.leaders?.pillars.find((p) => p.areaId === pillar.id)?.percent;
      expect(before).not.toBeNull();
      expect(now).not.toBeNull();
      const row = table.getByRole('row').filter({ has: page.getByRole('rowheader', { name: pillar.name, exact: true }) });
      // The first data cell is the leaders' column.
      await expect(row.getByRole('cell').first().innerText()).resolves.toBe(`${shown(before as number)} then ${shown(now as number)}`);
    }

    // A review entry for a pillar not yet written up (the demo wrote up the first two).
    const pillar = defaultPack.pillars[2];
    const form = page.getByRole('form', { name: pillar.crossCutting ? `${pillar.name} (theme)` : pillar.name, exact: true });
    await form.getByLabel('What changed').fill('Training now runs in small groups on shift; completion is up.');
    await form.getByLabel('Decisions').fill('Keep the small groups and add a refresher in spring.');
    const option = defaultPack.scales.leaders.options[3];
    await form.getByRole('radio', { name: option.label, exact: true }).check();
    await form.getByRole('button', { name: `Save review of ${pillar.name}` }).click();
    await form.getByText(`Review of ${pillar.name} saved.`).waitFor();
    const saved = (await manager.reviews.listForCycle(ripon.id)).data.filter((r) => r.pillarId === pillar.id);
    expect(saved).toHaveLength(1);
    expect(saved[0]).toMatchObject({ whatChanged: 'Training now runs in small groups on shift; completion is up.', decisions: 'Keep the small groups and add a refresher in spring.' });
    expect(saved[0].rescore).not.toBeNull();
    // Still there after a reload.
    await page.reload();
    await expect(page.getByRole('form', { name: pillar.name, exact: true }).getByLabel('What changed').inputValue()).resolves.toBe('Training now runs in small groups on shift; completion is up.');

    // Close: one carried over, one dropped (refused without a reason first), the rest closed as done.
    const open = (await manager.actions.listForCycle(ripon.id)).data.filter((a) => OPEN.includes(a.status)).sort((a, b) => a.id - b.id);
    expect(open.length).toBeGreaterThanOrEqual(3);
    const [carried, dropped, ...done] = open;
    await page.getByRole('link', { name: 'Close the cycle' }).click();
    await page.getByRole('heading', { level: 1, name: `Close: ${ripon.title}` }).waitFor();
    const items = page.locator('form ul > li');
    await expect(items.count()).resolves.toBe(open.length);
    const decide = async (index: number, choice: string): Promise<void> => {
      await items.nth(index).getByRole('radio', { name: choice }).check();
    };
    await decide(0, 'Carry it over into the next cycle');
    await decide(1, 'Drop it');
    for (let i = 2; i < open.length; i++) await decide(i, 'Close it: it is done');
    await page.getByRole('checkbox', { name: 'Start the next cycle now' }).check();
    await page.getByLabel('Name of the cycle').fill('Ripon review e2e next');
    await page.getByLabel('Start date').fill('2027-01-04');
    await page.getByLabel('End date').fill('2027-07-02');
    await page.getByRole('button', { name: 'Close the cycle' }).click();
    // Refused: the drop has no reason; nothing has changed.
    await page.getByText(`Give a reason for dropping “${dropped.title}”.`).first().waitFor();
    expect((await manager.cycles.get(ripon.id)).phase).toBe('review');
    expect((await manager.actions.listForCycle(ripon.id)).data.find((a) => a.id === dropped.id)?.status).toBe(dropped.status);
    await page.getByLabel(`Why drop “${dropped.title}”?`).fill('The new rota made this unnecessary.');
    await page.getByRole('button', { name: 'Close the cycle' }).click();
    await page
      .getByText('This cycle is closed.', { exact: true })
      .waitFor()
      .catch(async (error: Error) => {
        await shot(page, 'close-failed');
        throw new Error(`${error.message}\nThe page said: ${(await page.locator('main').innerText()).slice(0, 3000)}`);
      });
    await page.getByText(`${done.length} closed, 1 dropped, 1 carried over.`, { exact: false }).waitFor();
    expect(errors).toEqual([]);

    // The data: the next cycle holds the carried action; the dropped one is cancelled with its reason.
    expect((await manager.cycles.get(ripon.id)).phase).toBe('closed');
    const next = (await cyclesOf('Meadowbank Supported Living, Ripon')).find((c) => c.title === 'Ripon review e2e next');
    expect(next).toBeDefined();
    const nextActions = (await manager.actions.listForCycle((next as Cycle).id)).data;
    const successor = nextActions.filter((a) => a.carriedOverFromId === carried.id);
    expect(successor).toHaveLength(1);
    expect(successor[0]).toMatchObject({ title: carried.title, status: carried.status });
    expect(nextActions.some((a) => a.carriedOverFromId === dropped.id)).toBe(false);
    const after = (await manager.actions.listForCycle(ripon.id)).data;
    const droppedNow = after.find((a) => a.id === dropped.id);
    expect(droppedNow?.status).toBe('cancelled');
    expect(droppedNow?.progressNotes.map((n) => n.text)).toContain('The new rota made this unnecessary.');
    expect(after.find((a) => a.id === carried.id)?.status).toBe('carried-over');
    for (const a of done) expect(after.find((x) => x.id === a.id)?.status).toBe('done');

    closedRipon = { carried, dropped, pillarName: pillar.name };

    // The quality lead reads the review and cannot write it.
    const reader = await signedIn('quality');
    await reader.page.goto(at(`review/-/${ripon.id}`));
    await reader.page.getByText('Only managers can write the review. You can read it.').waitFor();
    const section = reader.page.getByRole('region', { name: pillar.name, exact: true });
    await section.getByText('Training now runs in small groups on shift; completion is up.').waitFor();
    await section.getByText(option.label, { exact: true }).waitFor();
    expect(await reader.page.getByRole('button', { name: /^Save review of / }).count()).toBe(0);
    expect(await reader.page.getByRole('link', { name: 'Close the cycle' }).count()).toBe(0);
    expect(reader.errors).toEqual([]);
    await reader.context.close();

    // The screen leads on to the new cycle.
    await page.getByRole('link', { name: 'Go to the next cycle' }).click();
    await page.waitForURL((url) => url.searchParams.get('wpq') === `cycle/-/${(next as Cycle).id}`);
    await context.close();
  }, 600_000);

  it('downloads an Excel report holding the figures the results screen shows, with numbers as numbers', async () => {
    const { context, page, errors } = await signedIn('manager');
    await page.goto(at(`results/-/${harrogate.id}`));
    await page.getByRole('heading', { level: 1, name: `Results: ${harrogate.title}` }).waitFor();
    // The demo's Harrogate gaps are all within 5 points ("about the same"), so wait for the pillar sections instead.
    await page
      .getByRole('region', { name: defaultPack.pillars[defaultPack.pillars.length - 1].name, exact: true })
      .first()
      .waitFor()
      .catch(async (error: Error) => {
        await shot(page, 'excel-results');
        throw new Error(`${error.message}\nThe page said: ${(await page.locator('main').innerText()).slice(0, 3000)}`);
      });
    const wb = await downloadWorkbook(page);
    const published = (await manager.cycles.readReview(harrogate.id)).data.results as NonNullable<Awaited<ReturnType<WpqServices['cycles']['readReview']>>['data']['results']>;
    const rows = rowsOf(wb, 'Pillars');
    const areas = defaultPack.pillars;
    expect(rows.map((r) => r['Pillar or theme'])).toEqual(areas.map((p) => p.name));
    for (const area of areas) {
      const row = rows.find((r) => r['Pillar or theme'] === area.name) as Record<string, unknown>;
      const leaders = row['Leaders (%)'];
      const staff = row['Staff (%)'];
      const gap = row['Gap (leaders minus staff, points)'];
      expect({ area: area.name, leaders: typeof leaders, staff: typeof staff, gap: typeof gap }).toEqual({ area: area.name, leaders: 'number', staff: 'number', gap: 'number' });
      // The workbook keeps one decimal, the screen whole numbers: 40.5 in the file may read 40% on screen (40.48).
      const onScreen = { leaders: percentIn(await factIn(page, area.name, 'Leaders’ score')), staff: percentIn(await factIn(page, area.name, 'Staff score')) };
      expect({ area: area.name, leaders: Math.abs((leaders as number) - onScreen.leaders) <= 0.55, staff: Math.abs((staff as number) - onScreen.staff) <= 0.55 }).toEqual({ area: area.name, leaders: true, staff: true });
      // And exactly the published figures, to one decimal.
      const exact = (set: typeof published.leaders): number | null | undefined => {
        const a = [...(set?.pillars ?? []), ...(set?.themes ?? [])].find((x) => x.areaId === area.id);
        return a?.percent == null ? null : Math.round(a.percent * 10) / 10;
      };
      expect(leaders).toBe(exact(published.leaders));
      expect(staff).toBe(exact(published.staff?.status === 'shown' ? published.staff : null));
      expect(Math.abs((gap as number) - ((leaders as number) - (staff as number)))).toBeLessThan(0.11);
    }
    // The leaders' overall figure on screen is the mean of the pillars (themes left out) in the workbook.
    const overall = percentIn(await factIn(page, 'Summary', 'Leaders’ scores'));
    const core = rows.filter((r) => r.Kind === 'Pillar').map((r) => r['Leaders (%)'] as number);
    expect(Math.abs(core.reduce((a, b) => a + b, 0) / core.length - overall)).toBeLessThanOrEqual(0.55);
    // Statement scores are numbers too, and the staff pulse's respondents are on the cover as a number.
    const statements = rowsOf(wb, 'Statements');
    expect(statements.filter((r) => r['Asked of'] === 'Staff').length).toBeGreaterThan(0);
    for (const r of statements) if (r['Score (%)'] !== null) expect(typeof r['Score (%)']).toBe('number');
    const cover = rowsOf(wb, 'About');
    const coverValue = (label: string): unknown => {
      const ws = wb.getWorksheet('About');
      let value: unknown;
      ws?.eachRow((row) => {
        if (row.getCell(1).value === label) value = row.getCell(2).value;
      });
      return value;
    };
    expect(cover.length).toBeGreaterThan(0);
    expect(typeof coverValue('Staff who answered')).toBe('number');
    expect(typeof coverValue('Leaders who answered')).toBe('number');
    await page.getByText(/^The workbook .*\.xlsx has been downloaded\.$/).waitFor();
    expect(errors).toEqual([]);
    await context.close();
  }, 300_000);

  it("puts the closed Ripon cycle's review and close decisions in its Excel report", async () => {
    expect(closedRipon).not.toBeNull();
    const { carried, dropped, pillarName } = closedRipon as NonNullable<typeof closedRipon>;
    const { context, page, errors } = await signedIn('manager');
    await page.goto(at(`results/-/${ripon.id}`));
    await page.getByRole('heading', { level: 1, name: `Results: ${ripon.title}` }).waitFor();
    const wb = await downloadWorkbook(page);
    const review = rowsOf(wb, 'Review').find((r) => r['Pillar or theme'] === pillarName);
    expect(review).toMatchObject({ 'What changed': 'Training now runs in small groups on shift; completion is up.', Decisions: 'Keep the small groups and add a refresher in spring.' });
    expect(typeof review?.['New score (%)']).toBe('number');
    const actions = rowsOf(wb, 'Actions');
    expect(actions.find((r) => r.Action === dropped.title && r.Status === 'Cancelled')?.['Latest progress note']).toEqual(expect.stringContaining('The new rota made this unnecessary.'));
    expect(actions.some((r) => r.Action === carried.title && r.Status === 'Carried over')).toBe(true);
    expect(errors).toEqual([]);
    await context.close();
  }, 300_000);

  it('leaves staff figures out of the Excel report of a cycle whose staff results are hidden', async () => {
    // Meadowbank House's current cycle is not published; Harrogate's earlier cycle was published with three staff answers.
    const results = (await manager.cycles.readReview(harrogateBefore.id)).data.results;
    expect(results?.staff?.status).toBe('suppressed');
    const { context, page, errors } = await signedIn('manager');
    await page.goto(at(`results/-/${harrogateBefore.id}`));
    await page.getByRole('heading', { level: 1, name: `Results: ${harrogateBefore.title}` }).waitFor();
    await page.getByText('Hidden: fewer than 5 answered').first().waitFor();
    const wb = await downloadWorkbook(page);
    const rows = rowsOf(wb, 'Pillars');
    expect(rows.length).toBe(defaultPack.pillars.length);
    for (const r of rows) {
      expect(typeof r['Leaders (%)']).toBe('number');
      expect(r['Staff (%)']).toBeNull();
      expect(r['Gap (leaders minus staff, points)']).toBeNull();
      expect(String(r.Note)).toMatch(/Staff figures are left out: fewer than 5 people answered/);
    }
    expect(rowsOf(wb, 'Statements').filter((r) => r['Asked of'] === 'Staff')).toEqual([]);
    // Nowhere in the workbook does the staff pulse's number of respondents or a staff score appear.
    let staffRespondents = false;
    wb.getWorksheet('About')?.eachRow((row) => {
      if (row.getCell(1).value === 'Staff who answered') staffRespondents = true;
    });
    expect(staffRespondents).toBe(false);
    expect(errors).toEqual([]);
    await context.close();
  }, 300_000);

  it("prints the CQC Well-led evidence summary without axe violations, on screen and in print", async () => {
    const { context, page, errors } = await signedIn('manager');
    await page.goto(at(`evidence/-/${harrogate.id}`));
    await page.getByRole('heading', { level: 1, name: `CQC Well-led evidence: ${harrogate.title}` }).waitFor();
    await page.getByRole('button', { name: 'Print or save as PDF' }).waitFor();
    await settled(page);
    const onScreen = await axeViolations(page);
    if (onScreen.length > 0) await shot(page, 'evidence-screen');
    expect(onScreen).toEqual([]);
    await page.emulateMedia({ media: 'print' });
    // The print stylesheet drops the buttons.
    await expect(page.getByRole('button', { name: 'Print or save as PDF' }).isVisible()).resolves.toBe(false);
    const inPrint = await axeViolations(page);
    if (inPrint.length > 0) await shot(page, 'evidence-print');
    expect(inPrint).toEqual([]);
    expect(errors).toEqual([]);
    await context.close();
  }, 300_000);

  it('imports a provider summary exported from one local site into another, and refuses a tampered copy', async () => {
    // Export from the demo site as its manager, under the name commissioners know.
    const source = await signedIn('manager');
    await source.page.goto(at(`results/-/${harrogate.id}`));
    await source.page.getByRole('heading', { level: 1, name: `Results: ${harrogate.title}` }).waitFor();
    await source.page.getByLabel('Your organisation’s name, as commissioners know it').fill('Meadowbank Care Group');
    const [download] = await Promise.all([
      source.page.waitForEvent('download'),
      source.page.getByRole('button', { name: 'Download summary for commissioners' }).click()
    ]);
    expect(download.suggestedFilename()).toMatch(/\.json$/);
    const original = path.join(tempDir, download.suggestedFilename());
    await download.saveAs(original);
    await source.page.getByText(/^The summary .*\.json has been downloaded\.$/).waitFor();
    expect(source.errors).toEqual([]);
    await source.context.close();
    const summary = JSON.parse(fs.readFileSync(original, 'utf8')) as ProviderSummary;
    expect(summary.provider.name).toBe('Meadowbank Care Group');
    expect(summary.staff?.status).toBe('shown');

    // Two tampered copies: staff figures shown with too few respondents, and an overall figure changed.
    const fewStaff = path.join(tempDir, 'few-staff.json');
    fs.writeFileSync(fewStaff, JSON.stringify({ ...summary, staff: { ...(summary.staff as object), respondents: 3 } }, null, 2));
    const changedOverall = path.join(tempDir, 'changed-overall.json');
    const leaders = summary.leaders as NonNullable<ProviderSummary['leaders']>;
    fs.writeFileSync(changedOverall, JSON.stringify({ ...summary, leaders: { ...leaders, overallPercent: Math.min(100, (leaders.overallPercent ?? 0) + 12) } }, null, 2));

    // Another local site, new and empty but set up.
    const other = await startLocalHost({ port: 0, demo: false });
    try {
      await runSetup(createSp({ pageContext: { web: { absoluteUrl: other.server.siteUrl } } }).using(InjectHeaders({ 'X-WPQ-User': 'manager' })));
      const theirs = servicesAs(other, 'manager');
      expect((await theirs.summaries.list()).data).toEqual([]);
      const { context, page, errors } = await signedIn('manager', { on: other });
      await page.goto(at('portfolio', other));
      await page.getByRole('heading', { level: 1, name: 'Portfolio' }).waitFor();
      const input = page.getByLabel('Summary files');

      await input.setInputFiles(fewStaff);
      const results = page.getByRole('list', { name: 'What happened to each file' });
      await results.getByText('few-staff.json was not imported:').waitFor();
      await results.getByText(/At \$\.staff\.respondents: is below the minimum group size of 5/).waitFor();
      await input.setInputFiles(changedOverall);
      await results.getByText('changed-overall.json was not imported:').waitFor();
      await results.getByText(/At \$\.leaders\.overallPercent: does not match the pillar scores/).waitFor();
      expect((await theirs.summaries.list()).data).toEqual([]);
      expect(await page.getByText('Meadowbank Care Group', { exact: false }).count()).toBe(0);

      await input.setInputFiles(original);
      await results.getByText(`${path.basename(original)}: added (Meadowbank Care Group, ${summary.service.name}, ${summary.cycle.title}).`).waitFor();
      const card = page.getByRole('listitem').filter({ has: page.getByRole('heading', { name: `Meadowbank Care Group: ${summary.service.name}` }) });
      await card.waitFor();
      await card.getByText('Imported', { exact: true }).waitFor();
      await card.getByText(/^Imported from Meadowbank Care Group on /).waitFor();
      await card.getByText(`${shown(leaders.overallPercent as number)} overall`).first().waitFor();
      const stored = (await theirs.summaries.list()).data;
      expect(stored).toHaveLength(1);
      expect(stored[0].summary).toEqual(summary);

      // The same file again changes nothing.
      await input.setInputFiles(original);
      await results.getByText(`${path.basename(original)}: already imported; nothing changed.`).waitFor();
      expect((await theirs.summaries.list()).data).toHaveLength(1);
      expect(errors).toEqual([]);
      await context.close();

      // That site's quality lead sees it too, and is not offered the import.
      const lead = await signedIn('quality', { on: other });
      await lead.page.goto(at('portfolio', other));
      await lead.page.getByRole('heading', { name: `Meadowbank Care Group: ${summary.service.name}` }).waitFor();
      await lead.page.getByText(/^Imported from Meadowbank Care Group on /).waitFor();
      expect(await lead.page.getByLabel('Summary files').count()).toBe(0);
      expect(lead.errors).toEqual([]);
      await lead.context.close();
    } finally {
      await other.close();
    }
  }, 600_000);

  it('has no axe violations on the review, close, portfolio and evidence screens, in every look and at 360 px wide', async () => {
    const screens: Array<{ user: string; route: string; ready: string | RegExp; prepare?: (page: Page) => Promise<void> }> = [
      { user: 'manager', route: `review/-/${harrogate.id}`, ready: `Review: ${harrogate.title}` },
      { user: 'quality', route: `review/-/${ripon.id}`, ready: 'Only managers can write the review. You can read it.' },
      { user: 'manager', route: `close/-/${harrogate.id}`, ready: 'Start the next cycle now' },
      {
        // The close form refusing to go with no decisions made (Harrogate has unfinished actions, so nothing is closed).
        user: 'manager',
        route: `close/-/${harrogate.id}`,
        ready: 'Start the next cycle now',
        prepare: async (page) => {
          await page.getByRole('button', { name: 'Close the cycle' }).click();
          await page.getByText(/^Choose what happens to “/).first().waitFor();
        }
      },
      { user: 'quality', route: 'portfolio', ready: 'Oakfield Care Partnership: Oakfield Lodge' },
      { user: 'manager', route: 'portfolio', ready: 'Import provider summaries' },
      { user: 'manager', route: `evidence/-/${harrogate.id}`, ready: 'Print or save as PDF' }
    ];
    const failures: unknown[] = [];
    for (const s of screens) {
      for (const width of [1200, 360]) {
        const { context, page, errors } = await signedIn(s.user, { width });
        await page.goto(at(s.route));
        await page.getByText(s.ready).first().waitFor();
        await settled(page);
        if (s.prepare) await s.prepare(page);
        for (const look of width === 360 ? ['Teams dark', 'SharePoint'] : looks) {
          await page.getByLabel('Host look').selectOption({ label: look });
          await page.waitForTimeout(600);
          const violations = await axeViolations(page);
          if (violations.length > 0) {
            await shot(page, `axe-${s.route.replace(/\//g, '_')}-${s.user}-${look}-${width}`);
            failures.push({ screen: s.route, user: s.user, look, width, violations });
          }
        }
        if (width === 360) {
          const { scrollWidth, clientWidth } = await page.evaluate(() => ({ scrollWidth: document.documentElement.scrollWidth, clientWidth: document.documentElement.clientWidth }));
          if (scrollWidth > clientWidth) {
            await shot(page, `wide-${s.route.replace(/\//g, '_')}-${s.user}`);
            failures.push({ screen: s.route, user: s.user, width, scrollWidth, clientWidth });
          }
        }
        if (errors.length > 0) failures.push({ screen: s.route, user: s.user, width, errors });
        await context.close();
      }
    }
    expect(failures).toEqual([]);
    expect((await manager.cycles.get(harrogate.id)).phase).toBe('do');
  }, 900_000);
});
