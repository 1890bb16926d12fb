import type { SPFI } from '@pnp/sp';
import * as z from 'zod/mini';
import { anyOf, bodyOf, capture, eq, executeBatch, listOf, queueItems, readItem, readItems, runBatched, take, valuesOrThrow } from '../access';
import { localToday } from '../dates';
import { InvalidInputError } from '../errors';
import { onlyRow, parseItems, parseJsonColumn, rowWarning, selectFor, type ParsedRow, type RawItem, type ReadResult, type RowOf, type RowWarning } from '../rows';
import { ACTION_STATUSES, actionsList, cyclesList, OPEN_ACTION_STATUSES } from '../schema';
import type { Action, ActionChanges, ActionInput, ActionStatus, Cycle, ProgressNote } from '../types';
import { CYCLE_KEYS, toCycles } from './cycles';
import { addOnce, clientIdsFor } from './createOnce';
import { updateWithEtag } from './update';

const STATUS_IDS = ACTION_STATUSES.map((s) => s.id) as [ActionStatus, ...ActionStatus[]];

export const ACTION_KEYS = [
  'title',
  'cycle',
  'service',
  'pillarId',
  'statementId',
  'detail',
  'owner',
  'dueDate',
  'status',
  'priority',
  'successMeasure',
  'progressNotes',
  'completedDate',
  'carriedOverFrom'
] as const;
type ActionRow = RowOf<typeof actionsList, (typeof ACTION_KEYS)[number]>;

const ProgressNotesSchema = z.array(
  z.object({
    at: z.string().check(z.refine((s) => !Number.isNaN(Date.parse(s)), { message: 'must be a date and time' })),
    byId: z.nullable(z.number().check(z.int())),
    byName: z.string().check(z.maxLength(255)),
    text: z.string().check(z.minLength(1), z.maxLength(4000)),
    // Added later: notes written before it have no status and still parse.
    status: z.optional(z.object({ from: z.enum(STATUS_IDS), to: z.enum(STATUS_IDS) }))
  })
);

/**
 * The words stored with a status change, so that a reader without the status field (an export, an
 * older version of the app) still sees what happened. The app shows the status field instead.
 */
export function statusNoteText(from: ActionStatus, to: ActionStatus): string {
  const label = (s: ActionStatus): string => ACTION_STATUSES.find((x) => x.id === s)?.label ?? s;
  return `Status changed from ${label(from)} to ${label(to)}.`;
}

/** Progress notes live in one multiple-lines-of-text column (63,999 characters); older notes stay in the item's version history. */
const NOTES_LIMIT = 60000;

function serialiseNotes(notes: readonly ProgressNote[]): string | null {
  if (notes.length === 0) return null;
  let kept = [...notes];
  let text = JSON.stringify(kept);
  while (text.length > NOTES_LIMIT && kept.length > 1) {
    kept = kept.slice(1);
    text = JSON.stringify(kept);
  }
  return text;
}

function toAction(p: ParsedRow<ActionRow>, warnings: RowWarning[]): Action | null {
  const r = p.row;
  const notes = parseJsonColumn(r.progressNotes, ProgressNotesSchema, true);
  if (!notes.ok) {
    warnings.push(rowWarning(actionsList, p.id, actionsList.fields.progressNotes, `The progress notes ${notes.problem}.`));
    return null;
  }
  return {
    id: p.id,
    etag: p.etag,
    cycleId: r.cycle,
    serviceId: r.service,
    title: r.title,
    pillarId: r.pillarId,
    statementId: r.statementId,
    detail: r.detail,
    ownerId: r.owner,
    dueDate: r.dueDate,
    status: r.status,
    priority: r.priority,
    successMeasure: r.successMeasure,
    progressNotes: notes.value ?? [],
    completedDate: r.completedDate,
    carriedOverFromId: r.carriedOverFrom
  };
}

export function toActions(raws: RawItem[]): ReadResult<Action[]> {
  const { rows, warnings } = parseItems(actionsList, ACTION_KEYS, raws);
  const data: Action[] = [];
  for (const row of rows) {
    const a = toAction(row, warnings);
    if (a) data.push(a);
  }
  return { data, warnings };
}

function body(values: ActionChanges & Partial<Pick<Action, 'cycleId' | 'serviceId'>>): Record<string, unknown> {
  return bodyOf(actionsList, {
    title: values.title,
    cycle: values.cycleId,
    service: values.serviceId,
    pillarId: values.pillarId,
    statementId: values.statementId,
    detail: values.detail,
    owner: values.ownerId,
    dueDate: values.dueDate,
    status: values.status,
    priority: values.priority,
    successMeasure: values.successMeasure,
    progressNotes: values.progressNotes === undefined ? undefined : serialiseNotes(values.progressNotes),
    completedDate: values.completedDate,
    carriedOverFrom: values.carriedOverFromId
  });
}

function checkInput(input: ActionInput): void {
  const problems: string[] = [];
  if (input.title.trim() === '') problems.push('An action needs a title.');
  if (problems.length > 0) throw new InvalidInputError('The action cannot be saved.', problems, { list: actionsList.title });
}

export interface CarryOverResult {
  /** The new actions in the later cycle. */
  created: Action[];
  /** Open actions that an earlier run had already carried over. */
  alreadyCarried: number;
}

export interface ActionsRepository {
  listForCycle(cycleId: number): Promise<ReadResult<Action[]>>;
  /** Actions a person owns, unfinished ones only unless `includeFinished`. */
  listOwnedBy(userId: number, options?: { includeFinished?: boolean }): Promise<ReadResult<Action[]>>;
  /**
   * Adds one action, stored once even when SharePoint's answer is lost and the request is sent again
   * (through its client id: give the same `clientId` to retry a call safely).
   */
  add(input: ActionInput): Promise<Action>;
  /** Adds many actions in batches of at most 100 requests, each stored once (see `add`). */
  addMany(inputs: ActionInput[]): Promise<Action[]>;
  /** Saves changes if nobody changed the action since `etag`; otherwise a ConflictError with both versions. */
  update(id: number, changes: ActionChanges, etag: string | null): Promise<Action>;
  /**
   * The action board of a cycle: the cycle and all its actions in one request (one `$batch`; more only
   * past 5,000 actions). NotFoundError when the cycle no longer exists.
   */
  readBoard(cycleId: number): Promise<ReadResult<{ cycle: Cycle; actions: Action[] }>>;
  /** One action with its cycle, in one request (one `$batch`). NotFoundError when either is gone. */
  readOne(cycleId: number, actionId: number): Promise<{ cycle: Cycle; action: Action }>;
  /** One action by id (NotFoundError when it no longer exists). */
  get(id: number): Promise<Action>;
  /** Appends a dated progress note, keeping the earlier ones (conflict-checked like any update). */
  addProgressNote(action: Action, text: string, author: { id: number | null; name: string }): Promise<Action>;
  /**
   * Moves an action to another status in one request, with its ETag, recording the change in its
   * progress notes (who, when, from and to; `note` adds the person's words). Done dates completion;
   * leaving done clears it. A ConflictError when someone changed the action since it was read.
   */
  changeStatus(action: Action, to: ActionStatus, author: { id: number | null; name: string }, note?: string): Promise<Action>;
  /**
   * Continues every unfinished action of one cycle in the next: a new action in the later cycle points
   * back to the old one, which is marked "Carried over". Safe to run again.
   */
  carryOver(fromCycleId: number, to: { cycleId: number; serviceId: number }): Promise<CarryOverResult>;
}

export function actionsRepository(sp: SPFI): ActionsRepository {
  const select = selectFor(actionsList, ACTION_KEYS);
  const get = async (id: number): Promise<Action> => onlyRow(toActions([await readItem(sp, actionsList, id, select)]), actionsList, id);
  const listForCycle = async (cycleId: number): Promise<ReadResult<Action[]>> =>
    toActions(await readItems(sp, actionsList, select, eq(actionsList.fields.cycle, cycleId)));

  const addMany = async (inputs: ActionInput[]): Promise<Action[]> => {
    inputs.forEach(checkInput);
    const clientIds = clientIdsFor(inputs, actionsList);
    const bodies = inputs.map((input, i) =>
      bodyOf(actionsList, { clientId: clientIds[i] }, body({ ...input, status: input.status ?? 'not-started', priority: input.priority ?? 'medium' }))
    );
    const outcomes = await addOnce({
      sp,
      list: actionsList,
      clientIdField: actionsList.fields.clientId,
      bodies,
      clientIds,
      select,
      // A client id used again for another cycle's action is not a retry of this one.
      sameRow: (stored, i) =>
        stored[actionsList.fields.cycle.property] === inputs[i].cycleId && stored[actionsList.fields.service.property] === inputs[i].serviceId
    });
    return valuesOrThrow(outcomes, (raws) => toActions(raws).data);
  };

  const update = (id: number, changes: ActionChanges, etag: string | null): Promise<Action> => {
    const effective: ActionChanges = { ...changes };
    if (changes.status === 'done' && changes.completedDate === undefined) effective.completedDate = localToday();
    return updateWithEtag<Action>({
      sp,
      list: actionsList,
      id,
      etag,
      body: body(effective),
      read: get,
      mine: (current) => ({ ...(current as Action), ...effective })
    });
  };

  return {
    listForCycle,
    async listOwnedBy(userId, options = {}) {
      let filter = eq(actionsList.fields.owner, userId);
      if (!options.includeFinished) filter += ` and ${anyOf(actionsList.fields.status, OPEN_ACTION_STATUSES)}`;
      return toActions(await readItems(sp, actionsList, select, filter));
    },
    async add(input) {
      const [created] = await addMany([input]);
      return created;
    },
    addMany,
    update,
    get,
    async readBoard(cycleId) {
      const [b, execute] = sp.batched();
      const cycleP = capture(listOf(b, cyclesList).items.getById(cycleId).select(...selectFor(cyclesList, CYCLE_KEYS))() as Promise<RawItem>);
      const actionsQ = queueItems(b, sp, actionsList, select, eq(actionsList.fields.cycle, cycleId));
      await executeBatch(execute);
      const cycle = onlyRow(toCycles([await take(cycleP, cyclesList)]), cyclesList, cycleId);
      const actions = toActions(await actionsQ());
      return { data: { cycle, actions: actions.data }, warnings: actions.warnings };
    },
    async readOne(cycleId, actionId) {
      const [b, execute] = sp.batched();
      const cycleP = capture(listOf(b, cyclesList).items.getById(cycleId).select(...selectFor(cyclesList, CYCLE_KEYS))() as Promise<RawItem>);
      const actionP = capture(listOf(b, actionsList).items.getById(actionId).select(...select)() as Promise<RawItem>);
      await executeBatch(execute);
      const cycle = onlyRow(toCycles([await take(cycleP, cyclesList)]), cyclesList, cycleId);
      const action = onlyRow(toActions([await take(actionP, actionsList)]), actionsList, actionId);
      return { cycle, action };
    },
    async changeStatus(action, to, author, note) {
      if (!STATUS_IDS.includes(to)) throw new InvalidInputError(`"${String(to)}" is not a status of an action.`);
      if (action.status === to) return action;
      const words = (note ?? '').trim().slice(0, 4000);
      const entry: ProgressNote = {
        at: new Date().toISOString(),
        byId: author.id,
        byName: author.name,
        text: words === '' ? statusNoteText(action.status, to) : words,
        status: { from: action.status, to }
      };
      const changes: ActionChanges = { status: to, progressNotes: [...action.progressNotes, entry] };
      if (action.status === 'done' && to !== 'done') changes.completedDate = null;
      return update(action.id, changes, action.etag);
    },
    async addProgressNote(action, text, author) {
      const trimmed = text.trim();
      if (trimmed === '') throw new InvalidInputError('A progress note cannot be empty.');
      const note: ProgressNote = { at: new Date().toISOString(), byId: author.id, byName: author.name, text: trimmed.slice(0, 4000) };
      return update(action.id, { progressNotes: [...action.progressNotes, note] }, action.etag);
    },
    async carryOver(fromCycleId, to) {
      const [earlier, later] = await Promise.all([listForCycle(fromCycleId), listForCycle(to.cycleId)]);
      const carried = new Set(later.data.map((a) => a.carriedOverFromId).filter((id): id is number => id !== null));
      const open = earlier.data.filter((a) => OPEN_ACTION_STATUSES.includes(a.status));
      const toCarry = open.filter((a) => !carried.has(a.id));
      const created = await addMany(
        toCarry.map((a) => ({
          cycleId: to.cycleId,
          serviceId: to.serviceId,
          title: a.title,
          pillarId: a.pillarId,
          statementId: a.statementId,
          detail: a.detail,
          ownerId: a.ownerId,
          dueDate: a.dueDate,
          status: a.status,
          priority: a.priority,
          successMeasure: a.successMeasure,
          completedDate: null,
          carriedOverFromId: a.id
        }))
      );
      // Mark the old ones only after their successors exist: an interrupted run is finished by the next one.
      const marks = await runBatched(
        sp,
        open.map((a) => ({ run: (b: SPFI) => listOf(b, actionsList).items.getById(a.id).update(body({ status: 'carried-over' })) })),
        actionsList
      );
      valuesOrThrow(marks);
      return { created, alreadyCarried: open.length - toCarry.length };
    }
  };
}
