import axe from 'axe-core';

/**
 * Runs axe-core on a rendered element and fails with a readable list of violations.
 * jsdom cannot compute colours, so contrast is checked in the browser tests instead.
 */
export async function expectNoAxeViolations(element: Element): Promise<void> {
  const result = await axe.run(element, { rules: { 'color-contrast': { enabled: false } } });
  const problems = result.violations.map(
    (v) => `${v.id}: ${v.help}\n  ${v.nodes.map((n) => n.target.join(' ')).join('\n  ')}`
  );
  expect(problems).toEqual([]);
}
