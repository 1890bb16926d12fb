import * as React from 'react';
import { FluentProvider, Field, Select, Text, makeStyles, tokens, webLightTheme } from '@fluentui/react-components';
import type { HostKind, ThemeName } from '../HostContext';
import { format } from '../../loc/strings';
import type { LocalStrings } from '../../loc/local';

/** SharePoint's built-in permission levels that the local server gives its users. */
export type LocalPermissionLevel = 'Full Control' | 'Contribute' | 'Read';

/** A part a built-in user plays that their permission level alone does not say. */
export type LocalUserPart = 'deputy-manager';

/** A built-in user of the local server, as /local/config.json lists them. */
export interface LocalUserOption {
  key: string;
  title: string;
  email: string;
  loginName: string;
  /** Their permission level on the trial site, which also says which part they play in the trial… */
  permissionLevel: LocalPermissionLevel;
  /** …unless this names it: a deputy manager contributes like a care worker but leads the service. */
  part?: LocalUserPart;
}

export interface LocalChoice {
  userKey: string;
  hostKind: HostKind;
  theme: ThemeName;
}

const USER_COOKIE = 'wpq-user';
const LOOK_STORAGE_KEY = 'wpq-local-look';

/** The loc key of a look's name. */
type LookLabel = Extract<keyof LocalStrings, `look${string}`>;

/** Each look pairs a host with one of its themes, as a person meets WPQ in SharePoint or Teams. */
const looks: Array<{ id: string; label: LookLabel; hostKind: HostKind; theme: ThemeName }> = [
  { id: 'sharepoint', label: 'lookSharePoint', hostKind: 'sharepoint-page', theme: 'sharepoint-light' },
  { id: 'sharepoint-dark', label: 'lookSharePointDark', hostKind: 'sharepoint-page', theme: 'sharepoint-dark' },
  { id: 'teams-light', label: 'lookTeamsLight', hostKind: 'teams-channel-tab', theme: 'teams-light' },
  { id: 'teams-dark', label: 'lookTeamsDark', hostKind: 'teams-channel-tab', theme: 'teams-dark' },
  { id: 'teams-contrast', label: 'lookTeamsContrast', hostKind: 'teams-channel-tab', theme: 'teams-contrast' }
];

/** The part a built-in user plays in the trial, from their part or permission level; undefined for one we have no words for. */
function roleLabel(strings: LocalStrings, user: LocalUserOption): string | undefined {
  if (user.part === 'deputy-manager') return strings.localRoleDeputyManager;
  switch (user.permissionLevel) {
    case 'Full Control':
      return strings.localRoleFullControl;
    case 'Contribute':
      return strings.localRoleContribute;
    case 'Read':
      return strings.localRoleRead;
    default:
      return undefined;
  }
}

/** "Amara Okafor, Registered manager (site owner)": a user's name and part, as the "Acting as" list shows them. */
export function userOptionLabel(strings: LocalStrings, user: LocalUserOption): string {
  const role = roleLabel(strings, user);
  return role === undefined ? user.title : format(strings.localBarUserOption, { name: user.title, role });
}

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
  // A long name must not push the bar wider than a phone's screen.
  field: { minWidth: 0, maxWidth: '100%' },
  select: { minWidth: 0, maxWidth: '100%' },
  note: { flexBasis: '100%' }
});

/**
 * The local trial's control bar: who is acting and which host look to show. It is not part of
 * WPQ in SharePoint or Teams, so it keeps its own light theme whatever the app below shows.
 */
export function LocalBar(props: {
  strings: LocalStrings;
  users: LocalUserOption[];
  choice: LocalChoice;
  onChange: (choice: LocalChoice) => void;
}): React.ReactElement {
  const styles = useStyles();
  const { strings, users, choice, onChange } = props;
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
        <Field label={strings.localBarUser} className={styles.field}>
          <Select className={styles.select} value={choice.userKey} onChange={onUser}>
            {users.map((u) => (
              <option key={u.key} value={u.key}>
                {userOptionLabel(strings, u)}
              </option>
            ))}
          </Select>
        </Field>
        <Field label={strings.localBarLook} className={styles.field}>
          <Select className={styles.select} value={lookId} onChange={onLook}>
            {looks.map((l) => (
              <option key={l.id} value={l.id}>
                {strings[l.label]}
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
