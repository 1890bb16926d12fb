import type { SPFI } from '@pnp/sp';
import * as z from 'zod/mini';
import { figureProblems, measureValue, overlapsOf, type FigureFacts, type FigureProblem } from '../../domain';
import { defaultPack, findMeasure, type ModelPack } from '../../model';
import { anyOf, bodyOf, capture, eq, executeBatch, listOf, queueItems, readItem, readItems, take, valuesOrThrow } from '../access';
import { localToday } from '../dates';
import { InvalidInputError, NotFoundError, toDataError } from '../errors';
import { onlyRow, parseItems, parseJsonColumn, selectFor, type ParsedRow, type RawItem, type ReadResult, type RowOf } from '../rows';
import { measuresList, servicesList, settingsList } from '../schema';
import type { MeasureInput, MeasureRecord } from '../types';
import { SERVICE_KEYS, toCareService } from './careServices';
import { addOnce, clientIdsFor } from './createOnce';
import { SETTING_KEYS } from './settings';
import { updateWithEtag } from './update';

export const MEASURE_KEYS = ['service', 'measureId', 'period', 'periodEnd', 'numerator', 'denominator', 'value', 'source', 'note'] as const;
type MeasureRow = RowOf<typeof measuresList, (typeof MEASURE_KEYS)[number]>;

function toMeasure(p: ParsedRow<MeasureRow>): MeasureRecord {
  const r = p.row;
  return {
    id: p.id,
    etag: p.etag,
    serviceId: r.service,
    measureId: r.measureId,
    period: r.period,
    periodEnd: r.periodEnd,
    numerator: r.numerator,
    denominator: r.denominator,
    value: r.value,
    source: r.source,
    note: r.note
  };
}

export function toMeasures(raws: RawItem[]): ReadResult<MeasureRecord[]> {
  const { rows, warnings } = parseItems(measuresList, MEASURE_KEYS, raws);
  return { data: rows.map(toMeasure), warnings };
}

/** The latest record of each measure (by period end, then by id). */
export function latestPerMeasure(records: readonly MeasureRecord[]): MeasureRecord[] {
  const latest = new Map<string, MeasureRecord>();
  for (const r of records) {
    const seen = latest.get(r.measureId);
    if (!seen || r.periodEnd > seen.periodEnd || (r.periodEnd === seen.periodEnd && r.id > seen.id)) latest.set(r.measureId, r);
  }
  return [...latest.values()];
}

function valueOf(pack: ModelPack, input: Pick<MeasureInput, 'measureId' | 'numerator' | 'denominator'>): number | null {
  const measure = findMeasure(pack, input.measureId);
  if (!measure) throw new InvalidInputError(`Measure ${input.measureId} is not in model pack ${pack.id} ${pack.version}.`, [], { list: measuresList.title });
  if (input.numerator === null || input.denominator === null) return null;
  return measureValue(measure.formula, input.numerator, input.denominator);
}

/** Why a figure breaks the rules, in the data layer's words (the screens show their own). */
function problemText(problem: FigureProblem): string {
  switch (problem.code) {
    case 'unknownMeasure':
      return 'the measure is not in the model pack';
    case 'badDate':
      return 'the period end is not a date written YYYY-MM-DD';
    case 'future':
      return 'the period ends in the future';
    case 'missing':
      return `the ${problem.field} is missing`;
    case 'notNumber':
      return `the ${problem.field} is not a number`;
    case 'negative':
      return `the ${problem.field} is below 0`;
    case 'zeroDenominator':
      return 'the denominator is 0';
    case 'aboveDenominator':
      return 'the numerator is more than the denominator, which a percentage cannot be';
    default:
      return `its period overlaps the figure for ${problem.other?.period ?? problem.other?.periodEnd ?? 'another period'} of the same measure`;
  }
}

/**
 * Refuses figures that break the measures rules (see src/domain/measures.ts), naming every problem:
 * negative counts, a numerator above its denominator for a percentage, a period ending after today,
 * a measure not in the pack, and two figures of one measure with periods that overlap (with each
 * other or with figures already stored).
 */
function checkFigures(figures: readonly FigureFacts[], stored: readonly FigureFacts[], pack: ModelPack, today: string): void {
  const problems: string[] = [];
  const overlaps = overlapsOf(figures, stored);
  figures.forEach((figure, i) => {
    const found = figureProblems(figure, findMeasure(pack, figure.measureId)?.formula, today);
    const clash = overlaps.get(i);
    if (clash) found.push({ field: 'periodEnd', code: 'overlap', other: clash });
    const which = figures.length === 1 ? 'The figure' : `Figure ${i + 1}`;
    for (const p of found) problems.push(`${which}: ${problemText(p)}.`);
  });
  if (problems.length > 0) throw new InvalidInputError('Nothing was saved.', problems, { list: measuresList.title });
}

/** What the measures screen shows, read in one round trip. */
export interface MeasuresScreenData {
  /** Null when the service no longer exists. */
  service: { id: number; name: string; active: boolean } | null;
  /** Every figure recorded for the service. */
  records: MeasureRecord[];
  /** The pack new work uses (the site's active pack), whose measures the screen lists. */
  activePack: { id: string; version: string };
}

const ActivePackSchema = z.object({ id: z.string().check(z.minLength(1)), version: z.string().check(z.minLength(1)) });

export interface MeasuresRepository {
  listForService(serviceId: number): Promise<ReadResult<MeasureRecord[]>>;
  /** The service, its figures and the active pack's id and version, in one `$batch` request. */
  readScreen(serviceId: number): Promise<ReadResult<MeasuresScreenData>>;
  /**
   * Records figures; the value is worked out from the pack's formula, never typed in. Stored once even
   * when SharePoint's answer is lost and the request is sent again (give the same `clientId` to retry a call safely).
   * Figures that break the measures rules are refused with an InvalidInputError and nothing is stored.
   */
  record(input: MeasureInput, pack: ModelPack): Promise<MeasureRecord>;
  /**
   * Records many figures: every one is checked first (one read of the services' stored figures), then
   * all go in `$batch` requests of 100 — 500 figures take 6 requests. Nothing is stored if any is refused.
   */
  recordMany(inputs: MeasureInput[], pack: ModelPack): Promise<MeasureRecord[]>;
  /**
   * Corrects a figure (If-Match on `etag`). A change to its counts, measure, period or service is
   * checked by the same rules and needs a `reason`, which is added as the last line of the figure's note
   * (the screen passes it dated, in the person's words); a change to the note or source alone needs none.
   */
  update(id: number, changes: Partial<MeasureInput>, etag: string | null, pack: ModelPack, reason?: string): Promise<MeasureRecord>;
}

/** Queues the read of a service's figures on a batch (the results screen sends it with its other reads). */
export function queueMeasuresOfService(b: SPFI, sp: SPFI, serviceId: number): () => Promise<ReadResult<MeasureRecord[]>> {
  const rows = queueItems(b, sp, measuresList, selectFor(measuresList, MEASURE_KEYS), eq(measuresList.fields.service, serviceId));
  return async () => toMeasures(await rows());
}

export function measuresRepository(sp: SPFI): MeasuresRepository {
  const select = selectFor(measuresList, MEASURE_KEYS);
  const get = async (id: number): Promise<MeasureRecord> => onlyRow(toMeasures([await readItem(sp, measuresList, id, select)]), measuresList, id);
  const bodyFor = (input: Partial<MeasureInput>, value: number | null | undefined, title?: string): Record<string, unknown> =>
    bodyOf(measuresList, {
      title,
      service: input.serviceId,
      measureId: input.measureId,
      period: input.period,
      periodEnd: input.periodEnd,
      numerator: input.numerator,
      denominator: input.denominator,
      value,
      source: input.source,
      note: input.note
    });
  const checkSelect = [...new Set([...select, 'Id', measuresList.fields.clientId.property])];
  /** The stored figures of these services, with the client id each was stored under. */
  const storedFor = async (serviceIds: number[]): Promise<Array<MeasureRecord & { clientId: string | null }>> => {
    const raws = await readItems(sp, measuresList, checkSelect, anyOf(measuresList.fields.service, [...new Set(serviceIds)]));
    const { data } = toMeasures(raws);
    const clientIdOf = new Map(raws.map((r) => [r.Id as number, typeof r[measuresList.fields.clientId.property] === 'string' ? (r[measuresList.fields.clientId.property] as string) : null]));
    return data.map((m) => ({ ...m, clientId: clientIdOf.get(m.id) ?? null }));
  };
  const recordMany = async (inputs: MeasureInput[], pack: ModelPack): Promise<MeasureRecord[]> => {
    if (inputs.length === 0) return [];
    const clientIds = clientIdsFor(inputs, measuresList);
    // Rules on each figure first, so that obviously bad figures cost no request.
    checkFigures(inputs, [], pack, localToday());
    const mine = new Set(clientIds.map((c) => c.toLowerCase()));
    // A figure stored by an earlier attempt at this same request is that figure, not an overlap.
    const stored = (await storedFor(inputs.map((i) => i.serviceId))).filter((s) => s.clientId === null || !mine.has(s.clientId.toLowerCase()));
    checkFigures(inputs, stored, pack, localToday());
    const bodies = inputs.map((input, i) =>
      bodyOf(measuresList, { clientId: clientIds[i] }, bodyFor(input, valueOf(pack, input), findMeasure(pack, input.measureId)?.name))
    );
    const outcomes = await addOnce({
      sp,
      list: measuresList,
      clientIdField: measuresList.fields.clientId,
      bodies,
      clientIds,
      select,
      // A client id used again for another service's or measure's figures is not a retry of these.
      sameRow: (stored, i) =>
        stored[measuresList.fields.service.property] === inputs[i].serviceId && stored[measuresList.fields.measureId.property] === inputs[i].measureId
    });
    return valuesOrThrow(outcomes, (raws) => toMeasures(raws).data);
  };
  return {
    async listForService(serviceId) {
      return toMeasures(await readItems(sp, measuresList, select, eq(measuresList.fields.service, serviceId)));
    },
    async readScreen(serviceId) {
      const [b, execute] = sp.batched();
      const serviceP = capture(listOf(b, servicesList).items.getById(serviceId).select(...selectFor(servicesList, SERVICE_KEYS))() as Promise<RawItem>);
      const measuresQ = queueItems(b, sp, measuresList, select, eq(measuresList.fields.service, serviceId));
      const settingSelect = selectFor(settingsList, ['key', 'value'] as const);
      const activeQ = queueItems(b, sp, settingsList, settingSelect, eq(settingsList.fields.key, SETTING_KEYS.activePack));
      await executeBatch(execute);
      // A service deleted since the link was made is said so by the screen, not reported as a failure.
      const serviceRead = await serviceP;
      if (!serviceRead.ok && !(toDataError(serviceRead.error, { list: servicesList.title }) instanceof NotFoundError)) await take(serviceP, servicesList);
      const serviceRows = parseItems(servicesList, SERVICE_KEYS, serviceRead.ok ? [serviceRead.value] : []);
      const records = toMeasures(await measuresQ());
      const setting = parseItems(settingsList, ['key', 'value'] as const, await activeQ());
      // A value broken by hand falls back to the default pack, as the settings repository does.
      const parsed = parseJsonColumn(setting.rows.length > 0 ? setting.rows[0].row.value : null, ActivePackSchema);
      const activePack = parsed.ok && parsed.value !== null ? parsed.value : { id: defaultPack.id, version: defaultPack.version };
      const service = serviceRows.rows.length > 0 ? toCareService(serviceRows.rows[0]) : null;
      return {
        data: { service: service ? { id: service.id, name: service.name, active: service.active } : null, records: records.data, activePack },
        warnings: [...serviceRows.warnings, ...records.warnings, ...setting.warnings]
      };
    },
    async record(input, pack) {
      const [created] = await recordMany([input], pack);
      return created;
    },
    recordMany,
    async update(id, changes, etag, pack, reason) {
      // The value is worked out again only when what it is worked out from changes.
      const affectsValue = changes.measureId !== undefined || changes.numerator !== undefined || changes.denominator !== undefined;
      const affectsRules = affectsValue || changes.period !== undefined || changes.periodEnd !== undefined || changes.serviceId !== undefined;
      let value: number | null | undefined;
      let saved = changes;
      if (affectsRules) {
        const why = reason?.trim() ?? '';
        if (why === '') {
          throw new InvalidInputError('Nothing was saved.', ['The figure: a correction needs a reason, saying why the figure changes.'], { list: measuresList.title });
        }
        // The figure as it would be, checked against the service's other figures (read together).
        const current = await get(id);
        const next = { ...current, ...changes };
        const others = (await storedFor([next.serviceId])).filter((s) => s.id !== id);
        checkFigures([next], others, pack, localToday());
        value = valueOf(pack, next);
        const note = changes.note !== undefined ? changes.note : current.note;
        saved = { ...changes, note: [note, why].filter((n): n is string => typeof n === 'string' && n.trim() !== '').join('\n') };
      }
      return updateWithEtag({
        sp,
        list: measuresList,
        id,
        etag,
        body: bodyFor(saved, value),
        read: get,
        mine: (now) => ({ ...(now as MeasureRecord), ...saved })
      });
    }
  };
}
