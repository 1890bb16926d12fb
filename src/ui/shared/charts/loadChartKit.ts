import type { ChartKit } from './ChartKit';

let pending: Promise<ChartKit> | undefined;

/**
 * The chart library, loaded the first time a chart is shown (its own chunk: @fluentui/react-charts
 * and d3 never reach the entry or the survey). A chunk that failed to load (a dropped connection)
 * is fetched again the next time, so the next chart, or a reload of the screen, tries again.
 */
export function loadChartKit(): Promise<ChartKit> {
  if (!pending) {
    const loading = import(/* webpackChunkName: 'wpq-charts' */ './ChartKit').then((m) => m.default);
    loading.catch(() => {
      if (pending === loading) pending = undefined;
    });
    pending = loading;
  }
  return pending;
}
