/**
 * "Set up this site": creates or upgrades WPQ's lists, columns, indexes and list security from the
 * schema, idempotently. It reads what exists, plans only what is missing or different, runs the plan
 * one step at a time (reporting "step n of m"), and records the schema version last. An interrupted
 * run leaves the old version recorded, so the next run simply finishes the job. Data is never
 * deleted and column types are never changed.
 */
import type { SPFI } from '@pnp/sp';
import '@pnp/sp/fields';
import '@pnp/sp/views';
import '@pnp/sp/security/web';
import { PermissionKind } from '@pnp/sp/security';
import { AddFieldOptions } from '@pnp/sp/fields';
import { bodyOf, capture, eq, executeBatch, listOf, runBatched, take, valuesOrThrow, type Settled } from './access';
import { InvalidInputError, SetupRefusedError, spCall } from './errors';
import { SETTING_KEYS } from './repositories/settings';
import {
  ALL_LISTS,
  choicesInSchemaXml,
  FIELD_TYPE,
  fieldSchemaXml,
  fieldsOf,
  SCHEMA_VERSION,
  settingsList,
  type FieldDef,
  type ListDef,
  type ListKey
} from './schema';

export type SetupStepKind = 'check' | 'create-list' | 'update-list' | 'add-field' | 'update-field' | 'default-view' | 'record-version';

export interface SetupProgress {
  /** 1-based number of the step starting now. */
  step: number;
  total: number;
  kind: SetupStepKind;
  /** The list concerned, by title. */
  list?: string;
  /** The column concerned, by display name. */
  field?: string;
}

export interface SetupStatus {
  /** From SharePoint's effective permissions on the site: only people who can manage lists may set up. */
  canManage: boolean;
  /** The schema version recorded on the site; null when never set up. */
  installedVersion: number | null;
  currentVersion: number;
  missingLists: string[];
  /**
   * Lists whose item-level security (read own / edit own) is not what WPQ sets, for instance changed by
   * hand in the list's settings: until set-up runs again, people may read answers that are not theirs.
   * Always given by `checkSetup` (optional only so that older callers' fixtures still type-check).
   */
  listsWithWrongSecurity?: string[];
  /** True when every list exists with its security and the recorded version is this app's (or newer). */
  upToDate: boolean;
}

export interface SetupResult {
  previousVersion: number | null;
  installedVersion: number;
  /** Steps that changed something (0 when the site was already up to date). */
  changes: number;
  steps: Array<Omit<SetupProgress, 'step' | 'total'>>;
}

export interface SetupOptions {
  onProgress?: (progress: SetupProgress) => void;
  /** The lists to set up; defaults to the current schema. Tests pass an older shape to check upgrades. */
  lists?: readonly ListDef[];
  /** The version to record; defaults to {@link SCHEMA_VERSION}. */
  version?: number;
}

interface ExistingField {
  InternalName: string;
  Title: string;
  TypeAsString: string;
  Required: boolean;
  Indexed: boolean;
  EnforceUniqueValues: boolean;
  Description: string;
  SchemaXml: string;
}

interface ExistingList {
  Id: string;
  Title: string;
  Description: string;
  ReadSecurity: number;
  WriteSecurity: number;
  EnableVersioning: boolean;
  RootFolder?: { Name?: string };
}

interface Step {
  kind: SetupStepKind;
  list?: string;
  field?: string;
  run: () => Promise<void>;
}

const LIST_SELECT = ['Id', 'Title', 'Description', 'ReadSecurity', 'WriteSecurity', 'EnableVersioning', 'RootFolder/Name'];

/**
 * Our lists among the site's: by URL name first, which stays when someone renames a list by hand,
 * then by title. Set-up and its check both use this, so they never disagree about what exists.
 */
function matchLists(defs: readonly ListDef[], existing: ExistingList[]): Map<ListKey, ExistingList> {
  const found = new Map<ListKey, ExistingList>();
  for (const def of defs) {
    const byUrl = existing.find((l) => (l.RootFolder?.Name ?? '').toLowerCase() === def.urlName.toLowerCase());
    const match = byUrl ?? existing.find((l) => l.Title.toLowerCase() === def.title.toLowerCase());
    if (match) found.set(def.key, match);
  }
  return found;
}

/** Whether this person may set the site up, and whether it needs it. One round trip. */
export async function checkSetup(sp: SPFI): Promise<SetupStatus> {
  const [b, execute] = sp.batched();
  const permsP = capture(b.web.getCurrentUserEffectivePermissions());
  const listsP = capture(b.web.lists.select(...LIST_SELECT).expand('RootFolder')() as Promise<ExistingList[]>);
  const versionP = capture(
    listOf(b, settingsList).items.select('Id', settingsList.fields.value.property).filter(eq(settingsList.fields.key, SETTING_KEYS.schemaVersion))() as Promise<
      Array<Record<string, unknown>>
    >
  );
  await executeBatch(execute);
  const perms = await take(permsP);
  const lists = await take(listsP);
  const version = await versionP;
  let installedVersion: number | null = null;
  if (version.ok && version.value.length > 0) {
    const n = Number(version.value[0][settingsList.fields.value.property]);
    installedVersion = Number.isInteger(n) ? n : null;
  }
  const defs = ALL_LISTS as unknown as ListDef[];
  const found = matchLists(defs, lists);
  const missingLists = defs.filter((def) => !found.has(def.key)).map((def) => def.title);
  const listsWithWrongSecurity = defs
    .filter((def) => {
      const l = found.get(def.key);
      return l !== undefined && (l.ReadSecurity !== def.readSecurity || l.WriteSecurity !== def.writeSecurity);
    })
    .map((def) => def.title);
  // A list found by its URL under another title needs repair: the app finds its lists by title.
  const renamed = defs.some((def) => {
    const l = found.get(def.key);
    return l !== undefined && l.Title.toLowerCase() !== def.title.toLowerCase();
  });
  return {
    canManage: sp.web.hasPermissions(perms, PermissionKind.ManageLists),
    installedVersion,
    currentVersion: SCHEMA_VERSION,
    missingLists,
    listsWithWrongSecurity,
    upToDate:
      missingLists.length === 0 && listsWithWrongSecurity.length === 0 && !renamed && installedVersion !== null && installedVersion >= SCHEMA_VERSION
  };
}

/**
 * Creates or upgrades every list, column, index and security setting, then records the schema
 * version. Refuses with {@link SetupRefusedError} when the person cannot manage lists.
 */
export async function runSetup(sp: SPFI, options: SetupOptions = {}): Promise<SetupResult> {
  const lists = options.lists ?? (ALL_LISTS as unknown as ListDef[]);
  const version = options.version ?? SCHEMA_VERSION;
  const report = options.onProgress ?? ((): void => undefined);
  report({ step: 1, total: 1, kind: 'check' });

  // Whether this person may, and every list with its URL name, in one round trip.
  const [first, executeFirst] = sp.batched();
  const permsP = capture(first.web.getCurrentUserEffectivePermissions());
  const listsP = capture(first.web.lists.select(...LIST_SELECT).expand('RootFolder')() as Promise<ExistingList[]>);
  await executeBatch(executeFirst);
  if (!sp.web.hasPermissions(await take(permsP), PermissionKind.ManageLists)) throw new SetupRefusedError({ status: 403 });
  const found = matchLists(lists, await take(listsP));

  // Then the columns and default view of ours, and the schema version recorded, in a second one.
  const fieldsByList = new Map<ListKey, ExistingField[]>();
  const viewByList = new Map<ListKey, string[]>();
  let versionP: Promise<Settled<Array<Record<string, unknown>>>> | undefined;
  if (found.size > 0) {
    const [b, execute] = sp.batched();
    const pending = [...found.entries()].map(([key, l]) => ({
      key,
      fields: capture(
        b.web.lists
          .getById(l.Id)
          .fields.select('InternalName', 'Title', 'TypeAsString', 'Required', 'Indexed', 'EnforceUniqueValues', 'Description', 'SchemaXml')
          .filter('Hidden eq false')() as Promise<ExistingField[]>
      ),
      view: capture(b.web.lists.getById(l.Id).defaultView.fields() as Promise<{ Items?: string[] }>)
    }));
    const settings = found.get('settings');
    // Fails harmlessly when the settings list lacks our columns; it is read only when they exist.
    if (settings) {
      versionP = capture(
        b.web.lists
          .getById(settings.Id)
          .items.select('Id', settingsList.fields.value.property)
          .filter(eq(settingsList.fields.key, SETTING_KEYS.schemaVersion))() as Promise<Array<Record<string, unknown>>>
      );
    }
    await executeBatch(execute);
    for (const p of pending) {
      fieldsByList.set(p.key, await take(p.fields));
      viewByList.set(p.key, (await take(p.view)).Items ?? []);
    }
  }
  let previousVersion: number | null = null;
  const settingsFields = fieldsByList.get('settings') ?? [];
  const hasColumn = (f: FieldDef): boolean => settingsFields.some((x) => x.InternalName === f.internalName);
  // The item holding the recorded version, if any: set-up updates it rather than adding another.
  let versionItemId: number | undefined;
  if (versionP && hasColumn(settingsList.fields.key) && hasColumn(settingsList.fields.value)) {
    const raws = await take(versionP, settingsList);
    const n = raws.length > 0 ? Number(raws[0][settingsList.fields.value.property]) : NaN;
    previousVersion = Number.isInteger(n) ? n : null;
    versionItemId = raws.length > 0 ? (raws[0].Id as number) : undefined;
  }

  // Refuse before changing anything when a column exists with another type: changing it could lose data.
  const clashes: string[] = [];
  for (const def of lists) {
    for (const f of fieldsOf(def)) {
      const have = fieldsByList.get(def.key)?.find((x) => x.InternalName.toLowerCase() === f.internalName.toLowerCase());
      if (have && have.TypeAsString !== FIELD_TYPE[f.kind] && !f.builtin) {
        clashes.push(`The column "${have.Title}" (${f.internalName}) in "${def.title}" is a ${have.TypeAsString} column, but WPQ needs a ${FIELD_TYPE[f.kind]} column.`);
      }
    }
  }
  if (clashes.length > 0) throw new InvalidInputError('Set-up stopped before changing anything.', [...clashes, 'Rename or remove those columns, then run set-up again.']);

  const listIds = new Map<ListKey, string>();
  for (const [key, l] of found) listIds.set(key, l.Id);
  const steps: Step[] = [];

  for (const def of lists) {
    const existing = found.get(def.key);
    if (!existing) {
      steps.push({
        kind: 'create-list',
        list: def.title,
        run: async () => {
          // Created under its plain URL name first, then given its title, so its address has no spaces.
          const created = await spCall(def.title, () => sp.web.lists.add(def.urlName, def.description, 100, false, { EnableVersioning: true }));
          const id = (created as { Id: string }).Id;
          await spCall(def.title, () =>
            sp.web.lists.getById(id).update({ Title: def.title, Description: def.description, ReadSecurity: def.readSecurity, WriteSecurity: def.writeSecurity })
          );
          listIds.set(def.key, id);
        }
      });
    } else if (
      existing.Title !== def.title ||
      existing.Description !== def.description ||
      existing.ReadSecurity !== def.readSecurity ||
      existing.WriteSecurity !== def.writeSecurity ||
      existing.EnableVersioning !== true
    ) {
      steps.push({
        kind: 'update-list',
        list: def.title,
        run: () =>
          spCall(def.title, async () => {
            await sp.web.lists.getById(existing.Id).update({
              Title: def.title,
              Description: def.description,
              ReadSecurity: def.readSecurity,
              WriteSecurity: def.writeSecurity,
              EnableVersioning: true
            });
          })
      });
    }
  }

  for (const def of lists) {
    const have = fieldsByList.get(def.key) ?? [];
    const inView = new Set((viewByList.get(def.key) ?? []).map((n) => n.toLowerCase()));
    const missingFromView: string[] = [];
    for (const f of fieldsOf(def)) {
      const current = have.find((x) => x.InternalName.toLowerCase() === f.internalName.toLowerCase());
      if (!current) {
        steps.push({
          // A new list already has its Title column: it is only renamed.
          kind: f.builtin ? 'update-field' : 'add-field',
          list: def.title,
          field: f.displayName,
          run: async () => {
            const listId = listIds.get(def.key) as string;
            if (f.builtin) {
              await spCall(def.title, () => sp.web.lists.getById(listId).fields.getByInternalNameOrTitle(f.internalName).update({ Title: f.displayName, Required: f.required }));
              return;
            }
            const target = f.lookupList ? listIds.get(f.lookupList) : undefined;
            if (f.lookupList && target === undefined) throw new InvalidInputError(`The list that ${f.displayName} points to does not exist yet.`);
            const xml = fieldSchemaXml(def.key, f, target === undefined ? undefined : `{${target}}`);
            await spCall(def.title, () =>
              sp.web.lists.getById(listId).fields.createFieldAsXml({
                SchemaXml: xml,
                // Keep the internal name exactly as given, and show the column in the default view.
                Options: AddFieldOptions.AddFieldInternalNameHint | AddFieldOptions.AddFieldToDefaultView
              })
            );
          }
        });
        continue;
      }
      const changes: Record<string, unknown> = {};
      if (current.Title !== f.displayName) changes.Title = f.displayName;
      if (current.Required !== f.required) changes.Required = f.required;
      if (!f.builtin) {
        if (current.Description !== f.description) changes.Description = f.description;
        if (f.indexed && !current.Indexed) changes.Indexed = true;
        if (f.unique && !current.EnforceUniqueValues) {
          changes.Indexed = true;
          changes.EnforceUniqueValues = true;
        }
        if (f.kind === 'choice') {
          const have = choicesInSchemaXml(current.SchemaXml);
          const wanted = (f.choices ?? []).map((c) => c.label);
          // Keep choices someone added by hand; add the ones this version needs.
          if (wanted.some((w) => !have.includes(w))) {
            // PnPjs v4 sends field updates as plain JSON light, which SharePoint reads as SP.Field: Choices
            // belongs to SP.FieldChoice, so the body must say so or SharePoint refuses it (400).
            changes['@odata.type'] = '#SP.FieldChoice';
            changes.Choices = [...wanted, ...have.filter((h) => !wanted.includes(h))];
          }
        }
      }
      if (Object.keys(changes).length > 0) {
        steps.push({
          kind: 'update-field',
          list: def.title,
          field: f.displayName,
          run: () =>
            spCall(def.title, async () => {
              await sp.web.lists
                .getById(listIds.get(def.key) as string)
                .fields.getByInternalNameOrTitle(f.internalName)
                .update(changes);
            })
        });
      }
      if (!f.builtin && !inView.has(f.internalName.toLowerCase())) missingFromView.push(f.internalName);
    }
    if (missingFromView.length > 0) {
      steps.push({
        kind: 'default-view',
        list: def.title,
        run: async () => {
          const listId = listIds.get(def.key) as string;
          const results = await runBatched(
            sp,
            missingFromView.map((name) => ({ run: (b: SPFI) => b.web.lists.getById(listId).defaultView.fields.add(name) })),
            def
          );
          valuesOrThrow(results);
        }
      });
    }
  }

  const recordVersion = previousVersion === null || previousVersion < version;
  const total = 1 + steps.length + (recordVersion ? 1 : 0);
  const done: SetupResult['steps'] = [];
  let n = 1;
  for (const step of steps) {
    n++;
    report({ step: n, total, kind: step.kind, list: step.list, field: step.field });
    await step.run();
    done.push({ kind: step.kind, list: step.list, field: step.field });
  }
  if (recordVersion) {
    n++;
    report({ step: n, total, kind: 'record-version', list: settingsList.title });
    const settingsId = listIds.get('settings');
    if (settingsId === undefined) throw new InvalidInputError('The settings list is missing, so the schema version cannot be recorded.');
    const items = sp.web.lists.getById(settingsId).items;
    const body = bodyOf(settingsList, { title: 'Schema version of the WPQ lists', key: SETTING_KEYS.schemaVersion, value: String(version) });
    // No item was read when the settings list or its columns were made in this run: then there is none.
    await spCall(settingsList.title, async () => {
      if (versionItemId !== undefined) await items.getById(versionItemId).update(body);
      else await items.add(body);
    });
    done.push({ kind: 'record-version', list: settingsList.title });
  }
  return { previousVersion, installedVersion: Math.max(version, previousVersion ?? 0), changes: done.length, steps: done };
}
