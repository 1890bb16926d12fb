/**
 * The portfolio read model: every service's phase, published scores, overdue actions and latest
 * measures, and the provider summaries imported into the site (its own chunk, loaded on first use).
 */
import type { SPFI } from '@pnp/sp';
import { anyOf, capture, eq, executeBatch, literal, queueItems } from './access';
import { localToday } from './dates';
import { NotFoundError, NotSetUpError, toDataError } from './errors';
import { COUNT_KEYS, isOverdue } from './readModels';
import { toCareService, SERVICE_KEYS } from './repositories/careServices';
import { CYCLE_KEYS, currentCycleOf, toCycles } from './repositories/cycles';
import { parseItems, selectFor, type RawItem, type ReadResult, type RowWarning } from './rows';
import { actionsList, cyclesList, measuresList, OPEN_ACTION_STATUSES, providerSummariesList, servicesList } from './schema';
import { STORED_SUMMARY_SELECT, toImportedSummaries } from './summaries';
import { PORTFOLIO_MEASURE_IDS, PORTFOLIO_MEASURE_MONTHS, type Cycle, type Portfolio, type PortfolioRow } from './types';

const PORTFOLIO_MEASURE_KEYS = ['service', 'measureId', 'periodEnd', 'value'] as const;
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

