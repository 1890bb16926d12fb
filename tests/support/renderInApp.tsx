import * as React from 'react';
import { render, type RenderResult } from '@testing-library/react';
import { FluentProvider, IdPrefixProvider } from '@fluentui/react-components';
import { AppContextProvider } from '../../src/ui/AppContext';
import type { HostContext } from '../../src/hosts/HostContext';
import { fluentTheme } from '../../src/hosts/themes';
import type { WpqServices } from '../../src/data/services';
import { fakeServices } from './fakeServices';
import { memoryAddress, type AddressBar } from '../../src/ui/app/address';
import { RouteProvider } from '../../src/ui/app/navigation';
import { SiteProvider } from '../../src/ui/app/SiteContext';
import type { SiteSummary } from '../../src/data/site';

export type TestHost = Omit<HostContext, 'sp'>;

/** The host of a component test: Amara Okafor on Contoso's WPQ site in SharePoint, in en-GB; a test changes what it needs. */
export function testHost(overrides: Partial<TestHost> = {}): TestHost {
  return {
    hostKind: 'sharepoint-page',
    siteUrl: 'https://contoso.sharepoint.com/sites/wpq',
    user: { displayName: 'Amara Okafor', email: 'amara@example.com', loginName: 'i:0#.f|membership|amara@example.com' },
    locale: 'en-GB',
    theme: 'sharepoint-light',
    ...overrides
  };
}

/** The site as a screen sees it: Meadowbank Care, Amara Okafor (site user 11) who can manage it; a test changes what it needs. */
export function testSite(overrides: Partial<SiteSummary> = {}): SiteSummary {
  return {
    title: 'Meadowbank Care',
    url: 'https://contoso.sharepoint.com/sites/wpq',
    user: { id: 11, title: 'Amara Okafor', email: 'amara.okafor@meadowbankcare.onmicrosoft.com' },
    access: 'manage',
    ...overrides
  };
}

export interface InAppOptions {
  /** The route text in the address (e.g. `survey/-/12`); the overview when omitted. */
  route?: string;
  /** The address to keep routes in; a fresh memory address at `route` when omitted. */
  address?: AddressBar;
  site?: Partial<SiteSummary>;
}

/**
 * Renders a screen inside what the app gives it: the id prefix, the host's Fluent theme, the app
 * context, the route (in a memory address) and the site summary.
 */
export function renderInApp(ui: React.ReactElement, host: TestHost, services: WpqServices = fakeServices(), options: InAppOptions = {}): RenderResult {
  const address = options.address ?? memoryAddress(options.route ?? null);
  return render(
    <IdPrefixProvider value="wpq-">
      <FluentProvider theme={fluentTheme(host.theme)}>
        <AppContextProvider host={host} services={services}>
          <RouteProvider address={address}>
            <SiteProvider summary={testSite(options.site)}>{ui}</SiteProvider>
          </RouteProvider>
        </AppContextProvider>
      </FluentProvider>
    </IdPrefixProvider>
  );
}
