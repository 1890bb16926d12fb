import type { SPFI } from '@pnp/sp';
import * as z from 'zod/mini';
import { checkPackReplacement, packContentHash, resolveMinimumGroupSize, type PackReplacementDecision, type StoredPackInfo } from '../../domain';
import { defaultPack } from '../../model/packs/default';
import type { ModelPack } from '../../model/schema';
import { bodyOf, eq, listOf, queueItems, quote, readItems, runBatched, valuesOrThrow } from '../access';
import { InvalidInputError, spCall } from '../errors';
import { parseItems, parseJsonColumn, selectFor } from '../rows';
import { cyclesList, settingsList } from '../schema';
import type { SiteDefaults, StoredPackSummary } from '../types';

/**
 * The model pack validator, loaded only when a stored pack is read or a pack is imported: WPQ's
 * default pack needs no validation, so a survey on it never downloads the validator.
 */
function packValidator(): Promise<typeof import('../../model/validate')> {
  return import(/* webpackChunkName: 'wpq-pack-check' */ '../../model/validate');
}

/** Keys of the settings list. Data, not column names. */
export const SETTING_KEYS = {
  schemaVersion: 'schema-version',
  defaults: 'defaults',
  activePack: 'active-pack',
  packPrefix: 'pack:'
} as const;

/**
 * A multiple-lines-of-text column holds at most 63,999 characters, so a pack is stored in parts of at
 * most this many characters, each in its own item, with a header item written last.
 */
export const PACK_PART_CHARS = 60000;

const KEYS = ['title', 'key', 'value'] as const;

const PackHeaderSchema = z.object({
  id: z.string(),
  version: z.string(),
  title: z.string(),
  contentHash: z.string(),
  parts: z.number().check(z.int(), z.minimum(1)),
  chars: z.number().check(z.int(), z.minimum(0)),
  importedAt: z.string()
});
type PackHeader = z.infer<typeof PackHeaderSchema>;

const DefaultsSchema = z.object({ minimumGroupSize: z.optional(z.number()) });
const ActivePackSchema = z.object({ id: z.string().check(z.minLength(1)), version: z.string().check(z.minLength(1)) });

function packKey(id: string, version: string): string {
  return `${SETTING_KEYS.packPrefix}${id}@${version}`;
}

function partKey(id: string, version: string, n: number): string {
  return `${packKey(id, version)}#${String(n).padStart(3, '0')}`;
}

/** The site defaults from their stored value. A value broken by hand falls back to the default, which a site can raise but never lower. */
function defaultsFrom(value: string | null): SiteDefaults {
  const parsed = parseJsonColumn(value, DefaultsSchema);
  return { minimumGroupSize: resolveMinimumGroupSize(parsed.ok ? parsed.value?.minimumGroupSize : undefined) };
}

/**
 * Queues the read of the site defaults in a batch, for reads that need the minimum group size in the
 * same round trip as other data; once the batch has run, the function gives them.
 */
export function queueDefaults(batched: SPFI, sp: SPFI): () => Promise<SiteDefaults> {
  const queued = queueItems(batched, sp, settingsList, selectFor(settingsList, KEYS), eq(settingsList.fields.key, SETTING_KEYS.defaults));
  return async () => {
    const { rows } = parseItems(settingsList, KEYS, await queued());
    return defaultsFrom(rows.length > 0 ? rows[0].row.value : null);
  };
}

function isDefaultPack(id: string, version: string): boolean {
  return id === defaultPack.id && version === defaultPack.version;
}

export interface SettingsRepository {
  /** The schema version set-up recorded, or null when the site was never set up. */
  readSchemaVersion(): Promise<number | null>;
  readDefaults(): Promise<SiteDefaults>;
  saveDefaults(defaults: SiteDefaults): Promise<void>;
  /** The built-in default pack and every imported one. */
  listPacks(): Promise<StoredPackSummary[]>;
  /** A pack by id and version: the built-in default pack, or an imported one (cached: a version never changes once used). */
  readPack(id: string, version: string): Promise<ModelPack>;
  /** Validates and stores a pack; refuses to change a pack version that a cycle uses. */
  importPack(pack: unknown): Promise<PackReplacementDecision>;
  /** The pack that cycles started from now on use: the one a manager chose, else WPQ's default pack. */
  readActivePack(): Promise<{ id: string; version: string }>;
  /** Makes a pack the one new cycles use; it must be built in or stored on the site. */
  setActivePack(id: string, version: string): Promise<void>;
  /** Reads one setting's raw value (null when absent). */
  readValue(key: string): Promise<string | null>;
  /** Creates or replaces one setting. */
  writeValue(key: string, value: string, title?: string): Promise<void>;
}

export function settingsRepository(sp: SPFI): SettingsRepository {
  const packCache = new Map<string, Promise<ModelPack>>();
  const select = selectFor(settingsList, KEYS);

  const findIds = async (keys: string[]): Promise<Map<string, number>> => {
    const found = new Map<string, number>();
    if (keys.length === 0) return found;
    for (let i = 0; i < keys.length; i += 20) {
      const chunk = keys.slice(i, i + 20);
      const filter = chunk.map((k) => eq(settingsList.fields.key, k)).join(' or ');
      const raws = await readItems(sp, settingsList, ['Id', settingsList.fields.key.property], filter);
      for (const raw of raws) found.set(String(raw[settingsList.fields.key.property]), raw.Id as number);
    }
    return found;
  };

  const readValue = async (key: string): Promise<string | null> => {
    const raws = await readItems(sp, settingsList, select, eq(settingsList.fields.key, key));
    const { rows } = parseItems(settingsList, KEYS, raws);
    return rows.length > 0 ? rows[0].row.value : null;
  };

  const writeMany = async (entries: Array<{ key: string; value: string; title: string }>): Promise<void> => {
    const bodies = entries.map((e) => bodyOf(settingsList, { title: e.title, key: e.key, value: e.value }));
    const ids = await findIds(entries.map((e) => e.key));
    const results = await runBatched(
      sp,
      entries.map((e, i) => ({
        body: bodies[i],
        run: (b: SPFI) => {
          const id = ids.get(e.key);
          const target = listOf(b, settingsList).items;
          return id === undefined ? target.add(bodies[i]).then(() => undefined) : target.getById(id).update(bodies[i]).then(() => undefined);
        }
      })),
      settingsList
    );
    valuesOrThrow(results);
  };

  const packHeaders = async (): Promise<PackHeader[]> => {
    const raws = await readItems(sp, settingsList, select, `startswith(${settingsList.fields.key.property},${quote(SETTING_KEYS.packPrefix)})`);
    const { rows } = parseItems(settingsList, KEYS, raws);
    const headers: PackHeader[] = [];
    for (const r of rows) {
      if (r.row.key.includes('#')) continue;
      // A header someone broke by hand: the pack is simply not offered.
      const parsed = parseJsonColumn(r.row.value, PackHeaderSchema);
      if (parsed.ok && parsed.value !== null) headers.push(parsed.value);
    }
    return headers;
  };

  const readActivePack = async (): Promise<{ id: string; version: string }> => {
    // A value broken by hand falls back to the default pack.
    const parsed = parseJsonColumn(await readValue(SETTING_KEYS.activePack), ActivePackSchema);
    return parsed.ok && parsed.value !== null ? parsed.value : { id: defaultPack.id, version: defaultPack.version };
  };

  /**
   * The pack versions cycles use, by pack id: of one pack (an indexed filter), or of every pack in
   * one read of two columns (a site has a few cycles per service a year).
   */
  const versionsUsedByCycles = async (packId?: string): Promise<Map<string, Set<string>>> => {
    const { packId: idField, packVersion: versionField } = cyclesList.fields;
    const raws = await readItems(sp, cyclesList, ['Id', idField.property, versionField.property], packId === undefined ? undefined : eq(idField, packId));
    const used = new Map<string, Set<string>>();
    for (const r of raws) {
      const id = String(r[idField.property]);
      used.set(id, (used.get(id) ?? new Set<string>()).add(String(r[versionField.property])));
    }
    return used;
  };

  const loadPack = async (id: string, version: string): Promise<ModelPack> => {
    const prefix = packKey(id, version);
    const raws = await readItems(sp, settingsList, select, `startswith(${settingsList.fields.key.property},${quote(prefix)})`);
    const { rows } = parseItems(settingsList, KEYS, raws);
    const header = rows.find((r) => r.row.key === prefix);
    if (!header || header.row.value === null) throw new InvalidInputError(`Model pack ${id} ${version} is not stored on this site.`);
    // A pack edited by hand, or one whose replacement was interrupted half-way, is reported, never used.
    const damaged = (why: string): InvalidInputError =>
      new InvalidInputError(`Model pack ${id} ${version} stored on this site is damaged: ${why}. Import it again.`, [], { list: settingsList.title });
    const meta = parseJsonColumn(header.row.value, PackHeaderSchema);
    if (!meta.ok || meta.value === null) throw damaged(`its description ${meta.ok ? 'is empty' : meta.problem}`);
    const parts: string[] = [];
    for (let n = 0; n < meta.value.parts; n++) {
      const part = rows.find((r) => r.row.key === partKey(id, version, n));
      if (!part || part.row.value === null) throw damaged(`part ${n + 1} of ${meta.value.parts} is missing`);
      parts.push(part.row.value);
    }
    let json: unknown;
    try {
      json = JSON.parse(parts.join(''));
    } catch {
      throw damaged('its parts do not fit together');
    }
    const { validateModelPack, formatProblem } = await packValidator();
    const result = validateModelPack(json);
    if (!result.ok) {
      throw new InvalidInputError(`Model pack ${id} ${version} stored on this site is not valid.`, result.problems.slice(0, 5).map(formatProblem));
    }
    if (packContentHash(result.pack) !== meta.value.contentHash) throw damaged('its content is not what was imported');
    return result.pack;
  };

  return {
    async readSchemaVersion() {
      const v = await readValue(SETTING_KEYS.schemaVersion);
      const n = v === null ? NaN : Number(v);
      return Number.isInteger(n) ? n : null;
    },
    async readDefaults() {
      return defaultsFrom(await readValue(SETTING_KEYS.defaults));
    },
    async saveDefaults(defaults) {
      await writeMany([
        {
          key: SETTING_KEYS.defaults,
          value: JSON.stringify({ minimumGroupSize: resolveMinimumGroupSize(defaults.minimumGroupSize) }),
          title: 'Site defaults'
        }
      ]);
    },
    async listPacks() {
      const [headers, active, used] = await Promise.all([packHeaders(), readActivePack(), versionsUsedByCycles()]);
      const isActive = (id: string, version: string): boolean => active.id === id && active.version === version;
      const builtIn: StoredPackSummary = {
        id: defaultPack.id,
        version: defaultPack.version,
        title: defaultPack.title,
        contentHash: packContentHash(defaultPack),
        builtIn: true,
        active: isActive(defaultPack.id, defaultPack.version),
        usedByCycle: used.get(defaultPack.id)?.has(defaultPack.version) ?? false
      };
      return [
        builtIn,
        ...headers
          .filter((h) => !isDefaultPack(h.id, h.version))
          .map((h) => ({
            id: h.id,
            version: h.version,
            title: h.title,
            contentHash: h.contentHash,
            importedOn: h.importedAt,
            builtIn: false,
            active: isActive(h.id, h.version),
            usedByCycle: used.get(h.id)?.has(h.version) ?? false
          }))
      ];
    },
    readPack(id, version) {
      if (isDefaultPack(id, version)) return Promise.resolve(defaultPack);
      const k = packKey(id, version);
      let p = packCache.get(k);
      if (!p) {
        p = loadPack(id, version);
        packCache.set(k, p);
        p.catch(() => packCache.delete(k));
      }
      return p;
    },
    async importPack(input) {
      const { validateModelPack, formatProblem } = await packValidator();
      const result = validateModelPack(input);
      if (!result.ok) throw new InvalidInputError('The model pack is not valid.', result.problems.slice(0, 20).map(formatProblem));
      const pack = result.pack;
      const [headers, used] = await Promise.all([packHeaders(), versionsUsedByCycles(pack.id)]);
      const usedVersions = used.get(pack.id) ?? new Set<string>();
      const stored: StoredPackInfo[] = [
        { id: defaultPack.id, version: defaultPack.version, contentHash: packContentHash(defaultPack), usedByCycle: true },
        ...headers.map((h) => ({ id: h.id, version: h.version, contentHash: h.contentHash, usedByCycle: usedVersions.has(h.version) && h.id === pack.id }))
      ];
      const decision = checkPackReplacement(stored, pack);
      if (decision.outcome === 'refuse') throw new InvalidInputError(decision.message);
      if (decision.outcome === 'unchanged') {
        // The same content again: nothing to do, unless the stored copy was damaged; then writing it
        // again (the very content cycles pinned) is how it is repaired.
        const intact = isDefaultPack(pack.id, pack.version) || (await loadPack(pack.id, pack.version).then(() => true, () => false));
        if (intact) return decision;
      }
      const text = JSON.stringify(pack);
      const parts: string[] = [];
      for (let i = 0; i < text.length; i += PACK_PART_CHARS) parts.push(text.slice(i, i + PACK_PART_CHARS));
      const header: PackHeader = {
        id: pack.id,
        version: pack.version,
        title: pack.title,
        contentHash: packContentHash(pack),
        parts: parts.length,
        chars: text.length,
        importedAt: new Date().toISOString()
      };
      // Parts first, the header last: a pack whose import was interrupted is never offered half-written.
      await writeMany(parts.map((value, n) => ({ key: partKey(pack.id, pack.version, n), value, title: `${pack.title} ${pack.version}, part ${n + 1}` })));
      await writeMany([{ key: packKey(pack.id, pack.version), value: JSON.stringify(header), title: `${pack.title} ${pack.version}` }]);
      packCache.delete(packKey(pack.id, pack.version));
      return decision;
    },
    readActivePack,
    async setActivePack(id, version) {
      if (!isDefaultPack(id, version)) {
        const headers = await packHeaders();
        if (!headers.some((h) => h.id === id && h.version === version)) {
          throw new InvalidInputError(`Model pack ${id} ${version} is not stored on this site, so it cannot be used for new cycles.`);
        }
      }
      await writeMany([{ key: SETTING_KEYS.activePack, value: JSON.stringify({ id, version }), title: 'Model pack for new cycles' }]);
    },
    readValue,
    async writeValue(key, value, title) {
      await spCall(settingsList.title, () => writeMany([{ key, value, title: title ?? key }]));
    }
  };
}
