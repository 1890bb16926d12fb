import type { SPFI } from '@pnp/sp';
import type { SettingsRepository } from './repositories/settings';
import type { DataServices } from './services';

/**
 * The one list of the data layer's areas and how each loads. This file sits in the web part's first
 * download, so it imports types only: every area's code is fetched by an `import()` the first time
 * the area is used (see `createServices` in services.ts).
 *
 * Chunks follow what the code imports, not the areas one by one: webpack cannot split a module, and a
 * module in two chunks is downloaded twice. The survey's start reads cycles, responses and settings,
 * so those areas (with care services and packs) share the core chunk, which is all a survey loads
 * before its first question. Every other area has a chunk of its own; webpack moves code that several
 * of them share into chunks of its own. tests/bench/bundle.ts reads this file to find the chunks on
 * the survey's path.
 */

/** What the loaders of one `createServices` share. */
export interface AreaContext {
  sp: SPFI;
  /** The one settings repository (with its cache of packs) that cycles, packs, closing and the survey share. */
  settings(): Promise<SettingsRepository>;
}

/** Loads one area's code and builds the area for a site. */
export type AreaLoader<K extends keyof DataServices> = (context: AreaContext) => Promise<DataServices[K]>;

/** The settings repository for a site, in the core chunk. `createServices` loads it once. */
export async function loadSettings(sp: SPFI): Promise<SettingsRepository> {
  return (await import(/* webpackChunkName: 'wpq-data-core' */ './repositories/settings')).settingsRepository(sp);
}

/**
 * Every area but `site`, with its loader. A mapped type, so that an area added to WpqServices without a
 * loader here fails to compile; adding an area is one entry.
 */
export const DATA_AREAS: { [K in keyof DataServices]: AreaLoader<K> } = {
  // Set-up is needed rarely and only by site owners.
  setup: async ({ sp }) => {
    const m = await import(/* webpackChunkName: 'wpq-setup' */ './provisioning');
    return { check: () => m.checkSetup(sp), run: (onProgress) => m.runSetup(sp, { onProgress }) };
  },
  careServices: async ({ sp }) => (await import(/* webpackChunkName: 'wpq-data-core' */ './repositories/careServices')).careServicesRepository(sp),
  cycles: async ({ sp, settings }) => {
    const [m, s] = await Promise.all([import(/* webpackChunkName: 'wpq-data-core' */ './repositories/cycles'), settings()]);
    return m.cyclesRepository(sp, s);
  },
  responses: async ({ sp }) => (await import(/* webpackChunkName: 'wpq-data-core' */ './repositories/responses')).responsesRepository(sp),
  actions: async ({ sp }) => (await import(/* webpackChunkName: 'wpq-data-actions' */ './repositories/actions')).actionsRepository(sp),
  measures: async ({ sp }) => (await import(/* webpackChunkName: 'wpq-data-measures' */ './repositories/measures')).measuresRepository(sp),
  reviews: async ({ sp }) => (await import(/* webpackChunkName: 'wpq-data-reviews' */ './repositories/reviews')).reviewsRepository(sp),
  settings: ({ settings }) => settings(),
  packs: async ({ settings }) => {
    const s = await settings();
    return {
      list: () => s.listPacks(),
      save: async (pack) => {
        await s.importPack(pack);
      },
      setActive: (id, version) => s.setActivePack(id, version)
    };
  },
  surveyStart: async ({ sp, settings }) => {
    const [m, s] = await Promise.all([import(/* webpackChunkName: 'wpq-data-core' */ './surveyStart'), settings()]);
    return { read: (cycleId, kind) => m.readSurveyStart(sp, s, cycleId, kind) };
  },
  resultsView: async ({ sp }) => {
    const m = await import(/* webpackChunkName: 'wpq-data-results' */ './resultsView');
    return { read: (cycleId, options) => m.readResultsView(sp, cycleId, options) };
  },
  people: async ({ sp }) => (await import(/* webpackChunkName: 'wpq-data-people' */ './people')).peopleRepository(sp),
  overview: async ({ sp }) => {
    const m = await import(/* webpackChunkName: 'wpq-data-overview' */ './overview');
    return { read: (serviceId) => m.readServiceOverview(sp, serviceId) };
  },
  myWork: async ({ sp }) => {
    const m = await import(/* webpackChunkName: 'wpq-data-mywork' */ './myWork');
    return { read: () => m.readMyWork(sp) };
  },
  portfolio: async ({ sp }) => {
    const m = await import(/* webpackChunkName: 'wpq-data-portfolio' */ './portfolio');
    return { read: () => m.readPortfolio(sp) };
  },
  summaries: async ({ sp }) => (await import(/* webpackChunkName: 'wpq-data-summaries' */ './summaries')).providerSummariesRepository(sp),
  evidence: async ({ sp }) => {
    const m = await import(/* webpackChunkName: 'wpq-data-evidence' */ './evidence');
    return { read: (cycleId) => m.readLeadersEvidence(sp, cycleId) };
  },
  closing: async ({ sp, settings }) => {
    const [m, s] = await Promise.all([import(/* webpackChunkName: 'wpq-data-closing' */ './closeCycle'), settings()]);
    return { close: (request) => m.closeCycleService(sp, s).close(request) };
  }
};
