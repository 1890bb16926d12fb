import * as React from 'react';
import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { ConflictError } from '../../../src/data/errors';
import type { CareService, Cycle, Participation, PublishedResults, SitePerson } from '../../../src/data/types';
import CycleScreen from '../../../src/ui/cycle/CycleScreen';
import { expectNoAxeViolations } from '../../support/axe';
import { fakeServices } from '../../support/fakeServices';
import { fakeBrowserLayout } from '../../support/jsdomLayout';
import { renderInApp, testHost } from '../../support/renderInApp';

jest.setTimeout(180000);
fakeBrowserLayout();

const SERVICE: CareService = { id: 4, etag: '"3"', name: 'Meadowbank House', serviceType: 'care-home', leaderIds: [21, 22], staffIds: [], active: true };

const CYCLE: Cycle = {
  id: 12,
  etag: '"2"',
  title: 'Spring 2026',
  serviceId: 4,
  packId: 'wpq-default',
  packVersion: '1.0.0',
  phase: 'analyse',
  startDate: '2026-03-01',
  endDate: '2026-05-31',
  minimumGroupSize: null,
  publishedAt: null,
  summary: null
};

const PARTICIPATION: Participation = {
  minimumGroupSize: 5,
  staff: { invited: 12, answered: 4 },
  leaders: [
    { userId: 21, status: 'submitted' },
    { userId: 22, status: 'draft' }
  ]
};

const PEOPLE: SitePerson[] = [
  { id: 21, title: 'Rita Patel', email: null, loginName: 'i:0#.f|membership|rita.patel@meadowbankcare.onmicrosoft.com' },
  { id: 22, title: 'Tom Reid', email: null, loginName: 'i:0#.f|membership|tom.reid@meadowbankcare.onmicrosoft.com' }
];

const RESULTS: PublishedResults = {
  formatVersion: 1,
  packId: 'wpq-default',
  packVersion: '1.0.0',
  publishedAt: '2026-04-02T10:00:00Z',
  minimumGroupSize: 5,
  leaders: null,
  staff: null,
  excludedResponseIds: [88],
  staffBasis: null
};

function renderScreen(options: { cycle?: Cycle; participation?: Participation; data?: NonNullable<Parameters<typeof fakeServices>[0]>['data'] } = {}) {
  let cycle = options.cycle ?? CYCLE;
  const get = jest.fn(async () => cycle);
  const services = fakeServices({
    data: {
      careServices: { list: jest.fn(async () => ({ data: [SERVICE], warnings: [] })) },
      people: { getByIds: jest.fn(async (ids: number[]) => PEOPLE.filter((p) => ids.includes(p.id))) },
      ...options.data,
      cycles: {
        get,
        participation: jest.fn(async () => ({ data: options.participation ?? PARTICIPATION, warnings: [] })),
        ...options.data?.cycles
      }
    }
  });
  const view = renderInApp(
    <main>
      <CycleScreen />
    </main>,
    testHost(),
    services,
    { route: 'cycle/-/12' }
  );
  return { ...view, services, setCycle: (next: Cycle) => (cycle = next) };
}

describe('Cycle screen', () => {
  it('shows the cycle, its phase in words, and who has answered in plain sentences', async () => {
    const { container } = renderScreen();
    expect(await screen.findByRole('heading', { level: 1, name: 'Spring 2026' })).toBeInTheDocument();
    const about = screen.getByRole('region', { name: 'About this cycle' });
    expect(within(about).getByText('Meadowbank House')).toBeInTheDocument();
    expect(within(about).getByText('1 March 2026 to 31 May 2026')).toBeInTheDocument();
    expect(within(about).getByText('wpq-default, version 1.0.0')).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Back to Meadowbank House' })).toHaveAttribute('href', expect.stringContaining('wpq=service%2F4'));

    const steps = within(screen.getByRole('list', { name: 'Phases of the cycle' })).getAllByRole('listitem');
    expect(steps.map((s) => s.textContent)).toEqual(['Analyse(current phase)→', 'Plan(to come)→', 'Do(to come)→', 'Review(to come)']);
    expect(steps[0]).toHaveAttribute('aria-current', 'step');

    const answered = screen.getByRole('region', { name: 'Who has answered' });
    expect(await within(answered).findByText('4 of 12 invited staff have answered; staff results stay hidden until 5 have.')).toBeInTheDocument();
    expect(within(answered).getByText('1 of 2 leaders has submitted the self-assessment.')).toBeInTheDocument();
    const leaders = within(await within(answered).findByRole('list', { name: 'Leaders and their self-assessment' })).getAllByRole('listitem');
    expect(leaders.map((l) => l.textContent)).toEqual(['Rita Patel: submitted', 'Tom Reid: started, not submitted']);
    expect(within(about).getByText('5 staff')).toBeInTheDocument();

    const links = screen.getByRole('region', { name: 'Go to' });
    expect(within(links).getByRole('link', { name: 'The staff pulse' })).toHaveAttribute('href', expect.stringContaining('wpq=survey%2F-%2F12'));
    expect(within(links).getByRole('link', { name: "The leaders' self-assessment" })).toHaveAttribute('href', expect.stringContaining('wpq=assessment%2F-%2F12'));
    expect(within(links).getByRole('link', { name: 'The results' })).toHaveAttribute('href', expect.stringContaining('wpq=results%2F4%2F12'));
    await expectNoAxeViolations(container);
  });

  it('says when everyone is asked and enough staff have answered for their results to show', async () => {
    renderScreen({ participation: { minimumGroupSize: 6, staff: { invited: null, answered: 7 }, leaders: [{ userId: 21, status: 'submitted' }] } });
    const answered = await screen.findByRole('region', { name: 'Who has answered' });
    expect(
      await within(answered).findByText(
        '7 staff have answered (everyone who can open the site is asked); that is enough for staff results to be shown (at least 6).'
      )
    ).toBeInTheDocument();
    expect(within(answered).getByText('1 of 1 leaders has submitted the self-assessment.')).toBeInTheDocument();
    const publish = screen.getByRole('region', { name: 'Publish results' });
    expect(within(publish).getByText("Leaders' scores, from 1 submitted self-assessment.")).toBeInTheDocument();
    expect(within(publish).getByText('Staff scores, because 7 staff have answered (at least 6).')).toBeInTheDocument();
  });

  it('moves the cycle to Plan after a confirmation that lists what is still incomplete', async () => {
    const update = jest.fn(async (_id: number, changes: Partial<Cycle>) => ({ ...CYCLE, ...changes, etag: '"3"' }));
    const view = renderScreen({ data: { cycles: { update } } });
    const move = await screen.findByRole('region', { name: 'Move the cycle on' });
    await screen.findByText('4 of 12 invited staff have answered; staff results stay hidden until 5 have.');
    const user = userEvent.setup();
    await user.click(within(move).getByRole('button', { name: 'Move to Plan' }));

    const dialog = await screen.findByRole('alertdialog', { name: 'Move "Spring 2026" to Plan?' });
    expect(within(dialog).getByText('Once the cycle leaves Analyse, leaders and staff can no longer add or change their answers.')).toBeInTheDocument();
    const items = within(await within(dialog).findByRole('list')).getAllByRole('listitem');
    expect(items.map((i) => i.textContent)).toEqual([
      'Tom Reid has not submitted the self-assessment (started, not submitted).',
      'Only 4 staff have answered, fewer than 5, so staff results stay hidden.',
      'The results have not been published.'
    ]);
    expect(update).not.toHaveBeenCalled();
    await expectNoAxeViolations(dialog);

    view.setCycle({ ...CYCLE, phase: 'plan', etag: '"3"' });
    await user.click(within(dialog).getByRole('button', { name: 'Move to Plan' }));
    await waitFor(() => expect(update).toHaveBeenCalledWith(12, { phase: 'plan' }, '"2"'));
    expect(await screen.findByText('The cycle is now at Plan.')).toBeInTheDocument();
    await waitFor(() => expect(screen.getByRole('listitem', { current: 'step' })).toHaveTextContent('Plan(current phase)'));
    await waitFor(() => expect(screen.getByRole('button', { name: 'Move to Do' })).toHaveFocus(), { timeout: 5000 });
    await expectNoAxeViolations(view.container);
  });

  it('before leaving Plan, says when no actions have been planned', async () => {
    const listForCycle = jest.fn(async () => ({ data: [], warnings: [] }));
    renderScreen({ cycle: { ...CYCLE, phase: 'plan', publishedAt: '2026-04-02T10:00:00Z' }, data: { actions: { listForCycle } } });
    const steps = within(await screen.findByRole('list', { name: 'Phases of the cycle' })).getAllByRole('listitem');
    expect(steps.map((s) => s.textContent)).toEqual(['Analyse(done)→', 'Plan(current phase)→', 'Do(to come)→', 'Review(to come)']);
    const user = userEvent.setup();
    await user.click(screen.getByRole('button', { name: 'Move to Do' }));
    const dialog = await screen.findByRole('alertdialog', { name: 'Move "Spring 2026" to Do?' });
    expect(await within(dialog).findByText('No actions have been planned yet.')).toBeInTheDocument();
    expect(listForCycle).toHaveBeenCalledWith(12);
    expect(within(dialog).queryByText(/Once the cycle leaves Analyse/)).toBeNull();
  });

  it('says so when someone else changed the cycle first, and shows it as it is now', async () => {
    const update = jest.fn(() => Promise.reject(new ConflictError<Cycle>({ ...CYCLE, phase: 'plan' }, { ...CYCLE, title: 'Spring 2026 (renamed)', etag: '"4"' })));
    const view = renderScreen({ data: { cycles: { update } } });
    const move = await screen.findByRole('region', { name: 'Move the cycle on' });
    const user = userEvent.setup();
    view.setCycle({ ...CYCLE, title: 'Spring 2026 (renamed)', etag: '"4"' });
    await user.click(within(move).getByRole('button', { name: 'Move to Plan' }));
    const dialog = await screen.findByRole('alertdialog');
    await user.click(within(dialog).getByRole('button', { name: 'Move to Plan' }));
    expect(await screen.findByText(/Someone else changed this cycle after you opened it, so it was not moved on\./)).toBeInTheDocument();
    expect(await screen.findByRole('heading', { level: 1, name: 'Spring 2026 (renamed)' })).toBeInTheDocument();
  });

  it('publishes the results, then shows the warnings and a link to the results', async () => {
    const publishResults = jest.fn(async () => ({
      data: RESULTS,
      warnings: [
        {
          list: 'WPQ Responses',
          itemId: 88,
          field: 'Answers (WpqAnswers)',
          problem: 'The answers name a statement the pack does not have.'
        }
      ]
    }));
    const view = renderScreen({ data: { cycles: { publishResults } } });
    const publish = await screen.findByRole('region', { name: 'Publish results' });
    expect(await within(publish).findByText("Leaders' scores, from 1 submitted self-assessment.")).toBeInTheDocument();
    expect(within(publish).getByText('No staff scores: they stay hidden because fewer than 5 staff have answered.')).toBeInTheDocument();
    expect(within(publish).getByText("Nobody's answers are shown with their name.")).toBeInTheDocument();

    view.setCycle({ ...CYCLE, publishedAt: RESULTS.publishedAt, etag: '"3"' });
    const user = userEvent.setup();
    await user.click(within(publish).getByRole('button', { name: 'Publish results' }));
    expect(await within(publish).findByText('The results are published.')).toBeInTheDocument();
    expect(publishResults).toHaveBeenCalledWith(12);
    expect(within(publish).getByRole('link', { name: 'See the results' })).toHaveAttribute('href', expect.stringContaining('wpq=results%2F4%2F12'));
    const warnings = within(publish).getByRole('group', { name: 'Some answers need attention' });
    expect(within(warnings).getByRole('listitem')).toHaveTextContent(
      'WPQ Responses, item 88, Answers (WpqAnswers): The answers name a statement the pack does not have.'
    );
    // The cycle is read again: it now says when the results were published.
    expect(await screen.findByText(/^Published 2 April 2026 at/)).toBeInTheDocument();
    await expectNoAxeViolations(view.container);
  });
});
