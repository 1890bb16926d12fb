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

/** Which Teams surface a Teams look shows. */
export type LocalSurface = 'channel' | 'personal' | 'meeting';
export type LocalWidth = 'desktop' | 'phone';

export interface LocalChoice {
  userKey: string;
  hostKind: HostKind;
  theme: ThemeName;
  /** With a Teams look: a channel tab (the default), the personal app or the meeting side panel. */
  surface?: LocalSurface;
  /** Desktop, or a phone's 360 px. The meeting panel is always 320 px. */
  width?: LocalWidth;
  /** The service the channel or meeting tab was set up for. */
  serviceId?: number | null;
}

/** A service the tab's service list offers. */
export interface LocalServiceOption {
  id: number;
  name: string;
  active: boolean;
}

const USER_COOKIE = 'wpq-user';
const LOOK_STORAGE_KEY = 'wpq-local-look';
const SURFACE_STORAGE_KEY = 'wpq-local-surface';
const WIDTH_STORAGE_KEY = 'wpq-local-width';
const SERVICE_STORAGE_KEY = 'wpq-local-service';

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

const surfaces: Array<{ id: LocalSurface; label: keyof LocalStrings; hostKind: HostKind }> = [
  { id: 'channel', label: 'surfaceChannel', hostKind: 'teams-channel-tab' },
  { id: 'personal', label: 'surfacePersonal', hostKind: 'teams-personal-app' },
  { id: 'meeting', label: 'surfaceMeeting', hostKind: 'teams-meeting' }
];

/** The host a look and surface give: SharePoint looks are SharePoint pages whatever the surface. */
export function hostKindOf(theme: ThemeName, surface: LocalSurface | undefined): HostKind {
  if (!theme.startsWith('teams-')) return 'sharepoint-page';
  return surfaces.find((s) => s.id === surface)?.hostKind ?? 'teams-channel-tab';
}

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

/** The user, look, surface, width and tab's service chosen last time on this browser; else the first user and SharePoint. */
export function readLocalChoice(users: LocalUserOption[]): LocalChoice {
  const cookieUser = readCookie(USER_COOKIE);
  const userKey = users.some((u) => u.key === cookieUser) ? (cookieUser as string) : users[0]?.key ?? '';
  const store = window.localStorage;
  const look = looks.find((l) => l.id === store.getItem(LOOK_STORAGE_KEY)) ?? looks[0];
  const surface = surfaces.find((x) => x.id === store.getItem(SURFACE_STORAGE_KEY))?.id ?? 'channel';
  const width: LocalWidth = store.getItem(WIDTH_STORAGE_KEY) === 'phone' ? 'phone' : 'desktop';
  const service = Number(store.getItem(SERVICE_STORAGE_KEY));
  return {
    userKey,
    hostKind: hostKindOf(look.theme, surface),
    theme: look.theme,
    surface,
    width,
    serviceId: Number.isInteger(service) && service > 0 ? service : null
  };
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
  /** The site's services, for a channel or meeting tab's setting; absent until read. */
  services?: LocalServiceOption[];
}): React.ReactElement {
  const styles = useStyles();
  const { strings, users, choice, onChange, services } = props;
  const lookId = looks.find((l) => l.theme === choice.theme)?.id ?? looks[0].id;
  const inTeams = choice.theme.startsWith('teams-');
  const surface = choice.surface ?? 'channel';
  const store = window.localStorage;

  const onUser = (event: React.ChangeEvent<HTMLSelectElement>): void => {
    document.cookie = `${USER_COOKIE}=${encodeURIComponent(event.target.value)}; path=/; SameSite=Strict`;
    // A new user means new permissions and data everywhere: start the page afresh, as signing in would.
    window.location.reload();
  };
  const onLook = (event: React.ChangeEvent<HTMLSelectElement>): void => {
    const look = looks.find((l) => l.id === event.target.value) ?? looks[0];
    store.setItem(LOOK_STORAGE_KEY, look.id);
    onChange({ ...choice, hostKind: hostKindOf(look.theme, surface), theme: look.theme });
  };
  const onSurface = (event: React.ChangeEvent<HTMLSelectElement>): void => {
    const next = surfaces.find((x) => x.id === event.target.value)?.id ?? 'channel';
    store.setItem(SURFACE_STORAGE_KEY, next);
    onChange({ ...choice, surface: next, hostKind: hostKindOf(choice.theme, next) });
  };
  const onService = (event: React.ChangeEvent<HTMLSelectElement>): void => {
    const id = Number(event.target.value);
    const serviceId = Number.isInteger(id) && id > 0 ? id : null;
    store.setItem(SERVICE_STORAGE_KEY, serviceId === null ? '' : String(serviceId));
    onChange({ ...choice, serviceId });
  };
  const onWidth = (event: React.ChangeEvent<HTMLSelectElement>): void => {
    const width: LocalWidth = event.target.value === 'phone' ? 'phone' : 'desktop';
    store.setItem(WIDTH_STORAGE_KEY, width);
    onChange({ ...choice, width });
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
        {inTeams && (
          <Field label={strings.localBarSurface} className={styles.field}>
            <Select className={styles.select} value={surface} onChange={onSurface}>
              {surfaces.map((x) => (
                <option key={x.id} value={x.id}>
                  {strings[x.label]}
                </option>
              ))}
            </Select>
          </Field>
        )}
        {inTeams && surface !== 'personal' && (
          <Field label={strings.localBarService} className={styles.field}>
            <Select className={styles.select} value={choice.serviceId ? String(choice.serviceId) : ''} onChange={onService}>
              <option value="">{strings.serviceNotSet}</option>
              {(services ?? []).map((x) => (
                <option key={x.id} value={String(x.id)}>
                  {x.active ? x.name : format(strings.serviceArchived, { name: x.name })}
                </option>
              ))}
            </Select>
          </Field>
        )}
        {!(inTeams && surface === 'meeting') && (
          <Field label={strings.localBarWidth} className={styles.field}>
            <Select className={styles.select} value={choice.width ?? 'desktop'} onChange={onWidth}>
              <option value="desktop">{strings.widthDesktop}</option>
              <option value="phone">{strings.widthPhone}</option>
            </Select>
          </Field>
        )}
        <Text size={200} className={styles.note}>
          {strings.localBarNote}
        </Text>
      </aside>
    </FluentProvider>
  );
}
