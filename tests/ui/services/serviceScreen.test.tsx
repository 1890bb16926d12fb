import * as React from 'react';
import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { ConflictError } from '../../../src/data/errors';
import type { CareService, Cycle, SitePerson, StoredPackSummary } from '../../../src/data/types';
import { memoryAddress } from '../../../src/ui/app/address';
import ServiceScreen from '../../../src/ui/services/ServiceScreen';
import { expectNoAxeViolations } from '../../support/axe';
import { fakeServices } from '../../support/fakeServices';
import { fakeBrowserLayout } from '../../support/jsdomLayout';
import { renderInApp, testHost } from '../../support/renderInApp';

jest.setTimeout(180000);
fakeBrowserLayout();

const PEOPLE: SitePerson[] = [
  { id: 21, title: 'Rita Patel', email: 'rita.patel@meadowbankcare.onmicrosoft.com', loginName: 'i:0#.f|membership|rita.patel@meadowbankcare.onmicrosoft.com' },
  { id: 22, title: 'Tom Reid', email: 'tom.reid@meadowbankcare.onmicrosoft.com', loginName: 'i:0#.f|membership|tom.reid@meadowbankcare.onmicrosoft.com' },
  { id: 23, title: 'Sam Okoro', email: 'sam.okoro@meadowbankcare.onmicrosoft.com', loginName: 'i:0#.f|membership|sam.okoro@meadowbankcare.onmicrosoft.com' }
];

const MEADOWBANK: CareService = {
  id: 4,
  etag: '"3"',
  name: 'Meadowbank House',
  serviceType: 'care-home',
  leaderIds: [21],
  staffIds: [],
  active: true
};

const CYCLES: Cycle[] = [
  {
    id: 12,
    etag: '"2"',
    title: 'Autumn 2025',
    serviceId: 4,
    packId: 'wpq-default',
    packVersion: '1.0.0',
    phase: 'closed',
    startDate: '2025-09-01',
    endDate: '2025-11-30',
    minimumGroupSize: null,
    publishedAt: '2025-10-15T09:00:00Z',
    summary: null
  },
  {
    id: 15,
    etag: '"1"',
    title: 'Spring 2026',
    serviceId: 4,
    packId: 'wpq-default',
    packVersion: '1.0.0',
    phase: 'plan',
    startDate: '2026-03-01',
    endDate: '2026-05-31',
    minimumGroupSize: 6,
    publishedAt: null,
    summary: null
  }
];

const PACKS: StoredPackSummary[] = [
  { id: 'wpq-default', version: '1.0.0', title: 'WPQ default model pack', contentHash: 'a', usedByCycle: true, active: false, builtIn: true },
  { id: 'wpq-default', version: '1.1.0', title: 'WPQ default model pack', contentHash: 'b', usedByCycle: false, active: true, builtIn: false, importedOn: '2026-01-10T10:00:00Z' }
];

function byIds(ids: number[]): Promise<SitePerson[]> {
  return Promise.resolve(PEOPLE.filter((p) => ids.includes(p.id)));
}

function renderScreen(data: NonNullable<Parameters<typeof fakeServices>[0]>['data'] = {}) {
  const address = memoryAddress('service/4');
  const services = fakeServices({
    data: {
      careServices: { list: jest.fn(async () => ({ data: [MEADOWBANK], warnings: [] })), ...data.careServices },
      people: { getByIds: jest.fn(byIds), ...data.people },
      cycles: { listForService: jest.fn(async () => ({ data: CYCLES, warnings: [] })), ...data.cycles },
      packs: { list: jest.fn(async () => PACKS), ...data.packs },
      settings: { readDefaults: jest.fn(async () => ({ minimumGroupSize: 5 })), ...data.settings }
    }
  });
  const view = renderInApp(
    <main>
      <ServiceScreen />
    </main>,
    testHost(),
    services,
    { address }
  );
  return { ...view, services, address };
}

async function details(): Promise<HTMLElement> {
  return screen.findByRole('region', { name: 'Details' });
}

describe('Service screen', () => {
  it("shows the service's details with its people by name, and its cycles latest first", async () => {
    const { container } = renderScreen();
    const form = await details();
    expect(screen.getByRole('heading', { level: 1, name: 'Meadowbank House' })).toBeInTheDocument();
    expect(within(form).getByRole('textbox', { name: /Name of the service/ })).toHaveValue('Meadowbank House');
    expect(within(form).getByRole('combobox', { name: 'Type of service' })).toHaveValue('care-home');
    expect(within(form).getByRole('button', { name: 'Remove Rita Patel' })).toBeInTheDocument();
    expect(within(form).getByText('Nobody is chosen, so everyone who can open this site is asked to answer the staff pulse.')).toBeInTheDocument();

    const cycles = screen.getByRole('region', { name: 'Cycles' });
    const items = await within(cycles).findAllByRole('listitem');
    expect(items.map((i) => within(i).getByRole('link').textContent)).toEqual(['Spring 2026', 'Autumn 2025']);
    expect(items[0]).toHaveTextContent('Phase: Plan · 1 March 2026 to 31 May 2026 · Results not published yet');
    expect(items[1]).toHaveTextContent('Phase: Closed · 1 September 2025 to 30 November 2025 · Results published 15 October 2025');
    expect(within(items[0]).getByRole('link')).toHaveAttribute('href', expect.stringContaining('wpq=cycle%2F-%2F15'));
    await screen.findByRole('textbox', { name: /Name of the cycle/ });
    await expectNoAxeViolations(container);
  });

  it('saves only the changed fields with the ETag it read', async () => {
    const update = jest.fn(async (_id: number, changes: Partial<CareService>) => ({ ...MEADOWBANK, ...changes, etag: '"4"' }));
    renderScreen({ careServices: { update } });
    const form = await details();
    const user = userEvent.setup();
    const name = within(form).getByRole('textbox', { name: /Name of the service/ });
    await user.clear(name);
    await user.type(name, 'Meadowbank Care Home');
    expect(within(form).getByText('You have changes that are not saved yet.')).toBeInTheDocument();
    await user.click(within(form).getByRole('button', { name: 'Save changes' }));
    expect(await within(form).findByText('Your changes were saved.')).toBeInTheDocument();
    expect(update).toHaveBeenCalledWith(4, { name: 'Meadowbank Care Home' }, '"3"');

    // The next save goes with the new ETag.
    await user.click(within(form).getByRole('button', { name: 'Remove Rita Patel' }));
    await user.click(within(form).getByRole('button', { name: 'Save changes' }));
    await waitFor(() => expect(update).toHaveBeenCalledTimes(2));
    expect(update).toHaveBeenLastCalledWith(4, { leaderIds: [] }, '"4"');
  });

  it('shows both versions field by field after a conflict and saves what the manager chose', async () => {
    const theirs: CareService = { ...MEADOWBANK, etag: '"5"', name: 'Meadowbank Nursing Home', serviceType: 'care-home-nursing', leaderIds: [21, 23] };
    const update = jest
      .fn()
      .mockImplementationOnce((id: number, changes: Partial<CareService>) => Promise.reject(new ConflictError<CareService>({ ...theirs, ...changes }, theirs, { status: 412 })))
      .mockImplementationOnce(async (_id: number, changes: Partial<CareService>) => ({ ...theirs, ...changes, etag: '"6"' }));
    const { container } = renderScreen({ careServices: { update } });
    const form = await details();
    const user = userEvent.setup();
    const name = within(form).getByRole('textbox', { name: /Name of the service/ });
    await user.clear(name);
    await user.type(name, 'Meadowbank House East');
    await user.selectOptions(within(form).getByRole('combobox', { name: 'Type of service' }), 'Day service');
    await user.click(within(form).getByRole('button', { name: 'Remove Rita Patel' }));
    await user.click(within(form).getByRole('button', { name: 'Save changes' }));

    const conflict = form;
    expect(await within(form).findByRole('group', { name: 'Someone else changed this service' })).toHaveTextContent(/Nothing you entered has been lost/);
    const nameChoice = within(conflict).getByRole('radiogroup', { name: 'Which Name of the service to keep' });
    expect(within(nameChoice).getByRole('radio', { name: 'Keep yours: Meadowbank House East' })).toBeChecked();
    expect(within(nameChoice).getByRole('radio', { name: 'Keep theirs: Meadowbank Nursing Home' })).not.toBeChecked();
    const typeChoice = within(conflict).getByRole('radiogroup', { name: 'Which Type of service to keep' });
    expect(within(typeChoice).getByRole('radio', { name: 'Keep yours: Day service' })).toBeChecked();
    expect(within(typeChoice).getByRole('radio', { name: 'Keep theirs: Care home with nursing' })).toBeInTheDocument();
    // Their new leader is named, read from the site's users.
    const leaderChoice = await within(conflict).findByRole('radiogroup', { name: 'Which Leaders to keep' });
    expect(within(leaderChoice).getByRole('radio', { name: 'Keep yours: Nobody' })).toBeInTheDocument();
    expect(within(leaderChoice).getByRole('radio', { name: 'Keep theirs: Rita Patel, Sam Okoro' })).toBeInTheDocument();
    // What the manager typed is still in the form, and cannot be saved over theirs until they choose.
    expect(name).toHaveValue('Meadowbank House East');
    expect(within(form).getByRole('button', { name: 'Save changes' })).toBeDisabled();
    await expectNoAxeViolations(container);

    await user.click(within(nameChoice).getByRole('radio', { name: 'Keep theirs: Meadowbank Nursing Home' }));
    await user.click(within(leaderChoice).getByRole('radio', { name: 'Keep theirs: Rita Patel, Sam Okoro' }));
    await user.click(within(conflict).getByRole('button', { name: 'Save my choices' }));
    expect(await within(form).findByText('Your choices were saved.')).toBeInTheDocument();
    expect(update).toHaveBeenLastCalledWith(4, { serviceType: 'day-service' }, '"5"');
    expect(name).toHaveValue('Meadowbank Nursing Home');
    expect(within(form).getByRole('combobox', { name: 'Type of service' })).toHaveValue('day-service');
    expect(within(form).getByRole('button', { name: 'Remove Rita Patel' })).toBeInTheDocument();
    expect(within(form).getByRole('button', { name: 'Remove Sam Okoro' })).toBeInTheDocument();
    expect(within(form).queryByRole('group', { name: 'Someone else changed this service' })).toBeNull();
    expect(within(form).queryByText('You have changes that are not saved yet.')).toBeNull();
    await expectNoAxeViolations(container);
  });

  it('archives the service after a confirmation', async () => {
    const update = jest.fn(async (_id: number, changes: Partial<CareService>) => ({ ...MEADOWBANK, ...changes, etag: '"4"' }));
    renderScreen({ careServices: { update } });
    await details();
    const user = userEvent.setup();
    await user.click(screen.getByRole('button', { name: 'Archive this service' }));
    const dialog = await screen.findByRole('alertdialog', { name: 'Archive "Meadowbank House"?' });
    expect(within(dialog).getByText(/Its cycles, answers and results are kept/)).toBeInTheDocument();
    await expectNoAxeViolations(dialog);
    await user.click(within(dialog).getByRole('button', { name: 'Archive this service' }));
    await waitFor(() => expect(screen.queryByRole('alertdialog')).toBeNull());
    expect(await screen.findByText('The service is archived.')).toBeInTheDocument();
    expect(update).toHaveBeenCalledWith(4, { active: false }, '"3"');
    expect(screen.getByText('This service is archived. Its cycles and results are kept. Restore it to start a new cycle.')).toBeInTheDocument();
    // Focus goes back to the button, which now restores the service.
    await waitFor(() => expect(screen.getByRole('button', { name: 'Restore this service' })).toHaveFocus(), { timeout: 5000 });
  });

  it('refuses a minimum group size below 5 with the reason, then starts the cycle and opens it', async () => {
    const add = jest.fn(async () => ({ ...CYCLES[1], id: 31, title: 'Summer 2026', phase: 'analyse' as const }));
    const { container, address } = renderScreen({ cycles: { add } });
    const start = await screen.findByRole('region', { name: 'Start a cycle' });
    const user = userEvent.setup();
    await user.type(await within(start).findByRole('textbox', { name: /Name of the cycle/ }), 'Summer 2026');
    const pack = within(start).getByRole('combobox', { name: /Model pack/ });
    expect(pack).toHaveValue('wpq-default@1.1.0');
    expect(within(pack).getAllByRole('option').map((o) => o.textContent)).toEqual([
      'WPQ default model pack, version 1.0.0',
      'WPQ default model pack, version 1.1.0 (used for new cycles)'
    ]);
    await user.type(within(start).getByLabelText(/^Start date/), '2026-06-01');
    await user.type(within(start).getByLabelText(/^End date/), '2026-05-01');
    expect(within(start).getByText('The end date must be after the start date.')).toBeInTheDocument();
    await user.clear(within(start).getByLabelText(/^End date/));
    await user.type(within(start).getByLabelText(/^End date/), '2026-08-31');
    expect(within(start).queryByText('The end date must be after the start date.')).toBeNull();

    const minimum = within(start).getByRole('textbox', { name: /Minimum group size/ });
    expect(minimum).toHaveValue('5');
    await user.clear(minimum);
    await user.type(minimum, '4');
    const message = 'The minimum group size cannot be lower than 5, so that nobody can be picked out from the staff results.';
    expect(within(start).getByText(message)).toBeInTheDocument();
    expect(minimum).toHaveAttribute('aria-invalid', 'true');
    await user.click(within(start).getByRole('button', { name: 'Start the cycle' }));
    expect(add).not.toHaveBeenCalled();
    expect(within(start).getByText('There is 1 problem to fix before this can be saved:')).toBeInTheDocument();
    await expectNoAxeViolations(container);

    await user.clear(minimum);
    await user.type(minimum, '6');
    await user.click(within(start).getByRole('button', { name: 'Start the cycle' }));
    await waitFor(() => expect(add).toHaveBeenCalledTimes(1));
    expect(add).toHaveBeenCalledWith({
      title: 'Summer 2026',
      serviceId: 4,
      packId: 'wpq-default',
      packVersion: '1.1.0',
      startDate: '2026-06-01',
      endDate: '2026-08-31',
      minimumGroupSize: 6
    });
    await waitFor(() => expect(address.read()).toBe('cycle/-/31'));
  });
});
