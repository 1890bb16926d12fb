import * as React from 'react';
import { act, render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { App } from '../../src/ui/App';
import type { SetupStatus } from '../../src/data/provisioning';
import { fakeServices } from '../support/fakeServices';
import { memoryAddress } from '../../src/ui/app/address';
import { testHost } from '../support/renderInApp';

// The sections (tabs and overview) load on demand; this makes their chunk fail to load while asked.
let mockSectionsOffline = false;
jest.mock('../../src/ui/Sections', () => {
  if (mockSectionsOffline) {
    throw new Error('Loading chunk wpq-sections failed.');
  }
  return jest.requireActual('../../src/ui/Sections');
});

const upToDate: SetupStatus = { canManage: true, installedVersion: 3, currentVersion: 3, missingLists: [], upToDate: true };

describe('the sections, which load on demand', () => {
  it('says when they could not be loaded, and loads them when asked to try again', async () => {
    mockSectionsOffline = true;
    // React reports the error the boundary caught; the test checks what the user sees instead.
    const reported = jest.spyOn(console, 'error').mockImplementation(() => undefined);
    const services = fakeServices({
      data: {
        setup: { check: jest.fn(() => Promise.resolve(upToDate)) },
        careServices: { list: jest.fn(() => Promise.resolve({ data: [], warnings: [] })) },
        myWork: { read: jest.fn(() => Promise.resolve({ data: { user: { id: 11, title: 'Amara Okafor' }, surveys: [], actions: [] }, warnings: [] })) }
      }
    });
    render(<App host={testHost()} services={services} address={memoryAddress(null)} />);
    expect(await screen.findByText('This section could not be loaded: Loading chunk wpq-sections failed.')).toBeInTheDocument();
    expect(screen.queryByRole('navigation', { name: 'WPQ sections' })).toBeNull();
    expect(reported).toHaveBeenCalled();
    reported.mockRestore();

    mockSectionsOffline = false;
    await act(async () => {
      await userEvent.click(screen.getByRole('button', { name: 'Try again' }));
    });
    expect(await screen.findByRole('navigation', { name: 'WPQ sections' })).toBeInTheDocument();
    expect(await screen.findByText('Meadowbank Care · SharePoint page')).toBeInTheDocument();
    // The site was read once: only the code was fetched again.
    expect(services.site.readSummary).toHaveBeenCalledTimes(1);
  });
});
