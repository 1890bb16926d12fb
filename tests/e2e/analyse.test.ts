import * as fs from 'fs';
import * as path from 'path';
import { InjectHeaders } from '@pnp/queryable';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { startLocalHost, type LocalHost } from '../../sharepoint/tools/localHost';
import { responsesList } from '../../src/data/schema';
import { createServices, type WpqServices } from '../../src/data/services';
import { createSp } from '../../src/data/sp';
import type { Cycle } from '../../src/data/types';
import { allStatements } from '../../src/model';
import { axeViolations, collectPageErrors, hasChromium, launchChromium } from '../support/browser';

/**
 * The Analyse half of the cycle in Chromium, against `npm start`'s local host with the Meadowbank Care
 * demo: care workers answer the staff pulse as themselves, a manager publishes, results keep staff
 * figures hidden until the minimum group size has answered, drafts survive reloads and lost
 * connections, a leader's self-assessment follows them to another browser, and every screen passes axe
 * in every look and at phone width.
 */
const describeInBrowser = hasChromium ? describe : describe.skip;
const screenshotDir = path.resolve(__dirname, '..', '..', 'temp', 'screenshots');
const looks = ['SharePoint', 'SharePoint dark', 'Teams light', 'Teams dark', 'Teams high contrast'];

describeInBrowser('the Analyse screens in Chromium, on demo data', () => {
  let host: LocalHost;
  let browser: Browser;
  let manager: WpqServices;
  let willow: Cycle;
  let house: Cycle;
  let harrogate: Cycle;

  /** A browser context signed in as one of the local users, like a person on their own device. */
  async function signedIn(user: string, options: { width?: number; touch?: boolean } = {}): Promise<{ context: BrowserContext; page: Page; errors: string[] }> {
    const context = await browser.newContext({ viewport: { width: options.width ?? 1200, height: 900 }, hasTouch: options.touch ?? false });
    await context.addCookies([{ name: 'wpq-user', value: user, url: host.url }]);
    // npm test runs these beside the other suites on two cores: allow for a busy machine.
    context.setDefaultTimeout(90_000);
    const page = await context.newPage();
    return { context, page, errors: collectPageErrors(page) };
  }

  function at(route: string): string {
    return `${host.url}?wpq=${encodeURIComponent(route)}`;
  }

  async function currentCycle(name: string): Promise<Cycle> {
    const service = (await manager.careServices.list()).data.find((s) => s.name === name);
    const cycle = (await manager.cycles.listForService(service?.id as number)).data.find((c) => c.phase !== 'closed');
    if (!cycle) throw new Error(`The demo has no open cycle for ${name}.`);
    return cycle;
  }

  /** How many submitted staff responses a person has in a cycle, read as the manager (who can read every row). */
  async function submissionsBy(userKey: string, cycle: Cycle): Promise<number> {
    const user = host.server.users.find((u) => u.key === userKey);
    const sp = createSp({ pageContext: { web: { absoluteUrl: host.server.siteUrl } } }).using(InjectHeaders({ 'X-WPQ-User': 'manager' }));
    const rows = await sp.web.lists
      .getByTitle(responsesList.title)
      .items.select('Id')
      .filter(`${responsesList.fields.cycle.property} eq ${cycle.id} and AuthorId eq ${user?.id}`)();
    return rows.length;
  }

  /** Answers every step of the staff pulse: the first option of each statement but one left out, and a comment. */
  async function answerSurvey(page: Page, comment: string): Promise<void> {
    // A restored draft opens where the person was; a new one on the notice about who sees what.
    const start = page.getByRole('button', { name: 'Start the survey' });
    await Promise.race([start.waitFor(), page.getByText(/^Step \d+ of \d+$/).first().waitFor()]);
    if (await start.isVisible()) await start.click();
    for (;;) {
      await page.getByText(/^Step \d+ of \d+$/).first().waitFor();
      const commentBox = page.getByLabel(/Is there anything else you would like to tell us/);
      if (await commentBox.count()) {
        await commentBox.fill(comment);
        await page.getByRole('button', { name: 'Next' }).click();
        break;
      }
      const groups = page.locator('fieldset');
      const count = await groups.count();
      // Every statement answered but the last of each step, which is left out.
      for (let i = 0; i < count - 1; i++) await groups.nth(i).getByRole('radio').nth(i % 5).check();
      await page.getByRole('button', { name: 'Next' }).click();
    }
    await page.getByRole('heading', { name: 'Check your answers' }).waitFor();
  }

  async function publishAsManager(cycle: Cycle): Promise<Page> {
    const { page } = await signedIn('manager');
    await page.goto(at(`cycle/-/${cycle.id}`));
    const publish = page.getByRole('button', { name: 'Publish results' });
    await publish.waitFor().catch(async (error: Error) => {
      await page.screenshot({ path: path.join(screenshotDir, 'publish-missing.png'), fullPage: true });
      throw error;
    });
    await publish.click();
    await page.getByText('The results are published.').waitFor();
    await page.goto(at(`results/-/${cycle.id}`));
    await page.getByRole('heading', { level: 1 }).waitFor();
    return page;
  }

  beforeAll(async () => {
    host = await startLocalHost({ port: 0 });
    browser = await launchChromium();
    manager = createServices(
      createSp({ pageContext: { web: { absoluteUrl: host.server.siteUrl } } }).using(InjectHeaders({ 'X-WPQ-User': 'manager' }))
    );
    willow = await currentCycle('Willow Court');
    house = await currentCycle('Meadowbank House');
    harrogate = await currentCycle('Meadowbank Home Care, Harrogate');
    fs.mkdirSync(screenshotDir, { recursive: true });
  }, 180_000);

  afterAll(async () => {
    await browser?.close();
    await host?.close();
  });

  it('five care workers answer as themselves; results published at four keep staff figures hidden, and at five show them', async () => {
    for (const worker of ['worker1', 'worker2', 'worker3', 'worker4']) {
      const { context, page, errors } = await signedIn(worker);
      await page.goto(at(`survey/-/${willow.id}`));
      await answerSurvey(page, `Written by ${worker}.`);
      await page.getByRole('button', { name: 'Send my answers' }).click();
      await page.getByRole('heading', { name: /^Thank you/ }).waitFor();
      expect(errors).toEqual([]);
      await context.close();
    }
    let results = await publishAsManager(willow);
    await results.getByText('Hidden: fewer than 5 answered').first().waitFor();
    expect(await results.getByText(/^No comparison/).count()).toBeGreaterThan(0);
    await results.context().close();

    // The fifth, on a phone, with touch-sized choices.
    const phone = await signedIn('worker5', { width: 360, touch: true });
    await phone.page.goto(at(`survey/-/${willow.id}`));
    await phone.page.getByRole('button', { name: 'Start the survey' }).click();
    const option = phone.page.locator('fieldset').first().locator('label').first();
    const box = await option.boundingBox();
    expect(box?.height).toBeGreaterThanOrEqual(44);
    expect(await phone.page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(360);
    await phone.page.screenshot({ path: path.join(screenshotDir, 'survey-phone.png') });
    await phone.page.getByRole('button', { name: 'Back' }).click();
    await answerSurvey(phone.page, 'Written on a phone.');
    await phone.page.getByRole('button', { name: 'Send my answers' }).click();
    await phone.page.getByRole('heading', { name: /^Thank you/ }).waitFor();
    // A later visit says when they answered instead of showing the form again.
    await phone.page.reload();
    await phone.page.getByText(/You answered on /).waitFor();
    expect(phone.errors).toEqual([]);
    await phone.context.close();

    // The manager's own self-assessment, sent through the data layer (the assessment screen has its own test).
    const pack = await manager.settings.readPack(willow.packId, willow.packVersion);
    const leaderAnswers = allStatements(pack, 'leaders').map(({ statement }, i) => ({ statementId: statement.id, value: pack.scales.leaders.options[Math.min(pack.scales.leaders.options.length - 1, 2 + (i % 2))].value }));
    await manager.responses.submit({ cycle: willow, pack, kind: 'leaders', answers: leaderAnswers, submissionId: `e2e-${willow.id}-leaders` });
    results = await publishAsManager(willow);
    await results.getByRole('cell', { name: /%/ }).first().waitFor();
    expect(await results.getByText('Hidden: fewer than 5 answered').count()).toBe(0);
    await results.getByText(/points (higher|lower) than staff do|about the same/).first().waitFor();
    await results.context().close();
  }, 600_000);

  it('keeps a half-answered survey through a reload and a send attempted while offline, and stores it once', async () => {
    const { context, page, errors } = await signedIn('worker6');
    await page.goto(at(`survey/-/${willow.id}`));
    await page.getByRole('button', { name: 'Start the survey' }).click();
    await page.locator('fieldset').first().getByRole('radio').nth(3).check();
    await page.waitForTimeout(500);
    await page.reload();
    await page.getByText('Welcome back').waitFor();
    await page.getByText(/We restored the answers you gave on/).waitFor();
    await answerSurvey(page, 'Sent after a lost connection.');
    await context.setOffline(true);
    await page.getByRole('button', { name: 'Send my answers' }).click();
    await page.getByText('Your answers have not been sent yet').waitFor();
    await context.setOffline(false);
    await page.getByRole('button', { name: 'Try again' }).click();
    await page.getByRole('heading', { name: /^Thank you/ }).waitFor();
    expect(await submissionsBy('worker6', willow)).toBe(1);
    // PnPjs logs the failed request while offline; nothing else may go wrong.
    expect(errors.filter((e) => !/Failed to fetch|ERR_INTERNET_DISCONNECTED|net::/.test(e))).toEqual([]);
    await context.close();
  }, 300_000);

  it('stores each response exactly once under injected faults and lost answers', async () => {
    for (const worker of ['worker7', 'worker8']) {
      const { context, page } = await signedIn(worker);
      await page.goto(at(`survey/-/${willow.id}`));
      await answerSurvey(page, 'Sent on a poor connection.');
      host.server.setFaults({ share: 0.3, lostReplyShare: 0.3, seed: worker === 'worker7' ? 7 : 8 });
      try {
        await page.getByRole('button', { name: 'Send my answers' }).click();
        const thanks = page.getByRole('heading', { name: /^Thank you/ });
        for (let attempt = 0; attempt < 10 && !(await thanks.isVisible()); attempt++) {
          const retry = page.getByRole('button', { name: 'Try again' });
          await Promise.race([thanks.waitFor({ timeout: 30_000 }), retry.waitFor({ timeout: 30_000 })]).catch(() => undefined);
          if (await retry.isVisible()) await retry.click();
        }
        await thanks.waitFor();
      } finally {
        host.server.setFaults(undefined);
      }
      expect(await submissionsBy(worker, willow)).toBe(1);
      await context.close();
    }
  }, 300_000);

  it("resumes a leader's self-assessment in a new browser", async () => {
    const first = await signedIn('deputy');
    await first.page.goto(at(`assessment/-/${house.id}`));
    const note = first.page.getByLabel('Your evidence (optional)').first();
    await note.fill('Values are in every job advert and induction pack.');
    await first.page.getByText(/Saved at /).waitFor({ timeout: 30_000 });
    expect(first.errors).toEqual([]);
    await first.context.close();

    const second = await signedIn('deputy');
    await second.page.goto(at(`assessment/-/${house.id}`));
    await expect(second.page.getByLabel('Your evidence (optional)').first().inputValue()).resolves.toBe('Values are in every job advert and induction pack.');
    // Nobody else can read the draft: another leader sees only their own.
    const other = await signedIn('manager');
    await other.page.goto(at(`assessment/-/${house.id}`));
    await other.page.getByRole('heading', { level: 1 }).waitFor();
    expect(await other.page.getByText('Values are in every job advert and induction pack.').count()).toBe(0);
    await second.context.close();
    await other.context.close();
  }, 300_000);

  it('shows the perception gap as a chart and as a table', async () => {
    const { context, page, errors } = await signedIn('quality');
    await page.goto(at(`results/-/${harrogate.id}`));
    await page.getByText(/points (higher|lower) than staff do/).first().waitFor();
    await page.locator('svg').first().waitFor();
    expect(await page.getByRole('table').count()).toBeGreaterThan(0);
    await page.screenshot({ path: path.join(screenshotDir, 'results.png'), fullPage: true });
    expect(errors).toEqual([]);
    await context.close();
  }, 300_000);

  it('has no axe violations on any Analyse screen, in every look and at 360 px wide', async () => {
    const screens: Array<{ user: string; route: string; ready: string | RegExp }> = [
      { user: 'manager', route: 'overview', ready: 'Waiting for you' },
      { user: 'worker1', route: 'mywork', ready: /My work/ },
      { user: 'manager', route: 'services', ready: 'Meadowbank House' },
      { user: 'manager', route: `service/${house.serviceId}`, ready: 'Meadowbank House' },
      { user: 'manager', route: `cycle/-/${house.id}`, ready: 'Publish results' },
      { user: 'worker2', route: `survey/-/${house.id}`, ready: 'Start the survey' },
      { user: 'deputy', route: `assessment/-/${house.id}`, ready: 'Your evidence (optional)' },
      { user: 'manager', route: `results/-/${harrogate.id}`, ready: /points (higher|lower) than staff do/ }
    ];
    for (const s of screens) {
      for (const width of [1200, 360]) {
        const { context, page, errors } = await signedIn(s.user, { width });
        await page.goto(at(s.route));
        await page.getByText(s.ready).first().waitFor();
        await page.waitForLoadState('networkidle');
        await page.getByText(/^Loading/).first().waitFor({ state: 'detached' }).catch(() => undefined);
        for (const look of width === 360 ? ['Teams dark'] : looks) {
          await page.getByLabel('Host look').selectOption({ label: look });
          // Fluent's controls fade to the new theme's colours; check them once they have arrived.
          await page.waitForTimeout(600);
          const violations = await axeViolations(page);
          if (violations.length > 0) await page.screenshot({ path: path.join(screenshotDir, `axe-${s.route.replace(/\//g, '_')}-${look}-${width}.png`), fullPage: true });
          expect({ screen: s.route, look, width, violations }).toEqual({ screen: s.route, look, width, violations: [] });
        }
        if (width === 360) {
          const scrollWidth = await page.evaluate(() => document.documentElement.scrollWidth);
          if (scrollWidth > 360) await page.screenshot({ path: path.join(screenshotDir, `wide-${s.route.replace(/\//g, '_')}.png`), fullPage: true });
          expect({ screen: s.route, scrollWidth }).toEqual({ screen: s.route, scrollWidth: 360 });
        }
        expect(errors).toEqual([]);
        await context.close();
      }
    }
  }, 900_000);
});
