import * as fs from 'fs';
import { chromium, type Browser, type Page } from 'playwright-core';

/** Debian's Chromium; the project never downloads a browser. */
export const chromiumPath = process.env.WPQ_CHROMIUM ?? '/usr/bin/chromium';
export const hasChromium = fs.existsSync(chromiumPath);

if (!hasChromium) {
  const line = '!'.repeat(78);
  // Loud on purpose: a skipped browser suite must never pass for a green one unnoticed.
  console.warn(
    `\n${line}\n!! BROWSER TESTS SKIPPED: Chromium was not found at ${chromiumPath}.\n` +
      `!! Install Debian's Chromium with:  sudo apt-get install chromium\n` +
      `!! (or point WPQ_CHROMIUM at a Chromium binary), then run npm test again.\n${line}\n`
  );
}

/** Headless Chromium with the flags this network-less machine needs. */
export function launchChromium(): Promise<Browser> {
  return chromium.launch({
    executablePath: chromiumPath,
    headless: true,
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync'
    ]
  });
}

/** Collects console errors and uncaught page errors, which a test expects to stay empty. */
export function collectPageErrors(page: Page): string[] {
  const errors: string[] = [];
  page.on('console', (message) => {
    if (message.type() === 'error') {
      errors.push(`console: ${message.text()}`);
    }
  });
  page.on('pageerror', (error) => errors.push(`page: ${error.message}`));
  return errors;
}

/**
 * Runs axe-core in the page (including colour contrast) and returns its violations, one line each.
 * Fluent UI's focus manager (tabster) puts hidden, focusable "dummy" elements around tab lists to
 * trap and redirect focus; axe reports them as aria-hidden-focus, which Fluent and tabster treat as
 * a false positive by design (microsoft/fluentui#27517), so only those elements are left out.
 */
export async function axeViolations(page: Page): Promise<string[]> {
  // Colours change with a short transition when a look is switched in place: let the transitions end
  // (not endless animations such as a spinner), or axe measures contrast half way between two themes.
  await page.evaluate(() =>
    Promise.all(
      document
        .getAnimations()
        .filter((a) => a instanceof CSSTransition)
        .map((a) => a.finished.catch(() => undefined))
    )
  );
  if (!(await page.evaluate(() => 'axe' in window))) {
    await page.addScriptTag({ path: require.resolve('axe-core/axe.min.js') });
  }
  const violations = await page.evaluate(async () => {
    type AxeResult = { violations: Array<{ id: string; help: string; nodes: Array<{ target: string[] }> }> };
    const axe = (window as unknown as { axe: { run: (ctx: unknown) => Promise<AxeResult> } }).axe;
    const result = await axe.run({ include: [['body']], exclude: [['[data-tabster-dummy]']] });
    return result.violations.map((v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(' ')).join(', ')})`);
  });
  return violations;
}
