/**
 * Figures from a spreadsheet: rows pasted from a spreadsheet (tab-separated), a CSV file or an .xlsx
 * workbook, read into cells and then checked row by row. Pure and free of the DOM, so it runs in Node.
 * papaparse and exceljs are loaded with import() here only, when someone first pastes or picks a file.
 *
 * Columns: measure (the pack's id or name), period end, numerator, denominator and an optional note.
 * Dates are ISO (2026-06-30), UK (30/06/2026) or real Excel dates; each imported figure is for the
 * quarter ending on its period end (see the period rule in src/domain/measures.ts).
 */
import {
  DEFAULT_PERIOD_MONTHS,
  figureProblems,
  isCalendarDate,
  overlapsOf,
  periodLabel,
  type FigureFacts,
  type FigureProblemCode
} from '../../../domain';
import { findMeasure, type ModelPack } from '../../../model';

/** Files above this size are refused before they are read. */
export const MAX_SHEET_BYTES = 5 * 1024 * 1024;
/** Rows in one import. */
export const MAX_SHEET_ROWS = 5000;
/** Characters in a note. */
export const MAX_NOTE_CHARS = 2000;

export const SHEET_COLUMNS = ['measure', 'periodEnd', 'numerator', 'denominator', 'note'] as const;
export type SheetColumn = (typeof SHEET_COLUMNS)[number];
const REQUIRED_COLUMNS: readonly SheetColumn[] = ['measure', 'periodEnd', 'numerator', 'denominator'];

/** A cell as read: text, a number, a date, or a formula (refused wherever it is). */
export type Cell = string | number | boolean | Date | null | { formula: string };

export type SheetProblemCode =
  | 'tooBig'
  | 'unsupportedFile'
  | 'notWorkbook'
  | 'noSheet'
  | 'empty'
  | 'tooManyRows'
  | 'wrongColumns'
  | 'formula'
  | 'usDate'
  | 'ambiguousDate'
  | 'noteTooLong'
  | FigureProblemCode;

export interface SheetProblem {
  /** The row in the spreadsheet (the header is row 1) or the line pasted; null for the whole file. */
  row: number | null;
  column: SheetColumn | null;
  code: SheetProblemCode;
  /** For an overlap: the row or the stored figure it overlaps. */
  other?: { row?: number; periodEnd: string };
}

export interface SheetRow {
  row: number;
  cells: Partial<Record<SheetColumn, Cell>>;
}

export type SheetRead = { ok: true; rows: SheetRow[] } | { ok: false; problems: SheetProblem[] };

/** A good row, ready to be recorded. */
export interface SheetFigure {
  row: number;
  measureId: string;
  period: string;
  periodEnd: string;
  numerator: number;
  denominator: number;
  note: string | null;
}

/** What the import needs to know to check rows. */
export interface SheetContext {
  pack: ModelPack;
  serviceId: number;
  /** The service's stored figures, for overlaps. */
  stored: readonly FigureFacts[];
  /** YYYY-MM-DD. */
  today: string;
}

/** The smallest part of a File this needs (a browser File, or a test's stand-in). */
export interface SheetFile {
  name: string;
  size: number;
  arrayBuffer(): Promise<ArrayBuffer>;
}

const fail = (code: SheetProblemCode, column: SheetColumn | null = null): SheetRead => ({ ok: false, problems: [{ row: null, column, code }] });

function headerKey(text: unknown): SheetColumn | null {
  if (typeof text !== 'string') return null;
  const key = text.toLowerCase().replace(/[^a-z]/g, '');
  switch (key) {
    case 'measure':
    case 'measureid':
    case 'measurename':
      return 'measure';
    case 'periodend':
      return 'periodEnd';
    case 'numerator':
      return 'numerator';
    case 'denominator':
      return 'denominator';
    case 'note':
    case 'notes':
      return 'note';
    default:
      return null;
  }
}

/** The columns a header row names, or null when it is not the expected header. */
function columnsOf(header: readonly Cell[]): SheetColumn[] | null {
  const cells = [...header];
  while (cells.length > 0 && isBlank(cells[cells.length - 1])) cells.pop();
  const keys = cells.map(headerKey);
  if (keys.some((k) => k === null)) return null;
  const columns = keys as SheetColumn[];
  if (new Set(columns).size !== columns.length) return null;
  if (!REQUIRED_COLUMNS.every((c) => columns.includes(c))) return null;
  return columns;
}

function isBlank(cell: Cell | undefined): boolean {
  return cell === null || cell === undefined || (typeof cell === 'string' && cell.trim() === '');
}

/** Rows of cells (numbered from 1) into sheet rows, the first being the header when `header` is 'required'. */
function toRows(grid: ReadonlyArray<{ row: number; cells: Cell[] }>, header: 'required' | 'optional'): SheetRead {
  const filled = grid.filter((r) => r.cells.some((c) => !isBlank(c)));
  if (filled.length === 0) return fail('empty');
  let columns = columnsOf(filled[0].cells);
  let data = filled.slice(1);
  if (columns === null) {
    if (header === 'required') return fail('wrongColumns');
    // Pasted without the header: the columns in the usual order.
    columns = [...SHEET_COLUMNS];
    data = filled;
  }
  if (data.length === 0) return fail('empty');
  if (data.length > MAX_SHEET_ROWS) return fail('tooManyRows');
  const cols = columns;
  return {
    ok: true,
    rows: data.map((r) => {
      const cells: Partial<Record<SheetColumn, Cell>> = {};
      cols.forEach((c, i) => {
        cells[c] = r.cells[i] ?? null;
      });
      return { row: r.row, cells };
    })
  };
}

async function parseDelimited(text: string, delimiter: string): Promise<Array<{ row: number; cells: Cell[] }>> {
  const Papa = (await import(/* webpackChunkName: 'wpq-papaparse' */ 'papaparse')).default;
  const result = Papa.parse<string[]>(text.replace(/^\uFEFF/, ''), { delimiter, skipEmptyLines: false, header: false });
  return result.data.map((cells, i) => ({ row: i + 1, cells: cells.map((c) => (typeof c === 'string' && c.trim().startsWith('=') ? { formula: c.trim() } : c)) }));
}

/** Rows pasted from a spreadsheet: tab-separated, with or without the header row. */
export async function readPasted(text: string): Promise<SheetRead> {
  if (text.length > MAX_SHEET_BYTES) return fail('tooBig');
  return toRows(await parseDelimited(text, '\t'), 'optional');
}

/** A CSV file's text: the header row is required. */
export async function readCsv(text: string): Promise<SheetRead> {
  if (text.length > MAX_SHEET_BYTES) return fail('tooBig');
  return toRows(await parseDelimited(text, ''), 'required');
}

/** A cell of exceljs as one of ours. */
function fromExcel(value: unknown): Cell {
  if (value === null || value === undefined) return null;
  if (typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean' || value instanceof Date) return value;
  if (typeof value === 'object') {
    const v = value as Record<string, unknown>;
    if (typeof v.formula === 'string' || typeof v.sharedFormula === 'string') return { formula: String(v.formula ?? v.sharedFormula) };
    if (Array.isArray(v.richText)) return v.richText.map((part: { text?: unknown }) => String(part.text ?? '')).join('');
    if (typeof v.text === 'string') return v.text;
    if ('error' in v) return String(v.error);
  }
  return String(value);
}

/** An .xlsx workbook's first worksheet: the header row is required. */
export async function readWorkbook(buffer: ArrayBuffer): Promise<SheetRead> {
  if (buffer.byteLength > MAX_SHEET_BYTES) return fail('tooBig');
  const bytes = new Uint8Array(buffer);
  // Every .xlsx is a zip archive, which starts "PK\x03\x04".
  if (bytes.length < 4 || bytes[0] !== 0x50 || bytes[1] !== 0x4b || bytes[2] !== 0x03 || bytes[3] !== 0x04) return fail('notWorkbook');
  const ExcelJS = (await import(/* webpackChunkName: 'wpq-exceljs' */ 'exceljs')).default;
  const workbook = new ExcelJS.Workbook();
  try {
    await workbook.xlsx.load(buffer);
  } catch {
    return fail('notWorkbook');
  }
  const sheet = workbook.worksheets[0];
  if (!sheet) return fail('noSheet');
  if (sheet.rowCount > MAX_SHEET_ROWS + 1) return fail('tooManyRows');
  const grid: Array<{ row: number; cells: Cell[] }> = [];
  sheet.eachRow({ includeEmpty: false }, (row, rowNumber) => {
    const cells: Cell[] = [];
    for (let c = 1; c <= Math.max(row.cellCount, SHEET_COLUMNS.length); c++) cells.push(fromExcel(row.getCell(c).value));
    grid.push({ row: rowNumber, cells });
  });
  return toRows(grid, 'required');
}

/** A picked file: its size is checked before anything is read. */
export async function readSheetFile(file: SheetFile): Promise<SheetRead> {
  if (file.size > MAX_SHEET_BYTES) return fail('tooBig');
  const name = file.name.toLowerCase();
  if (name.endsWith('.xlsx')) return readWorkbook(await file.arrayBuffer());
  if (name.endsWith('.csv') || name.endsWith('.txt')) {
    const text = new TextDecoder('utf-8').decode(await file.arrayBuffer());
    return name.endsWith('.txt') ? readPasted(text) : readCsv(text);
  }
  return fail('unsupportedFile');
}

// ---------------------------------------------------------------------------------------------
// Checking rows

type Parsed<T> = { ok: true; value: T } | { ok: false; code: SheetProblemCode };

const ISO = /^\d{4}-\d{2}-\d{2}$/;
const UK = /^(\d{1,2})\/(\d{1,2})\/(\d{4})$/;
const OTHER_NUMERIC_DATE = /^\d{1,4}[/.-]\d{1,2}[/.-]\d{1,4}$/;

export function parseDate(cell: Cell | undefined): Parsed<string> {
  if (isBlank(cell)) return { ok: false, code: 'missing' };
  if (cell instanceof Date) {
    if (Number.isNaN(cell.getTime())) return { ok: false, code: 'badDate' };
    // exceljs gives an Excel date as midnight UTC of that day.
    return { ok: true, value: cell.toISOString().slice(0, 10) };
  }
  if (typeof cell === 'object' && cell !== null) return { ok: false, code: 'formula' };
  if (typeof cell !== 'string') return { ok: false, code: 'badDate' };
  const text = cell.trim();
  if (ISO.test(text)) return isCalendarDate(text) ? { ok: true, value: text } : { ok: false, code: 'badDate' };
  const uk = UK.exec(text);
  if (uk) {
    const [day, month, year] = [Number(uk[1]), Number(uk[2]), uk[3]];
    // 12/31/2026 can only be month first: refused, not guessed.
    if (month > 12 && day <= 12) return { ok: false, code: 'usDate' };
    const iso = `${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
    return isCalendarDate(iso) ? { ok: true, value: iso } : { ok: false, code: 'badDate' };
  }
  // 03-04-26, 3.4.2026, 3/4/26: the order or the century is not certain.
  if (OTHER_NUMERIC_DATE.test(text)) return { ok: false, code: 'ambiguousDate' };
  return { ok: false, code: 'badDate' };
}

export function parseCount(cell: Cell | undefined): Parsed<number> {
  if (isBlank(cell)) return { ok: false, code: 'missing' };
  if (typeof cell === 'number') return Number.isFinite(cell) ? { ok: true, value: cell } : { ok: false, code: 'notNumber' };
  if (typeof cell === 'object' && cell !== null && !(cell instanceof Date)) return { ok: false, code: 'formula' };
  if (typeof cell !== 'string') return { ok: false, code: 'notNumber' };
  const text = cell.trim();
  if (!/^[+-]?\d+(\.\d+)?$/.test(text)) return { ok: false, code: 'notNumber' };
  return { ok: true, value: Number(text) };
}

function parseMeasure(cell: Cell | undefined, pack: ModelPack): Parsed<string> {
  if (isBlank(cell)) return { ok: false, code: 'missing' };
  if (typeof cell === 'object' && cell !== null && !(cell instanceof Date)) return { ok: false, code: 'formula' };
  const text = String(cell).trim().toLowerCase();
  const measure = pack.measures.find((m) => m.id.toLowerCase() === text || m.name.trim().toLowerCase() === text);
  return measure ? { ok: true, value: measure.id } : { ok: false, code: 'unknownMeasure' };
}

function parseNote(cell: Cell | undefined): Parsed<string | null> {
  if (isBlank(cell)) return { ok: true, value: null };
  if (typeof cell === 'object' && cell !== null && !(cell instanceof Date)) return { ok: false, code: 'formula' };
  const text = cell instanceof Date ? cell.toISOString().slice(0, 10) : String(cell).trim();
  return text.length > MAX_NOTE_CHARS ? { ok: false, code: 'noteTooLong' } : { ok: true, value: text };
}

const FIELD_COLUMN: Record<string, SheetColumn> = { measure: 'measure', periodEnd: 'periodEnd', numerator: 'numerator', denominator: 'denominator' };

/**
 * Checks every row: each cell, then the measures rules (no negative counts, a percentage's numerator
 * no more than its denominator, no period ending after today), then overlaps with other rows and with
 * the stored figures. The figures are given only when every row is good.
 */
export function checkSheetRows(rows: readonly SheetRow[], context: SheetContext): { figures: SheetFigure[]; problems: SheetProblem[] } {
  const problems: SheetProblem[] = [];
  const candidates: Array<{ row: number; figure: SheetFigure }> = [];
  for (const r of rows) {
    const found: SheetProblem[] = [];
    const measure = parseMeasure(r.cells.measure, context.pack);
    const periodEnd = parseDate(r.cells.periodEnd);
    const numerator = parseCount(r.cells.numerator);
    const denominator = parseCount(r.cells.denominator);
    const note = parseNote(r.cells.note);
    const cellResults: Array<[SheetColumn, Parsed<unknown>]> = [
      ['measure', measure],
      ['periodEnd', periodEnd],
      ['numerator', numerator],
      ['denominator', denominator],
      ['note', note]
    ];
    for (const [column, result] of cellResults) if (!result.ok) found.push({ row: r.row, column, code: result.code });
    const failed = new Set(found.map((p) => p.column));
    const facts: FigureFacts = {
      serviceId: context.serviceId,
      measureId: measure.ok ? measure.value : '',
      period: null,
      periodEnd: periodEnd.ok ? periodEnd.value : '',
      numerator: numerator.ok ? numerator.value : null,
      denominator: denominator.ok ? denominator.value : null
    };
    const formula = measure.ok ? findMeasure(context.pack, measure.value)?.formula : undefined;
    for (const p of figureProblems(facts, formula, context.today)) {
      const column = FIELD_COLUMN[p.field];
      if (!failed.has(column)) found.push({ row: r.row, column, code: p.code });
    }
    problems.push(...found);
    if (measure.ok && periodEnd.ok && !failed.has('periodEnd') && !found.some((p) => p.column === 'periodEnd')) {
      candidates.push({
        row: r.row,
        figure: {
          row: r.row,
          measureId: measure.value,
          period: periodLabel(periodEnd.value, DEFAULT_PERIOD_MONTHS),
          periodEnd: periodEnd.value,
          numerator: numerator.ok ? numerator.value : 0,
          denominator: denominator.ok ? denominator.value : 0,
          note: note.ok ? note.value : null
        }
      });
    }
  }
  // Overlaps, among the rows whose measure and date are good, in row order.
  const facts = candidates.map((c) => ({ ...c.figure, serviceId: context.serviceId }));
  const overlaps = overlapsOf(facts, context.stored);
  for (const [i, clash] of overlaps) {
    // An earlier row (the same object) or a stored figure (no row).
    const j = facts.indexOf(clash as (typeof facts)[number]);
    const otherRow = j >= 0 ? candidates[j] : undefined;
    problems.push({ row: candidates[i].row, column: 'periodEnd', code: 'overlap', other: { row: otherRow?.row, periodEnd: clash.periodEnd } });
  }
  problems.sort((a, b) => (a.row ?? 0) - (b.row ?? 0) || SHEET_COLUMNS.indexOf(a.column ?? 'measure') - SHEET_COLUMNS.indexOf(b.column ?? 'measure'));
  if (problems.length > 0) return { figures: [], problems };
  return { figures: candidates.map((c) => c.figure), problems: [] };
}
