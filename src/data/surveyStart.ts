/**
 * What a survey or self-assessment reads before its first question. It sits in the data layer's core
 * chunk with the settings, cycles and responses it uses, away from the other read models.
 */
import type { SPFI } from '@pnp/sp';
import { resolveMinimumGroupSize } from '../domain';
import { capture, executeBatch, listOf, queueItems, take } from './access';
import { SERVICE_KEYS, toCareService } from './repositories/careServices';
import { CYCLE_KEYS, toCycles } from './repositories/cycles';
import { queueMine } from './repositories/responses';
import { queueDefaults, type SettingsRepository } from './repositories/settings';
import { onlyRow, parseItems, selectFor, type RawItem } from './rows';
import { cyclesList, servicesList } from './schema';
import type { ResponseKind, SurveyStart } from './types';

/**
 * What the staff pulse or the self-assessment needs before its first question, in one batch: the
 * cycle, every service (a short list; the cycle names its own), the site's defaults, and the person's
 * own latest response. The pinned pack follows, and costs no request when it is WPQ's built-in pack.
 * A cycle that does not exist is a NotFoundError.
 */
export async function readSurveyStart(sp: SPFI, settings: SettingsRepository, cycleId: number, kind: ResponseKind): Promise<SurveyStart> {
  const [b, execute] = sp.batched();
  const cycleP = capture(listOf(b, cyclesList).items.getById(cycleId).select(...selectFor(cyclesList, CYCLE_KEYS))() as Promise<RawItem>);
  const servicesQ = queueItems(b, sp, servicesList, selectFor(servicesList, SERVICE_KEYS));
  const defaultsQ = queueDefaults(b, sp);
  const mineQ = queueMine(b, sp, cycleId, kind);
  await executeBatch(execute);
  const cycle = onlyRow(toCycles([await take(cycleP, cyclesList)]), cyclesList, cycleId);
  const services = parseItems(servicesList, SERVICE_KEYS, await servicesQ());
  const serviceRow = services.rows.find((r) => r.id === cycle.serviceId);
  const configured = cycle.minimumGroupSize ?? (await defaultsQ()).minimumGroupSize;
  const pack = await settings.readPack(cycle.packId, cycle.packVersion);
  return {
    cycle,
    service: serviceRow ? toCareService(serviceRow) : null,
    minimumGroupSize: resolveMinimumGroupSize(configured),
    pack,
    mine: await mineQ(pack)
  };
}