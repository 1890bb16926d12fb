import * as React from 'react';
import { act, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import type { Action, ActionInput } from '../../../src/data/types';
import { defaultPack } from '../../../src/model';
import NewActionsScreen from '../../../src/ui/actions/NewActionsScreen';
import { expectNoAxeViolations } from '../../support/axe';
import { fakeServices } from '../../support/fakeServices';
import { fakeBrowserLayout } from '../../support/jsdomLayout';
import { renderInApp, testHost } from '../../support/renderInApp';
import { CYCLE, daysFromToday } from './fixtures';

jest.setTimeout(120000);
fakeBrowserLayout();

const host = testHost();

function servicesFor() {
  return fakeServices({
    data: {
      cycles: { get: jest.fn(() => Promise.resolve(CYCLE)) },
      settings: { readPack: jest.fn(() => Promise.resolve(defaultPack)) },
      actions: {
        addMany: jest.fn((inputs: ActionInput[]) =>
          Promise.resolve(inputs.map((input, i): Action => ({ ...input, id: 100 + i, etag: '"1"', status: 'not-started', priority: input.priority ?? 'medium', progressNotes: [] })))
        )
      }
    }
  });
}

describe('Plan actions from a gap', () => {
  it("shows what the statement serves, the pack's suggestions and resources, and starts the form from the first suggestion", async () => {
    const { container } = renderInApp(<NewActionsScreen />, host, servicesFor(), { route: 'newaction/-/15/culture.s02' });
    expect(await screen.findByRole('heading', { level: 1, name: 'Plan actions: Spring 2026' })).toBeInTheDocument();
    const serves = screen.getByRole('region', { name: 'What it serves' });
    expect(within(serves).getByText('Vision, values, culture and supervision')).toBeInTheDocument();
    expect(within(serves).getByText('I have regular time with my manager to talk about my work.')).toBeInTheDocument();
    expect(within(serves).getByText('Safe and effective staffing')).toBeInTheDocument();
    const suggested = screen.getByRole('region', { name: 'Suggested actions' });
    expect(within(suggested).getByRole('checkbox', { name: 'Set and protect a supervision schedule' })).not.toBeChecked();
    expect(within(suggested).getByRole('checkbox', { name: 'Use a shared supervision agenda' })).toBeInTheDocument();
    const resources = screen.getByRole('complementary', { name: 'Things that help' });
    expect(within(resources).getByText('Effective supervision in adult social care')).toBeInTheDocument();
    expect(within(resources).getByText('Skills for Care, 2015')).toBeInTheDocument();
    const own = screen.getByRole('region', { name: 'Your own action' });
    expect(within(own).getByRole('textbox', { name: /What will be done/ })).toHaveValue('Set and protect a supervision schedule');
    await expectNoAxeViolations(container);
  });

  it('adds several ticked suggestions in one go, each stored against its statement and pillar', async () => {
    const services = servicesFor();
    renderInApp(<NewActionsScreen />, host, services, { route: 'newaction/-/15/culture.s02' });
    const suggested = await screen.findByRole('region', { name: 'Suggested actions' });
    await act(async () => {
      await userEvent.click(within(suggested).getByRole('checkbox', { name: 'Set and protect a supervision schedule' }));
      await userEvent.click(within(suggested).getByRole('checkbox', { name: 'Use a shared supervision agenda' }));
      await userEvent.type(within(suggested).getByLabelText(/How you will know it worked/), 'Supervision on time for 9 in 10 staff');
      await userEvent.selectOptions(within(suggested).getByRole('combobox', { name: 'Priority' }), 'High');
    });
    await act(async () => {
      await userEvent.click(within(suggested).getByRole('button', { name: 'Add 2 chosen actions' }));
    });
    await waitFor(() => expect(services.actions.addMany).toHaveBeenCalledTimes(1));
    const inputs = (services.actions.addMany as jest.Mock).mock.calls[0][0] as ActionInput[];
    expect(inputs.map((i) => i.title)).toEqual(['Set and protect a supervision schedule', 'Use a shared supervision agenda']);
    for (const input of inputs) {
      expect(input).toMatchObject({
        cycleId: 15,
        serviceId: 4,
        pillarId: 'culture',
        statementId: 'culture.s02',
        successMeasure: 'Supervision on time for 9 in 10 staff',
        priority: 'high',
        ownerId: null,
        dueDate: null
      });
    }
    expect(await screen.findByText('2 actions were added to the board.')).toBeInTheDocument();
  });

  it('asks for at least one ticked suggestion before adding', async () => {
    const services = servicesFor();
    renderInApp(<NewActionsScreen />, host, services, { route: 'newaction/-/15/culture' });
    const suggested = await screen.findByRole('region', { name: 'Suggested actions' });
    await act(async () => {
      await userEvent.click(within(suggested).getByRole('button', { name: 'Add 0 chosen actions' }));
    });
    expect(within(suggested).getByText('Tick at least one suggested action.')).toBeInTheDocument();
    expect(services.actions.addMany).not.toHaveBeenCalled();
  });

  it('refuses a due date in the past, and only warns about one after the cycle ends', async () => {
    const services = servicesFor();
    const { container } = renderInApp(<NewActionsScreen />, host, services, { route: 'newaction/-/15' });
    const own = await screen.findByRole('region', { name: 'Your own action' });
    // A blank form: no suggestions without a gap.
    expect(screen.queryByRole('region', { name: 'Suggested actions' })).toBeNull();
    expect(within(own).getByRole('textbox', { name: /What will be done/ })).toHaveValue('');
    const due = container.querySelector('input[type="date"]') as HTMLInputElement;
    await act(async () => {
      await userEvent.type(within(own).getByRole('textbox', { name: /What will be done/ }), 'Review the rota with night staff');
      await userEvent.type(due, daysFromToday(-1));
    });
    expect(await within(own).findByText('The due date cannot be in the past.')).toBeInTheDocument();
    await act(async () => {
      await userEvent.click(within(own).getByRole('button', { name: 'Add this action' }));
    });
    expect(services.actions.addMany).not.toHaveBeenCalled();
    // Said beside the field and in the summary above the form.
    expect(within(own).getAllByText('The due date cannot be in the past.')).toHaveLength(2);
    await expectNoAxeViolations(container);

    await act(async () => {
      await userEvent.clear(due);
      await userEvent.type(due, daysFromToday(60));
    });
    expect(await within(own).findByText(/This is after the cycle ends on .*\. You can still save it\./)).toBeInTheDocument();
    expect(within(own).queryByText('The due date cannot be in the past.')).toBeNull();
    await act(async () => {
      await userEvent.click(within(own).getByRole('button', { name: 'Add this action' }));
    });
    await waitFor(() => expect(services.actions.addMany).toHaveBeenCalledTimes(1));
    expect((services.actions.addMany as jest.Mock).mock.calls[0][0]).toEqual([
      expect.objectContaining({ title: 'Review the rota with night staff', dueDate: daysFromToday(60), pillarId: null, statementId: null })
    ]);
    await expectNoAxeViolations(container);
  });

  it('says so when the route names something the model does not have', async () => {
    renderInApp(<NewActionsScreen />, host, servicesFor(), { route: 'newaction/-/15/not-in-pack' });
    expect(await screen.findByText(/This cycle's model has no pillar or statement "not-in-pack"/)).toBeInTheDocument();
  });
});
