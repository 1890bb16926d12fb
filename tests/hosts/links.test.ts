import { mailtoLink, routeInTeamsLink, teamsDeepLink, teamsShareUrl } from '../../src/ui/shared/links/links';
import { reminderText } from '../../src/ui/cycle/Reminders';
import { enGBLinks } from '../../src/loc/links';
import { TEAMS_APP_ID } from '../../src/hosts/teamsApp';

describe('links that leave WPQ', () => {
  it('makes a Teams deep link to a channel tab whose context carries the route and the channel', () => {
    const link = teamsDeepLink({ appId: TEAMS_APP_ID, entityId: 'tab 1', channelId: '19:abc@thread.tacv2', label: 'WPQ' }, 'results/-/12');
    const url = new URL(link);
    expect(`${url.origin}${url.pathname}`).toBe(`https://teams.microsoft.com/l/entity/${TEAMS_APP_ID}/tab%201`);
    expect(url.searchParams.get('label')).toBe('WPQ');
    expect(JSON.parse(url.searchParams.get('context') as string)).toEqual({ subEntityId: 'results/-/12', channelId: '19:abc@thread.tacv2' });
    expect(link).not.toContain('+');
    expect(routeInTeamsLink(link)).toBe('results/-/12');
  });

  it('makes a personal app link with the route alone in its context', () => {
    const link = teamsDeepLink({ appId: TEAMS_APP_ID, entityId: 'my-wpq' }, 'mywork');
    expect(new URL(link).pathname).toBe(`/l/entity/${TEAMS_APP_ID}/my-wpq`);
    expect(JSON.parse(new URL(link).searchParams.get('context') as string)).toEqual({ subEntityId: 'mywork' });
    expect(routeInTeamsLink('https://example.org/?context=not-json')).toBeNull();
  });

  it("makes Teams' share address with the link and the message", () => {
    const url = new URL(teamsShareUrl('https://contoso.sharepoint.com/sites/wpq/SitePages/WPQ.aspx?wpq=survey/-/3', 'Please answer & thank you'));
    expect(`${url.origin}${url.pathname}`).toBe('https://teams.microsoft.com/share');
    expect(url.searchParams.get('href')).toBe('https://contoso.sharepoint.com/sites/wpq/SitePages/WPQ.aspx?wpq=survey/-/3');
    expect(url.searchParams.get('msgText')).toBe('Please answer & thank you');
  });

  it('makes a mailto: link with subject, body and well-formed blind copies only', () => {
    const link = mailtoLink({ subject: 'Reminder: survey', body: 'Line one\n\nhttps://x.example/?wpq=survey/-/3', bcc: ['a@contoso.com', 'not an address', 'b@contoso.com'] });
    expect(link.startsWith('mailto:?')).toBe(true);
    const params = new URLSearchParams(link.slice('mailto:?'.length));
    expect(params.get('bcc')).toBe('a@contoso.com,b@contoso.com');
    expect(params.get('subject')).toBe('Reminder: survey');
    expect(params.get('body')).toBe('Line one\n\nhttps://x.example/?wpq=survey/-/3');
    expect(mailtoLink({ subject: 's', body: 'b' })).toBe('mailto:?subject=s&body=b');
  });

  it("writes one reminder for everyone: the service, the closing date and the link, and nobody's name", () => {
    const text = reminderText(enGBLinks, { service: 'Meadowbank House', end: '12 December 2026', link: 'https://x.example/?wpq=survey/-/3' });
    expect(text.subject).toBe('Reminder: staff survey for Meadowbank House');
    expect(text.message).toContain('open until 12 December 2026');
    expect(text.body.endsWith('https://x.example/?wpq=survey/-/3')).toBe(true);
    expect(reminderText(enGBLinks, { service: 'Meadowbank House', end: null, link: 'l' }).message).not.toContain('until');
  });
});
