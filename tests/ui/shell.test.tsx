import * as React from 'react';
import { act, render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { App } from '../../src/ui/App';
import type { SetupStatus } from '../../src/data/provisioning';
import { NotSetUpError } from '../../src/data/errors';
import { defaultPack } from '../../src/model';
import { memoryAddress } from '../../src/ui/app/address';
import { fakeServices, type FakeServicesOptions } from '../support/fakeServices';
import { expectNoAxeViolations } from '../support/axe';
import { testHost } from '../support/renderInApp';

jest.setTimeout(60_000);

const host = testHost({ hostKind: 'teams-channel-tab', theme: 'teams-dark' });

const upToDate: SetupStatus = { canManage: true, installedVersion: 3, currentVersion: 3, missingLists: [], upToDate: true };
const olderSchema: SetupStatus = { canManage: true, installedVersion: 1, currentVersion: 3, missingLists: [], upToDate: false };

const allSections = ['Overview', 'My work', 'Services', 'Portfolio', 'The model', 'Set up this site', 'Data views'];

/** The sections offered in the navigation, by their accessible names. */
function sections(): string[] {
  const nav = screen.getByRole('navigation', { name: 'WPQ sections' });
  return allSections.filter((name) => within(nav).queryByRole('link', { name }) !== null);
}

/** A site with no services yet, as the overview reads it. */
function emptySite(options: FakeServicesOptions = {}): FakeServicesOptions {
  return {
    ...options,
    data: {
      careServices: { list: jest.fn(() => Promise.resolve({ data: [], warnings: [] })) },
      myWork: { read: jest.fn(() => Promise.resolve({ data: { user: { id: 11, title: 'Amara Okafor' }, surveys: [], actions: [] }, warnings: [] })) },
      settings: {
        readActivePack: jest.fn(() => Promise.resolve({ id: defaultPack.id, version: defaultPack.version })),
        readPack: jest.fn(() => Promise.resolve(defaultPack))
      },
      setup: { check: jest.fn(() => Promise.resolve(upToDate)) },
      ...options.data
    }
  };
}

function renderApp(options: FakeServicesOptions, route: string | null = null): ReturnType<typeof memoryAddress> {
  const address = memoryAddress(route);
  render(<App host={host} services={fakeServices(options)} address={address} />);
  return address;
}

describe('the app shell', () => {
  it('shows a manager the site, their access, the set-up state and every section, with no axe violations', async () => {
    const address = memoryAddress(null);
    const { container } = render(<App host={host} services={fakeServices(emptySite())} address={address} />);
    expect(await screen.findByText('You can set up this site and manage its lists.')).toBeInTheDocument();
    expect(screen.getByRole('heading', { level: 1, name: 'Workforce productivity' })).toBeInTheDocument();
    expect(screen.getByText(/Teams channel tab/)).toBeInTheDocument();
    expect(await screen.findByText('This site is set up for WPQ (list schema version 3).')).toBeInTheDocument();
    expect(sections()).toEqual(['Overview', 'My work', 'Services', 'Portfolio', 'The model', 'Set up this site']);
    await expectNoAxeViolations(container);
  });

  it('offers a care worker the overview, my work and the model, and tells them who can set up a site that is not', async () => {
    renderApp(
      emptySite({
        summary: { access: 'contribute', user: { id: 12, title: 'Tom Baxter', email: 'tom@example.com' } },
        data: { careServices: { list: jest.fn(() => Promise.reject(new NotSetUpError('WPQ is not set up on this site.'))) } }
      })
    );
    expect(await screen.findByText('WPQ has not been set up on this site yet.')).toBeInTheDocument();
    expect(screen.getByText(/Only the site owners can set it up/)).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Go to set-up' })).toBeNull();
    expect(sections()).toEqual(['Overview', 'My work', 'The model']);
  });

  it('offers a manager the upgrade of an older schema and takes them to set-up, with the address following', async () => {
    const address = renderApp(emptySite({ data: { setup: { check: jest.fn(() => Promise.resolve(olderSchema)) } } }));
    expect(await screen.findByText(/set up with an older version of WPQ \(list schema version 1\)/)).toBeInTheDocument();
    await act(async () => {
      await userEvent.click(screen.getByRole('button', { name: 'Go to set-up' }));
    });
    expect(await screen.findByRole('heading', { level: 1, name: 'Set up this site' })).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Set up this site', current: 'page' })).toBeInTheDocument();
    expect(address.read()).toBe('setup');
  });

  it('opens the screen the address names, and goes back with Back', async () => {
    const address = renderApp(emptySite({ summary: { access: 'read' } }), 'model');
    expect(await screen.findByText(defaultPack.title)).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'The model', current: 'page' })).toBeInTheDocument();
    await act(async () => {
      await userEvent.click(within(screen.getByRole('navigation', { name: 'WPQ sections' })).getByRole('link', { name: 'Overview' }));
    });
    expect(address.read()).toBe('overview');
    act(() => address.back());
    expect(await screen.findByRole('link', { name: 'The model', current: 'page' })).toBeInTheDocument();
  });

  it('says plainly when the address names no page, and offers the way back', async () => {
    const address = renderApp(emptySite(), 'survey/abc');
    expect(await screen.findByText('There is no such page')).toBeInTheDocument();
    expect(screen.getByText(/The address "survey\/abc" does not name a page of WPQ/)).toBeInTheDocument();
    await act(async () => {
      await userEvent.click(screen.getByRole('button', { name: 'Go to the overview' }));
    });
    expect(address.read()).toBe('overview');
  });

  it('tells a quality lead that set-up is not open to them, rather than showing it', async () => {
    renderApp(emptySite({ summary: { access: 'read' } }), 'setup');
    expect(await screen.findByText('This page is not open to you')).toBeInTheDocument();
    expect(screen.queryByRole('heading', { name: 'Set up this site' })).toBeNull();
    expect(sections()).toEqual(['Overview', 'Portfolio', 'The model']);
  });

  it('shows the default model pack on a site that is not set up yet', async () => {
    renderApp(
      emptySite({
        summary: { access: 'read' },
        data: { settings: { readActivePack: jest.fn(() => Promise.reject(new NotSetUpError('WPQ is not set up on this site.'))) } }
      }),
      'model'
    );
    expect(await screen.findByText(defaultPack.title)).toBeInTheDocument();
    // Readers see the model but not the pack management that only site owners may use.
    expect(screen.queryByRole('heading', { name: 'Manage model packs' })).toBeNull();
  });

  it('explains a failure to read the site and reads it again when asked', async () => {
    const services = fakeServices({ fail: new Error('HTTP 503 Service Unavailable') });
    render(<App host={host} services={services} address={memoryAddress(null)} />);
    expect(await screen.findByText(/We could not read this site from SharePoint: HTTP 503/)).toBeInTheDocument();
    await act(async () => {
      await userEvent.click(screen.getByRole('button', { name: 'Try again' }));
    });
    expect(services.site.readSummary).toHaveBeenCalledTimes(2);
  });
});
