import * as React from 'react';
import * as ReactDom from 'react-dom';
import { makeStyles, tokens } from '@fluentui/react-components';
import { createSp } from '../../data/sp';
import { createServices, type WpqServices } from '../../data/services';
import type { SiteSummary } from '../../data/site';
import type { DataSiteInfo, HostContext, TeamsFrame, TeamsLinkTarget } from '../HostContext';
import { chooseDataSite, readServedSiteAndTenantDataSite, readTenantDataSite, runsInRootSite, withFirstSummary } from '../dataSite';
import { planStart } from '../hostStart';
import { explainDataSiteFailures, HostRoot } from '../HostRoot';
import { PERSONAL_TAB_ENTITY_ID, TEAMS_APP_ID, TEAMS_TAB_LABEL } from '../teamsApp';
import { ROUTE_PARAM } from '../../ui/app/address';
import { format } from '../../loc/strings';
import { LOCAL_PAGE_LOCALE, localStringsFor } from '../../loc/local';
import { LocalBar, readLocalChoice, type LocalChoice, type LocalServiceOption, type LocalUserOption } from './LocalBar';

const strings = localStringsFor(LOCAL_PAGE_LOCALE);

/**
 * The local page: the same UI and the same data layer as the web part, pointed at the local
 * SharePoint-compatible server on this origin. The server picks the acting user from the
 * `wpq-user` cookie, so the app's own traffic needs nothing special.
 *
 * It imitates each host as the web part meets it: a SharePoint page served from the WPQ site; a
 * Teams channel tab set up for a service; the Teams personal app and the meeting side panel, both
 * served (as in Teams) from the tenant's root site, here this origin's root, which holds no WPQ lists,
 * so they find their data through the tenant property wpqDataSiteUrl.
 */
interface LocalConfig {
  siteUrl: string;
  users: LocalUserOption[];
}

/** The ids a Teams deep link to each imitated surface carries (a real tab's come from Teams' context). */
const LOCAL_CHANNEL_ID = '19:wpq-local-channel@thread.tacv2';
function teamsTarget(choice: LocalChoice): TeamsLinkTarget | null {
  switch (choice.hostKind) {
    case 'teams-channel-tab':
      return { appId: TEAMS_APP_ID, entityId: 'wpq-local-channel-tab', channelId: LOCAL_CHANNEL_ID, label: TEAMS_TAB_LABEL };
    case 'teams-personal-app':
      return { appId: TEAMS_APP_ID, entityId: PERSONAL_TAB_ENTITY_ID, label: TEAMS_TAB_LABEL };
    case 'teams-meeting':
      return { appId: TEAMS_APP_ID, entityId: 'wpq-local-meeting-tab', label: TEAMS_TAB_LABEL };
    default:
      return null;
  }
}

function frameOf(choice: LocalChoice): TeamsFrame | null {
  if (choice.hostKind === 'teams-meeting') return 'sidePanel';
  return choice.hostKind === 'sharepoint-page' ? null : 'content';
}

/**
 * A Teams deep link hands the tab its `context` (`{"subEntityId": …}`) as the tab's sub-page id; the
 * local page takes the same `context` parameter from its own address, once, at start.
 */
function readSubPageId(): string | null {
  const raw = new URL(window.location.href).searchParams.get('context');
  if (!raw) return null;
  try {
    const value = (JSON.parse(raw) as { subEntityId?: unknown }).subEntityId;
    return typeof value === 'string' && value !== '' ? value : null;
  } catch {
    return null;
  }
}
const startSubPageId = readSubPageId();

const useStyles = makeStyles({
  // A phone or a meeting panel: the app in a frame of that width, scrolling only up and down.
  frame: {
    margin: `${tokens.spacingVerticalL} auto`,
    outline: `${tokens.strokeWidthThick} solid ${tokens.colorNeutralStroke1}`,
    overflowX: 'hidden',
    overflowY: 'auto',
    boxSizing: 'content-box'
  }
});

function Root(props: { config: LocalConfig }): React.ReactElement {
  const { config } = props;
  const styles = useStyles();
  const [choice, setChoice] = React.useState<LocalChoice>(() => readLocalChoice(config.users));
  const [generation, setGeneration] = React.useState(0);
  const [serviceOptions, setServiceOptions] = React.useState<LocalServiceOption[] | undefined>(undefined);
  const inRoot = choice.hostKind === 'teams-personal-app' || choice.hostKind === 'teams-meeting';
  // As in Teams: the personal app and meetings run in the tenant's root site.
  const servedFrom = inRoot ? window.location.origin : config.siteUrl;
  const [dataSite, setDataSite] = React.useState<DataSiteInfo | null>(null);
  // The served site's summary, read in the same $batch as the tenant property (as the web part does).
  const servedSummary = React.useRef<Promise<SiteSummary> | null>(null);

  // Read again only when the site the page is served from changes (a SharePoint page and a channel tab
  // share theirs), so that changing only the look re-themes the screen in place.
  const hostKindRef = React.useRef(choice.hostKind);
  hostKindRef.current = choice.hostKind;
  React.useEffect(() => {
    let live = true;
    setDataSite(null);
    // As the web part does: with the served site's summary where that site may hold WPQ, alone in the root site.
    const sp = createSp({ pageContext: { web: { absoluteUrl: servedFrom } } });
    const served = runsInRootSite(hostKindRef.current) ? null : readServedSiteAndTenantDataSite(sp);
    servedSummary.current = served ? served.summary : null;
    (served ? served.tenantDataSite : readTenantDataSite(sp)).then((tenant) => {
      if (live) setDataSite(chooseDataSite({ hostKind: hostKindRef.current, servedFrom, tenantSetting: tenant }));
    }, () => undefined);
    return () => {
      live = false;
    };
  }, [servedFrom, generation]);

  const services = React.useMemo<WpqServices | null>(() => {
    if (!dataSite?.url) return null;
    let made = createServices(createSp({ pageContext: { web: { absoluteUrl: dataSite.url } } }));
    // dataSite changes only when the effect above has read the served site again, so that summary is fresh.
    if (dataSite.url === dataSite.servedFrom && servedSummary.current) made = withFirstSummary(made, servedSummary.current);
    return dataSite.source === 'current-site' ? made : explainDataSiteFailures(made, dataSite.url, LOCAL_PAGE_LOCALE);
  }, [dataSite]);
  const rootServices = React.useMemo(() => createServices(createSp({ pageContext: { web: { absoluteUrl: servedFrom } } })), [servedFrom]);

  const wantsServiceList = choice.hostKind === 'teams-channel-tab' || choice.hostKind === 'teams-meeting';
  React.useEffect(() => {
    // The tab's service list (the local stand-in for the tab's settings), from the data site; read only
    // for the tabs that have that setting, so other hosts make no request the web part would not make.
    if (!services || !wantsServiceList) return;
    services.careServices.list().then(
      ({ data }) => setServiceOptions(data.map((s) => ({ id: s.id, name: s.name, active: s.active }))),
      () => setServiceOptions([])
    );
  }, [services, wantsServiceList]);

  const user = config.users.find((u) => u.key === choice.userKey) ?? config.users[0];
  const configuredServiceId = choice.hostKind === 'teams-channel-tab' || choice.hostKind === 'teams-meeting' ? choice.serviceId ?? null : null;
  const host = React.useMemo<Omit<HostContext, 'sp'>>(
    () => ({
      hostKind: choice.hostKind,
      siteUrl: dataSite?.url ?? servedFrom,
      user: { displayName: user.title, email: user.email, loginName: user.loginName },
      locale: LOCAL_PAGE_LOCALE,
      theme: choice.theme,
      frameContext: frameOf(choice),
      teams: teamsTarget(choice),
      configuredServiceId,
      dataSite: dataSite ?? undefined,
      shareToTeams: null
    }),
    // The theme alone changes in place; everything else starts the app afresh (see the key below).
    // eslint-disable-next-line react-hooks/exhaustive-deps
    [choice.hostKind, choice.theme, configuredServiceId, dataSite, servedFrom, user]
  );

  const onChange = (next: LocalChoice): void => {
    // Another surface or tab setting is another host: it opens where that host opens, not on the screen shown now.
    if (next.surface !== choice.surface || next.serviceId !== choice.serviceId) {
      const url = new URL(window.location.href);
      url.searchParams.delete(ROUTE_PARAM);
      url.searchParams.delete('context');
      window.history.replaceState(window.history.state, '', url.href);
      setGeneration((n) => n + 1);
    }
    setChoice(next);
  };

  let app: React.ReactNode = null;
  if (dataSite) {
    const plan = planStart({
      hostKind: choice.hostKind,
      frameContext: frameOf(choice),
      dataSite,
      subPageId: generation === 0 && choice.hostKind !== 'sharepoint-page' ? startSubPageId : null,
      addressRoute: new URL(window.location.href).searchParams.get(ROUTE_PARAM),
      configuredServiceId
    });
    app = (
      <HostRoot
        key={`${configuredServiceId ?? '-'}:${dataSite.url ?? '-'}:${generation}`}
        host={host}
        services={services ?? rootServices}
        plan={plan}
        showDataViews
      />
    );
  }
  const width = choice.hostKind === 'teams-meeting' ? 320 : choice.width === 'phone' ? 360 : null;
  return (
    <>
      <LocalBar strings={strings} users={config.users} choice={choice} onChange={onChange} services={serviceOptions} />
      {width === null ? (
        app
      ) : (
        <div className={styles.frame} style={{ width: `${width}px` }} data-testid="wpq-frame" data-width={width}>
          {app}
        </div>
      )}
    </>
  );
}

async function start(): Promise<void> {
  const response = await fetch('/local/config.json', { credentials: 'same-origin' });
  if (!response.ok) {
    throw new Error(format(strings.localConfigFailed, { status: response.status }));
  }
  const config = (await response.json()) as LocalConfig;
  ReactDom.render(<Root config={config} />, document.getElementById('root'));
}

start().catch((error: Error) => {
  const root = document.getElementById('root');
  if (root) {
    root.textContent = error.message;
  }
});
