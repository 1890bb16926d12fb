import * as React from 'react';
import type { ModelPack } from '../../model';
import type { Cycle, PublishedResults } from '../../data/types';
import type { CyclesRepository } from '../../data/repositories/cycles';
import type { ResultsView } from '../../data/resultsView';
import { format } from '../../loc/strings';
import { enGBResults, resultsTranslations, type ResultsStrings } from '../../loc/results';
import { useApp } from '../AppContext';
import { RouteLink, useRoute } from '../app/navigation';
import { useSite } from '../app/SiteContext';
import { RowWarnings } from '../readModels/RowWarnings';
import { useScreenStrings } from '../useScreenStrings';
import { GapChart, PillarScoresChart, type GapChartRow, type ScoreChartRow } from '../shared/charts';
import { Page, Paragraph, Section } from '../shared/layout';
import { CopyLink } from '../shared/links/CopyLink';
import { QueryView } from '../shared/QueryView';
import { useFormat } from '../shared/format';
import { useKitStrings } from '../shared/useKit';
import { usePack } from '../shared/usePack';
import { useQuery } from '../shared/useQuery';
import { useStrings } from '../shared/useStrings';
import { ResultsDownloads } from '../export/ResultsDownloads';
import { AreaResults } from './AreaResults';
import { Disagreements } from './Disagreements';
import { Measures } from './Measures';
import { ResultsSummary } from './ResultsSummary';
import { StaffComments } from './StaffComments';
import { areaViews, SAME_WITHIN, staffState, type AreaView, type StaffState } from './resultsModel';

interface Loaded {
  cycle: Cycle;
  /** The published results (null when not published yet) and the rows left out of them. */
  results: Awaited<ReturnType<CyclesRepository['readResults']>>;
  /** The service's figures and the staff comments when they came in the same round trip. */
  measures: ResultsView['measures'];
  comments: ResultsView['comments'];
}

/** Both groups' scores per pillar and theme, as a chart with its table. */
function ScoresChart(props: { strings: ResultsStrings; areas: AreaView[]; hasLeaders: boolean; staff: StaffState }): React.ReactElement {
  const { strings, areas, hasLeaders, staff } = props;
  const kit = useKitStrings();
  const series = React.useMemo(() => [strings.leaders, strings.staff], [strings]);
  const rows = React.useMemo<ScoreChartRow[]>(() => {
    const staffMissing =
      staff.kind === 'hidden' ? format(kit.hiddenBelowMinimum, { minimum: staff.minimumGroupSize }) : staff.kind === 'none' ? strings.noAnswers : strings.noScore;
    return areas.map((area) => ({
      id: area.id,
      label: area.name,
      axisLabel: area.shortName,
      cells: [
        { value: area.leaders?.percent ?? null, missing: hasLeaders ? strings.noScore : strings.noAnswers },
        { value: staff.kind === 'shown' ? (area.staff?.percent ?? null) : null, missing: staffMissing }
      ]
    }));
  }, [areas, hasLeaders, staff, strings, kit]);
  return (
    <PillarScoresChart caption={strings.chartScoresCaption} rowHeading={strings.chartAreaHeading} series={series} rows={rows} barLabel={strings.chartBar} />
  );
}

/** Leaders minus staff per pillar and theme, or why no comparison can be made. */
function GapSection(props: { strings: ResultsStrings; areas: AreaView[]; hasLeaders: boolean; staff: StaffState }): React.ReactElement {
  const { strings, areas, hasLeaders, staff } = props;
  const readings = React.useMemo(() => ({ higher: strings.chartGapHigher, lower: strings.chartGapLower, same: strings.chartGapSame }), [strings]);
  const rows = React.useMemo<GapChartRow[]>(
    () => areas.map((area) => ({ id: area.id, label: area.name, axisLabel: area.shortName, gap: area.gap, missing: strings.gapNoScore })),
    [areas, strings]
  );
  let body: React.ReactNode;
  if (!hasLeaders) body = <Paragraph>{strings.gapCannotNoLeaders}</Paragraph>;
  else if (staff.kind === 'hidden') body = <Paragraph>{format(strings.gapCannotStaffHidden, { minimum: staff.minimumGroupSize })}</Paragraph>;
  else if (staff.kind === 'none') body = <Paragraph>{strings.gapCannotNoStaff}</Paragraph>;
  else
    body = (
      <GapChart
        caption={strings.chartGapCaption}
        rowHeading={strings.chartAreaHeading}
        gapHeading={strings.chartGapColumn}
        readingHeading={strings.chartGapReading}
        readings={readings}
        sameWithin={SAME_WITHIN}
        rows={rows}
        barLabel={strings.chartGapBar}
      />
    );
  return (
    <Section title={strings.gapHeading} intro={hasLeaders && staff.kind === 'shown' ? strings.gapIntro : undefined}>
      {body}
    </Section>
  );
}

function Published(props: {
  cycle: Cycle;
  results: PublishedResults;
  pack: ModelPack;
  strings: ResultsStrings;
  first: Pick<Loaded, 'measures' | 'comments'>;
}): React.ReactElement {
  const { cycle, results, pack, strings, first } = props;
  const site = useSite();
  const areas = React.useMemo(() => areaViews(pack, results), [pack, results]);
  const staff = React.useMemo(() => staffState(results), [results]);
  const leaders = results.leaders;
  const hasLeaders = leaders !== null;

  return (
    <>
      <ResultsSummary strings={strings} leaders={leaders} staff={staff} areas={areas} />
      <Paragraph>
        <RouteLink to={{ screen: 'actions', cycleId: cycle.id }}>{strings.actionBoardLink}</RouteLink>
      </Paragraph>
      <Section title={strings.pillarsHeading}>
        <ScoresChart strings={strings} areas={areas} hasLeaders={hasLeaders} staff={staff} />
        {areas.map((area) => (
          <AreaResults
            key={area.id}
            area={area}
            pack={pack}
            strings={strings}
            hasLeaders={hasLeaders}
            staff={staff}
            planCycleId={site.access === 'manage' ? cycle.id : undefined}
          />
        ))}
      </Section>
      <GapSection strings={strings} areas={areas} hasLeaders={hasLeaders} staff={staff} />
      {leaders && <Disagreements strings={strings} leaders={leaders} pack={pack} areas={areas} />}
      {site.access === 'manage' && <StaffComments cycleId={cycle.id} strings={strings} first={first.comments} />}
      <Measures serviceId={cycle.serviceId} pack={pack} strings={strings} first={first.measures} />
    </>
  );
}

function NotPublished(props: { cycle: Cycle; strings: ResultsStrings }): React.ReactElement {
  const { cycle, strings } = props;
  const site = useSite();
  const manager = site.access === 'manage';
  return (
    <Section title={strings.notPublishedHeading}>
      <Paragraph>
        {strings.notPublished} {manager ? strings.notPublishedManager : strings.notPublishedReader}
      </Paragraph>
      {manager && (
        <Paragraph>
          <RouteLink to={{ screen: 'cycle', cycleId: cycle.id }}>{strings.goToCycle}</RouteLink>
        </Paragraph>
      )}
    </Section>
  );
}

function ResultsOfCycle(props: { loaded: Loaded; strings: ResultsStrings }): React.ReactElement {
  const { loaded, strings } = props;
  const { cycle } = loaded;
  const results = loaded.results.data;
  const fmt = useFormat();
  const screenStrings = useScreenStrings();
  const pack = usePack(results ? { packId: results.packId, packVersion: results.packVersion } : null);

  return (
    <Page
      title={format(strings.title, { cycle: cycle.title })}
      subtitle={results ? format(strings.publishedOn, { date: fmt.date(results.publishedAt) }) : undefined}
      actions={<CopyLink to={{ screen: 'results', serviceId: cycle.serviceId, cycleId: cycle.id }} />}
    >
      <RowWarnings strings={screenStrings} warnings={loaded.results.warnings} />
      <ResultsDownloads cycle={cycle} results={results} />
      {results === null ? (
        <NotPublished cycle={cycle} strings={strings} />
      ) : (
        <QueryView query={pack} label={strings.loadingPack}>
          {(p) => <Published cycle={cycle} results={results} pack={p} strings={strings} first={loaded} />}
        </QueryView>
      )}
    </Page>
  );
}

/**
 * The published results of a cycle (route `results/<service>/<cycleId>`; the service may be a dash):
 * scores per pillar and theme for leaders and staff, the gap between them in words, how people
 * answered each statement, where leaders disagree, staff comments for managers, and the service's
 * workforce measures beside the national benchmarks. Opening it costs one request: the cycle with its
 * results, the service's measures (when the link names the service, as WPQ's own links do) and, for
 * managers, the comments come in one `$batch`; the pack is cached.
 */
export default function ResultsScreen(): React.ReactElement {
  const strings = useStrings(resultsTranslations, enGBResults);
  const { services } = useApp();
  const site = useSite();
  const { cycleId, serviceId } = useRoute();
  const id = cycleId ?? 0;
  const comments = site.access === 'manage';
  const query = useQuery<Loaded>(cycleId === null ? null : `cycle:${id}:results`, async () => {
    const read = await services.resultsView.read(id, { serviceId, comments });
    const { cycle, results } = read.main.data;
    return { cycle, results: { data: results, warnings: read.main.warnings }, measures: read.measures, comments: read.comments };
  });
  return <QueryView query={query}>{(loaded) => <ResultsOfCycle loaded={loaded} strings={strings} />}</QueryView>;
}
