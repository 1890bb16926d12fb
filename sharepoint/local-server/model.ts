/** Shapes of the data the server keeps: persisted as JSON in SQLite and mirrored in memory. */

export type FieldType =
  | 'Text'
  | 'Note'
  | 'DateTime'
  | 'Number'
  | 'Currency'
  | 'Boolean'
  | 'Choice'
  | 'MultiChoice'
  | 'Lookup'
  | 'LookupMulti'
  | 'User'
  | 'UserMulti'
  | 'URL'
  | 'Calculated'
  | 'Counter'
  | 'Computed'
  | 'Integer'
  | 'Guid'
  | 'ContentTypeId'
  | 'Attachments'
  | 'ModStat'
  | 'File';

export interface FieldDef {
  id: string;
  internalName: string;
  title: string;
  type: FieldType;
  /** System column of every generic list (ID, Created, Author...), as opposed to a column someone added. */
  builtin: boolean;
  description: string;
  group: string;
  hidden: boolean;
  readOnly: boolean;
  required: boolean;
  indexed: boolean;
  enforceUnique: boolean;
  defaultValue: string | null;
  defaultFormula: string | null;
  validationFormula: string | null;
  validationMessage: string | null;
  colName: string;
  maxLength?: number;
  choices?: string[];
  fillInChoice?: boolean;
  editFormat?: number;
  dateOnly?: boolean;
  friendlyDisplayFormat?: number;
  min?: number;
  max?: number;
  decimals?: number;
  showAsPercentage?: boolean;
  currencyLocaleId?: number;
  numberOfLines?: number;
  richText?: boolean;
  appendOnly?: boolean;
  allowHyperlink?: boolean;
  restrictedMode?: boolean;
  lookupListId?: string;
  lookupField?: string;
  selectionMode?: number;
  selectionGroup?: number;
  urlFormat?: number;
  formula?: string;
  outputType?: string;
  /** Other settable SP.Field properties (JSLink, CustomFormatter...) kept as given. */
  extra: Record<string, unknown>;
}

export interface ViewDef {
  id: string;
  title: string;
  isDefault: boolean;
  personal: boolean;
  hidden: boolean;
  rowLimit: number;
  paged: boolean;
  viewQuery: string;
  viewFields: string[];
  fileName: string;
  viewType: string;
}

export interface ListDef {
  id: string;
  title: string;
  description: string;
  urlName: string;
  entityTypeName: string;
  baseTemplate: number;
  created: string;
  lastItemModified: string;
  lastItemUserModified: string;
  lastItemDeleted: string;
  /** The list's own ETag version; item changes do not move it. */
  version: number;
  contentTypeId: string;
  readSecurity: number;
  writeSecurity: number;
  /** Remaining writable SP.List properties with SharePoint's defaults. */
  props: Record<string, unknown>;
  fields: FieldDef[];
  views: ViewDef[];
  colCounters: Record<string, number>;
}

/** A stored field value: strings, numbers, booleans, ISO dates (second precision, Z), id arrays, URL objects. */
export type StoredValue = string | number | boolean | null | number[] | string[] | { Description: string | null; Url: string };

/**
 * A bag of column values keyed by internal name. It has no prototype, so a column whose internal name is
 * `constructor`, `toString` or `__proto__` (all valid SharePoint names) reads and stores like any other.
 */
export function valueBag(from?: Record<string, StoredValue>): Record<string, StoredValue> {
  const bag = Object.create(null) as Record<string, StoredValue>;
  if (from) for (const k of Object.keys(from)) bag[k] = from[k];
  return bag;
}

export interface Item {
  id: number;
  uniqueId: string;
  guid: string;
  version: number;
  created: string;
  modified: string;
  authorId: number;
  editorId: number;
  /** Column values by internal name (custom columns and Title). */
  values: Record<string, StoredValue>;
}

/** A list in memory: definition, items sorted by ID and caches keyed by the list revision. */
export interface ListState {
  def: ListDef;
  items: Item[];
  byId: Map<number, Item>;
  nextId: number;
  /** Bumped on every item or schema change; query caches compare against it. */
  rev: number;
  sortCache: Map<string, { rev: number; items: Item[] }>;
  countCache: Map<string, { rev: number; count: number }>;
}
