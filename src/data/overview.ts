/**
 * The service overview read model: one service's current cycle, published scores, action counts and
 * latest measures, for the overview screen (its own chunk, loaded on first use).
 */
import type { SPFI } from '@pnp/sp';
import { defaultPack } from '../model';
import { capture, eq, executeBatch, listOf, queueItems, readItems, take } from './access';
import { localToday } from './dates';
import { COUNT_KEYS, isOverdue } from './readModels';
import { SERVICE_KEYS, toCareService } from './repositories/careServices';
import { CYCLE_KEYS, currentCycleOf, toCycles } from './repositories/cycles';
import { latestPerMeasure, MEASURE_KEYS, toMeasures } from './repositories/measures';
import { parseItems, selectFor, type RawItem, type ReadResult, type RowWarning } from './rows';
import { ACTION_STATUSES, actionsList, cyclesList, measuresList, OPEN_ACTION_STATUSES, servicesList, type ActionStatus } from './schema';
import type { ActionCounts, CareService, ServiceOverview } from './types';

/** The overview's counts also name the action due next (same request, one more column). */
const OVERVIEW_COUNT_KEYS = [...COUNT_KEYS, 'title'] as const;

function emptyCounts(): ActionCounts {
  const byStatus = {} as Record<ActionStatus, number>;
  for (const s of ACTION_STATUSES) byStatus[s.id] = 0;
  return { total: 0, byStatus, overdue: 0 };
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

