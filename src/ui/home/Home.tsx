import * as React from 'react';
import {
  Button,
  MessageBar,
  MessageBarBody,
  MessageBarTitle,
  Spinner,
  Text,
  makeStyles,
  tokens
} from '@fluentui/react-components';
import { useApp } from '../AppContext';
import { format, type Strings } from '../../loc/strings';
import type { SiteAccess, SiteSummary } from '../../data/site';
import type { HostKind } from '../../hosts/HostContext';

const useStyles = makeStyles({
  stack: { display: 'flex', flexDirection: 'column', rowGap: tokens.spacingVerticalM, maxWidth: '60rem' },
  facts: {
    display: 'grid',
    gridTemplateColumns: 'max-content 1fr',
    columnGap: tokens.spacingHorizontalL,
    rowGap: tokens.spacingVerticalXS,
    margin: 0
  },
  term: { fontWeight: tokens.fontWeightSemibold },
  definition: { margin: 0 }
});

function hostLabel(strings: Strings, kind: HostKind): string {
  switch (kind) {
    case 'sharepoint-page':
      return strings.hostSharePoint;
    case 'teams-channel-tab':
      return strings.hostTeamsChannel;
    case 'teams-personal-app':
      return strings.hostTeamsPersonal;
    default:
      return strings.hostLocal;
  }
}

function accessLabel(strings: Strings, access: SiteAccess): string {
  switch (access) {
    case 'manage':
      return strings.accessManage;
    case 'contribute':
      return strings.accessContribute;
    case 'read':
      return strings.accessRead;
    default:
      return strings.accessNone;
  }
}

type LoadState = { kind: 'loading' } | { kind: 'loaded'; summary: SiteSummary } | { kind: 'failed'; message: string };

/** The start screen: which site this is, who you are to it, and what WPQ can do here. */
export function Home(): React.ReactElement {
  const { host, services, strings } = useApp();
  const styles = useStyles();
  const [state, setState] = React.useState<LoadState>({ kind: 'loading' });

  const load = React.useCallback((): void => {
    setState({ kind: 'loading' });
    services.site.readSummary().then(
      (summary) => setState({ kind: 'loaded', summary }),
      (error: Error) => setState({ kind: 'failed', message: error.message })
    );
  }, [services]);

  React.useEffect(load, [load]);

  return (
    <main className={styles.stack} aria-labelledby="wpq-title">
      <header>
        <Text as="h1" size={700} weight="semibold" id="wpq-title" block>
          {strings.appTitle}
        </Text>
        <Text as="p" block>
          {strings.appSubtitle} · {hostLabel(strings, host.hostKind)}
        </Text>
      </header>
      {state.kind === 'loading' && <Spinner label={strings.loading} />}
      {state.kind === 'failed' && (
        <MessageBar intent="error">
          <MessageBarBody>
            <MessageBarTitle>{strings.errorHeading}</MessageBarTitle>
            {format(strings.errorLoadingSite, { message: state.message })}
          </MessageBarBody>
          <Button onClick={load}>{strings.retry}</Button>
        </MessageBar>
      )}
      {state.kind === 'loaded' && (
        <section aria-labelledby="wpq-site-heading">
          <Text as="h2" size={500} weight="semibold" id="wpq-site-heading" block>
            {strings.siteHeading}
          </Text>
          <dl className={styles.facts}>
            <dt className={styles.term}>{strings.siteTitleLabel}</dt>
            <dd className={styles.definition}>{state.summary.title}</dd>
            <dt className={styles.term}>{strings.signedInAs}</dt>
            <dd className={styles.definition}>{state.summary.user.title}</dd>
            <dt className={styles.term}>{strings.yourAccess}</dt>
            <dd className={styles.definition}>{accessLabel(strings, state.summary.access)}</dd>
          </dl>
        </section>
      )}
    </main>
  );
}
