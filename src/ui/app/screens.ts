import * as React from 'react';
import type { ScreenId } from './routes';

/**
 * Each screen is a folder with a default-exported component, loaded the first time it is opened
 * (its own named chunk). Screens read their parameters with `useRoute()`.
 */
type ScreenModule = { default: React.ComponentType };

const loaders: Record<ScreenId, () => Promise<ScreenModule>> = {
  overview: () => import(/* webpackChunkName: 'wpq-overview' */ '../overview/OverviewScreen'),
  mywork: () => import(/* webpackChunkName: 'wpq-mywork' */ '../mywork/MyWorkScreen'),
  services: () => import(/* webpackChunkName: 'wpq-services' */ '../services/ServicesScreen'),
  service: () => import(/* webpackChunkName: 'wpq-services' */ '../services/ServiceScreen'),
  cycle: () => import(/* webpackChunkName: 'wpq-cycle' */ '../cycle/CycleScreen'),
  survey: () => import(/* webpackChunkName: 'wpq-survey' */ '../survey/SurveyScreen'),
  assessment: () => import(/* webpackChunkName: 'wpq-assessment' */ '../assessment/AssessmentScreen'),
  results: () => import(/* webpackChunkName: 'wpq-results' */ '../results/ResultsScreen'),
  actions: () => import(/* webpackChunkName: 'wpq-actions' */ '../actions/ActionsScreen'),
  action: () => import(/* webpackChunkName: 'wpq-actions' */ '../actions/ActionScreen'),
  newaction: () => import(/* webpackChunkName: 'wpq-actions' */ '../actions/NewActionsScreen'),
  measures: () => import(/* webpackChunkName: 'wpq-measures' */ '../measures/MeasuresScreen'),
  review: () => import(/* webpackChunkName: 'wpq-review' */ '../review/ReviewScreen'),
  close: () => import(/* webpackChunkName: 'wpq-review' */ '../review/CloseCycleScreen'),
  portfolio: () => import(/* webpackChunkName: 'wpq-portfolio' */ '../portfolio/PortfolioScreen'),
  evidence: () => import(/* webpackChunkName: 'wpq-evidence' */ '../evidence/EvidenceScreen'),
  meeting: () => import(/* webpackChunkName: 'wpq-meeting' */ '../meeting/MeetingScreen'),
  model: () => import(/* webpackChunkName: 'wpq-model' */ '../model/ModelScreenContainer'),
  setup: () => import(/* webpackChunkName: 'wpq-setup' */ '../setup/SetUpSiteScreen'),
  data: () => import(/* webpackChunkName: 'wpq-data-views' */ '../readModels/ReadModelTables')
};

const lazies = new Map<ScreenId, React.LazyExoticComponent<React.ComponentType>>();

/**
 * The screen's lazy component. A chunk that failed to load (a dropped connection) is forgotten, so
 * Try again fetches it again.
 */
export function lazyScreen(screen: ScreenId): React.LazyExoticComponent<React.ComponentType> {
  let lazy = lazies.get(screen);
  if (!lazy) {
    lazy = React.lazy(() =>
      loaders[screen]().catch((error: unknown) => {
        lazies.delete(screen);
        throw error;
      })
    );
    lazies.set(screen, lazy);
  }
  return lazy;
}

/** Starts loading a screen's chunk early (the overview, while the site is being read). */
export function preloadScreen(screen: ScreenId): void {
  loaders[screen]().catch(() => undefined);
}
