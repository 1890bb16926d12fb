import * as React from 'react';
import { Field, MessageBar, MessageBarBody, Select, Spinner, makeStyles } from '@fluentui/react-components';
import { DataError } from '../../data/errors';
import type { CareService, ServiceOverview } from '../../data/types';
import type { SiteAccess } from '../../data/site';
import type { HostKind } from '../../hosts/HostContext';
import { enGBOverview, overviewTranslations } from '../../loc/overview';
import { format, type Strings } from '../../loc/strings';
import type { ModelPack } from '../../model';
import { useApp } from '../AppContext';
import { RouteLink, useNavigate, useRoute } from '../app/navigation';
import { useSite } from '../app/SiteContext';
import { Facts, Page, Paragraph, Section } from '../shared/layout';
import { ErrorBar, QueryView } from '../shared/QueryView';
import { usePack } from '../shared/usePack';
import { useKitStrings } from '../shared/useKit';
import { useQuery, type Query } from '../shared/useQuery';
import { useStrings } from '../shared/useStrings';
import { CycleFacts } from './CycleFacts';
import { Measures } from './Measures';
import { PillarGuide } from './PillarGuide';
import { Scores } from './Scores';
import { SetupState } from './SetupState';
import { chooseService, readRemembered, remember } from './serviceChoice';
import { Waiting } from './Waiting';

const useStyles = makeStyles({
  select: { maxWidth: '24rem', minWidth: 0 },
  link: { display: 'inline-flex', alignItems: 'center', minHeight: '24px' }
});

function hostLabel(strings: Strings, kind: HostKind): string {
  switch (kind) {
    case 'sharepoint-page':
      return strings.hostSharePoint;
    case 'teams-channel-tab':
      return strings.hostTeamsChannel;
    case 'teams-personal-app':
      return strings.hostTeamsPersonal;
    case 'teams-meeting':
      return strings.hostTeamsMeeting;
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

function isNotSetUp(error: unknown): boolean {
  return error instanceof DataError && error.kind === 'not-set-up';
}

/**
 * The model pack for the shown service: the one its published results or current cycle pinned, or
 * (before any cycle) the one new cycles will use.
 */
function useOverviewPack(overview: ServiceOverview): Query<ModelPack> {
  const { services } = useApp();
  const source = overview.results ?? overview.currentCycle;
  const pin = source ? { packId: source.packId, packVersion: source.packVersion } : null;
  const active = useQuery(pin ? null : 'pack:active', () => services.settings.readActivePack());
  const activePin = active.kind === 'loaded' ? { packId: active.data.id, packVersion: active.data.version } : null;
  const pack = usePack(pin ?? activePin);
  if (!pin && active.kind === 'failed') return active;
  return pack;
}

/** Everything about one service: its current cycle and phase, published scores, the pillars and measures. */
function ServiceDetail(props: { overview: ServiceOverview }): React.ReactElement {
  const strings = useStrings(overviewTranslations, enGBOverview);
  const kit = useKitStrings();
  const canManage = useSite().access === 'manage';
  const { overview } = props;
  const pack = useOverviewPack(overview);
  const cycle = overview.currentCycle;
  const results = overview.results;

  return (
    <>
      {!overview.service.active && <Paragraph>{strings.serviceArchivedNote}</Paragraph>}
      <Section title={strings.cycleHeading} level={3}>
        {cycle ? <CycleFacts overview={overview} /> : <Paragraph>{canManage ? strings.cycleNoneManager : strings.cycleNone}</Paragraph>}
      </Section>
      <Section title={strings.scoresHeading} level={3}>
        {!cycle && <Paragraph>{strings.scoresNoCycle}</Paragraph>}
        {cycle && !overview.results && <Paragraph>{format(strings.scoresNotPublished, { cycle: cycle.title })}</Paragraph>}
        {cycle && results && <QueryView query={pack}>{(p) => <Scores results={results} pack={p} cycle={cycle} />}</QueryView>}
        {/* Without the model pack there are no pillar names: one message (in the scores, or alone) says so. */}
        {pack.kind === 'failed' && !(cycle && results) && <ErrorBar error={pack.error} title={kit.loadFailed} onRetry={pack.reload} />}
      </Section>
      {pack.kind !== 'failed' && (overview.measures.length > 0 || canManage) && (
        <Section title={strings.measuresHeading} level={3}>
          {overview.measures.length > 0 ? (
            <QueryView query={pack}>{(p) => <Measures measures={overview.measures} pack={p} />}</QueryView>
          ) : (
            <Paragraph>{strings.measuresNone}</Paragraph>
          )}
          <Paragraph>
            <RouteLink to={{ screen: 'measures', serviceId: overview.service.id }}>{canManage ? strings.measuresOpenManager : strings.measuresOpen}</RouteLink>
          </Paragraph>
        </Section>
      )}
      {pack.kind !== 'failed' && (
        <Section title={strings.pillarsHeading} level={3}>
          <QueryView query={pack}>{(p) => <PillarGuide pack={p} />}</QueryView>
        </Section>
      )}
    </>
  );
}

/** A choice of service (when there is more than one to offer) and the chosen service's overview. */
function ServiceArea(props: { services: CareService[] }): React.ReactElement {
  const { services } = useApp();
  const strings = useStrings(overviewTranslations, enGBOverview);
  const site = useSite();
  const route = useRoute();
  const navigate = useNavigate();
  const styles = useStyles();
  const kit = useKitStrings();
  const canWork = site.access === 'manage' || site.access === 'contribute';
  const [remembered] = React.useState(() => readRemembered(site.url));
  const choice = chooseService(props.services, route.serviceId, remembered);
  const shown = choice.service;

  // A service the address names is a choice too: keep it for the next visit.
  React.useEffect(() => {
    if (route.serviceId !== null && shown?.id === route.serviceId) remember(site.url, route.serviceId);
  }, [route.serviceId, shown?.id, site.url]);

  const overview = useQuery(shown ? `overview:${shown.id}` : null, () => services.overview.read((shown as CareService).id));

  if (!shown) {
    return (
      <Section title={strings.noServicesHeading}>
        {site.access === 'manage' ? (
          <>
            <Paragraph>{strings.noServicesManager}</Paragraph>
            <Paragraph>
              <RouteLink to={{ screen: 'services' }} className={styles.link}>
                {strings.noServicesManagerLink}
              </RouteLink>
            </Paragraph>
          </>
        ) : (
          <Paragraph>{strings.noServicesOther}</Paragraph>
        )}
      </Section>
    );
  }

  const onChoose = (id: number): void => {
    remember(site.url, id);
    navigate({ screen: 'overview', serviceId: id }, { replace: true });
  };
  const label = (s: CareService): string => (s.active ? s.name : format(strings.serviceArchived, { name: s.name }));
  // While another service's overview loads, the last one is still in the query: never show it under this name.
  const loaded = overview.kind === 'loaded' && overview.data.data.service.id === shown.id ? overview.data.data : null;

  return (
    <>
      {choice.missing && (
        <MessageBar intent="warning" layout="multiline">
          <MessageBarBody>{format(strings.serviceNotFound, { name: shown.name })}</MessageBarBody>
        </MessageBar>
      )}
      {canWork && <Waiting overview={loaded} manage={site.access === 'manage'} />}
      {choice.options.length > 1 && (
        <Field label={strings.serviceLabel} className={styles.select}>
          <Select value={String(shown.id)} onChange={(_, data) => onChoose(Number(data.value))}>
            {choice.options.map((s) => (
              <option key={s.id} value={String(s.id)}>
                {label(s)}
              </option>
            ))}
          </Select>
        </Field>
      )}
      <Section title={label(shown)}>
        <QueryView query={overview}>{() => (loaded ? <ServiceDetail overview={loaded} /> : <Spinner label={kit.loading} />)}</QueryView>
      </Section>
    </>
  );
}

/** WPQ isn't ready on this site: managers see the set-up state and can go to set-up; others are told who can. */
function NotSetUp(): React.ReactElement {
  const { strings: app } = useApp();
  const strings = useStrings(overviewTranslations, enGBOverview);
  const manage = useSite().access === 'manage';
  return (
    <Section title={strings.notSetUpHeading}>
      {manage ? (
        <SetupState />
      ) : (
        <>
          <Paragraph>{app.setupStateMissing}</Paragraph>
          <Paragraph>{app.setupStateAskOwner}</Paragraph>
        </>
      )}
    </Section>
  );
}

/**
 * The landing screen: what is waiting for the person, the chosen service's current cycle and
 * published scores with the weakest pillar beside any overall figure, each pillar's page of the
 * model, and the site's facts (with its set-up state for managers).
 */
export default function OverviewScreen(): React.ReactElement {
  const { host, services, strings: app } = useApp();
  const strings = useStrings(overviewTranslations, enGBOverview);
  const site = useSite();
  const list = useQuery('services', () => services.careServices.list());
  const notSetUp = list.kind === 'failed' && isNotSetUp(list.error);

  const facts: Array<[React.ReactNode, React.ReactNode]> = [
    [app.siteTitleLabel, site.title],
    [app.signedInAs, site.user.title],
    [app.yourAccess, accessLabel(app, site.access)]
  ];
  if (site.access === 'manage' && !notSetUp) facts.push([strings.setUpLabel, <SetupState key="setup" />]);

  return (
    <Page title={app.appTitle} subtitle={format(strings.subtitle, { site: site.title, host: hostLabel(app, host.hostKind) })}>
      {notSetUp ? <NotSetUp /> : <QueryView query={list}>{(result) => <ServiceArea services={result.data} />}</QueryView>}
      <Section title={strings.siteHeading}>
        <Facts items={facts} />
      </Section>
    </Page>
  );
}
