import * as React from 'react';
import { Button, MessageBar, MessageBarBody, Spinner, makeStyles, tokens, useId } from '@fluentui/react-components';
import { useApp } from '../../AppContext';
import { useKitStrings } from '../useKit';
import type { ChartKit, ChartViewOptions } from './ChartKit';
import { loadChartKit } from './loadChartKit';
import { chartPalette } from './palette';
import { visuallyHidden } from '../layout';

const useStyles = makeStyles({
  frame: { display: 'flex', flexDirection: 'column', rowGap: tokens.spacingVerticalS, minWidth: 0, position: 'relative' },
  toolbar: { display: 'flex', flexWrap: 'wrap', justifyContent: 'flex-end', gap: tokens.spacingHorizontalS },
  toggle: { minHeight: '32px' },
  chart: { minWidth: 0, width: '100%' },
  table: { minWidth: 0 },
  // Visually hidden but read by screen readers. Where the system forces its own colours (Windows
  // contrast themes), the bars' colours may be replaced, so the table is shown under the chart.
  hiddenTable: {
    ...visuallyHidden,
    '@media (forced-colors: active)': {
      position: 'static',
      width: 'auto',
      height: 'auto',
      margin: 0,
      overflow: 'visible',
      clip: 'auto',
      whiteSpace: 'normal'
    }
  }
});

type KitState = { kind: 'loading' } | { kind: 'loaded'; kit: ChartKit } | { kind: 'failed' };

export interface ChartFrameProps {
  /**
   * The same figures as a table: always in the page for screen readers, shown on request or when the
   * chart cannot load. Its caption takes `captionId`, which tells the switch which chart it is for.
   */
  table: (captionId: string) => React.ReactNode;
  /** The chart, once the chart library has loaded. */
  chart: (kit: ChartKit, options: ChartViewOptions) => React.ReactElement;
}

/**
 * A chart with its table: loads the chart library on demand, lets people switch to the table, falls
 * back to the table when the library cannot be loaded, and closes the chart's focus callout on Escape.
 */
export function ChartFrame(props: ChartFrameProps): React.ReactElement {
  const styles = useStyles();
  const strings = useKitStrings();
  const { host } = useApp();
  const [state, setState] = React.useState<KitState>({ kind: 'loading' });
  const [view, setView] = React.useState<'chart' | 'table'>('chart');
  const [hideTooltip, setHideTooltip] = React.useState(false);
  const captionId = useId('chart-caption-');

  React.useEffect(() => {
    let live = true;
    loadChartKit().then(
      (kit) => live && setState({ kind: 'loaded', kit }),
      () => live && setState({ kind: 'failed' })
    );
    return () => {
      live = false;
    };
  }, []);

  const failed = state.kind === 'failed';
  const tableShown = failed || view === 'table';
  const options: ChartViewOptions = { palette: chartPalette(host.theme), hideTooltip, culture: host.locale };

  const onKeyDown = (event: React.KeyboardEvent): void => {
    if (event.key === 'Escape' && !hideTooltip) setHideTooltip(true);
  };
  // Moving on to another bar (keyboard or pointer) brings the callout back.
  const showTooltipAgain = (): void => {
    if (hideTooltip) setHideTooltip(false);
  };

  return (
    <div className={styles.frame}>
      {failed ? (
        <MessageBar intent="info" layout="multiline">
          <MessageBarBody>{strings.chartLoadFailed}</MessageBarBody>
        </MessageBar>
      ) : (
        <div className={styles.toolbar}>
          <Button className={styles.toggle} aria-describedby={captionId} onClick={() => setView(view === 'chart' ? 'table' : 'chart')}>
            {view === 'chart' ? strings.chartShowTable : strings.chartShowChart}
          </Button>
        </div>
      )}
      {!tableShown && state.kind === 'loading' && <Spinner size="small" label={strings.loading} />}
      {!tableShown && state.kind === 'loaded' && (
        // The chart's bars take the focus themselves; this wrapper only listens for Escape.
        <div className={styles.chart} onKeyDown={onKeyDown} onFocus={showTooltipAgain} onMouseMove={showTooltipAgain}>
          {props.chart(state.kit, options)}
        </div>
      )}
      <div className={tableShown ? styles.table : styles.hiddenTable}>{props.table(captionId)}</div>
    </div>
  );
}
