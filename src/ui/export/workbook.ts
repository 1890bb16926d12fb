/**
 * The Excel workbooks: a cycle report (results per pillar and statement, actions, measures, the
 * review and the CQC Well-led evidence summary) and the portfolio. Pure builders: data in, an exceljs
 * Workbook (or the .xlsx bytes) out, testable in Node. exceljs loads only through `import()` here, so
 * it never enters the web part's first download or any screen's chunk.
 *
 * Numbers are stored as numbers and dates as dates (with a display format), every sheet's header row
 * is frozen, and the cover sheet names the model pack and when the results were published. Staff
 * figures follow the same minimum group rule as the screens: where they were hidden, they are absent.
 */
import type { Workbook, Worksheet } from 'exceljs';
import { corePillars, crossCuttingThemes, findMeasure, findStatement, type ModelPack } from '../../model';
import type { Action, ActionStatus, Cycle, MeasureRecord, Phase, PublishedResults, Review } from '../../data/types';
import { format } from '../../loc/strings';
import { enGBKit } from '../../loc/kit';
import { enGBPortfolio, type PortfolioStrings } from '../../loc/portfolio';
import type { PortfolioEntry } from '../portfolio/portfolioModel';
import type { EvidenceGroup } from '../evidence/evidenceModel';

type ExcelModule = typeof import('exceljs');

/** exceljs, loaded on first use (its CommonJS build in Node, its browser build in the web part). */
export async function loadExcel(): Promise<ExcelModule> {
  const m = (await import(/* webpackChunkName: 'wpq-exceljs' */ 'exceljs')) as ExcelModule & { default?: ExcelModule };
  return m.default && 'Workbook' in m.default ? m.default : m;
}

export type Progress = (step: number, total: number) => void;

/** Lets the page breathe between sheets, so the progress shows and the page stays responsive. */
function pause(): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, 0));
}

const DATE_FORMAT = 'd mmm yyyy';
const DATE_TIME_FORMAT = 'd mmm yyyy hh:mm';
const ONE_DECIMAL = '0.0';
const MAX_TEXT = 32000;

/** A calendar day (YYYY-MM-DD, or the date part of an ISO moment) as a date cell value at UTC midnight. */
export function excelDate(iso: string | null | undefined): Date | null {
  if (!iso) return null;
  const d = new Date(`${iso.slice(0, 10)}T00:00:00Z`);
  return Number.isNaN(d.getTime()) ? null : d;
}

function excelMoment(iso: string | null | undefined): Date | null {
  if (!iso) return null;
  const d = new Date(iso);
  return Number.isNaN(d.getTime()) ? null : d;
}

function text(value: string | null | undefined): string | null {
  if (value === null || value === undefined || value === '') return null;
  // A cell holds at most 32,767 characters; formulas are never written, so text starting with = stays text.
  return value.length > MAX_TEXT ? value.slice(0, MAX_TEXT) : value;
}

function round1(value: number | null | undefined): number | null {
  return value === null || value === undefined ? null : Math.round(value * 10) / 10;
}

interface Column {
  header: string;
  key: string;
  width: number;
  numFmt?: string;
  wrap?: boolean;
}

/** A sheet with a bold, frozen header row, column widths and formats, and an auto filter. */
function addTable(wb: Workbook, name: string, columns: Column[], rows: Array<Record<string, unknown>>): Worksheet {
  const ws = wb.addWorksheet(name, { views: [{ state: 'frozen', ySplit: 1, xSplit: 0 }] });
  ws.columns = columns.map((c) => ({ header: c.header, key: c.key, width: c.width, style: { numFmt: c.numFmt, alignment: c.wrap ? { wrapText: true, vertical: 'top' } : { vertical: 'top' } } }));
  ws.getRow(1).font = { bold: true };
  ws.getRow(1).alignment = { wrapText: true, vertical: 'top' };
  for (const row of rows) ws.addRow(row);
  if (rows.length > 0) ws.autoFilter = { from: { row: 1, column: 1 }, to: { row: 1, column: columns.length } };
  return ws;
}

/** The cover: label and value pairs, the values typed (numbers, dates or text). */
function addCover(wb: Workbook, strings: PortfolioStrings, title: string, facts: Array<[string, string | number | Date | null]>, notes: string[]): Worksheet {
  const ws = wb.addWorksheet(strings.xlCover, { views: [{ state: 'frozen', ySplit: 1 }] });
  ws.columns = [
    { key: 'label', width: 30 },
    { key: 'value', width: 60, style: { alignment: { wrapText: true, vertical: 'top' } } }
  ];
  const head = ws.addRow([title]);
  head.font = { bold: true, size: 14 };
  for (const [label, value] of facts) {
    const row = ws.addRow([label, value]);
    row.getCell(1).font = { bold: true };
    if (value instanceof Date) row.getCell(2).numFmt = DATE_FORMAT;
    row.getCell(2).alignment = { horizontal: 'left', wrapText: true, vertical: 'top' };
  }
  for (const note of notes) {
    ws.addRow([]);
    const row = ws.addRow([note]);
    ws.mergeCells(row.number, 1, row.number, 2);
    row.getCell(1).alignment = { wrapText: true, vertical: 'top' };
  }
  return ws;
}

// ---------------------------------------------------------------------------------------------
// The cycle report

export interface CycleReportInput {
  /** The organisation (the site's title). */
  organisation: string;
  serviceName: string;
  cycle: Cycle;
  /** The published results; null when not published (the results sheets are then left out). */
  results: PublishedResults | null;
  /** The cycle's pinned pack. */
  pack: ModelPack;
  actions: Action[];
  measures: MeasureRecord[];
  reviews: Review[];
  /** The CQC Well-led evidence summary, when the person may read it (managers). */
  evidence?: EvidenceGroup[] | null;
  generatedAt: Date;
  strings?: PortfolioStrings;
  /** The phases' names (src/loc/kit.ts); English when left out. */
  phases?: Record<Phase, string>;
  /** The actions' statuses' names (src/loc/kit.ts); English when left out. */
  statuses?: Record<ActionStatus, string>;
}

function phaseLabel(labels: Record<Phase, string> | undefined, phase: string | null): string | null {
  const names: Record<string, string> = labels ?? enGBKit.phases;
  return phase === null ? null : (names[phase] ?? phase);
}

function areaName(pack: ModelPack, id: string): string {
  return pack.pillars.find((p) => p.id === id)?.name ?? id;
}

function staffShown(results: PublishedResults): Extract<PublishedResults['staff'], { status: 'shown' }> | null {
  return results.staff !== null && results.staff.status === 'shown' && results.staff.respondents >= results.minimumGroupSize ? results.staff : null;
}

function coverOfCycle(wb: Workbook, input: CycleReportInput, s: PortfolioStrings): void {
  const { cycle, results, pack } = input;
  const staff = results ? staffShown(results) : null;
  const facts: Array<[string, string | number | Date | null]> = [
    [s.xlOrganisation, input.organisation],
    [s.xlService, input.serviceName],
    [s.xlCycle, cycle.title],
    [s.xlPhase, phaseLabel(input.phases, cycle.phase)],
    [s.xlStart, excelDate(cycle.startDate)],
    [s.xlEnd, excelDate(cycle.endDate)],
    [s.xlPack, format(s.xlPackName, { title: pack.title, id: pack.id })],
    [s.xlPackVersion, pack.version],
    [s.xlPackDate, excelDate(pack.date)],
    [s.xlPublished, results ? excelDate(results.publishedAt) : s.xlNotPublished],
    [s.xlMinimum, results?.minimumGroupSize ?? cycle.minimumGroupSize ?? null],
    [s.xlLeadersAnswered, results?.leaders?.respondents ?? null]
  ];
  if (staff) facts.push([s.xlStaffAnswered, staff.respondents]);
  facts.push([s.xlGenerated, input.generatedAt]);
  const notes = [s.xlScoresNote];
  if (results && results.staff !== null && !staff) notes.push(format(s.xlStaffHidden, { minimum: results.minimumGroupSize }));
  if (pack.cqc.note) notes.push(pack.cqc.note);
  const ws = addCover(wb, s, s.xlReportTitle, facts, notes);
  // The moment of publication, with its time, beside the day.
  if (results) {
    const row = ws.getRow(facts.findIndex(([label]) => label === s.xlPublished) + 2);
    row.getCell(2).value = excelMoment(results.publishedAt);
    row.getCell(2).numFmt = DATE_TIME_FORMAT;
  }
}

function pillarsSheet(wb: Workbook, input: CycleReportInput, results: PublishedResults, s: PortfolioStrings): void {
  const staff = staffShown(results);
  const leaders = new Map([...(results.leaders?.pillars ?? []), ...(results.leaders?.themes ?? [])].map((a) => [a.areaId, a]));
  const staffAreas = new Map([...(staff?.pillars ?? []), ...(staff?.themes ?? [])].map((a) => [a.areaId, a]));
  const areas = [...corePillars(input.pack), ...crossCuttingThemes(input.pack)];
  const rows = areas.map((p) => {
    const l = round1(leaders.get(p.id)?.percent);
    const st = staff ? round1(staffAreas.get(p.id)?.percent) : null;
    return {
      area: p.name,
      kind: p.crossCutting ? s.kindTheme : s.kindPillar,
      leaders: l,
      staff: st,
      gap: l !== null && st !== null ? round1(l - st) : null,
      scored: leaders.get(p.id)?.statementsScored ?? null,
      note: staff || results.staff === null ? null : format(s.xlStaffHidden, { minimum: results.minimumGroupSize })
    };
  });
  addTable(
    wb,
    s.xlPillars,
    [
      { header: s.colArea, key: 'area', width: 40, wrap: true },
      { header: s.colKind, key: 'kind', width: 20 },
      { header: s.colLeaders, key: 'leaders', width: 12, numFmt: ONE_DECIMAL },
      { header: s.colStaff, key: 'staff', width: 12, numFmt: ONE_DECIMAL },
      { header: s.colGap, key: 'gap', width: 18, numFmt: ONE_DECIMAL },
      { header: s.colStatementsScored, key: 'scored', width: 12 },
      { header: s.colNote, key: 'note', width: 40, wrap: true }
    ],
    rows
  );
}

function statementsSheet(wb: Workbook, input: CycleReportInput, results: PublishedResults, s: PortfolioStrings): void {
  const staff = staffShown(results);
  const groups: Array<[string, NonNullable<PublishedResults['leaders']> | null, boolean]> = [
    [s.audienceLeaders, results.leaders, true],
    [s.audienceStaff, staff, false]
  ];
  const rows: Array<Record<string, unknown>> = [];
  for (const [audience, scores, isLeaders] of groups) {
    if (!scores) continue;
    for (const st of scores.statements) {
      const found = findStatement(input.pack, st.statementId);
      rows.push({
        area: areaName(input.pack, st.areaId),
        audience,
        id: st.statementId,
        statement: found?.statement.text ?? st.statementId,
        answers: st.hidden ? null : st.validAnswers,
        mean: st.hidden ? null : round1(st.mean === null ? null : st.mean),
        score: st.hidden ? null : round1(st.percent),
        disagreement: isLeaders && st.disagreement !== null ? (st.disagreement ? s.yes : s.no) : null,
        note: st.hidden ? format(s.xlStatementHidden, { minimum: results.minimumGroupSize }) : null
      });
    }
  }
  addTable(
    wb,
    s.xlStatements,
    [
      { header: s.colArea, key: 'area', width: 30, wrap: true },
      { header: s.colAudience, key: 'audience', width: 10 },
      { header: s.colStatementId, key: 'id', width: 16 },
      { header: s.colStatement, key: 'statement', width: 60, wrap: true },
      { header: s.colAnswers, key: 'answers', width: 10 },
      { header: s.colMean, key: 'mean', width: 10, numFmt: '0.00' },
      { header: s.colScore, key: 'score', width: 10, numFmt: ONE_DECIMAL },
      { header: s.colDisagreement, key: 'disagreement', width: 12 },
      { header: s.colNote, key: 'note', width: 30, wrap: true }
    ],
    rows
  );
}

function actionsSheet(wb: Workbook, input: CycleReportInput, s: PortfolioStrings): void {
  const today = input.generatedAt.toISOString().slice(0, 10);
  const open: readonly ActionStatus[] = ['not-started', 'in-progress', 'on-hold'];
  const rows = input.actions.map((a) => {
    const latest = a.progressNotes.length > 0 ? a.progressNotes[a.progressNotes.length - 1] : null;
    return {
      title: text(a.title),
      area: a.pillarId ? areaName(input.pack, a.pillarId) : null,
      statement: a.statementId ? (findStatement(input.pack, a.statementId)?.statement.text ?? a.statementId) : null,
      status: (input.statuses ?? enGBKit.actionStatuses)[a.status],
      priority: a.priority ? s.priorityLabels[a.priority] : null,
      due: excelDate(a.dueDate),
      completed: excelDate(a.completedDate),
      overdue: a.dueDate !== null && a.dueDate < today && open.includes(a.status) ? s.yes : s.no,
      success: text(a.successMeasure),
      detail: text(a.detail),
      note: latest ? text(latest.text) : null
    };
  });
  addTable(
    wb,
    s.xlActions,
    [
      { header: s.colAction, key: 'title', width: 40, wrap: true },
      { header: s.colArea, key: 'area', width: 28, wrap: true },
      { header: s.colStatement, key: 'statement', width: 40, wrap: true },
      { header: s.colStatus, key: 'status', width: 14 },
      { header: s.colPriority, key: 'priority', width: 10 },
      { header: s.colDue, key: 'due', width: 14, numFmt: DATE_FORMAT },
      { header: s.colCompleted, key: 'completed', width: 14, numFmt: DATE_FORMAT },
      { header: s.colOverdue, key: 'overdue', width: 10 },
      { header: s.colSuccess, key: 'success', width: 36, wrap: true },
      { header: s.colDetail, key: 'detail', width: 48, wrap: true },
      { header: s.colLatestNote, key: 'note', width: 48, wrap: true }
    ],
    rows
  );
}

function measuresSheet(wb: Workbook, input: CycleReportInput, s: PortfolioStrings): void {
  const sorted = [...input.measures].sort((a, b) => a.measureId.localeCompare(b.measureId) || a.periodEnd.localeCompare(b.periodEnd) || a.id - b.id);
  const rows = sorted.map((m) => {
    const def = findMeasure(input.pack, m.measureId);
    return {
      measure: def?.name ?? m.measureId,
      period: text(m.period),
      end: excelDate(m.periodEnd),
      numerator: m.numerator,
      denominator: m.denominator,
      value: m.value,
      unit: def?.unit ?? null,
      benchmark: def?.benchmarks.find((b) => b.kind === 'national')?.value ?? null,
      source: text(m.source),
      note: text(m.note)
    };
  });
  addTable(
    wb,
    s.xlMeasures,
    [
      { header: s.colMeasure, key: 'measure', width: 36, wrap: true },
      { header: s.colPeriod, key: 'period', width: 18 },
      { header: s.colPeriodEnd, key: 'end', width: 14, numFmt: DATE_FORMAT },
      { header: s.colNumerator, key: 'numerator', width: 12 },
      { header: s.colDenominator, key: 'denominator', width: 12 },
      { header: s.colValue, key: 'value', width: 10, numFmt: '0.0#' },
      { header: s.colUnit, key: 'unit', width: 16 },
      { header: s.colBenchmark, key: 'benchmark', width: 12, numFmt: '0.0#' },
      { header: s.colSource, key: 'source', width: 20, wrap: true },
      { header: s.colNote, key: 'note', width: 40, wrap: true }
    ],
    rows
  );
}

function reviewSheet(wb: Workbook, input: CycleReportInput, s: PortfolioStrings): void {
  const order = new Map(input.pack.pillars.map((p, i) => [p.id, i]));
  const rows = [...input.reviews]
    .sort((a, b) => (order.get(a.pillarId) ?? 99) - (order.get(b.pillarId) ?? 99))
    .map((r) => ({
      area: areaName(input.pack, r.pillarId),
      changed: text(r.whatChanged),
      evidence: text(r.evidence),
      rescore: r.rescore,
      decisions: text(r.decisions)
    }));
  addTable(
    wb,
    s.xlReview,
    [
      { header: s.colArea, key: 'area', width: 30, wrap: true },
      { header: s.colWhatChanged, key: 'changed', width: 48, wrap: true },
      { header: s.colEvidence, key: 'evidence', width: 48, wrap: true },
      { header: s.colRescore, key: 'rescore', width: 12, numFmt: ONE_DECIMAL },
      { header: s.colDecisions, key: 'decisions', width: 48, wrap: true }
    ],
    rows
  );
}

/** The CQC Well-led evidence summary: one row per quality statement and statement that serves it. */
function evidenceSheet(wb: Workbook, groups: EvidenceGroup[], s: PortfolioStrings, statuses: Record<ActionStatus, string>): void {
  const rows: Array<Record<string, unknown>> = [];
  for (const g of groups) {
    const qs = g.qualityStatement.title;
    const actions = g.actions.map((a) => format(s.xlActionLine, { title: a.title, status: statuses[a.status] })).join('\n') || null;
    const measures = g.measures.map((m) => format(s.xlMeasureLine, { measure: m.name, value: m.value === null ? '–' : String(m.value), unit: m.unit }).trim()).join('\n') || null;
    if (g.statements.length === 0) rows.push({ qs, actions, measures });
    g.statements.forEach((st, i) =>
      rows.push({
        qs,
        area: st.areaName,
        audience: st.audience === 'leaders' ? s.audienceLeaders : s.audienceStaff,
        statement: st.text,
        score: st.hidden ? null : round1(st.percent),
        note: st.hidden ? s.xlEvidenceHidden : null,
        evidence: text(st.notes.join('\n')),
        links: text(st.links.join('\n')),
        actions: i === 0 ? actions : null,
        measures: i === 0 ? measures : null
      })
    );
  }
  const ws = addTable(
    wb,
    s.xlEvidence,
    [
      { header: s.colQualityStatement, key: 'qs', width: 30, wrap: true },
      { header: s.colArea, key: 'area', width: 24, wrap: true },
      { header: s.colAudience, key: 'audience', width: 10 },
      { header: s.colStatement, key: 'statement', width: 48, wrap: true },
      { header: s.colScore, key: 'score', width: 10, numFmt: ONE_DECIMAL },
      { header: s.colNote, key: 'note', width: 24, wrap: true },
      { header: s.colEvidence, key: 'evidence', width: 48, wrap: true },
      { header: s.colLinks, key: 'links', width: 40, wrap: true },
      { header: s.xlActions, key: 'actions', width: 40, wrap: true },
      { header: s.xlMeasures, key: 'measures', width: 32, wrap: true }
    ],
    rows
  );
  // The mapping's status, where nobody can miss it: under the table.
  ws.addRow([]);
  ws.addRow([s.xlMappingNote]);
}

/** The cycle report as an exceljs Workbook. `onProgress` is told before each sheet; the builder yields between sheets. */
export async function buildCycleWorkbook(input: CycleReportInput, onProgress: Progress = () => undefined): Promise<Workbook> {
  const s = input.strings ?? enGBPortfolio;
  const excel = await loadExcel();
  const wb = new excel.Workbook();
  wb.creator = 'WPQ';
  wb.created = input.generatedAt;
  const results = input.results;
  const steps: Array<() => void> = [() => coverOfCycle(wb, input, s)];
  if (results) steps.push(() => pillarsSheet(wb, input, results, s), () => statementsSheet(wb, input, results, s));
  steps.push(
    () => actionsSheet(wb, input, s),
    () => measuresSheet(wb, input, s),
    () => reviewSheet(wb, input, s)
  );
  if (input.evidence) {
    const groups = input.evidence;
    steps.push(() => evidenceSheet(wb, groups, s, input.statuses ?? enGBKit.actionStatuses));
  }
  for (let i = 0; i < steps.length; i++) {
    onProgress(i + 1, steps.length);
    steps[i]();
    await pause();
  }
  return wb;
}

// ---------------------------------------------------------------------------------------------
// The portfolio

export interface PortfolioWorkbookInput {
  title: string;
  generatedAt: Date;
  entries: PortfolioEntry[];
  strings?: PortfolioStrings;
  /** The phases' names (src/loc/kit.ts); English when left out. */
  phases?: Record<Phase, string>;
}

export async function buildPortfolioWorkbook(input: PortfolioWorkbookInput, onProgress: Progress = () => undefined): Promise<Workbook> {
  const s = input.strings ?? enGBPortfolio;
  const excel = await loadExcel();
  const wb = new excel.Workbook();
  wb.creator = 'WPQ';
  wb.created = input.generatedAt;
  onProgress(1, 2);
  addCover(wb, s, s.xlPortfolioTitle, [
    [s.xlOrganisation, input.title],
    [s.xlGenerated, input.generatedAt]
  ], [s.xlScoresNote]);
  await pause();
  onProgress(2, 2);
  const measureIds: string[] = [];
  for (const e of input.entries) for (const m of e.measures) if (!measureIds.includes(m.measureId)) measureIds.push(m.measureId);
  const concernName = { gap: s.concernGap, overdue: s.concernOverdue, measure: s.concernMeasure };
  const rows = input.entries.map((e) => {
    const row: Record<string, unknown> = {
      source: e.source === 'own' ? s.ownService : s.imported,
      provider: e.providerName ?? input.title,
      service: e.name,
      cycle: e.cycleTitle,
      phase: phaseLabel(input.phases, e.phase),
      leaders: round1(e.leaders?.overall ?? null),
      staff: e.staff.kind === 'shown' ? round1(e.staff.overall) : null,
      staffNote: e.staff.kind === 'hidden' ? format(s.staffHidden, { minimum: e.staff.minimumGroupSize }) : null,
      gap: round1(e.gap),
      open: e.openActions,
      overdue: e.overdueActions,
      concerns: e.concerns.map((c) => concernName[c]).join('; ') || null,
      imported: excelDate(e.importedAt)
    };
    for (const m of e.measures) row[`m:${m.measureId}`] = m.value;
    return row;
  });
  const measureColumns: Column[] = measureIds.map((id) => {
    const found = input.entries.flatMap((e) => e.measures).find((m) => m.measureId === id);
    return { header: format(s.xlMeasureHeader, { measure: found?.name ?? id, unit: found?.unit ?? '' }), key: `m:${id}`, width: 16, numFmt: '0.0#' };
  });
  addTable(
    wb,
    s.xlPortfolio,
    [
      { header: s.colSource2, key: 'source', width: 14 },
      { header: s.colProvider, key: 'provider', width: 28, wrap: true },
      { header: s.xlService, key: 'service', width: 30, wrap: true },
      { header: s.xlCycle, key: 'cycle', width: 18 },
      { header: s.xlPhase, key: 'phase', width: 10 },
      { header: s.colLeaders, key: 'leaders', width: 12, numFmt: ONE_DECIMAL },
      { header: s.colStaff, key: 'staff', width: 12, numFmt: ONE_DECIMAL },
      { header: s.colNote, key: 'staffNote', width: 28, wrap: true },
      { header: s.colGap, key: 'gap', width: 14, numFmt: ONE_DECIMAL },
      { header: s.colOpen, key: 'open', width: 10 },
      { header: s.colOverdue, key: 'overdue', width: 10 },
      ...measureColumns,
      { header: s.colConcerns, key: 'concerns', width: 30, wrap: true },
      { header: s.colImported, key: 'imported', width: 14, numFmt: DATE_FORMAT }
    ],
    rows
  );
  await pause();
  return wb;
}

/** The .xlsx bytes of a workbook. */
export async function workbookBytes(wb: Workbook): Promise<ArrayBuffer> {
  return (await wb.xlsx.writeBuffer()) as ArrayBuffer;
}
