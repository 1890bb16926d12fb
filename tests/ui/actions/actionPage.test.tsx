import * as React from 'react';
import { act, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { ConflictError } from '../../../src/data/errors';
import type { Action, ActionChanges, ActionStatus, ProgressNote } from '../../../src/data/types';
import { defaultPack } from '../../../src/model';
import ActionScreen from '../../../src/ui/actions/ActionScreen';
import { expectNoAxeViolations } from '../../support/axe';
import { fakeServices } from '../../support/fakeServices';
import { fakeBrowserLayout } from '../../support/jsdomLayout';
import { renderInApp, testHost } from '../../support/renderInApp';
import { action, careWorker, CYCLE, peopleByIds, reader } from './fixtures';

jest.setTimeout(120000);
fakeBrowserLayout();

const host = testHost();

const NOTES: ProgressNote[] = [
  { at: '2026-03-05T10:30:00.000Z', byId: 11, byName: 'Amara Okafor', text: 'Status changed from Not started to In progress.', status: { from: 'not-started', to: 'in-progress' } },
  { at: '2026-03-09T14:00:00.000Z', byId: 12, byName: 'Tom Baxter', text: 'Booked the first four sessions.' }
];

const SUPERVISION = action(7, 'Set and protect a supervision schedule', {
  status: 'in-progress',
  successMeasure: 'Supervision on time for 9 in 10 staff',
  detail: 'Monthly, 45 minutes, in the quiet room.',
  progressNotes: NOTES
});

function servicesFor(current: Action = SUPERVISION, overrides: Record<string, jest.Mock> = {}) {
  return fakeServices({
    data: {
      actions: {
        readOne: jest.fn(() => Promise.resolve({ cycle: CYCLE, action: current })),
        addProgressNote: jest.fn((a: Action, text: string, author: { id: number; name: string }) =>
          Promise.resolve({ ...a, etag: '"9"', progressNotes: [...a.progressNotes, { at: '2026-03-10T09:15:00.000Z', byId: author.id, byName: author.name, text }] })
        ),
        changeStatus: jest.fn((a: Action, to: ActionStatus, author: { id: number; name: string }, note?: string) =>
          Promise.resolve({
            ...a,
            etag: '"9"',
            status: to,
            progressNotes: [...a.progressNotes, { at: '2026-03-10T09:20:00.000Z', byId: author.id, byName: author.name, text: note || 'x', status: { from: a.status, to } }]
          })
        ),
        ...overrides
      },
      people: { getByIds: jest.fn(peopleByIds) },
      settings: { readPack: jest.fn(() => Promise.resolve(defaultPack)) }
    }
  });
}

describe("An action's page", () => {
  it('shows what it serves, its owner and dates, success measure, notes with who and when, and its status history', async () => {
    const { container } = renderInApp(<ActionScreen />, host, servicesFor(), { route: 'action/-/15/7', site: careWorker });
    expect(await screen.findByRole('heading', { level: 1, name: 'Set and protect a supervision schedule' })).toBeInTheDocument();
    const serves = screen.getByRole('region', { name: 'What it serves' });
    await waitFor(() => expect(within(serves).getByText('Vision, values, culture and supervision')).toBeInTheDocument());
    expect(within(serves).getByText('I have regular time with my manager to talk about my work.')).toBeInTheDocument();
    expect(within(serves).getByText('Safe and effective staffing')).toBeInTheDocument();
    const facts = screen.getByRole('region', { name: 'Owner and dates' });
    await waitFor(() => expect(within(facts).getByText('Tom Baxter')).toBeInTheDocument());
    expect(within(facts).getByText('In progress')).toBeInTheDocument();
    expect(screen.getByText('Supervision on time for 9 in 10 staff')).toBeInTheDocument();
    const notes = screen.getByRole('region', { name: 'Progress notes' });
    const items = within(notes).getAllByRole('listitem');
    // Newest first, each with its author and time.
    expect(items[0]).toHaveTextContent('Booked the first four sessions.');
    expect(items[0]).toHaveTextContent(/Tom Baxter, 9 March 2026 at \d\d:\d\d/);
    expect(items[1]).toHaveTextContent('Status changed from Not started to In progress');
    expect(items[1]).toHaveTextContent(/Amara Okafor, 5 March 2026/);
    const history = screen.getByRole('region', { name: 'Status history' });
    expect(within(history).getByRole('listitem')).toHaveTextContent(/Not started to In progress: Amara Okafor, 5 March 2026/);
    await expectNoAxeViolations(container);
  });

  it("adds an owner's progress note, with their name", async () => {
    const services = servicesFor();
    renderInApp(<ActionScreen />, host, services, { route: 'action/-/15/7', site: careWorker });
    const notes = await screen.findByRole('region', { name: 'Progress notes' });
    await act(async () => {
      await userEvent.click(within(notes).getByRole('button', { name: 'Add note' }));
    });
    expect(within(notes).getByText('Write something first.')).toBeInTheDocument();
    await act(async () => {
      await userEvent.type(within(notes).getByRole('textbox', { name: 'Add a progress note' }), 'Half the team has had one.');
      await userEvent.click(within(notes).getByRole('button', { name: 'Add note' }));
    });
    await waitFor(() => expect(within(notes).getAllByRole('listitem')[0]).toHaveTextContent('Half the team has had one.'));
    expect(within(notes).getAllByRole('listitem')[0]).toHaveTextContent(/Tom Baxter, 10 March 2026/);
    expect(services.actions.addProgressNote).toHaveBeenCalledWith(expect.objectContaining({ id: 7 }), 'Half the team has had one.', { id: 12, name: 'Tom Baxter' });
    expect(within(notes).getByRole('textbox', { name: 'Add a progress note' })).toHaveValue('');
  });

  it('changes the status and adds the change to the history', async () => {
    const services = servicesFor();
    renderInApp(<ActionScreen />, host, services, { route: 'action/-/15/7', site: careWorker });
    const status = await screen.findByRole('region', { name: 'Status' });
    await act(async () => {
      await userEvent.selectOptions(within(status).getByRole('combobox', { name: 'Status' }), 'Done');
      await userEvent.click(within(status).getByRole('button', { name: 'Change status' }));
    });
    expect(await screen.findByText('The status is now Done.')).toBeInTheDocument();
    expect(services.actions.changeStatus).toHaveBeenCalledWith(expect.objectContaining({ id: 7 }), 'done', { id: 12, name: 'Tom Baxter' }, '');
    expect(within(screen.getByRole('region', { name: 'Status history' })).getAllByRole('listitem')).toHaveLength(2);
  });

  it('is read-only for readers and for staff who do not own it', async () => {
    const { container } = renderInApp(<ActionScreen />, host, servicesFor(action(8, 'Name a digital lead', { ownerId: 13 })), { route: 'action/-/15/8', site: reader });
    await screen.findByRole('heading', { level: 1, name: 'Name a digital lead' });
    expect(screen.getByText('You can read these actions. Only managers and the owner of an action can change it.')).toBeInTheDocument();
    expect(screen.queryByRole('button')).toBeNull();
    expect(screen.queryByRole('textbox')).toBeNull();
    await expectNoAxeViolations(container);
  });

  it('shows both versions field by field after a 412, and saves what the person chose', async () => {
    // Rita changed the title and the due date meanwhile; Tom changed the title and the success measure.
    const theirs: Action = { ...SUPERVISION, etag: '"4"', title: 'Protect supervision time', dueDate: '2026-12-20' };
    const update = jest
      .fn()
      .mockImplementationOnce((id: number, changes: ActionChanges) => Promise.reject(new ConflictError<Action>({ ...theirs, ...changes }, theirs, { status: 412 })))
      .mockImplementationOnce((id: number, changes: ActionChanges) => Promise.resolve({ ...theirs, ...changes, etag: '"5"' }));
    const services = servicesFor(SUPERVISION, { update });
    const { container } = renderInApp(<ActionScreen />, host, services, { route: 'action/-/15/7', site: careWorker });
    const edit = await screen.findByRole('region', { name: 'Change the details' });
    await act(async () => {
      await userEvent.click(within(edit).getByRole('button', { name: 'Change the details' }));
    });
    const title = within(edit).getByRole('textbox', { name: /What will be done/ });
    const success = within(edit).getByRole('textbox', { name: /How you will know it worked/ });
    await act(async () => {
      await userEvent.clear(title);
      await userEvent.type(title, 'Supervision every month');
      await userEvent.clear(success);
      await userEvent.type(success, 'Every member of staff has one a month');
      await userEvent.click(within(edit).getByRole('button', { name: 'Save changes' }));
    });
    // Only the fields Tom changed were sent.
    expect(update).toHaveBeenNthCalledWith(1, 7, { title: 'Supervision every month', successMeasure: 'Every member of staff has one a month' }, '"1"');
    const view = await screen.findByRole('region', { name: 'Someone else changed this action' });
    const titleChoice = within(view).getByRole('radiogroup', { name: 'What will be done: which version do you want?' });
    expect(within(titleChoice).getByRole('radio', { name: 'Yours: Supervision every month' })).toBeChecked();
    expect(within(titleChoice).getByRole('radio', { name: 'Theirs (saved): Protect supervision time' })).toBeInTheDocument();
    // The success measure only Tom changed is still offered, since theirs differs from his.
    expect(within(view).getByRole('radiogroup', { name: 'How you will know it worked: which version do you want?' })).toBeInTheDocument();
    // Rita's due date is not Tom's change: it is not offered, and it is kept.
    expect(within(view).queryByRole('radiogroup', { name: /Due date/ })).toBeNull();
    // What Tom typed is still in the form behind the view.
    expect(title).toHaveValue('Supervision every month');
    await expectNoAxeViolations(container);
    await act(async () => {
      await userEvent.click(within(titleChoice).getByRole('radio', { name: 'Theirs (saved): Protect supervision time' }));
      await userEvent.click(within(view).getByRole('button', { name: 'Save my choices' }));
    });
    await waitFor(() => expect(update).toHaveBeenCalledTimes(2));
    expect(update).toHaveBeenNthCalledWith(2, 7, { successMeasure: 'Every member of staff has one a month' }, '"4"');
    expect(await screen.findByText('Your choices were saved.')).toBeInTheDocument();
    expect(screen.getByRole('heading', { level: 1, name: 'Protect supervision time' })).toBeInTheDocument();
    expect(screen.getByText('Every member of staff has one a month')).toBeInTheDocument();
  });

  it("offers both statuses when someone changed it first, and applies the chosen one to their version", async () => {
    const theirs: Action = { ...SUPERVISION, etag: '"8"', status: 'on-hold' };
    const changeStatus = jest
      .fn()
      .mockImplementationOnce((a: Action, to: ActionStatus) => Promise.reject(new ConflictError<Action>({ ...theirs, status: to }, theirs, { status: 412 })))
      .mockImplementationOnce((a: Action, to: ActionStatus) => Promise.resolve({ ...a, etag: '"9"', status: to }));
    renderInApp(<ActionScreen />, host, servicesFor(SUPERVISION, { changeStatus }), { route: 'action/-/15/7', site: careWorker });
    const status = await screen.findByRole('region', { name: 'Status' });
    await act(async () => {
      await userEvent.selectOptions(within(status).getByRole('combobox', { name: 'Status' }), 'Done');
      await userEvent.type(within(status).getByRole('textbox', { name: 'Note with the change (optional)' }), 'All booked.');
      await userEvent.click(within(status).getByRole('button', { name: 'Change status' }));
    });
    const view = await screen.findByRole('region', { name: 'Someone else changed this action' });
    const choice = within(view).getByRole('radiogroup', { name: 'Status: which version do you want?' });
    expect(within(choice).getByRole('radio', { name: 'Yours: Done' })).toBeChecked();
    expect(within(choice).getByRole('radio', { name: 'Theirs (saved): On hold' })).toBeInTheDocument();
    await act(async () => {
      await userEvent.click(within(view).getByRole('button', { name: 'Save my choices' }));
    });
    await waitFor(() => expect(changeStatus).toHaveBeenCalledTimes(2));
    expect(changeStatus.mock.calls[1]).toEqual([expect.objectContaining({ etag: '"8"', status: 'on-hold' }), 'done', { id: 12, name: 'Tom Baxter' }, 'All booked.']);
    expect(await screen.findByText('Your choices were saved.')).toBeInTheDocument();
  });

  it("adds a note to someone else's newer version rather than losing it", async () => {
    const theirs: Action = { ...SUPERVISION, etag: '"6"', progressNotes: [...NOTES, { at: '2026-03-09T16:00:00.000Z', byId: 13, byName: 'Rita Patel', text: 'Room booked.' }] };
    const addProgressNote = jest
      .fn()
      .mockImplementationOnce(() => Promise.reject(new ConflictError<Action>(theirs, theirs, { status: 412 })))
      .mockImplementationOnce((a: Action, text: string, author: { id: number; name: string }) =>
        Promise.resolve({ ...a, etag: '"7"', progressNotes: [...a.progressNotes, { at: '2026-03-10T09:15:00.000Z', byId: author.id, byName: author.name, text }] })
      );
    renderInApp(<ActionScreen />, host, servicesFor(SUPERVISION, { addProgressNote }), { route: 'action/-/15/7', site: careWorker });
    const notes = await screen.findByRole('region', { name: 'Progress notes' });
    await act(async () => {
      await userEvent.type(within(notes).getByRole('textbox', { name: 'Add a progress note' }), 'Two sessions moved to Friday.');
      await userEvent.click(within(notes).getByRole('button', { name: 'Add note' }));
    });
    await waitFor(() => expect(addProgressNote).toHaveBeenCalledTimes(2));
    expect(addProgressNote.mock.calls[1][0]).toMatchObject({ etag: '"6"' });
    const texts = within(notes).getAllByRole('listitem').map((li) => li.textContent);
    expect(texts[0]).toContain('Two sessions moved to Friday.');
    expect(texts[1]).toContain('Room booked.');
  });
});
