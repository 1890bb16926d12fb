import * as React from 'react';
import { Badge, Field, Input, Select, Text, makeStyles, mergeClasses, tokens } from '@fluentui/react-components';
import type { Phase, Portfolio } from '../../data/types';
import type { ReadResult } from '../../data/rows';
import { format } from '../../loc/strings';
import { enGBPortfolio, portfolioTranslations, type PortfolioStrings } from '../../loc/portfolio';
import { useApp } from '../AppContext';
import { RouteLink } from '../app/navigation';
import { useSite } from '../app/SiteContext';
import { RowWarnings } from '../readModels/RowWarnings';
import { useScreenStrings } from '../useScreenStrings';
import { Page, Paragraph, Section, visuallyHidden } from '../shared/layout';
import { QueryView } from '../shared/QueryView';
import { useFormat, type Formatters } from '../shared/format';
import { usePhaseLabels } from '../shared/phases';
import { useQuery } from '../shared/useQuery';
import { useStrings } from '../shared/useStrings';
import { DownloadExcelButton } from '../export/DownloadExcelButton';
import { ConcernIcon } from './ConcernIcon';
import { ImportSummaries } from './ImportSummaries';
import { applyView, DEFAULT_VIEW, GAP_CONCERN, portfolioEntries, type MeasureFigure, type PortfolioEntry, type PortfolioView, type ShowFilter, type SortKey } from './portfolioModel';

const useStyles = makeStyles({
  controls: {
    display: 'grid',
    gridTemplateColumns: 'repeat(auto-fit, minmax(min(100%, 14rem), 1fr))',
    gap: tokens.spacingHorizontalM,
    minWidth: 0
  },
  list: {
    listStyleType: 'none',
    margin: 0,
    padding: 0,
    display: 'grid',
    gridTemplateColumns: 'repeat(auto-fill, minmax(min(100%, 20rem), 1fr))',
    gap: tokens.spacingHorizontalM,
    minWidth: 0
  },
  card: {
    display: 'flex',
    flexDirection: 'column',
    rowGap: tokens.spacingVerticalS,
    padding: tokens.spacingHorizontalM,
    borderRadius: tokens.borderRadiusMedium,
    border: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke1}`,
    backgroundColor: tokens.colorNeutralBackground1,
    minWidth: 0,
    overflowWrap: 'anywhere'
  },
  concernCard: {
    borderLeftWidth: tokens.strokeWidthThickest,
    borderLeftColor: tokens.colorPaletteRedBorder2,
    '@media (forced-colors: active)': { borderLeftColor: 'CanvasText' }
  },
  cardHead: { display: 'flex', flexDirection: 'column', rowGap: tokens.spacingVerticalXXS },
  heading: { margin: 0, overflowWrap: 'anywhere' },
  badges: { display: 'flex', flexWrap: 'wrap', gap: tokens.spacingHorizontalXS },
  facts: {
    display: 'grid',
    gridTemplateColumns: 'minmax(6rem, max-content) minmax(0, 1fr)',
    columnGap: tokens.spacingHorizontalM,
    rowGap: tokens.spacingVerticalXXS,
    margin: 0
  },
  term: { fontWeight: tokens.fontWeightSemibold },
  value: { margin: 0, minWidth: 0, overflowWrap: 'anywhere' },
  flagged: {
    display: 'inline-flex',
    alignItems: 'flex-start',
    gap: tokens.spacingHorizontalXS,
    color: tokens.colorPaletteRedForeground1,
    '@media (forced-colors: active)': { color: 'CanvasText' }
  },
  measures: { margin: 0, paddingLeft: tokens.spacingHorizontalL },
  open: { minHeight: '24px', display: 'inline-flex', alignItems: 'center' },
  toolbar: { display: 'flex', flexWrap: 'wrap', gap: tokens.spacingHorizontalS },
  hidden: visuallyHidden
});

function phaseName(strings: PortfolioStrings, phases: Record<Phase, string>, phase: Phase | null): string {
  return phase === null ? strings.noCycle : phases[phase];
}

/** A value that flags a concern: the same words in red with a warning sign, never colour alone. */
function Flagged(props: { flagged: boolean; children: React.ReactNode; label: string }): React.ReactElement {
  const styles = useStyles();
  if (!props.flagged) return <>{props.children}</>;
  return (
    <span className={styles.flagged}>
      <ConcernIcon />
      <span>
        {props.children} <span className={styles.hidden}>({props.label})</span>
      </span>
    </span>
  );
}

export function gapText(strings: PortfolioStrings, gap: number | null): string {
  if (gap === null) return strings.gapNone;
  const points = Math.round(Math.abs(gap));
  if (points <= 5) return strings.gapSame;
  return format(gap > 0 ? strings.gapHigher : strings.gapLower, { points });
}

export function measureValue(strings: Pick<PortfolioStrings, 'valuePercent' | 'valueWithUnit'>, fmt: Formatters, m: Pick<MeasureFigure, 'unit'>, value: number): string {
  return format(m.unit === '%' ? strings.valuePercent : strings.valueWithUnit, { value: fmt.number(value), unit: m.unit });
}

function MeasureItem(props: { m: MeasureFigure; strings: PortfolioStrings; fmt: Formatters }): React.ReactElement {
  const { m, strings, fmt } = props;
  const values = {
    measure: m.name,
    value: m.value === null ? '–' : measureValue(strings, fmt, m, m.value),
    date: fmt.date(m.periodEnd),
    benchmark: m.benchmark === null ? '' : measureValue(strings, fmt, m, m.benchmark)
  };
  const template = m.benchmark === null ? strings.measureLine : m.worse ? strings.measureWorseLine : strings.measureWithBenchmark;
  return (
    <li>
      <Flagged flagged={m.worse} label={strings.concern}>
        {format(template, values)}
      </Flagged>
    </li>
  );
}

function EntryCard(props: { entry: PortfolioEntry; strings: PortfolioStrings; fmt: Formatters }): React.ReactElement {
  const { entry: e, strings, fmt } = props;
  const phases = usePhaseLabels();
  const styles = useStyles();
  const title = e.providerName ? format(strings.entryTitle, { provider: e.providerName, service: e.name }) : e.name;
  const staffText =
    e.staff.kind === 'hidden'
      ? format(strings.staffHidden, { minimum: e.staff.minimumGroupSize })
      : e.staff.kind === 'none'
        ? e.published
          ? strings.staffNone
          : strings.notPublished
        : e.staff.overall === null
          ? strings.noScore
          : format(strings.score, { score: fmt.percent(e.staff.overall) });
  const leadersText = !e.published ? strings.notPublished : e.leaders?.overall == null ? strings.noScore : format(strings.score, { score: fmt.percent(e.leaders.overall) });
  const gapFlag = e.gap !== null && Math.abs(e.gap) >= GAP_CONCERN;
  const concernCount = e.concerns.length;
  const facts: Array<[string, React.ReactNode]> = [
    [strings.cycleLabel, e.cycleTitle ?? strings.noCycle],
    [strings.phaseLabel, phaseName(strings, phases, e.phase)],
    [strings.leadersLabel, leadersText],
    [strings.staffLabel, staffText],
    [
      strings.gapLabel,
      <Flagged key="gap" flagged={gapFlag} label={strings.concern}>
        {gapText(strings, e.gap)}
      </Flagged>
    ],
    [
      strings.overdueLabel,
      <Flagged key="overdue" flagged={e.overdueActions > 0} label={strings.concern}>
        {e.overdueActions === 0 ? strings.overdueNone : format(strings.overdueSome, { count: e.overdueActions, open: e.openActions })}
      </Flagged>
    ],
    [
      strings.measuresLabel,
      e.measures.length === 0 ? (
        strings.measureNone
      ) : (
        <ul key="measures" className={styles.measures}>
          {e.measures.map((m) => (
            <MeasureItem key={m.measureId} m={m} strings={strings} fmt={fmt} />
          ))}
        </ul>
      )
    ]
  ];
  return (
    <li className={mergeClasses(styles.card, concernCount > 0 && styles.concernCard)}>
      <div className={styles.cardHead}>
        <Text as="h3" size={400} weight="semibold" className={styles.heading}>
          {e.source === 'own' && e.cycleId !== null ? (
            <RouteLink to={{ screen: 'results', serviceId: e.serviceId, cycleId: e.cycleId }} aria-label={format(strings.openResults, { name: title })}>
              {title}
            </RouteLink>
          ) : (
            title
          )}
        </Text>
        <div className={styles.badges}>
          {e.source === 'imported' ? (
            <Badge appearance="tint" color="informative">
              {strings.imported}
            </Badge>
          ) : null}
          {!e.active && (
            <Badge appearance="outline" color="subtle">
              {strings.inactive}
            </Badge>
          )}
          {concernCount > 0 && (
            <Badge appearance="tint" color="danger" icon={<ConcernIcon />}>
              {concernCount === 1 ? strings.concernOne : format(strings.concernsCount, { count: concernCount })}
            </Badge>
          )}
        </div>
        {e.source === 'imported' && (
          <Text size={200}>{format(strings.importedFrom, { provider: e.providerName ?? '', date: fmt.date(e.importedAt) })}</Text>
        )}
      </div>
      <dl className={styles.facts}>
        {facts.map(([term, value]) => (
          <React.Fragment key={term}>
            <dt className={styles.term}>{term}</dt>
            <dd className={styles.value}>{value}</dd>
          </React.Fragment>
        ))}
      </dl>
    </li>
  );
}

function Controls(props: { strings: PortfolioStrings; view: PortfolioView; onChange: (view: PortfolioView) => void }): React.ReactElement {
  const { strings, view, onChange } = props;
  const labels = usePhaseLabels();
  const styles = useStyles();
  const phases: Array<[PortfolioView['phase'], string]> = [
    ['all', strings.phaseAll],
    ...(['analyse', 'plan', 'do', 'review', 'closed'] as const).map((p): [PortfolioView['phase'], string] => [p, labels[p]]),
    ['none', strings.phaseNone]
  ];
  const shows: Array<[ShowFilter, string]> = [
    ['all', strings.showAll],
    ['own', strings.showOwn],
    ['imported', strings.showImported],
    ['concerns', strings.showConcerns]
  ];
  const sorts: Array<[SortKey, string]> = [
    ['name', strings.sortName],
    ['phase', strings.sortPhase],
    ['leaders', strings.sortLeaders],
    ['staff', strings.sortStaff],
    ['gap', strings.sortGap],
    ['overdue', strings.sortOverdue]
  ];
  return (
    <div className={styles.controls}>
      <Field label={strings.search}>
        <Input type="search" value={view.search} onChange={(_, d) => onChange({ ...view, search: d.value })} />
      </Field>
      <Field label={strings.phaseFilter}>
        <Select value={view.phase} onChange={(_, d) => onChange({ ...view, phase: d.value as PortfolioView['phase'] })}>
          {phases.map(([id, label]) => (
            <option key={id} value={id}>
              {label}
            </option>
          ))}
        </Select>
      </Field>
      <Field label={strings.showFilter}>
        <Select value={view.show} onChange={(_, d) => onChange({ ...view, show: d.value as ShowFilter })}>
          {shows.map(([id, label]) => (
            <option key={id} value={id}>
              {label}
            </option>
          ))}
        </Select>
      </Field>
      <Field label={strings.sortBy}>
        <Select value={view.sort} onChange={(_, d) => onChange({ ...view, sort: d.value as SortKey })}>
          {sorts.map(([id, label]) => (
            <option key={id} value={id}>
              {label}
            </option>
          ))}
        </Select>
      </Field>
    </div>
  );
}

function PortfolioBody(props: { read: ReadResult<Portfolio>; strings: PortfolioStrings; onImported: () => void }): React.ReactElement {
  const { read, strings } = props;
  const phases = usePhaseLabels();
  const styles = useStyles();
  const fmt = useFormat();
  const site = useSite();
  const screenStrings = useScreenStrings();
  const [view, setView] = React.useState<PortfolioView>(DEFAULT_VIEW);
  const entries = React.useMemo(() => portfolioEntries(read.data), [read.data]);
  const shown = React.useMemo(() => applyView(entries, view), [entries, view]);
  const build = React.useCallback(
    async (onProgress: (step: number, total: number) => void) => {
      const { buildPortfolioWorkbook, workbookBytes } = await import(/* webpackChunkName: 'wpq-export' */ '../export/workbook');
      return workbookBytes(await buildPortfolioWorkbook({ title: site.title, generatedAt: new Date(), entries, strings, phases }, onProgress));
    },
    [entries, site.title, strings]
  );
  return (
    <>
      <RowWarnings strings={screenStrings} warnings={read.warnings} />
      <div className={styles.toolbar}>
        <DownloadExcelButton fileName={format(strings.fileNamePortfolio, { site: site.title })} build={build} />
      </div>
      {site.access === 'manage' && <ImportSummaries strings={strings} onImported={props.onImported} />}
      {entries.length === 0 ? (
        <Paragraph>{strings.empty}</Paragraph>
      ) : (
        <Section title={strings.listName}>
          <Controls strings={strings} view={view} onChange={setView} />
          <Text as="p" role="status" aria-live="polite">
            {shown.length === 0 ? strings.noneMatch : format(strings.showing, { shown: shown.length, total: entries.length })}
          </Text>
          <ul className={styles.list} aria-label={strings.listName}>
            {shown.map((e) => (
              <EntryCard key={e.key} entry={e} strings={strings} fmt={fmt} />
            ))}
          </ul>
        </Section>
      )}
    </>
  );
}

/**
 * The portfolio (route `portfolio`): every service of the site with its phase, leaders' and staff
 * scores (staff only above the minimum group size), the gap, overdue actions and key measures against
 * the national figures, beside the provider summaries imported into the site. Read-only; one request.
 */
export default function PortfolioScreen(): React.ReactElement {
  const strings = useStrings(portfolioTranslations, enGBPortfolio);
  const { services } = useApp();
  const query = useQuery('portfolio', () => services.portfolio.read());
  return (
    <Page title={strings.title} subtitle={strings.intro}>
      <QueryView query={query} label={strings.loading}>
        {(read) => <PortfolioBody read={read} strings={strings} onImported={query.reload} />}
      </QueryView>
    </Page>
  );
}
