import type { SPFI } from '@pnp/sp';
import { measureValue } from '../../domain';
import { findMeasure, type ModelPack } from '../../model';
import { bodyOf, eq, readItem, readItems, valuesOrThrow } from '../access';
import { InvalidInputError } from '../errors';
import { onlyRow, parseItems, selectFor, type ParsedRow, type RawItem, type ReadResult, type RowOf } from '../rows';
import { measuresList } from '../schema';
import type { MeasureInput, MeasureRecord } from '../types';
import { addOnce, clientIdsFor } from './createOnce';
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

export interface MeasuresRepository {
  listForService(serviceId: number): Promise<ReadResult<MeasureRecord[]>>;
  /**
   * Records figures; the value is worked out from the pack's formula, never typed in. Stored once even
   * when SharePoint's answer is lost and the request is sent again (give the same `clientId` to retry a call safely).
   */
  record(input: MeasureInput, pack: ModelPack): Promise<MeasureRecord>;
  recordMany(inputs: MeasureInput[], pack: ModelPack): Promise<MeasureRecord[]>;
  update(id: number, changes: Partial<MeasureInput>, etag: string | null, pack: ModelPack): Promise<MeasureRecord>;
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
  const recordMany = async (inputs: MeasureInput[], pack: ModelPack): Promise<MeasureRecord[]> => {
    const clientIds = clientIdsFor(inputs, measuresList);
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
    async record(input, pack) {
      const [created] = await recordMany([input], pack);
      return created;
    },
    recordMany,
    async update(id, changes, etag, pack) {
      // The value is worked out again only when what it is worked out from changes.
      const affectsValue = changes.measureId !== undefined || changes.numerator !== undefined || changes.denominator !== undefined;
      const value = affectsValue ? valueOf(pack, { ...(await get(id)), ...changes }) : undefined;
      return updateWithEtag({
        sp,
        list: measuresList,
        id,
        etag,
        body: bodyFor(changes, value),
        read: get,
        mine: (now) => ({ ...(now as MeasureRecord), ...changes })
      });
    }
  };
}
