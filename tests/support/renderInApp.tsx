import * as React from 'react';
import { render, type RenderResult } from '@testing-library/react';
import { FluentProvider, IdPrefixProvider } from '@fluentui/react-components';
import { AppContextProvider } from '../../src/ui/AppContext';
import type { HostContext } from '../../src/hosts/HostContext';
import { fluentTheme } from '../../src/hosts/themes';
import type { WpqServices } from '../../src/data/services';
import { fakeServices } from './fakeServices';

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

/** Renders a screen inside what the app gives it: the id prefix, the host's Fluent theme and the app context. */
export function renderInApp(ui: React.ReactElement, host: TestHost, services: WpqServices = fakeServices()): RenderResult {
  return render(
    <IdPrefixProvider value="wpq-">
      <FluentProvider theme={fluentTheme(host.theme)}>
        <AppContextProvider host={host} services={services}>
          {ui}
        </AppContextProvider>
      </FluentProvider>
    </IdPrefixProvider>
  );
}
