import * as React from 'react';
import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import type { CareService, PersonSuggestion, SitePerson } from '../../../src/data/types';
import { ServerError } from '../../../src/data/errors';
import ServicesScreen from '../../../src/ui/services/ServicesScreen';
import { expectNoAxeViolations } from '../../support/axe';
import { fakeServices } from '../../support/fakeServices';
import { fakeBrowserLayout } from '../../support/jsdomLayout';
import { renderInApp, testHost } from '../../support/renderInApp';

jest.setTimeout(180000);
fakeBrowserLayout();

const service = (over: Partial<CareService>): CareService => ({
  id: 1,
  etag: '"1"',
  name: 'Meadowbank House',
  serviceType: 'care-home',
  leaderIds: [],
  staffIds: [],
  active: true,
  ...over
});

const SERVICES: CareService[] = [
  service({ id: 1, name: 'Meadowbank House', serviceType: 'care-home-nursing', leaderIds: [21, 22], staffIds: [] }),
  service({ id: 2, name: 'Riverside Home Care', serviceType: 'home-care', leaderIds: [23], staffIds: [31, 32, 33] }),
  service({ id: 3, name: 'Old Mill Day Centre', serviceType: null, leaderIds: [], staffIds: [34], active: false })
];

const RITA: PersonSuggestion = {
  loginName: 'i:0#.f|membership|rita.patel@meadowbankcare.onmicrosoft.com',
  title: 'Rita Patel',
  email: 'rita.patel@meadowbankcare.onmicrosoft.com',
  jobTitle: 'Registered manager',
  department: null
};
const RITA_SITE: SitePerson = { id: 21, title: RITA.title, email: RITA.email, loginName: RITA.loginName };

function renderScreen(data: NonNullable<Parameters<typeof fakeServices>[0]>['data']) {
  const services = fakeServices({ data });
  const view = renderInApp(
    <main>
      <ServicesScreen />
    </main>,
    testHost(),
    services,
    { route: 'services' }
  );
  return { ...view, services };
}

describe('Services screen', () => {
  it('lists the services in use with their type, leaders and staff, and folds the archived ones away', async () => {
    const { container } = renderScreen({ careServices: { list: jest.fn(async () => ({ data: SERVICES, warnings: [] })) } });
    expect(screen.getByRole('heading', { level: 1, name: 'Services' })).toBeInTheDocument();
    const inUse = await screen.findByRole('region', { name: 'Services in use' });
    const items = within(inUse).getAllByRole('listitem');
    expect(items.map((i) => i.textContent)).toEqual([
      'Meadowbank HouseCare home with nursing · 2 leaders · Everyone who can open the site is asked · In use',
      'Riverside Home CareHome care · 1 leader · 3 staff asked · In use'
    ]);
    expect(within(items[0]).getByRole('link', { name: 'Meadowbank House' })).toHaveAttribute('href', expect.stringContaining('wpq=service%2F1'));
    // Archived services are there, but folded away until asked for.
    const archived = within(inUse).getByRole('button', { name: 'Archived services (1)' });
    expect(archived).toHaveAttribute('aria-expanded', 'false');
    expect(screen.queryByRole('link', { name: 'Old Mill Day Centre' })).toBeNull();
    await expectNoAxeViolations(container);

    await userEvent.setup().click(archived);
    expect(screen.getByRole('link', { name: 'Old Mill Day Centre' })).toBeInTheDocument();
    expect(screen.getByText('Type not set · No leaders yet · 1 member of staff asked · Archived')).toBeInTheDocument();
    await expectNoAxeViolations(container);
  });

  it('adds a service with its type and a leader chosen with the keyboard in the people picker', async () => {
    const add = jest.fn(async (input: Omit<CareService, 'id' | 'etag'>) => ({ ...input, id: 9, etag: '"1"' }));
    const list = jest.fn(async () => ({ data: SERVICES, warnings: [] }));
    const { container } = renderScreen({
      careServices: { list, add },
      people: { search: jest.fn(async () => [RITA]), ensure: jest.fn(async () => RITA_SITE) }
    });
    await screen.findByRole('region', { name: 'Services in use' });
    const form = screen.getByRole('region', { name: 'Add a service' });
    const user = userEvent.setup();

    await user.click(within(form).getByRole('textbox', { name: /Name of the service/ }));
    await user.keyboard('Hillside Supported Living');
    await user.tab();
    await user.selectOptions(within(form).getByRole('combobox', { name: 'Type of service' }), 'Supported living');
    await user.tab();
    expect(within(form).getByRole('combobox', { name: /^Leaders/ })).toHaveFocus();
    await user.keyboard('ri');
    await screen.findByRole('option', { name: /Rita Patel/ });
    await user.keyboard('{Enter}');
    expect(await within(form).findByRole('button', { name: 'Remove Rita Patel' })).toBeInTheDocument();
    // Nobody chosen as staff: everyone is asked, and the form says so.
    expect(within(form).getByText('Nobody is chosen, so everyone who can open this site is asked to answer the staff pulse.')).toBeInTheDocument();
    await expectNoAxeViolations(container);

    await user.click(within(form).getByRole('button', { name: 'Add the service' }));
    await waitFor(() => expect(add).toHaveBeenCalledTimes(1));
    expect(add).toHaveBeenCalledWith({ name: 'Hillside Supported Living', serviceType: 'supported-living', leaderIds: [21], staffIds: [], active: true });
    expect(await screen.findByText('"Hillside Supported Living" was added.')).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Open "Hillside Supported Living"' })).toHaveAttribute('href', expect.stringContaining('wpq=service%2F9'));
    // The list is read again, and the form is empty for the next service.
    await waitFor(() => expect(list).toHaveBeenCalledTimes(2));
    expect(within(form).getByRole('textbox', { name: /Name of the service/ })).toHaveValue('');
    await expectNoAxeViolations(container);
  });

  it('refuses a service without a name and keeps what was typed when the save fails', async () => {
    const add = jest.fn(() => Promise.reject(new ServerError({ serverMessage: 'The list is locked.' })));
    const { container } = renderScreen({ careServices: { list: jest.fn(async () => ({ data: [], warnings: [] })), add } });
    expect(await screen.findByText('There are no services yet. Add the first one below.')).toBeInTheDocument();
    const form = screen.getByRole('region', { name: 'Add a service' });
    const user = userEvent.setup();

    await user.click(within(form).getByRole('button', { name: 'Add the service' }));
    expect(within(form).getByText('There is 1 problem to fix before this can be saved:')).toBeInTheDocument();
    const name = within(form).getByRole('textbox', { name: /Name of the service/ });
    await waitFor(() => expect(name).toHaveFocus());
    expect(name).toHaveAttribute('aria-invalid', 'true');
    expect(within(form).getAllByText('Enter the name of the service.')).toHaveLength(2);
    expect(add).not.toHaveBeenCalled();
    await expectNoAxeViolations(container);

    await user.keyboard('Hillside');
    expect(name).not.toHaveAttribute('aria-invalid', 'true');
    await user.click(within(form).getByRole('button', { name: 'Add the service' }));
    expect(await within(form).findByText('The service was not added.')).toBeInTheDocument();
    expect(within(form).getByText(/^Nothing you entered has been lost\. SharePoint could not do this/)).toBeInTheDocument();
    expect(name).toHaveValue('Hillside');
    await expectNoAxeViolations(container);
  });
});
