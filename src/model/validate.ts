/**
 * Checking a model pack from outside (a file an organisation imports, or our own default pack).
 *
 * Every problem is reported at once, each with the JSON path where it is (for example
 * `pillars[1].leaderStatements[3].id`) and a plain message. Structure comes from the zod schema;
 * the rules that need the whole pack (unique ids, references, scales) are checked here on the raw
 * input, so they are reported even when other parts of the file are broken.
 *
 * Pure functions: a rejected pack changes nothing.
 */
import * as z from 'zod/mini';
import { findJsonSyntaxError, utf8ByteLength } from './json';
import { compareVersions } from './lookup';
import { ModelPack, ModelPackSchema, VersionSchema } from './schema';
import { ENGLISH } from './zodMessages';

export interface PackProblem {
  /** JSON path of the problem, e.g. `pillars[1].leaderStatements[3].id`; empty for the whole file. */
  path: string;
  /** What is wrong, in plain UK English, as a sentence. */
  message: string;
}

export type PackValidationResult = { ok: true; pack: ModelPack } | { ok: false; problems: PackProblem[] };

/** The default largest pack file accepted, in bytes (2 MB). Our default pack is well under 200 kB. */
export const DEFAULT_MAX_PACK_BYTES = 2_000_000;

/** At most this many problems are listed; a last entry says how many more there were. */
export const MAX_LISTED_PROBLEMS = 1000;

type PathElement = string | number;

const IDENTIFIER = /^[A-Za-z_$][A-Za-z0-9_$]*$/;

/** Formats a path as people write it in JavaScript: `pillars[1].leaderStatements[3].id`. */
export function formatPath(path: ReadonlyArray<PropertyKey>): string {
  let out = '';
  for (const element of path) {
    if (typeof element === 'number') out += `[${element}]`;
    else {
      const key = String(element);
      if (IDENTIFIER.test(key)) out += out === '' ? key : `.${key}`;
      else out += `[${JSON.stringify(key)}]`;
    }
  }
  return out;
}

/** One line for a person: `path: message`, with `(whole file)` for problems without a path. */
export function formatProblem(problem: PackProblem): string {
  return `${problem.path === '' ? '(whole file)' : problem.path}: ${problem.message}`;
}

function sentence(message: string): string {
  const trimmed = message.trim();
  const capital = trimmed.charAt(0).toUpperCase() + trimmed.slice(1);
  return /[.!?]$/.test(capital) ? capital : `${capital}.`;
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function listOf(value: unknown): unknown[] {
  return Array.isArray(value) ? value : [];
}

function valueAt(root: unknown, path: ReadonlyArray<PropertyKey>): { found: boolean; value: unknown } {
  let current: unknown = root;
  for (const element of path) {
    if (Array.isArray(current) && typeof element === 'number') {
      if (element >= current.length) return { found: false, value: undefined };
      current = current[element];
    } else if (isObject(current) && typeof element === 'string') {
      if (!Object.prototype.hasOwnProperty.call(current, element)) return { found: false, value: undefined };
      current = current[element];
    } else {
      return { found: false, value: undefined };
    }
  }
  return { found: true, value: current };
}

function describeValue(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'a list';
  switch (typeof value) {
    case 'string':
      return 'text';
    case 'number':
      if (!Number.isFinite(value)) return String(value);
      return Number.isInteger(value) ? 'a whole number' : 'a number';
    case 'boolean':
      return value ? 'true' : 'false';
    case 'object':
      return 'an object';
    default:
      return typeof value;
  }
}

const EXPECTED: Record<string, string> = {
  string: 'text',
  number: 'a number',
  int: 'a whole number',
  boolean: 'true or false',
  array: 'a list',
  object: 'an object',
  null: 'null'
};

function quoteList(values: ReadonlyArray<unknown>): string {
  return values.map((v) => (typeof v === 'string' ? v : JSON.stringify(v))).join(', ');
}

/** Turns one zod issue into plain problems (one issue can name several unknown fields). */
function problemsFromIssue(issue: z.core.$ZodIssue, input: unknown): PackProblem[] {
  const path = issue.path as PropertyKey[];
  const here = valueAt(input, path);
  const at = formatPath(path);
  const missing = !here.found && path.length > 0 && valueAt(input, path.slice(0, -1)).found;

  switch (issue.code) {
    case 'invalid_type': {
      if (missing) return [{ path: at, message: 'This required field is missing.' }];
      if (typeof here.value === 'number' && !Number.isFinite(here.value)) {
        return [{ path: at, message: `Must be an ordinary number, not ${String(here.value)}.` }];
      }
      const expected = EXPECTED[issue.expected] ?? issue.expected;
      if (issue.expected === 'int' && typeof here.value === 'number') {
        return [{ path: at, message: 'Must be a whole number.' }];
      }
      return [{ path: at, message: `Should be ${expected}, not ${describeValue(here.value)}.` }];
    }
    case 'invalid_value': {
      if (missing) return [{ path: at, message: 'This required field is missing.' }];
      if (issue.values.length === 1) return [{ path: at, message: `Must be ${quoteList(issue.values)}.` }];
      return [{ path: at, message: `Must be one of: ${quoteList(issue.values)}.` }];
    }
    case 'invalid_union':
      if (missing) return [{ path: at, message: 'This required field is missing.' }];
      return [{ path: at, message: `Has the wrong type: ${describeValue(here.value)} is not allowed here.` }];
    case 'too_big': {
      if (issue.origin === 'string' && typeof here.value === 'string') {
        return [
          {
            path: at,
            message: `Text is too long: ${here.value.length} characters, and the most allowed is ${String(issue.maximum)}.`
          }
        ];
      }
      if (issue.origin === 'array' && Array.isArray(here.value)) {
        return [
          {
            path: at,
            message: `Has too many items: ${here.value.length}, and the most allowed is ${String(issue.maximum)}.`
          }
        ];
      }
      return [{ path: at, message: `Must be at most ${String(issue.maximum)}.` }];
    }
    case 'too_small': {
      if (issue.origin === 'string') return [{ path: at, message: 'Must not be empty.' }];
      if (issue.origin === 'array' && Array.isArray(here.value)) {
        const need = String(issue.minimum);
        return [
          {
            path: at,
            message: `Needs at least ${need} ${need === '1' ? 'item' : 'items'}, and it has ${here.value.length}.`
          }
        ];
      }
      return [{ path: at, message: `Must be at least ${String(issue.minimum)}.` }];
    }
    case 'unrecognized_keys':
      return issue.keys.map((key) => ({
        path: formatPath([...path, key]),
        message: 'This field is not part of a model pack: remove it or check its spelling.'
      }));
    case 'invalid_format':
    case 'custom':
      return [{ path: at, message: sentence(issue.message) }];
    default:
      return [{ path: at, message: sentence(issue.message) }];
  }
}

// ---------------------------------------------------------------------------------------------
// Whole-pack rules, checked on the raw input so they work even when the structure is broken.

type IdKind =
  | 'scale'
  | 'pillar'
  | 'statement'
  | 'guidance item'
  | 'measure'
  | 'measure part'
  | 'suggested action'
  | 'resource'
  | 'CQC quality statement'
  | 'key line of enquiry';

interface IdEntry {
  kind: IdKind;
  path: string;
}

const ARTICLE: Record<IdKind, string> = {
  scale: 'a scale',
  pillar: 'a pillar or theme',
  statement: 'a statement',
  'guidance item': 'a guidance item',
  measure: 'a measure',
  'measure part': 'a part of a measure',
  'suggested action': 'a suggested action',
  resource: 'a resource',
  'CQC quality statement': 'a CQC quality statement',
  'key line of enquiry': 'a key line of enquiry'
};

const NOT_FOUND: Partial<Record<IdKind, (id: string) => string>> = {
  statement: (id) => `Points at statement '${id}', which is not in this pack.`,
  'CQC quality statement': (id) => `'${id}' is not a quality statement in this pack's CQC catalogue.`,
  'key line of enquiry': (id) => `'${id}' is not a key line of enquiry in this pack's CQC catalogue.`,
  measure: (id) => `Points at measure '${id}', which is not in this pack.`,
  resource: (id) => `Points at resource '${id}', which is not in this pack.`,
  pillar: (id) => `Points at pillar '${id}', which is not in this pack.`
};

class PackChecker {
  public readonly problems: PackProblem[] = [];
  private readonly ids = new Map<string, IdEntry>();

  public constructor(private readonly input: unknown) {}

  public run(): PackProblem[] {
    const root = this.input;
    if (!isObject(root)) return this.problems;
    this.registerAll(root);
    this.checkScales(root);
    this.checkPillars(root);
    this.checkMeasures(root);
    this.checkActions(root);
    this.checkMigrations(root);
    return this.problems;
  }

  private add(path: PathElement[], message: string): void {
    this.problems.push({ path: formatPath(path), message });
  }

  private register(value: unknown, path: PathElement[], kind: IdKind): void {
    if (typeof value !== 'string' || value === '') return;
    const existing = this.ids.get(value);
    if (existing) {
      this.add(
        path,
        `The id '${value}' is used more than once: it is already the id of ${ARTICLE[existing.kind]} at ${existing.path}. Every id in a pack must be unique.`
      );
      return;
    }
    this.ids.set(value, { kind, path: formatPath(path) });
  }

  private registerAll(root: Record<string, unknown>): void {
    const scales = root.scales;
    if (isObject(scales)) {
      for (const audience of ['leaders', 'staff']) {
        const scale = scales[audience];
        if (isObject(scale)) this.register(scale.id, ['scales', audience, 'id'], 'scale');
      }
    }
    listOf(root.pillars).forEach((pillar, p) => {
      if (!isObject(pillar)) return;
      this.register(pillar.id, ['pillars', p, 'id'], 'pillar');
      for (const list of ['leaderStatements', 'staffStatements']) {
        listOf(pillar[list]).forEach((statement, s) => {
          if (isObject(statement)) this.register(statement.id, ['pillars', p, list, s, 'id'], 'statement');
        });
      }
      for (const list of ['thingsToMeasure', 'thingsToDo', 'thingsThatHelp']) {
        listOf(pillar[list]).forEach((item, k) => {
          if (isObject(item)) this.register(item.id, ['pillars', p, list, k, 'id'], 'guidance item');
        });
      }
    });
    listOf(root.measures).forEach((measure, m) => {
      if (!isObject(measure)) return;
      this.register(measure.id, ['measures', m, 'id'], 'measure');
      listOf(measure.parts).forEach((part, k) => {
        if (isObject(part)) this.register(part.id, ['measures', m, 'parts', k, 'id'], 'measure part');
      });
    });
    listOf(root.actions).forEach((action, a) => {
      if (isObject(action)) this.register(action.id, ['actions', a, 'id'], 'suggested action');
    });
    listOf(root.resources).forEach((resource, r) => {
      if (isObject(resource)) this.register(resource.id, ['resources', r, 'id'], 'resource');
    });
    const cqc = root.cqc;
    if (isObject(cqc)) {
      listOf(cqc.qualityStatements).forEach((qs, q) => {
        if (isObject(qs)) this.register(qs.id, ['cqc', 'qualityStatements', q, 'id'], 'CQC quality statement');
      });
      listOf(cqc.kloes).forEach((kloe, k) => {
        if (isObject(kloe)) this.register(kloe.id, ['cqc', 'kloes', k, 'id'], 'key line of enquiry');
      });
    }
  }

  /** Checks a list of references: each must name an id of the expected kind, and none twice. */
  private checkReferences(list: unknown, path: PathElement[], kind: IdKind): void {
    const seen = new Set<string>();
    listOf(list).forEach((value, i) => {
      if (typeof value !== 'string' || value === '') return;
      this.checkReference(value, [...path, i], kind);
      if (seen.has(value)) this.add([...path, i], `'${value}' is listed more than once.`);
      seen.add(value);
    });
  }

  private checkReference(value: unknown, path: PathElement[], kind: IdKind): void {
    if (typeof value !== 'string' || value === '') return;
    const entry = this.ids.get(value);
    if (!entry) {
      const notFound = NOT_FOUND[kind];
      this.add(path, notFound ? notFound(value) : `Points at '${value}', which is not ${ARTICLE[kind]} in this pack.`);
    } else if (entry.kind !== kind) {
      this.add(path, `Points at '${value}', which is ${ARTICLE[entry.kind]}, not ${ARTICLE[kind]}.`);
    }
  }

  private checkScales(root: Record<string, unknown>): void {
    const scales = root.scales;
    if (!isObject(scales)) return;
    for (const audience of ['leaders', 'staff']) {
      const scale = scales[audience];
      if (!isObject(scale)) continue;
      const base: PathElement[] = ['scales', audience];
      const options = listOf(scale.options);
      const values = new Map<number, number>();
      const labels = new Map<string, number>();
      let duplicateValues = false;
      options.forEach((option, i) => {
        if (!isObject(option)) return;
        if (typeof option.value === 'number') {
          const first = values.get(option.value);
          if (first !== undefined) {
            duplicateValues = true;
            this.add(
              [...base, 'options', i, 'value'],
              `The value ${option.value} is used by more than one option (also at ${formatPath([...base, 'options', first, 'value'])}). Each option needs its own value.`
            );
          } else values.set(option.value, i);
        }
        if (typeof option.label === 'string') {
          const key = option.label.trim().toLowerCase();
          const first = labels.get(key);
          if (first !== undefined) {
            this.add(
              [...base, 'options', i, 'label'],
              `The label '${option.label}' is used by more than one option (also at ${formatPath([...base, 'options', first, 'label'])}).`
            );
          } else labels.set(key, i);
        }
      });
      if (!duplicateValues) {
        const numbers = options.map((o) => (isObject(o) ? o.value : undefined));
        if (numbers.every((v) => typeof v === 'number')) {
          const ascending = (numbers as number[]).every((v, i, all) => i === 0 || v > all[i - 1]);
          if (!ascending) this.add([...base, 'options'], 'Options must be listed from the lowest value to the highest.');
        }
      }
      const na = scale.notApplicable;
      if (isObject(na) && typeof na.label === 'string' && labels.has(na.label.trim().toLowerCase())) {
        this.add(
          [...base, 'notApplicable', 'label'],
          `The label '${na.label}' is also used by a scored option; "don't know" needs a label of its own.`
        );
      }
    }
  }

  private checkPillars(root: Record<string, unknown>): void {
    const pillars = listOf(root.pillars);
    if (pillars.length > 0 && pillars.every((p) => isObject(p) && p.crossCutting === true)) {
      this.add(['pillars'], 'At least one pillar must not be cross-cutting: themes are reported beside pillars, not instead of them.');
    }
    pillars.forEach((pillar, p) => {
      if (!isObject(pillar)) return;
      this.checkHasStatements(pillar, p);
      for (const list of ['leaderStatements', 'staffStatements']) {
        listOf(pillar[list]).forEach((statement, s) => {
          if (!isObject(statement)) return;
          const base: PathElement[] = ['pillars', p, list, s];
          this.checkReferences(statement.qualityStatementIds, [...base, 'qualityStatementIds'], 'CQC quality statement');
          this.checkReferences(statement.kloeIds, [...base, 'kloeIds'], 'key line of enquiry');
        });
      }
      for (const list of ['thingsToMeasure', 'thingsToDo', 'thingsThatHelp']) {
        listOf(pillar[list]).forEach((item, k) => {
          if (!isObject(item)) return;
          this.checkReferences(item.measureIds, ['pillars', p, list, k, 'measureIds'], 'measure');
          this.checkReferences(item.resourceIds, ['pillars', p, list, k, 'resourceIds'], 'resource');
        });
      }
    });
  }

  /**
   * A pillar needs statements for both audiences: a pillar without any could never be scored, so no
   * overall figure could ever be given. A theme is reported beside the pillars, so one list may be
   * empty, but a theme with no statements at all would only ever show an empty row.
   */
  private checkHasStatements(pillar: Record<string, unknown>, p: number): void {
    const lists = [
      { key: 'leaderStatements', who: "leaders'" },
      { key: 'staffStatements', who: 'staff' }
    ].filter(({ key }) => Array.isArray(pillar[key]));
    const empty = lists.filter(({ key }) => listOf(pillar[key]).length === 0);
    if (pillar.crossCutting === false) {
      for (const { key, who } of empty) {
        this.add(
          ['pillars', p, key],
          `A pillar needs at least one ${who} statement: without one it could never have a score, so no overall figure could be given.`
        );
      }
    } else if (pillar.crossCutting === true && lists.length === 2 && empty.length === 2) {
      this.add(['pillars', p], 'A cross-cutting theme needs at least one statement, for leaders or for staff.');
    }
  }

  private checkMeasures(root: Record<string, unknown>): void {
    listOf(root.measures).forEach((measure, m) => {
      if (!isObject(measure)) return;
      const base: PathElement[] = ['measures', m];
      this.checkReferences(measure.pillarIds, [...base, 'pillarIds'], 'pillar');
      listOf(measure.parts).forEach((part, k) => {
        if (!isObject(part) || part.measureId === undefined) return;
        if (part.measureId === measure.id) {
          this.add([...base, 'parts', k, 'measureId'], 'A part of a measure cannot point at the measure it belongs to.');
        } else {
          this.checkReference(part.measureId, [...base, 'parts', k, 'measureId'], 'measure');
        }
      });
      listOf(measure.benchmarks).forEach((benchmark, b) => {
        if (!isObject(benchmark)) return;
        const value = benchmark.value;
        const high = benchmark.valueHigh;
        if (typeof value === 'number' && typeof high === 'number' && high < value) {
          this.add([...base, 'benchmarks', b, 'valueHigh'], 'The upper end of a range must not be below its lower end (value).');
        }
        // Every formula divides a count by a positive count, so no measure can be negative.
        for (const [key, v] of [['value', value], ['valueHigh', high]] as const) {
          if (typeof v !== 'number' || !Number.isFinite(v)) continue;
          if (measure.formula === 'percentage' && (v < 0 || v > 100)) {
            this.add([...base, 'benchmarks', b, key], `A percentage must be between 0 and 100, not ${v}.`);
          } else if (v < 0) {
            this.add([...base, 'benchmarks', b, key], `A benchmark cannot be negative: this measure is never below 0, and the value is ${v}.`);
          }
        }
      });
    });
  }

  private checkActions(root: Record<string, unknown>): void {
    listOf(root.actions).forEach((action, a) => {
      if (!isObject(action)) return;
      this.checkReferences(action.statementIds, ['actions', a, 'statementIds'], 'statement');
      this.checkReferences(action.measureIds, ['actions', a, 'measureIds'], 'measure');
      this.checkReferences(action.resourceIds, ['actions', a, 'resourceIds'], 'resource');
    });
  }

  private checkMigrations(root: Record<string, unknown>): void {
    const sources = new Map<string, number>();
    listOf(root.migrations).forEach((migration, g) => {
      if (!isObject(migration)) return;
      const base: PathElement[] = ['migrations', g];
      const fromPack = typeof migration.fromPackId === 'string' ? migration.fromPackId : root.id;
      if (typeof migration.fromVersion === 'string') {
        const key = `${String(fromPack)}@${migration.fromVersion}`;
        const first = sources.get(key);
        if (first !== undefined) {
          this.add([...base, 'fromVersion'], `There is already a migration from ${key} (at ${formatPath(['migrations', first])}).`);
        } else sources.set(key, g);
        if (fromPack === root.id && migration.fromVersion === root.version) {
          this.add([...base, 'fromVersion'], 'A migration must come from an earlier version, not from this version.');
        } else if (
          fromPack === root.id &&
          VersionSchema.safeParse(root.version).success &&
          VersionSchema.safeParse(migration.fromVersion).success &&
          compareVersions(migration.fromVersion, String(root.version)) > 0
        ) {
          this.add(
            [...base, 'fromVersion'],
            `A migration must come from an earlier version, but ${migration.fromVersion} is later than this pack's version ${String(root.version)}.`
          );
        }
      }
      const froms = new Map<string, number>();
      listOf(migration.statements).forEach((entry, e) => {
        if (!isObject(entry)) return;
        if (typeof entry.from === 'string') {
          const first = froms.get(entry.from);
          if (first !== undefined) {
            this.add(
              [...base, 'statements', e, 'from'],
              `The earlier statement '${entry.from}' is mapped more than once (also at ${formatPath([...base, 'statements', first, 'from'])}).`
            );
          } else froms.set(entry.from, e);
        }
        if (entry.to !== null) this.checkReference(entry.to, [...base, 'statements', e, 'to'], 'statement');
        // Ids are stable within a pack: an earlier id still in use here means the same statement.
        if (
          fromPack === root.id &&
          typeof entry.from === 'string' &&
          entry.to !== entry.from &&
          this.ids.get(entry.from)?.kind === 'statement'
        ) {
          this.add(
            [...base, 'statements', e, 'from'],
            `'${entry.from}' is still a statement in this pack, so it keeps its meaning and cannot be mapped to another statement or retired. Give a statement whose meaning changed a new id.`
          );
        }
      });
    });
  }
}

function capProblems(problems: PackProblem[]): PackProblem[] {
  const seen = new Set<string>();
  const unique = problems.filter((problem) => {
    const key = `${problem.path}\u0000${problem.message}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
  if (unique.length <= MAX_LISTED_PROBLEMS) return unique;
  const more = unique.length - MAX_LISTED_PROBLEMS;
  return [
    ...unique.slice(0, MAX_LISTED_PROBLEMS),
    { path: '', message: `There are ${more} more problems not listed here. Fix these first, then check again.` }
  ];
}

/**
 * Checks anything (usually parsed JSON) against the model pack rules, reporting every problem at once.
 */
export function validateModelPack(input: unknown): PackValidationResult {
  if (!isObject(input)) {
    return {
      ok: false,
      problems: [{ path: '', message: `A model pack must be a JSON object ({ … }), not ${describeValue(input)}.` }]
    };
  }
  const parsed = ModelPackSchema.safeParse(input, ENGLISH);
  const problems: PackProblem[] = [];
  if (!parsed.success) {
    for (const issue of parsed.error.issues) problems.push(...problemsFromIssue(issue, input));
  }
  problems.push(...new PackChecker(input).run());
  if (problems.length > 0 || !parsed.success) return { ok: false, problems: capProblems(problems) };
  return { ok: true, pack: parsed.data };
}

function formatBytes(bytes: number): string {
  if (bytes >= 1_000_000) return `${(bytes / 1_000_000).toFixed(1)} MB`;
  if (bytes >= 1_000) return `${(bytes / 1_000).toFixed(0)} kB`;
  return `${bytes} bytes`;
}

/** The message for a file over the size limit; the command line uses it before reading a file. */
export function tooLargeMessage(bytes: number, maxBytes: number = DEFAULT_MAX_PACK_BYTES): string {
  return `The file is too large: ${formatBytes(bytes)}, and the largest model pack accepted is ${formatBytes(maxBytes)}.`;
}

/**
 * Reads a pack from the text of a file: refuses text over `maxBytes` (UTF-8) and text that is not
 * JSON (saying where), then validates it. A leading byte order mark is ignored.
 */
export function parseModelPackText(text: string, maxBytes: number = DEFAULT_MAX_PACK_BYTES): PackValidationResult {
  const bytes = utf8ByteLength(text);
  if (bytes > maxBytes) return { ok: false, problems: [{ path: '', message: tooLargeMessage(bytes, maxBytes) }] };
  const body = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  if (body.trim() === '') return { ok: false, problems: [{ path: '', message: 'The file is empty: a model pack is a JSON object.' }] };
  let data: unknown;
  try {
    data = JSON.parse(body);
  } catch {
    const error = findJsonSyntaxError(body);
    const where = error
      ? `line ${error.line}, column ${error.column} (character ${error.position + 1}): ${error.message}`
      : 'it could not be read';
    return { ok: false, problems: [{ path: '', message: `The file is not valid JSON: at ${where}.` }] };
  }
  return validateModelPack(data);
}
