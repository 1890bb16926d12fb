import * as React from 'react';
import { act, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { GapChart, PillarScoresChart, type GapChartRow, type ScoreChartRow } from '../../../src/ui/shared/charts';
import type { ThemeName } from '../../../src/hosts/HostContext';
import { expectNoAxeViolations } from '../../support/axe';
import { fakeBrowserLayout } from '../../support/jsdomLayout';
import { renderInApp, testHost } from '../../support/renderInApp';

// The first test loads react-charts and d3 through ts-jest.
jest.setTimeout(90000);

fakeBrowserLayout();

// jsdom lays nothing out; the horizontal bar chart sizes itself from its box, so give boxes a width
// (with no height, the charts take their default height, as in a browser).
beforeAll(() => {
  jest.spyOn(HTMLElement.prototype, 'getBoundingClientRect').mockImplementation(
    () => ({ x: 0, y: 0, top: 0, left: 0, width: 640, height: 0, right: 640, bottom: 0, toJSON: () => ({}) }) as DOMRect
  );
});

const scoreRows: ScoreChartRow[] = [
  { id: 'culture', label: 'Vision, values, culture and supervision', axisLabel: 'Culture', cells: [{ value: 66.67 }, { value: 50 }] },
  { id: 'learning', label: 'Learning and development', axisLabel: 'Learning', cells: [{ value: 33.33 }, { value: null, missing: 'No score' }] },
  { id: 'digital', label: 'Digital tools and digital leadership', axisLabel: 'Digital', cells: [{ value: 100 }, { value: 0 }] }
];

const gapRows: GapChartRow[] = [
  { id: 'culture', label: 'Vision, values, culture and supervision', axisLabel: 'Culture', gap: 17.6 },
  { id: 'leadership', label: 'Inclusive leadership and management', axisLabel: 'Leadership', gap: -8.2 },
  { id: 'wellbeing', label: 'Employee health and wellbeing', axisLabel: 'Wellbeing', gap: 4.6 },
  { id: 'learning', label: 'Learning and development', axisLabel: 'Learning', gap: null, missing: 'No comparison: one side has no score here.' }
];

const scoresCaption = 'Scores by pillar, out of 100';
const gapCaption = 'Leaders minus staff, in points';

function Charts(): React.ReactElement {
  const series = React.useMemo(() => ['Leaders', 'Staff'], []);
  const readings = React.useMemo(() => ({ higher: 'Leaders higher', lower: 'Staff higher', same: 'About the same (within 5 points)' }), []);
  return (
    <main>
      <h1>Charts</h1>
      <PillarScoresChart caption={scoresCaption} rowHeading="Pillar or theme" series={series} rows={scoreRows} barLabel="{category}. {series}: {value}." />
      <GapChart
        caption={gapCaption}
        rowHeading="Pillar or theme"
        gapHeading="Leaders minus staff (points)"
        readingHeading="Reading"
        readings={readings}
        sameWithin={5}
        rows={gapRows}
        barLabel="{category}: {value} points, {reading}."
      />
    </main>
  );
}

function renderCharts(theme: ThemeName = 'sharepoint-light'): HTMLElement {
  return renderInApp(<Charts />, testHost({ theme })).container;
}

/** The bars of a drawn chart (each is a focusable SVG element named by its aria-label). */
async function bars(container: HTMLElement, caption: string): Promise<Element[]> {
  const svg = await waitFor(
    () => {
      const found = [...container.querySelectorAll('svg[role="region"]')].find((s) => s.getAttribute('aria-label')?.startsWith(caption));
      if (!found) throw new Error(`No chart named ${caption} yet.`);
      return found;
    },
    { timeout: 60000 }
  );
  return [...svg.querySelectorAll('rect[aria-label]')];
}

function tableRows(caption: string): string[][] {
  const table = screen.getByRole('table', { name: caption });
  return within(table)
    .getAllByRole('row')
    .slice(1)
    .map((row) => [...row.querySelectorAll('th, td')].map((cell) => cell.textContent ?? ''));
}

/** False while a table is only for screen readers (clipped to one pixel, out of the flow). */
function shownOnScreen(caption: string): boolean {
  const table = screen.getByRole('table', { name: caption });
  return getComputedStyle(table.parentElement as HTMLElement).position !== 'absolute';
}

describe('Charts', () => {
  it('draws the scores with the same figures as their table, each bar labelled with its value', async () => {
    const container = renderCharts();
    const drawn = await bars(container, scoresCaption);
    const rows = tableRows(scoresCaption);
    expect(rows).toEqual([
      ['Vision, values, culture and supervision', '67%', '50%'],
      ['Learning and development', '33%', 'No score'],
      ['Digital tools and digital leadership', '100%', '0%']
    ]);
    // One bar for every figure in the table, read out with the table's row, column and text.
    const fromTable = rows.flatMap(([label, leaders, staff]) =>
      [
        ['Leaders', leaders],
        ['Staff', staff]
      ]
        .filter(([, value]) => value.endsWith('%'))
        .map(([series, value]) => `${label}. ${series}: ${value}.`)
    );
    expect(drawn.map((b) => b.getAttribute('aria-label')).sort()).toEqual([...fromTable].sort());
    // The value is written on the chart too, not only in colour and height.
    const svg = drawn[0].closest('svg') as SVGElement;
    const labels = [...svg.querySelectorAll('text')].map((t) => t.textContent);
    for (const value of ['67%', '50%', '33%', '100%', '0%']) expect(labels).toContain(value);
    // The legend names both series in words.
    expect(screen.getByRole('option', { name: 'Leaders' })).toBeInTheDocument();
    expect(screen.getByRole('option', { name: 'Staff' })).toBeInTheDocument();
  });

  it('draws the gaps either side of zero with the same figures and readings as their table', async () => {
    const container = renderCharts();
    const drawn = await bars(container, gapCaption);
    const rows = tableRows(gapCaption);
    expect(rows).toEqual([
      ['Vision, values, culture and supervision', '+18', 'Leaders higher'],
      ['Inclusive leadership and management', '-8', 'Staff higher'],
      ['Employee health and wellbeing', '+5', 'About the same (within 5 points)'],
      ['Learning and development', 'No comparison: one side has no score here.']
    ]);
    const fromTable = rows.filter((r) => r.length === 3).map(([label, value, reading]) => `${label}: ${value} points, ${reading}.`);
    expect(drawn.map((b) => b.getAttribute('aria-label')).sort()).toEqual([...fromTable].sort());
    // Each bar carries its size as text beside it (the library writes the number without a plus sign).
    const labels = [...(drawn[0].closest('svg') as SVGElement).querySelectorAll('g[role="listbox"] text')].map((t) => t.textContent);
    expect(labels).toHaveLength(3);
    expect(labels).toEqual(expect.arrayContaining(['18', '5']));
    expect(labels.some((l) => /^[-−]8$/.test(l ?? ''))).toBe(true);
    // The bars run top to bottom in the table's order, and so does the keyboard.
    const top = (bar: Element): number => Number(bar.getAttribute('y'));
    const fromTop = [...drawn].sort((a, b) => top(a) - top(b)).map((b) => b.getAttribute('aria-label'));
    expect(fromTop).toEqual(fromTable);
    expect(drawn.map((b) => b.getAttribute('aria-label'))).toEqual(fromTable);
  });

  it('keeps each table in the page for screen readers, with a caption and headers for columns and rows', async () => {
    const container = renderCharts();
    await bars(container, gapCaption);
    const table = screen.getByRole('table', { name: scoresCaption });
    expect(table.querySelector('caption')).toHaveTextContent(scoresCaption);
    expect([...table.querySelectorAll('thead th')].map((th) => th.getAttribute('scope'))).toEqual(['col', 'col', 'col']);
    expect([...table.querySelectorAll('tbody th')].map((th) => th.getAttribute('scope'))).toEqual(['row', 'row', 'row']);
  });

  it('shows the table instead of the chart on request, by keyboard, and back', async () => {
    const container = renderCharts();
    await bars(container, scoresCaption);
    expect(shownOnScreen(scoresCaption)).toBe(false);
    const [first, second] = screen.getAllByRole('button', { name: 'Show as a table' });
    // Each switch says which chart it is for.
    expect(first).toHaveAccessibleDescription(scoresCaption);
    expect(second).toHaveAccessibleDescription(gapCaption);
    first.focus();
    await userEvent.keyboard('{Enter}');
    expect(container.querySelector(`svg[aria-label^="${scoresCaption}"]`)).toBeNull();
    const back = screen.getByRole('button', { name: 'Show as a chart' });
    expect(back).toHaveFocus();
    expect(shownOnScreen(scoresCaption)).toBe(true);
    await userEvent.keyboard('{Enter}');
    await bars(container, scoresCaption);
    expect(shownOnScreen(scoresCaption)).toBe(false);
    expect(screen.getAllByRole('button', { name: 'Show as a table' })).toHaveLength(2);
  });

  it('closes a bar’s focus callout with Escape, and opens it again on the next bar', async () => {
    const container = renderCharts();
    const drawn = await bars(container, scoresCaption);
    await act(async () => {
      (drawn[0] as SVGElement).focus();
      await new Promise((resolve) => setTimeout(resolve, 50));
    });
    expect(document.body.textContent).toContain('Vision, values, culture and supervision');
    const callout = (): HTMLElement | null =>
      document.querySelector<HTMLElement>('.fui-PopoverSurface');
    expect(callout()).not.toBeNull();
    await userEvent.keyboard('{Escape}');
    await waitFor(() => expect(callout()).toBeNull());
    await act(async () => {
      (drawn[1] as SVGElement).focus();
      await new Promise((resolve) => setTimeout(resolve, 50));
    });
    expect(callout()).not.toBeNull();
  });

  it.each<[ThemeName, string, string]>([
    ['sharepoint-light', '#0F6CBD', '#C43501'],
    ['teams-dark', '#62ABF5', '#F7A278'],
    ['teams-contrast', '#1AEBFF', '#FFFF00']
  ])('colours the two series for the %s theme so that they stay apart', async (theme, leaders, staff) => {
    const container = renderCharts(theme);
    const drawn = await bars(container, scoresCaption);
    const fill = (label: string): string | null => drawn.find((b) => b.getAttribute('aria-label') === label)?.getAttribute('fill') ?? null;
    expect(fill('Vision, values, culture and supervision. Leaders: 67%.')).toBe(leaders);
    expect(fill('Vision, values, culture and supervision. Staff: 50%.')).toBe(staff);
  });

  it('passes axe with both charts drawn', async () => {
    const container = renderCharts();
    await bars(container, scoresCaption);
    await bars(container, gapCaption);
    await expectNoAxeViolations(container);
  });
});
