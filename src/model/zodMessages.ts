/**
 * Zod's English wording for the problems it finds on its own, for schemas built with `zod/mini`.
 *
 * `zod/mini` loads no message locale, so a check without a message of ours would otherwise be
 * reported as a bare "Invalid input". Passing `{ error: zodEnglish }` to `safeParse` restores the
 * wording people and importers have always seen, word for word, while a message written on a
 * schema or check still wins. Only the kinds of problem our schemas can raise are spelled out.
 */
import type * as z from 'zod/mini';

type Sizable = 'string' | 'array' | 'set' | 'file' | 'map';

const UNITS: Record<Sizable, string> = { string: 'characters', array: 'items', set: 'items', file: 'bytes', map: 'entries' };

/** The type name zod reports for a value (`nan`, `null`, `array` or a class name beside typeof's). */
function typeOf(value: unknown): string {
  if (typeof value === 'number') return Number.isNaN(value) ? 'nan' : 'number';
  if (typeof value === 'object') {
    if (value === null) return 'null';
    if (Array.isArray(value)) return 'array';
    const ctor = (value as { constructor?: { name?: string } }).constructor;
    if (Object.getPrototypeOf(value) !== Object.prototype && ctor) return String(ctor.name);
  }
  return typeof value;
}

/** How zod names a type in a message: NaN and Infinity as themselves, everything else as is. */
function typeName(type: string, value?: unknown): string {
  if (type === 'number' && typeof value === 'number' && !Number.isFinite(value)) return String(value);
  return type === 'nan' ? 'NaN' : type;
}

function primitive(value: unknown): string {
  if (typeof value === 'bigint') return `${value.toString()}n`;
  if (typeof value === 'string') return `"${value}"`;
  return String(value);
}

function unitOf(origin: unknown): string | undefined {
  return typeof origin === 'string' ? UNITS[origin as Sizable] : undefined;
}

/** The message zod's English locale gives an issue that carries none of its own. */
export function zodEnglish(issue: z.core.$ZodRawIssue): string {
  switch (issue.code) {
    case 'invalid_type': {
      const received = typeOf(issue.input);
      return `Invalid input: expected ${typeName(issue.expected)}, received ${typeName(received, issue.input)}`;
    }
    case 'invalid_value':
      if (issue.values.length === 1) return `Invalid input: expected ${primitive(issue.values[0])}`;
      return `Invalid option: expected one of ${issue.values.map(primitive).join('|')}`;
    case 'too_big': {
      const adj = issue.exact ? 'exactly ' : issue.inclusive ? '<=' : '<';
      const unit = unitOf(issue.origin);
      if (unit) return `Too big: expected ${issue.origin} to have ${adj}${issue.maximum.toString()} ${unit}`;
      return `Too big: expected ${issue.origin ?? 'value'} to be ${adj}${issue.maximum.toString()}`;
    }
    case 'too_small': {
      const adj = issue.exact ? 'exactly ' : issue.inclusive ? '>=' : '>';
      const unit = unitOf(issue.origin);
      if (unit) return `Too small: expected ${issue.origin} to have ${adj}${issue.minimum.toString()} ${unit}`;
      return `Too small: expected ${issue.origin} to be ${adj}${issue.minimum.toString()}`;
    }
    case 'invalid_format':
      // Our schemas use only regular expressions (the other formats are not used anywhere).
      if (issue.format === 'regex') return `Invalid string: must match pattern ${String(issue.pattern)}`;
      return `Invalid ${issue.format}`;
    case 'not_multiple_of':
      return `Invalid number: must be a multiple of ${String(issue.divisor)}`;
    case 'unrecognized_keys':
      return `Unrecognized key${issue.keys.length > 1 ? 's' : ''}: ${issue.keys.map(primitive).join(', ')}`;
    case 'invalid_key':
      return `Invalid key in ${issue.origin}`;
    case 'invalid_union': {
      const options = (issue as { options?: unknown }).options;
      if (Array.isArray(options) && options.length > 0) {
        return `Invalid discriminator value. Expected ${options.map((o) => `'${String(o)}'`).join(' | ')}`;
      }
      return issue.inclusive === false ? 'Invalid input: more than one option matched' : 'Invalid input';
    }
    case 'invalid_element':
      return `Invalid value in ${issue.origin}`;
    default:
      return 'Invalid input';
  }
}

/** Parse options that keep zod's English wording: `schema.safeParse(value, ENGLISH)`. */
export const ENGLISH = { error: zodEnglish } as const;
