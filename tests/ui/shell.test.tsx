import * as React from 'react';
import { act, render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { App } from '../../src/ui/App';
import type { SetupStatus } from '../../src/data/provisioning';
import { NotSetUpError } from '../../src/data/errors';
import { defaultPack } from '../../src/model';
import { fakeServices } from '../support/fakeServices';
import { expectNoAxeViolations } from '../support/axe';
import { testHost } from '../support/renderInApp';

const host = testHost({ hostKind: 'teams-channel-tab', theme: 'teams-dark' });

const upToDate: SetupStatus = { canManage: true, installedVersion: 2, currentVersion: 2, missingLists: [], upToDate: true };
const notSetUp: SetupStatus = { canManage: false, installedVersion: null, currentVersion: 2, missingLists: ['WPQ Services'], upToDate: false };
const olderSchema: SetupStatus = { canManage: true, installedVersion: 1, currentVersion: 2, missingLists: [], upToDate: false };

const allSections = ['Overview', 'The model', 'Set up this site', 'Data views'];

/** The sections offered in the navigation, by their accessible names. */
function sections(): string[] {
  const nav = screen.getByRole('navigation', { name: 'WPQ sections' });
  return allSections.filter((name) => within(nav).queryByRole('tab', { name }) !== null);
}

describe('the app shell', () => {
  it('shows a manager the site, their access, the set-up state and every section, with no axe violations', async () => {
    const services = fakeServices({ data: { setup: { check: jest.fn(() => Promise.resolve(upToDate)) } } });
    const { container } = render(<App host={host} services={services} />);
    expect(await screen.findByText('Meadowbank Care')).toBeInTheDocument();
    expect(screen.getByRole('heading', { level: 1, name: 'Workforce productivity' })).toBeInTheDocument();
    expect(screen.getByText(/Teams channel tab/)).toBeInTheDocument();
    expect(screen.getByText('You can set up this site and manage its lists.')).toBeInTheDocument();
    expect(await screen.findByText('This site is set up for WPQ (list schema version 2).')).toBeInTheDocument();
    expect(sections()).toEqual(['Overview', 'The model', 'Set up this site']);
    await expectNoAxeViolations(container);
  });

  it('tells a care worker on a site that is not set up who can set it up, and offers no set-up', async () => {
    const services = fakeServices({
      summary: { access: 'contribute', user: { id: 12, title: 'Tom Baxter', email: 'tom@example.com' } },
      data: { setup: { check: jest.fn(() => Promise.resolve(notSetUp)) } }
    });
    const { container } = render(<App host={host} services={services} />);
    expect(await screen.findByText('WPQ has not been set up on this site yet.')).toBeInTheDocument();
    expect(screen.getByText(/Only the site owners can set it up/)).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Go to set-up' })).toBeNull();
    expect(sections()).toEqual(['Overview', 'The model']);
    await expectNoAxeViolations(container);
  });

  it('offers a manager the upgrade of an older schema and takes them to set-up', async () => {
    const check = jest.fn(() => Promise.resolve(olderSchema));
    render(<App host={host} services={fakeServices({ data: { setup: { check } } })} />);
    expect(await screen.findByText(/set up with an older version of WPQ \(list schema version 1\)/)).toBeInTheDocument();
    await act(async () => {
      await userEvent.click(screen.getByRole('button', { name: 'Go to set-up' }));
    });
    expect(await screen.findByRole('heading', { level: 1, name: 'Set up this site' })).toBeInTheDocument();
    expect(screen.getByRole('tab', { name: 'Set up this site', selected: true })).toBeInTheDocument();
  });

  it('tells a manager when list settings were changed by hand, rather than calling it an upgrade', async () => {
    const repair: SetupStatus = { ...upToDate, upToDate: false, listsWithWrongSecurity: ['WPQ Responses'] };
    render(<App host={host} services={fakeServices({ data: { setup: { check: jest.fn(() => Promise.resolve(repair)) } } })} />);
    expect(await screen.findByText(/list settings on this site were changed by hand/)).toBeInTheDocument();
    expect(screen.queryByText(/older version/)).toBeNull();
    expect(screen.getByRole('button', { name: 'Go to set-up' })).toBeInTheDocument();
  });

  it('shows the default model pack on a site that is not set up yet', async () => {
    const services = fakeServices({
      summary: { access: 'read' },
      data: {
        setup: { check: jest.fn(() => Promise.resolve(notSetUp)) },
        settings: { readActivePack: jest.fn(() => Promise.reject(new NotSetUpError('WPQ is not set up on this site.'))) }
      }
    });
    render(<App host={host} services={services} />);
    const modelTab = await screen.findByRole('tab', { name: 'The model' });
    await act(async () => {
      await userEvent.click(modelTab);
    });
    expect(await screen.findByText(defaultPack.title)).toBeInTheDocument();
    // Readers see the model but not the pack management that only site owners may use.
    expect(screen.queryByRole('heading', { name: 'Manage model packs' })).toBeNull();
  });

  it('explains a failure to read the site and reads it again when asked', async () => {
    const services = fakeServices({ fail: new Error('HTTP 503 Service Unavailable') });
    render(<App host={host} services={services} />);
    expect(await screen.findByText(/We could not read this site from SharePoint: HTTP 503/)).toBeInTheDocument();
    await act(async () => {
      await userEvent.click(screen.getByRole('button', { name: 'Try again' }));
    });
    expect(services.site.readSummary).toHaveBeenCalledTimes(2);
  });
});
