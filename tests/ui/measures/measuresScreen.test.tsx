import * as React from 'react';
import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import MeasuresScreen from '../../../src/ui/measures/MeasuresScreen';
import { ConflictError } from '../../../src/data/errors';
import type { SiteAccess } from '../../../src/data/site';
import type { WpqServices } from '../../../src/data/services';
import type { MeasureRecord } from '../../../src/data/types';
import { expectNoAxeViolations } from '../../support/axe';
import { fakeServices } from '../../support/fakeServices';
import { fakeBrowserLayout } from '../../support/jsdomLayout';
import { renderInApp, testHost } from '../../support/renderInApp';
import { pack, record, records, screenData } from './fixtures';

// The chart library loads through ts-jest on first use, and axe is slow in jsdom.
jest.setTimeout(180000);

fakeBrowserLayout();

function setUp(access: SiteAccess = 'manage', overrides: Partial<WpqServices['measures']> = {}): { services: WpqServices; container: HTMLElement } {
  const services = fakeServices({
    data: {
      measures: { readScreen: jest.fn(() => Promise.resolve(screenData())), ...overrides },
      settings: { readPack: jest.fn(() => Promise.resolve(pack)) }
    }
  });
  const { container } = renderInApp(
    <main>
      <MeasuresScreen />
    </main>,
    testHost(),
    services,
    { route: 'measures/3', site: { access } }
  );
  return { services, container };
}

async function turnoverSection(): Promise<HTMLElement> {
  const heading = await screen.findByRole('heading', { level: 2, name: 'Staff turnover rate' });
  return heading.closest('section') as HTMLElement;
}

async function openAddForm(): Promise<HTMLElement> {
  const section = await turnoverSection();
  await userEvent.click(within(section).getByRole('button', { name: 'Add figures for Staff turnover rate' }));
  return within(section).getByRole('form', { name: 'New figures for Staff turnover rate' });
}

function setDate(form: HTMLElement, value: string): void {
  fireEvent.change(within(form).getByLabelText(/Last day of the period/), { target: { value } });
}

describe('Measures screen', () => {
  it('shows each measure with its definition, data source and benchmark, and no entry for someone who only reads', async () => {
    const { container, services } = setUp('read');
    const section = await turnoverSection();
    expect(screen.getByRole('heading', { level: 1, name: 'Workforce measures: Larch Court' })).toBeInTheDocument();
    expect(within(section).getByText(/Directly employed workers who left the organisation for any reason\. Counted over: The last 12 months\./)).toBeInTheDocument();
    expect(within(section).getByText(/ASC-WDS workplace fields: leavers in the last 12 months/)).toBeInTheDocument();
    expect(within(section).getAllByText(/24\.7% for 2024\/25/).length).toBeGreaterThan(0);
    // Typed text is shown as text.
    expect(within(section).getByText('Two <b>leavers</b> retired')).toBeInTheDocument();
    expect(container.querySelector('b')).toBeNull();
    expect(screen.getByText('Only managers can enter or correct figures.', { exact: false })).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: /Add figures/ })).toBeNull();
    expect(screen.queryByRole('button', { name: /Correct the figure/ })).toBeNull();
    expect(screen.queryByRole('heading', { name: 'Add figures from a spreadsheet' })).toBeNull();
    // One read of the screen's data, and the pack.
    expect(services.measures.readScreen).toHaveBeenCalledWith(3);
    expect(services.settings.readPack).toHaveBeenCalledWith(pack.id, pack.version);
    await expectNoAxeViolations(container);
  });

  it("shows the trend's table alternative with each figure and the benchmark's value, period and source", async () => {
    const { container } = setUp('read');
    const section = await turnoverSection();
    await userEvent.click(within(section).getByRole('button', { name: 'Show as a table' }));
    const table = within(section).getByRole('table', { name: 'Staff turnover rate over time' });
    const rows = within(table).getAllByRole('row').map((r) => r.textContent);
    expect(rows).toEqual([
      'PeriodValue',
      'January to March 202615%',
      'April to June 202610%',
      expect.stringMatching(/^National benchmark24\.7% \(2024\/25 \(Independent sector, England\)\. Source: Skills for Care, annual report/)
    ]);
    // The measure without figures says so, and has no chart.
    const under25 = screen.getByRole('heading', { level: 2, name: 'Turnover of care workers under 25' }).closest('section') as HTMLElement;
    expect(within(under25).getByText('No figures yet.')).toBeInTheDocument();
    await expectNoAxeViolations(container);
  });

  it('checks a new figure as it is typed: no negative numbers, no more than the denominator for a percentage, no future period, no overlap', async () => {
    const { container, services } = setUp();
    const form = await openAddForm();
    const numerator = within(form).getByRole('textbox', { name: /^Numerator/ });
    const denominator = within(form).getByRole('textbox', { name: /^Denominator/ });
    await userEvent.type(numerator, '-2');
    expect(within(form).getByText('Cannot be less than 0.')).toBeInTheDocument();
    expect(numerator).toHaveAttribute('aria-invalid', 'true');
    await userEvent.clear(numerator);
    await userEvent.type(numerator, '45');
    await userEvent.type(denominator, '40');
    expect(within(form).getByText('Cannot be more than the denominator (40) for a percentage.')).toBeInTheDocument();
    setDate(form, '2099-03-31');
    expect(within(form).getByText('The period has not ended yet. Enter figures once it has.')).toBeInTheDocument();
    setDate(form, '2026-05-31');
    expect(within(form).getByText('There is already a figure for January to March 2026, which overlaps this period. Correct that figure instead.')).toBeInTheDocument();
    await userEvent.click(within(form).getByRole('button', { name: 'Save figures' }));
    expect(services.measures.record).not.toHaveBeenCalled();
    expect(within(form).getByText('There are 2 problems to fix', { exact: false })).toBeInTheDocument();
    await expectNoAxeViolations(container);
  });

  it('saves a good figure for the quarter ending on its date, with the value worked out as it is typed', async () => {
    const saved = record({ id: 9, period: 'July to September 2026', periodEnd: '2026-09-30', numerator: 5, denominator: 40, value: 12.5 });
    const { services } = setUp('manage', { record: jest.fn(() => Promise.resolve(saved)) });
    const form = await openAddForm();
    setDate(form, '2026-09-30');
    expect(within(form).getByText('Period: July to September 2026')).toBeInTheDocument();
    await userEvent.type(within(form).getByRole('textbox', { name: /^Numerator/ }), '5');
    await userEvent.type(within(form).getByRole('textbox', { name: /^Denominator/ }), '40');
    expect(within(form).getByText('Value: 12.5%')).toBeInTheDocument();
    await userEvent.type(within(form).getByRole('textbox', { name: /^Note/ }), 'New rota');
    await userEvent.click(within(form).getByRole('button', { name: 'Save figures' }));
    await waitFor(() => expect(services.measures.record).toHaveBeenCalledTimes(1));
    expect(services.measures.record).toHaveBeenCalledWith(
      { serviceId: 3, measureId: 'turnover-rate', period: 'July to September 2026', periodEnd: '2026-09-30', numerator: 5, denominator: 40, source: null, note: 'New rota' },
      pack
    );
    expect(await screen.findByText('Figures saved for July to September 2026.')).toBeInTheDocument();
  });

  it('corrects a figure only with a note of why, saved with its ETag', async () => {
    const update = jest.fn((id: number, changes: Partial<MeasureRecord>) => Promise.resolve({ ...records()[1], ...changes, value: 12.5 }));
    const { container, services } = setUp('manage', { update });
    const section = await turnoverSection();
    await userEvent.click(within(section).getByRole('button', { name: 'Correct the figure for April to June 2026' }));
    const form = within(section).getByRole('form', { name: 'Correct the figure for April to June 2026' });
    const numerator = within(form).getByRole('textbox', { name: /^Numerator/ });
    expect(numerator).toHaveValue('4');
    await userEvent.clear(numerator);
    await userEvent.type(numerator, '5');
    await userEvent.click(within(form).getByRole('button', { name: 'Save correction' }));
    expect(update).not.toHaveBeenCalled();
    expect(within(form).getAllByText('Say why you are correcting this figure.').length).toBeGreaterThan(0);
    await expectNoAxeViolations(container);
    await userEvent.type(within(form).getByRole('textbox', { name: /Why are you correcting this figure/ }), 'One leaver was missed');
    await userEvent.click(within(form).getByRole('button', { name: 'Save correction' }));
    await waitFor(() => expect(update).toHaveBeenCalledTimes(1));
    const [id, changes, etag, usedPack, reason] = update.mock.calls[0] as unknown as [number, Partial<MeasureRecord>, string, unknown, string];
    expect([id, etag, usedPack]).toEqual([2, '"2"', pack]);
    // The period text is kept when the period is unchanged; the dated reason goes with the correction,
    // and the data layer adds it to the note (tests/data/measures.test.ts).
    expect(changes).toMatchObject({ period: 'April to June 2026', periodEnd: '2026-06-30', numerator: 5, denominator: 40, note: 'Two <b>leavers</b> retired' });
    expect(reason).toMatch(/^Corrected on \d{1,2} \w+ \d{4}: One leaver was missed$/);
    expect(await screen.findByText('Correction saved for April to June 2026.')).toBeInTheDocument();
    expect(services.measures.readScreen).toHaveBeenCalledTimes(2);
  });

  it('shows the conflict when someone else saved the figure first, and starts again from theirs', async () => {
    const theirs = { ...records()[1], etag: '"7"', numerator: 6, note: 'Recounted by Jo' };
    const update = jest.fn(() => Promise.reject(new ConflictError({ ...records()[1], numerator: 5 }, theirs, { status: 412 })));
    const { container } = setUp('manage', { update });
    const section = await turnoverSection();
    await userEvent.click(within(section).getByRole('button', { name: 'Correct the figure for April to June 2026' }));
    const form = within(section).getByRole('form', { name: 'Correct the figure for April to June 2026' });
    await userEvent.type(within(form).getByRole('textbox', { name: /Why are you correcting this figure/ }), 'Recount');
    await userEvent.click(within(form).getByRole('button', { name: 'Save correction' }));
    expect(await within(form).findByText('Someone else changed this figure')).toBeInTheDocument();
    expect(within(form).getByText(/Their figure: numerator 6, denominator 40, period April to June 2026\./)).toBeInTheDocument();
    expect(within(form).getByText(/Their note: Recounted by Jo/)).toBeInTheDocument();
    await expectNoAxeViolations(container);
    await userEvent.click(within(form).getByRole('button', { name: 'Start again from their figure' }));
    expect(within(form).getByRole('textbox', { name: /^Numerator/ })).toHaveValue('6');
    expect(within(form).getByRole('textbox', { name: /Why are you correcting this figure/ })).toHaveValue('Recount');
    await userEvent.click(within(form).getByRole('button', { name: 'Save correction' }));
    await waitFor(() => expect(update).toHaveBeenCalledTimes(2));
    expect((update.mock.calls[1] as unknown[])[2]).toBe('"7"');
  });
});
