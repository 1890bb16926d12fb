import type { SPFI } from '@pnp/sp';
import { DATA_AREAS, loadSettings, type AreaContext, type AreaLoader } from './dataServices';
import { readSiteSummary, type SiteSummary } from './site';
import type { PeopleRepository } from './people';
import type { SetupProgress, SetupResult, SetupStatus } from './provisioning';
import type { ActionsRepository } from './repositories/actions';
import type { CareServicesRepository } from './repositories/careServices';
import type { CyclesRepository } from './repositories/cycles';
import type { MeasuresRepository } from './repositories/measures';
import type { ResponsesRepository } from './repositories/responses';
import type { ReviewsRepository } from './repositories/reviews';
import type { SettingsRepository } from './repositories/settings';
import type { ReadResult } from './rows';
import type { ProviderSummariesRepository } from './summaries';
import type { CloseRequest, CloseResult } from './closeCycle';
import type { ResultsView, ResultsViewOptions } from './resultsView';
import type { LeadersEvidence, MyWork, PackManagement, Portfolio, ResponseKind, ServiceOverview, SurveyStart } from './types';

/**
 * The data layer as the UI sees it: one interface per area, one implementation over PnPjs.
 * Components depend on these interfaces only, so they can be tested without SharePoint.
 * Every read of rows returns `{ data, warnings }`: rows that people broke by hand are named in the
 * warnings and left out, never counted.
 */
export interface WpqServices {
  site: {
    readSummary(): Promise<SiteSummary>;
  };
  /** "Set up this site" (managers only, checked with SharePoint's effective permissions). */
  setup: {
    check(): Promise<SetupStatus>;
    run(onProgress?: (progress: SetupProgress) => void): Promise<SetupResult>;
  };
  /** The organisation's services (locations or teams). */
  careServices: CareServicesRepository;
  cycles: CyclesRepository;
  responses: ResponsesRepository;
  actions: ActionsRepository;
  measures: MeasuresRepository;
  reviews: ReviewsRepository;
  settings: SettingsRepository;
  /** People search for people pickers, adding people to the site's users, site users by id. */
  people: PeopleRepository;
  /** Model packs for the Model screen's management part (list, import, choose for new cycles). */
  packs: PackManagement;
  overview: {
    /** One service: current cycle, published scores, action counts, latest measures (at most 2 round trips). */
    read(serviceId: number): Promise<ReadResult<ServiceOverview>>;
  };
  myWork: {
    /** Surveys waiting for the signed-in person and the actions they own, across services (2 round trips). */
    read(): Promise<ReadResult<MyWork>>;
  };
  portfolio: {
    /** Every service's phase, published scores, overdue actions, latest measures and imported summaries (1 round trip). */
    read(): Promise<ReadResult<Portfolio>>;
  };
  /** Provider summaries: a cycle's summary for commissioners, and the summaries imported from providers. */
  summaries: ProviderSummariesRepository;
  evidence: {
    /** Leaders' notes and links per statement of a cycle, without who gave them (managers only; 1 round trip). */
    read(cycleId: number): Promise<ReadResult<LeadersEvidence>>;
  };
  /** Closing a cycle: decisions on its unfinished actions, the next cycle, then the phase (safe to run again). */
  closing: {
    close(request: CloseRequest): Promise<CloseResult>;
  };
  resultsView: {
    /**
     * The results screen's first view: the cycle with its published results and, in the same round trip,
     * the service's figures (when the link named the service) and, if asked, the staff comments.
     */
    read(cycleId: number, options: ResultsViewOptions): Promise<ResultsView>;
  };
  surveyStart: {
    /** What a survey or self-assessment needs before its first question (1 round trip; 2 for a stored pack). */
    read(cycleId: number, kind: ResponseKind): Promise<SurveyStart>;
  };
}

/** Every area of the data layer but `site`, which the first view needs at once. */
export type DataServices = Omit<WpqServices, 'site'>;

/**
 * A promise made once and kept, unless it fails: a chunk that failed to load (a dropped connection)
 * is fetched again the next time it is asked for.
 */
function keptUnlessFailed<T>(make: () => Promise<T>): () => Promise<T> {
  let kept: Promise<T> | undefined;
  return () => {
    if (!kept) {
      const made = make();
      kept = made;
      made.catch(() => {
        if (kept === made) kept = undefined;
      });
    }
    return kept;
  };
}

/**
 * An area whose code loads on first use. Each method waits for the area's chunk, then calls the real
 * implementation; the object itself is stable, so screens can keep it in effects' deps.
 */
function deferredArea<K extends keyof DataServices>(load: () => Promise<DataServices[K]>): DataServices[K] {
  return new Proxy({} as DataServices[K], {
    get: (_target, method) => {
      // 'then' stays undefined so that an area is never mistaken for a promise.
      if (typeof method !== 'string' || method === 'then') return undefined;
      return (...args: unknown[]): Promise<unknown> =>
        load().then((area) => {
          const target = area as unknown as Record<string, (...a: unknown[]) => Promise<unknown>>;
          return target[method](...args);
        });
    }
  });
}

/**
 * The services for one site. Only the site summary is in the web part's first download; each other
 * area of the data layer (repositories, read models, the list schema, zod and the model pack) loads
 * the first time a screen uses it, in its own chunk (dataServices.ts lists the areas and their
 * chunks), so a screen downloads only the code of the areas it uses.
 */
export function createServices(sp: SPFI): WpqServices {
  // One settings repository per site, shared by the areas that need it (cycles, packs, closing, the
  // survey), so that its cache of packs serves them all.
  const settings = keptUnlessFailed(() => loadSettings(sp));
  const context: AreaContext = { sp, settings };
  const deferred = Object.fromEntries(
    (Object.keys(DATA_AREAS) as Array<keyof DataServices>).map((area) => {
      const loader = DATA_AREAS[area] as AreaLoader<typeof area>;
      return [area, deferredArea(keptUnlessFailed(() => loader(context)))];
    })
  ) as unknown as DataServices;
  return { site: { readSummary: () => readSiteSummary(sp) }, ...deferred };
}
