import * as fs from 'fs';
import * as path from 'path';
import { InjectHeaders } from '@pnp/queryable';
import type { Browser, BrowserContext, Locator, Page } from 'playwright-core';
import { startLocalHost, type LocalHost } from '../../sharepoint/tools/localHost';
import { createServices, type WpqServices } from '../../src/data/services';
import { createSp } from '../../src/data/sp';
import type { Action, Cycle, MeasureRecord } from '../../src/data/types';
import type { Measure, ModelPack, SuggestedAction } from '../../src/model';
import { isOverdue, suggestionsFor, today } from '../../src/ui/actions/actionModel';
import { axeViolations, collectPageErrors, hasChromium, launchChromium } from '../support/browser';

/**
 * Plan and Do in Chromium, against the local host with the Meadowbank Care demo: a manager plans
 * actions from the Harrogate results, a care worker moves his own action on by keyboard and writes
 * how it is going, the manager reads it back, two managers save the same action at once and settle
 * it field by field, the board's "Move to…" menu works without a mouse, and every Plan-Do screen
 * passes axe in every look and fits a phone.
 */
const describeInBrowser = hasChromium ? describe : describe.skip;
const screenshotDir = path.resolve(__dirname, '..', '..', 'temp', 'screenshots');
const looks = ['SharePoint', 'SharePoint dark', 'Teams light', 'Teams dark', 'Teams high contrast'];
/** The pillar planned for: the demo board has none of its suggestions yet. */
const PLANNED_PILLAR = 'wellbeing';
const TOM = 'Tom Baxter';
/** Chromium reports a refused save (412) as a console error; the conflict view is the app's answer to it. */
const refusedSave = /status of 412/;
/** A measure the demo has no figures for, with a national benchmark to draw. */
const MEASURE_ID = 'zero-hours-share';

interface Session {
  context: BrowserContext;
  page: Page;
  errors: string[];
}

describeInBrowser('Plan and Do in Chromium, on demo data', () => {
  let host: LocalHost;
  let browser: Browser;
  let data: WpqServices;
  let harrogate: Cycle;
  let pack: ModelPack;
  let manager: Session;
  /** The two suggestions the manager adds; the first is given to Tom. */
  let planned: SuggestedAction[] = [];
  let tomsAction: Action;
  let otherAction: Action;

  async function signedIn(user: string, options: { width?: number } = {}): Promise<Session> {
    const context = await browser.newContext({ viewport: { width: options.width ?? 1200, height: 900 } });
    await context.addCookies([{ name: 'wpq-user', value: user, url: host.url }]);
    // Two cores shared with other work: allow for a busy machine.
    context.setDefaultTimeout(90_000);
    const page = await context.newPage();
    return { context, page, errors: collectPageErrors(page) };
  }

  function at(route: string): string {
    return `${host.url}?wpq=${encodeURIComponent(route)}`;
  }

  /** A link to a route, however the address encodes it. */
  function linkTo(scope: Page | Locator, route: string): Locator {
    return scope.locator(`a[href*="${route}"], a[href*="${encodeURIComponent(route)}"]`);
  }

  async function shot(page: Page, name: string): Promise<void> {
    await page.screenshot({ path: path.join(screenshotDir, `plando-${name}.png`), fullPage: true }).catch(() => undefined);
  }

  /** Waits for a screen to show `ready`, with a screenshot when it does not. */
  async function ready(page: Page, text: string | RegExp, name: string): Promise<void> {
    await page
      .getByText(text)
      .first()
      .waitFor()
      .catch(async (error: Error) => {
        await shot(page, `missing-${name}`);
        throw error;
      });
  }

  /** Presses Tab until `target` has the focus, as someone without a mouse would. */
  async function tabTo(page: Page, target: Locator, most = 120): Promise<void> {
    for (let i = 0; i < most; i++) {
      if (await target.evaluate((el) => el === document.activeElement)) return;
      await page.keyboard.press('Tab');
    }
    throw new Error(`Tab never reached ${target.toString()}`);
  }

  async function actionsOfCycle(): Promise<Action[]> {
    return (await data.actions.listForCycle(harrogate.id)).data;
  }

  beforeAll(async () => {
    host = await startLocalHost({ port: 0 });
    browser = await launchChromium();
    data = createServices(createSp({ pageContext: { web: { absoluteUrl: host.server.siteUrl } } }).using(InjectHeaders({ 'X-WPQ-User': 'manager' })));
    const service = (await data.careServices.list()).data.find((s) => s.name === 'Meadowbank Home Care, Harrogate');
    const cycle = (await data.cycles.listForService(service?.id as number)).data.find((c) => c.phase === 'do');
    if (!cycle) throw new Error('The demo has no Harrogate cycle in Do.');
    harrogate = cycle;
    pack = await data.settings.readPack(harrogate.packId, harrogate.packVersion);
    manager = await signedIn('manager');
    fs.mkdirSync(screenshotDir, { recursive: true });
  }, 240_000);

  afterAll(async () => {
    await browser?.close();
    await host?.close();
  });

  it('plans two suggested actions from the results in one go, gives one to Tom with the people picker, and shows both on the board', async () => {
    const { page, errors } = manager;
    const pillar = pack.pillars.find((p) => p.id === PLANNED_PILLAR);
    if (!pillar) throw new Error(`The pack has no pillar ${PLANNED_PILLAR}.`);
    const suggestions = suggestionsFor(pack, pillar.id, null);
    expect(suggestions.length).toBeGreaterThanOrEqual(2);
    const before = await actionsOfCycle();
    // Two suggestions not on the board yet, so that they can be told apart from the demo's.
    planned = suggestions.filter((a) => !before.some((b) => b.title === a.title)).slice(0, 2);
    expect(planned).toHaveLength(2);

    await page.goto(at(`results/-/${harrogate.id}`));
    const plan = page.getByRole('link', { name: `Plan an action for ${pillar.name}` });
    await plan.waitFor().catch(async (error: Error) => {
      await shot(page, 'results-no-plan-link');
      throw error;
    });
    await plan.click();

    // The new-actions screen, for that pillar, filled from the pack's suggestions.
    await page.getByRole('heading', { level: 1, name: `Plan actions: ${harrogate.title}` }).waitFor();
    expect(decodeURIComponent(page.url())).toContain(`newaction/-/${harrogate.id}/${pillar.id}`);
    await page.getByText(pillar.name, { exact: true }).first().waitFor();
    for (const a of suggestions) await page.getByRole('checkbox', { name: a.title }).waitFor();
    await expect(page.getByRole('textbox', { name: /What will be done/ }).inputValue()).resolves.toBe(suggestions[0].title);
    await expect(page.getByRole('textbox', { name: /^Detail/ }).inputValue()).resolves.toBe(suggestions[0].description);

    for (const a of planned) await page.getByRole('checkbox', { name: a.title }).check();
    await page.getByRole('button', { name: 'Add 2 chosen actions' }).click();
    await page.getByText('2 actions were added to the board.').waitFor();
    await page.getByRole('link', { name: 'Open the action board' }).click();
    await page.getByRole('heading', { level: 1, name: `Actions: ${harrogate.title}` }).waitFor();
    for (const a of planned) await page.getByRole('link', { name: a.title, exact: true }).waitFor();

    const added = (await actionsOfCycle()).filter((a) => !before.some((b) => b.id === a.id));
    expect(added.map((a) => a.title).sort()).toEqual(planned.map((a) => a.title).sort());
    // Each is stored against a statement of the pillar, with nobody as owner yet.
    for (const a of added) {
      expect(a.pillarId).toBe(pillar.id);
      expect(a.statementId?.startsWith(`${pillar.id}.`)).toBe(true);
      expect(a.ownerId).toBeNull();
      expect(a.status).toBe('not-started');
    }
    tomsAction = added.find((a) => a.title === planned[0].title) as Action;
    otherAction = added.find((a) => a.title === planned[1].title) as Action;

    // The first is given to Tom on its page, with the people picker.
    await page.getByRole('link', { name: planned[0].title, exact: true }).click();
    await page.getByRole('heading', { level: 1, name: planned[0].title }).waitFor();
    await page.getByRole('button', { name: 'Change the details' }).click();
    const owner = page.getByRole('combobox', { name: /^Owner/ });
    await owner.fill('Tom');
    // (The host bar's user list has Tom too: choose from the picker's own list.)
    await page.getByRole('main').getByRole('option', { name: new RegExp(TOM) }).click();
    await page.getByRole('button', { name: `Remove ${TOM}` }).waitFor();
    await page.getByRole('button', { name: 'Save changes' }).click();
    await page.getByText('Your changes were saved.').waitFor();

    await page.getByRole('link', { name: 'Back to the action board' }).click();
    const card = page.getByRole('listitem').filter({ has: page.getByRole('link', { name: planned[0].title, exact: true }) });
    await card.getByText(`Owner: ${TOM}`).waitFor();
    const tomId = host.server.users.find((u) => u.key === 'worker1')?.id;
    tomsAction = await data.actions.get(tomsAction.id);
    expect(tomsAction.ownerId).toBe(tomId);
    expect((await data.actions.get(otherAction.id)).ownerId).toBeNull();
    expect(errors).toEqual([]);
  }, 600_000);

  it('Tom finds the action under My work, moves it to "In progress" by keyboard alone and adds a progress note', async () => {
    const tom = await signedIn('worker1');
    const { page, errors } = tom;
    await page.goto(at('overview'));
    await page.getByRole('navigation').getByRole('link', { name: 'My work' }).click();
    await page.getByRole('heading', { name: 'My actions' }).waitFor();
    const route = `action/-/${harrogate.id}/${tomsAction.id}`;
    const mine = linkTo(page.getByRole('main'), route);
    await mine.waitFor();
    await expect(mine.innerText()).resolves.toBe(tomsAction.title);
    // His overdue demo action says so in words, not colour alone.
    await page.getByText(/^Overdue: it was due on /).first().waitFor();
    await mine.click();

    await page.getByRole('heading', { level: 1, name: tomsAction.title }).waitFor();
    const status = page.getByRole('combobox', { name: 'Status' });
    await status.waitFor();
    await expect(status.inputValue()).resolves.toBe('not-started');
    // Keyboard alone from here: Tab to the status, an arrow key to the next one, Tab to the button, Enter.
    await tabTo(page, status);
    await page.keyboard.press('ArrowDown');
    await expect(status.inputValue()).resolves.toBe('in-progress');
    const change = page.getByRole('button', { name: 'Change status' });
    await tabTo(page, change);
    await page.keyboard.press('Enter');
    await page.getByText('The status is now In progress.').waitFor();

    const note = 'Asked everyone on the late round what would help; three want a rest break moved.';
    await page.getByRole('textbox', { name: 'Add a progress note' }).fill(note);
    await page.getByRole('button', { name: 'Add note' }).click();
    await page.getByText('Your note was added.').waitFor();
    await page.getByText(note).waitFor();

    const stored = await data.actions.get(tomsAction.id);
    expect(stored.status).toBe('in-progress');
    expect(stored.progressNotes.map((n) => ({ text: n.text, byName: n.byName }))).toEqual(
      expect.arrayContaining([{ text: note, byName: TOM }])
    );
    expect(stored.progressNotes.find((n) => n.status)?.status).toEqual({ from: 'not-started', to: 'in-progress' });
    tomsAction = stored;
    expect(errors).toEqual([]);
    await tom.context.close();
  }, 300_000);

  it("the manager sees Tom's note with his name, and the status change in the history", async () => {
    const { page, errors } = manager;
    await page.goto(at(`action/-/${harrogate.id}/${tomsAction.id}`));
    await page.getByRole('heading', { level: 1, name: tomsAction.title }).waitFor();
    const note = tomsAction.progressNotes.find((n) => !n.status) as Action['progressNotes'][number];
    const notes = page.getByRole('region', { name: 'Progress notes' });
    const entry = notes.getByRole('listitem').filter({ hasText: note.text });
    await entry.waitFor();
    await expect(entry.innerText()).resolves.toMatch(new RegExp(`${TOM}, `));
    const history = page.getByRole('region', { name: 'Status history' });
    await history.getByText(new RegExp(`^Not started to In progress: ${TOM}, `)).waitFor();
    expect(errors).toEqual([]);
  }, 300_000);

  it('two managers change the same action: the second sees both versions side by side, and what they choose is what is stored', async () => {
    const first = manager;
    const second = await signedIn('manager');
    const route = at(`action/-/${harrogate.id}/${otherAction.id}`);
    for (const s of [first, second]) {
      await s.page.goto(route);
      await s.page.getByRole('heading', { level: 1, name: otherAction.title }).waitFor();
      await s.page.getByRole('button', { name: 'Change the details' }).click();
      await s.page.getByRole('textbox', { name: /What will be done/ }).waitFor();
    }
    const theirTitle = `${otherAction.title} (first manager)`;
    const myTitle = `${otherAction.title} (second manager)`;
    const mySuccess = 'Every worker has a break of at least 20 minutes on shifts over six hours.';
    await first.page.getByRole('textbox', { name: /What will be done/ }).fill(theirTitle);
    await first.page.getByRole('button', { name: 'Save changes' }).click();
    await first.page.getByText('Your changes were saved.').waitFor();

    await second.page.getByRole('textbox', { name: /What will be done/ }).fill(myTitle);
    await second.page.getByRole('textbox', { name: /How you will know it worked/ }).fill(mySuccess);
    await second.page.getByRole('button', { name: 'Save changes' }).click();
    const conflict = second.page.getByRole('region', { name: 'Someone else changed this action' });
    await conflict.waitFor().catch(async (error: Error) => {
      await shot(second.page, 'no-conflict-view');
      throw error;
    });
    await shot(second.page, 'conflict');
    // Both versions of each changed field, side by side.
    const titleChoice = conflict.getByRole('radiogroup', { name: /What will be done: which version do you want\?/ });
    await titleChoice.getByRole('radio', { name: `Yours: ${myTitle}` }).waitFor();
    await titleChoice.getByRole('radio', { name: `Theirs (saved): ${theirTitle}` }).waitFor();
    const successChoice = conflict.getByRole('radiogroup', { name: /How you will know it worked: which version do you want\?/ });
    await successChoice.getByRole('radio', { name: `Yours: ${mySuccess}` }).waitFor();
    await successChoice.getByRole('radio', { name: 'Theirs (saved): (empty)' }).waitFor();
    // Nothing was overwritten yet.
    expect((await data.actions.get(otherAction.id)).title).toBe(theirTitle);

    // Their title, my success measure.
    await titleChoice.getByRole('radio', { name: `Theirs (saved): ${theirTitle}` }).check();
    await successChoice.getByRole('radio', { name: `Yours: ${mySuccess}` }).check();
    await conflict.getByRole('button', { name: 'Save my choices' }).click();
    await second.page.getByText('Your choices were saved.').waitFor();

    const stored = await data.actions.get(otherAction.id);
    expect({ title: stored.title, successMeasure: stored.successMeasure }).toEqual({ title: theirTitle, successMeasure: mySuccess });
    await second.page.getByRole('heading', { level: 1, name: theirTitle }).waitFor();
    otherAction = stored;
    expect(first.errors.filter((e) => !refusedSave.test(e))).toEqual([]);
    expect(second.errors.filter((e) => !refusedSave.test(e))).toEqual([]);
    await second.context.close();
  }, 300_000);

  it('moves a card with the board\'s "Move to…" menu by keyboard, and overdue cards say "Overdue" in words', async () => {
    const { page, errors } = manager;
    await page.goto(at(`actions/-/${harrogate.id}`));
    await page.getByRole('heading', { level: 1, name: `Actions: ${harrogate.title}` }).waitFor();
    const card = page.getByRole('listitem').filter({ has: page.getByRole('link', { name: otherAction.title, exact: true }) });
    // The card's only button is its "Move to…" menu.
    const moveButton = card.getByRole('button');
    await expect(moveButton.count()).resolves.toBe(1);
    // From the card's link, Tab to its menu button and open it with Enter.
    await card.getByRole('link', { name: otherAction.title, exact: true }).focus();
    await page.keyboard.press('Tab');
    await expect(moveButton.evaluate((el) => el === document.activeElement)).resolves.toBe(true);
    await page.keyboard.press('Enter');
    const menu = page.getByRole('menu');
    await menu.waitFor();
    // The first choice has the focus; arrow down to "On hold".
    const focused = (): Promise<string> => page.evaluate(() => (document.activeElement as HTMLElement | null)?.innerText.trim() ?? '');
    await expect(focused()).resolves.toBe('Move to In progress');
    await page.keyboard.press('ArrowDown');
    await expect(focused()).resolves.toBe('Move to On hold');
    await page.keyboard.press('Enter');
    await page.getByText(`"${otherAction.title}" moved to On hold.`).waitFor();
    const onHold = page.getByRole('region', { name: /^On hold/ });
    await onHold.getByRole('link', { name: otherAction.title, exact: true }).waitFor();
    expect((await data.actions.get(otherAction.id)).status).toBe('on-hold');

    // Every overdue card, and only those, says so in words.
    const on = today();
    const overdue = (await actionsOfCycle()).filter((a) => isOverdue(a, on));
    expect(overdue.length).toBeGreaterThan(0);
    for (const a of overdue) {
      const c = page.getByRole('listitem').filter({ has: page.getByRole('link', { name: a.title, exact: true }) });
      await expect(c.first().innerText()).resolves.toMatch(/Overdue: it was due on /);
    }
    const shownOverdue = await page.getByText(/^Overdue: it was due on /).count();
    expect(shownOverdue).toBe(overdue.filter((a) => a.status !== 'cancelled' && a.status !== 'carried-over').length);
    expect(errors).toEqual([]);
  }, 300_000);

  it('a manager enters a figure, pastes rows with one bad row (reported by its row, nothing stored), fixes it, and the trend table shows the benchmark', async () => {
    const { page, errors } = manager;
    const measure = pack.measures.find((m) => m.id === MEASURE_ID) as Measure;
    const benchmark = measure.benchmarks.find((b) => b.kind === 'national' && b.scope === undefined) ?? measure.benchmarks.find((b) => b.kind === 'national');
    if (!benchmark) throw new Error(`The pack has no national benchmark for ${MEASURE_ID}.`);
    const figures = async (): Promise<MeasureRecord[]> => (await data.measures.listForService(harrogate.serviceId)).data.filter((r) => r.measureId === MEASURE_ID);
    expect(await figures()).toEqual([]);

    await page.goto(at(`measures/${harrogate.serviceId}`));
    await page.getByRole('heading', { level: 1, name: 'Workforce measures: Meadowbank Home Care, Harrogate' }).waitFor();
    const section = page.getByRole('region', { name: measure.name, exact: true });
    await section.getByText('No figures yet.').waitFor();

    // One figure, by hand: the quarter ending 30 September of last year.
    const year = Number(today().slice(0, 4)) - 1;
    await section.getByRole('button', { name: `Add figures for ${measure.name}` }).click();
    await section.getByLabel(/^Last day of the period/).fill(`${year}-09-30`);
    await section.getByLabel(/^Numerator/).fill('9');
    await section.getByLabel(/^Denominator/).fill('40');
    await section.getByRole('button', { name: 'Save figures' }).click();
    await page.getByText(/^Figures saved for /).waitFor();
    const entered = await figures();
    expect(entered.map((r) => ({ periodEnd: r.periodEnd, numerator: r.numerator, denominator: r.denominator, value: r.value }))).toEqual([
      { periodEnd: `${year}-09-30`, numerator: 9, denominator: 40, value: 22.5 }
    ]);

    // Rows pasted from a spreadsheet, with the header row: row 3 has a denominator of 0.
    const importer = page.getByRole('form', { name: 'Add figures from a spreadsheet' });
    const pasted = importer.getByRole('textbox', { name: /^Rows pasted from a spreadsheet/ });
    const rows = (bad: boolean): string =>
      [
        ['measure', 'period end', 'numerator', 'denominator', 'note'],
        [MEASURE_ID, `${year}-06-30`, '10', '42', ''],
        [MEASURE_ID, `31/03/${year}`, '11', bad ? '0' : '44', ''],
        [MEASURE_ID, `${year - 1}-12-31`, '12', '41', 'From the rota']
      ]
        .map((r) => r.join('\t'))
        .join('\n');
    await pasted.focus();
    await page.keyboard.insertText(rows(true));
    await importer.getByRole('button', { name: 'Check and save' }).click();
    await importer.getByText('Nothing was saved').waitFor();
    const problems = importer.getByRole('table', { name: 'Problems found in the rows' });
    await problems.waitFor();
    const problemRows = problems.locator('tbody tr');
    await expect(problemRows.count()).resolves.toBe(1);
    await expect(problemRows.first().getByRole('rowheader').innerText()).resolves.toBe('3');
    await expect(problemRows.first().innerText()).resolves.toMatch(/Denominator[\s\S]*The denominator must be more than 0\./);
    expect(await figures()).toHaveLength(1);

    // Fixed, all three go in.
    await pasted.fill('');
    await pasted.focus();
    await page.keyboard.insertText(rows(false));
    await importer.getByRole('button', { name: 'Check and save' }).click();
    await importer.getByText('3 figures saved.').waitFor();
    const stored = await figures();
    expect(stored.map((r) => r.periodEnd).sort()).toEqual([`${year - 1}-12-31`, `${year}-03-31`, `${year}-06-30`, `${year}-09-30`]);
    expect(stored.find((r) => r.periodEnd === `${year}-03-31`)?.denominator).toBe(44);

    // The trend's table alternative, with the national benchmark in it.
    await section.getByRole('button', { name: /Show as a table/ }).click();
    const trend = section.getByRole('table', { name: `${measure.name} over time` });
    await trend.waitFor();
    await expect(trend.locator('tbody tr').count()).resolves.toBe(4);
    const reference = trend.locator('tfoot tr');
    await expect(reference.innerText()).resolves.toContain('National benchmark');
    await expect(reference.innerText()).resolves.toContain(`${benchmark.value}%`);
    await expect(reference.innerText()).resolves.toContain(benchmark.period);
    expect(errors).toEqual([]);
  }, 300_000);

  it('has no axe violations on the measures screen in every look, and nothing scrolls sideways at 360 px', async () => {
    const failures: unknown[] = [];
    for (const width of [1200, 360]) {
      const { context, page, errors } = await signedIn('manager', { width });
      await page.goto(at(`measures/${harrogate.serviceId}`));
      await ready(page, 'Add figures from a spreadsheet', `measures-${width}`);
      await page.waitForLoadState('networkidle');
      await page.getByText(/^Loading/).first().waitFor({ state: 'detached' }).catch(() => undefined);
      for (const look of looks) {
        await page.getByLabel('Host look').selectOption({ label: look });
        await page.waitForTimeout(600);
        const violations = await axeViolations(page);
        if (violations.length > 0) {
          await shot(page, `axe-measures-${look}-${width}`);
          failures.push({ screen: 'measures', look, width, violations });
        }
        if (width === 360) {
          const { scrollWidth, clientWidth } = await page.evaluate(() => ({
            scrollWidth: document.documentElement.scrollWidth,
            clientWidth: document.documentElement.clientWidth
          }));
          if (scrollWidth > clientWidth) {
            await shot(page, `wide-measures-${look}`);
            failures.push({ screen: 'measures', look, width, scrollWidth, clientWidth });
          }
        }
      }
      if (errors.length > 0) failures.push({ width, errors });
      await context.close();
    }
    expect(failures).toEqual([]);
  }, 600_000);

  it('has no axe violations on the board, an action, new actions and My work, in every look, and nothing scrolls sideways at 360 px', async () => {
    const screens: Array<{ user: string; route: string; ready: string | RegExp }> = [
      { user: 'manager', route: `actions/-/${harrogate.id}`, ready: 'Plan new actions' },
      { user: 'manager', route: `action/-/${harrogate.id}/${tomsAction.id}`, ready: 'Status history' },
      { user: 'manager', route: `newaction/-/${harrogate.id}/${PLANNED_PILLAR}`, ready: 'Suggested actions' },
      { user: 'worker1', route: 'mywork', ready: 'My actions' },
      { user: 'worker1', route: `action/-/${harrogate.id}/${tomsAction.id}`, ready: 'Add a progress note' }
    ];
    const failures: unknown[] = [];
    for (const width of [1200, 360]) {
      const sessions = new Map<string, Session>();
      for (const s of screens) {
        let session = sessions.get(s.user);
        if (!session) {
          session = await signedIn(s.user, { width });
          sessions.set(s.user, session);
        }
        const { page } = session;
        await page.goto(at(s.route));
        await ready(page, s.ready, s.route.replace(/\//g, '_'));
        await page.waitForLoadState('networkidle');
        await page.getByText(/^Loading/).first().waitFor({ state: 'detached' }).catch(() => undefined);
        for (const look of looks) {
          await page.getByLabel('Host look').selectOption({ label: look });
          // Fluent's controls fade to the new theme's colours; check them once they have arrived.
          await page.waitForTimeout(600);
          const violations = await axeViolations(page);
          if (violations.length > 0) {
            await shot(page, `axe-${s.route.replace(/\//g, '_')}-${look}-${width}`);
            failures.push({ screen: s.route, user: s.user, look, width, violations });
          }
          if (width === 360) {
            const { scrollWidth, clientWidth } = await page.evaluate(() => ({
              scrollWidth: document.documentElement.scrollWidth,
              clientWidth: document.documentElement.clientWidth
            }));
            if (scrollWidth > clientWidth) {
              await shot(page, `wide-${s.route.replace(/\//g, '_')}-${look}`);
              failures.push({ screen: s.route, user: s.user, look, width, scrollWidth, clientWidth });
            }
          }
        }
      }
      for (const session of sessions.values()) {
        if (session.errors.length > 0) failures.push({ width, errors: session.errors });
        await session.context.close();
      }
    }
    expect(failures).toEqual([]);
  }, 1_200_000);
});
