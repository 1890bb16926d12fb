import * as fs from 'fs';
import * as path from 'path';
import * as React from 'react';
import { render, screen, within } from '@testing-library/react';
import { LocalBar, userOptionLabel, type LocalUserOption } from '../../src/hosts/local/LocalBar';
import { enGBLocal } from '../../src/loc/local';
import { LOCAL_USERS } from '../../sharepoint/local-server/identity';
import { expectNoAxeViolations } from '../support/axe';

/** The users as /local/config.json gives them to the page (sharepoint/tools/localHost.ts). */
const users: LocalUserOption[] = LOCAL_USERS.map(({ key, title, email, loginName, permissionLevel }) => ({
  key,
  title,
  email,
  loginName,
  permissionLevel
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
      'Tom Baxter, Care worker',
      'Ewa Nowak, Care worker',
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
    expect(userOptionLabel(strings, users[1])).toBe('Care worker: Tom Baxter');
    expect(userOptionLabel(strings, { ...users[1], permissionLevel: 'Design' as LocalUserOption['permissionLevel'] })).toBe('Tom Baxter');
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
