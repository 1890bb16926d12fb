/**
 * Column definitions: one description of a SharePoint column that provisioning, the admin artefact,
 * the repositories' `$select` and the row validation all read. Internal names are spelled only in
 * `lists.ts`, through these builders.
 */
import * as z from 'zod/mini';
import { dateFromSharePoint } from '../dates';

export type FieldKind = 'text' | 'note' | 'number' | 'date' | 'dateTime' | 'choice' | 'boolean' | 'user' | 'userMulti' | 'lookup';

/** Lists are referred to by key, so a lookup can name its target before the target exists. */
export type ListKey = 'services' | 'cycles' | 'responses' | 'actions' | 'measures' | 'reviews' | 'settings' | 'summaries';

/** A choice column: the value SharePoint stores (what people see in the list) and the id the app uses. */
export interface ChoiceOption<Id extends string = string> {
  id: Id;
  label: string;
}

export interface FieldDef<T = unknown> {
  readonly kind: FieldKind;
  /** Stable internal name (created with AddFieldInternalNameHint, so SharePoint keeps it as given). */
  readonly internalName: string;
  readonly displayName: string;
  readonly description: string;
  readonly required: boolean;
  readonly indexed: boolean;
  readonly unique: boolean;
  /** Schema version that added the column (upgrades add what a site lacks). */
  readonly since: number;
  /** Schema version from which the column is indexed (the same as `since` unless an upgrade added the index). */
  readonly indexedSince: number;
  /** True for SharePoint's own Title column, which every list has and provisioning only renames. */
  readonly builtin: boolean;
  /** The JSON property SharePoint uses in items: the internal name, plus `Id` for people and lookups. */
  readonly property: string;
  readonly maxLength?: number;
  readonly numLines?: number;
  readonly choices?: readonly ChoiceOption[];
  /** The choice id (or text) a new item gets when the app or a person leaves the column empty. */
  readonly defaultValue?: string;
  readonly min?: number;
  readonly max?: number;
  readonly decimals?: number;
  readonly lookupList?: ListKey;
  /** Validates the raw value SharePoint returns and turns it into the app's value. */
  readonly read: z.ZodMiniType<T>;
}

interface Common {
  internalName: string;
  displayName: string;
  description: string;
  since?: number;
  indexed?: boolean;
  indexedSince?: number;
}

function base(kind: FieldKind, c: Common, required: boolean, property?: string): Omit<FieldDef, 'read'> {
  return {
    kind,
    internalName: c.internalName,
    displayName: c.displayName,
    description: c.description,
    required,
    indexed: c.indexed ?? false,
    unique: false,
    since: c.since ?? 1,
    indexedSince: c.indexedSince ?? c.since ?? 1,
    builtin: false,
    property: property ?? c.internalName
  };
}

const emptyToNull = (v: string | null): string | null => (v === null || v.trim() === '' ? null : v);

/** Single line of text, at most `maxLength` characters (SharePoint allows 255). */
export function textField(c: Common & { required: true; maxLength?: number; unique?: boolean }): FieldDef<string>;
export function textField(c: Common & { required?: false; maxLength?: number; unique?: boolean }): FieldDef<string | null>;
export function textField(c: Common & { required?: boolean; maxLength?: number; unique?: boolean }): FieldDef<string | null> {
  const maxLength = c.maxLength ?? TEXT_MAX_LENGTH;
  const text = z.string().check(z.maxLength(maxLength, { error: `must be at most ${maxLength} characters` }));
  const read = c.required
    ? text.check(z.refine((s) => s.trim() !== '', { message: 'must not be empty' }))
    : z.pipe(z.nullable(text), z.transform(emptyToNull));
  return { ...base('text', c, c.required === true), unique: c.unique ?? false, indexed: (c.indexed ?? false) || (c.unique ?? false), maxLength, read };
}

/** SharePoint's Title column, renamed for the list. */
export function titleField(c: { displayName: string; description: string; required: true }): FieldDef<string>;
export function titleField(c: { displayName: string; description: string; required: false }): FieldDef<string | null>;
export function titleField(c: { displayName: string; description: string; required: boolean }): FieldDef<string | null> {
  const f = c.required
    ? textField({ internalName: 'Title', displayName: c.displayName, description: c.description, required: true })
    : textField({ internalName: 'Title', displayName: c.displayName, description: c.description });
  return { ...f, builtin: true };
}

/** The most characters SharePoint keeps in a multiple-lines-of-text column of a list. */
export const NOTE_MAX_LENGTH = 63999;
/** The most characters SharePoint keeps in a single line of text. */
export const TEXT_MAX_LENGTH = 255;

/** Multiple lines of plain text: never indexed, never filtered on; up to 63,999 characters in a list. */
export function noteField(c: Common & { required?: boolean; numLines?: number }): FieldDef<string | null> {
  const read = z.pipe(z.nullable(z.string().check(z.maxLength(NOTE_MAX_LENGTH))), z.transform(emptyToNull));
  return { ...base('note', { ...c, indexed: false }, c.required === true), numLines: c.numLines ?? 6, read };
}

export function numberField(c: Common & { required: true; min?: number; max?: number; decimals?: number }): FieldDef<number>;
export function numberField(c: Common & { required?: false; min?: number; max?: number; decimals?: number }): FieldDef<number | null>;
export function numberField(c: Common & { required?: boolean; min?: number; max?: number; decimals?: number }): FieldDef<number | null> {
  let n = z.number({ error: 'must be a number' });
  if (c.min !== undefined) n = n.check(z.minimum(c.min, { error: `must be at least ${c.min}` }));
  if (c.max !== undefined) n = n.check(z.maximum(c.max, { error: `must be at most ${c.max}` }));
  const read = c.required ? n : z.nullable(n);
  return { ...base('number', c, c.required === true), min: c.min, max: c.max, decimals: c.decimals, read };
}

/** A problem found while turning a value into the app's (mini transforms have no `addIssue`). */
function transformIssue(ctx: z.core.ParsePayload, input: unknown, message: string): never {
  ctx.issues.push({ code: 'custom', message, input });
  return z.NEVER;
}

const dateRead = z.pipe(
  z.nullable(z.string()),
  z.transform((v: string | null, ctx) => {
    if (v === null || v === '') return null;
    const d = dateFromSharePoint(v);
    if (d === null) return transformIssue(ctx, v, 'must be a date');
    return d;
  })
);

/** A calendar date (no time), read back as YYYY-MM-DD. */
export function dateField(c: Common & { required: true }): FieldDef<string>;
export function dateField(c: Common & { required?: false }): FieldDef<string | null>;
export function dateField(c: Common & { required?: boolean }): FieldDef<string | null> {
  const read = c.required
    ? dateRead.check(z.refine((v) => v !== null, { message: 'must not be empty' }))
    : dateRead;
  return { ...base('date', c, c.required === true), read };
}

/** A moment in time, kept as SharePoint's ISO UTC text. */
export function dateTimeField(c: Common): FieldDef<string | null> {
  const read = z
    .nullable(z.string())
    .check(z.refine((v) => v === null || !Number.isNaN(Date.parse(v)), { message: 'must be a date and time' }));
  return { ...base('dateTime', c, false), read };
}

export function choiceField<Id extends string>(
  c: Common & { required: true; options: ReadonlyArray<ChoiceOption<Id>>; defaultId?: Id }
): FieldDef<Id>;
export function choiceField<Id extends string>(
  c: Common & { required?: false; options: ReadonlyArray<ChoiceOption<Id>>; defaultId?: Id }
): FieldDef<Id | null>;
export function choiceField<Id extends string>(
  c: Common & { required?: boolean; options: ReadonlyArray<ChoiceOption<Id>>; defaultId?: Id }
): FieldDef<Id | null> {
  const byLabel = new Map(c.options.map((o) => [o.label, o.id] as const));
  const allowed = c.options.map((o) => `'${o.label}'`).join(', ');
  const read = z.pipe(
    z.nullable(z.string()),
    z.transform((v: string | null, ctx): Id | null => {
      if (v === null || v === '') {
        if (c.required) return transformIssue(ctx, v, `must be one of ${allowed}`);
        return null;
      }
      const id = byLabel.get(v);
      if (id === undefined) return transformIssue(ctx, v, `'${v}' is not one of ${allowed}`);
      return id;
    })
  );
  const defaultLabel = c.defaultId === undefined ? undefined : c.options.find((o) => o.id === c.defaultId)?.label;
  return { ...base('choice', c, c.required === true), choices: c.options, defaultValue: defaultLabel, read };
}

export function booleanField(c: Common & { defaultValue: boolean }): FieldDef<boolean> {
  const read = z.pipe(
    z.nullable(z.boolean({ error: 'must be yes or no' })),
    z.transform((v: boolean | null) => v ?? c.defaultValue)
  );
  return { ...base('boolean', c, false), defaultValue: c.defaultValue ? '1' : '0', read };
}

/** One person: SharePoint returns their site user id as `<Name>Id`. */
export function userField(c: Common & { required?: boolean }): FieldDef<number | null> {
  const id = z.number({ error: 'must be a person on this site' }).check(z.int());
  const read = c.required ? id.check(z.refine((v) => v > 0, { message: 'must not be empty' })) : z.nullable(id);
  return { ...base('user', c, c.required === true, `${c.internalName}Id`), read };
}

export function userMultiField(c: Common): FieldDef<number[]> {
  const read = z.pipe(
    z.nullable(z.array(z.number().check(z.int()))),
    z.transform((v: number[] | null) => v ?? [])
  );
  return { ...base('userMulti', { ...c, indexed: false }, false, `${c.internalName}Id`), read };
}

/** A lookup to another WPQ list: SharePoint returns the target item's id as `<Name>Id`. */
export function lookupField(c: Common & { required: true; list: ListKey }): FieldDef<number>;
export function lookupField(c: Common & { required?: false; list: ListKey }): FieldDef<number | null>;
export function lookupField(c: Common & { required?: boolean; list: ListKey }): FieldDef<number | null> {
  const id = z.number({ error: 'must point to an item' }).check(z.int());
  const read = c.required ? id.check(z.refine((v) => v > 0, { message: 'must not be empty' })) : z.nullable(id);
  return { ...base('lookup', c, c.required === true, `${c.internalName}Id`), lookupList: c.list, read };
}
