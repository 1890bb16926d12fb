import {
  teamsDarkTheme,
  teamsHighContrastTheme,
  teamsLightTheme,
  webDarkTheme,
  webLightTheme,
  type Theme
} from '@fluentui/react-components';
import type { HostKind, ThemeName } from './HostContext';

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
  /** A deep link's sub-page id: WPQ puts the route of the screen to open there. */
  page?: { subPageId?: string };
}

/** A Teams tab in a channel has a channel in its context; a personal app has none. */
export function hostFromTeams(context: TeamsContextLike): { hostKind: HostKind; theme: ThemeName; initialRoute: string | null } {
  return {
    hostKind: context.channel?.id ? 'teams-channel-tab' : 'teams-personal-app',
    theme: themeFromTeams(context.app.theme),
    initialRoute: context.page?.subPageId ? context.page.subPageId : null
  };
}
