/**
 * Provider summaries for commissioners: a small, versioned JSON file that a manager exports from a
 * published cycle and a quality lead imports into their own WPQ site, where it sits in the portfolio
 * beside their own services.
 *
 * What a summary may hold is fixed by the schema below and checked on the way out and on the way in:
 * organisation, service and cycle names, the pack pinned, pillar scores of leaders and staff (staff
 * only where at least the minimum group size answered), the gap between them, counts of actions and
 * the latest value of each measure. Never a person's name, never a single answer, never a comment.
 * A file that breaks any rule is refused whole, with every problem named by its place in the file.
 */
import type { SPFI } from '@pnp/sp';
import * as z from 'zod/mini';
import { IdSchema, VersionSchema, FullDateSchema } from '../model/schema';
import { ENGLISH } from '../model/zodMessages';
import { bodyOf, capture, eq, executeBatch, listOf, queueItems, readItems, take } from './access';
import { localToday } from './dates';
import { InvalidInputError, NotFoundError, spCall, toDataError } from './errors';
import { CYCLE_KEYS, toCycles } from './repositories/cycles';
import { latestPerMeasure, MEASURE_KEYS, toMeasures } from './repositories/measures';
import { SERVICE_KEYS, toCareService } from './repositories/careServices';
import { parseItems, selectFor, type RawItem, type ReadResult, type RowWarning } from './rows';
import { ACTION_STATUSES, actionsList, cyclesList, measuresList, OPEN_ACTION_STATUSES, PHASES, providerSummariesList, servicesList, SERVICE_TYPES, type ActionStatus } from './schema';
import type { Cycle } from './types';

/** What marks a file as a WPQ provider summary. */
export const SUMMARY_KIND = 'wpq-provider-summary';
/** Version of the summary format this app writes and reads. */
export const SUMMARY_FORMAT_VERSION = 1;
/** Files larger than this are refused before they are read: a real summary is a few kilobytes. */
export const SUMMARY_MAX_BYTES = 1024 * 1024;
/** Scores in a summary are rounded to this many decimals. */
const DECIMALS = 1;
/** Leeway when a file's totals are checked against its parts (scores are rounded to one decimal). */
const TOLERANCE = 0.15;

const NAME_MAX = 150;
/** Control characters (line breaks included), and the two direction overrides that make text read as something else. */
function hasControlCharacters(text: string): boolean {
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c < 32 || (c >= 127 && c <= 159) || c === 0x2028 || c === 0x2029 || c === 0x202d || c === 0x202e) return true;
  }
  return false;
}

const name = z
  .string()
  .check(
    z.maxLength(NAME_MAX, { error: `must be at most ${NAME_MAX} characters` }),
    z.refine((s) => s.trim().length > 0, { message: 'must not be empty' }),
    z.refine((s) => !/<[A-Za-z!?/]/.test(s), { message: 'must be plain text, not HTML' }),
    z.refine((s) => !hasControlCharacters(s), { message: 'must be one line of text without control characters' })
  );

const moment = z.string().check(
  z.refine((s) => /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}/.test(s) && !Number.isNaN(Date.parse(s)), {
    message: 'must be a date and time in ISO 8601 form, such as 2026-04-30T09:15:00Z'
  })
);

const percent = z.number({ error: 'must be a number' }).check(z.minimum(0, { error: 'must be at least 0' }), z.maximum(100, { error: 'must be at most 100' }));
const count = z.number({ error: 'must be a number' }).check(z.int({ error: 'must be a whole number' }), z.minimum(0, { error: 'must be at least 0' }));

const AreaFigureSchema = z.strictObject({ pillarId: IdSchema, percent: z.nullable(percent) });

const AudienceFiguresSchema = z.strictObject({
  respondents: count,
  overallPercent: z.nullable(percent),
  pillars: z.array(AreaFigureSchema).check(z.maxLength(12)),
  themes: z.array(AreaFigureSchema).check(z.maxLength(12))
});

const StaffFiguresSchema = z.discriminatedUnion('status', [
  // Fewer people answered than the minimum group size: no figure at all, not even how many answered.
  z.strictObject({ status: z.literal('suppressed') }),
  z.extend(AudienceFiguresSchema, { status: z.literal('shown') })
]);

const byStatusShape = Object.fromEntries(ACTION_STATUSES.map((s) => [s.id, count])) as Record<ActionStatus, typeof count>;

export const ProviderSummarySchema = z
  .strictObject({
    kind: z.literal(SUMMARY_KIND),
    formatVersion: z.literal(SUMMARY_FORMAT_VERSION),
    provider: z.strictObject({
      name,
      /** The provider's WPQ site: with the cycle id it names the summary, so a newer one replaces it. */
      siteUrl: z
        .string()
        .check(
          z.maxLength(200, { error: 'must be at most 200 characters' }),
          z.refine((s) => /^https?:\/\/[^\s<>"]+$/i.test(s), { message: 'must be a web address starting with https://' })
        )
    }),
    service: z.strictObject({ name, serviceType: z.nullable(z.enum(SERVICE_TYPES.map((t) => t.id) as [string, ...string[]])) }),
    cycle: z.strictObject({
      id: z.number().check(z.int(), z.positive({ error: 'must be a whole number above 0' })),
      title: name,
      phase: z.enum(PHASES.map((p) => p.id) as [string, ...string[]]),
      startDate: z.nullable(FullDateSchema),
      endDate: z.nullable(FullDateSchema)
    }),
    pack: z.strictObject({ id: IdSchema, version: VersionSchema }),
    publishedAt: moment,
    exportedAt: moment,
    minimumGroupSize: z
      .number()
      .check(z.int({ error: 'must be a whole number' }), z.minimum(5, { error: 'must be at least 5' }), z.maximum(1000)),
    leaders: z.nullable(AudienceFiguresSchema),
    staff: z.nullable(StaffFiguresSchema),
    /** Leaders' overall score minus staff's, in points; null unless both have one. */
    gap: z.nullable(z.number({ error: 'must be a number' }).check(z.minimum(-100), z.maximum(100))),
    actions: z.strictObject({ total: count, byStatus: z.strictObject(byStatusShape), overdue: count }),
    measures: z
      .array(
        z.strictObject({
          measureId: IdSchema,
          period: z.nullable(name),
          periodEnd: FullDateSchema,
          value: z.nullable(z.number({ error: 'must be a number' }))
        })
      )
      .check(z.maxLength(100))
  })
  .check(
    z.superRefine((s, ctx) => {
      const problem = (path: Array<string | number>, message: string): void => {
        ctx.addIssue({ code: 'custom', path, message });
      };
      const audience = (key: 'leaders' | 'staff', figures: z.infer<typeof AudienceFiguresSchema>): void => {
        const scored = figures.pillars.map((p) => p.percent);
        if (figures.overallPercent !== null) {
          if (scored.length === 0 || scored.some((p) => p === null)) problem([key, 'overallPercent'], 'must be empty unless every pillar has a score');
          else {
            const mean = (scored as number[]).reduce((a, b) => a + b, 0) / scored.length;
            if (Math.abs(mean - figures.overallPercent) > TOLERANCE) problem([key, 'overallPercent'], `does not match the pillar scores (their mean is ${mean.toFixed(1)})`);
          }
        }
        const ids = [...figures.pillars, ...figures.themes].map((p) => p.pillarId);
        ids.forEach((id, i) => {
          if (ids.indexOf(id) !== i) problem([key, 'pillars'], `names pillar ${id} more than once`);
        });
        if (figures.respondents === 0 && scored.some((p) => p !== null)) problem([key, 'respondents'], 'is 0, but there are scores');
      };
      if (s.leaders) audience('leaders', s.leaders);
      if (s.staff && s.staff.status === 'shown') {
        audience('staff', s.staff);
        if (s.staff.respondents < s.minimumGroupSize) {
          problem(['staff', 'respondents'], `is below the minimum group size of ${s.minimumGroupSize}, so staff figures must not be in the file`);
        }
      }
      const leadersOverall = s.leaders?.overallPercent ?? null;
      const staffOverall = s.staff?.status === 'shown' ? s.staff.overallPercent : null;
      if (s.gap !== null) {
        if (leadersOverall === null || staffOverall === null) problem(['gap'], 'must be empty unless leaders and staff both have an overall score');
        else if (Math.abs(leadersOverall - staffOverall - s.gap) > TOLERANCE) problem(['gap'], 'is not the leaders’ overall score minus the staff’s');
      } else if (leadersOverall !== null && staffOverall !== null) problem(['gap'], 'must be given when leaders and staff both have an overall score');
      const sum = ACTION_STATUSES.reduce((n, st) => n + s.actions.byStatus[st.id], 0);
      if (sum !== s.actions.total) problem(['actions', 'total'], `is ${s.actions.total}, but the counts by status add up to ${sum}`);
      const open = OPEN_ACTION_STATUSES.reduce((n, st) => n + s.actions.byStatus[st], 0);
      if (s.actions.overdue > open) problem(['actions', 'overdue'], `is ${s.actions.overdue}, more than the ${open} actions not yet finished`);
      const measureIds = s.measures.map((m) => m.measureId);
      measureIds.forEach((id, i) => {
        if (measureIds.indexOf(id) !== i) problem(['measures', i, 'measureId'], `names measure ${id} a second time`);
      });
      if (Date.parse(s.exportedAt) < Date.parse(s.publishedAt)) problem(['exportedAt'], 'is before the results were published');
    })
  );

export type ProviderSummary = z.infer<typeof ProviderSummarySchema>;
export type SummaryAudienceFigures = z.infer<typeof AudienceFiguresSchema>;

/** One problem of a file, at its place in the file (a JSON path such as `$.staff.respondents`). */
export interface SummaryProblem {
  path: string;
  message: string;
}

export type SummaryCheck = { ok: true; summary: ProviderSummary } | { ok: false; reason: SummaryRefusal; problems: SummaryProblem[] };

/** Why a file was refused: too big, not JSON, JSON of another kind, a format this app does not read, or broken rules. */
export type SummaryRefusal = 'too-large' | 'not-json' | 'not-a-summary' | 'old-format' | 'unknown-format' | 'invalid';

/** `$`, `$.staff.respondents`, `$.measures[2].value`. */
export function jsonPath(path: ReadonlyArray<PropertyKey>): string {
  return path.reduce<string>((out, part) => (typeof part === 'number' ? `${out}[${part}]` : `${out}.${String(part)}`), '$');
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** Checks a parsed JSON value; every problem is reported, each with its JSON path. */
export function checkProviderSummary(json: unknown): SummaryCheck {
  if (!isRecord(json) || json.kind !== SUMMARY_KIND) {
    return { ok: false, reason: 'not-a-summary', problems: [{ path: '$.kind', message: `must be "${SUMMARY_KIND}": this file is not a WPQ provider summary` }] };
  }
  const version = json.formatVersion;
  if (version !== SUMMARY_FORMAT_VERSION) {
    const older = typeof version === 'number' && version < SUMMARY_FORMAT_VERSION;
    return {
      ok: false,
      reason: older ? 'old-format' : 'unknown-format',
      problems: [
        {
          path: '$.formatVersion',
          message: older
            ? `is ${String(version)}, an old format this app no longer reads: ask the provider for a new export`
            : `is ${JSON.stringify(version) ?? 'missing'}, a format this version of WPQ does not know (it reads format ${SUMMARY_FORMAT_VERSION})`
        }
      ]
    };
  }
  const parsed = ProviderSummarySchema.safeParse(json, ENGLISH);
  if (parsed.success) return { ok: true, summary: parsed.data };
  return { ok: false, reason: 'invalid', problems: parsed.error.issues.map((i) => ({ path: jsonPath(i.path), message: i.message })) };
}

/**
 * Reads a summary file's text. The size is checked first (pass the file's size in bytes), so that a
 * 20 MB file is refused without being read or parsed.
 */
export function readProviderSummaryFile(text: string | (() => string), sizeInBytes: number): SummaryCheck {
  if (sizeInBytes > SUMMARY_MAX_BYTES) {
    return { ok: false, reason: 'too-large', problems: [{ path: '$', message: `is ${sizeInBytes} bytes; a summary file holds at most ${SUMMARY_MAX_BYTES} bytes` }] };
  }
  const body = typeof text === 'function' ? text() : text;
  let json: unknown;
  try {
    json = JSON.parse(body);
  } catch {
    return { ok: false, reason: 'not-json', problems: [{ path: '$', message: 'is not JSON' }] };
  }
  return checkProviderSummary(json);
}

/** The key of the provider's cycle a summary describes: one stored summary per key. */
export function summaryKey(summary: Pick<ProviderSummary, 'provider' | 'cycle'>): string {
  return `${summary.provider.siteUrl.toLowerCase().replace(/\/+$/, '')}#${summary.cycle.id}`;
}

function round(value: number | null): number | null {
  if (value === null) return null;
  const f = 10 ** DECIMALS;
  return Math.round(value * f) / f;
}

export interface SummarySource {
  providerName: string;
  siteUrl: string;
  service: { name: string; serviceType: string | null };
  cycle: Omit<Cycle, 'etag'>;
  actions: { byStatus: Record<ActionStatus, number>; overdue: number };
  measures: Array<{ measureId: string; period: string | null; periodEnd: string; value: number | null }>;
  exportedAt: string;
}

/**
 * A cycle's summary as a provider sends it, built from the published summary (which already obeys
 * the minimum group size) and checked against the schema before it leaves: a summary that would
 * break a rule is an InvalidInputError, never a file.
 */
export function buildProviderSummary(source: SummarySource): ProviderSummary {
  const published = source.cycle.summary;
  if (published === null || source.cycle.publishedAt === null) {
    throw new InvalidInputError('Only a cycle with published results can be summarised. Publish the results first.');
  }
  const figures = (a: { respondents: number; overallPercent: number | null; pillars: Array<{ pillarId: string; percent: number | null }>; themes: Array<{ pillarId: string; percent: number | null }> }): SummaryAudienceFigures => {
    const pillars = a.pillars.map((p) => ({ pillarId: p.pillarId, percent: round(p.percent) }));
    const scored = pillars.map((p) => p.percent);
    const overall = a.overallPercent === null || scored.some((p) => p === null) ? null : round((scored as number[]).reduce((x, y) => x + y, 0) / scored.length);
    return { respondents: a.respondents, overallPercent: overall, pillars, themes: a.themes.map((p) => ({ pillarId: p.pillarId, percent: round(p.percent) })) };
  };
  const leaders = published.leaders ? figures(published.leaders) : null;
  const staffShown = published.staff?.status === 'shown' && published.staff.respondents >= published.minimumGroupSize ? published.staff : null;
  const staff: ProviderSummary['staff'] = published.staff === null ? null : staffShown ? { status: 'shown', ...figures(staffShown) } : { status: 'suppressed' };
  const staffOverall = staff?.status === 'shown' ? staff.overallPercent : null;
  const gap = leaders?.overallPercent != null && staffOverall !== null ? round(leaders.overallPercent - staffOverall) : null;
  const total = ACTION_STATUSES.reduce((n, s) => n + source.actions.byStatus[s.id], 0);
  const summary = {
    kind: SUMMARY_KIND,
    formatVersion: SUMMARY_FORMAT_VERSION,
    provider: { name: source.providerName.trim(), siteUrl: source.siteUrl },
    service: { name: source.service.name, serviceType: source.service.serviceType },
    cycle: {
      id: source.cycle.id,
      title: source.cycle.title,
      phase: source.cycle.phase,
      startDate: source.cycle.startDate,
      endDate: source.cycle.endDate
    },
    pack: { id: published.packId, version: published.packVersion },
    publishedAt: published.publishedAt,
    exportedAt: source.exportedAt,
    minimumGroupSize: published.minimumGroupSize,
    leaders,
    staff,
    gap,
    actions: { total, byStatus: { ...source.actions.byStatus }, overdue: source.actions.overdue },
    measures: source.measures.map((m) => ({ measureId: m.measureId, period: m.period, periodEnd: m.periodEnd, value: round(m.value) }))
  };
  const check = checkProviderSummary(summary);
  if (!check.ok) throw new InvalidInputError('The summary could not be made.', check.problems.map((p) => `${p.path} ${p.message}.`));
  return check.summary;
}

// ---------------------------------------------------------------------------------------------
// Stored summaries

/** An imported summary as the portfolio shows it. */
export interface ImportedSummary {
  id: number;
  etag: string | null;
  key: string;
  importedAt: string | null;
  summary: ProviderSummary;
}

export type ImportOutcome =
  /** Stored for the first time. */
  | { kind: 'added'; stored: ImportedSummary }
  /** The same summary (or the same publication) was already stored: nothing changed. */
  | { kind: 'unchanged'; stored: ImportedSummary }
  /** A newer publication of a stored cycle: nothing changed yet; import again with `replace` to confirm. */
  | { kind: 'needs-confirmation'; stored: ImportedSummary }
  /** It replaced the older summary of the same cycle (after confirmation). */
  | { kind: 'replaced'; stored: ImportedSummary }
  /** An older publication than the one stored: refused. */
  | { kind: 'older'; stored: ImportedSummary };

export interface ProviderSummariesRepository {
  /** Every imported summary; items changed by hand so they no longer pass the schema are warnings. */
  list(): Promise<ReadResult<ImportedSummary[]>>;
  /**
   * Stores a checked summary. The same summary twice changes nothing; a later publication of the same
   * provider's cycle replaces the stored one only with `replace: true` (after the person confirmed).
   */
  import(summary: ProviderSummary, options?: { replace?: boolean }): Promise<ImportOutcome>;
  /** The summary of one of this site's published cycles, as a provider sends it (managers). Two round trips. */
  exportCycle(cycleId: number, provider: { name: string; siteUrl: string }): Promise<ProviderSummary>;
  /** Checks a chosen file: its size first (a file over {@link SUMMARY_MAX_BYTES} is never read), then its content. */
  checkFile(sizeInBytes: number, read: () => Promise<string>): Promise<SummaryCheck>;
}

const STORED_KEYS = ['summaryKey', 'importedAt', 'summary'] as const;

/** Stored items to summaries; an item someone broke by hand is a warning and left out. */
export function toImportedSummaries(raws: RawItem[]): ReadResult<ImportedSummary[]> {
  const parsed = parseItems(providerSummariesList, STORED_KEYS, raws);
  const warnings: RowWarning[] = [...parsed.warnings];
  const data: ImportedSummary[] = [];
  const field = providerSummariesList.fields.summary;
  for (const { id, etag, row } of parsed.rows) {
    let json: unknown;
    try {
      json = JSON.parse(row.summary ?? '');
    } catch {
      warnings.push({ list: providerSummariesList.title, itemId: id, field: `${field.displayName} (${field.internalName})`, problem: 'is not valid JSON' });
      continue;
    }
    const check = checkProviderSummary(json);
    if (!check.ok) {
      const first = check.problems[0];
      warnings.push({ list: providerSummariesList.title, itemId: id, field: `${field.displayName} (${field.internalName})`, problem: `${first.path} ${first.message}` });
      continue;
    }
    data.push({ id, etag, key: row.summaryKey, importedAt: row.importedAt, summary: check.summary });
  }
  return { data, warnings };
}

/** Columns read for stored summaries (with their ids). */
export const STORED_SUMMARY_SELECT = selectFor(providerSummariesList, STORED_KEYS);

const COUNT_KEYS = ['status', 'dueDate'] as const;

function sameContent(a: ProviderSummary, b: ProviderSummary): boolean {
  return JSON.stringify({ ...a, exportedAt: '' }) === JSON.stringify({ ...b, exportedAt: '' });
}

export function providerSummariesRepository(sp: SPFI, now: () => Date = () => new Date()): ProviderSummariesRepository {
  const items = (): ReturnType<typeof listOf>['items'] => listOf(sp, providerSummariesList).items;
  const bodyFor = (summary: ProviderSummary, key: string): Record<string, unknown> =>
    bodyOf(providerSummariesList, {
      title: `${summary.provider.name}: ${summary.service.name}, ${summary.cycle.title}`.slice(0, 255),
      summaryKey: key,
      providerName: summary.provider.name,
      serviceName: summary.service.name,
      cycleTitle: summary.cycle.title,
      publishedAt: summary.publishedAt,
      importedAt: now().toISOString(),
      summary: JSON.stringify(summary)
    });
  const stored = (raw: RawItem): ImportedSummary => {
    const read = toImportedSummaries([raw]);
    if (read.data.length === 0) throw new InvalidInputError('The stored summary could not be read back.', [], { list: providerSummariesList.title });
    return read.data[0];
  };

  return {
    async checkFile(sizeInBytes, read) {
      if (sizeInBytes > SUMMARY_MAX_BYTES) return readProviderSummaryFile('', sizeInBytes);
      return readProviderSummaryFile(await read(), sizeInBytes);
    },

    async list() {
      return toImportedSummaries(await readItems(sp, providerSummariesList, STORED_SUMMARY_SELECT));
    },

    async import(input, options = {}) {
      // Checked again here: the repository never stores what the schema refuses, whoever calls it.
      const check = checkProviderSummary(input);
      if (!check.ok) throw new InvalidInputError('The summary was not imported.', check.problems.map((p) => `${p.path} ${p.message}.`), { list: providerSummariesList.title });
      const summary = check.summary;
      const key = summaryKey(summary);
      const existing = await readItems(sp, providerSummariesList, STORED_SUMMARY_SELECT, eq(providerSummariesList.fields.summaryKey, key));
      if (existing.length === 0) {
        const raw = (await spCall(providerSummariesList.title, () => items().add(bodyFor(summary, key)))) as RawItem;
        return { kind: 'added', stored: stored(raw) };
      }
      const current = toImportedSummaries(existing);
      if (current.data.length === 0) {
        // The stored item was broken by hand: the valid file replaces it.
        const id = existing[0].Id as number;
        await spCall(providerSummariesList.title, () => items().getById(id).update(bodyFor(summary, key)));
        return { kind: 'replaced', stored: stored((await spCall(providerSummariesList.title, () => items().getById(id).select(...STORED_SUMMARY_SELECT)())) as RawItem) };
      }
      const old = current.data[0];
      const was = Date.parse(old.summary.publishedAt);
      const is = Date.parse(summary.publishedAt);
      if (is < was) return { kind: 'older', stored: old };
      if (is === was || sameContent(old.summary, summary)) return { kind: 'unchanged', stored: old };
      if (!options.replace) return { kind: 'needs-confirmation', stored: old };
      await spCall(providerSummariesList.title, () => items().getById(old.id).update(bodyFor(summary, key), old.etag ?? '*'));
      const raw = (await spCall(providerSummariesList.title, () => items().getById(old.id).select(...STORED_SUMMARY_SELECT)())) as RawItem;
      return { kind: 'replaced', stored: stored(raw) };
    },

    async exportCycle(cycleId, provider) {
      const [b, execute] = sp.batched();
      const cycleP = capture(listOf(b, cyclesList).items.getById(cycleId).select(...selectFor(cyclesList, CYCLE_KEYS))() as Promise<RawItem>);
      const actionsQ = queueItems(b, sp, actionsList, selectFor(actionsList, COUNT_KEYS), eq(actionsList.fields.cycle, cycleId));
      await executeBatch(execute);
      const cycles = toCycles([await take(cycleP, cyclesList)]);
      const cycle = cycles.data[0];
      if (!cycle) throw new NotFoundError(`Cycle ${cycleId} cannot be read.`, { list: cyclesList.title });
      const [b2, execute2] = sp.batched();
      const serviceP = capture(listOf(b2, servicesList).items.getById(cycle.serviceId).select(...selectFor(servicesList, SERVICE_KEYS))() as Promise<RawItem>);
      const measuresQ = queueItems(b2, sp, measuresList, selectFor(measuresList, MEASURE_KEYS), eq(measuresList.fields.service, cycle.serviceId));
      await executeBatch(execute2);
      const services = parseItems(servicesList, SERVICE_KEYS, [await take(serviceP, servicesList)]);
      const service = services.rows.length > 0 ? toCareService(services.rows[0]) : null;
      if (!service) throw new InvalidInputError('The service of this cycle cannot be read, so no summary was made.', [], { list: servicesList.title });
      const byStatus = Object.fromEntries(ACTION_STATUSES.map((s) => [s.id, 0])) as Record<ActionStatus, number>;
      let overdue = 0;
      const today = localToday(now());
      for (const { row } of parseItems(actionsList, COUNT_KEYS, await actionsQ()).rows) {
        byStatus[row.status]++;
        if (row.dueDate !== null && row.dueDate < today && OPEN_ACTION_STATUSES.includes(row.status)) overdue++;
      }
      const measures = latestPerMeasure(toMeasures(await measuresQ()).data).sort((x, y) => x.measureId.localeCompare(y.measureId));
      try {
        return buildProviderSummary({
          providerName: provider.name,
          siteUrl: provider.siteUrl,
          service: { name: service.name, serviceType: service.serviceType },
          cycle,
          actions: { byStatus, overdue },
          measures,
          exportedAt: now().toISOString()
        });
      } catch (error) {
        throw toDataError(error);
      }
    }
  };
}
