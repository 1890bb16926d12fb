import * as React from 'react';
import {
  Button,
  Field,
  MessageBar,
  MessageBarBody,
  Select,
  Spinner,
  Table,
  TableBody,
  TableCell,
  TableHeader,
  TableHeaderCell,
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
import { errorText } from '../setup/errorText';
import { RowWarnings } from './RowWarnings';
import {
  audienceText,
  formatDate,
  formatDateTime,
  formatPercent,
  kindLabel,
  measureName,
  measureValue,
  phaseLabel,
  pillarName,
  staffText,
  statusLabel
} from './format';

const useStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', rowGap: tokens.spacingVerticalXL, maxWidth: '72rem' },
  section: { display: 'flex', flexDirection: 'column', rowGap: tokens.spacingVerticalM },
  facts: { display: 'grid', gridTemplateColumns: 'max-content 1fr', columnGap: tokens.spacingHorizontalL, rowGap: tokens.spacingVerticalXS, margin: 0 },
  term: { fontWeight: tokens.fontWeightSemibold },
  definition: { margin: 0 },
  select: { maxWidth: '24rem' },
  button: { minHeight: '32px', minWidth: '24px', alignSelf: 'flex-start' },
  // Wide tables scroll inside their own box instead of widening the page (reflow at 320 CSS pixels).
  scroll: { overflowX: 'auto' }
});

type Load<T> = { kind: 'loading' } | { kind: 'failed'; message: string } | { kind: 'loaded'; result: ReadResult<T> };

function useLoad<T>(strings: ScreenStrings): [Load<T>, (promise: Promise<ReadResult<T>>) => void] {
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
          if (ticket === latest.current) setState({ kind: 'failed', message: errorText(strings, error) });
        }
      );
    },
    [strings]
  );
  return [state, start];
}

function Status<T>(props: { strings: ScreenStrings; load: Load<T> }): React.ReactElement | null {
  if (props.load.kind === 'loading') return <Spinner size="small" label={props.strings.readModelsLoading} />;
  if (props.load.kind === 'failed') {
    return (
      <MessageBar intent="error">
        <MessageBarBody>{format(props.strings.readModelsFailed, { message: props.load.message })}</MessageBarBody>
      </MessageBar>
    );
  }
  return null;
}

function PortfolioTable(props: { strings: ScreenStrings; data: Portfolio }): React.ReactElement {
  const { strings, data } = props;
  const styles = useStyles();
  if (data.services.length === 0) return <Text as="p">{strings.portfolioEmpty}</Text>;
  return (
    <div className={styles.scroll}>
      <Table aria-label={strings.portfolioTableLabel}>
        <TableHeader>
          <TableRow>
            <TableHeaderCell>{strings.columnService}</TableHeaderCell>
            <TableHeaderCell>{strings.columnCycle}</TableHeaderCell>
            <TableHeaderCell>{strings.columnPhase}</TableHeaderCell>
            <TableHeaderCell>{strings.columnLeaders}</TableHeaderCell>
            <TableHeaderCell>{strings.columnStaff}</TableHeaderCell>
            <TableHeaderCell>{strings.columnOpenActions}</TableHeaderCell>
            <TableHeaderCell>{strings.columnOverdueActions}</TableHeaderCell>
          </TableRow>
        </TableHeader>
        <TableBody>
          {data.services.map((row) => (
            <TableRow key={row.serviceId}>
              <TableCell>{row.active ? row.serviceName : format(strings.portfolioInactive, { name: row.serviceName })}</TableCell>
              <TableCell>{row.cycle?.title ?? strings.overviewNoCycle}</TableCell>
              <TableCell>{row.cycle ? phaseLabel(strings, row.cycle.phase) : strings.readModelsNone}</TableCell>
              <TableCell>{row.results ? audienceText(strings, row.results.leaders) : strings.readModelsNotPublished}</TableCell>
              <TableCell>{row.results ? staffText(strings, row.results.staff) : strings.readModelsNotPublished}</TableCell>
              <TableCell>{row.openActions}</TableCell>
              <TableCell>{row.overdueActions}</TableCell>
            </TableRow>
          ))}
        </TableBody>
      </Table>
    </div>
  );
}

function MyWorkTables(props: { strings: ScreenStrings; data: MyWork }): React.ReactElement {
  const { strings, data } = props;
  const styles = useStyles();
  return (
    <>
      <Text as="h3" size={400} weight="semibold" id="wpq-mywork-surveys" block>
        {strings.myWorkSurveysHeading}
      </Text>
      {data.surveys.length === 0 ? (
        <Text as="p">{strings.myWorkSurveysEmpty}</Text>
      ) : (
        <div className={styles.scroll}>
          <Table aria-labelledby="wpq-mywork-surveys">
            <TableHeader>
              <TableRow>
                <TableHeaderCell>{strings.columnSurvey}</TableHeaderCell>
                <TableHeaderCell>{strings.columnService}</TableHeaderCell>
                <TableHeaderCell>{strings.columnCycle}</TableHeaderCell>
                <TableHeaderCell>{strings.columnCloses}</TableHeaderCell>
              </TableRow>
            </TableHeader>
            <TableBody>
              {data.surveys.map((s) => (
                <TableRow key={`${s.cycleId}-${s.kind}`}>
                  <TableCell>{kindLabel(strings, s.kind)}</TableCell>
                  <TableCell>{s.serviceName}</TableCell>
                  <TableCell>{s.cycleTitle}</TableCell>
                  <TableCell>{formatDate(strings, s.endDate)}</TableCell>
                </TableRow>
              ))}
            </TableBody>
          </Table>
        </div>
      )}
      <Text as="h3" size={400} weight="semibold" id="wpq-mywork-actions" block>
        {strings.myWorkActionsHeading}
      </Text>
      {data.actions.length === 0 ? (
        <Text as="p">{strings.myWorkActionsEmpty}</Text>
      ) : (
        <div className={styles.scroll}>
          <Table aria-labelledby="wpq-mywork-actions">
            <TableHeader>
              <TableRow>
                <TableHeaderCell>{strings.columnAction}</TableHeaderCell>
                <TableHeaderCell>{strings.columnService}</TableHeaderCell>
                <TableHeaderCell>{strings.columnDue}</TableHeaderCell>
                <TableHeaderCell>{strings.columnStatus}</TableHeaderCell>
                <TableHeaderCell>{strings.columnOverdue}</TableHeaderCell>
              </TableRow>
            </TableHeader>
            <TableBody>
              {data.actions.map((a) => (
                <TableRow key={a.id}>
                  <TableCell>{a.title}</TableCell>
                  <TableCell>{a.serviceName}</TableCell>
                  <TableCell>{formatDate(strings, a.dueDate)}</TableCell>
                  <TableCell>{statusLabel(strings, a.status)}</TableCell>
                  <TableCell>{a.overdue ? strings.yes : strings.no}</TableCell>
                </TableRow>
              ))}
            </TableBody>
          </Table>
        </div>
      )}
    </>
  );
}

function OverviewTables(props: { strings: ScreenStrings; data: ServiceOverview }): React.ReactElement {
  const { strings, data } = props;
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
          <dd className={styles.definition}>{phaseLabel(strings, cycle.phase)}</dd>
          <dt className={styles.term}>{strings.overviewDates}</dt>
          <dd className={styles.definition}>
            {format(strings.overviewDateRange, { start: formatDate(strings, cycle.startDate), end: formatDate(strings, cycle.endDate) })}
          </dd>
          <dt className={styles.term}>{strings.overviewPublishedAt}</dt>
          <dd className={styles.definition}>{data.results ? formatDateTime(strings, data.results.publishedAt) : strings.readModelsNotPublished}</dd>
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
          <div className={styles.scroll}>
            <Table aria-label={strings.overviewScoresTableLabel}>
              <TableHeader>
                <TableRow>
                  <TableHeaderCell>{strings.columnPillar}</TableHeaderCell>
                  <TableHeaderCell>{strings.columnLeaders}</TableHeaderCell>
                  <TableHeaderCell>{strings.columnStaff}</TableHeaderCell>
                </TableRow>
              </TableHeader>
              <TableBody>
                {areas.map((a) => (
                  <TableRow key={a.pillarId}>
                    <TableCell>{pillarName(strings, a.pillarId)}</TableCell>
                    <TableCell>{leaders ? formatPercent(strings, [...leaders.pillars, ...leaders.themes].find((x) => x.pillarId === a.pillarId)?.percent ?? null) : strings.readModelsNoAnswers}</TableCell>
                    <TableCell>{staffCell(a.pillarId)}</TableCell>
                  </TableRow>
                ))}
              </TableBody>
            </Table>
          </div>
        </>
      )}
      {cycle !== null && (
        <>
          <Text as="h3" size={400} weight="semibold" block>
            {strings.overviewActionsHeading}
          </Text>
          <div className={styles.scroll}>
            <Table aria-label={strings.overviewActionsTableLabel}>
              <TableHeader>
                <TableRow>
                  <TableHeaderCell>{strings.columnStatus}</TableHeaderCell>
                  <TableHeaderCell>{strings.columnCount}</TableHeaderCell>
                </TableRow>
              </TableHeader>
              <TableBody>
                {ACTION_STATUSES.map((s) => (
                  <TableRow key={s.id}>
                    <TableCell>{statusLabel(strings, s.id)}</TableCell>
                    <TableCell>{data.actions.byStatus[s.id]}</TableCell>
                  </TableRow>
                ))}
                <TableRow>
                  <TableCell>{strings.columnOverdue}</TableCell>
                  <TableCell>{data.actions.overdue}</TableCell>
                </TableRow>
              </TableBody>
            </Table>
          </div>
        </>
      )}
      <Text as="h3" size={400} weight="semibold" block>
        {strings.overviewMeasuresHeading}
      </Text>
      {data.measures.length === 0 ? (
        <Text as="p">{strings.overviewMeasuresEmpty}</Text>
      ) : (
        <div className={styles.scroll}>
          <Table aria-label={strings.overviewMeasuresTableLabel}>
            <TableHeader>
              <TableRow>
                <TableHeaderCell>{strings.columnMeasure}</TableHeaderCell>
                <TableHeaderCell>{strings.columnPeriod}</TableHeaderCell>
                <TableHeaderCell>{strings.columnValue}</TableHeaderCell>
              </TableRow>
            </TableHeader>
            <TableBody>
              {data.measures.map((m) => (
                <TableRow key={m.measureId}>
                  <TableCell>{measureName(m.measureId)}</TableCell>
                  <TableCell>{m.period ?? formatDate(strings, m.periodEnd)}</TableCell>
                  <TableCell>{measureValue(strings, m.measureId, m.value)}</TableCell>
                </TableRow>
              ))}
            </TableBody>
          </Table>
        </div>
      )}
    </>
  );
}

/**
 * A plain page with the output of the three read models (portfolio, my work, service overview) as
 * accessible tables, with the rows they left out named above them.
 */
export function ReadModelTables(): React.ReactElement {
  const { services } = useApp();
  const strings = useScreenStrings();
  const styles = useStyles();
  const [portfolio, loadPortfolio] = useLoad<Portfolio>(strings);
  const [myWork, loadMyWork] = useLoad<MyWork>(strings);
  const [overview, loadOverview] = useLoad<ServiceOverview>(strings);
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

      <section className={styles.section} aria-labelledby="wpq-portfolio-heading">
        <Text as="h2" size={500} weight="semibold" id="wpq-portfolio-heading" block>
          {strings.portfolioHeading}
        </Text>
        <Status strings={strings} load={portfolio} />
        {portfolio.kind === 'loaded' && (
          <>
            <RowWarnings strings={strings} warnings={portfolio.result.warnings} />
            <PortfolioTable strings={strings} data={portfolio.result.data} />
          </>
        )}
      </section>

      <section className={styles.section} aria-labelledby="wpq-mywork-heading">
        <Text as="h2" size={500} weight="semibold" id="wpq-mywork-heading" block>
          {strings.myWorkHeading}
        </Text>
        <Status strings={strings} load={myWork} />
        {myWork.kind === 'loaded' && (
          <>
            <RowWarnings strings={strings} warnings={myWork.result.warnings} />
            <MyWorkTables strings={strings} data={myWork.result.data} />
          </>
        )}
      </section>

      <section className={styles.section} aria-labelledby="wpq-overview-heading">
        <Text as="h2" size={500} weight="semibold" id="wpq-overview-heading" block>
          {strings.overviewHeading}
        </Text>
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
        {chosen !== null && <Status strings={strings} load={overview} />}
        {chosen !== null && overview.kind === 'loaded' && (
          <>
            <RowWarnings strings={strings} warnings={overview.result.warnings} />
            <OverviewTables strings={strings} data={overview.result.data} />
          </>
        )}
      </section>
    </section>
  );
}
