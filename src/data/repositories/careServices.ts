import type { SPFI } from '@pnp/sp';
import { bodyOf, listOf, readItem, readItems } from '../access';
import { spCall } from '../errors';
import { onlyRow, parseItems, selectFor, type ParsedRow, type ReadResult, type RowOf } from '../rows';
import { servicesList } from '../schema';
import type { CareService } from '../types';
import { updateWithEtag } from './update';

export const SERVICE_KEYS = ['name', 'serviceType', 'leaders', 'staff', 'active'] as const;
type ServiceRow = RowOf<typeof servicesList, (typeof SERVICE_KEYS)[number]>;

export function toCareService(p: ParsedRow<ServiceRow>): CareService {
  const r = p.row;
  return { id: p.id, etag: p.etag, name: r.name, serviceType: r.serviceType, leaderIds: r.leaders, staffIds: r.staff, active: r.active };
}

export type CareServiceInput = Omit<CareService, 'id' | 'etag'>;

function body(input: Partial<CareServiceInput>): Record<string, unknown> {
  return bodyOf(servicesList, {
    name: input.name,
    serviceType: input.serviceType,
    leaders: input.leaderIds,
    staff: input.staffIds,
    active: input.active
  });
}

export interface CareServicesRepository {
  /** Every service, sorted by name. The list is small (one item per service or team). */
  list(): Promise<ReadResult<CareService[]>>;
  add(input: CareServiceInput): Promise<CareService>;
  /** Saves changes if nobody changed the service since `etag`; otherwise throws a ConflictError with both versions. */
  update(id: number, changes: Partial<CareServiceInput>, etag: string | null): Promise<CareService>;
}

export function careServicesRepository(sp: SPFI): CareServicesRepository {
  const select = selectFor(servicesList, SERVICE_KEYS);
  const get = async (id: number): Promise<CareService> => {
    const { rows, warnings } = parseItems(servicesList, SERVICE_KEYS, [await readItem(sp, servicesList, id, select)]);
    return onlyRow({ data: rows.map(toCareService), warnings }, servicesList, id);
  };
  return {
    async list() {
      const { rows, warnings } = parseItems(servicesList, SERVICE_KEYS, await readItems(sp, servicesList, select));
      return { data: rows.map(toCareService).sort((a, b) => a.name.localeCompare(b.name, 'en-GB')), warnings };
    },
    async add(input) {
      const raw = await spCall(servicesList.title, () => listOf(sp, servicesList).items.add(body(input)));
      const parsed = parseItems(servicesList, SERVICE_KEYS, [raw as Record<string, unknown>]);
      if (parsed.rows.length === 0) return { ...input, id: (raw as { Id: number }).Id, etag: null };
      return toCareService(parsed.rows[0]);
    },
    async update(id, changes, etag) {
      return updateWithEtag({
        sp,
        list: servicesList,
        id,
        body: body(changes),
        etag,
        read: get,
        mine: (current) => ({ ...(current ?? { id, etag, name: '', serviceType: null, leaderIds: [], staffIds: [], active: true }), ...changes })
      });
    }
  };
}
