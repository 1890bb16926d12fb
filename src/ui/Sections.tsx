import * as React from 'react';
import { Button, MessageBar, MessageBarActions, MessageBarBody, MessageBarTitle, Spinner, Tab, TabList, makeStyles, tokens } from '@fluentui/react-components';
import { useApp } from './AppContext';
import { format } from '../loc/strings';
import type { SiteSummary } from '../data/site';
import { ScreenBoundary } from './ScreenBoundary';
import { SiteProvider } from './app/SiteContext';
import { RouteProvider, useNavigation } from './app/navigation';
import type { AddressBar } from './app/address';
import { canOpen, HOME, type Route, type ScreenId } from './app/routes';
import { lazyScreen } from './app/screens';
import { useKitStrings } from './shared/useKit';

export interface SectionsProps {
  summary: SiteSummary;
  /** The local page shows the read models as plain tables, so they can be seen working. */
  showDataViews?: boolean;
  /** Where the route is kept; when absent, a route provider above (a test's) is used. */
  address?: AddressBar;
  initialRoute?: string | null;
}

const useStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', rowGap: tokens.spacingVerticalL, minWidth: 0 },
  nav: { overflowX: 'auto', borderBottom: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}` },
  tab: { minHeight: '44px' },
  main: { minWidth: 0 }
});

/** The tab each screen sits under: screens reached from another are shown under it. */
const SECTION_OF: Record<ScreenId, ScreenId> = {
  overview: 'overview',
  results: 'overview',
  mywork: 'mywork',
  survey: 'mywork',
  assessment: 'mywork',
  services: 'services',
  service: 'services',
  cycle: 'services',
  model: 'model',
  setup: 'setup',
  data: 'data'
};

/**
 * The sections the person may use, as tabs, and the screen the address names. It loads on demand
 * while the shell reads the site (see Shell.tsx); each screen loads when first opened.
 */
export function Sections(props: SectionsProps): React.ReactElement {
  // The route table (and zod, which parses routes) loads with the sections, not in the first download.
  if (!props.address) return <SectionsInRoute {...props} />;
  return (
    <RouteProvider address={props.address} initialRoute={props.initialRoute}>
      <SectionsInRoute {...props} />
    </RouteProvider>
  );
}

function SectionsInRoute(props: SectionsProps): React.ReactElement {
  const { strings } = useApp();
  const kit = useKitStrings();
  const styles = useStyles();
  const { parsed, navigate } = useNavigation();
  const [attempt, setAttempt] = React.useState(0);
  const { summary } = props;
  const tabs: Array<{ id: ScreenId; label: string }> = [
    { id: 'overview' as const, label: strings.navHome },
    { id: 'mywork' as const, label: strings.navMyWork },
    { id: 'services' as const, label: strings.navServices },
    { id: 'model' as const, label: strings.navModel },
    { id: 'setup' as const, label: strings.navSetup },
    ...(props.showDataViews ? [{ id: 'data' as const, label: strings.navDataViews }] : [])
  ].filter((t) => canOpen(t.id, summary.access));

  const route: Route | null = parsed.ok ? parsed.route : null;
  const allowed = route !== null && canOpen(route.screen, summary.access) && (route.screen !== 'data' || props.showDataViews === true);
  const selected = route && allowed ? SECTION_OF[route.screen] : undefined;

  let content: React.ReactNode;
  if (!parsed.ok) {
    content = (
      <RouteMessage
        title={kit.routeUnknownTitle}
        text={format(parsed.problem === 'incomplete' ? kit.routeIncomplete : kit.routeUnknown, { route: parsed.text })}
        onHome={() => navigate(HOME)}
      />
    );
  } else if (!allowed) {
    content = <RouteMessage title={kit.routeNotAllowedTitle} text={kit.routeNotAllowed} onHome={() => navigate(HOME)} />;
  } else {
    const Screen = lazyScreen(parsed.route.screen);
    content = (
      <ScreenBoundary
        key={`${parsed.route.screen}:${attempt}`}
        message={(error) => (
          <MessageBar intent="error">
            <MessageBarBody>{format(strings.screenFailed, { message: error.message })}</MessageBarBody>
            <MessageBarActions>
              <Button onClick={() => setAttempt((n) => n + 1)}>{kit.retry}</Button>
            </MessageBarActions>
          </MessageBar>
        )}
      >
        <React.Suspense fallback={<Spinner label={strings.loadingScreen} />}>
          <Screen />
        </React.Suspense>
      </ScreenBoundary>
    );
  }

  return (
    <SiteProvider summary={summary}>
      <div className={styles.root}>
        <nav className={styles.nav} aria-label={strings.navLabel}>
          <TabList selectedValue={selected} onTabSelect={(_, data) => navigate({ screen: data.value as ScreenId })}>
            {tabs.map((s) => (
              <Tab key={s.id} value={s.id} className={styles.tab}>
                {s.label}
              </Tab>
            ))}
          </TabList>
        </nav>
        <main className={styles.main}>{content}</main>
      </div>
    </SiteProvider>
  );
}

function RouteMessage(props: { title: string; text: string; onHome: () => void }): React.ReactElement {
  const kit = useKitStrings();
  return (
    <MessageBar intent="warning" layout="multiline">
      <MessageBarBody>
        <MessageBarTitle>{props.title}</MessageBarTitle>
        {props.text}
      </MessageBarBody>
      <MessageBarActions>
        <Button onClick={props.onHome}>{kit.routeGoHome}</Button>
      </MessageBarActions>
    </MessageBar>
  );
}
