import type { Ctx, Segment } from './context';
import { apiUrl, emptyReply, jsonReply, renderContext } from './context';
import { EntityRow, queryEntities, selectEntity } from './entities';
import { errors, SpError } from './errors';
import { assignColName, baseField, customFieldInsertIndex, fieldEntity, fieldODataType, isMulti } from './fields';
import { can, PermissionKind } from './identity';
import { uniqueKey } from './itemvalues';
import { valueBag, type FieldDef, type FieldType, type ListState } from './model';
import { internalNameFromTitle, isGuid, newGuid, own } from './names';
import { bodyProperties, EdmType, edmValue, entityBody, EntityMeta, parseJsonBody, Reply, unwrapResults } from './odata';
import { argString } from './path';
import { attr, child, parseXml, XmlElement } from './schemaxml';

const KIND_TO_TYPE: Record<number, FieldType> = {
  2: 'Text',
  3: 'Note',
  4: 'DateTime',
  6: 'Choice',
  7: 'Lookup',
  8: 'Boolean',
  9: 'Number',
  10: 'Currency',
  11: 'URL',
  15: 'MultiChoice',
  17: 'Calculated',
  20: 'User'
};

const ODATA_TYPE_TO_TYPE: Record<string, FieldType> = {
  'SP.FieldText': 'Text',
  'SP.FieldMultiLineText': 'Note',
  'SP.FieldDateTime': 'DateTime',
  'SP.FieldChoice': 'Choice',
  'SP.FieldMultiChoice': 'MultiChoice',
  'SP.FieldLookup': 'Lookup',
  'SP.FieldNumber': 'Number',
  'SP.FieldCurrency': 'Currency',
  'SP.FieldUrl': 'URL',
  'SP.FieldCalculated': 'Calculated',
  'SP.FieldUser': 'User'
};

const NOT_INDEXABLE: FieldType[] = ['Note', 'MultiChoice', 'LookupMulti', 'UserMulti', 'URL', 'Calculated'];

export function fieldMeta(ctx: Ctx, list: ListState, f: FieldDef): EntityMeta {
  const path = `Web/Lists(guid'${list.def.id}')/Fields(guid'${f.id}')`;
  return {
    set: 'SP.ApiData.Fields',
    type: fieldODataType(f),
    id: `${apiUrl(ctx)}/${path}`,
    uri: `${apiUrl(ctx)}/${path}`,
    editLink: path,
    deferred: ['DescriptionResource', 'TitleResource']
  };
}

function entityOf(ctx: Ctx, list: ListState, f: FieldDef): Record<string, unknown> {
  return fieldEntity(f, list.def, ctx.srv.site.webId, ctx.srv.site.sitePath);
}

export function resolveField(ctx: Ctx, list: ListState, seg: Segment, how: 'nameOrTitle' | 'title' | 'id'): FieldDef {
  const value = argString(ctx, seg);
  const v = value.toLowerCase();
  const fields = list.def.fields;
  let f: FieldDef | undefined;
  if (how === 'id') f = isGuid(value) ? fields.find((x) => x.id === v) : undefined;
  else if (how === 'title') f = fields.find((x) => x.title.toLowerCase() === v);
  else f = fields.find((x) => x.internalName.toLowerCase() === v) ?? fields.find((x) => x.title.toLowerCase() === v);
  if (!f) throw errors.fieldNotFound(value);
  return f;
}

export function fieldsCollection(ctx: Ctx, list: ListState): Reply {
  if (ctx.method === 'GET') {
    const rows: EntityRow[] = list.def.fields.map((f) => ({ meta: fieldMeta(ctx, list, f), props: entityOf(ctx, list, f) }));
    return queryEntities(ctx, 'SP.ApiData.Fields', 'SP.Field', rows);
  }
  if (ctx.method === 'POST') {
    const body = parseJsonBody(ctx.body);
    return createField(ctx, list, specFromEntityBody(body), 201);
  }
  throw errors.methodNotSupported('SP.FieldCollection', ctx.method);
}

// ---------------------------------------------------------------------------------------------
// Creation

interface FieldSpec {
  title: string;
  type: FieldType;
  /** Used as given (createFieldAsXml with AddFieldInternalNameHint); otherwise derived from the title. */
  internalName?: string;
  id?: string;
  props: Partial<FieldDef>;
  addToDefaultView: boolean;
}

type Setter = (props: Partial<FieldDef>, v: unknown, typeName: string) => void;

const typed =
  (k: keyof FieldDef, type: EdmType, nullable = false): Setter =>
  (p, v) => {
    (p as Record<string, unknown>)[k] = edmValue(type, v, nullable);
  };
const bool = (k: keyof FieldDef): Setter => typed(k, 'Edm.Boolean');
const str = (k: keyof FieldDef, nullable = false): Setter => typed(k, 'Edm.String', nullable);
const num = (k: keyof FieldDef): Setter => typed(k, 'Edm.Double');
const extra =
  (k: string): Setter =>
  (p, v) => {
    p.extra = { ...(p.extra ?? {}), [k]: v };
  };
const ignore: Setter = () => undefined;

const choices: Setter = (p, v) => {
  const arr = unwrapResults(v);
  if (!Array.isArray(arr) || !arr.every((x) => typeof x === 'string')) throw errors.expectedArray();
  p.choices = arr as string[];
};

/** Settable SP.Field properties (creation bodies and MERGE). */
const FIELD_SETTERS: Record<string, Setter> = {
  Title: str('title'),
  Description: str('description'),
  Group: str('group'),
  Hidden: bool('hidden'),
  Required: bool('required'),
  Indexed: bool('indexed'),
  EnforceUniqueValues: bool('enforceUnique'),
  DefaultValue: str('defaultValue', true),
  DefaultFormula: str('defaultFormula', true),
  ValidationFormula: str('validationFormula', true),
  ValidationMessage: str('validationMessage', true),
  MaxLength: num('maxLength'),
  Choices: choices,
  FillInChoice: bool('fillInChoice'),
  EditFormat: num('editFormat'),
  MinimumValue: num('min'),
  MaximumValue: num('max'),
  ShowAsPercentage: bool('showAsPercentage'),
  CurrencyLocaleId: num('currencyLocaleId'),
  NumberOfLines: num('numberOfLines'),
  RichText: bool('richText'),
  AppendOnly: bool('appendOnly'),
  AllowHyperlink: bool('allowHyperlink'),
  RestrictedMode: bool('restrictedMode'),
  SelectionMode: num('selectionMode'),
  SelectionGroup: num('selectionGroup'),
  FriendlyDisplayFormat: num('friendlyDisplayFormat'),
  LookupField: str('lookupField'),
  LookupList: str('lookupListId'),
  Formula: str('formula'),
  OutputType: ignore,
  DateTimeCalendarType: ignore,
  UnlimitedLengthInDocumentLibrary: ignore,
  AllowDisplay: ignore,
  Presence: ignore,
  LookupWebId: ignore,
  StaticName: ignore,
  IsModern: ignore,
  JSLink: extra('JSLink'),
  CustomFormatter: extra('CustomFormatter'),
  ShowInFiltersPane: extra('ShowInFiltersPane'),
  ClientSideComponentId: extra('ClientSideComponentId'),
  ClientSideComponentProperties: extra('ClientSideComponentProperties')
};

function displayFormat(type: FieldType, p: Partial<FieldDef>, v: unknown): void {
  if (typeof v !== 'number') throw errors.cannotConvert('Edm.Int32');
  if (type === 'DateTime') p.dateOnly = v === 0;
  else if (type === 'URL') p.urlFormat = v;
  else if (type === 'Number' || type === 'Currency') p.decimals = v;
}

function specFromEntityBody(body: Record<string, unknown>): FieldSpec {
  const metaType = (body.__metadata as { type?: string } | undefined)?.type;
  let type: FieldType | undefined;
  const kind = body.FieldTypeKind;
  if (kind !== undefined) {
    if (typeof kind !== 'number') throw errors.cannotConvert('Edm.Int32');
    type = KIND_TO_TYPE[kind];
    if (!type) throw errors.argument(`The local SharePoint server does not support fields with FieldTypeKind ${kind}.`);
  } else if (metaType) {
    type = own(ODATA_TYPE_TO_TYPE, metaType);
  }
  if (!type) throw errors.argument('The field type is missing: send FieldTypeKind.');
  if (metaType === 'SP.FieldMultiChoice') type = 'MultiChoice';
  const typeName = metaType ?? 'SP.Field';
  const props: Partial<FieldDef> = {};
  let multi = false;
  for (const [k, v] of bodyProperties(body)) {
    if (k === 'FieldTypeKind') continue;
    if (k === 'AllowMultipleValues') {
      if (typeof v !== 'boolean') throw errors.cannotConvert('Edm.Boolean');
      multi = v;
      continue;
    }
    if (k === 'DisplayFormat') {
      displayFormat(type, props, v);
      continue;
    }
    if (k === 'LookupListId' || k === 'LookupFieldName') {
      (k === 'LookupListId' ? str('lookupListId') : str('lookupField'))(props, v, typeName);
      continue;
    }
    const setter = own(FIELD_SETTERS, k);
    if (!setter) throw errors.unknownProperty(k, typeName);
    setter(props, v, typeName);
  }
  if (multi && type === 'User') type = 'UserMulti';
  if (multi && type === 'Lookup') type = 'LookupMulti';
  if (type === 'DateTime' && props.dateOnly === undefined) props.dateOnly = false;
  const title = props.title;
  delete props.title;
  if (typeof title !== 'string') throw errors.argument('The field title cannot be empty.');
  return { title, type, props, addToDefaultView: false };
}

/** fields/AddField: {parameters: SP.FieldCreationInformation}. */
function specFromCreationInfo(body: Record<string, unknown>): FieldSpec {
  const params = body.parameters;
  if (!params || typeof params !== 'object') throw errors.argument('The parameter parameters cannot be empty.');
  const p = params as Record<string, unknown>;
  const allowed = new Set(['Title', 'FieldTypeKind', 'Choices', 'IsCompoundField', 'LookupFieldName', 'LookupListId', 'LookupWebId', 'Required']);
  for (const [k] of bodyProperties(p)) if (!allowed.has(k)) throw errors.unknownProperty(k, 'SP.FieldCreationInformation');
  const entity: Record<string, unknown> = {};
  for (const [k, v] of bodyProperties(p)) if (k !== 'IsCompoundField' && k !== 'LookupWebId') entity[k] = v;
  return specFromEntityBody(entity);
}

const XML_BOOL = (v: string | undefined) => (v === undefined ? undefined : v.toUpperCase() === 'TRUE');

/** fields/createfieldasxml: {parameters: {SchemaXml, Options}}. */
function specFromXml(body: Record<string, unknown>): FieldSpec {
  const params = (body.parameters ?? {}) as Record<string, unknown>;
  const xml = params.SchemaXml;
  if (typeof xml !== 'string') throw errors.argument('The parameter SchemaXml cannot be empty.');
  const options = typeof params.Options === 'number' ? params.Options : 0;
  const root: XmlElement = parseXml(xml);
  if (root.name !== 'Field') throw new SpError(400, '-1, System.Xml.XmlException', 'The SchemaXml root element must be <Field>.');
  const typeAttr = attr(root, 'Type') ?? '';
  const known: FieldType[] = ['Text', 'Note', 'DateTime', 'Number', 'Currency', 'Boolean', 'Choice', 'MultiChoice', 'Lookup', 'LookupMulti', 'User', 'UserMulti', 'URL', 'Calculated'];
  let type = known.find((t) => t.toLowerCase() === typeAttr.toLowerCase());
  if (!type) throw errors.argument(`The local SharePoint server does not support fields of type '${typeAttr}'.`);
  if (XML_BOOL(attr(root, 'Mult'))) {
    if (type === 'Lookup') type = 'LookupMulti';
    if (type === 'User') type = 'UserMulti';
  }
  const name = attr(root, 'Name') ?? attr(root, 'StaticName');
  const title = attr(root, 'DisplayName') ?? name;
  if (!title) throw errors.argument('The field needs a DisplayName or a Name.');
  const props: Partial<FieldDef> = {};
  const setBool = (a: string, k: keyof FieldDef) => {
    const v = XML_BOOL(attr(root, a));
    if (v !== undefined) (props as Record<string, unknown>)[k] = v;
  };
  setBool('Required', 'required');
  setBool('Indexed', 'indexed');
  setBool('EnforceUniqueValues', 'enforceUnique');
  setBool('Hidden', 'hidden');
  setBool('FillInChoice', 'fillInChoice');
  setBool('RichText', 'richText');
  setBool('AppendOnly', 'appendOnly');
  setBool('Percentage', 'showAsPercentage');
  const numAttr = (a: string, k: keyof FieldDef) => {
    const v = attr(root, a);
    if (v !== undefined && v !== '' && Number.isFinite(Number(v))) (props as Record<string, unknown>)[k] = Number(v);
  };
  numAttr('MaxLength', 'maxLength');
  numAttr('Min', 'min');
  numAttr('Max', 'max');
  numAttr('Decimals', 'decimals');
  numAttr('NumLines', 'numberOfLines');
  numAttr('LCID', 'currencyLocaleId');
  numAttr('UserSelectionMode', 'selectionMode');
  numAttr('UserSelectionScope', 'selectionGroup');
  const group = attr(root, 'Group');
  if (group !== undefined) props.group = group;
  const description = attr(root, 'Description');
  if (description !== undefined) props.description = description;
  const format = attr(root, 'Format');
  if (type === 'DateTime') props.dateOnly = (format ?? '').toLowerCase() === 'dateonly';
  if (type === 'Choice' && format) props.editFormat = format.toLowerCase() === 'radiobuttons' ? 1 : 0;
  if (type === 'URL' && format) props.urlFormat = format.toLowerCase() === 'image' ? 1 : 0;
  if (type === 'Lookup' || type === 'LookupMulti') {
    const listAttr = attr(root, 'List');
    if (listAttr) props.lookupListId = listAttr.replace(/[{}]/g, '');
    props.lookupField = attr(root, 'ShowField') ?? 'Title';
  }
  const choicesEl = child(root, 'CHOICES');
  if (choicesEl) props.choices = choicesEl.children.filter((c) => c.name.toUpperCase() === 'CHOICE').map((c) => c.text);
  const def = child(root, 'Default');
  if (def) props.defaultValue = def.text;
  const defFormula = child(root, 'DefaultFormula');
  if (defFormula) props.defaultFormula = defFormula.text;
  const validation = child(root, 'Validation');
  if (validation) {
    props.validationFormula = validation.text;
    props.validationMessage = attr(validation, 'Message') ?? null;
  }
  const formula = child(root, 'Formula');
  if (formula) props.formula = formula.text;
  const idAttr = attr(root, 'ID');
  const id = idAttr ? idAttr.replace(/[{}]/g, '').toLowerCase() : undefined;
  if (id !== undefined && !isGuid(id)) throw errors.argument('The field ID is not a valid GUID.');
  return {
    title,
    type,
    // [U] Without AddFieldInternalNameHint (8) SharePoint derives the internal name from the display name.
    internalName: options & 8 && name ? internalNameFromTitle(name) : undefined,
    id,
    props,
    addToDefaultView: (options & 16) !== 0
  };
}

function checkIndexing(f: FieldDef, list: ListState): void {
  if (f.indexed && NOT_INDEXABLE.includes(f.type)) {
    // [U] wording
    throw errors.argument(`Columns of type ${f.type} cannot be indexed.`);
  }
  if (f.enforceUnique && !f.indexed) throw errors.uniqueNeedsIndex();
  if (f.enforceUnique) {
    const seen = new Set<string>();
    for (const it of list.items) {
      const k = uniqueKey(it.values[f.internalName]);
      if (k === undefined) continue;
      if (seen.has(k)) throw errors.duplicateValues();
      seen.add(k);
    }
  }
}

function checkLookup(ctx: Ctx, f: FieldDef): void {
  if (f.type !== 'Lookup' && f.type !== 'LookupMulti') return;
  const target = f.lookupListId ? ctx.srv.store.lists.get(f.lookupListId.toLowerCase()) : undefined;
  if (!target) throw errors.listIdNotFound();
  f.lookupListId = target.def.id;
  f.lookupField ??= 'Title';
  if (!target.def.fields.some((x) => x.internalName === f.lookupField)) throw errors.fieldNotFound(f.lookupField);
}

function createField(ctx: Ctx, list: ListState, spec: FieldSpec, status: 200 | 201): Reply {
  if (!can(ctx.user, PermissionKind.ManageLists)) throw errors.accessDenied();
  const title = spec.title.trim();
  if (title === '') throw errors.argument('The field title cannot be empty.');
  if (title.length > 255) throw errors.argument('The field title cannot be longer than 255 characters.');
  const fields = list.def.fields;
  if (fields.some((f) => f.title.toLowerCase() === title.toLowerCase())) throw errors.duplicateFieldTitle();
  const taken = (n: string) => fields.some((f) => f.internalName.toLowerCase() === n.toLowerCase());
  let internalName: string;
  if (spec.internalName) {
    if (taken(spec.internalName)) throw errors.duplicateFieldName(spec.internalName);
    internalName = spec.internalName;
  } else {
    const base = internalNameFromTitle(title);
    internalName = base;
    // [U] SharePoint appends a number to a derived name that is already used.
    for (let n = 0; taken(internalName); n++) internalName = `${base.slice(0, 31 - String(n).length)}${n}`;
  }
  if (spec.id && fields.some((f) => f.id === spec.id)) throw errors.duplicateFieldName(internalName);
  const f = baseField({ id: spec.id ?? newGuid(), internalName, title, type: spec.type, group: 'Custom Columns', ...spec.props });
  f.title = title;
  if (f.type === 'Text') f.maxLength ??= 255;
  if ((f.type === 'Choice' || f.type === 'MultiChoice') && !f.choices) f.choices = [];
  if ((f.type === 'User' || f.type === 'UserMulti') && f.selectionMode === undefined) f.selectionMode = 0;
  checkLookup(ctx, f);
  checkIndexing(f, list);
  assignColName(list.def, f);
  fields.splice(customFieldInsertIndex(list.def), 0, f);
  if (spec.addToDefaultView) {
    const view = list.def.views.find((v) => v.isDefault);
    if (view && !view.viewFields.includes(internalName)) view.viewFields.push(internalName);
  }
  list.def.version++;
  ctx.srv.store.saveList(list);
  return jsonReply(ctx, entityBody(renderContext(ctx), fieldMeta(ctx, list, f), entityOf(ctx, list, f)), status);
}

export function addFieldOperation(ctx: Ctx, list: ListState, which: 'addfield' | 'createfieldasxml'): Reply {
  if (ctx.method !== 'POST') throw errors.methodNotSupported('SP.FieldCollection', ctx.method);
  const body = parseJsonBody(ctx.body);
  if (which === 'addfield') return createField(ctx, list, specFromCreationInfo(body), 200);
  return createField(ctx, list, specFromXml(body), 200);
}

// ---------------------------------------------------------------------------------------------
// One field

export function fieldEntityHandler(ctx: Ctx, list: ListState, f: FieldDef): Reply {
  switch (ctx.method) {
    case 'GET':
      return selectEntity(ctx, fieldMeta(ctx, list, f), entityOf(ctx, list, f));
    case 'MERGE':
    case 'PATCH':
    case 'PUT':
      return updateField(ctx, list, f);
    case 'DELETE':
      return deleteField(ctx, list, f);
    default:
      throw errors.methodNotSupported('SP.Field', ctx.method);
  }
}

/**
 * The SP.Field subtypes, each with its base type and the properties it adds. A body is read as the type
 * its annotation names (`__metadata.type`, `odata.type` or `@odata.type`), and as plain SP.Field without
 * one, so `{"Choices": [...]}` alone is refused exactly as SharePoint Online refuses it (pnpcore#1644,
 * pnpjs#1187): "The property 'Choices' does not exist on type 'SP.Field'".
 */
const SUBTYPES: Record<string, { base: string; props: readonly string[] }> = {
  'SP.FieldText': { base: 'SP.Field', props: ['MaxLength'] },
  'SP.FieldMultiLineText': {
    base: 'SP.Field',
    props: ['NumberOfLines', 'RichText', 'AppendOnly', 'AllowHyperlink', 'RestrictedMode', 'UnlimitedLengthInDocumentLibrary']
  },
  'SP.FieldMultiChoice': { base: 'SP.Field', props: ['Choices', 'FillInChoice'] },
  'SP.FieldChoice': { base: 'SP.FieldMultiChoice', props: ['EditFormat'] },
  'SP.FieldNumber': { base: 'SP.Field', props: ['MinimumValue', 'MaximumValue', 'ShowAsPercentage', 'DisplayFormat'] },
  'SP.FieldCurrency': { base: 'SP.FieldNumber', props: ['CurrencyLocaleId'] },
  'SP.FieldDateTime': { base: 'SP.Field', props: ['DisplayFormat', 'FriendlyDisplayFormat', 'DateTimeCalendarType'] },
  'SP.FieldLookup': { base: 'SP.Field', props: ['LookupField', 'LookupList', 'LookupWebId'] },
  'SP.FieldUser': { base: 'SP.FieldLookup', props: ['SelectionMode', 'SelectionGroup', 'AllowDisplay', 'Presence'] },
  'SP.FieldUrl': { base: 'SP.Field', props: ['DisplayFormat'] },
  'SP.FieldCalculated': { base: 'SP.Field', props: ['Formula', 'OutputType', 'DisplayFormat'] },
  'SP.FieldComputed': { base: 'SP.Field', props: [] },
  'SP.FieldGuid': { base: 'SP.Field', props: [] }
};
const SUBTYPE_PROPS = new Set(Object.values(SUBTYPES).flatMap((t) => t.props));

/** The type and its bases, most derived first, ending with SP.Field. */
function typeChain(typeName: string): string[] {
  const chain: string[] = [];
  for (let t: string | undefined = typeName; t !== undefined && t !== 'SP.Field'; t = own(SUBTYPES, t)?.base) chain.push(t);
  return [...chain, 'SP.Field'];
}

function annotatedType(body: Record<string, unknown>): string | undefined {
  const raw = (body.__metadata as { type?: unknown } | undefined)?.type ?? body['odata.type'] ?? body['@odata.type'];
  return typeof raw === 'string' ? raw.replace(/^#/, '') : undefined;
}

function updateField(ctx: Ctx, list: ListState, f: FieldDef): Reply {
  if (!can(ctx.user, PermissionKind.ManageLists)) throw errors.accessDenied();
  const body = parseJsonBody(ctx.body);
  const typeName = annotatedType(body) ?? 'SP.Field';
  if (typeName !== 'SP.Field' && !own(SUBTYPES, typeName)) throw errors.unknownType(typeName);
  // [U] wording: an annotation naming a type the field is not (SP.FieldText on a Choice column).
  if (!typeChain(fieldODataType(f)).includes(typeName)) throw errors.argument(`The field '${f.internalName}' is not of type '${typeName}'.`);
  const declared = new Set(typeChain(typeName).flatMap((t) => own(SUBTYPES, t)?.props ?? []));
  const changes: Partial<FieldDef> = {};
  for (const [k, v] of bodyProperties(body)) {
    if (k === 'FieldTypeKind' || k === 'TypeAsString' || k === 'InternalName' || k === 'EntityPropertyName' || k === 'Id') continue;
    if (SUBTYPE_PROPS.has(k) && !declared.has(k)) throw errors.unknownProperty(k, typeName);
    if (k === 'DisplayFormat') {
      displayFormat(f.type, changes, v);
      continue;
    }
    const setter = own(FIELD_SETTERS, k);
    if (!setter || ((k === 'LookupList' || k === 'LookupField') && f.builtin)) throw errors.unknownProperty(k, typeName);
    setter(changes, v, typeName);
  }
  if (f.builtin && f.internalName !== 'Title') {
    // Built-in system columns are sealed; only cosmetic changes would be possible in SharePoint.
    const allowed = new Set(['title', 'description', 'indexed', 'hidden']);
    if (Object.keys(changes).some((k) => !allowed.has(k))) throw errors.accessDenied();
  }
  const next: FieldDef = { ...f, ...changes, extra: { ...f.extra, ...(changes.extra ?? {}) } };
  if (changes.title !== undefined) {
    const t = changes.title.trim();
    if (t === '') throw errors.argument('The field title cannot be empty.');
    if (list.def.fields.some((x) => x !== f && x.title.toLowerCase() === t.toLowerCase())) throw errors.duplicateFieldTitle();
    next.title = t;
  }
  if (next.enforceUnique && changes.indexed === false) throw errors.uniqueNeedsIndex();
  if (isMulti(next) && next.enforceUnique) throw errors.argument('Multi-value columns cannot enforce unique values.');
  checkIndexing(next, list);
  if (next.type === 'Lookup' || next.type === 'LookupMulti') checkLookup(ctx, next);
  Object.assign(f, next);
  list.def.version++;
  ctx.srv.store.saveList(list);
  return emptyReply(ctx, 204);
}

function deleteField(ctx: Ctx, list: ListState, f: FieldDef): Reply {
  if (!can(ctx.user, PermissionKind.ManageLists)) throw errors.accessDenied();
  // [U] wording; SharePoint refuses to delete columns whose CanBeDeleted is false.
  if (f.builtin) throw new SpError(500, '-2146232832, Microsoft.SharePoint.SPException', 'This column cannot be deleted.');
  const store = ctx.srv.store;
  store.transaction(() => {
    for (const it of list.items) {
      if (f.internalName in it.values) {
        const values = valueBag(it.values);
        delete values[f.internalName];
        store.updateItem(list, { ...it, values });
      }
    }
    list.def.fields = list.def.fields.filter((x) => x !== f);
    for (const v of list.def.views) v.viewFields = v.viewFields.filter((n) => n !== f.internalName);
    list.def.version++;
    store.saveList(list);
  });
  return emptyReply(ctx, 200);
}

