import { randomUUID } from 'node:crypto';

/** SharePoint writes escaped characters as _xHHHH_ with four lower-case hex digits of the UTF-16 unit. */
function escapeChar(c: string): string {
  return `_x${c.charCodeAt(0).toString(16).padStart(4, '0')}_`;
}

const ASCII_ALNUM = /[A-Za-z0-9]/;

/**
 * Internal name of a new column derived from its display name: letters, digits and underscores are kept,
 * everything else (spaces included) is escaped, a leading digit is escaped like XmlConvert does, and
 * the result is cut to 32 characters even through an escape ('In Prior Forecast?' -> 'In_x0020_Prior_x0020_Forecast_x0').
 */
export function internalNameFromTitle(title: string): string {
  let out = '';
  for (let i = 0; i < title.length; i++) {
    const c = title[i];
    if (c === '_' || ASCII_ALNUM.test(c)) {
      out += i === 0 && /[0-9]/.test(c) ? escapeChar(c) : c;
    } else {
      out += escapeChar(c);
    }
  }
  return out.slice(0, 32);
}

/** Characters SharePoint strips when it derives a list URL from a title. */
const URL_STRIP = /[~"#%&*:<>?/\\{|}\t]/g;

export function listUrlNameFromTitle(title: string): string {
  const cleaned = title.replace(URL_STRIP, '').replace(/^[.\s]+|[.\s]+$/g, '').replace(/\.{2,}/g, '.');
  return cleaned.length > 0 ? cleaned.slice(0, 128) : 'List';
}

/**
 * EntityTypeName of a generic list: the URL leaf name with everything but ASCII letters and digits escaped
 * (underscores too: 'PNP_SDK' -> 'PNP_x005f_SDK'), a leading digit escaped, and 'List' appended.
 */
export function entityTypeNameFromUrlName(urlName: string): string {
  let out = '';
  for (let i = 0; i < urlName.length; i++) {
    const c = urlName[i];
    const keep = ASCII_ALNUM.test(c) && !(i === 0 && /[0-9]/.test(c));
    out += keep ? c : escapeChar(c);
  }
  return `${out}List`;
}

/** JSON property name of a field: names starting with '_' get 'OData_' in front (_UIVersionString -> OData__UIVersionString). */
export function entityPropertyName(internalName: string): string {
  return internalName.startsWith('_') ? `OData_${internalName}` : internalName;
}

/**
 * A table entry by a key that came from a request. Plain-object tables inherit `constructor`, `toString`
 * and `__proto__`; a column, property or type with such a name must miss, not find Object's members.
 */
export function own<T>(table: Readonly<Record<string, T>>, key: string): T | undefined {
  return Object.prototype.hasOwnProperty.call(table, key) ? table[key] : undefined;
}

export function newGuid(): string {
  return randomUUID();
}

export function isGuid(s: string): boolean {
  return /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i.test(s);
}

/** SharePoint's DateTime wire form: UTC, second precision, 'Z'. */
export function spDate(ms: number): string {
  return new Date(Math.floor(ms / 1000) * 1000).toISOString().replace('.000Z', 'Z');
}

export function nowIso(): string {
  return spDate(Date.now());
}

/** .NET ticks (100 ns since 0001-01-01), used in change tokens. */
export function ticks(ms: number): string {
  return (BigInt(ms) * 10000n + 621355968000000000n).toString();
}

export function xmlEscape(s: string): string {
  return s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}

/** Characters XML cannot carry; SharePoint stores field values in XML-safe form and refuses these. */
export const INVALID_XML_CHARS = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffe\uffff]/;
