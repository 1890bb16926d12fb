import * as React from 'react';
import { MessageBar, MessageBarBody, Spinner, Tab, TabList, makeStyles, tokens } from '@fluentui/react-components';
import { useApp } from './AppContext';
import { format } from '../loc/strings';
import type { SiteSummary } from '../data/site';
import { Home } from './home/Home';
import { ScreenBoundary } from './ScreenBoundary';

// The overview comes with the sections; every other section's screen loads when it is first opened.
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

export interface SectionsProps {
  summary: SiteSummary;
  /** The local page shows the read models as plain tables, so they can be seen working. */
  showDataViews?: boolean;
}

const useStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', rowGap: tokens.spacingVerticalL },
  nav: { overflowX: 'auto', borderBottom: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}` },
  tab: { minHeight: '44px' }
});

/**
 * The sections the person may use, as tabs, and the current one: the overview first. It loads on
 * demand while the shell reads the site (see Shell.tsx); the other sections' screens load when opened.
 */
export function Sections(props: SectionsProps): React.ReactElement {
  const { strings } = useApp();
  const styles = useStyles();
  const [screen, setScreen] = React.useState<ScreenId>('home');
  const { summary } = props;
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
