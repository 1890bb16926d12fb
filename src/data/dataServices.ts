import type { SPFI } from '@pnp/sp';
import { peopleRepository } from './people';
import { readMyWork, readPortfolio, readServiceOverview, readSurveyStart } from './readModels';
import { actionsRepository } from './repositories/actions';
import { careServicesRepository } from './repositories/careServices';
import { cyclesRepository } from './repositories/cycles';
import { measuresRepository } from './repositories/measures';
import { responsesRepository } from './repositories/responses';
import { reviewsRepository } from './repositories/reviews';
import { settingsRepository } from './repositories/settings';
import { providerSummariesRepository } from './summaries';
import { readLeadersEvidence } from './evidence';
import { closeCycleService } from './closeCycle';
import { readResultsView } from './resultsView';
import type { DataServices } from './services';

/** The data layer over PnPjs for one site. Loaded on first use by `createServices` (services.ts). */
export function createDataServices(sp: SPFI): DataServices {
  const settings = settingsRepository(sp);
  return {
    // Set-up is needed rarely and only by site owners: its code loads when first used.
    setup: {
      check: async () => (await import(/* webpackChunkName: 'wpq-setup' */ './provisioning')).checkSetup(sp),
      run: async (onProgress) => (await import(/* webpackChunkName: 'wpq-setup' */ './provisioning')).runSetup(sp, { onProgress })
    },
    careServices: careServicesRepository(sp),
    cycles: cyclesRepository(sp, settings),
    responses: responsesRepository(sp),
    actions: actionsRepository(sp),
    measures: measuresRepository(sp),
    reviews: reviewsRepository(sp),
    settings,
    people: peopleRepository(sp),
    packs: {
      list: () => settings.listPacks(),
      save: async (pack) => {
        await settings.importPack(pack);
      },
      setActive: (id, version) => settings.setActivePack(id, version)
    },
    overview: { read: (serviceId) => readServiceOverview(sp, serviceId) },
    myWork: { read: () => readMyWork(sp) },
    portfolio: { read: () => readPortfolio(sp) },
    summaries: providerSummariesRepository(sp),
    evidence: { read: (cycleId) => readLeadersEvidence(sp, cycleId) },
    closing: { close: (request) => closeCycleService(sp, settings).close(request) },
    resultsView: { read: (cycleId, options) => readResultsView(sp, cycleId, options) },
    surveyStart: { read: (cycleId, kind) => readSurveyStart(sp, settings, cycleId, kind) }
  };
}
