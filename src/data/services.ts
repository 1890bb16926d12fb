import type { SPFI } from '@pnp/sp';
import { readSiteSummary, type SiteSummary } from './site';

/**
 * The data layer as the UI sees it: one interface per area, one implementation over PnPjs.
 * Components depend on these interfaces only, so they can be tested without SharePoint.
 */
export interface WpqServices {
  site: {
    readSummary(): Promise<SiteSummary>;
  };
}

export function createServices(sp: SPFI): WpqServices {
  return {
    site: {
      readSummary: () => readSiteSummary(sp)
    }
  };
}
