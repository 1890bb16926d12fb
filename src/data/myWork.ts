/**
 * The *my work* read model: the surveys waiting for the signed-in person and the actions they own,
 * across services (its own chunk, loaded on first use).
 */
import type { SPFI } from '@pnp/sp';
import '@pnp/sp/site-users/web';
import '@pnp/sp/security/list';
import '@pnp/sp/security/web';
import { PermissionKind } from '@pnp/sp/security';
import { anyOf, capture, eq, executeBatch, listOf, queueItems, take } from './access';
import { localToday } from './dates';
import { isOverdue } from './readModels';
import { SERVICE_KEYS, toCareService } from './repositories/careServices';
import { CYCLE_KEYS, toCycles } from './repositories/cycles';
import { RESPONSE_KEYS } from './repositories/responses';
import { parseItems, selectFor, type ReadResult, type RowWarning } from './rows';
import { actionsList, cyclesList, OPEN_ACTION_STATUSES, responsesList, servicesList, SYSTEM_FIELDS } from './schema';
import type { CareService, MyAction, MyWork, SurveyWaiting } from './types';

const MY_ACTION_KEYS = ['title', 'service', 'cycle', 'status', 'dueDate'] as const;
/** Cycle ids per `$filter`, to keep each request's URL short. */
const IDS_PER_FILTER = 40;

function chunks<T>(values: readonly T[], size: number): T[][] {
  const out: T[][] = [];
  for (let i = 0; i < values.length; i += size) out.push(values.slice(i, i + size));
  return out;
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

