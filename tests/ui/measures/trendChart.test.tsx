import * as React from 'react';
import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { TrendChart, trendChartModel, type TrendChartProps } from '../../../src/ui/shared/charts';
import { expectNoAxeViolations } from '../../support/axe';
import { fakeBrowserLayout } from '../../support/jsdomLayout';
import { renderInApp, testHost } from '../../support/renderInApp';

jest.setTimeout(180000);

fakeBrowserLayout();

const props: TrendChartProps = {
  caption: 'Vacancy rate over time',
  series: 'This service',
  periodHeading: 'Period',
  valueHeading: 'Value',
  // Given newest first: the chart and table put them in time order.
  points: [
    { id: '2', date: '2026-06-30', label: 'April to June 2026', value: 6, text: '6%' },
    { id: '1', date: '2026-03-31', label: 'January to March 2026', value: 9.5, text: '9.5%' }
  ],
  reference: { value: 7, text: '7%', label: 'National benchmark', details: '2024/25. Source: Skills for Care' },
  pointLabel: '{series}, {period}: {value}',
  referenceLabel: '{label}: {value}, {details}'
};

describe('Trend chart', () => {
  it('orders the figures in time and reads each point and the benchmark out in full', () => {
    const model = trendChartModel(props);
    expect(model.points.map((p) => [p.label, p.ariaLabel])).toEqual([
      ['January to March 2026', 'This service, January to March 2026: 9.5%'],
      ['April to June 2026', 'This service, April to June 2026: 6%']
    ]);
    expect(model.reference?.ariaLabel).toBe('National benchmark: 7%, 2024/25. Source: Skills for Care');
  });

  it('draws the line with the benchmark as a second, dashed line, and keeps the same figures in a table', async () => {
    const { container } = renderInApp(
      <main>
        <TrendChart {...props} />
      </main>,
      testHost()
    );
    // The chart library loads, and draws both lines (the benchmark dashed).
    await waitFor(() => expect(container.querySelectorAll('svg line[stroke-dasharray="6 4"]').length).toBeGreaterThan(0), { timeout: 60000 });
    expect(screen.getAllByText('National benchmark').length).toBeGreaterThan(0);
    // The table is in the page for screen readers all along, and shown on request.
    await userEvent.click(screen.getByRole('button', { name: 'Show as a table' }));
    const table = screen.getByRole('table', { name: 'Vacancy rate over time' });
    expect(within(table).getAllByRole('row').map((r) => r.textContent)).toEqual([
      'PeriodValue',
      'January to March 20269.5%',
      'April to June 20266%',
      'National benchmark7% (2024/25. Source: Skills for Care)'
    ]);
    await expectNoAxeViolations(container);
  });
});
