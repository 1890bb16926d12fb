import { defaultPack, type ModelPack } from '../../../src/model';
import type { MeasureRecord } from '../../../src/data/types';
import type { MeasuresScreenData } from '../../../src/data/repositories/measures';

/** The default pack's first two measures (turnover, with national benchmarks, and under-25 turnover), under a pack id of its own. */
export const pack: ModelPack = { ...defaultPack, id: 'measures-test', version: '1.0.0', title: 'Measures test pack', measures: defaultPack.measures.slice(0, 2) };

export function record(overrides: Partial<MeasureRecord> & Pick<MeasureRecord, 'id'>): MeasureRecord {
  return {
    etag: `"${overrides.id}"`,
    serviceId: 3,
    measureId: 'turnover-rate',
    period: null,
    periodEnd: '2026-03-31',
    numerator: 10,
    denominator: 40,
    value: 25,
    source: null,
    note: null,
    ...overrides
  };
}

/** Two quarters of turnover: January to March 2026 (15%) and April to June 2026 (10%). */
export function records(): MeasureRecord[] {
  return [
    record({ id: 1, period: 'January to March 2026', periodEnd: '2026-03-31', numerator: 6, denominator: 40, value: 15, source: 'ASC-WDS' }),
    record({ id: 2, period: 'April to June 2026', periodEnd: '2026-06-30', numerator: 4, denominator: 40, value: 10, note: 'Two <b>leavers</b> retired' })
  ];
}

export function screenData(list: MeasureRecord[] = records()): { data: MeasuresScreenData; warnings: [] } {
  return { data: { service: { id: 3, name: 'Larch Court', active: true }, records: list, activePack: { id: pack.id, version: pack.version } }, warnings: [] };
}
