import * as React from 'react';
import { act, render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { App } from '../../src/ui/App';
import type { HostContext } from '../../src/hosts/HostContext';
import { fakeServices } from '../support/fakeServices';
import { expectNoAxeViolations } from '../support/axe';

const host: Omit<HostContext, 'sp'> = {
  hostKind: 'teams-channel-tab',
  siteUrl: 'https://contoso.sharepoint.com/sites/wpq',
  user: { displayName: 'Amara Okafor', email: 'amara@example.com', loginName: 'i:0#.f|membership|amara@example.com' },
  locale: 'en-GB',
  theme: 'teams-dark'
};

describe('Home screen', () => {
  it('shows the site, the person and what they may do, and passes axe', async () => {
    const { container } = render(<App host={host} services={fakeServices({ summary: { access: 'read' } })} />);
    expect(await screen.findByText('Meadowbank Care')).toBeInTheDocument();
    expect(screen.getByRole('heading', { level: 1, name: 'Workforce productivity' })).toBeInTheDocument();
    expect(screen.getByText(/Teams channel tab/)).toBeInTheDocument();
    expect(screen.getByText('You can read published results.')).toBeInTheDocument();
    await expectNoAxeViolations(container);
  });

  it('explains a failure and loads again when asked', async () => {
    const services = fakeServices({ fail: new Error('HTTP 503 Service Unavailable') });
    render(<App host={host} services={services} />);
    expect(await screen.findByText(/We could not read this site from SharePoint: HTTP 503/)).toBeInTheDocument();
    const retry = screen.getByRole('button', { name: 'Try again' });
    await act(async () => {
      await userEvent.click(retry);
    });
    expect(services.site.readSummary).toHaveBeenCalledTimes(2);
  });
});
