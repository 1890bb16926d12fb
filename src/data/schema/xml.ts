/**
 * SharePoint field XML for each column, used by the in-app set-up (createFieldAsXml) and by the admin
 * artefact (PnP provisioning template), so both create exactly the same columns.
 */
import { fnv1a64 } from '../../domain';
import type { FieldDef, ListKey } from './fields';

/** The id of SharePoint's built-in Title column in every list. */
export const TITLE_FIELD_ID = 'fa564e0f-0c70-4ab9-b863-0177e6ddd247';

export function xmlEscape(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;').replace(/'/g, '&apos;');
}

/** The choices of a Choice column's SchemaXml, as SharePoint returns it. */
export function choicesInSchemaXml(schemaXml: string): string[] {
  const out: string[] = [];
  const re = /<CHOICE>([\s\S]*?)<\/CHOICE>/gi;
  let m: RegExpExecArray | null;
  while ((m = re.exec(schemaXml)) !== null) {
    out.push(m[1].replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&quot;/g, '"').replace(/&apos;/g, "'").replace(/&amp;/g, '&'));
  }
  return out;
}

/**
 * A stable GUID for a column of a list, the same on every site and in every artefact, so that a
 * column created by the app and one created by an administrator's template are the same column.
 */
export function fieldId(list: ListKey, field: FieldDef): string {
  if (field.builtin) return TITLE_FIELD_ID;
  const hex = fnv1a64(`wpq:${list}:${field.internalName}`) + fnv1a64(`${field.internalName}:${list}:wpq-field`);
  const variant = ((parseInt(hex[16], 16) & 0x3) | 0x8).toString(16);
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-4${hex.slice(13, 16)}-${variant}${hex.slice(17, 20)}-${hex.slice(20, 32)}`;
}

const bool = (b: boolean): string => (b ? 'TRUE' : 'FALSE');

/** SharePoint's type of each kind of column, as in SchemaXml's Type and a field's TypeAsString. */
export const FIELD_TYPE: Record<FieldDef['kind'], string> = {
  text: 'Text',
  note: 'Note',
  number: 'Number',
  date: 'DateTime',
  dateTime: 'DateTime',
  choice: 'Choice',
  boolean: 'Boolean',
  user: 'User',
  userMulti: 'UserMulti',
  lookup: 'Lookup'
};

/**
 * The `<Field>` element of a column. `lookupListRef` is what goes in a lookup's List attribute: the
 * target list's GUID for the app, or a template token such as `{listid:WPQ Services}`.
 */
export function fieldSchemaXml(list: ListKey, field: FieldDef, lookupListRef?: string): string {
  const a: Array<[string, string]> = [
    ['ID', `{${fieldId(list, field)}}`],
    ['Type', FIELD_TYPE[field.kind]],
    ['Name', field.internalName],
    ['StaticName', field.internalName],
    ['DisplayName', field.displayName],
    ['Description', field.description],
    ['Required', bool(field.required)]
  ];
  if (field.indexed) a.push(['Indexed', 'TRUE']);
  if (field.unique) a.push(['EnforceUniqueValues', 'TRUE']);
  const children: string[] = [];
  switch (field.kind) {
    case 'text':
      a.push(['MaxLength', String(field.maxLength ?? 255)]);
      break;
    case 'note':
      a.push(['NumLines', String(field.numLines ?? 6)], ['RichText', 'FALSE'], ['AppendOnly', 'FALSE'], ['UnlimitedLengthInDocumentLibrary', 'FALSE']);
      break;
    case 'number':
      if (field.min !== undefined) a.push(['Min', String(field.min)]);
      if (field.max !== undefined) a.push(['Max', String(field.max)]);
      if (field.decimals !== undefined) a.push(['Decimals', String(field.decimals)]);
      break;
    case 'date':
      a.push(['Format', 'DateOnly']);
      break;
    case 'dateTime':
      a.push(['Format', 'DateTime']);
      break;
    case 'choice':
      a.push(['Format', 'Dropdown'], ['FillInChoice', 'FALSE']);
      if (field.defaultValue !== undefined) children.push(`<Default>${xmlEscape(field.defaultValue)}</Default>`);
      children.push(`<CHOICES>${(field.choices ?? []).map((c) => `<CHOICE>${xmlEscape(c.label)}</CHOICE>`).join('')}</CHOICES>`);
      break;
    case 'boolean':
      if (field.defaultValue !== undefined) children.push(`<Default>${field.defaultValue}</Default>`);
      break;
    case 'user':
      a.push(['UserSelectionMode', 'PeopleOnly'], ['UserSelectionScope', '0']);
      break;
    case 'userMulti':
      a.push(['UserSelectionMode', 'PeopleOnly'], ['UserSelectionScope', '0'], ['Mult', 'TRUE']);
      break;
    case 'lookup':
      if (lookupListRef === undefined) throw new Error(`The lookup column ${field.internalName} needs its target list.`);
      a.push(['List', lookupListRef], ['ShowField', 'Title']);
      break;
    default:
      break;
  }
  const attrs = a.map(([k, v]) => `${k}="${xmlEscape(v)}"`).join(' ');
  return children.length > 0 ? `<Field ${attrs}>${children.join('')}</Field>` : `<Field ${attrs} />`;
}
