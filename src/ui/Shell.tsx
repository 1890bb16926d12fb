import * as React from 'react';
import {
  Button,
  MessageBar,
  MessageBarBody,
  MessageBarTitle,
  Spinner,
  Tab,
  TabList,
  makeStyles,
  tokens
} from '@fluentui/react-components';
import { useApp } from './AppContext';
import { format } from '../loc/strings';
import type { SiteSummary } from '../data/site';
import { Home } from './home/Home';

// Everything but the first view loads on demand, to keep the web part's first download small.
const ModelScreen = React.lazy(() => import(/* webpackChunkName: 'wpq-model' */ './model/ModelScreenContainer'));
const SetUpSite = React.lazy(() =>
  import(/* webpackChunkName: 'wpq-setup' */ './setup/SetUpSite').then((m) => ({ default: m.SetUpSite }))
);
const ReadModelTables = React.lazy(() =>
  import(/* webpackChunkName: 'wpq-data-views' */ './readModels/ReadModelTables').then((m) => ({
    default: m.ReadModelTables
  }))
);

export type ScreenId = 'home' | 'model' | 'setup' | 'data';

export interface ShellProps {
  /** The local page shows the read models as plain tables, so they can be seen working. */
  showDataViews?: boolean;
}

const useStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', rowGap: tokens.spacingVerticalL },
  nav: { overflowX: 'auto', borderBottom: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}` },
  tab: { minHeight: '44px' }
});

type SummaryState = { kind: 'loading' } | { kind: 'loaded'; summary: SiteSummary } | { kind: 'failed'; message: string };

/** Catches a screen that fails to load or render, so one broken section never blanks the app. */
class ScreenBoundary extends React.Component<{ message: (error: Error) => React.ReactNode; children: React.ReactNode }, { error?: Error }> {
  public state: { error?: Error } = {};

  public static getDerivedStateFromError(error: Error): { error: Error } {
    return { error };
  }

  public render(): React.ReactNode {
    return this.state.error ? this.props.message(this.state.error) : this.props.children;
  }
}

/** The app's frame in every host: who you are to the site, the sections you may use, and the current one. */
export function Shell(props: ShellProps): React.ReactElement {
  const { services, strings } = useApp();
  const styles = useStyles();
  const [state, setState] = React.useState<SummaryState>({ kind: 'loading' });
  const [screen, setScreen] = React.useState<ScreenId>('home');

  const load = React.useCallback((): void => {
    setState({ kind: 'loading' });
    services.site.readSummary().then(
      (summary) => setState({ kind: 'loaded', summary }),
      (error: Error) => setState({ kind: 'failed', message: error.message })
    );
  }, [services]);
  React.useEffect(load, [load]);

  if (state.kind === 'loading') {
    return <Spinner label={strings.loading} />;
  }
  if (state.kind === 'failed') {
    return (
      <MessageBar intent="error">
        <MessageBarBody>
          <MessageBarTitle>{strings.errorHeading}</MessageBarTitle>
          {format(strings.errorLoadingSite, { message: state.message })}
        </MessageBarBody>
        <Button onClick={load}>{strings.retry}</Button>
      </MessageBar>
    );
  }

  const { summary } = state;
  const canManage = summary.access === 'manage';
  const screens: Array<{ id: ScreenId; label: string }> = [
    { id: 'home', label: strings.navHome },
    { id: 'model', label: strings.navModel },
    ...(canManage ? [{ id: 'setup' as const, label: strings.navSetup }] : []),
    ...(props.showDataViews ? [{ id: 'data' as const, label: strings.navDataViews }] : [])
  ];

  return (
    <div className={styles.root}>
      <nav className={styles.nav} aria-label={strings.navLabel}>
        <TabList selectedValue={screen} onTabSelect={(_, data) => setScreen(data.value as ScreenId)}>
          {screens.map((s) => (
            <Tab key={s.id} value={s.id} className={styles.tab}>
              {s.label}
            </Tab>
          ))}
        </TabList>
      </nav>
      <main>
        <ScreenBoundary
          key={screen}
          message={(error) => (
            <MessageBar intent="error">
              <MessageBarBody>{format(strings.screenFailed, { message: error.message })}</MessageBarBody>
            </MessageBar>
          )}
        >
          <React.Suspense fallback={<Spinner label={strings.loadingScreen} />}>
            {screen === 'home' && <Home summary={summary} onNavigate={setScreen} />}
            {screen === 'model' && <ModelScreen canManage={canManage} />}
            {screen === 'setup' && canManage && <SetUpSite />}
            {screen === 'data' && <ReadModelTables />}
          </React.Suspense>
        </ScreenBoundary>
      </main>
    </div>
  );
}
