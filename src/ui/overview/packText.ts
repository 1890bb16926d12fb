import type { Measure, ModelPack, Pillar, Resource } from '../../model';
import type { OverviewStrings } from '../../loc/overview';
import { format } from '../../loc/strings';

/** A pillar's or theme's name in the pack; its id when the pack does not know it. */
export function pillarName(pack: ModelPack, pillarId: string): string {
  return pack.pillars.find((p) => p.id === pillarId)?.name ?? pillarId;
}

export function measureOf(pack: ModelPack, measureId: string): Measure | undefined {
  return pack.measures.find((m) => m.id === measureId);
}

/** The pillars first, then the cross-cutting themes, each in pack order. */
export function pillarsInOrder(pack: ModelPack): Pillar[] {
  return [...pack.pillars.filter((p) => !p.crossCutting), ...pack.pillars.filter((p) => p.crossCutting)];
}

/** The resources a pillar's guidance names, each once, in the order they are first named. */
export function resourcesOf(pack: ModelPack, pillar: Pillar): Resource[] {
  const ids: string[] = [];
  for (const item of [...pillar.thingsToMeasure, ...pillar.thingsToDo, ...pillar.thingsThatHelp]) {
    for (const id of item.resourceIds ?? []) if (!ids.includes(id)) ids.push(id);
  }
  return ids.map((id) => pack.resources.find((r) => r.id === id)).filter((r): r is Resource => r !== undefined);
}

/** Only secure web addresses become links; anything else in a pack is shown as text. */
export function safeHref(url: string | undefined): string | null {
  if (url === undefined) return null;
  try {
    const parsed = new URL(url.trim());
    return parsed.protocol === 'https:' && parsed.hostname !== '' ? parsed.href : null;
  } catch {
    return null;
  }
}

/** "A", "A and B", "A, B and C". */
export function joinNames(strings: OverviewStrings, names: string[]): string {
  if (names.length <= 1) return names.join('');
  return `${names.slice(0, -1).join(strings.listSeparator)}${strings.listLastSeparator}${names[names.length - 1]}`;
}

export function countText(one: string, many: string, count: number): string {
  return count === 1 ? one : format(many, { count });
}
