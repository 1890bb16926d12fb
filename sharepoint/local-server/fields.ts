import type { FieldDef, FieldType, ListDef } from './model';
import { entityPropertyName, xmlEscape } from './names';

/**
 * The columns every generic list has, in SharePoint's `fields` order, with their well-known ids.
 * Flags: h = hidden, r = read only, s = not sortable, f = not filterable.
 * Custom columns are inserted after ComplianceAssetId, as SharePoint does.
 */
const BUILTIN_TABLE: Array<[string, string, FieldType, number, string, string]> = [
  ['ContentTypeId', 'Content Type ID', 'ContentTypeId', 25, '03e45e84-1992-4d42-9116-26f756012634', 'h'],
  ['Title', 'Title', 'Text', 2, 'fa564e0f-0c70-4ab9-b863-0177e6ddd247', ''],
  ['_ModerationComments', 'Approver Comments', 'Note', 3, '34ad21eb-75bd-4544-8c73-0e08330291fe', 'hrsf'],
  ['File_x0020_Type', 'File Type', 'Text', 2, '39360f11-34cf-4356-9945-25c44e68dade', 'hr'],
  ['ComplianceAssetId', 'Compliance Asset Id', 'Text', 2, '3a6b296c-3f50-445c-a13f-9c679ea9dda3', 'r'],
  ['ID', 'ID', 'Counter', 5, '1d22ea11-1e32-424e-89ab-9fedbadb6ce1', 'r'],
  ['ContentType', 'Content Type', 'Computed', 12, 'c042a256-787d-4a6f-8a8a-cf6ab767f12d', 'r'],
  ['Modified', 'Modified', 'DateTime', 4, '28cf69c5-fa48-462a-b5cd-27b6f9d2bd5f', 'r'],
  ['Created', 'Created', 'DateTime', 4, '8c06beca-0777-48f7-91c7-6da68bc07b69', 'r'],
  ['Author', 'Created By', 'User', 20, '1df5e554-ec7e-46a6-901d-d85a3881cb18', 'r'],
  ['Editor', 'Modified By', 'User', 20, 'd31655d1-1d5b-4511-95a1-7a09e9b75bf2', 'r'],
  ['_HasCopyDestinations', 'Has Copy Destinations', 'Boolean', 8, '26d0756c-986a-48a7-af35-bf18ab85ff4a', 'hr'],
  ['_CopySource', 'Copy Source', 'Text', 2, '6b4e226d-3d88-4a36-808d-a129bf52bccf', 'hr'],
  ['owshiddenversion', 'owshiddenversion', 'Integer', 1, 'd4e44a66-ee3a-4d02-88c9-4ec5ff3f4cd5', 'hr'],
  ['WorkflowVersion', 'Workflow Version', 'Integer', 1, 'f1e020bc-ba26-443f-bf2f-b68715017bbc', 'hr'],
  ['_UIVersion', 'UI Version', 'Integer', 1, '7841bf41-43d0-4434-9f50-a673baef7631', 'hr'],
  ['_UIVersionString', 'Version', 'Text', 2, 'dce8262a-3ae9-45aa-aab4-83bd75fb738a', 'r'],
  ['Attachments', 'Attachments', 'Attachments', 19, '67df98f4-9dec-48ff-a553-29bece9c5bf4', 'r'],
  ['_ModerationStatus', 'Approval Status', 'ModStat', 23, 'fdc3b2ed-5bf2-4835-a4bc-b885f3396a61', 'hr'],
  ['Edit', 'Edit', 'Computed', 12, '503f1caa-358e-4918-9094-4a2cdc4bc034', 'rsf'],
  ['LinkTitleNoMenu', 'Title', 'Computed', 12, 'bc91a437-52e7-49e1-8c4e-4698904b2b6d', 'r'],
  ['LinkTitle', 'Title', 'Computed', 12, '82642ec8-ef9b-478f-acf9-31f7d45fbc31', 'r'],
  ['LinkTitle2', 'Title', 'Computed', 12, '5f190d91-3dbc-4489-9878-3c092caf35b6', 'hr'],
  ['SelectTitle', 'Select', 'Computed', 12, 'b1f7969b-ea65-42e1-8b54-b588292635f2', 'hr'],
  ['InstanceID', 'Instance ID', 'Integer', 1, '50a54da4-1528-4e67-954a-e2d24f1e9efb', 'hr'],
  ['Order', 'Order', 'Number', 9, 'ca4addac-796f-4b23-b093-d2a3f65c0774', 'h'],
  ['GUID', 'GUID', 'Guid', 14, 'ae069f25-3ac2-4256-b9c3-15dbc15da0e0', 'hr'],
  ['WorkflowInstanceID', 'Workflow Instance ID', 'Guid', 14, 'de8beacf-5505-47cd-80a6-aa44e7ffe2f4', 'hr'],
  ['FileRef', 'URL Path', 'Lookup', 7, '94f89715-e097-4e8b-ba79-ea02aa8b7adb', 'hr'],
  ['FileDirRef', 'Path', 'Lookup', 7, '56605df6-8fa1-47e4-a04c-5b384d59609f', 'hr'],
  ['Last_x0020_Modified', 'Modified', 'Lookup', 7, '173f76c8-aebd-446a-9bc9-769a2bd2c18f', 'hr'],
  ['Created_x0020_Date', 'Created', 'Lookup', 7, '998b5cff-4a35-47a7-92f3-3914aa6aa4a2', 'hr'],
  ['FSObjType', 'Item Type', 'Lookup', 7, '30bb605f-5bae-48fe-b4e3-1f81d9772af9', 'hr'],
  ['SortBehavior', 'Sort Type', 'Lookup', 7, '423874f8-c300-4bfb-b7a1-42e2159e3b19', 'hr'],
  ['PermMask', 'Effective Permissions Mask', 'Computed', 12, 'ba3c27ee-4791-4867-8821-ff99000bac98', 'hr'],
  ['PrincipalCount', 'Principal Count', 'Computed', 12, 'dcc67ebd-247f-4bee-8626-85ff6f69fbb6', 'hr'],
  ['FileLeafRef', 'Name', 'File', 18, '8553196d-ec8d-4564-9861-3dbe931050c8', 'h'],
  ['UniqueId', 'Unique Id', 'Lookup', 7, '4b7403de-8d94-43e8-9f0f-137a3e298126', 'hr'],
  ['ParentUniqueId', 'Document Parent Identifier', 'Lookup', 7, '3b653cee-df6b-4cd4-b66d-ad5ce875b25e', 'hr'],
  ['SyncClientId', 'Client Id', 'Lookup', 7, '6d2c4fde-3605-428e-a236-ce5f3dc2b4d4', 'hr'],
  ['ProgId', 'ProgId', 'Lookup', 7, 'c5c4b81c-f1d9-4b43-a6a2-090df32ebb68', 'hr'],
  ['ScopeId', 'ScopeId', 'Lookup', 7, 'dddd2420-b270-4735-93b5-92b713d0944d', 'hr'],
  ['HTML_x0020_File_x0020_Type', 'HTML File Type', 'Computed', 12, '4ef1b78f-fdba-48dc-b8ab-3fa06a0c9804', 'hr'],
  ['_EditMenuTableStart', 'Edit Menu Table Start', 'Computed', 12, '3c6303be-e21f-4366-80d7-d6d0a3b22c7a', 'hr'],
  ['_EditMenuTableStart2', 'Edit Menu Table Start', 'Computed', 12, '1344423c-c7f9-4134-88e4-ad842e2d723c', 'hr'],
  ['_EditMenuTableEnd', 'Edit Menu Table End', 'Computed', 12, '2ea78cef-1bf9-4019-960a-02c41636cb47', 'hr'],
  ['LinkFilenameNoMenu', 'Name', 'Computed', 12, '9d30f126-ba48-446b-b8f9-83745f322ebe', 'hr'],
  ['LinkFilename', 'Name', 'Computed', 12, '5cc6dc79-3710-4374-b433-61cb4a686c12', 'hr'],
  ['LinkFilename2', 'Name', 'Computed', 12, '224ba411-da77-4050-b0eb-62d422f13d3e', 'hr'],
  ['DocIcon', 'Type', 'Computed', 12, '081c6e4c-5c14-4f20-b23e-1a71ceb6a67c', 'r'],
  ['ServerUrl', 'Server Relative URL', 'Computed', 12, '105f76ce-724a-4bba-aece-f81f2fce58f5', 'hr'],
  ['EncodedAbsUrl', 'Encoded Absolute URL', 'Computed', 12, '7177cfc7-f399-4d4d-905d-37dd51bc90bf', 'hr'],
  ['BaseName', 'File Name', 'Computed', 12, '7615464b-559e-4302-b8e2-8f440b913101', 'hr'],
  ['MetaInfo', 'Property Bag', 'Lookup', 7, '687c7f94-686a-42d3-9b67-2782eac4b4f8', 'hr'],
  ['_Level', 'Level', 'Integer', 1, '43bdd51b-3c5b-4e78-90a8-fb2087f71e70', 'hr'],
  ['_IsCurrentVersion', 'Is Current Version', 'Boolean', 8, 'c101c3e7-122d-4d4d-bc34-58e94a38c816', 'hr'],
  ['ItemChildCount', 'Item Child Count', 'Lookup', 7, 'b824e17e-a1b3-426e-aecf-f0184d900485', 'r'],
  ['FolderChildCount', 'Folder Child Count', 'Lookup', 7, '960ff01f-2b6d-4f1b-9c3f-e19ad8927341', 'r'],
  ['Restricted', 'Restricted', 'Lookup', 7, '786099e5-d20a-4232-86e5-cfc3d6face96', 'hr'],
  ['OriginatorId', 'Originator Id', 'Lookup', 7, '14ee99cd-bed9-474a-bf99-8f753fbad6b4', 'hr'],
  ['NoExecute', 'NoExecute', 'Lookup', 7, '0b16648a-daff-47d4-9fda-c6038b75ed27', 'hr'],
  ['ContentVersion', 'Content Version', 'Lookup', 7, 'd48268e5-c65d-486c-bbf1-874cf986d7d3', 'hr'],
  ['_ComplianceFlags', 'Label setting', 'Lookup', 7, 'ccc1037f-f65e-434a-868e-8c98af31fe29', 'r'],
  ['_ComplianceTag', 'Retention label', 'Lookup', 7, 'd4b6480a-4bed-4094-9a52-30181ea38f1d', 'r'],
  ['_ComplianceTagWrittenTime', 'Retention label Applied', 'Lookup', 7, '92be610e-ddbb-49f4-b3b1-5c2bc768df8f', 'r'],
  ['_ComplianceTagUserId', 'Label applied by', 'Lookup', 7, '418d7676-2d6f-42cf-a16a-e43d2971252a', 'r'],
  ['_IsRecord', 'Item is a Record', 'Computed', 12, '8382d247-72a9-44b1-9794-7b177edc89f3', 'r'],
  ['AccessPolicy', 'Access Policy', 'Lookup', 7, 'b4cb04e8-622e-4c7d-8e87-b558a1bb907b', 'hr'],
  ['_VirusStatus', 'VirusStatus', 'Lookup', 7, 'df7ffe41-81d6-46eb-8777-444d1613c803', 'hr'],
  ['_VirusVendorID', 'VirusVendorID', 'Lookup', 7, '32d407ed-15e1-4ccc-b1d4-c56f5799b256', 'hr'],
  ['_VirusInfo', 'VirusInfo', 'Lookup', 7, 'c4b1727e-aca8-4bd8-ae83-f554ae3c08eb', 'hr'],
  ['AppAuthor', 'App Created By', 'Lookup', 7, '6bfaba20-36bf-44b5-a1b2-eb6346d49716', 'r'],
  ['AppEditor', 'App Modified By', 'Lookup', 7, 'e08400f3-c779-4ed2-a18c-ab7f34caa318', 'r'],
  ['SMTotalSize', 'Total Size', 'Lookup', 7, '4df6bfaf-f887-424e-8ea3-fd050113e7a9', 'hr'],
  ['SMLastModifiedDate', 'Last Modified Date', 'Lookup', 7, 'd340fca5-f503-4baa-bae9-90f1447ebff6', 'hr'],
  ['SMTotalFileStreamSize', 'Total File Stream Size', 'Lookup', 7, '1faa4902-9115-44b9-bba7-791441ca1d6f', 'hr'],
  ['SMTotalFileCount', 'Total File Count', 'Lookup', 7, 'a261b12a-8ca2-47fa-a117-05861d637c7e', 'hr'],
  ['_CommentFlags', 'Comment settings', 'Lookup', 7, 'c274cbfd-084a-4017-925f-cce50c9e3eec', 'hr'],
  ['_CommentCount', 'Comment count', 'Lookup', 7, 'd307dff3-340f-44a2-9f4b-fbfe1ba07459', 'hr']
];

const FIELD_TYPE_KIND: Record<FieldType, number> = {
  Integer: 1,
  Text: 2,
  Note: 3,
  DateTime: 4,
  Counter: 5,
  Choice: 6,
  Lookup: 7,
  LookupMulti: 7,
  Boolean: 8,
  Number: 9,
  Currency: 10,
  URL: 11,
  Computed: 12,
  Guid: 14,
  MultiChoice: 15,
  Calculated: 17,
  File: 18,
  Attachments: 19,
  User: 20,
  UserMulti: 20,
  ModStat: 23,
  ContentTypeId: 25
};

export function fieldTypeKind(t: FieldType): number {
  return FIELD_TYPE_KIND[t];
}

const ODATA_TYPE: Partial<Record<FieldType, string>> = {
  Text: 'SP.FieldText',
  Note: 'SP.FieldMultiLineText',
  DateTime: 'SP.FieldDateTime',
  Number: 'SP.FieldNumber',
  Integer: 'SP.FieldNumber',
  Currency: 'SP.FieldCurrency',
  Choice: 'SP.FieldChoice',
  ModStat: 'SP.FieldChoice',
  MultiChoice: 'SP.FieldMultiChoice',
  Lookup: 'SP.FieldLookup',
  LookupMulti: 'SP.FieldLookup',
  User: 'SP.FieldUser',
  UserMulti: 'SP.FieldUser',
  URL: 'SP.FieldUrl',
  Calculated: 'SP.FieldCalculated',
  Computed: 'SP.FieldComputed',
  Guid: 'SP.FieldGuid'
};

export function fieldODataType(f: FieldDef): string {
  return ODATA_TYPE[f.type] ?? 'SP.Field';
}

const TYPE_NAMES: Partial<Record<FieldType, [string, string]>> = {
  Text: ['Single line of text', 'Single line of text'],
  Note: ['Multiple lines of text', 'Multiple lines of text'],
  Boolean: ['Yes/No', 'Yes/No (check box)'],
  Number: ['Number', 'Number (1, 1.0, 100)'],
  DateTime: ['Date and Time', 'Date and Time'],
  Currency: ['Currency', 'Currency ($, \u00a5, \u20ac)'],
  Choice: ['Choice', 'Choice (menu to choose from)'],
  MultiChoice: ['Choice', 'Choice (menu to choose from)'],
  User: ['Person or Group', 'Person or Group'],
  UserMulti: ['Person or Group', 'Person or Group'],
  Lookup: ['Lookup', 'Lookup (information already on this site)'],
  LookupMulti: ['Lookup', 'Lookup (information already on this site)'],
  URL: ['Hyperlink or Picture', 'Hyperlink or Picture'],
  Calculated: ['Calculated', 'Calculated (calculation based on other columns)'],
  ContentTypeId: ['Content Type Id', 'Content Type Id'],
  ModStat: ['Moderation Status', 'Moderation Status']
};

export const isMulti = (f: FieldDef): boolean => f.type === 'MultiChoice' || f.type === 'LookupMulti' || f.type === 'UserMulti';
/** Lookup and person columns (values are ids, JSON keys end in Id); built-in 'Lookup' plumbing such as FileRef is not. */
export const isLookupLike = (f: FieldDef): boolean =>
  (f.type === 'Lookup' || f.type === 'LookupMulti' || f.type === 'User' || f.type === 'UserMulti') &&
  (!f.builtin || f.internalName === 'Author' || f.internalName === 'Editor');
export const isUserField = (f: FieldDef): boolean => f.type === 'User' || f.type === 'UserMulti';

/** Sortable as SharePoint reports it: Note and multi-value columns are not. */
export function isSortable(f: FieldDef): boolean {
  if (f.type === 'Note' || isMulti(f)) return false;
  return !(f.builtin && BUILTIN_FLAGS.get(f.internalName)?.includes('s'));
}

/** Filterable as SharePoint reports it: Note and URL columns are not. */
export function isFilterable(f: FieldDef): boolean {
  if (f.type === 'Note' || f.type === 'URL') return false;
  return !(f.builtin && BUILTIN_FLAGS.get(f.internalName)?.includes('f'));
}

const BUILTIN_FLAGS = new Map(BUILTIN_TABLE.map((r) => [r[0], r[5]]));

export function baseField(partial: Partial<FieldDef> & Pick<FieldDef, 'id' | 'internalName' | 'title' | 'type'>): FieldDef {
  return {
    builtin: false,
    description: '',
    group: '',
    hidden: false,
    readOnly: false,
    required: false,
    indexed: false,
    enforceUnique: false,
    defaultValue: null,
    defaultFormula: null,
    validationFormula: null,
    validationMessage: null,
    colName: '',
    extra: {},
    ...partial
  };
}

export function builtinFields(): FieldDef[] {
  return BUILTIN_TABLE.map(([internalName, title, type, , id, flags]) =>
    baseField({
      id,
      internalName,
      title,
      type,
      builtin: true,
      hidden: flags.includes('h'),
      readOnly: flags.includes('r'),
      // ID is always indexed in SharePoint; nothing else is on a new list.
      indexed: internalName === 'ID',
      maxLength: type === 'Text' ? 255 : undefined,
      group: internalName === 'Title' ? 'Custom Columns' : '_Hidden',
      colName: internalName === 'Title' ? 'nvarchar1' : '',
      selectionMode: type === 'User' ? 0 : undefined
    })
  );
}

/** Where custom columns go in the fields collection (and in item JSON): right after ComplianceAssetId. */
export function customFieldInsertIndex(list: ListDef): number {
  const anchor = list.fields.findIndex((f) => f.internalName === 'ID');
  return anchor < 0 ? list.fields.length : anchor;
}

const COL_PREFIX: Partial<Record<FieldType, string>> = {
  Text: 'nvarchar',
  Choice: 'nvarchar',
  URL: 'nvarchar',
  Note: 'ntext',
  MultiChoice: 'ntext',
  Number: 'float',
  Currency: 'float',
  DateTime: 'datetime',
  Boolean: 'bit',
  Lookup: 'int',
  LookupMulti: 'int',
  User: 'int',
  UserMulti: 'int',
  Calculated: 'sql_variant'
};

export function assignColName(list: ListDef, f: FieldDef): void {
  const prefix = COL_PREFIX[f.type];
  if (!prefix) return;
  const next = (list.colCounters[prefix] ?? (prefix === 'nvarchar' ? 1 : 0)) + 1;
  list.colCounters[prefix] = next;
  f.colName = `${prefix}${next}`;
}

function bool(v: boolean | undefined): string {
  return v ? 'TRUE' : 'FALSE';
}

/** SchemaXml as SharePoint echoes it, rebuilt from the definition each time. */
export function schemaXml(f: FieldDef, list: ListDef): string {
  const a: string[] = [
    `Type="${f.type}"`,
    `DisplayName="${xmlEscape(f.title)}"`,
    `Name="${xmlEscape(f.internalName)}"`,
    `ID="{${f.id}}"`
  ];
  if (f.description) a.push(`Description="${xmlEscape(f.description)}"`);
  if (f.group) a.push(`Group="${xmlEscape(f.group)}"`);
  a.push(`Required="${bool(f.required)}"`);
  if (f.hidden) a.push('Hidden="TRUE"');
  if (f.readOnly) a.push('ReadOnly="TRUE"');
  if (f.indexed) a.push('Indexed="TRUE"');
  if (f.enforceUnique) a.push('EnforceUniqueValues="TRUE"');
  if (f.type === 'Text' && f.maxLength !== undefined && !f.builtin) a.push(`MaxLength="${f.maxLength}"`);
  if (f.type === 'DateTime' && !f.builtin) a.push(`Format="${f.dateOnly ? 'DateOnly' : 'DateTime'}"`);
  if (f.type === 'Choice') a.push(`Format="${f.editFormat === 1 ? 'RadioButtons' : 'Dropdown'}"`);
  if (f.type === 'Choice' || f.type === 'MultiChoice') a.push(`FillInChoice="${bool(f.fillInChoice)}"`);
  if (f.type === 'Note' && !f.builtin) {
    a.push(`NumLines="${f.numberOfLines ?? 6}"`, `RichText="${bool(f.richText)}"`, `AppendOnly="${bool(f.appendOnly)}"`);
  }
  if ((f.type === 'Number' || f.type === 'Currency') && f.min !== undefined && Number.isFinite(f.min)) a.push(`Min="${f.min}"`);
  if ((f.type === 'Number' || f.type === 'Currency') && f.max !== undefined && Number.isFinite(f.max)) a.push(`Max="${f.max}"`);
  if (f.type === 'Currency') a.push(`LCID="${f.currencyLocaleId ?? 2057}"`);
  if ((f.type === 'Lookup' || f.type === 'LookupMulti') && !f.builtin) {
    a.push(`ShowField="${xmlEscape(f.lookupField ?? 'Title')}"`, `List="${f.lookupListId ?? ''}"`);
  }
  if ((f.type === 'User' || f.type === 'UserMulti') && !f.builtin) {
    a.push(`UserSelectionMode="${f.selectionMode ?? 0}"`, `UserSelectionScope="${f.selectionGroup ?? 0}"`);
  }
  if (f.type === 'LookupMulti' || f.type === 'UserMulti') a.push('Mult="TRUE"');
  if (f.type === 'URL') a.push(`Format="${f.urlFormat === 1 ? 'Image' : 'Hyperlink'}"`);
  a.push(`SourceID="{${list.id}}"`, `StaticName="${xmlEscape(f.internalName)}"`);
  if (f.colName) a.push(`ColName="${f.colName}"`, 'RowOrdinal="0"');
  const children: string[] = [];
  if (f.defaultValue !== null) children.push(`<Default>${xmlEscape(f.defaultValue)}</Default>`);
  if (f.defaultFormula !== null) children.push(`<DefaultFormula>${xmlEscape(f.defaultFormula)}</DefaultFormula>`);
  if (f.choices && (f.type === 'Choice' || f.type === 'MultiChoice')) {
    children.push(`<CHOICES>${f.choices.map((c) => `<CHOICE>${xmlEscape(c)}</CHOICE>`).join('')}</CHOICES>`);
  }
  if (f.validationFormula !== null) {
    const msg = f.validationMessage !== null ? ` Message="${xmlEscape(f.validationMessage)}"` : '';
    children.push(`<Validation${msg}>${xmlEscape(f.validationFormula)}</Validation>`);
  }
  if (f.formula) children.push(`<Formula>${xmlEscape(f.formula)}</Formula>`);
  const open = `<Field ${a.join(' ')}`;
  return children.length > 0 ? `${open}>${children.join('')}</Field>` : `${open} />`;
}

export const USER_INFO_LIST_ID = 'b0c9a5d1-7f1e-4d8a-9a3e-5f0c2a1e9b11';

/** SP.Field entity properties in SharePoint's order (common block, then the type's own). */
export function fieldEntity(f: FieldDef, list: ListDef, webId: string, sitePath: string): Record<string, unknown> {
  const [typeDisplayName, typeShortDescription] = TYPE_NAMES[f.type] ?? [f.type, f.type];
  const o: Record<string, unknown> = {
    AutoIndexed: false,
    CanBeDeleted: !f.builtin,
    ClientSideComponentId: '00000000-0000-0000-0000-000000000000',
    ClientSideComponentProperties: null,
    ClientValidationFormula: null,
    ClientValidationMessage: null,
    CustomFormatter: (f.extra.CustomFormatter as string | undefined) ?? null,
    DefaultFormula: f.defaultFormula,
    DefaultValue: f.defaultValue,
    Description: f.description,
    Direction: 'none',
    EnforceUniqueValues: f.enforceUnique,
    EntityPropertyName: entityPropertyName(f.internalName),
    Filterable: isFilterable(f),
    FromBaseType: f.builtin,
    Group: f.group,
    Hidden: f.hidden,
    Id: f.id,
    Indexed: f.indexed,
    IndexStatus: f.indexed ? 1 : 0,
    InternalName: f.internalName,
    IsModern: false,
    JSLink: (f.extra.JSLink as string | undefined) ?? 'clienttemplates.js',
    PinnedToFiltersPane: false,
    ReadOnlyField: f.readOnly,
    Required: f.required,
    SchemaXml: schemaXml(f, list),
    Scope: `${sitePath}/Lists/${list.urlName}`,
    Sealed: f.builtin && f.internalName !== 'Title',
    ShowInFiltersPane: (f.extra.ShowInFiltersPane as number | undefined) ?? 0,
    Sortable: isSortable(f),
    StaticName: f.internalName,
    Title: f.title,
    FieldTypeKind: fieldTypeKind(f.type),
    TypeAsString: f.type,
    TypeDisplayName: typeDisplayName,
    TypeShortDescription: typeShortDescription,
    ValidationFormula: f.validationFormula,
    ValidationMessage: f.validationMessage
  };
  switch (f.type) {
    case 'Text':
      o.MaxLength = f.maxLength ?? 255;
      break;
    case 'Note':
      Object.assign(o, {
        AllowHyperlink: f.allowHyperlink ?? false,
        AppendOnly: f.appendOnly ?? false,
        IsLongHyperlink: false,
        NumberOfLines: f.numberOfLines ?? 6,
        RestrictedMode: f.restrictedMode ?? true,
        RichText: f.richText ?? false,
        UnlimitedLengthInDocumentLibrary: false,
        WikiLinking: false
      });
      break;
    case 'Number':
    case 'Currency':
    case 'Integer':
      Object.assign(o, {
        CommaSeparator: true,
        CustomUnitName: null,
        CustomUnitOnRight: false,
        DisplayFormat: f.decimals ?? -1,
        MaximumValue: f.max ?? Number.MAX_VALUE,
        MinimumValue: f.min ?? -Number.MAX_VALUE,
        ShowAsPercentage: f.showAsPercentage ?? false,
        Unit: null
      });
      if (f.type === 'Currency') o.CurrencyLocaleId = f.currencyLocaleId ?? 2057;
      break;
    case 'DateTime':
      Object.assign(o, {
        DateTimeCalendarType: 0,
        DateFormat: null,
        DisplayFormat: f.dateOnly ? 0 : 1,
        FriendlyDisplayFormat: f.friendlyDisplayFormat ?? 0,
        TimeFormat: null
      });
      break;
    case 'Choice':
    case 'MultiChoice':
      Object.assign(o, { FillInChoice: f.fillInChoice ?? false, Mappings: null, Choices: f.choices ?? [] });
      if (f.type === 'Choice') o.EditFormat = f.editFormat ?? 0;
      break;
    case 'Lookup':
    case 'LookupMulti':
    case 'User':
    case 'UserMulti': {
      const user = isUserField(f);
      Object.assign(o, {
        AllowMultipleValues: isMulti(f),
        DependentLookupInternalNames: [],
        IsDependentLookup: false,
        IsRelationship: !user && !f.builtin,
        LookupField: user ? '' : (f.lookupField ?? ''),
        LookupList: user ? `{${USER_INFO_LIST_ID}}` : (f.lookupListId ?? ''),
        LookupWebId: webId,
        PrimaryFieldId: null,
        RelationshipDeleteBehavior: 0,
        UnlimitedLengthInDocumentLibrary: false
      });
      if (user) {
        Object.assign(o, {
          AllowDisplay: true,
          Presence: true,
          SelectionGroup: f.selectionGroup ?? 0,
          SelectionMode: f.selectionMode ?? 0,
          UserDisplayOptions: null
        });
      }
      break;
    }
    case 'URL':
      o.DisplayFormat = f.urlFormat ?? 0;
      break;
    case 'Calculated':
      Object.assign(o, { DateFormat: 0, DisplayFormat: 0, Formula: f.formula ?? '', OutputType: 2 });
      break;
    default:
      break;
  }
  return o;
}
