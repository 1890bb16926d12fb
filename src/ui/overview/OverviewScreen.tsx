import * as React from 'react';
import { Button, MessageBar, MessageBarBody, Spinner, Text, makeStyles, tokens } from '@fluentui/react-components';
import { useApp } from '../AppContext';
import { format, type Strings } from '../../loc/strings';
import type { SiteAccess, SiteSummary } from '../../data/site';
import type { SetupStatus } from '../../data/provisioning';
import type { HostKind } from '../../hosts/HostContext';
import type { ScreenId } from '../Sections';

const useStyles = makeStyles({
  stack: { display: 'flex', flexDirection: 'column', rowGap: tokens.spacingVerticalL, maxWidth: '60rem' },
  facts: {
    display: 'grid',
    gridTemplateColumns: 'max-content 1fr',
    columnGap: tokens.spacingHorizontalL,
    rowGap: tokens.spacingVerticalXS,
    margin: 0
  },
  term: { fontWeight: tokens.fontWeightSemibold },
  definition: { margin: 0 },
  button: { minHeight: '32px', alignSelf: 'flex-start' }
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

type SetupState = { kind: 'checking' } | { kind: 'checked'; status: SetupStatus } | { kind: 'failed'; message: string };

/** Whether WPQ's lists exist on this site, and what the person in front of it can do about it. */
function SetupState(props: { onNavigate: (screen: ScreenId) => void }): React.ReactElement {
  const { services, strings } = useApp();
  const styles = useStyles();
  const [state, setState] = React.useState<SetupState>({ kind: 'checking' });

  React.useEffect(() => {
    let live = true;
    services.setup.check().then(
      (status) => live && setState({ kind: 'checked', status }),
      (error: Error) => live && setState({ kind: 'failed', message: error.message })
    );
    return () => {
      live = false;
    };
  }, [services]);

  let body: React.ReactNode;
  if (state.kind === 'checking') {
    body = <Spinner size="small" label={strings.setupStateChecking} />;
  } else if (state.kind === 'failed') {
    body = (
      <MessageBar intent="error">
        <MessageBarBody>{format(strings.setupStateFailed, { message: state.message })}</MessageBarBody>
      </MessageBar>
    );
  } else {
    const { status } = state;
    const neverSetUp = status.installedVersion === null;
    let message: string;
    if (status.upToDate) {
      message = format(strings.setupStateUpToDate, { version: status.currentVersion });
    } else if (neverSetUp || status.missingLists.length > 0) {
      message = strings.setupStateMissing;
    } else if ((status.installedVersion ?? 0) >= status.currentVersion) {
      // Every list is there and current, yet not up to date: its settings were changed by hand.
      message = strings.setupStateNeedsRepair;
    } else {
      message = format(strings.setupStateUpgrade, {
        installed: status.installedVersion ?? 0,
        current: status.currentVersion
      });
    }
    body = (
      <>
        <Text as="p" block>
          {message}
        </Text>
        {!status.upToDate && !status.canManage && (
          <Text as="p" block>
            {strings.setupStateAskOwner}
          </Text>
        )}
        {!status.upToDate && status.canManage && (
          <Button appearance="primary" className={styles.button} onClick={() => props.onNavigate('setup')}>
            {strings.setupStateGoToSetup}
          </Button>
        )}
      </>
    );
  }
  return (
    <section aria-labelledby="wpq-setup-state-heading">
      <Text as="h2" size={500} weight="semibold" id="wpq-setup-state-heading" block>
        {strings.setupStateHeading}
      </Text>
      {body}
    </section>
  );
}

export interface HomeProps {
  summary: SiteSummary;
  onNavigate: (screen: ScreenId) => void;
}

/** The start screen: which site this is, who you are to it, and whether WPQ is ready on it. */
export function Home(props: HomeProps): React.ReactElement {
  const { host, strings } = useApp();
  const styles = useStyles();
  const { summary } = props;

  return (
    <div className={styles.stack}>
      <header>
        <Text as="h1" size={700} weight="semibold" block>
          {strings.appTitle}
        </Text>
        <Text as="p" block>
          {strings.appSubtitle} · {hostLabel(strings, host.hostKind)}
        </Text>
      </header>
      <section aria-labelledby="wpq-site-heading">
        <Text as="h2" size={500} weight="semibold" id="wpq-site-heading" block>
          {strings.siteHeading}
        </Text>
        <dl className={styles.facts}>
          <dt className={styles.term}>{strings.siteTitleLabel}</dt>
          <dd className={styles.definition}>{summary.title}</dd>
          <dt className={styles.term}>{strings.signedInAs}</dt>
          <dd className={styles.definition}>{summary.user.title}</dd>
          <dt className={styles.term}>{strings.yourAccess}</dt>
          <dd className={styles.definition}>{accessLabel(strings, summary.access)}</dd>
        </dl>
      </section>
      <SetupState onNavigate={props.onNavigate} />
    </div>
  );
}
