import * as React from 'react';
import * as ReactDom from 'react-dom';
import { Version } from '@microsoft/sp-core-library';
import { BaseClientSideWebPart, type WebPartContext } from '@microsoft/sp-webpart-base';
import type { IReadonlyTheme } from '@microsoft/sp-component-base';
import { App } from '../../ui/App';
import { createSp } from '../../data/sp';
import { createServices, type WpqServices } from '../../data/services';
import type { HostContext, HostKind, ThemeName } from '../../hosts/HostContext';
import { hostFromTeams, themeFromTeams } from '../../hosts/themes';

/**
 * Some Teams mobile clients never answer getContext(); after this long WPQ starts with the defaults
 * (the light look) rather than leave the person looking at a blank tab.
 */
const TEAMS_CONTEXT_WAIT_SECONDS = 3;

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
 * The one web part: a SharePoint page part, a Teams channel tab and a Teams personal app.
 * It turns SPFx's context into WPQ's host contract and renders the shared UI; nothing else
 * in the app sees WebPartContext.
 */
export default class WorkforceProductivityWebPart extends BaseClientSideWebPart<Record<string, never>> {
  private host: Omit<HostContext, 'sp'> | undefined;
  private services: WpqServices | undefined;
  private teamsJs: SpfxTeamsJs | undefined;
  /** SPFx may report the section's theme before onInit finishes, so it is kept until the host exists. */
  private sectionIsDark: boolean = false;

  protected async onInit(): Promise<void> {
    await super.onInit();
    const sp = createSp(this.context);
    this.services = createServices(sp);
    this.teamsJs = this.context.sdks.microsoftTeams?.teamsJs;

    let hostKind: HostKind = 'sharepoint-page';
    let theme: ThemeName = this.sectionIsDark ? 'sharepoint-dark' : 'sharepoint-light';
    let initialRoute: string | null = null;
    if (this.teamsJs) {
      try {
        ({ hostKind, theme, initialRoute } = hostFromTeams(await withinSeconds(this.teamsJs.app.getContext(), TEAMS_CONTEXT_WAIT_SECONDS)));
        // Teams keeps one handler per app; registering again would replace this one.
        this.teamsJs.app.registerOnThemeChangeHandler((next: string) => this.setTheme(themeFromTeams(next)));
      } catch {
        // Hosts that load teams-js but give no context (some Office hosts) get the SharePoint look;
        // everything else works the same.
        this.teamsJs = undefined;
      }
    }

    const page = this.context.pageContext;
    this.host = {
      hostKind,
      siteUrl: page.web.absoluteUrl,
      user: { displayName: page.user.displayName, email: page.user.email, loginName: page.user.loginName },
      locale: page.cultureInfo.currentUICultureName,
      theme,
      initialRoute
    };
  }

  protected onThemeChanged(theme: IReadonlyTheme | undefined): void {
    // In Teams the Teams theme wins; on a SharePoint page an inverted section means a dark background.
    this.sectionIsDark = theme?.isInverted === true;
    if (!this.teamsJs) {
      this.setTheme(this.sectionIsDark ? 'sharepoint-dark' : 'sharepoint-light');
    }
  }

  public render(): void {
    if (!this.host || !this.services) {
      return;
    }
    ReactDom.render(React.createElement(App, { host: this.host, services: this.services }), this.domElement);
  }

  protected onDispose(): void {
    ReactDom.unmountComponentAtNode(this.domElement);
  }

  protected get dataVersion(): Version {
    return Version.parse('1.0');
  }

  private setTheme(theme: ThemeName): void {
    if (this.host && this.host.theme !== theme) {
      this.host = { ...this.host, theme };
      this.render();
    }
  }
}
