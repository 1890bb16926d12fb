import { teamsHighContrastTheme, teamsDarkTheme, teamsLightTheme, webDarkTheme } from '@fluentui/react-components';
import { fluentTheme, hostFromTeams, themeFromTeams } from '../../src/hosts/themes';

describe('host look', () => {
  it("maps each Teams theme to Fluent's Teams theme, and anything unknown to light", () => {
    expect(fluentTheme(themeFromTeams('default'))).toBe(teamsLightTheme);
    expect(fluentTheme(themeFromTeams('dark'))).toBe(teamsDarkTheme);
    expect(fluentTheme(themeFromTeams('contrast'))).toBe(teamsHighContrastTheme);
    expect(themeFromTeams('glass')).toBe('teams-light');
    expect(themeFromTeams(undefined)).toBe('teams-light');
    expect(fluentTheme('sharepoint-dark')).toBe(webDarkTheme);
  });

  it('tells a channel tab from a personal app by the channel in the Teams context', () => {
    expect(hostFromTeams({ app: { theme: 'dark' }, channel: { id: '19:abc@thread.tacv2' } })).toEqual({
      hostKind: 'teams-channel-tab',
      theme: 'teams-dark',
      initialRoute: null
    });
    expect(hostFromTeams({ app: { theme: 'contrast' } })).toEqual({ hostKind: 'teams-personal-app', theme: 'teams-contrast', initialRoute: null });
  });

  it("opens the screen a deep link's sub-page id names", () => {
    expect(hostFromTeams({ app: {}, page: { subPageId: 'survey/-/12' } }).initialRoute).toBe('survey/-/12');
    expect(hostFromTeams({ app: {}, page: { subPageId: '' } }).initialRoute).toBeNull();
  });
});
