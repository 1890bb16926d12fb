/**
 * Read models: what the overview, *my work* and portfolio screens show, each in one call and few
 * round trips (independent reads share one `$batch`). Scores come from the results a manager
 * published into each cycle, never from raw responses: with read-own security only managers can read
 * every response, and the published figures already obey the minimum group size.
 */
import type { SPFI } from '@pnp/sp';
import '@pnp/sp/site-users/web';
import '@pnp/sp/security/list';
import '@pnp/sp/security/web';
import { PermissionKind } from '@pnp/sp/security';
import { defaultPack } from '../model';
import { anyOf, capture, eq, executeBatch, listOf, literal, queueItems, readItems, take } from './access';
import { NotFoundError, NotSetUpError, toDataError } from './errors';
import { STORED_SUMMARY_SELECT, toImportedSummaries } from './summaries';
import { localToday } from './dates';
import { CYCLE_KEYS, currentCycleOf, toCycles } from './repositories/cycles';
import { toMeasures, latestPerMeasure, MEASURE_KEYS } from './repositories/measures';
import { SERVICE_KEYS, toCareService } from './repositories/careServices';
import { queueMine, RESPONSE_KEYS } from './repositories/responses';
import { queueDefaults, type SettingsRepository } from './repositories/settings';
import { resolveMinimumGroupSize } from '../domain';
import { onlyRow } from './rows';
import { parseItems, selectFor, type RawItem, type ReadResult, type RowWarning } from './rows';
import {
  ACTION_STATUSES,
  actionsList,
  cyclesList,
  measuresList,
  OPEN_ACTION_STATUSES,
  providerSummariesList,
  responsesList,
  servicesList,
  SYSTEM_FIELDS,
  type ActionStatus
} from './schema';
import { PORTFOLIO_MEASURE_IDS, PORTFOLIO_MEASURE_MONTHS, type ActionCounts, type CareService, type Cycle, type MyAction, type MyWork, type Portfolio, type PortfolioRow, type ResponseKind, type ServiceOverview, type SurveyStart, type SurveyWaiting } from './types';

const COUNT_KEYS = ['service', 'cycle', 'status', 'dueDate'] as const;
/** The overview's counts also name the action due next (same request, one more column). */
const OVERVIEW_COUNT_KEYS = [...COUNT_KEYS, 'title'] as const;
const PORTFOLIO_MEASURE_KEYS = ['service', 'measureId', 'periodEnd', 'value'] as const;
const MY_ACTION_KEYS = ['title', 'service', 'cycle', 'status', 'dueDate'] as const;
/** Cycle ids per `$filter`, to keep each request's URL short. */
const IDS_PER_FILTER = 40;

function emptyCounts(): ActionCounts {
  const byStatus = {} as Record<ActionStatus, number>;
  for (const s of ACTION_STATUSES) byStatus[s.id] = 0;
  return { total: 0, byStatus, overdue: 0 };
}

function isOverdue(status: ActionStatus, dueDate: string | null, today: string): boolean {
  return dueDate !== null && dueDate < today && OPEN_ACTION_STATUSES.includes(status);
}

function chunks<T>(values: readonly T[], size: number): T[][] {
  const out: T[][] = [];
  for (let i = 0; i < values.length; i += size) out.push(values.slice(i, i + size));
  return out;
}

function measureOrder(id: string): number {
  const i = defaultPack.measures.findIndex((m) => m.id === id);
  return i < 0 ? Number.MAX_SAFE_INTEGER : i;
}

/**
 * The service overview: the current cycle and its phase, published scores from leaders and staff
 * (staff only when the minimum group size was met), action counts by status and overdue for the
 * current cycle, and the latest value of each measure. Two round trips at most.
 */
export async function readServiceOverview(sp: SPFI, serviceId: number, today: string = localToday()): Promise<ReadResult<ServiceOverview>> {
  const warnings: RowWarning[] = [];
  const [b, execute] = sp.batched();
  const serviceP = capture(listOf(b, servicesList).items.getById(serviceId).select(...selectFor(servicesList, SERVICE_KEYS))() as Promise<RawItem>);
  const cyclesQ = queueItems(b, sp, cyclesList, selectFor(cyclesList, CYCLE_KEYS), eq(cyclesList.fields.service, serviceId));
  const measuresQ = queueItems(b, sp, measuresList, selectFor(measuresList, MEASURE_KEYS), eq(measuresList.fields.service, serviceId));
  await executeBatch(execute);

  const serviceRows = parseItems(servicesList, SERVICE_KEYS, [await take(serviceP, servicesList)]);
  warnings.push(...serviceRows.warnings);
  const cycles = toCycles(await cyclesQ());
  warnings.push(...cycles.warnings);
  const measures = toMeasures(await measuresQ());
  warnings.push(...measures.warnings);

  const current = currentCycleOf(cycles.data);
  const counts = emptyCounts();
  if (current) {
    const raws = await readItems(sp, actionsList, selectFor(actionsList, OVERVIEW_COUNT_KEYS), eq(actionsList.fields.cycle, current.id));
    const parsed = parseItems(actionsList, OVERVIEW_COUNT_KEYS, raws);
    warnings.push(...parsed.warnings);
    let next: { id: number; title: string; dueDate: string } | null = null;
    for (const { id, row } of parsed.rows) {
      counts.total++;
      counts.byStatus[row.status]++;
      if (isOverdue(row.status, row.dueDate, today)) counts.overdue++;
      const due = row.dueDate;
      if (due !== null && OPEN_ACTION_STATUSES.includes(row.status) && (next === null || due < next.dueDate || (due === next.dueDate && id < next.id))) {
        next = { id, title: row.title, dueDate: due };
      }
    }
    counts.nextDue = next;
  }
  const service: CareService | null = serviceRows.rows.length > 0 ? toCareService(serviceRows.rows[0]) : null;
  const currentCycle: ServiceOverview['currentCycle'] = current
    ? {
        id: current.id,
        title: current.title,
        serviceId: current.serviceId,
        packId: current.packId,
        packVersion: current.packVersion,
        phase: current.phase,
        startDate: current.startDate,
        endDate: current.endDate,
        minimumGroupSize: current.minimumGroupSize,
        publishedAt: current.publishedAt
      }
    : null;
  return {
    data: {
      service: service
        ? { id: service.id, name: service.name, serviceType: service.serviceType, active: service.active }
        : { id: serviceId, name: '', serviceType: null, active: false },
      currentCycle,
      results: current?.summary ?? null,
      actions: counts,
      measures: latestPerMeasure(measures.data)
        .sort((x, y) => measureOrder(x.measureId) - measureOrder(y.measureId) || x.measureId.localeCompare(y.measureId))
        .map((m) => ({ measureId: m.measureId, period: m.period, periodEnd: m.periodEnd, value: m.value, numerator: m.numerator, denominator: m.denominator }))
    },
    warnings
  };
}

function surveyFor(user: number, service: CareService): SurveyWaiting['kind'] | null {
  if (service.leaderIds.includes(user)) return 'leaders';
  if (service.staffIds.length === 0 || service.staffIds.includes(user)) return 'staff';
  return null;
}

/**
 * *My work*: the surveys waiting for the signed-in person (cycles in the Analyse phase of the services
 * they lead or work in, not yet answered) and the unfinished actions they own, across all services.
 * Two round trips.
 */
export async function readMyWork(sp: SPFI, today: string = localToday()): Promise<ReadResult<MyWork>> {
  const warnings: RowWarning[] = [];
  const [b, execute] = sp.batched();
  const userP = capture(b.web.currentUser.select('Id', 'Title')() as Promise<{ Id: number; Title: string }>);
  const servicesQ = queueItems(b, sp, servicesList, selectFor(servicesList, SERVICE_KEYS));
  const cyclesQ = queueItems(b, sp, cyclesList, selectFor(cyclesList, CYCLE_KEYS), eq(cyclesList.fields.phase, 'analyse'));
  // People who cannot add responses (readers such as a quality lead) have no surveys to answer.
  const permsP = capture(listOf(b, responsesList).getCurrentUserEffectivePermissions());
  await executeBatch(execute);

  const user = await take(userP);
  const canAnswer = sp.web.hasPermissions(await take(permsP, responsesList), PermissionKind.AddListItems);
  const services = parseItems(servicesList, SERVICE_KEYS, await servicesQ());
  warnings.push(...services.warnings);
  const cycles = toCycles(await cyclesQ());
  warnings.push(...cycles.warnings);
  const serviceById = new Map(services.rows.map((r) => [r.id, toCareService(r)]));
  const candidates = canAnswer ? cycles.data.filter((c) => serviceById.get(c.serviceId)?.active === true) : [];

  const [b2, execute2] = sp.batched();
  const actionsQ = queueItems(
    b2,
    sp,
    actionsList,
    selectFor(actionsList, MY_ACTION_KEYS),
    `${eq(actionsList.fields.owner, user.Id)} and ${anyOf(actionsList.fields.status, OPEN_ACTION_STATUSES)}`
  );
  const responseQs = chunks(
    candidates.map((c) => c.id),
    IDS_PER_FILTER
  ).map((ids) =>
    queueItems(b2, sp, responsesList, selectFor(responsesList, RESPONSE_KEYS), `${anyOf(responsesList.fields.cycle, ids)} and ${SYSTEM_FIELDS.authorId} eq ${user.Id}`)
  );
  await executeBatch(execute2);

  const actions = parseItems(actionsList, MY_ACTION_KEYS, await actionsQ());
  warnings.push(...actions.warnings);
  const answered = new Set<string>();
  for (const responsesQ of responseQs) {
    const mine = parseItems(responsesList, RESPONSE_KEYS, await responsesQ());
    warnings.push(...mine.warnings);
    // A leader's draft is not an answer yet: the self-assessment stays waiting until it is submitted.
    for (const r of mine.rows) if (r.row.submittedAt !== null) answered.add(`${r.row.cycle}:${r.row.kind}`);
  }

  const surveys: SurveyWaiting[] = [];
  for (const cycle of candidates) {
    const service = serviceById.get(cycle.serviceId) as CareService;
    const kind = surveyFor(user.Id, service);
    if (kind === null || answered.has(`${cycle.id}:${kind}`)) continue;
    surveys.push({
      cycleId: cycle.id,
      cycleTitle: cycle.title,
      serviceId: service.id,
      serviceName: service.name,
      kind,
      packId: cycle.packId,
      packVersion: cycle.packVersion,
      endDate: cycle.endDate
    });
  }
  surveys.sort((x, y) => (x.endDate ?? '9999').localeCompare(y.endDate ?? '9999') || x.serviceName.localeCompare(y.serviceName, 'en-GB'));

  const myActions: MyAction[] = actions.rows
    .map(({ id, row }) => ({
      id,
      title: row.title,
      serviceId: row.service,
      serviceName: serviceById.get(row.service)?.name ?? '',
      cycleId: row.cycle,
      dueDate: row.dueDate,
      status: row.status,
      overdue: isOverdue(row.status, row.dueDate, today)
    }))
    .sort((x, y) => (x.dueDate ?? '9999').localeCompare(y.dueDate ?? '9999') || x.id - y.id);

  return { data: { user: { id: user.Id, title: user.Title }, surveys, actions: myActions }, warnings };
}

/**
 * `(periodEnd in month 1 or … or periodEnd in month n)` over the last `months` calendar months up to
 * today: each branch stays within the list view threshold however long the list grows, which a single
 * range over two years would not on a site with hundreds of services.
 */
function monthWindows(today: string, months: number): string {
  const f = measuresList.fields.periodEnd;
  const [y, m] = today.split('-').map(Number);
  const monthStart = (i: number): string => {
    const d = new Date(Date.UTC(y, m - 1 - i, 1));
    return d.toISOString().slice(0, 10);
  };
  const branches: string[] = [];
  for (let i = months - 1; i >= 0; i--) {
    const upper = i === 0 ? `${f.property} le ${literal(f, today)}` : `${f.property} lt ${literal(f, monthStart(i - 1))}`;
    branches.push(`(${f.property} ge ${literal(f, monthStart(i))} and ${upper})`);
  }
  return `(${branches.join(' or ')})`;
}

/**
 * The portfolio: every service's current phase, published scores, unfinished and overdue actions and
 * the latest value of each measure (from the last few years), and the provider summaries imported
 * into the site. One round trip (more only when a list returns a full page of 5,000).
 */
export async function readPortfolio(sp: SPFI, today: string = localToday()): Promise<ReadResult<Portfolio>> {
  const warnings: RowWarning[] = [];
  const [b, execute] = sp.batched();
  const servicesQ = queueItems(b, sp, servicesList, selectFor(servicesList, SERVICE_KEYS));
  const cyclesQ = queueItems(b, sp, cyclesList, selectFor(cyclesList, CYCLE_KEYS));
  const actionsQ = queueItems(b, sp, actionsList, selectFor(actionsList, COUNT_KEYS), anyOf(actionsList.fields.status, OPEN_ACTION_STATUSES));
  const windows = monthWindows(today, PORTFOLIO_MEASURE_MONTHS);
  const measureQs = PORTFOLIO_MEASURE_IDS.map((measureId) =>
    queueItems(b, sp, measuresList, selectFor(measuresList, PORTFOLIO_MEASURE_KEYS), `${windows} and ${eq(measuresList.fields.measureId, measureId)}`)
  );
  // A site not yet upgraded to schema 5 has no summaries list: then there is nothing imported.
  const summariesP = capture(queueItems(b, sp, providerSummariesList, STORED_SUMMARY_SELECT)());
  await executeBatch(execute);

  const services = parseItems(servicesList, SERVICE_KEYS, await servicesQ());
  warnings.push(...services.warnings);
  const cycles = toCycles(await cyclesQ());
  warnings.push(...cycles.warnings);
  const actions = parseItems(actionsList, COUNT_KEYS, await actionsQ());
  warnings.push(...actions.warnings);
  const measureRaws: RawItem[] = [];
  for (const q of measureQs) measureRaws.push(...(await q()));
  const measures = parseItems(measuresList, PORTFOLIO_MEASURE_KEYS, measureRaws);
  warnings.push(...measures.warnings);
  const summaries = await summariesP;
  let imported: Portfolio['imported'] = [];
  if (summaries.ok) {
    const read = toImportedSummaries(summaries.value);
    warnings.push(...read.warnings);
    imported = read.data.map((s) => ({ id: s.id, key: s.key, importedAt: s.importedAt, summary: s.summary }));
  } else if (!(toDataError(summaries.error) instanceof NotSetUpError || toDataError(summaries.error) instanceof NotFoundError)) {
    throw toDataError(summaries.error, { list: providerSummariesList.title });
  }

  const cyclesByService = new Map<number, Cycle[]>();
  for (const c of cycles.data) {
    const list = cyclesByService.get(c.serviceId) ?? [];
    list.push(c);
    cyclesByService.set(c.serviceId, list);
  }
  const open = new Map<number, { open: number; overdue: number }>();
  for (const { row } of actions.rows) {
    const o = open.get(row.service) ?? { open: 0, overdue: 0 };
    o.open++;
    if (isOverdue(row.status, row.dueDate, today)) o.overdue++;
    open.set(row.service, o);
  }
  const latest = new Map<number, Map<string, { id: number; measureId: string; periodEnd: string; value: number | null }>>();
  for (const { id, row } of measures.rows) {
    const perService = latest.get(row.service) ?? new Map();
    const seen = perService.get(row.measureId);
    if (!seen || row.periodEnd > seen.periodEnd || (row.periodEnd === seen.periodEnd && id > seen.id)) {
      perService.set(row.measureId, { id, measureId: row.measureId, periodEnd: row.periodEnd, value: row.value });
    }
    latest.set(row.service, perService);
  }
  const rows: PortfolioRow[] = services.rows
    .map((r) => toCareService(r))
    .map((s) => {
      const current = currentCycleOf(cyclesByService.get(s.id) ?? []);
      const o = open.get(s.id) ?? { open: 0, overdue: 0 };
      return {
        serviceId: s.id,
        serviceName: s.name,
        active: s.active,
        cycle: current ? { id: current.id, title: current.title, phase: current.phase, endDate: current.endDate } : null,
        results: current?.summary ?? null,
        openActions: o.open,
        overdueActions: o.overdue,
        measures: [...(latest.get(s.id)?.values() ?? [])]
          .sort((x, y) => PORTFOLIO_MEASURE_IDS.indexOf(x.measureId as never) - PORTFOLIO_MEASURE_IDS.indexOf(y.measureId as never))
          .map((m) => ({ measureId: m.measureId, periodEnd: m.periodEnd, value: m.value }))
      };
    })
    .sort((x, y) => Number(y.active) - Number(x.active) || x.serviceName.localeCompare(y.serviceName, 'en-GB'));
  return { data: { services: rows, imported }, warnings };
}

/**
 * What the staff pulse or the self-assessment needs before its first question, in one batch: the
 * cycle, every service (a short list; the cycle names its own), the site's defaults, and the person's
 * own latest response. The pinned pack follows, and costs no request when it is WPQ's built-in pack.
 * A cycle that does not exist is a NotFoundError.
 */
export async function readSurveyStart(sp: SPFI, settings: SettingsRepository, cycleId: number, kind: ResponseKind): Promise<SurveyStart> {
  const [b, execute] = sp.batched();
  const cycleP = capture(listOf(b, cyclesList).items.getById(cycleId).select(...selectFor(cyclesList, CYCLE_KEYS))() as Promise<RawItem>);
  const servicesQ = queueItems(b, sp, servicesList, selectFor(servicesList, SERVICE_KEYS));
  const defaultsQ = queueDefaults(b, sp);
  const mineQ = queueMine(b, sp, cycleId, kind);
  await executeBatch(execute);
  const cycle = onlyRow(toCycles([await take(cycleP, cyclesList)]), cyclesList, cycleId);
  const services = parseItems(servicesList, SERVICE_KEYS, await servicesQ());
  const serviceRow = services.rows.find((r) => r.id === cycle.serviceId);
  const configured = cycle.minimumGroupSize ?? (await defaultsQ()).minimumGroupSize;
  const pack = await settings.readPack(cycle.packId, cycle.packVersion);
  return {
    cycle,
    service: serviceRow ? toCareService(serviceRow) : null,
    minimumGroupSize: resolveMinimumGroupSize(configured),
    pack,
    mine: await mineQ(pack)
  };
}