import * as React from 'react';
import { screen, waitFor } from '@testing-library/react';
import { PillarScoresChart, type ScoreChartRow } from '../../../src/ui/shared/charts';
import { expectNoAxeViolations } from '../../support/axe';
import { renderInApp, testHost } from '../../support/renderInApp';

// The chart chunk fails to load (a dropped connection, say) until a test says otherwise.
let mockChunkFails = true;
jest.mock('../../../src/ui/shared/charts/ChartKit', () => {
  if (mockChunkFails) throw new Error('Loading chunk wpq-charts failed.');
  return jest.requireActual('../../../src/ui/shared/charts/ChartKit');
});

jest.setTimeout(90000);

const rows: ScoreChartRow[] = [
  { id: 'culture', label: 'Vision, values, culture and supervision', cells: [{ value: 66.67 }, { value: 50 }] },
  { id: 'learning', label: 'Learning and development', cells: [{ value: 33.33 }, { value: null, missing: 'Hidden: fewer than 5 answered' }] }
];
const series = ['Leaders', 'Staff'];

/** False while the table is only for screen readers (clipped to one pixel, out of the flow). */
function shownOnScreen(table: HTMLElement): boolean {
  return getComputedStyle(table.parentElement as HTMLElement).position !== 'absolute';
}

function renderChart(): HTMLElement {
  return renderInApp(
    <main>
      <h1>Results</h1>
      <PillarScoresChart caption="Scores by pillar, out of 100" rowHeading="Pillar" series={series} rows={rows} barLabel="{category}. {series}: {value}." />
    </main>,
    testHost()
  ).container;
}

describe('A chart whose library cannot be loaded', () => {
  it('shows its table instead, says why, and offers no switch to a chart it does not have', async () => {
    const container = renderChart();
    expect(await screen.findByText('The chart could not be loaded; the table shows the same figures.')).toBeInTheDocument();
    const table = screen.getByRole('table', { name: 'Scores by pillar, out of 100' });
    expect(shownOnScreen(table)).toBe(true);
    expect(screen.getByRole('row', { name: 'Learning and development 33% Hidden: fewer than 5 answered' })).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Show as a chart' })).not.toBeInTheDocument();
    expect(container.querySelector('svg[role="region"]')).toBeNull();
    await expectNoAxeViolations(container);
  });

  it('tries to load the chart again the next time one is shown', async () => {
    mockChunkFails = false;
    const container = renderChart();
    await waitFor(() => expect(container.querySelector('svg[role="region"]')).not.toBeNull(), { timeout: 60000 });
    expect(screen.queryByText('The chart could not be loaded; the table shows the same figures.')).not.toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Show as a table' })).toBeInTheDocument();
  });
});
