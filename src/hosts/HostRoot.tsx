import * as React from 'react';
import { FluentProvider, IdPrefixProvider, MessageBar, MessageBarBody, MessageBarTitle, Spinner, makeStyles, tokens } from '@fluentui/react-components';
import { App } from '../ui/App';
import type { WpqServices } from '../data/services';
import type { AddressBar } from '../ui/app/address';
import { format } from '../loc/strings';
import { hostStringsFor, type HostStrings } from '../loc/hosts';
import type { HostContext } from './HostContext';
import type { StartPlan } from './hostStart';
import { fluentTheme } from './themes';

type HostGateModule = typeof import('./HostGate');
const HostGate = React.lazy(() => import(/* webpackChunkName: 'wpq-host-gate' */ './HostGate') as Promise<HostGateModule>);

const useStyles = makeStyles({
  root: {
    backgroundColor: tokens.colorNeutralBackground1,
    color: tokens.colorNeutralForeground1,
    padding: tokens.spacingHorizontalL,
    minHeight: '100%',
    boxSizing: 'border-box',
    display: 'flex',
    flexDirection: 'column',
    rowGap: tokens.spacingVerticalM
  },
  main: { display: 'flex', flexDirection: 'column', rowGap: tokens.spacingVerticalM, minWidth: 0 },
  heading: { margin: 0, overflowWrap: 'anywhere' },
  text: { overflowWrap: 'anywhere' }
});

export interface HostRootProps {
  host: Omit<HostContext, 'sp'>;
  services: WpqServices;
  plan: StartPlan;
  showDataViews?: boolean;
  address?: AddressBar;
}

/**
 * What every host renders: the app, or first what the host must settle before it — a data site nobody
 * has named, or a configured tab's service (checked by HostGate, loaded on demand).
 */
export function HostRoot(props: HostRootProps): React.ReactElement {
  const { host, services, plan } = props;
  const strings = React.useMemo(() => hostStringsFor(host.locale), [host.locale]);
  const [resolved, setResolved] = React.useState<{ route: string | null } | null>(null);
  const onRoute = React.useCallback((route: string | null) => setResolved({ route }), []);

  if (plan.kind === 'app' || resolved) {
    const initialRoute = plan.kind === 'app' ? plan.initialRoute : resolved?.route ?? null;
    return <App host={{ ...host, initialRoute }} services={services} showDataViews={props.showDataViews} address={props.address} />;
  }
  return (
    <HostFrame host={host}>
      {plan.kind === 'no-data-site' ? (
        <DataSiteMissing strings={strings} />
      ) : (
        <React.Suspense fallback={<Spinner label={strings.loading} />}>
          <HostGate services={services} strings={strings} serviceId={plan.serviceId} screen={plan.screen} onRoute={onRoute} />
        </React.Suspense>
      )}
    </HostFrame>
  );
}

function HostFrame(props: { host: Omit<HostContext, 'sp'>; children: React.ReactNode }): React.ReactElement {
  const styles = useStyles();
  return (
    <IdPrefixProvider value="wpq-">
      <FluentProvider theme={fluentTheme(props.host.theme)} className={styles.root} applyStylesToPortals={false}>
        <main className={styles.main}>{props.children}</main>
      </FluentProvider>
    </IdPrefixProvider>
  );
}

/** No setting names the data site: say so, and who can set it and how. */
export function DataSiteMissing(props: { strings: HostStrings }): React.ReactElement {
  const { strings } = props;
  const styles = useStyles();
  return (
    <>
      <h1 className={styles.heading}>{strings.appTitle}</h1>
      <MessageBar intent="warning" layout="multiline">
        <MessageBarBody>
          <MessageBarTitle>{strings.dataSiteMissingTitle}</MessageBarTitle>
          {strings.dataSiteMissingText}
        </MessageBarBody>
      </MessageBar>
      <p className={styles.text}>{strings.dataSiteWhoTenant}</p>
      <p className={styles.text}>{strings.dataSiteWhoEditor}</p>
    </>
  );
}

/**
 * The services for a data site that another setting named: a failure to read the site says which
 * site it was and who can change the setting, rather than only SharePoint's words.
 */
export function explainDataSiteFailures(services: WpqServices, url: string, locale: string): WpqServices {
  const strings = hostStringsFor(locale);
  return {
    ...services,
    site: {
      readSummary: () =>
        services.site.readSummary().catch((error: Error) => {
          const explained = new Error(format(strings.dataSiteUnreachable, { url, message: error.message.replace(/\.$/, '') }));
          throw explained;
        })
    }
  };
}
