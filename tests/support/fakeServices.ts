import type { WpqServices } from '../../src/data/services';
import type { SiteSummary } from '../../src/data/site';

/** Services for component tests: plain objects with the data a screen would get from the data layer. */
export function fakeServices(overrides: { summary?: Partial<SiteSummary>; fail?: Error } = {}): WpqServices {
  const summary: SiteSummary = {
    title: 'Meadowbank Care',
    url: 'https://contoso.sharepoint.com/sites/wpq',
    user: { id: 7, title: 'Amara Okafor', email: 'amara.okafor@meadowbankcare.onmicrosoft.com' },
    access: 'manage',
    ...overrides.summary
  };
  return {
    site: {
      readSummary: jest.fn(() => (overrides.fail ? Promise.reject(overrides.fail) : Promise.resolve(summary)))
    }
  };
}
