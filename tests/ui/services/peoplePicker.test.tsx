import * as React from 'react';
import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { NetworkError, NotFoundError } from '../../../src/data/errors';
import type { PersonSuggestion, SitePerson } from '../../../src/data/types';
import { PeoplePicker } from '../../../src/ui/shared/people/PeoplePicker';
import { expectNoAxeViolations } from '../../support/axe';
import { fakeServices } from '../../support/fakeServices';
import { fakeBrowserLayout } from '../../support/jsdomLayout';
import { renderInApp, testHost } from '../../support/renderInApp';

// The machine running the tests is shared; Fluent's picker and axe need room.
jest.setTimeout(120000);
fakeBrowserLayout();

const RITA: PersonSuggestion = {
  loginName: 'i:0#.f|membership|rita.patel@meadowbankcare.onmicrosoft.com',
  title: 'Rita Patel',
  email: 'rita.patel@meadowbankcare.onmicrosoft.com',
  jobTitle: 'Registered manager',
  department: null
};
const RICHARD: PersonSuggestion = {
  loginName: 'i:0#.f|membership|richard.obi@meadowbankcare.onmicrosoft.com',
  title: 'Richard Obi',
  email: 'richard.obi@meadowbankcare.onmicrosoft.com',
  jobTitle: null,
  department: null
};
const SITE_IDS: Record<string, number> = { [RITA.loginName]: 21, [RICHARD.loginName]: 22 };

function sitePerson(s: PersonSuggestion): SitePerson {
  return { id: SITE_IDS[s.loginName], title: s.title, email: s.email, loginName: s.loginName };
}

/** A form with one picker, showing the chosen site user ids as the screens would save them. */
function Harness(props: { initial?: SitePerson[] }): React.ReactElement {
  const [people, setPeople] = React.useState<SitePerson[]>(props.initial ?? []);
  return (
    <main>
      <PeoplePicker label="Leaders" value={people} onChange={setPeople} />
      <p data-testid="chosen">{people.map((p) => p.id).join(',')}</p>
    </main>
  );
}

function peopleServices(search: jest.Mock, ensure: jest.Mock = jest.fn(async (login: string) => sitePerson(login === RITA.loginName ? RITA : RICHARD))) {
  return { services: fakeServices({ data: { people: { search, ensure } } }), search, ensure };
}

describe('People picker', () => {
  it('searches after two letters, shows "Searching…", and adds the person chosen with the keyboard as a site user', async () => {
    const { services, search, ensure } = peopleServices(jest.fn(async () => [RITA, RICHARD]));
    const { container } = renderInApp(<Harness />, testHost(), services);
    const user = userEvent.setup();
    const input = screen.getByRole('combobox', { name: 'Leaders' });
    expect(screen.getByText('Type at least two letters of a name or e-mail address.')).toBeInTheDocument();
    await expectNoAxeViolations(container);

    await user.click(input);
    await user.keyboard('r');
    await new Promise((resolve) => setTimeout(resolve, 400));
    expect(search).not.toHaveBeenCalled();

    await user.keyboard('i');
    expect(screen.getByRole('status')).toHaveTextContent('Searching…');
    const rita = await screen.findByRole('option', { name: /Rita Patel/ });
    expect(search).toHaveBeenCalledTimes(1);
    expect(search).toHaveBeenCalledWith('ri', { limit: undefined });
    expect(rita).toHaveTextContent('Registered manager');
    await expectNoAxeViolations(document.body);

    await user.keyboard('{ArrowDown}');
    expect(input).toHaveAttribute('aria-activedescendant', screen.getByRole('option', { name: /Richard Obi/ }).id);
    await user.keyboard('{Enter}');
    await waitFor(() => expect(screen.getByTestId('chosen')).toHaveTextContent('22'));
    expect(ensure).toHaveBeenCalledWith(RICHARD.loginName);
    expect(screen.getByRole('button', { name: 'Remove Richard Obi' })).toBeInTheDocument();
    expect(screen.getByRole('status')).toHaveTextContent('Richard Obi added.');
    expect(input).toHaveValue('');
    await expectNoAxeViolations(container);
  });

  it('removes a chosen person from the keyboard with their labelled button', async () => {
    const { services } = peopleServices(jest.fn(async () => []));
    renderInApp(<Harness initial={[sitePerson(RITA), sitePerson(RICHARD)]} />, testHost(), services);
    const user = userEvent.setup();
    const group = screen.getByRole('group', { name: 'Chosen for Leaders' });
    expect(within(group).getAllByRole('button').map((b) => b.getAttribute('aria-label'))).toEqual(['Remove Rita Patel', 'Remove Richard Obi']);

    await user.click(screen.getByRole('combobox', { name: 'Leaders' }));
    await user.keyboard('{Shift>}{Tab}{/Shift}');
    const focused = document.activeElement as HTMLElement;
    expect(focused.getAttribute('aria-label')).toMatch(/^Remove /);
    const removed = focused.getAttribute('aria-label') === 'Remove Rita Patel' ? '22' : '21';
    await user.keyboard('{Delete}');
    await waitFor(() => expect(screen.getByTestId('chosen')).toHaveTextContent(removed));
    expect(screen.getByRole('status')).toHaveTextContent(/removed\.$/);

    // Focus stays among the chosen people, on the one left, which Enter removes too.
    expect(document.activeElement).toHaveAttribute('aria-label', `Remove ${removed === '22' ? 'Richard Obi' : 'Rita Patel'}`);
    await user.keyboard('{Enter}');
    await waitFor(() => expect(screen.getByTestId('chosen')).toHaveTextContent(/^$/));
    // With nobody left, focus goes back to the search box.
    expect(screen.getByRole('combobox', { name: 'Leaders' })).toHaveFocus();
  });

  it('says when nobody matches, and leaves out people already chosen', async () => {
    const { services } = peopleServices(jest.fn(async () => [RITA]));
    renderInApp(<Harness initial={[sitePerson(RITA)]} />, testHost(), services);
    const user = userEvent.setup();
    await user.click(screen.getByRole('combobox', { name: 'Leaders' }));
    await user.keyboard('rita');
    expect(await screen.findByText('Nobody matches "rita".')).toBeInTheDocument();
    expect(screen.queryByRole('option')).toBeNull();
  });

  it('shows why the search failed', async () => {
    const { services } = peopleServices(jest.fn(() => Promise.reject(new NetworkError())));
    const { container } = renderInApp(<Harness />, testHost(), services);
    const user = userEvent.setup();
    await user.click(screen.getByRole('combobox', { name: 'Leaders' }));
    await user.keyboard('ri');
    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent('People search is not available: We could not reach SharePoint. Check your connection and try again.');
    await expectNoAxeViolations(container);
  });

  it('says so when the chosen person cannot be added to the site, and adds nobody', async () => {
    const { services } = peopleServices(
      jest.fn(async () => [RITA]),
      jest.fn(() => Promise.reject(new NotFoundError('This person could not be found.')))
    );
    renderInApp(<Harness />, testHost(), services);
    const user = userEvent.setup();
    await user.click(screen.getByRole('combobox', { name: 'Leaders' }));
    await user.keyboard('ri');
    await screen.findByRole('option', { name: /Rita Patel/ });
    await user.keyboard('{Enter}');
    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent("Rita Patel could not be found in your organisation's directory, so they were not added.");
    expect(screen.getByTestId('chosen')).toHaveTextContent(/^$/);
  });
});
