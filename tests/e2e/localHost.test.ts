import * as fs from 'fs';
import * as path from 'path';
import type { Browser } from 'playwright-core';
import { startLocalHost, type LocalHost } from '../../sharepoint/tools/localHost';
import { axeViolations, collectPageErrors, hasChromium, launchChromium } from '../support/browser';

const describeInBrowser = hasChromium ? describe : describe.skip;
const screenshotDir = path.resolve(__dirname, '..', '..', 'temp', 'screenshots');

describeInBrowser('the local page in Chromium', () => {
  let host: LocalHost;
  let browser: Browser;

  beforeAll(async () => {
    host = await startLocalHost({ port: 0 });
    browser = await launchChromium();
    fs.mkdirSync(screenshotDir, { recursive: true });
  }, 120_000);

  afterAll(async () => {
    await browser?.close();
    await host?.close();
  });

  it('renders the site for the manager with no console errors and no axe violations in every look', async () => {
    const page = await browser.newPage({ viewport: { width: 1200, height: 800 } });
    const errors = collectPageErrors(page);
    await page.goto(host.url);
    await page.getByRole('heading', { level: 1, name: 'Workforce productivity' }).waitFor();
    await page.getByText('Amara Okafor', { exact: true }).waitFor();
    await page.getByText('You can set up this site and manage its lists.').waitFor();
    await page.screenshot({ path: path.join(screenshotDir, 'local-page.png'), fullPage: true });

    for (const look of ['SharePoint', 'SharePoint dark', 'Teams light', 'Teams dark', 'Teams high contrast']) {
      await page.getByLabel('Host look').selectOption({ label: look });
      expect(await axeViolations(page)).toEqual([]);
    }
    expect(errors).toEqual([]);
    await page.close();
  }, 120_000);

  it('switches the acting user, and SharePoint answers as that user', async () => {
    const page = await browser.newPage();
    const errors = collectPageErrors(page);
    await page.goto(host.url);
    await page.getByText('Amara Okafor', { exact: true }).waitFor();
    await Promise.all([page.waitForEvent('load'), page.getByLabel('Acting as').selectOption({ index: 1 })]);
    await page.getByText('You can add and edit your own answers and actions.').waitFor();
    const quality = host.server.users.find((u) => u.role.toLowerCase().includes('quality'));
    await Promise.all([
      page.waitForEvent('load'),
      page.getByLabel('Acting as').selectOption({ value: quality!.key })
    ]);
    await page.getByText('You can read published results.').waitFor();
    expect(errors).toEqual([]);
    await page.close();
  }, 120_000);
});
