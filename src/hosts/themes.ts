import {
  teamsDarkTheme,
  teamsHighContrastTheme,
  teamsLightTheme,
  webDarkTheme,
  webLightTheme,
  type Theme
} from '@fluentui/react-components';
import type { HostKind, TeamsFrame, TeamsLinkTarget, ThemeName } from './HostContext';

const themes: Record<ThemeName, Theme> = {
  'sharepoint-light': webLightTheme,
  'sharepoint-dark': webDarkTheme,
  'teams-light': teamsLightTheme,
  'teams-dark': teamsDarkTheme,
  'teams-contrast': teamsHighContrastTheme
};

/** The Fluent UI theme for a host look. */
export function fluentTheme(name: ThemeName): Theme {
  return themes[name];
}

/**
 * Teams reports 'default', 'dark' or 'contrast' (and newer clients may add others, such as 'glass').
 * Anything we do not know falls back to light, which Teams itself treats as the default.
 */
export function themeFromTeams(teamsTheme: string | undefined): ThemeName {
  switch (teamsTheme) {
    case 'dark':
      return 'teams-dark';
    case 'contrast':
      return 'teams-contrast';
    default:
      return 'teams-light';
  }
}

/** The parts of the Teams context WPQ reads (teams-js `app.Context`). */
export interface TeamsContextLike {
  app: { theme?: string };
  channel?: { id?: string };
  team?: { groupId?: string };
  chat?: { id?: string };
  meeting?: { id?: string };
  /**
   * `id` is the tab's entity id; `subPageId` a deep link's sub-page id, where WPQ puts the route of the
   * screen to open; `frameContext` where Teams draws the tab.
   */
  page?: { id?: string; subPageId?: string; frameContext?: string };
}

const FRAMES: readonly TeamsFrame[] = ['content', 'settings', 'remove', 'task', 'sidePanel', 'stage', 'meetingStage', 'authentication'];

/** Teams' frame context, or null for one this version of WPQ does not know. */
export function frameFromTeams(value: string | undefined): TeamsFrame | null {
  return FRAMES.find((f) => f === value) ?? null;
}

export interface TeamsHostFacts {
  hostKind: HostKind;
  theme: ThemeName;
  initialRoute: string | null;
  frameContext: TeamsFrame | null;
  /** The Teams ids a deep link back here needs, when Teams gave the tab's entity id. */
  link: Omit<TeamsLinkTarget, 'appId' | 'label'> | null;
}

/**
 * What the Teams context says about the host: a meeting (side panel, stage, or the meeting's chat and
 * details tabs) has a meeting id; a channel tab a channel and a group chat's tab a chat (both are our
 * configurable tab); the personal app none of them.
 */
export function hostFromTeams(context: TeamsContextLike): TeamsHostFacts {
  const frameContext = frameFromTeams(context.page?.frameContext);
  const inMeeting = Boolean(context.meeting?.id) || frameContext === 'sidePanel' || frameContext === 'meetingStage';
  let hostKind: HostKind = 'teams-personal-app';
  if (inMeeting) hostKind = 'teams-meeting';
  // A tab in a group chat is the same configurable tab as in a channel, with its settings.
  else if (context.channel?.id || context.chat?.id) hostKind = 'teams-channel-tab';
  const entityId = context.page?.id;
  return {
    hostKind,
    theme: themeFromTeams(context.app.theme),
    initialRoute: context.page?.subPageId ? context.page.subPageId : null,
    frameContext,
    link: entityId
      ? {
          entityId,
          ...(context.channel?.id ? { channelId: context.channel.id } : {}),
          ...(context.team?.groupId ? { groupId: context.team.groupId } : {})
        }
      : null
  };
}
