import * as React from 'react';
import { act, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { ConflictError } from '../../../src/data/errors';
import type { Action, ActionStatus } from '../../../src/data/types';
import ActionsScreen, { loadBoardWithPeople } from '../../../src/ui/actions/ActionsScreen';
import { expectNoAxeViolations } from '../../support/axe';
import { fakeServices } from '../../support/fakeServices';
import { fakeBrowserLayout } from '../../support/jsdomLayout';
import { renderInApp, testHost } from '../../support/renderInApp';
import { action, careWorker, CYCLE, daysFromToday, peopleByIds, reader } from './fixtures';

jest.setTimeout(120000);
fakeBrowserLayout();

const host = testHost();

const ACTIONS: Action[] = [
  action(1, 'Set and protect a supervision schedule', { ownerId: 12, status: 'in-progress' }),
  action(2, 'Name a digital lead', { ownerId: 13, dueDate: daysFromToday(-5), pillarId: 'digital', statementId: null, priority: 'high' }),
  action(3, 'Start a wellbeing check-in', { ownerId: 12, dueDate: daysFromToday(20), pillarId: 'wellbeing', statementId: null, priority: 'low' }),
  action(4, 'Run equality training', { ownerId: null, status: 'done', dueDate: daysFromToday(-20) }),
  action(5, 'Old leaflet idea', { status: 'cancelled' })
];

function servicesFor(actions: Action[] = ACTIONS, changeStatus?: jest.Mock) {
  return fakeServices({
    data: {
      actions: {
        readBoard: jest.fn(() => Promise.resolve({ data: { cycle: CYCLE, actions }, warnings: [] })),
        changeStatus:
          changeStatus ??
          jest.fn((a: Action, to: ActionStatus, author: { id: number; name: string }) =>
            Promise.resolve({ ...a, etag: '"2"', status: to, progressNotes: [...a.progressNotes, { at: new Date().toISOString(), byId: author.id, byName: author.name, text: 'moved', status: { from: a.status, to } }] })
          )
      },
      people: { getByIds: jest.fn(peopleByIds) }
    }
  });
}

function column(name: string): HTMLElement {
  return screen.getByRole('region', { name: new RegExp(`^${name} \\(`) });
}

function card(title: string): HTMLElement {
  return screen.getByRole('link', { name: title }).closest('li') as HTMLElement;
}

describe('The action board', () => {
  it('shows the actions by status, with cancelled and carried over folded away, in two requests', async () => {
    const services = servicesFor();
    const { container } = renderInApp(<ActionsScreen />, host, services, { route: 'actions/-/15' });
    expect(await screen.findByRole('heading', { level: 1, name: 'Actions: Spring 2026' })).toBeInTheDocument();
    await waitFor(() => expect(within(card('Name a digital lead')).getByText('Owner: Rita Patel')).toBeInTheDocument());
    expect(within(column('Not started')).getAllByRole('listitem').map((li) => li.querySelector('a')?.textContent)).toEqual([
      'Name a digital lead',
      'Start a wellbeing check-in'
    ]);
    expect(within(column('In progress')).getByRole('link', { name: 'Set and protect a supervision schedule' })).toBeInTheDocument();
    expect(within(column('Done')).getByRole('link', { name: 'Run equality training' })).toBeInTheDocument();
    // Cancelled ones are in a folded section until it is opened.
    const folded = screen.getByRole('button', { name: 'Cancelled and carried over (1)' });
    expect(folded).toHaveAttribute('aria-expanded', 'false');
    expect(screen.queryByRole('link', { name: 'Old leaflet idea' })).toBeNull();
    expect(services.actions.readBoard).toHaveBeenCalledTimes(1);
    expect(services.people.getByIds).toHaveBeenCalledTimes(1);
    expect(services.people.getByIds).toHaveBeenCalledWith([12, 13]);
    await expectNoAxeViolations(container);
    await act(async () => {
      await userEvent.click(folded);
    });
    expect(screen.getByRole('link', { name: 'Old leaflet idea' })).toBeInTheDocument();
  });

  it('says an overdue action is overdue in words, beside a warning sign', async () => {
    renderInApp(<ActionsScreen />, host, servicesFor(), { route: 'actions/-/15' });
    const late = await screen.findByRole('link', { name: 'Name a digital lead' });
    const item = late.closest('li') as HTMLElement;
    expect(within(item).getByText(/^Overdue: it was due on/)).toBeInTheDocument();
    expect(item.querySelector('svg[aria-hidden="true"]')).not.toBeNull();
    // Done actions are never overdue, whatever their due date.
    expect(within(card('Run equality training')).queryByText(/Overdue/)).toBeNull();
    expect(within(card('Start a wellbeing check-in')).queryByText(/Overdue/)).toBeNull();
  });

  it('moves a card with the keyboard through its "Move to…" menu', async () => {
    const services = servicesFor();
    const { container } = renderInApp(<ActionsScreen />, host, services, { route: 'actions/-/15' });
    const button = await screen.findByRole('button', { name: 'Move to…: Name a digital lead' });
    button.focus();
    await act(async () => {
      await userEvent.keyboard('{Enter}');
    });
    const menu = await screen.findByRole('menu');
    expect(within(menu).queryByRole('menuitem', { name: 'Move to Not started' })).toBeNull();
    await expectNoAxeViolations(menu);
    // Down to "Move to On hold" (In progress is first), then Enter.
    await act(async () => {
      await userEvent.keyboard('{ArrowDown}{Enter}');
    });
    await waitFor(() => expect(within(column('On hold')).getByRole('link', { name: 'Name a digital lead' })).toBeInTheDocument());
    expect(services.actions.changeStatus).toHaveBeenCalledWith(expect.objectContaining({ id: 2 }), 'on-hold', { id: 11, name: 'Amara Okafor' });
    expect(screen.getByRole('status')).toHaveTextContent('"Name a digital lead" moved to On hold.');
    expect(within(column('Not started')).queryByRole('link', { name: 'Name a digital lead' })).toBeNull();
    await expectNoAxeViolations(container);
  });

  it('moves a card by dragging it to another column', async () => {
    const services = servicesFor();
    renderInApp(<ActionsScreen />, host, services, { route: 'actions/-/15' });
    const item = card(await screen.findByRole('link', { name: 'Start a wellbeing check-in' }).then((l) => l.textContent as string));
    expect(item).toHaveAttribute('draggable', 'true');
    const data = new Map<string, string>();
    const dataTransfer = { setData: (k: string, v: string) => data.set(k, v), getData: (k: string) => data.get(k) ?? '', effectAllowed: '', dropEffect: '' };
    const { fireEvent } = await import('@testing-library/react');
    fireEvent.dragStart(item, { dataTransfer });
    fireEvent.dragOver(column('Done'), { dataTransfer });
    fireEvent.drop(column('Done'), { dataTransfer });
    await waitFor(() => expect(within(column('Done')).getByRole('link', { name: 'Start a wellbeing check-in' })).toBeInTheDocument());
    expect(services.actions.changeStatus).toHaveBeenCalledWith(expect.objectContaining({ id: 3 }), 'done', expect.anything());
  });

  it('lets an owner move only their own actions', async () => {
    renderInApp(<ActionsScreen />, host, servicesFor(), { route: 'actions/-/15', site: careWorker });
    await screen.findByRole('link', { name: 'Start a wellbeing check-in' });
    expect(within(card('Start a wellbeing check-in')).getByRole('button', { name: 'Move to…: Start a wellbeing check-in' })).toBeInTheDocument();
    expect(within(card('Name a digital lead')).queryByRole('button')).toBeNull();
    expect(card('Name a digital lead')).toHaveAttribute('draggable', 'false');
  });

  it('is read-only for readers: no moving, by menu or by dragging', async () => {
    const services = servicesFor();
    const { container } = renderInApp(<ActionsScreen />, host, services, { route: 'actions/-/15', site: reader });
    await screen.findByRole('link', { name: 'Name a digital lead' });
    expect(screen.queryByRole('button', { name: /^Move / })).toBeNull();
    expect(container.querySelector('[draggable="true"]')).toBeNull();
    expect(screen.getByText('You can read these actions. Only managers and the owner of an action can change it.')).toBeInTheDocument();
    expect(screen.queryByRole('link', { name: 'Plan new actions' })).toBeNull();
    await expectNoAxeViolations(container);
  });

  it("shows someone else's newer version when a move meets a conflict, and moves nothing", async () => {
    const theirs = { ...ACTIONS[1], etag: '"5"', status: 'in-progress' as const, title: 'Name a digital lead' };
    const changeStatus = jest.fn((a: Action, to: ActionStatus) => Promise.reject(new ConflictError<Action>({ ...theirs, status: to }, theirs, { status: 412 })));
    renderInApp(<ActionsScreen />, host, servicesFor(ACTIONS, changeStatus), { route: 'actions/-/15' });
    const button = await screen.findByRole('button', { name: 'Move to…: Name a digital lead' });
    await act(async () => {
      await userEvent.click(button);
    });
    await act(async () => {
      await userEvent.click(await screen.findByRole('menuitem', { name: 'Move to Done' }));
    });
    expect(await screen.findByText(/Someone else changed "Name a digital lead" since you opened the board/)).toBeInTheDocument();
    expect(within(column('In progress')).getByRole('link', { name: 'Name a digital lead' })).toBeInTheDocument();
    expect(within(column('Done')).queryByRole('link', { name: 'Name a digital lead' })).toBeNull();
  });

  it('filters and sorts the list view', async () => {
    const { container } = renderInApp(<ActionsScreen />, host, servicesFor(), { route: 'actions/-/15' });
    await screen.findByRole('link', { name: 'Name a digital lead' });
    await act(async () => {
      await userEvent.click(screen.getByRole('radio', { name: 'List' }));
    });
    const table = await screen.findByRole('table', { name: 'The actions of this cycle' });
    const titles = (): string[] => within(table).getAllByRole('row').slice(1).map((r) => within(r).getAllByRole('cell')[0].textContent ?? '');
    // Overdue first, then by due date.
    expect(titles()[0]).toBe('Name a digital lead');
    await act(async () => {
      await userEvent.click(screen.getByRole('checkbox', { name: 'Only overdue actions' }));
    });
    expect(titles()).toEqual(['Name a digital lead']);
    expect(screen.getByText('Showing 1 of 5 actions.')).toBeInTheDocument();
    await act(async () => {
      await userEvent.click(screen.getByRole('checkbox', { name: 'Only overdue actions' }));
      await userEvent.selectOptions(screen.getByRole('combobox', { name: 'Owner' }), 'Tom Baxter');
    });
    // Tom's actions, cancelled ones included, by due date (the same day: in the order they were added).
    await waitFor(() => expect(titles()).toEqual(['Set and protect a supervision schedule', 'Old leaflet idea', 'Start a wellbeing check-in']));
    await act(async () => {
      await userEvent.selectOptions(screen.getByRole('combobox', { name: 'Sort by' }), 'Title');
    });
    expect(titles()).toEqual(['Old leaflet idea', 'Set and protect a supervision schedule', 'Start a wellbeing check-in']);
    await act(async () => {
      await userEvent.selectOptions(screen.getByRole('combobox', { name: 'Owner' }), 'Any');
      await userEvent.selectOptions(screen.getByRole('combobox', { name: 'Priority' }), 'High');
    });
    expect(titles()).toEqual(['Name a digital lead']);
    await expectNoAxeViolations(container);
  });
});

describe('loadBoardWithPeople (for the benchmark)', () => {
  it('reads the board once and the owners once, whatever the number of actions', async () => {
    const many = Array.from({ length: 500 }, (_, i) => action(i + 1, `Action ${i + 1}`, { ownerId: 11 + (i % 3) }));
    const services = servicesFor(many);
    const read = await loadBoardWithPeople(services, 15);
    expect(read.board.data.actions).toHaveLength(500);
    expect(read.people.map((p) => p.title)).toEqual(['Amara Okafor', 'Tom Baxter', 'Rita Patel']);
    expect(services.actions.readBoard).toHaveBeenCalledTimes(1);
    expect(services.people.getByIds).toHaveBeenCalledTimes(1);
  });
});
