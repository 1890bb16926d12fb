import * as React from 'react';
import { Button, MessageBar, MessageBarBody, MessageBarTitle, Spinner } from '@fluentui/react-components';
import { useApp } from './AppContext';
import { format } from '../loc/strings';
import type { SiteSummary } from '../data/site';
import { ScreenBoundary } from './ScreenBoundary';
import type { AddressBar } from './app/address';

type SectionsModule = typeof import('./Sections');
let sectionsChunk: Promise<SectionsModule> | undefined;

/**
 * The sections (their tabs and the overview) load on demand, started together with the read of the
 * site so that neither waits for the other, to keep the web part's first download small.
 */
function loadSections(): Promise<SectionsModule> {
  if (!sectionsChunk) {
    sectionsChunk = import(/* webpackChunkName: 'wpq-sections' */ './Sections');
    // A chunk that failed to load (a dropped connection) is fetched again next time.
    sectionsChunk.catch(() => {
      sectionsChunk = undefined;
    });
  }
  return sectionsChunk;
}

/** A fresh lazy component each time, so that Try again after a failed load loads the chunk again. */
function lazySections(): React.LazyExoticComponent<SectionsModule['Sections']> {
  return React.lazy(() => loadSections().then((m) => ({ default: m.Sections })));
}

export interface ShellProps {
  /** The local page shows the read models as plain tables, so they can be seen working. */
  showDataViews?: boolean;
  /** Where the route is kept (the page's address). The route table itself loads with the sections. */
  address: AddressBar;
  /** The route to open when the address names none. */
  initialRoute?: string | null;
}

type SummaryState = { kind: 'loading' } | { kind: 'loaded'; summary: SiteSummary } | { kind: 'failed'; message: string };

/** The app's frame in every host: who you are to the site, then the sections you may use (Sections.tsx). */
export function Shell(props: ShellProps): React.ReactElement {
  const { services, strings } = useApp();
  const [state, setState] = React.useState<SummaryState>({ kind: 'loading' });
  const [attempt, setAttempt] = React.useState(0);
  // Each attempt gets its own lazy component: React keeps a failed one failed.
  const Sections = React.useMemo(lazySections, [attempt]);

  const load = React.useCallback((): void => {
    setState({ kind: 'loading' });
    // A failure shows when the sections are rendered; here it only must not go unhandled.
    loadSections().catch(() => undefined);
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
  return (
    <ScreenBoundary
      key={attempt}
      message={(error) => (
        <MessageBar intent="error">
          <MessageBarBody>{format(strings.screenFailed, { message: error.message })}</MessageBarBody>
          <Button onClick={() => setAttempt((n) => n + 1)}>{strings.retry}</Button>
        </MessageBar>
      )}
    >
      <React.Suspense fallback={<Spinner label={strings.loading} />}>
        <Sections summary={state.summary} showDataViews={props.showDataViews} address={props.address} initialRoute={props.initialRoute} />
      </React.Suspense>
    </ScreenBoundary>
  );
}
