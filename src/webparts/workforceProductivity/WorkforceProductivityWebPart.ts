import * as React from 'react';
import * as ReactDom from 'react-dom';
import { Version } from '@microsoft/sp-core-library';
import { BaseClientSideWebPart, type WebPartContext } from '@microsoft/sp-webpart-base';
import type { IPropertyPaneConfiguration } from '@microsoft/sp-property-pane';
import type { IReadonlyTheme } from '@microsoft/sp-component-base';
import { createSp } from '../../data/sp';
import { createServices, type WpqServices } from '../../data/services';
import type { DataSiteInfo, HostContext, HostKind, ShareToTeams, TeamsFrame, TeamsLinkTarget, ThemeName } from '../../hosts/HostContext';
import { hostFromTeams, themeFromTeams, type TeamsHostFacts } from '../../hosts/themes';
import { chooseDataSite, readServedSiteAndTenantDataSite, readTenantDataSite, runsInRootSite, withFirstSummary } from '../../hosts/dataSite';
import { planStart, serviceIdOf, type StartPlan } from '../../hosts/hostStart';
import { explainDataSiteFailures, HostRoot } from '../../hosts/HostRoot';
import { PERSONAL_TAB_ENTITY_ID, TEAMS_APP_ID, TEAMS_TAB_LABEL } from '../../hosts/teamsApp';
import { ROUTE_PARAM } from '../../ui/app/address';

/**
 * Some Teams mobile clients never answer getContext(); after this long WPQ starts with the defaults
 * (the light look) rather than leave the person looking at a blank tab.
 */
const TEAMS_CONTEXT_WAIT_SECONDS = 3;
/** The tenant property is one small read; a slow answer must not hold the page for long. */
const TENANT_PROPERTY_WAIT_SECONDS = 5;

function withinSeconds<T>(promise: Promise<T>, seconds: number): Promise<T> {
  return new Promise<T>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`No answer from Teams within ${seconds} seconds.`)), seconds * 1000);
    promise.then(
      (value) => {
        clearTimeout(timer);
        resolve(value);
      },
      (error: unknown) => {
        clearTimeout(timer);
        reject(error);
      }
    );
  });
}

/** The teams-js instance SPFx has already loaded and initialised (undefined outside Teams). */
type SpfxTeamsJs = NonNullable<WebPartContext['sdks']['microsoftTeams']>['teamsJs'];

/**
 * The web part's settings (the property pane; in a Teams channel, the tab's configuration).
 * `openOn` is route text (src/ui/app/routes.ts formatRoute) naming the screen to open on and, with
 * it, the configured service; a screen that needs a cycle gets the service's current cycle on load.
 */
export interface WorkforceProductivityProperties {
  serviceId?: number | string;
  openOn?: string;
  /** The property pane's screen choice; `openOn` is what counts. */
  openOnScreen?: string;
  dataSiteUrl?: string;
}

type PaneModule = typeof import('./propertyPane');

/**
 * The one web part: a SharePoint page part, a Teams channel tab, a Teams personal app and a meeting
 * tab. It turns SPFx's context into WPQ's host contract and renders the shared UI; nothing else in
 * the app sees WebPartContext.
 */
export default class WorkforceProductivityWebPart extends BaseClientSideWebPart<WorkforceProductivityProperties> {
  private host: Omit<HostContext, 'sp'> | undefined;
  private services: WpqServices | undefined;
  private plan: StartPlan | undefined;
  private teamsJs: SpfxTeamsJs | undefined;
  private pane: PaneModule | undefined;
  private paneState: import('./propertyPane').PaneState = { kind: 'idle' };
  /** SPFx may report the section's theme before onInit finishes, so it is kept until the host exists. */
  private sectionIsDark: boolean = false;
  /** Bumped when a setting changes, so the app starts afresh on the new settings. */
  private generation: number = 0;

  protected async onInit(): Promise<void> {
    await super.onInit();
    await this.resolveHost(true);
  }

  /** Works out the host from SPFx, Teams and the settings; `first` registers Teams' theme handler once. */
  private async resolveHost(first: boolean): Promise<void> {
    this.teamsJs = this.context.sdks.microsoftTeams?.teamsJs;
    const page = this.context.pageContext;
    const servedFrom = page.web.absoluteUrl;

    // First the Teams context (quick, and neither it nor the tenant property may hold the page for long).
    let teams: TeamsHostFacts | undefined;
    if (this.teamsJs) {
      try {
        teams = hostFromTeams(await withinSeconds(this.teamsJs.app.getContext(), TEAMS_CONTEXT_WAIT_SECONDS));
        // Teams keeps one handler per app; registering again would replace this one.
        if (first) this.teamsJs.app.registerOnThemeChangeHandler((next: string) => this.setTheme(themeFromTeams(next)));
      } catch {
        // Hosts that load teams-js but give no context (some Office hosts) get the SharePoint look;
        // everything else works the same.
        this.teamsJs = undefined;
      }
    }
    const hostKind: HostKind = teams?.hostKind ?? 'sharepoint-page';
    const theme: ThemeName = teams?.theme ?? (this.sectionIsDark ? 'sharepoint-dark' : 'sharepoint-light');

    // Then the tenant property. A host in a site that may hold WPQ's lists reads it in one $batch with
    // that site's summary, as that site is usually the data site; the personal app and meetings, which
    // run in the tenant's root site, read the property alone.
    const ownSetting = this.properties.dataSiteUrl;
    const served = ownSetting || runsInRootSite(hostKind) ? null : readServedSiteAndTenantDataSite(createSp(this.context));
    const tenantRead = ownSetting ? null : served ? served.tenantDataSite : readTenantDataSite(createSp(this.context));
    const tenantSetting = tenantRead ? await withinSeconds(tenantRead, TENANT_PROPERTY_WAIT_SECONDS).catch(() => null) : null;
    const dataSite: DataSiteInfo = chooseDataSite({ hostKind, servedFrom, webPartSetting: ownSetting, tenantSetting });

    if (dataSite.url) {
      const sp = dataSite.url === servedFrom.replace(/\/+$/, '') ? createSp(this.context) : createSp({ pageContext: { web: { absoluteUrl: dataSite.url } } });
      // When the data site is the site this page is on (the usual case), its summary is already on its way.
      const services = served && dataSite.url === dataSite.servedFrom ? withFirstSummary(createServices(sp), served.summary) : createServices(sp);
      this.services = dataSite.source === 'current-site' ? services : explainDataSiteFailures(services, dataSite.url, page.cultureInfo.currentUICultureName);
    } else {
      this.services = createServices(createSp(this.context));
    }

    const frameContext: TeamsFrame | null = teams?.frameContext ?? null;
    const configuredServiceId = serviceIdOf(this.properties.serviceId);
    this.host = {
      hostKind,
      siteUrl: dataSite.url ?? servedFrom,
      user: { displayName: page.user.displayName, email: page.user.email, loginName: page.user.loginName },
      locale: page.cultureInfo.currentUICultureName,
      theme,
      frameContext,
      teams: teams ? this.linkTarget(teams) : null,
      configuredServiceId,
      dataSite,
      shareToTeams: this.shareToTeams()
    };
    this.plan = planStart({
      hostKind,
      frameContext,
      dataSite,
      subPageId: teams?.initialRoute ?? null,
      addressRoute: new URL(window.location.href).searchParams.get(ROUTE_PARAM),
      configuredServiceId,
      openOn: this.properties.openOn ?? null
    });
  }

  private linkTarget(teams: TeamsHostFacts): TeamsLinkTarget | null {
    const entityId = teams.link?.entityId ?? (teams.hostKind === 'teams-personal-app' ? PERSONAL_TAB_ENTITY_ID : undefined);
    if (!entityId) return null;
    return { appId: TEAMS_APP_ID, label: TEAMS_TAB_LABEL, ...teams.link, entityId };
  }

  /** Teams' share dialog, when this Teams client has one (desktop and web; not mobile). */
  private shareToTeams(): ShareToTeams | null {
    const teamsJs = this.teamsJs;
    if (!teamsJs) return null;
    try {
      if (!teamsJs.sharing.isSupported()) return null;
    } catch {
      return null;
    }
    return ({ url, message }) => teamsJs.sharing.shareWebContent({ content: [{ type: 'URL', url, message, preview: true }] });
  }

  protected onThemeChanged(theme: IReadonlyTheme | undefined): void {
    // In Teams the Teams theme wins; on a SharePoint page an inverted section means a dark background.
    this.sectionIsDark = theme?.isInverted === true;
    if (!this.teamsJs) {
      this.setTheme(this.sectionIsDark ? 'sharepoint-dark' : 'sharepoint-light');
    }
  }

  public render(): void {
    if (!this.host || !this.services || !this.plan) {
      return;
    }
    ReactDom.render(
      React.createElement(HostRoot, { key: this.generation, host: this.host, services: this.services, plan: this.plan }),
      this.domElement
    );
  }

  protected onDispose(): void {
    ReactDom.unmountComponentAtNode(this.domElement);
  }

  protected get dataVersion(): Version {
    return Version.parse('1.0');
  }

  // ----- Settings: the property pane loads on demand, so none of it is in the first download. -----

  protected async loadPropertyPaneResources(): Promise<void> {
    this.pane = await import(/* webpackChunkName: 'wpq-property-pane' */ './propertyPane');
  }

  protected onPropertyPaneConfigurationStart(): void {
    // The services are read each time the pane opens, from the data site, so the list is current.
    if (!this.pane || !this.services) return;
    this.paneState = { kind: 'loading' };
    this.context.propertyPane.refresh();
    this.pane.readServiceChoices(this.services).then(
      (choices) => {
        this.paneState = { kind: 'loaded', choices };
        this.context.propertyPane.refresh();
      },
      (error: Error) => {
        this.paneState = { kind: 'failed', message: error.message };
        this.context.propertyPane.refresh();
      }
    );
  }

  protected getPropertyPaneConfiguration(): IPropertyPaneConfiguration {
    if (!this.pane) return { pages: [] };
    return this.pane.paneConfiguration(this.context.pageContext.cultureInfo.currentUICultureName, this.properties, this.paneState);
  }

  protected onPropertyPaneFieldChanged(propertyPath: string, oldValue: unknown, newValue: unknown): void {
    if (!this.pane) return;
    this.pane.applyChange(this.properties, propertyPath, newValue);
    if (oldValue !== newValue) void this.restart();
  }

  /** New settings: work out the host again and start the app afresh on them. */
  private async restart(): Promise<void> {
    // The page opens where the new settings say, not on the screen shown before the change.
    const url = new URL(window.location.href);
    if (url.searchParams.has(ROUTE_PARAM)) {
      url.searchParams.delete(ROUTE_PARAM);
      window.history.replaceState(window.history.state, '', url.href);
    }
    await this.resolveHost(false).catch(() => undefined);
    this.generation += 1;
    this.render();
  }

  private setTheme(theme: ThemeName): void {
    if (this.host && this.host.theme !== theme) {
      this.host = { ...this.host, theme };
      this.render();
    }
  }
}
