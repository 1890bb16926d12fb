import * as React from 'react';
import { Button, MessageBar, MessageBarActions, MessageBarBody, MessageBarTitle, Spinner, makeStyles, mergeClasses, tokens } from '@fluentui/react-components';
import { useApp } from './AppContext';
import { format } from '../loc/strings';
import type { SiteSummary } from '../data/site';
import { ScreenBoundary } from './ScreenBoundary';
import { SiteProvider } from './app/SiteContext';
import { RouteLink, RouteProvider, useNavigation } from './app/navigation';
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
  nav: { borderBottom: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}` },
  sections: { listStyleType: 'none', margin: 0, padding: 0, display: 'flex', flexWrap: 'wrap', columnGap: tokens.spacingHorizontalS },
  section: {
    display: 'inline-flex',
    alignItems: 'center',
    minHeight: '44px',
    paddingLeft: tokens.spacingHorizontalS,
    paddingRight: tokens.spacingHorizontalS,
    color: tokens.colorNeutralForeground2,
    textDecorationLine: 'none',
    borderBottom: `${tokens.strokeWidthThicker} solid transparent`,
    ':hover': { color: tokens.colorNeutralForeground1, textDecorationLine: 'underline' }
  },
  current: {
    color: tokens.colorNeutralForeground1,
    fontWeight: tokens.fontWeightSemibold,
    borderBottomColor: tokens.colorCompoundBrandStroke,
    '@media (forced-colors: active)': { borderBottomColor: 'Highlight' }
  },
  main: { minWidth: 0 }
});

/** The tab each screen sits under: screens reached from another are shown under it. */
const SECTION_OF: Record<ScreenId, ScreenId> = {
  overview: 'overview',
  results: 'overview',
  actions: 'overview',
  action: 'overview',
  newaction: 'overview',
  measures: 'overview',
  review: 'overview',
  close: 'overview',
  evidence: 'overview',
  portfolio: 'portfolio',
  meeting: 'overview',
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
  const { strings, host } = useApp();
  const kit = useKitStrings();
  const styles = useStyles();
  const { parsed, navigate } = useNavigation();
  // The meeting side panel is about 280 px wide: it shows its one screen without the sections.
  const inSidePanel = host.frameContext === 'sidePanel';
  const [attempt, setAttempt] = React.useState(0);
  const { summary } = props;
  const tabs: Array<{ id: ScreenId; label: string }> = [
    { id: 'overview' as const, label: strings.navHome },
    { id: 'mywork' as const, label: strings.navMyWork },
    { id: 'services' as const, label: strings.navServices },
    { id: 'portfolio' as const, label: strings.navPortfolio },
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
        {!inSidePanel && (
        <nav className={styles.nav} aria-label={strings.navLabel}>
          {/* Links, not tabs: each section is a page with its own address, so it can be opened in a new tab or copied. */}
          <ul className={styles.sections}>
            {tabs.map((s) => (
              <li key={s.id}>
                <RouteLink
                  to={{ screen: s.id }}
                  className={mergeClasses(styles.section, selected === s.id && styles.current)}
                  aria-current={selected === s.id ? 'page' : undefined}
                >
                  {s.label}
                </RouteLink>
              </li>
            ))}
          </ul>
        </nav>
        )}
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
