/**
 * Closing a cycle: the manager decides what happens to each unfinished action (carry it over into the
 * next cycle, close it as done, or drop it with a reason), may start the next cycle at once, and the
 * cycle's phase becomes Closed.
 *
 * Closing is planned, then applied. The plan is worked out from what SharePoint holds now, so running
 * the same request again after an interruption (a dropped connection, a closed laptop) plans only what
 * is still to do and finishes the job:
 * - a decision already applied leaves the action finished, so it is not planned again;
 * - the next cycle is found again by its service, title, start date and pack before one is added;
 * - an action already carried over has a successor in the next cycle (`carriedOverFrom`), and new
 *   successors carry a client id made from both ids, so a lost answer never stores one twice;
 * - the phase is set to Closed last, so a cycle that reads as closed has nothing left to do.
 */
import type { SPFI } from '@pnp/sp';
import { compareVersions } from '../model';
import { capture, eq, executeBatch, listOf, queueItems, take } from './access';
import { ConflictError, InvalidInputError } from './errors';
import { ACTION_KEYS, actionsRepository, toActions, type ActionsRepository } from './repositories/actions';
import { CYCLE_KEYS, cyclesRepository, toCycles, type CyclesRepository } from './repositories/cycles';
import type { SettingsRepository } from './repositories/settings';
import { onlyRow, selectFor, type RawItem } from './rows';
import { actionsList, cyclesList, OPEN_ACTION_STATUSES } from './schema';
import type { Action, ActionChanges, ActionInput, Cycle, ProgressNote } from './types';

export type ActionDecision =
  | { actionId: number; decision: 'carry' }
  | { actionId: number; decision: 'close' }
  | { actionId: number; decision: 'drop'; reason: string };

/** The next cycle to start with the close (same pack id, same or newer version). */
export interface NextCycleSpec {
  title: string;
  packId: string;
  packVersion: string;
  startDate: string;
  endDate: string;
  minimumGroupSize: number | null;
}

export interface CloseRequest {
  cycleId: number;
  /** One per unfinished action of the cycle; decisions for actions already finished are ignored. */
  decisions: ActionDecision[];
  /** The next cycle to start now; null to start none (then no action can be carried over). */
  next: NextCycleSpec | null;
  /** Who closes: named in the progress note of each dropped action. */
  author: { id: number | null; name: string };
}

export type CloseStep =
  | { kind: 'close-action'; action: Action }
  | { kind: 'drop-action'; action: Action; reason: string }
  | { kind: 'start-next'; spec: NextCycleSpec }
  /** Successors for the actions without one yet in the next cycle, then every action marked "Carried over". */
  | { kind: 'carry'; actions: Action[]; successorOf: ReadonlyMap<number, Action> }
  | { kind: 'close-cycle' };

export interface ClosePlan {
  request: CloseRequest;
  cycle: Cycle;
  /** The next cycle when it already exists (an earlier run started it). */
  nextCycle: Cycle | null;
  /** What is still to do, in order; empty when the cycle is already closed. */
  steps: CloseStep[];
}

export interface CloseResult {
  cycle: Cycle;
  nextCycle: Cycle | null;
  /** How many actions this run closed as done, dropped, and carried over (new successors). */
  closed: number;
  dropped: number;
  carried: number;
  /** True when nothing was left to do: the cycle was already closed. */
  alreadyClosed: boolean;
}

/** What the plan is worked out from, as SharePoint holds it now. */
export interface CloseState {
  cycle: Cycle;
  actions: Action[];
  /** Every cycle of the cycle's service. */
  serviceCycles: Cycle[];
  /** The actions of the next cycle, when it exists. */
  nextActions: Action[];
}

export interface CloseHooks {
  /** Called before each step is applied (tests use it to interrupt a close). */
  beforeStep?(step: CloseStep, index: number): void | Promise<void>;
}

const isOpen = (a: Action): boolean => OPEN_ACTION_STATUSES.includes(a.status);

/** The cycle an earlier run of the same request started: same service, title, start date and pack; the first one when there are more. */
export function findNextCycle(serviceCycles: readonly Cycle[], closing: Cycle, spec: NextCycleSpec | null): Cycle | null {
  if (spec === null) return null;
  const matches = serviceCycles
    .filter(
      (c) =>
        c.id !== closing.id &&
        c.serviceId === closing.serviceId &&
        c.title.trim() === spec.title.trim() &&
        c.startDate === spec.startDate &&
        c.packId === spec.packId &&
        c.packVersion === spec.packVersion
    )
    .sort((a, b) => a.id - b.id);
  return matches[0] ?? null;
}

/** The client id of the successor of `fromId` in cycle `toCycleId`: the same on every run. */
export function carryClientId(fromId: number, toCycleId: number): string {
  return `wpq-carry-${fromId}-to-${toCycleId}`;
}

/**
 * What is still to do to close the cycle as requested, from the state SharePoint holds now. Refuses
 * (InvalidInputError, nothing done) a request that leaves an unfinished action without a decision,
 * drops one without a reason, carries one over without a next cycle, or starts the next cycle on
 * another pack or an older version.
 */
export function planClose(state: CloseState, request: CloseRequest): ClosePlan {
  const { cycle } = state;
  const nextCycle = findNextCycle(state.serviceCycles, cycle, request.next);
  if (cycle.phase === 'closed') return { request, cycle, nextCycle, steps: [] };

  const problems: string[] = [];
  const decisionOf = new Map(request.decisions.map((d) => [d.actionId, d]));
  const open = state.actions.filter(isOpen).sort((a, b) => a.id - b.id);
  const steps: CloseStep[] = [];
  const carry: Action[] = [];
  for (const action of open) {
    const d = decisionOf.get(action.id);
    if (!d) problems.push(`Decide what happens to the action "${action.title}".`);
    else if (d.decision === 'close') steps.push({ kind: 'close-action', action });
    else if (d.decision === 'drop') {
      const reason = d.reason.trim();
      if (reason === '') problems.push(`Give a reason for dropping the action "${action.title}".`);
      else steps.push({ kind: 'drop-action', action, reason: reason.slice(0, 4000) });
    } else carry.push(action);
  }
  const next = request.next;
  if (next) {
    if (next.title.trim() === '') problems.push('The next cycle needs a title.');
    if (!(next.endDate > next.startDate)) problems.push("The next cycle's end date must be after its start date.");
    if (next.packId !== cycle.packId || compareVersions(next.packVersion, cycle.packVersion) < 0) {
      problems.push(`The next cycle must use the model pack ${cycle.packId}, version ${cycle.packVersion} or newer.`);
    }
  } else if (carry.length > 0) {
    problems.push('Start the next cycle to carry actions over into it, or close or drop those actions.');
  }
  if (problems.length > 0) throw new InvalidInputError('The cycle was not closed.', problems, { list: cyclesList.title });

  if (next && nextCycle === null) steps.push({ kind: 'start-next', spec: next });
  if (carry.length > 0) {
    const successorOf = new Map<number, Action>();
    for (const a of state.nextActions) if (a.carriedOverFromId !== null) successorOf.set(a.carriedOverFromId, a);
    steps.push({ kind: 'carry', actions: carry, successorOf });
  }
  steps.push({ kind: 'close-cycle' });
  return { request, cycle, nextCycle, steps };
}

/** An update that may have been stored already (its answer lost, the retry refused as a conflict): fine when it holds what was meant. */
async function updateTo<T>(save: () => Promise<T>, reached: (current: T) => boolean): Promise<T> {
  try {
    return await save();
  } catch (error) {
    if (error instanceof ConflictError && error.theirs !== null && reached(error.theirs as T)) return error.theirs as T;
    throw error;
  }
}

function successorInput(action: Action, next: Cycle): ActionInput {
  return {
    cycleId: next.id,
    serviceId: next.serviceId,
    title: action.title,
    pillarId: action.pillarId,
    statementId: action.statementId,
    detail: action.detail,
    ownerId: action.ownerId,
    dueDate: action.dueDate,
    status: action.status,
    priority: action.priority,
    successMeasure: action.successMeasure,
    completedDate: null,
    carriedOverFromId: action.id,
    clientId: carryClientId(action.id, next.id)
  };
}

export interface CloseCycleService {
  /** Reads what SharePoint holds now (two round trips) and works out what is still to do. */
  plan(request: CloseRequest): Promise<ClosePlan>;
  /** Carries out a plan, step by step; the cycle's phase is set to Closed last. */
  apply(plan: ClosePlan, hooks?: CloseHooks): Promise<CloseResult>;
  /** Plans and applies: safe to run again with the same request after an interruption. */
  close(request: CloseRequest, hooks?: CloseHooks): Promise<CloseResult>;
}

export function closeCycleService(sp: SPFI, settings: SettingsRepository, repositories?: { cycles?: CyclesRepository; actions?: ActionsRepository }): CloseCycleService {
  const cycles = repositories?.cycles ?? cyclesRepository(sp, settings);
  const actions = repositories?.actions ?? actionsRepository(sp);
  const actionSelect = selectFor(actionsList, ACTION_KEYS);

  const readState = async (request: CloseRequest): Promise<CloseState> => {
    const [b, execute] = sp.batched();
    const cycleP = capture(listOf(b, cyclesList).items.getById(request.cycleId).select(...selectFor(cyclesList, CYCLE_KEYS))() as Promise<RawItem>);
    const actionsQ = queueItems(b, sp, actionsList, actionSelect, eq(actionsList.fields.cycle, request.cycleId));
    await executeBatch(execute);
    const cycle = onlyRow(toCycles([await take(cycleP, cyclesList)]), cyclesList, request.cycleId);
    const own = toActions(await actionsQ());
    const serviceCycles = (await cycles.listForService(cycle.serviceId)).data;
    const next = findNextCycle(serviceCycles, cycle, request.next);
    const nextActions = next ? (await actions.listForCycle(next.id)).data : [];
    return { cycle, actions: own.data, serviceCycles, nextActions };
  };

  const apply = async (plan: ClosePlan, hooks: CloseHooks = {}): Promise<CloseResult> => {
    const { request } = plan;
    let cycle = plan.cycle;
    let nextCycle = plan.nextCycle;
    const result = { closed: 0, dropped: 0, carried: 0 };
    for (const [index, step] of plan.steps.entries()) {
      await hooks.beforeStep?.(step, index);
      switch (step.kind) {
        case 'close-action':
          await updateTo(
            () => actions.update(step.action.id, { status: 'done' }, step.action.etag),
            (now) => now.status === 'done'
          );
          result.closed++;
          break;
        case 'drop-action': {
          const note: ProgressNote = { at: new Date().toISOString(), byId: request.author.id, byName: request.author.name, text: step.reason };
          const changes: ActionChanges = { status: 'cancelled', progressNotes: [...step.action.progressNotes, note] };
          await updateTo(
            () => actions.update(step.action.id, changes, step.action.etag),
            (now) => now.status === 'cancelled'
          );
          result.dropped++;
          break;
        }
        case 'start-next': {
          const added = await cycles.add({
            title: step.spec.title.trim(),
            serviceId: cycle.serviceId,
            packId: step.spec.packId,
            packVersion: step.spec.packVersion,
            phase: 'analyse',
            startDate: step.spec.startDate,
            endDate: step.spec.endDate,
            minimumGroupSize: step.spec.minimumGroupSize,
            // One next cycle per closed cycle: a start retried after a lost answer is found, not stored again.
            clientId: `wpq-next-of-${cycle.id}`
          });
          nextCycle = added;
          break;
        }
        case 'carry': {
          const target = nextCycle;
          if (target === null) throw new InvalidInputError('The cycle was not closed.', ['There is no next cycle to carry the actions into.']);
          // Successors first, the old actions marked after: an interrupted run is finished by the next one.
          const missing = step.actions.filter((a) => !step.successorOf.has(a.id));
          const created = await actions.addMany(missing.map((a) => successorInput(a, target)));
          result.carried += created.length;
          for (const a of step.actions) {
            await updateTo(
              () => actions.update(a.id, { status: 'carried-over' }, a.etag),
              (now) => now.status === 'carried-over'
            );
          }
          break;
        }
        case 'close-cycle':
          cycle = await updateTo(
            () => cycles.update(cycle.id, { phase: 'closed' }, cycle.etag),
            (now) => now.phase === 'closed'
          );
          break;
      }
    }
    return { cycle, nextCycle, ...result, alreadyClosed: plan.steps.length === 0 };
  };

  const plan = async (request: CloseRequest): Promise<ClosePlan> => planClose(await readState(request), request);

  return {
    plan,
    apply,
    async close(request, hooks) {
      return apply(await plan(request), hooks);
    }
  };
}
