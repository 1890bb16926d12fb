import * as React from 'react';
import { FluentProvider, Field, Select, Text, makeStyles, tokens, webLightTheme } from '@fluentui/react-components';
import type { HostKind, ThemeName } from '../HostContext';
import { enGB as strings } from '../../loc/strings';

/** A built-in user of the local server, as /local/config.json lists them. */
export interface LocalUserOption {
  key: string;
  title: string;
  email: string;
  loginName: string;
  role: string;
}

export interface LocalChoice {
  userKey: string;
  hostKind: HostKind;
  theme: ThemeName;
}

const USER_COOKIE = 'wpq-user';
const LOOK_STORAGE_KEY = 'wpq-local-look';

/** Each look pairs a host with one of its themes, as a person meets WPQ in SharePoint or Teams. */
const looks: Array<{ id: string; label: string; hostKind: HostKind; theme: ThemeName }> = [
  { id: 'sharepoint', label: strings.lookSharePoint, hostKind: 'sharepoint-page', theme: 'sharepoint-light' },
  { id: 'sharepoint-dark', label: strings.lookSharePointDark, hostKind: 'sharepoint-page', theme: 'sharepoint-dark' },
  { id: 'teams-light', label: strings.lookTeamsLight, hostKind: 'teams-channel-tab', theme: 'teams-light' },
  { id: 'teams-dark', label: strings.lookTeamsDark, hostKind: 'teams-channel-tab', theme: 'teams-dark' },
  { id: 'teams-contrast', label: strings.lookTeamsContrast, hostKind: 'teams-channel-tab', theme: 'teams-contrast' }
];

function readCookie(name: string): string | undefined {
  const pair = document.cookie
    .split(';')
    .map((part) => part.trim().split('='))
    .find(([key]) => key === name);
  return pair ? decodeURIComponent(pair[1] ?? '') : undefined;
}

/** The user and look chosen last time on this browser, or the first user and SharePoint. */
export function readLocalChoice(users: LocalUserOption[]): LocalChoice {
  const cookieUser = readCookie(USER_COOKIE);
  const userKey = users.some((u) => u.key === cookieUser) ? (cookieUser as string) : users[0]?.key ?? '';
  const look = looks.find((l) => l.id === window.localStorage.getItem(LOOK_STORAGE_KEY)) ?? looks[0];
  return { userKey, hostKind: look.hostKind, theme: look.theme };
}

const useStyles = makeStyles({
  bar: {
    display: 'flex',
    flexWrap: 'wrap',
    alignItems: 'flex-end',
    columnGap: tokens.spacingHorizontalXL,
    rowGap: tokens.spacingVerticalS,
    padding: `${tokens.spacingVerticalS} ${tokens.spacingHorizontalL}`,
    borderBottom: `${tokens.strokeWidthThick} dashed ${tokens.colorPaletteMarigoldBorder2}`,
    backgroundColor: tokens.colorPaletteMarigoldBackground1
  },
  note: { flexBasis: '100%' }
});

/**
 * The local trial's control bar: who is acting and which host look to show. It is not part of
 * WPQ in SharePoint or Teams, so it keeps its own light theme whatever the app below shows.
 */
export function LocalBar(props: {
  users: LocalUserOption[];
  choice: LocalChoice;
  onChange: (choice: LocalChoice) => void;
}): React.ReactElement {
  const styles = useStyles();
  const { users, choice, onChange } = props;
  const lookId = looks.find((l) => l.hostKind === choice.hostKind && l.theme === choice.theme)?.id ?? looks[0].id;

  const onUser = (event: React.ChangeEvent<HTMLSelectElement>): void => {
    document.cookie = `${USER_COOKIE}=${encodeURIComponent(event.target.value)}; path=/; SameSite=Strict`;
    // A new user means new permissions and data everywhere: start the page afresh, as signing in would.
    window.location.reload();
  };
  const onLook = (event: React.ChangeEvent<HTMLSelectElement>): void => {
    const look = looks.find((l) => l.id === event.target.value) ?? looks[0];
    window.localStorage.setItem(LOOK_STORAGE_KEY, look.id);
    onChange({ ...choice, hostKind: look.hostKind, theme: look.theme });
  };

  return (
    <FluentProvider theme={webLightTheme}>
      <aside className={styles.bar} aria-label={strings.localBarLabel}>
        <Field label={strings.localBarUser}>
          <Select value={choice.userKey} onChange={onUser}>
            {users.map((u) => (
              <option key={u.key} value={u.key}>
                {u.title} ({u.role})
              </option>
            ))}
          </Select>
        </Field>
        <Field label={strings.localBarLook}>
          <Select value={lookId} onChange={onLook}>
            {looks.map((l) => (
              <option key={l.id} value={l.id}>
                {l.label}
              </option>
            ))}
          </Select>
        </Field>
        <Text size={200} className={styles.note}>
          {strings.localBarNote}
        </Text>
      </aside>
    </FluentProvider>
  );
}
