import * as React from 'react';
import {
  Button,
  Field,
  MessageBar,
  MessageBarBody,
  Select,
  Spinner,
  TableCell,
  TableRow,
  Text,
  makeStyles,
  tokens
} from '@fluentui/react-components';
import { useApp } from '../AppContext';
import { useScreenStrings } from '../useScreenStrings';
import { format } from '../../loc/strings';
import type { ScreenStrings } from '../../loc/screens';
import { ACTION_STATUSES } from '../../data/schema';
import type { ReadResult } from '../../data/rows';
import type { MyWork, Portfolio, ServiceOverview } from '../../data/types';
import { errorText } from '../shared/errorText';
import { useKitStrings } from '../shared/useKit';

import type { KitStrings } from '../../loc/kit';
import { DataTable } from '../shared/DataTable';
import { RowWarnings } from './RowWarnings';
import {
  audienceText,
  formatDate,
  formatDateTime,
  formatPercent,
  kindLabel,
  measureName,
  measureValue,
  pillarName,
  staffText
} from './format';
import { usePhaseLabels, useStatusLabels } from '../shared/phases';

const useStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', rowGap: tokens.spacingVerticalXL, maxWidth: '72rem' },
  section: { display: 'flex', flexDirection: 'column', rowGap: tokens.spacingVerticalM },
  facts: { display: 'grid', gridTemplateColumns: 'max-content 1fr', columnGap: tokens.spacingHorizontalL, rowGap: tokens.spacingVerticalXS, margin: 0 },
  term: { fontWeight: tokens.fontWeightSemibold },
  definition: { margin: 0 },
  select: { maxWidth: '24rem' },
  button: { minHeight: '32px', minWidth: '24px', alignSelf: 'flex-start' }
});

type Load<T> = { kind: 'loading' } | { kind: 'failed'; message: string } | { kind: 'loaded'; result: ReadResult<T> };

function useLoad<T>(kit: KitStrings): [Load<T>, (promise: Promise<ReadResult<T>>) => void] {
  const [state, setState] = React.useState<Load<T>>({ kind: 'loading' });
  const latest = React.useRef(0);
  const start = React.useCallback(
    (promise: Promise<ReadResult<T>>): void => {
      const ticket = ++latest.current;
      setState({ kind: 'loading' });
      promise.then(
        (result) => {
          if (ticket === latest.current) setState({ kind: 'loaded', result });
        },
        (error: unknown) => {
          if (ticket === latest.current) setState({ kind: 'failed', message: errorText(kit, error) });
        }
      );
    },
    [kit]
  );
  return [state, start];
}

/** A read model's state: a spinner while it loads, the error if it failed, else the rows it left out and then its data. */
function Loaded<T>(props: { strings: ScreenStrings; load: Load<T>; children: (data: T) => React.ReactNode }): React.ReactElement {
  const { strings, load, children } = props;
  if (load.kind === 'loading') return <Spinner size="small" label={strings.readModelsLoading} />;
  if (load.kind === 'failed') {
    return (
      <MessageBar intent="error">
        <MessageBarBody>{format(strings.readModelsFailed, { message: load.message })}</MessageBarBody>
      </MessageBar>
    );
  }
  return (
    <>
      <RowWarnings strings={strings} warnings={load.result.warnings} />
      {children(load.result.data)}
    </>
  );
}

function PortfolioTable(props: { strings: ScreenStrings; data: Portfolio }): React.ReactElement {
  const phases = usePhaseLabels();
  const { strings, data } = props;
  if (data.services.length === 0) return <Text as="p">{strings.portfolioEmpty}</Text>;
  return (
    <DataTable
      label={strings.portfolioTableLabel}
      columns={[
        strings.columnService,
        strings.columnCycle,
        strings.columnPhase,
        strings.columnLeaders,
        strings.columnStaff,
        strings.columnOpenActions,
        strings.columnOverdueActions
      ]}
    >
      {data.services.map((row) => (
        <TableRow key={row.serviceId}>
          <TableCell>{row.active ? row.serviceName : format(strings.portfolioInactive, { name: row.serviceName })}</TableCell>
          <TableCell>{row.cycle?.title ?? strings.overviewNoCycle}</TableCell>
          <TableCell>{row.cycle ? phases[row.cycle.phase] : strings.readModelsNone}</TableCell>
          <TableCell>{row.results ? audienceText(strings, row.results.leaders) : strings.readModelsNotPublished}</TableCell>
          <TableCell>{row.results ? staffText(strings, row.results.staff) : strings.readModelsNotPublished}</TableCell>
          <TableCell>{row.openActions}</TableCell>
          <TableCell>{row.overdueActions}</TableCell>
        </TableRow>
      ))}
    </DataTable>
  );
}

/** A level 3 heading and the table it names, or the words for an empty table instead. */
function HeadedTable(props: {
  headingId: string;
  heading: string;
  empty: boolean;
  emptyText: string;
  columns: readonly string[];
  children: React.ReactNode;
}): React.ReactElement {
  const { headingId, heading, empty, emptyText, columns, children } = props;
  return (
    <>
      <Text as="h3" size={400} weight="semibold" id={headingId} block>
        {heading}
      </Text>
      {empty ? (
        <Text as="p">{emptyText}</Text>
      ) : (
        <DataTable labelledBy={headingId} columns={columns}>
          {children}
        </DataTable>
      )}
    </>
  );
}

function MyWorkTables(props: { strings: ScreenStrings; locale: string; data: MyWork }): React.ReactElement {
  const { strings, locale, data } = props;
  const statuses = useStatusLabels();
  return (
    <>
      <HeadedTable
        headingId="wpq-mywork-surveys"
        heading={strings.myWorkSurveysHeading}
        empty={data.surveys.length === 0}
        emptyText={strings.myWorkSurveysEmpty}
        columns={[strings.columnSurvey, strings.columnService, strings.columnCycle, strings.columnCloses]}
      >
        {data.surveys.map((s) => (
          <TableRow key={`${s.cycleId}-${s.kind}`}>
            <TableCell>{kindLabel(strings, s.kind)}</TableCell>
            <TableCell>{s.serviceName}</TableCell>
            <TableCell>{s.cycleTitle}</TableCell>
            <TableCell>{formatDate(strings, locale, s.endDate)}</TableCell>
          </TableRow>
        ))}
      </HeadedTable>
      <HeadedTable
        headingId="wpq-mywork-actions"
        heading={strings.myWorkActionsHeading}
        empty={data.actions.length === 0}
        emptyText={strings.myWorkActionsEmpty}
        columns={[strings.columnAction, strings.columnService, strings.columnDue, strings.columnStatus, strings.columnOverdue]}
      >
        {data.actions.map((a) => (
          <TableRow key={a.id}>
            <TableCell>{a.title}</TableCell>
            <TableCell>{a.serviceName}</TableCell>
            <TableCell>{formatDate(strings, locale, a.dueDate)}</TableCell>
            <TableCell>{statuses[a.status]}</TableCell>
            <TableCell>{a.overdue ? strings.yes : strings.no}</TableCell>
          </TableRow>
        ))}
      </HeadedTable>
    </>
  );
}

function OverviewTables(props: { strings: ScreenStrings; locale: string; data: ServiceOverview }): React.ReactElement {
  const phases = usePhaseLabels();
  const statuses = useStatusLabels();
  const { strings, locale, data } = props;
  const styles = useStyles();
  const cycle = data.currentCycle;
  const staff = data.results?.staff ?? null;
  const staffAreas = new Map<string, number | null>();
  if (staff?.status === 'shown') for (const a of [...staff.pillars, ...staff.themes]) staffAreas.set(a.pillarId, a.percent);
  const leaders = data.results?.leaders ?? null;
  const areas = leaders ? [...leaders.pillars, ...leaders.themes] : staff?.status === 'shown' ? [...staff.pillars, ...staff.themes] : [];
  const staffCell = (pillarId: string): string => {
    if (!data.results || staff === null) return strings.readModelsNoAnswers;
    if (staff.status === 'suppressed') return format(strings.readModelsSuppressed, { min: staff.minimumGroupSize });
    return formatPercent(strings, staffAreas.get(pillarId) ?? null);
  };
  return (
    <>
      <Text as="h3" size={400} weight="semibold" block>
        {strings.overviewCycleHeading}
      </Text>
      {cycle === null ? (
        <Text as="p">{strings.overviewNoCycle}</Text>
      ) : (
        <dl className={styles.facts}>
          <dt className={styles.term}>{strings.overviewCycleTitle}</dt>
          <dd className={styles.definition}>{cycle.title}</dd>
          <dt className={styles.term}>{strings.overviewPhase}</dt>
          <dd className={styles.definition}>{phases[cycle.phase]}</dd>
          <dt className={styles.term}>{strings.overviewDates}</dt>
          <dd className={styles.definition}>
            {format(strings.overviewDateRange, { start: formatDate(strings, locale, cycle.startDate), end: formatDate(strings, locale, cycle.endDate) })}
          </dd>
          <dt className={styles.term}>{strings.overviewPublishedAt}</dt>
          <dd className={styles.definition}>{data.results ? formatDateTime(strings, locale, data.results.publishedAt) : strings.readModelsNotPublished}</dd>
          <dt className={styles.term}>{strings.columnLeaders}</dt>
          <dd className={styles.definition}>{data.results ? audienceText(strings, leaders) : strings.readModelsNotPublished}</dd>
          <dt className={styles.term}>{strings.columnStaff}</dt>
          <dd className={styles.definition}>{data.results ? staffText(strings, staff) : strings.readModelsNotPublished}</dd>
        </dl>
      )}
      {areas.length > 0 && (
        <>
          <Text as="h3" size={400} weight="semibold" id="wpq-overview-scores" block>
            {strings.overviewScoresHeading}
          </Text>
          <DataTable label={strings.overviewScoresTableLabel} columns={[strings.columnPillar, strings.columnLeaders, strings.columnStaff]}>
            {areas.map((a) => (
              <TableRow key={a.pillarId}>
                <TableCell>{pillarName(strings, a.pillarId)}</TableCell>
                <TableCell>{leaders ? formatPercent(strings, [...leaders.pillars, ...leaders.themes].find((x) => x.pillarId === a.pillarId)?.percent ?? null) : strings.readModelsNoAnswers}</TableCell>
                <TableCell>{staffCell(a.pillarId)}</TableCell>
              </TableRow>
            ))}
          </DataTable>
        </>
      )}
      {cycle !== null && (
        <>
          <Text as="h3" size={400} weight="semibold" block>
            {strings.overviewActionsHeading}
          </Text>
          <DataTable label={strings.overviewActionsTableLabel} columns={[strings.columnStatus, strings.columnCount]}>
            {ACTION_STATUSES.map((s) => (
              <TableRow key={s.id}>
                <TableCell>{statuses[s.id]}</TableCell>
                <TableCell>{data.actions.byStatus[s.id]}</TableCell>
              </TableRow>
            ))}
            <TableRow>
              <TableCell>{strings.columnOverdue}</TableCell>
              <TableCell>{data.actions.overdue}</TableCell>
            </TableRow>
          </DataTable>
        </>
      )}
      <Text as="h3" size={400} weight="semibold" block>
        {strings.overviewMeasuresHeading}
      </Text>
      {data.measures.length === 0 ? (
        <Text as="p">{strings.overviewMeasuresEmpty}</Text>
      ) : (
        <DataTable label={strings.overviewMeasuresTableLabel} columns={[strings.columnMeasure, strings.columnPeriod, strings.columnValue]}>
          {data.measures.map((m) => (
            <TableRow key={m.measureId}>
              <TableCell>{measureName(m.measureId)}</TableCell>
              <TableCell>{m.period ?? formatDate(strings, locale, m.periodEnd)}</TableCell>
              <TableCell>{measureValue(strings, locale, m.measureId, m.value)}</TableCell>
            </TableRow>
          ))}
        </DataTable>
      )}
    </>
  );
}

/** One read model's part of the page: its heading, then what `children` shows. */
function ReadModelSection(props: { headingId: string; heading: string; children: React.ReactNode }): React.ReactElement {
  const styles = useStyles();
  return (
    <section className={styles.section} aria-labelledby={props.headingId}>
      <Text as="h2" size={500} weight="semibold" id={props.headingId} block>
        {props.heading}
      </Text>
      {props.children}
    </section>
  );
}

/**
 * A plain page with the output of the three read models (portfolio, my work, service overview) as
 * accessible tables, with the rows they left out named above them.
 */
export function ReadModelTables(): React.ReactElement {
  const { services, host } = useApp();
  const strings = useScreenStrings();
  const styles = useStyles();
  const kit = useKitStrings();
  const [portfolio, loadPortfolio] = useLoad<Portfolio>(kit);
  const [myWork, loadMyWork] = useLoad<MyWork>(kit);
  const [overview, loadOverview] = useLoad<ServiceOverview>(kit);
  const [serviceId, setServiceId] = React.useState<number | null>(null);
  const [round, setRound] = React.useState(0);
  const refresh = (): void => setRound((r) => r + 1);

  React.useEffect(() => {
    loadPortfolio(services.portfolio.read());
    loadMyWork(services.myWork.read());
  }, [services, loadPortfolio, loadMyWork, round]);

  const serviceList = portfolio.kind === 'loaded' ? portfolio.result.data.services : [];
  const chosen = serviceId ?? serviceList[0]?.serviceId ?? null;

  React.useEffect(() => {
    if (chosen !== null) loadOverview(services.overview.read(chosen));
  }, [chosen, services, loadOverview, round]);

  return (
    <section className={styles.root} aria-labelledby="wpq-readmodels-heading">
      <header className={styles.section}>
        <Text as="h1" size={700} weight="semibold" id="wpq-readmodels-heading" block>
          {strings.readModelsHeading}
        </Text>
        <Text as="p" block>
          {strings.readModelsIntro}
        </Text>
        <Button className={styles.button} onClick={refresh}>
          {strings.readModelsRefresh}
        </Button>
      </header>

      <ReadModelSection headingId="wpq-portfolio-heading" heading={strings.portfolioHeading}>
        <Loaded strings={strings} load={portfolio}>
          {(data) => <PortfolioTable strings={strings} data={data} />}
        </Loaded>
      </ReadModelSection>

      <ReadModelSection headingId="wpq-mywork-heading" heading={strings.myWorkHeading}>
        <Loaded strings={strings} load={myWork}>
          {(data) => <MyWorkTables strings={strings} locale={host.locale} data={data} />}
        </Loaded>
      </ReadModelSection>

      <ReadModelSection headingId="wpq-overview-heading" heading={strings.overviewHeading}>
        {portfolio.kind === 'loaded' && serviceList.length === 0 && <Text as="p">{strings.overviewNoServices}</Text>}
        {serviceList.length > 0 && (
          <Field label={strings.overviewServiceLabel} className={styles.select}>
            <Select value={chosen === null ? '' : String(chosen)} onChange={(_, d) => setServiceId(Number(d.value))}>
              {serviceList.map((s) => (
                <option key={s.serviceId} value={String(s.serviceId)}>
                  {s.serviceName}
                </option>
              ))}
            </Select>
          </Field>
        )}
        {chosen !== null && (
          <Loaded strings={strings} load={overview}>
            {(data) => <OverviewTables strings={strings} locale={host.locale} data={data} />}
          </Loaded>
        )}
      </ReadModelSection>
    </section>
  );
}

/** The data views screen (route `data`, local page only). */
export default ReadModelTables;
