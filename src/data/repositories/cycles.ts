import type { SPFI } from '@pnp/sp';
import { PermissionKind } from '@pnp/sp/security';
import '@pnp/sp/security/list';
import { buildScoringIndex, createTally, resolveMinimumGroupSize } from '../../domain';
import { bodyOf, capture, eq, executeBatch, listOf, queueItems, readItem, readItems, take, valuesOrThrow } from '../access';
import { aggregateAnswers, hasScoredAnswer, latestPerPerson, type StoredResponse } from '../answers';
import { PermissionError, spCall } from '../errors';
import { buildResults, parseResults, parseSummary, publishedResultsToShow, resultsToShow } from '../results';
import { etagVersion, onlyRow, parseItems, rowWarning, selectFor, type ParsedRow, type RawItem, type ReadResult, type RowOf, type RowWarning } from '../rows';
import { cyclesList, responsesList, servicesList, SYSTEM_FIELDS } from '../schema';
import type { Action, Cycle, LeaderProgress, MeasureRecord, Participation, PublishedResults, Review } from '../types';
import { SERVICE_KEYS, toCareService } from './careServices';
import { queueDefaults, type SettingsRepository } from './settings';
import { addOnce, clientIdsFor } from './createOnce';
import { updateWithEtag } from './update';

/** The columns of a cycle that lists and read models need (the full results stay behind). */
export const CYCLE_KEYS = [
  'title',
  'service',
  'packId',
  'packVersion',
  'phase',
  'startDate',
  'endDate',
  'minimumGroupSize',
  'publishedAt',
  'resultsSummary'
] as const;
type CycleRow = RowOf<typeof cyclesList, (typeof CYCLE_KEYS)[number]>;

/** A cycle from its row. A damaged published summary is left out (summary null) with a warning. */
export function toCycle(p: ParsedRow<CycleRow>, warnings: RowWarning[]): Cycle {
  const r = p.row;
  const summary = parseSummary(r.resultsSummary);
  if (!summary.ok) warnings.push(rowWarning(cyclesList, p.id, cyclesList.fields.resultsSummary, `${summary.problem}; the published scores are not shown until results are published again`));
  return {
    id: p.id,
    etag: p.etag,
    title: r.title,
    serviceId: r.service,
    packId: r.packId,
    packVersion: r.packVersion,
    phase: r.phase,
    startDate: r.startDate,
    endDate: r.endDate,
    minimumGroupSize: r.minimumGroupSize,
    publishedAt: r.publishedAt,
    summary: summary.ok ? resultsToShow(summary.value, r.minimumGroupSize) : null
  };
}

export function toCycles(raws: RawItem[]): ReadResult<Cycle[]> {
  const { rows, warnings } = parseItems(cyclesList, CYCLE_KEYS, raws);
  const data = rows.map((r) => toCycle(r, warnings));
  return { data, warnings };
}

/** The current cycle of a service: the latest not closed, else the latest closed. */
export function currentCycleOf<T extends Pick<Cycle, 'phase' | 'startDate' | 'id'>>(cycles: readonly T[]): T | null {
  const later = (a: T, b: T): number => (b.startDate ?? '').localeCompare(a.startDate ?? '') || b.id - a.id;
  const open = cycles.filter((c) => c.phase !== 'closed').sort(later);
  if (open.length > 0) return open[0];
  const closed = [...cycles].sort(later);
  return closed[0] ?? null;
}

/**
 * The cycle a review compares with: the latest cycle of the same service that started before this one
 * (by start date, then id) and has published results. Null when there is none.
 */
export function previousCycleOf<T extends Pick<Cycle, 'id' | 'serviceId' | 'startDate' | 'publishedAt'>>(cycles: readonly T[], current: T): T | null {
  const key = (c: T): string => `${c.startDate ?? ''}#${String(c.id).padStart(12, '0')}`;
  const earlier = cycles
    .filter((c) => c.id !== current.id && c.serviceId === current.serviceId && c.publishedAt !== null && key(c) < key(current))
    .sort((a, b) => key(b).localeCompare(key(a)));
  return earlier[0] ?? null;
}

/** Everything the review screen shows, read in at most three round trips (see `readReview`). */
export interface ReviewRead {
  cycle: Cycle;
  /** The cycle's published results; null when none were published. */
  results: PublishedResults | null;
  /** Every cycle of the service (light columns, with the published pillar scores), for the trend. */
  serviceCycles: Cycle[];
  /** The service's previous cycle with published results (see `previousCycleOf`), its results and actions. */
  previous: { cycle: Cycle; results: PublishedResults | null; actions: Action[] } | null;
  /** The reviews saved for the cycle, one per pillar or theme. */
  reviews: Review[];
  /** The cycle's actions. */
  actions: Action[];
  /** Every measure record of the service. */
  measures: MeasureRecord[];
}

export interface CycleInput {
  title: string;
  serviceId: number;
  /** Defaults to the pack chosen for new cycles (WPQ's built-in pack unless a manager chose another). */
  packId?: string;
  packVersion?: string;
  phase?: Cycle['phase'];
  startDate?: string | null;
  endDate?: string | null;
  minimumGroupSize?: number | null;
  /** As for actions: made once for this new cycle and sent again with every retry, so it is stored once. */
  clientId?: string;
}

export type CycleChanges = Partial<Pick<Cycle, 'title' | 'phase' | 'startDate' | 'endDate' | 'minimumGroupSize'>>;

/** A cycle read with its results column, as the results screen shows it: results stored broken are named in the warnings. */
function cycleWithResults(raw: RawItem, id: number): ReadResult<{ cycle: Cycle; results: PublishedResults | null }> {
  const parsed = toCycles([raw]);
  const cycle = onlyRow(parsed, cyclesList, id);
  const stored = parseResults((raw[cyclesList.fields.results.property] as string | null) ?? null);
  if (!stored.ok) {
    return {
      data: { cycle, results: null },
      warnings: [...parsed.warnings, rowWarning(cyclesList, id, cyclesList.fields.results, `${stored.problem}; publish the results again`)]
    };
  }
  const results = stored.value === null ? null : publishedResultsToShow(stored.value, cycle.minimumGroupSize);
  return { data: { cycle, results }, warnings: parsed.warnings };
}

/** Queues the read of a cycle with its results on a batch; the function returned gives what `readWithResults` does. */
export function queueCycleWithResults(batched: SPFI, id: number): () => Promise<ReadResult<{ cycle: Cycle; results: PublishedResults | null }>> {
  const raw = capture(
    listOf(batched, cyclesList)
      .items.getById(id)
      .select(...selectFor(cyclesList, CYCLE_KEYS), cyclesList.fields.results.property)() as Promise<RawItem>
  );
  return async () => cycleWithResults(await take(raw, cyclesList), id);
}

export interface CyclesRepository {
  listForService(serviceId: number): Promise<ReadResult<Cycle[]>>;
  /** Every cycle of every service (light columns only). */
  listAll(): Promise<ReadResult<Cycle[]>>;
  get(id: number): Promise<Cycle>;
  add(input: CycleInput): Promise<Cycle>;
  update(id: number, changes: CycleChanges, etag: string | null): Promise<Cycle>;
  /** The statement-level results a manager published; null when none. */
  readResults(id: number): Promise<ReadResult<PublishedResults | null>>;
  /** The cycle and its published results in one request (the results screen). */
  readWithResults(id: number): Promise<ReadResult<{ cycle: Cycle; results: PublishedResults | null }>>;
  /**
   * Scores every response of the cycle with the domain rules (staff only when the minimum group size
   * is met) and publishes the result into the cycle for everyone to read. Only people who can manage
   * lists can do this: read-own security means only they can read every response.
   */
  publishResults(id: number): Promise<ReadResult<PublishedResults>>;
  /**
   * Managers only (PermissionError otherwise): who has answered the cycle so far: staff invited and
   * answered, and each leader's progress. Two round trips.
   */
  participation(id: number): Promise<ReadResult<Participation>>;
  /**
   * The review screen's data: the cycle and its results, its reviews and actions (one batch); the
   * service's cycles and measures (one batch); the previous cycle's results and actions (one batch,
   * only when there is a previous cycle with published results). Three round trips at most.
   */
  readReview(id: number): Promise<ReadResult<ReviewRead>>;
}

export function cyclesRepository(sp: SPFI, settings: SettingsRepository): CyclesRepository {
  const select = selectFor(cyclesList, CYCLE_KEYS);
  const get = async (id: number): Promise<Cycle> => onlyRow(toCycles([await readItem(sp, cyclesList, id, select)]), cyclesList, id);

  return {
    async listForService(serviceId) {
      return toCycles(await readItems(sp, cyclesList, select, eq(cyclesList.fields.service, serviceId)));
    },
    async listAll() {
      return toCycles(await readItems(sp, cyclesList, select));
    },
    get,
    async add(input) {
      const pack = input.packId !== undefined && input.packVersion !== undefined ? { id: input.packId, version: input.packVersion } : await settings.readActivePack();
      const [clientId] = clientIdsFor([input], cyclesList);
      const body = bodyOf(cyclesList, {
        title: input.title,
        service: input.serviceId,
        packId: pack.id,
        packVersion: pack.version,
        phase: input.phase ?? 'analyse',
        startDate: input.startDate ?? null,
        endDate: input.endDate ?? null,
        minimumGroupSize: input.minimumGroupSize ?? null,
        clientId
      });
      // SharePoint answers the add with the whole new item: no need to read it again. A retry whose first
      // answer was lost is refused by the unique creation id and read back instead.
      const outcomes = await addOnce({
        sp,
        list: cyclesList,
        clientIdField: cyclesList.fields.clientId,
        bodies: [body],
        clientIds: [clientId],
        select,
        sameRow: (stored) => stored[cyclesList.fields.service.property] === input.serviceId
      });
      const [cycle] = valuesOrThrow(outcomes, (raws) => toCycles(raws).data);
      return cycle;
    },
    async update(id, changes, etag) {
      return updateWithEtag({
        sp,
        list: cyclesList,
        id,
        etag,
        body: bodyOf(cyclesList, changes),
        read: get,
        mine: (current) => ({ ...(current as Cycle), ...changes })
      });
    },
    async readResults(id) {
      const raw = (await spCall(cyclesList.title, () =>
        listOf(sp, cyclesList)
          .items.getById(id)
          .select('Id', cyclesList.fields.results.property, cyclesList.fields.minimumGroupSize.property)()
      )) as RawItem;
      const parsed = parseResults((raw[cyclesList.fields.results.property] as string | null) ?? null);
      if (!parsed.ok) {
        return { data: null, warnings: [rowWarning(cyclesList, id, cyclesList.fields.results, `${parsed.problem}; publish the results again`)] };
      }
      const cycleMinimum = raw[cyclesList.fields.minimumGroupSize.property];
      const data = parsed.value === null ? null : publishedResultsToShow(parsed.value, typeof cycleMinimum === 'number' ? cycleMinimum : null);
      return { data, warnings: [] };
    },
    async readWithResults(id) {
      return cycleWithResults(await readItem(sp, cyclesList, id, [...select, cyclesList.fields.results.property]), id);
    },
    async publishResults(id) {
      const [batched, execute] = sp.batched();
      const permsP = capture(listOf(batched, responsesList).getCurrentUserEffectivePermissions());
      const cycleP = capture(listOf(batched, cyclesList).items.getById(id).select(...select, cyclesList.fields.results.property)() as Promise<RawItem>);
      await executeBatch(execute);
      const perms = await take(permsP, responsesList);
      if (!sp.web.hasPermissions(perms, PermissionKind.ManageLists)) {
        throw new PermissionError(
          'Only people who can manage lists on this site (site owners) can publish results, because only they can read every response.',
          { status: 403, list: responsesList.title }
        );
      }
      const rawCycle = await take(cycleP, cyclesList);
      const parsedCycle = toCycles([rawCycle]);
      const cycle = onlyRow(parsedCycle, cyclesList, id);
      const warnings: RowWarning[] = [...parsedCycle.warnings];
      const previous = parseResults((rawCycle[cyclesList.fields.results.property] as string | null) ?? null);
      if (!previous.ok) warnings.push(rowWarning(cyclesList, id, cyclesList.fields.results, `${previous.problem}; they are replaced now`));
      const [pack, defaults] = await Promise.all([settings.readPack(cycle.packId, cycle.packVersion), settings.readDefaults()]);
      const minimumGroupSize = resolveMinimumGroupSize(cycle.minimumGroupSize ?? defaults.minimumGroupSize);

      const answersProp = responsesList.fields.answers.property;
      const raws = await readItems(
        sp,
        responsesList,
        ['Id', SYSTEM_FIELDS.authorId, responsesList.fields.kind.property, responsesList.fields.submittedAt.property, answersProp],
        eq(responsesList.fields.cycle, id)
      );
      const parsedRows = parseItems(responsesList, ['kind', 'submittedAt'], raws);
      warnings.push(...parsedRows.warnings);
      // Drafts (leaders' self-assessments not yet submitted) are never counted.
      const kinds = { rows: parsedRows.rows.filter((r) => r.row.submittedAt !== null) };
      const rawById = new Map(raws.map((r) => [r.Id as number, r]));
      const excluded: number[] = parsedRows.warnings.map((w) => w.itemId);
      const indexes = { leaders: buildScoringIndex(pack, 'leaders'), staff: buildScoringIndex(pack, 'staff') };
      const tallies = { leaders: createTally(indexes.leaders), staff: createTally(indexes.staff) };
      const staffBasis = new Map<number, number>();
      for (const kind of ['leaders', 'staff'] as const) {
        const stored: StoredResponse[] = kinds.rows
          .filter((r) => r.row.kind === kind)
          .map((r) => {
            const raw = rawById.get(r.id) as RawItem;
            return { id: r.id, authorId: raw[SYSTEM_FIELDS.authorId], version: etagVersion(r.etag), answers: raw[answersProp] };
          });
        const counted = latestPerPerson(stored);
        const { rejected } = aggregateAnswers(indexes[kind], counted, tallies[kind]);
        const left = new Set<number>();
        for (const r of rejected) {
          left.add(r.id);
          excluded.push(r.id);
          warnings.push(rowWarning(responsesList, r.id, responsesList.fields.answers, `The answers ${r.problem}.`));
        }
        if (kind === 'staff') {
          for (const r of counted) if (!left.has(r.id) && hasScoredAnswer(indexes.staff, r.answers)) staffBasis.set(r.id, r.version);
        }
      }
      const built = buildResults({
        packId: pack.id,
        packVersion: pack.version,
        minimumGroupSize,
        publishedAt: new Date().toISOString(),
        leaders: tallies.leaders,
        staff: tallies.staff,
        staffBasis,
        previous: previous.ok ? previous.value : null,
        excludedResponseIds: excluded.sort((a, b) => a - b)
      });
      if (built.staffHeldBack !== null) {
        warnings.push(
          rowWarning(
            cyclesList,
            id,
            cyclesList.fields.results,
            `The staff results were not updated: only ${built.staffHeldBack} staff ${built.staffHeldBack === 1 ? 'response has' : 'responses have'} changed since they were last shown, fewer than the minimum group size of ${minimumGroupSize}, and comparing the two would show those answers. They update once at least ${minimumGroupSize} have changed.`
          )
        );
      }
      await spCall(cyclesList.title, () =>
        listOf(sp, cyclesList)
          .items.getById(id)
          .update(
            bodyOf(cyclesList, { results: built.resultsJson, resultsSummary: built.summaryJson, publishedAt: built.results.publishedAt })
          )
      );
      return { data: built.results, warnings };
    },
    async participation(id) {
      const [b, execute] = sp.batched();
      const permsP = capture(listOf(b, responsesList).getCurrentUserEffectivePermissions());
      const cycleP = capture(listOf(b, cyclesList).items.getById(id).select(...select)() as Promise<RawItem>);
      const defaultsQ = queueDefaults(b, sp);
      await executeBatch(execute);
      if (!sp.web.hasPermissions(await take(permsP, responsesList), PermissionKind.ManageLists)) {
        throw new PermissionError(
          'Only people who can manage lists on this site (site owners) can see who has answered, because only they can read every response.',
          { status: 403, list: responsesList.title }
        );
      }
      const parsedCycle = toCycles([await take(cycleP, cyclesList)]);
      const cycle = onlyRow(parsedCycle, cyclesList, id);
      const warnings: RowWarning[] = [...parsedCycle.warnings];
      const minimumGroupSize = resolveMinimumGroupSize(cycle.minimumGroupSize ?? (await defaultsQ()).minimumGroupSize);

      const [b2, execute2] = sp.batched();
      const serviceP = capture(listOf(b2, servicesList).items.getById(cycle.serviceId).select(...selectFor(servicesList, SERVICE_KEYS))() as Promise<RawItem>);
      const responsesQ = queueItems(
        b2,
        sp,
        responsesList,
        ['Id', SYSTEM_FIELDS.authorId, responsesList.fields.kind.property, responsesList.fields.submittedAt.property],
        eq(responsesList.fields.cycle, id)
      );
      await executeBatch(execute2);
      const serviceRows = parseItems(servicesList, SERVICE_KEYS, [await take(serviceP, servicesList)]);
      warnings.push(...serviceRows.warnings);
      const service = serviceRows.rows.length > 0 ? toCareService(serviceRows.rows[0]) : null;
      const raws = await responsesQ();
      const rows = parseItems(responsesList, ['kind', 'submittedAt'], raws);
      warnings.push(...rows.warnings);
      const authorOf = new Map(raws.map((r) => [r.Id as number, r[SYSTEM_FIELDS.authorId]]));

      const staff = new Set<number>();
      const leaders = new Map<number, LeaderProgress>();
      for (const { id: itemId, row } of rows.rows) {
        const author = authorOf.get(itemId);
        const person = typeof author === 'number' && Number.isInteger(author) ? author : -itemId;
        const submitted = row.submittedAt !== null;
        if (row.kind === 'staff') {
          if (submitted) staff.add(person);
        } else if (submitted) {
          leaders.set(person, 'submitted');
        } else if (!leaders.has(person)) {
          leaders.set(person, 'draft');
        }
      }
      const leaderIds = service?.leaderIds ?? [];
      const others = [...leaders.entries()].filter(([person, status]) => status === 'submitted' && person > 0 && !leaderIds.includes(person)).map(([person]) => person);
      return {
        data: {
          minimumGroupSize,
          staff: { invited: service === null || service.staffIds.length === 0 ? null : service.staffIds.length, answered: staff.size },
          leaders: [...leaderIds, ...others].map((userId) => ({ userId, status: leaders.get(userId) ?? 'not-started' }))
        },
        warnings
      };
    },
    async readReview(id) {
      // The review's read (four lists, the previous cycle) is needed by the review screen only: its code
      // loads on first use, so the survey's and results' downloads leave it, and the actions, measures
      // and reviews repositories it reads through, out.
      return (await import(/* webpackChunkName: 'wpq-data-review' */ '../reviewRead')).readReview(sp, id);
    }
  };
}
