import * as fs from 'fs';
import * as path from 'path';
import * as React from 'react';
import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { hostKindOf, LocalBar, userOptionLabel, type LocalServiceOption, type LocalUserOption } from '../../src/hosts/local/LocalBar';
import { enGBLocal } from '../../src/loc/local';
import { LOCAL_USERS } from '../../sharepoint/local-server/identity';
import { expectNoAxeViolations } from '../support/axe';

jest.setTimeout(60000);

/** The users as /local/config.json gives them to the page (sharepoint/tools/localHost.ts). */
const users: LocalUserOption[] = LOCAL_USERS.map(({ key, title, email, loginName, permissionLevel, part }) => ({
  key,
  title,
  email,
  loginName,
  permissionLevel,
  ...(part ? { part } : {})
}));

describe("the local trial's control bar", () => {
  it("names each user and their part in the trial from the page's own strings, and passes axe", async () => {
    const { container } = render(
      <LocalBar strings={enGBLocal} users={users} choice={{ userKey: 'manager', hostKind: 'sharepoint-page', theme: 'sharepoint-light' }} onChange={jest.fn()} />
    );
    const bar = screen.getByRole('complementary', { name: 'Local trial controls' });
    const people = within(bar).getByRole('combobox', { name: 'Acting as' });
    expect(within(people).getAllByRole('option').map((o) => o.textContent)).toEqual([
      'Amara Okafor, Registered manager (site owner)',
      'Imran Hussain, Deputy manager',
      'Tom Baxter, Care worker',
      'Ewa Nowak, Care worker',
      'Priya Sharma, Care worker',
      'Callum Fraser, Care worker',
      'Grace Adebayo, Care worker',
      'Dafydd Hughes, Care worker',
      'Aisha Rahman, Care worker',
      "Liam O'Connor, Care worker",
      'Jordan Reid, Local authority quality lead'
    ]);
    const looks = within(bar).getByRole('combobox', { name: 'Host look' });
    expect(within(looks).getAllByRole('option').map((o) => o.textContent)).toEqual([
      'SharePoint',
      'SharePoint dark',
      'Teams light',
      'Teams dark',
      'Teams high contrast'
    ]);
    expect(within(bar).getByText('Local trial: data is stored on this computer only.')).toBeInTheDocument();
    await expectNoAxeViolations(container);
  });

  it('fills the placeholders of a translation, and shows only the name for a permission level it has no words for', () => {
    const strings = { ...enGBLocal, localBarUserOption: '{role}: {name}' };
    const tom = users.find((u) => u.key === 'worker1') as LocalUserOption;
    expect(userOptionLabel(strings, tom)).toBe('Care worker: Tom Baxter');
    expect(userOptionLabel(strings, { ...tom, permissionLevel: 'Design' as LocalUserOption['permissionLevel'] })).toBe('Tom Baxter');
  });

  it('names the deputy by their part, not by their Contribute permission level', () => {
    const deputy = users.find((u) => u.key === 'deputy') as LocalUserOption;
    expect(deputy).toMatchObject({ permissionLevel: 'Contribute', part: 'deputy-manager' });
    expect(userOptionLabel(enGBLocal, deputy)).toBe('Imran Hussain, Deputy manager');
    expect(userOptionLabel(enGBLocal, { ...deputy, part: undefined })).toBe('Imran Hussain, Care worker');
  });
});

describe('the host choices of the local trial', () => {
  const services: LocalServiceOption[] = [
    { id: 2, name: 'Meadowbank House', active: true },
    { id: 5, name: 'Willow Court', active: false }
  ];

  it('offers the Teams surfaces and the tab\'s service with a Teams look, and passes axe', async () => {
    const onChange = jest.fn();
    const { container } = render(
      <LocalBar
        strings={enGBLocal}
        users={users}
        choice={{ userKey: 'manager', hostKind: 'teams-channel-tab', theme: 'teams-dark', surface: 'channel', serviceId: 2 }}
        onChange={onChange}
        services={services}
      />
    );
    const surface = screen.getByRole('combobox', { name: 'Teams surface' });
    expect(within(surface).getAllByRole('option').map((o) => o.textContent)).toEqual(['Channel tab', 'Personal app (My WPQ)', 'Meeting side panel (320 px)']);
    const service = screen.getByRole('combobox', { name: "Tab's service" });
    expect(within(service).getAllByRole('option').map((o) => o.textContent)).toEqual(['Not set', 'Meadowbank House', 'Willow Court (archived)']);
    expect((service as HTMLSelectElement).value).toBe('2');
    await userEvent.selectOptions(surface, 'personal');
    expect(onChange).toHaveBeenLastCalledWith(expect.objectContaining({ surface: 'personal', hostKind: 'teams-personal-app', theme: 'teams-dark' }));
    await userEvent.selectOptions(service, '5');
    expect(onChange).toHaveBeenLastCalledWith(expect.objectContaining({ serviceId: 5 }));
    await userEvent.selectOptions(screen.getByRole('combobox', { name: 'Screen width' }), 'phone');
    expect(onChange).toHaveBeenLastCalledWith(expect.objectContaining({ width: 'phone' }));
    await expectNoAxeViolations(container);
  });

  it('shows no Teams choices for a SharePoint look, and a meeting panel has no width to choose', () => {
    const { rerender } = render(<LocalBar strings={enGBLocal} users={users} choice={{ userKey: 'manager', hostKind: 'sharepoint-page', theme: 'sharepoint-light' }} onChange={jest.fn()} />);
    expect(screen.queryByRole('combobox', { name: 'Teams surface' })).toBeNull();
    expect(screen.queryByRole('combobox', { name: "Tab's service" })).toBeNull();
    expect(screen.getByRole('combobox', { name: 'Screen width' })).toBeInTheDocument();
    rerender(<LocalBar strings={enGBLocal} users={users} choice={{ userKey: 'manager', hostKind: 'teams-meeting', theme: 'teams-light', surface: 'meeting' }} onChange={jest.fn()} />);
    expect(screen.getByRole('combobox', { name: "Tab's service" })).toBeInTheDocument();
    expect(screen.queryByRole('combobox', { name: 'Screen width' })).toBeNull();
  });

  it('maps a look and a surface to the host they imitate', () => {
    expect(hostKindOf('sharepoint-dark', 'meeting')).toBe('sharepoint-page');
    expect(hostKindOf('teams-contrast', 'meeting')).toBe('teams-meeting');
    expect(hostKindOf('teams-light', 'personal')).toBe('teams-personal-app');
    expect(hostKindOf('teams-light', undefined)).toBe('teams-channel-tab');
  });
});

describe('where the local strings are used', () => {
  /** Every .ts and .tsx file under a folder. */
  function sources(dir: string): string[] {
    return fs.readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
      const full = path.join(dir, entry.name);
      if (entry.isDirectory()) return sources(full);
      return /\.tsx?$/.test(entry.name) ? [full] : [];
    });
  }

  it('imports them only in the local host, so the web part never downloads them', () => {
    const src = path.resolve(__dirname, '..', '..', 'src');
    const importers = sources(src)
      .filter((file) => /from '[^']*\/loc\/local'/.test(fs.readFileSync(file, 'utf8')))
      .map((file) => path.relative(src, file).split(path.sep).join('/'));
    expect(importers.length).toBeGreaterThan(0);
    expect(importers.filter((file) => !file.startsWith('hosts/local/'))).toEqual([]);
  });
});
