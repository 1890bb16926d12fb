import type { ModelPack } from '../../model';
import { useApp } from '../AppContext';
import { useQuery, type Query } from './useQuery';

/**
 * The model pack a cycle pinned (or any stored pack version). A pack version never changes once a
 * cycle uses it, so each one is read once per page and shared by every screen.
 */
const packs = new Map<string, Promise<ModelPack>>();

export function usePack(pin: { packId: string; packVersion: string } | null): Query<ModelPack> {
  const { services } = useApp();
  const key = pin ? `pack:${pin.packId}@${pin.packVersion}` : null;
  return useQuery(key, () => {
    const k = key as string;
    let p = packs.get(k);
    if (!p) {
      p = services.settings.readPack((pin as { packId: string }).packId, (pin as { packVersion: string }).packVersion);
      packs.set(k, p);
      p.catch(() => packs.delete(k));
    }
    return p;
  });
}
