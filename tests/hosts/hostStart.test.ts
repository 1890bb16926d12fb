import * as fs from 'fs';
import * as path from 'path';
import type { DataSiteInfo } from '../../src/hosts/HostContext';
import { chooseDataSite, cleanSiteUrl } from '../../src/hosts/dataSite';
import { planStart, screenOf, serviceIdOf } from '../../src/hosts/hostStart';
import { PERSONAL_TAB_ENTITY_ID, TEAMS_APP_ID } from '../../src/hosts/teamsApp';
import { applyChange, openOnRoute } from '../../src/webparts/workforceProductivity/paneSettings';
import type { WorkforceProductivityProperties } from '../../src/webparts/workforceProductivity/WorkforceProductivityWebPart';

const site: DataSiteInfo = { url: 'https://contoso.sharepoint.com/sites/wpq', source: 'tenant', servedFrom: 'https://contoso.sharepoint.com' };

describe('the data site', () => {
  it('takes the web part setting first, then the tenant property, then the current site on a page or channel tab', () => {
    const servedFrom = 'https://contoso.sharepoint.com/sites/team/';
    expect(chooseDataSite({ hostKind: 'sharepoint-page', servedFrom, webPartSetting: 'https://contoso.sharepoint.com/sites/own/', tenantSetting: 'https://contoso.sharepoint.com/sites/wpq' })).toEqual({
      url: 'https://contoso.sharepoint.com/sites/own',
      source: 'web-part',
      servedFrom: 'https://contoso.sharepoint.com/sites/team'
    });
    expect(chooseDataSite({ hostKind: 'teams-channel-tab', servedFrom, webPartSetting: '', tenantSetting: 'https://contoso.sharepoint.com/sites/wpq' })).toMatchObject({
      url: 'https://contoso.sharepoint.com/sites/wpq',
      source: 'tenant'
    });
    expect(chooseDataSite({ hostKind: 'teams-channel-tab', servedFrom, tenantSetting: null })).toMatchObject({ url: 'https://contoso.sharepoint.com/sites/team', source: 'current-site' });
  });

  it('never assumes the root site holds the data for the personal app or a meeting', () => {
    for (const hostKind of ['teams-personal-app', 'teams-meeting'] as const) {
      expect(chooseDataSite({ hostKind, servedFrom: 'https://contoso.sharepoint.com', tenantSetting: null })).toEqual({
        url: null,
        source: 'none',
        servedFrom: 'https://contoso.sharepoint.com'
      });
    }
  });

  it('accepts only absolute web addresses as settings', () => {
    expect(cleanSiteUrl(' https://contoso.sharepoint.com/sites/wpq/ ')).toBe('https://contoso.sharepoint.com/sites/wpq');
    expect(cleanSiteUrl('javascript:alert(1)')).toBeNull();
    expect(cleanSiteUrl('/sites/wpq')).toBeNull();
    expect(cleanSiteUrl('')).toBeNull();
    expect(cleanSiteUrl(42)).toBeNull();
  });
});

describe('where a host opens', () => {
  it('says the data site is missing before anything else', () => {
    expect(planStart({ hostKind: 'teams-personal-app', dataSite: { ...site, url: null, source: 'none' }, subPageId: 'survey/-/1' })).toEqual({ kind: 'no-data-site' });
  });

  it('lets the address or a deep link win over every setting', () => {
    expect(planStart({ hostKind: 'teams-channel-tab', dataSite: site, addressRoute: 'results/-/4', configuredServiceId: 3, openOn: 'survey/3' })).toEqual({ kind: 'app', initialRoute: null });
    expect(planStart({ hostKind: 'teams-channel-tab', dataSite: site, subPageId: 'results/-/4', configuredServiceId: 3 })).toEqual({ kind: 'app', initialRoute: 'results/-/4' });
  });

  it('opens the personal app on My work', () => {
    expect(planStart({ hostKind: 'teams-personal-app', dataSite: site })).toEqual({ kind: 'app', initialRoute: 'mywork' });
  });

  it("opens the meeting side panel on the meeting screen of the tab's service, or asks for one", () => {
    expect(planStart({ hostKind: 'teams-meeting', frameContext: 'sidePanel', dataSite: site, configuredServiceId: 2, openOn: 'results/2' })).toEqual({ kind: 'service', serviceId: 2, screen: 'meeting' });
    expect(planStart({ hostKind: 'teams-meeting', frameContext: 'sidePanel', dataSite: site })).toEqual({ kind: 'service', serviceId: null, screen: 'meeting' });
    // The meeting's chat and details tabs are wide: they open like a channel tab.
    expect(planStart({ hostKind: 'teams-meeting', frameContext: 'content', dataSite: site, configuredServiceId: 2, openOn: 'results/2' })).toEqual({ kind: 'service', serviceId: 2, screen: 'results' });
  });

  it('checks a configured service first, and opens screens that are about no service directly', () => {
    expect(planStart({ hostKind: 'teams-channel-tab', dataSite: site, configuredServiceId: 5, openOn: 'survey/5' })).toEqual({ kind: 'service', serviceId: 5, screen: 'survey' });
    expect(planStart({ hostKind: 'sharepoint-page', dataSite: site, openOn: 'portfolio' })).toEqual({ kind: 'app', initialRoute: 'portfolio' });
    expect(planStart({ hostKind: 'sharepoint-page', dataSite: site })).toEqual({ kind: 'app', initialRoute: null });
  });

  it('reads settings as SPFx stores them', () => {
    expect(serviceIdOf('7')).toBe(7);
    expect(serviceIdOf(7)).toBe(7);
    expect(serviceIdOf('')).toBeNull();
    expect(serviceIdOf('0')).toBeNull();
    expect(screenOf('results/3')).toBe('results');
    expect(screenOf('')).toBeNull();
  });
});

describe('the web part settings', () => {
  it('stores the screen to open on as route text carrying the service', () => {
    expect(openOnRoute('results', 3)).toBe('results/3');
    expect(openOnRoute('overview', 3)).toBe('overview/3');
    expect(openOnRoute('mywork', 3)).toBe('mywork');
    expect(openOnRoute('overview', null)).toBe('overview');
  });

  it('keeps the route in step when the service or the screen changes', () => {
    const props: WorkforceProductivityProperties = { serviceId: '4', openOn: 'overview/2' };
    applyChange(props, 'serviceId', '4');
    expect(props).toMatchObject({ serviceId: 4, openOn: 'overview/4' });
    applyChange(props, 'openOnScreen', 'survey');
    expect(props.openOn).toBe('survey/4');
    props.serviceId = '';
    applyChange(props, 'serviceId', '');
    expect(props.serviceId).toBeUndefined();
    expect(props.openOn).toBe('survey');
    applyChange(props, 'dataSiteUrl', 'https://contoso.sharepoint.com/sites/wpq/');
    expect(props.dataSiteUrl).toBe('https://contoso.sharepoint.com/sites/wpq');
  });
});

describe('the Teams app', () => {
  it('uses the ids of config/teams-app/manifest.json', () => {
    const manifest = JSON.parse(fs.readFileSync(path.resolve(__dirname, '..', '..', 'config', 'teams-app', 'manifest.json'), 'utf8')) as {
      id: string;
      staticTabs: Array<{ entityId: string }>;
    };
    expect(manifest.id).toBe(TEAMS_APP_ID);
    expect(manifest.staticTabs[0].entityId).toBe(PERSONAL_TAB_ENTITY_ID);
  });
});
