import * as React from 'react';
import { act, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import type { MyAction, MyWork } from '../../../src/data/types';
import { memoryAddress } from '../../../src/ui/app/address';
import MyWorkScreen from '../../../src/ui/mywork/MyWorkScreen';
import { expectNoAxeViolations } from '../../support/axe';
import { fakeServices } from '../../support/fakeServices';
import { renderInApp, testHost } from '../../support/renderInApp';

jest.setTimeout(60000);

const host = testHost();
const careWorker = { access: 'contribute' as const, user: { id: 12, title: 'Tom Baxter', email: 'tom@example.com' } };

function action(id: number, title: string, dueDate: string | null, overdue: boolean, changes: Partial<MyAction> = {}): MyAction {
  return { id, title, serviceId: 1, serviceName: 'Meadowbank House', cycleId: 11, dueDate, status: 'in-progress', overdue, ...changes };
}

function servicesWith(work: Partial<MyWork>): ReturnType<typeof fakeServices> {
  const data: MyWork = { user: { id: 12, title: 'Tom Baxter' }, surveys: [], actions: [], ...work };
  return fakeServices({ data: { myWork: { read: jest.fn(() => Promise.resolve({ data, warnings: [] })) } } });
}

/** The titles of the actions, in the order shown. */
function actionTitles(): string[] {
  const region = screen.getByRole('region', { name: 'My actions' });
  return within(region)
    .getAllByRole('listitem')
    .map((li) => li.firstElementChild?.textContent ?? '');
}

describe('My work', () => {
  it('lists overdue actions first, then by due date, and says overdue in words', async () => {
    const services = servicesWith({
      actions: [
        action(1, 'Book supervision training', '2026-09-30', false),
        action(2, 'Agree learning plans', null, false, { status: 'not-started' }),
        action(3, 'Start a wellbeing check-in', '2026-04-01', true, { serviceName: 'Riverside Home Care' }),
        action(4, 'Protect supervision time', '2026-07-15', false, { status: 'on-hold' }),
        action(5, 'Name a digital lead', '2026-03-10', true)
      ]
    });
    const { container } = renderInApp(<MyWorkScreen />, host, services, { site: careWorker, route: 'mywork' });
    expect(await screen.findByRole('heading', { level: 1, name: 'My work' })).toBeInTheDocument();
    expect(actionTitles()).toEqual([
      'Name a digital lead',
      'Start a wellbeing check-in',
      'Protect supervision time',
      'Book supervision training',
      'Agree learning plans'
    ]);
    const first = screen.getByText('Name a digital lead').closest('li') as HTMLElement;
    expect(within(first).getByText('Overdue: it was due on 10 March 2026')).toBeInTheDocument();
    // The warning sign is drawn beside the words, and hidden from screen readers.
    expect(first.querySelector('svg[aria-hidden="true"]')).not.toBeNull();
    const later = screen.getByText('Protect supervision time').closest('li') as HTMLElement;
    expect(within(later).getByText('Due on 15 July 2026')).toBeInTheDocument();
    expect(within(later).getByText('Meadowbank House · On hold')).toBeInTheDocument();
    expect(within(later).queryByText(/Overdue/)).toBeNull();
    expect(within(screen.getByText('Agree learning plans').closest('li') as HTMLElement).getByText('No due date')).toBeInTheDocument();
    // Each action opens its own page, for care workers too.
    expect(screen.getByRole('link', { name: 'Name a digital lead' })).toHaveAttribute('href', 'https://wpq.invalid/?wpq=action%2F-%2F11%2F5');
    expect(screen.getByText('No surveys are waiting for you.')).toBeInTheDocument();
    await expectNoAxeViolations(container);
  });

  it('opens each survey waiting on its own screen', async () => {
    const address = memoryAddress('mywork');
    const services = servicesWith({
      surveys: [
        { cycleId: 11, cycleTitle: 'Spring 2026', serviceId: 1, serviceName: 'Meadowbank House', kind: 'staff', packId: 'wpq-default', packVersion: '1.0.0', endDate: '2026-05-31' },
        { cycleId: 21, cycleTitle: 'Spring 2026', serviceId: 2, serviceName: 'Riverside Home Care', kind: 'leaders', packId: 'wpq-default', packVersion: '1.0.0', endDate: null }
      ]
    });
    renderInApp(<MyWorkScreen />, host, services, { site: careWorker, address });
    const surveys = await screen.findByRole('region', { name: 'Surveys waiting for you' });
    expect(within(surveys).getByText('Cycle: Spring 2026. Closes on 31 May 2026.')).toBeInTheDocument();
    expect(within(surveys).getByText('Cycle: Spring 2026')).toBeInTheDocument();
    expect(screen.getByText('You do not own any unfinished actions.')).toBeInTheDocument();
    await act(async () => {
      await userEvent.click(within(surveys).getByRole('link', { name: "Complete the leaders' self-assessment for Riverside Home Care" }));
    });
    expect(address.read()).toBe('assessment/-/21');
    // Keyboard: the staff pulse link is reached with Tab and opened with Enter.
    const pulse = within(surveys).getByRole('link', { name: 'Answer the staff pulse for Meadowbank House' });
    expect(pulse).toHaveAttribute('href', 'https://wpq.invalid/?wpq=survey%2F-%2F11');
    pulse.focus();
    await act(async () => {
      await userEvent.keyboard('{Enter}');
    });
    expect(address.read()).toBe('survey/-/11');
  });

  it("opens an action's own page from My actions", async () => {
    const address = memoryAddress('mywork');
    renderInApp(<MyWorkScreen />, host, servicesWith({ actions: [action(7, 'Plan time with night staff', '2026-06-01', false, { cycleId: 31 })] }), { address, site: careWorker });
    const link = await screen.findByRole('link', { name: 'Plan time with night staff' });
    await act(async () => {
      await userEvent.click(link);
    });
    expect(address.read()).toBe('action/-/31/7');
  });

  it('says plainly when nothing is waiting', async () => {
    const { container } = renderInApp(<MyWorkScreen />, host, servicesWith({}), { site: careWorker });
    expect(await screen.findByText(/Nothing is waiting for you\./)).toBeInTheDocument();
    expect(screen.queryByRole('region', { name: 'My actions' })).toBeNull();
    await expectNoAxeViolations(container);
  });

  it('explains a failed read and reads again on Try again', async () => {
    const services = servicesWith({});
    const read = services.myWork.read as jest.Mock;
    read.mockRejectedValueOnce(new Error('HTTP 503'));
    renderInApp(<MyWorkScreen />, host, services, { site: careWorker });
    const retry = await screen.findByRole('button', { name: 'Try again' });
    expect(screen.getByText('This could not be loaded.')).toBeInTheDocument();
    await act(async () => {
      await userEvent.click(retry);
    });
    expect(await screen.findByText(/Nothing is waiting for you\./)).toBeInTheDocument();
    expect(read).toHaveBeenCalledTimes(2);
  });
});
