import { spawn } from 'child_process';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import type { Browser, Page } from 'playwright-core';
import { startLocalHost, type LocalHost } from '../../sharepoint/tools/localHost';
import { servicesList } from '../../src/data/schema';
import { axeViolations, collectPageErrors, hasChromium, launchChromium } from '../support/browser';

const describeInBrowser = hasChromium ? describe : describe.skip;
const screenshotDir = path.resolve(__dirname, '..', '..', 'temp', 'screenshots');
const looks = ['SharePoint', 'SharePoint dark', 'Teams light', 'Teams dark', 'Teams high contrast'];

async function actAs(page: Page, key: string): Promise<void> {
  await Promise.all([page.waitForEvent('load'), page.getByLabel('Acting as').selectOption({ value: key })]);
}

async function openSection(page: Page, name: string): Promise<void> {
  await page.getByRole('navigation', { name: 'WPQ sections' }).getByRole('link', { name, exact: true }).click();
}

describeInBrowser('the local page in Chromium, on demo data', () => {
  let host: LocalHost;
  let browser: Browser;

  beforeAll(async () => {
    host = await startLocalHost({ port: 0 });
    browser = await launchChromium();
    fs.mkdirSync(screenshotDir, { recursive: true });
  }, 180_000);

  afterAll(async () => {
    await browser?.close();
    await host?.close();
  });

  it('shows the manager the site, set up, with no console errors and no axe violations in any look', async () => {
    const page = await browser.newPage({ viewport: { width: 1200, height: 800 } });
    const errors = collectPageErrors(page);
    await page.goto(host.url);
    await page.getByRole('heading', { level: 1, name: 'Workforce productivity' }).waitFor();
    await page.getByText('Meadowbank Care', { exact: true }).waitFor();
    await page.getByText('You can set up this site and manage its lists.').waitFor();
    await page.getByText(/This site is set up for WPQ/).waitFor();
    expect(await page.title()).toBe('WPQ – local trial');
    expect(await page.getByLabel('Acting as').locator('option').allTextContents()).toEqual([
      'Amara Okafor, Registered manager (site owner)',
      'Imran Hussain, Deputy manager',
      'Tom Baxter, Care worker',
      'Ewa Nowak, Care worker',
      'Priya Sharma, Care worker',
      'Callum Fraser, Care worker',
      'Grace Adebayo, Care worker',
      'Dafydd Hughes, Care worker',
      'Aisha Rahman, Care worker',
      "Liam O'Connor, Care worker",
      'Jordan Reid, Local authority quality lead'
    ]);
    await page.screenshot({ path: path.join(screenshotDir, 'local-page.png') });
    for (const look of looks) {
      await page.getByLabel('Host look').selectOption({ label: look });
      expect(await axeViolations(page)).toEqual([]);
    }
    expect(errors).toEqual([]);
    await page.close();
  }, 180_000);

  it('shows the model, loaded on demand, to a care worker on a phone-sized screen', async () => {
    const page = await browser.newPage({ viewport: { width: 390, height: 844 } });
    const errors = collectPageErrors(page);
    await page.goto(host.url);
    await actAs(page, 'worker1');
    await page.getByText('You can add and edit your own answers and actions.').waitFor();
    // Care workers cannot manage lists, so set-up is not offered to them.
    expect(await page.getByRole('navigation', { name: 'WPQ sections' }).getByRole('link', { name: 'Set up this site' }).count()).toBe(0);
    await openSection(page, 'The model');
    await page.getByRole('heading', { name: 'Inclusive leadership and management' }).first().waitFor();
    expect(await page.getByRole('heading', { name: 'Manage model packs' }).count()).toBe(0);
    const pageWidth = await page.evaluate(() => document.documentElement.scrollWidth);
    expect(pageWidth).toBeLessThanOrEqual(390);
    await page.getByLabel('Host look').selectOption({ label: 'Teams dark' });
    expect(await axeViolations(page)).toEqual([]);
    await page.screenshot({ path: path.join(screenshotDir, 'model-phone.png'), fullPage: false });
    expect(errors).toEqual([]);
    await page.close();
  }, 180_000);

  it('shows each user the read models they may see, from SharePoint as that user', async () => {
    const page = await browser.newPage({ viewport: { width: 1200, height: 900 } });
    const errors = collectPageErrors(page);
    await page.goto(host.url);
    await actAs(page, 'manager');
    await openSection(page, 'Data views');
    await page.getByRole('heading', { level: 2, name: 'Portfolio' }).waitFor();
    await page.getByRole('cell', { name: 'Meadowbank House' }).first().waitFor();
    await page.getByText('Loading…').first().waitFor({ state: 'detached' });
    await page.screenshot({ path: path.join(screenshotDir, 'data-views.png'), fullPage: true });
    expect(await axeViolations(page)).toEqual([]);

    await actAs(page, 'quality');
    // The address keeps the screen across the switch of user: Data views is open to readers too.
    await openSection(page, 'Overview');
    await page.getByText('You can read published results.').waitFor();
    expect(await page.getByRole('navigation', { name: 'WPQ sections' }).getByRole('link', { name: 'Set up this site' }).count()).toBe(0);
    await openSection(page, 'Data views');
    await page.getByRole('heading', { level: 2, name: 'Portfolio' }).waitFor();
    await page.getByRole('cell', { name: 'Meadowbank House' }).first().waitFor();
    expect(errors).toEqual([]);
    await page.close();
  }, 180_000);
});

describeInBrowser('the local page in Chromium, on a new site', () => {
  let host: LocalHost;
  let browser: Browser;

  beforeAll(async () => {
    host = await startLocalHost({ port: 0, demo: false });
    browser = await launchChromium();
  }, 180_000);

  afterAll(async () => {
    await browser?.close();
    await host?.close();
  });

  it('tells a quality lead that only site owners can set it up, and lets the manager do it', async () => {
    const page = await browser.newPage();
    const errors = collectPageErrors(page);
    await page.goto(host.url);
    await actAs(page, 'quality');
    await page.getByText('WPQ has not been set up on this site yet.').waitFor();
    await page.getByText(/Only the site owners can set it up/).waitFor();

    await actAs(page, 'manager');
    await page.getByRole('button', { name: 'Go to set-up' }).click();
    await page.getByRole('heading', { level: 1, name: 'Set up this site' }).waitFor();
    await page.getByRole('button', { name: 'Set up this site' }).click();
    await page.getByText('Set-up finished').waitFor({ timeout: 60_000 });
    expect(await axeViolations(page)).toEqual([]);
    await openSection(page, 'Overview');
    await page.getByText(/This site is set up for WPQ/).waitFor();
    // Before set-up the overview finds no lists: the browser logs SharePoint's 404 for each, which the
    // app expects and explains. Nothing else may go wrong.
    expect(errors.filter((e) => !/status of 404 \(Not Found\)/.test(e))).toEqual([]);
    await page.close();
  }, 180_000);
});

/**
 * The README's first command, run as written: `npm start` builds the page, sets the site up with
 * demo data once, keeps it between runs, and `npm run reset` forgets it. A temporary data folder
 * (WPQ_DATA_DIR) keeps a developer's own .data/ untouched.
 */
describe('npm start and npm run reset', () => {
  const root = path.resolve(__dirname, '..', '..');
  let dataDir: string;

  beforeAll(() => {
    dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'wpq-start-'));
  });
  afterAll(() => fs.rmSync(dataDir, { recursive: true, force: true }));

  const env = (): NodeJS.ProcessEnv => ({ ...process.env, WPQ_DATA_DIR: dataDir });

  /** Runs `npm start -- --port 0` until it prints its address; stopping it is the caller's job. */
  function npmStart(): Promise<{ url: string; output: () => string; stop: () => Promise<void> }> {
    // Its own process group, so that stopping it reaches the server behind npm and tsx.
    const child = spawn('npm', ['start', '--', '--port', '0'], { cwd: root, env: env(), detached: true });
    let out = '';
    const closed = new Promise<number | null>((resolve) => child.on('close', resolve));
    // Ctrl+C in a terminal signals the whole group too; npm itself ends by the signal, the server by
    // closing cleanly, after which its address no longer answers.
    const stop = async (): Promise<void> => {
      const url = /WPQ is running locally at (http:\/\/\S+)/.exec(out)?.[1];
      if (child.exitCode === null && child.pid !== undefined) process.kill(-child.pid, 'SIGTERM');
      await closed;
      if (url) await expect(fetch(url)).rejects.toThrow();
    };
    return new Promise((resolve, reject) => {
      const onData = (d: Buffer): void => {
        out += d.toString();
        const m = /WPQ is running locally at (http:\/\/\S+)/.exec(out);
        if (m) resolve({ url: m[1], output: () => out, stop });
      };
      child.stdout.on('data', onData);
      child.stderr.on('data', (d: Buffer) => (out += d.toString()));
      void closed.then((code) => reject(new Error(`npm start exited (${code}) before printing its address:\n${out}`)));
    });
  }

  async function servicesOnSite(url: string): Promise<number> {
    const config = (await (await fetch(new URL('local/config.json', url))).json()) as { siteUrl: string };
    const list = encodeURIComponent(servicesList.title.replace(/'/g, "''"));
    const r = await fetch(`${config.siteUrl}/_api/web/lists/getByTitle('${list}')/items?$select=Id`, { headers: { accept: 'application/json' } });
    expect(r.status).toBe(200);
    return ((await r.json()) as { value: unknown[] }).value.length;
  }

  it('serves the page with demo data, keeps the data across a restart, and forgets it on reset', async () => {
    const first = await npmStart();
    let services: number;
    try {
      const page = await fetch(first.url);
      expect(page.status).toBe(200);
      expect(await page.text()).toContain('<title>WPQ – local trial</title>');
      services = await servicesOnSite(first.url);
      expect(services).toBeGreaterThan(0);
      expect(first.output()).toContain('Your data stays in');
    } finally {
      await first.stop();
    }
    expect(fs.existsSync(path.join(dataDir, 'local-sharepoint.db'))).toBe(true);

    // Started again: the same site, and the demo data is not loaded a second time.
    const second = await npmStart();
    try {
      expect(await servicesOnSite(second.url)).toBe(services);
    } finally {
      await second.stop();
    }

    const reset = await new Promise<{ code: number | null; out: string }>((resolve) => {
      const child = spawn('npm', ['run', 'reset'], { cwd: root, env: env() });
      let out = '';
      child.stdout.on('data', (d: Buffer) => (out += d.toString()));
      child.on('close', (code) => resolve({ code, out }));
    });
    expect(reset.code).toBe(0);
    expect(reset.out).toContain('Local data removed.');
    expect(fs.existsSync(dataDir)).toBe(false);
  }, 240_000);
});
