import { teamsHighContrastTheme, teamsDarkTheme, teamsLightTheme, webDarkTheme } from '@fluentui/react-components';
import { fluentTheme, frameFromTeams, hostFromTeams, themeFromTeams } from '../../src/hosts/themes';

describe('host look', () => {
  it("maps each Teams theme to Fluent's Teams theme, and anything unknown to light", () => {
    expect(fluentTheme(themeFromTeams('default'))).toBe(teamsLightTheme);
    expect(fluentTheme(themeFromTeams('dark'))).toBe(teamsDarkTheme);
    expect(fluentTheme(themeFromTeams('contrast'))).toBe(teamsHighContrastTheme);
    expect(themeFromTeams('glass')).toBe('teams-light');
    expect(themeFromTeams(undefined)).toBe('teams-light');
    expect(fluentTheme('sharepoint-dark')).toBe(webDarkTheme);
  });

  it('tells a channel tab, a personal app and a meeting apart by the Teams context', () => {
    expect(hostFromTeams({ app: { theme: 'dark' }, channel: { id: '19:abc@thread.tacv2' }, page: { id: 'tab-1', frameContext: 'content' } })).toEqual({
      hostKind: 'teams-channel-tab',
      theme: 'teams-dark',
      initialRoute: null,
      frameContext: 'content',
      link: { entityId: 'tab-1', channelId: '19:abc@thread.tacv2' }
    });
    expect(hostFromTeams({ app: { theme: 'contrast' } })).toEqual({
      hostKind: 'teams-personal-app',
      theme: 'teams-contrast',
      initialRoute: null,
      frameContext: null,
      link: null
    });
    const panel = hostFromTeams({ app: {}, meeting: { id: 'm-1' }, chat: { id: '19:meeting' }, page: { id: 'tab-2', frameContext: 'sidePanel' } });
    expect(panel).toMatchObject({ hostKind: 'teams-meeting', frameContext: 'sidePanel', link: { entityId: 'tab-2' } });
    expect(hostFromTeams({ app: {}, chat: { id: '19:chat@thread.v2' }, page: { id: 'tab-3', frameContext: 'content' } }).hostKind).toBe('teams-channel-tab');
    // A channel meeting has a channel too, but the meeting decides.
    expect(hostFromTeams({ app: {}, channel: { id: '19:c' }, meeting: { id: 'm-2' }, page: { frameContext: 'content' } }).hostKind).toBe('teams-meeting');
  });

  it('knows the frame contexts of teams-js and no others', () => {
    expect(frameFromTeams('sidePanel')).toBe('sidePanel');
    expect(frameFromTeams('meetingStage')).toBe('meetingStage');
    expect(frameFromTeams('settings')).toBe('settings');
    expect(frameFromTeams('somethingNew')).toBeNull();
    expect(frameFromTeams(undefined)).toBeNull();
  });

  it("opens the screen a deep link's sub-page id names", () => {
    expect(hostFromTeams({ app: {}, page: { subPageId: 'survey/-/12' } }).initialRoute).toBe('survey/-/12');
    expect(hostFromTeams({ app: {}, page: { subPageId: '' } }).initialRoute).toBeNull();
  });
});
