import type { SPFI } from '@pnp/sp';
import { PermissionKind } from '@pnp/sp/security';
import '@pnp/sp/security/list';
import { buildScoringIndex, createTally, resolveMinimumGroupSize } from '../../domain';
import { bodyOf, eq, listOf, readAll } from '../access';
import { aggregateAnswers, type AnswerSource } from '../answers';
import { NotFoundError, PermissionError, spCall } from '../errors';
import { parseResults, parseSummary, buildResults } from '../results';
import { parseItems, rowWarning, selectFor, type ParsedRow, type RawItem, type ReadResult, type RowOf, type RowWarning } from '../rows';
import { cyclesList, responsesList } from '../schema';
import type { Cycle, PublishedResults } from '../types';
import type { SettingsRepository } from './settings';
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
    summary: summary.ok ? summary.value : null
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
}

export type CycleChanges = Partial<Pick<Cycle, 'title' | 'phase' | 'startDate' | 'endDate' | 'minimumGroupSize'>>;

export interface CyclesRepository {
  listForService(serviceId: number): Promise<ReadResult<Cycle[]>>;
  /** Every cycle of every service (light columns only). */
  listAll(): Promise<ReadResult<Cycle[]>>;
  get(id: number): Promise<Cycle>;
  add(input: CycleInput): Promise<Cycle>;
  update(id: number, changes: CycleChanges, etag: string | null): Promise<Cycle>;
  /** The statement-level results a manager published; null when none. */
  readResults(id: number): Promise<ReadResult<PublishedResults | null>>;
  /**
   * Scores every response of the cycle with the domain rules (staff only when the minimum group size
   * is met) and publishes the result into the cycle for everyone to read. Only people who can manage
   * lists can do this: read-own security means only they can read every response.
   */
  publishResults(id: number): Promise<ReadResult<PublishedResults>>;
}

export function cyclesRepository(sp: SPFI, settings: SettingsRepository): CyclesRepository {
  const select = selectFor(cyclesList, CYCLE_KEYS);
  const get = async (id: number): Promise<Cycle> => {
    const raw = await spCall(cyclesList.title, () => listOf(sp, cyclesList).items.getById(id).select(...select)());
    const { data, warnings } = toCycles([raw as RawItem]);
    if (data.length === 0) {
      const w = warnings[0];
      throw new NotFoundError(`Cycle ${id} cannot be read: ${w ? `${w.field} ${w.problem}` : 'it is damaged'}.`, { list: cyclesList.title });
    }
    return data[0];
  };

  return {
    async listForService(serviceId) {
      return toCycles(await readAll(listOf(sp, cyclesList).items.select(...select).filter(eq(cyclesList.fields.service, serviceId)), cyclesList));
    },
    async listAll() {
      return toCycles(await readAll(listOf(sp, cyclesList).items.select(...select), cyclesList));
    },
    get,
    async add(input) {
      const pack = input.packId !== undefined && input.packVersion !== undefined ? { id: input.packId, version: input.packVersion } : await settings.readActivePack();
      const body = bodyOf(cyclesList, {
        title: input.title,
        service: input.serviceId,
        packId: pack.id,
        packVersion: pack.version,
        phase: input.phase ?? 'analyse',
        startDate: input.startDate ?? null,
        endDate: input.endDate ?? null,
        minimumGroupSize: input.minimumGroupSize ?? null
      });
      const raw = (await spCall(cyclesList.title, () => listOf(sp, cyclesList).items.add(body))) as RawItem;
      return get(raw.Id as number);
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
        listOf(sp, cyclesList).items.getById(id).select('Id', cyclesList.fields.results.property)()
      )) as RawItem;
      const parsed = parseResults((raw[cyclesList.fields.results.property] as string | null) ?? null);
      if (!parsed.ok) {
        return { data: null, warnings: [rowWarning(cyclesList, id, cyclesList.fields.results, `${parsed.problem}; publish the results again`)] };
      }
      return { data: parsed.value, warnings: [] };
    },
    async publishResults(id) {
      const [batched, execute] = sp.batched();
      const permsP = listOf(batched, responsesList).getCurrentUserEffectivePermissions();
      const cycleP = listOf(batched, cyclesList).items.getById(id).select(...select)();
      await spCall(cyclesList.title, () => execute());
      const perms = await spCall(responsesList.title, () => permsP);
      if (!sp.web.hasPermissions(perms, PermissionKind.ManageLists)) {
        throw new PermissionError(
          'Only people who can manage lists on this site (site owners) can publish results, because only they can read every response.',
          { status: 403, list: responsesList.title }
        );
      }
      const warnings: RowWarning[] = [];
      const parsedCycle = toCycles([(await spCall(cyclesList.title, () => cycleP)) as RawItem]);
      warnings.push(...parsedCycle.warnings);
      const cycle = parsedCycle.data[0];
      if (!cycle) throw new NotFoundError(`Cycle ${id} cannot be read: ${warnings.map((w) => `${w.field} ${w.problem}`).join('; ')}`, { list: cyclesList.title });
      const [pack, defaults] = await Promise.all([settings.readPack(cycle.packId, cycle.packVersion), settings.readDefaults()]);
      const minimumGroupSize = resolveMinimumGroupSize(cycle.minimumGroupSize ?? defaults.minimumGroupSize);

      const raws = await readAll(
        listOf(sp, responsesList)
          .items.select('Id', responsesList.fields.kind.property, responsesList.fields.answers.property)
          .filter(eq(responsesList.fields.cycle, id)),
        responsesList
      );
      const kinds = parseItems(responsesList, ['kind'], raws);
      warnings.push(...kinds.warnings);
      const byKind: Record<'leaders' | 'staff', AnswerSource[]> = { leaders: [], staff: [] };
      const answersProp = responsesList.fields.answers.property;
      const rawById = new Map(raws.map((r) => [r.Id as number, r]));
      for (const r of kinds.rows) byKind[r.row.kind].push({ id: r.id, answers: rawById.get(r.id)?.[answersProp] });
      const excluded: number[] = kinds.warnings.map((w) => w.itemId);
      const tallies = { leaders: createTally(buildScoringIndex(pack, 'leaders')), staff: createTally(buildScoringIndex(pack, 'staff')) };
      for (const kind of ['leaders', 'staff'] as const) {
        const { rejected } = aggregateAnswers(tallies[kind].index, byKind[kind], tallies[kind]);
        for (const r of rejected) {
          excluded.push(r.id);
          warnings.push(rowWarning(responsesList, r.id, responsesList.fields.answers, `The answers ${r.problem}.`));
        }
      }
      const built = buildResults({
        packId: pack.id,
        packVersion: pack.version,
        minimumGroupSize,
        publishedAt: new Date().toISOString(),
        leaders: tallies.leaders,
        staff: tallies.staff,
        excludedResponseIds: excluded.sort((a, b) => a - b)
      });
      await spCall(cyclesList.title, () =>
        listOf(sp, cyclesList)
          .items.getById(id)
          .update(
            bodyOf(cyclesList, { results: built.resultsJson, resultsSummary: built.summaryJson, publishedAt: built.results.publishedAt })
          )
      );
      return { data: built.results, warnings };
    }
  };
}
