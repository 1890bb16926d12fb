import * as React from 'react';
import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import type { CareService, Cycle, SitePerson } from '../../../src/data/types';
import { CopyLink } from '../../../src/ui/shared/links/CopyLink';
import { Reminders } from '../../../src/ui/cycle/Reminders';
import { routeInTeamsLink } from '../../../src/ui/shared/links/links';
import { TEAMS_APP_ID } from '../../../src/hosts/teamsApp';
import { expectNoAxeViolations } from '../../support/axe';
import { fakeServices } from '../../support/fakeServices';
import { fakeBrowserLayout } from '../../support/jsdomLayout';
import { renderInApp, testHost } from '../../support/renderInApp';

jest.setTimeout(60000);
fakeBrowserLayout();

describe('Copy link', () => {
  it("copies the page's address with the route on a SharePoint page and says so to screen readers", async () => {
    const user = userEvent.setup();
    const { container } = renderInApp(<CopyLink to={{ screen: 'results', cycleId: 12 }} />, testHost(), fakeServices(), { route: 'results/-/12' });
    await user.click(screen.getByRole('button', { name: 'Copy link' }));
    expect(await screen.findByRole('status')).toHaveTextContent('Link copied');
    const copied = await navigator.clipboard.readText();
    expect(new URL(copied).searchParams.get('wpq')).toBe('results/-/12');
    await expectNoAxeViolations(container);
  });

  it('copies a Teams deep link to the tab in Teams, with the route as its sub-page id', async () => {
    const user = userEvent.setup();
    const host = testHost({
      hostKind: 'teams-channel-tab',
      theme: 'teams-light',
      teams: { appId: TEAMS_APP_ID, entityId: 'tab-7', channelId: '19:c@thread.tacv2', label: 'WPQ' }
    });
    renderInApp(<CopyLink to={{ screen: 'survey', cycleId: 3 }} />, host, fakeServices(), { route: 'survey/-/3' });
    await user.click(screen.getByRole('button', { name: 'Copy link' }));
    await screen.findByText('Link copied');
    const copied = await navigator.clipboard.readText();
    expect(copied.startsWith(`https://teams.microsoft.com/l/entity/${TEAMS_APP_ID}/tab-7?`)).toBe(true);
    expect(routeInTeamsLink(copied)).toBe('survey/-/3');
  });

  it('shows the link to copy by hand when the browser refuses the clipboard', async () => {
    const user = userEvent.setup();
    jest.spyOn(navigator.clipboard, 'writeText').mockRejectedValueOnce(new Error('Not allowed'));
    const { container } = renderInApp(<CopyLink to={{ screen: 'cycle', cycleId: 4 }} />, testHost(), fakeServices(), { route: 'cycle/-/4' });
    await user.click(screen.getByRole('button', { name: 'Copy link' }));
    const field = await screen.findByRole('textbox', { name: 'Link to this screen' });
    expect(new URL((field as HTMLInputElement).value).searchParams.get('wpq')).toBe('cycle/-/4');
    expect(screen.getByRole('status')).toHaveTextContent('');
    await expectNoAxeViolations(container);
  });
});

const SERVICE: CareService = { id: 4, etag: '"3"', name: 'Meadowbank House', serviceType: 'care-home', leaderIds: [21], staffIds: [31, 32], active: true };
const CYCLE: Cycle = {
  id: 12,
  etag: '"2"',
  title: 'Spring 2026',
  serviceId: 4,
  packId: 'wpq-default',
  packVersion: '1.0.0',
  phase: 'analyse',
  startDate: '2026-03-01',
  endDate: '2026-05-31',
  minimumGroupSize: null,
  publishedAt: null,
  summary: null
};
const STAFF: SitePerson[] = [
  { id: 31, title: 'Tom Baxter', email: 'tom@meadowbank.example', loginName: 'i:0#.f|membership|tom@meadowbank.example' },
  { id: 32, title: 'Ewa Nowak', email: 'ewa@meadowbank.example', loginName: 'i:0#.f|membership|ewa@meadowbank.example' }
];

describe('reminders on the cycle screen', () => {
  it('offers Share to Teams and Email with one message that names nobody, the invited staff as blind copies', async () => {
    const services = fakeServices({ data: { people: { getByIds: jest.fn(() => Promise.resolve(STAFF)) } } });
    const { container } = renderInApp(<Reminders cycle={CYCLE} service={SERVICE} serviceName="Meadowbank House" />, testHost(), services, { route: 'cycle/-/12' });
    const email = screen.getByRole('link', { name: 'Email' });
    await waitFor(() => expect(email.getAttribute('href')).toContain('bcc='));
    const params = new URLSearchParams((email.getAttribute('href') as string).slice('mailto:?'.length));
    expect(params.get('bcc')).toBe('tom@meadowbank.example,ewa@meadowbank.example');
    expect(params.get('subject')).toBe('Reminder: staff survey for Meadowbank House');
    const body = params.get('body') as string;
    expect(body).toContain('open until 31 May 2026');
    expect(new URL(body.split('\n').pop() as string).searchParams.get('wpq')).toBe('survey/-/12');
    for (const person of STAFF) expect(body).not.toContain(person.title);

    const share = screen.getByRole('link', { name: 'Share to Teams (opens in a new window)' });
    const shareUrl = new URL(share.getAttribute('href') as string);
    expect(`${shareUrl.origin}${shareUrl.pathname}`).toBe('https://teams.microsoft.com/share');
    expect(new URL(shareUrl.searchParams.get('href') as string).searchParams.get('wpq')).toBe('survey/-/12');
    expect(share).toHaveAttribute('target', '_blank');
    expect(share).toHaveAttribute('rel', 'noopener noreferrer');
    await expectNoAxeViolations(container);
  });

  it("uses Teams' own share window inside Teams, with the Teams deep link to the survey", async () => {
    const user = userEvent.setup();
    const shareToTeams = jest.fn(() => Promise.resolve());
    const host = testHost({ hostKind: 'teams-channel-tab', theme: 'teams-dark', teams: { appId: TEAMS_APP_ID, entityId: 'tab-7', channelId: '19:c@thread.tacv2' }, shareToTeams });
    renderInApp(<Reminders cycle={CYCLE} service={{ ...SERVICE, staffIds: [] }} serviceName="Meadowbank House" />, host, fakeServices(), { route: 'cycle/-/12' });
    expect(screen.getByText('The service asks everyone on the site, so add the recipients yourself.')).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Share to Teams' }));
    expect(shareToTeams).toHaveBeenCalledTimes(1);
    const [[shared]] = shareToTeams.mock.calls as unknown as Array<[{ url: string; message: string }]>;
    expect(routeInTeamsLink(shared.url)).toBe('survey/-/12');
    expect(shared.message).toContain('Meadowbank House');
  });

  it('offers no reminder once the survey phase is over', () => {
    renderInApp(<Reminders cycle={{ ...CYCLE, phase: 'plan' }} service={SERVICE} serviceName="Meadowbank House" />, testHost(), fakeServices(), { route: 'cycle/-/12' });
    expect(screen.getByText('Reminders are for the Analyse phase, while the staff survey is open.')).toBeInTheDocument();
    expect(screen.queryByRole('link', { name: 'Email' })).toBeNull();
    expect(within(document.body).queryByRole('button', { name: 'Share to Teams' })).toBeNull();
  });
});
