import * as zlib from 'zlib';
import { InjectHeaders } from '@pnp/queryable';
import { startLocalHost } from '../../sharepoint/tools/localHost';
import { createServices } from '../../src/data/services';
import { createSp } from '../../src/data/sp';
import { hasChromium, launchChromium } from '../support/browser';
import type { Bench, Figure } from './run';

/**
 * What a person's browser does to open a screen of the local page (the same UI and data layer as the
 * web part): the SharePoint requests from opening the address to the screen's first content, not
 * counting the form digest, and the JavaScript downloaded on the way (gzip level 9, as a CDN serves
 * it; the local page's esbuild chunks, which include React and the local bar; the web part's own
 * figures are in bundle.ts).
 */
async function openScreens(): Promise<Figure[]> {
  if (!hasChromium) throw new Error('The screen benchmarks need Chromium (apt-get install chromium).');
  const host = await startLocalHost({ port: 0 });
  const browser = await launchChromium();
  try {
    const manager = createServices(
      createSp({ pageContext: { web: { absoluteUrl: host.server.siteUrl } } }).using(InjectHeaders({ 'X-WPQ-User': 'manager' }))
    );
    const services = (await manager.careServices.list()).data;
    const cycleOf = async (name: string): Promise<number> => {
      const id = services.find((s) => s.name === name)?.id as number;
      return ((await manager.cycles.listForService(id)).data.find((c) => c.phase !== 'closed') as { id: number }).id;
    };
    const willow = await cycleOf('Willow Court');
    const harrogateService = services.find((s) => s.name === 'Meadowbank Home Care, Harrogate')?.id as number;
    const harrogate = await cycleOf('Meadowbank Home Care, Harrogate');

    const open = async (user: string, route: string, ready: (page: import('playwright-core').Page) => Promise<unknown>): Promise<{ requests: number; gzipKB: number }> => {
      const context = await browser.newContext({ viewport: { width: 1200, height: 900 } });
      await context.addCookies([{ name: 'wpq-user', value: user, url: host.url }]);
      const page = await context.newPage();
      let requests = 0;
      let js = 0;
      let counting = true;
      page.on('request', (r) => {
        if (counting && r.url().includes('/_api/') && !r.url().includes('/_api/contextinfo')) requests++;
      });
      page.on('response', (r) => {
        if (counting && r.url().endsWith('.js')) {
          r.body().then(
            (body) => (js += zlib.gzipSync(body, { level: 9 }).length),
            () => undefined
          );
        }
      });
      await page.goto(`${host.url}?wpq=${encodeURIComponent(route)}`);
      await ready(page);
      counting = false;
      await page.waitForTimeout(200);
      await context.close();
      return { requests, gzipKB: Math.round(js / 100) / 10 };
    };

    const survey = await open('worker1', `survey/-/${willow}`, async (page) => {
      await page.getByRole('button', { name: 'Start the survey' }).click();
      await page.locator('fieldset').first().waitFor();
    });
    // The address WPQ's own links make (overview, cycle, portfolio, copy link): it names the cycle's service.
    const results = await open('manager', `results/${harrogateService}/${harrogate}`, async (page) => {
      await page.getByText(/points (higher|lower) than staff do/).first().waitFor();
      // Everything the screen shows on opening, not only the gap: the comments and the measures too.
      await page.getByRole('heading', { name: 'Staff comments' }).waitFor();
      await page.getByRole('heading', { name: 'Workforce measures' }).waitFor();
      await page.getByText(/^Loading the (comments|measures)…$/).first().waitFor({ state: 'detached' });
    });
    // The JavaScript figures come from the web part's release build (bundle.ts): the local page bundles
    // React and its own bar, which the web part does not.
    return [
      { name: 'survey.requests', value: survey.requests, unit: 'requests (address to first question, after the digest; includes the site read and the tenant property)' },
      { name: 'survey.localPageGzipKB', value: survey.gzipKB, unit: 'kB of JavaScript on the local page (with React and the local bar)' },
      { name: 'results.requests', value: results.requests, unit: 'requests (a manager opening results from a WPQ link until the gap, comments and measures show, after the digest; includes the site read)' }
    ];
  } finally {
    await browser.close();
    await host.close();
  }
}

export const measureScreens: Bench = { title: 'screens', run: openScreens };
