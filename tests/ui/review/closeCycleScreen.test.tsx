import * as React from 'react';
import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import CloseCycleScreen from '../../../src/ui/review/CloseCycleScreen';
import { NetworkError } from '../../../src/data/errors';
import type { CloseRequest, CloseResult } from '../../../src/data/closeCycle';
import type { WpqServices } from '../../../src/data/services';
import type { Cycle, StoredPackSummary } from '../../../src/data/types';
import { expectNoAxeViolations } from '../../support/axe';
import { fakeServices } from '../../support/fakeServices';
import { renderInApp, testHost } from '../../support/renderInApp';
import { cycle } from '../results/fixtures';
import { action } from './fixtures';

jest.setTimeout(60000);

function pack(id: string, version: string, active = false): StoredPackSummary {
  return { id, version, title: id === 'wpq-default' ? 'WPQ model' : 'Another model', contentHash: 'x', usedByCycle: true, active, builtIn: version === '1.0.0' };
}

const actions = [
  action({ id: 1, title: 'Supervision every month', status: 'in-progress', dueDate: '2026-05-31' }),
  action({ id: 2, title: 'Exit interviews', status: 'not-started' }),
  action({ id: 3, title: 'Wellbeing champion', status: 'on-hold', dueDate: '2026-04-30' }),
  action({ id: 4, title: 'Rota review', status: 'done', dueDate: '2026-04-30', completedDate: '2026-04-20' })
];

function setUp(options: { cycle?: Cycle } = {}): WpqServices {
  const services = fakeServices({
    data: {
      cycles: { get: jest.fn(() => Promise.resolve(options.cycle ?? cycle({ phase: 'review', minimumGroupSize: 6 }))) },
      actions: { listForCycle: jest.fn(() => Promise.resolve({ data: actions, warnings: [] })) },
      packs: { list: jest.fn(() => Promise.resolve([pack('wpq-default', '0.9.0'), pack('wpq-default', '1.0.0', true), pack('wpq-default', '1.1.0'), pack('other-pack', '2.0.0')])) },
      settings: { readDefaults: jest.fn(() => Promise.resolve({ minimumGroupSize: 5 })) }
    }
  });
  renderInApp(
    <main>
      <CloseCycleScreen />
    </main>,
    testHost(),
    services,
    { route: 'close/-/12', site: { access: 'manage' } }
  );
  return services;
}

async function loaded(): Promise<void> {
  await screen.findByRole('heading', { level: 1, name: 'Close: Spring 2026' }, { timeout: 10000 });
}

function decision(title: string): HTMLElement {
  return screen.getByRole('radiogroup', { name: `What happens to “${title}”` });
}

const result = (over: Partial<CloseResult> = {}): CloseResult => ({
  cycle: cycle({ phase: 'closed' }),
  nextCycle: cycle({ id: 13, title: 'Autumn 2026', phase: 'analyse' }),
  closed: 1,
  dropped: 1,
  carried: 1,
  alreadyClosed: false,
  ...over
});

async function decideAll(user: ReturnType<typeof userEvent.setup>): Promise<void> {
  await user.click(within(decision('Supervision every month')).getByRole('radio', { name: 'Carry it over into the next cycle' }));
  await user.click(within(decision('Exit interviews')).getByRole('radio', { name: 'Drop it' }));
  await user.type(screen.getByRole('textbox', { name: 'Why drop “Exit interviews”?' }), 'Nobody has left since January.');
  await user.click(within(decision('Wellbeing champion')).getByRole('radio', { name: 'Close it: it is done' }));
  await user.click(screen.getByRole('checkbox', { name: 'Start the next cycle now' }));
  await user.type(screen.getByRole('textbox', { name: /Name of the cycle/ }), 'Autumn 2026');
  // Date inputs take typed text in jsdom as an ISO day.
  await user.type(screen.getByLabelText(/Start date/), '2026-09-01');
  await user.type(screen.getByLabelText(/End date/), '2026-12-31');
}

const expectedRequest: CloseRequest = {
  cycleId: 12,
  decisions: [
    { actionId: 1, decision: 'carry' },
    { actionId: 2, decision: 'drop', reason: 'Nobody has left since January.' },
    { actionId: 3, decision: 'close' }
  ],
  next: { title: 'Autumn 2026', packId: 'wpq-default', packVersion: '1.0.0', startDate: '2026-09-01', endDate: '2026-12-31', minimumGroupSize: 6 },
  author: { id: 11, name: 'Amara Okafor' }
};

describe('Close cycle screen', () => {
  it('asks what happens to each unfinished action only, without axe violations', async () => {
    setUp();
    await loaded();
    for (const title of ['Supervision every month', 'Exit interviews', 'Wellbeing champion']) expect(decision(title)).toBeInTheDocument();
    expect(screen.queryByRole('radiogroup', { name: 'What happens to “Rota review”' })).not.toBeInTheDocument();
    expect(screen.getByText('In progress · Due 31 May 2026')).toBeInTheDocument();
    await expectNoAxeViolations(document.body);
  });

  it('refuses to close until every action has a decision, and moves to the first one', async () => {
    const services = setUp();
    const user = userEvent.setup();
    await loaded();
    await user.click(screen.getByRole('button', { name: 'Close the cycle' }));
    const summary = await screen.findByText('There are 3 problems to fix', { exact: false }, { timeout: 10000 });
    expect(summary).toBeInTheDocument();
    expect(screen.getAllByText('Choose what happens to “Exit interviews”.').length).toBeGreaterThan(0);
    await waitFor(() => expect(within(decision('Supervision every month')).getAllByRole('radio')[0]).toHaveFocus());
    expect(services.closing.close).not.toHaveBeenCalled();
    await expectNoAxeViolations(document.body);
  });

  it('needs a reason to drop an action and the next cycle to carry one over', async () => {
    const services = setUp();
    const user = userEvent.setup();
    await loaded();
    await user.click(within(decision('Supervision every month')).getByRole('radio', { name: 'Carry it over into the next cycle' }));
    await user.click(within(decision('Exit interviews')).getByRole('radio', { name: 'Drop it' }));
    await user.click(within(decision('Wellbeing champion')).getByRole('radio', { name: 'Close it: it is done' }));
    await user.click(screen.getByRole('button', { name: 'Close the cycle' }));
    expect((await screen.findAllByText('Give a reason for dropping “Exit interviews”.', undefined, { timeout: 10000 })).length).toBeGreaterThan(0);
    expect(screen.getAllByText('To carry actions over, start the next cycle now.').length).toBeGreaterThan(0);
    expect(services.closing.close).not.toHaveBeenCalled();
  });

  it('offers only this cycle’s model at its version or newer for the next cycle', async () => {
    setUp();
    const user = userEvent.setup();
    await loaded();
    await user.click(screen.getByRole('checkbox', { name: 'Start the next cycle now' }));
    const select = screen.getByRole('combobox', { name: /Model pack/ });
    expect(within(select).getAllByRole('option').map((o) => o.textContent)).toEqual(['WPQ model, version 1.0.0 (used for new cycles)', 'WPQ model, version 1.1.0']);
    expect(select).toHaveValue('wpq-default@1.0.0');
    expect(screen.getByRole('textbox', { name: /Minimum group size/ })).toHaveValue('6');
  });

  it('closes with every decision and the next cycle, and links to the next cycle', async () => {
    const services = setUp();
    const user = userEvent.setup();
    await loaded();
    (services.closing.close as jest.Mock).mockImplementation(() => Promise.resolve(result()));
    await decideAll(user);
    await user.click(screen.getByRole('button', { name: 'Close the cycle' }));
    expect(await screen.findByText('The cycle is closed. 1 closed, 1 dropped, 1 carried over.', undefined, { timeout: 10000 })).toBeInTheDocument();
    expect(services.closing.close).toHaveBeenCalledWith(expectedRequest);
    expect(decodeURIComponent(screen.getByRole('link', { name: 'Go to the next cycle' }).getAttribute('href') ?? '')).toContain('cycle/-/13');
    await expectNoAxeViolations(document.body);
  });

  it('keeps every choice when closing fails half way, and finishes when closed again', async () => {
    const services = setUp();
    const user = userEvent.setup();
    await loaded();
    const close = services.closing.close as jest.Mock;
    close.mockImplementationOnce(() => Promise.reject(new NetworkError()));
    close.mockImplementationOnce(() => Promise.resolve(result({ closed: 0, dropped: 0, carried: 1 })));
    await decideAll(user);
    await user.click(screen.getByRole('button', { name: 'Close the cycle' }));
    expect(await screen.findByText('The cycle was not closed', undefined, { timeout: 10000 })).toBeInTheDocument();
    expect(screen.getByText(/Nothing is done twice: close again to finish\./)).toBeInTheDocument();
    expect(screen.getByRole('textbox', { name: 'Why drop “Exit interviews”?' })).toHaveValue('Nobody has left since January.');
    await user.click(screen.getByRole('button', { name: 'Close the cycle' }));
    expect(await screen.findByText('The cycle is closed. 0 closed, 0 dropped, 1 carried over.', undefined, { timeout: 10000 })).toBeInTheDocument();
    expect(close).toHaveBeenCalledTimes(2);
    expect(close.mock.calls[1][0]).toEqual(close.mock.calls[0][0]);
  });

  it('says so when the cycle is already closed, with no form', async () => {
    setUp({ cycle: cycle({ phase: 'closed' }) });
    await loaded();
    expect(screen.getByText('This cycle is closed.')).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Close the cycle' })).not.toBeInTheDocument();
    await expectNoAxeViolations(document.body);
  });
});
