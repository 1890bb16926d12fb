/**
 * @jest-environment node
 */
import ExcelJS from 'exceljs';
import { defaultPack } from '../../../src/model';
import {
  MAX_SHEET_BYTES,
  checkSheetRows,
  parseDate,
  readCsv,
  readPasted,
  readSheetFile,
  readWorkbook,
  type SheetContext,
  type SheetRead
} from '../../../src/ui/measures/import/readSheet';

const context: SheetContext = { pack: defaultPack, serviceId: 3, stored: [], today: '2026-12-06' };

function rowsOf(read: SheetRead): Extract<SheetRead, { ok: true }>['rows'] {
  if (!read.ok) throw new Error(`Expected rows, got ${JSON.stringify(read.problems)}`);
  return read.rows;
}

async function workbook(rows: unknown[][], build?: (sheet: ExcelJS.Worksheet) => void): Promise<ArrayBuffer> {
  const wb = new ExcelJS.Workbook();
  const sheet = wb.addWorksheet('Figures');
  for (const r of rows) sheet.addRow(r);
  build?.(sheet);
  const buffer = await wb.xlsx.writeBuffer();
  return new Uint8Array(buffer as ArrayBuffer).slice().buffer;
}

function fileOf(name: string, data: ArrayBuffer | string, size?: number): { name: string; size: number; arrayBuffer: jest.Mock } {
  const bytes = typeof data === 'string' ? new TextEncoder().encode(data).buffer : data;
  return { name, size: size ?? bytes.byteLength, arrayBuffer: jest.fn(() => Promise.resolve(bytes)) };
}

const HEADER = ['Measure', 'Period end', 'Numerator', 'Denominator', 'Note'];

describe('reading figures from a spreadsheet', () => {
  it('reads pasted tab-separated rows with the header, numbering rows as pasted, and checks them into figures', async () => {
    const text = ['Measure\tPeriod end\tNumerator\tDenominator\tNote', 'turnover-rate\t2026-03-31\t6\t40\t', '', 'Vacancy rate\t30/06/2026\t3\t50\tTwo posts filled by agency'].join('\n');
    const rows = rowsOf(await readPasted(text));
    expect(rows.map((r) => r.row)).toEqual([2, 4]);
    const { figures, problems } = checkSheetRows(rows, context);
    expect(problems).toEqual([]);
    expect(figures).toEqual([
      { row: 2, measureId: 'turnover-rate', period: 'January to March 2026', periodEnd: '2026-03-31', numerator: 6, denominator: 40, note: null },
      { row: 4, measureId: 'vacancy-rate', period: 'April to June 2026', periodEnd: '2026-06-30', numerator: 3, denominator: 50, note: 'Two posts filled by agency' }
    ]);
  });

  it('reads pasted rows without a header in the usual column order', async () => {
    const rows = rowsOf(await readPasted('starters-rate\t2026-03-31\t4\t40\n'));
    expect(checkSheetRows(rows, context).figures).toHaveLength(1);
  });

  it('reports every bad row by row number and column, and gives no figures when any row is bad', async () => {
    const text = [
      HEADER.join('\t'),
      'turnover-rate\t2026-03-31\t6\t40\t',
      'No such measure\t2026-03-31\t6\t40\t',
      'vacancy-rate\t12/31/2026\t-2\t40\t',
      'vacancy-rate\tMarch\t41\t40\t',
      'starters-rate\t03-04-26\tsix\t\t',
      'zero-hours-share\t2027-03-31\t=A1*2\t40\t',
      'turnover-rate\t2026-02-28\t1\t40\tOverlaps row 2'
    ].join('\n');
    const { figures, problems } = checkSheetRows(rowsOf(await readPasted(text)), context);
    expect(figures).toEqual([]);
    expect(problems.map((p) => [p.row, p.column, p.code])).toEqual([
      [3, 'measure', 'unknownMeasure'],
      [4, 'periodEnd', 'usDate'],
      [4, 'numerator', 'negative'],
      [5, 'periodEnd', 'badDate'],
      [5, 'numerator', 'aboveDenominator'],
      [6, 'periodEnd', 'ambiguousDate'],
      [6, 'numerator', 'notNumber'],
      [6, 'denominator', 'missing'],
      [7, 'periodEnd', 'future'],
      [7, 'numerator', 'formula'],
      [8, 'periodEnd', 'overlap']
    ]);
    expect(problems[problems.length - 1].other).toEqual({ row: 2, periodEnd: '2026-03-31' });
  });

  it('refuses a row that overlaps a figure already stored', async () => {
    const stored = [{ serviceId: 3, measureId: 'turnover-rate', period: 'October to December 2025', periodEnd: '2025-12-31', numerator: 1, denominator: 2 }];
    const { problems } = checkSheetRows(rowsOf(await readPasted('turnover-rate\t31/01/2026\t1\t40')), { ...context, stored });
    expect(problems).toEqual([{ row: 1, column: 'periodEnd', code: 'overlap', other: { row: undefined, periodEnd: '2025-12-31' } }]);
  });

  it('accepts ISO and UK dates and refuses US-style, two-digit years and words', () => {
    expect(parseDate('2026-06-30')).toEqual({ ok: true, value: '2026-06-30' });
    expect(parseDate('30/06/2026')).toEqual({ ok: true, value: '2026-06-30' });
    expect(parseDate('1/7/2026')).toEqual({ ok: true, value: '2026-07-01' });
    expect(parseDate(new Date(Date.UTC(2026, 5, 30)))).toEqual({ ok: true, value: '2026-06-30' });
    expect(parseDate('06/30/2026')).toEqual({ ok: false, code: 'usDate' });
    expect(parseDate('30/06/26')).toEqual({ ok: false, code: 'ambiguousDate' });
    expect(parseDate('2026-02-30')).toEqual({ ok: false, code: 'badDate' });
    expect(parseDate('31/02/2026')).toEqual({ ok: false, code: 'badDate' });
    expect(parseDate('March 2026')).toEqual({ ok: false, code: 'badDate' });
    expect(parseDate(46000)).toEqual({ ok: false, code: 'badDate' });
  });

  it('reads a CSV file with the header, quoted commas in notes included', async () => {
    const csv = 'Measure,Period end,Numerator,Denominator,Note\r\nturnover-rate,31/03/2026,6,40,"Leavers, including retirements"\r\n';
    const read = await readSheetFile(fileOf('figures.csv', '\uFEFF' + csv));
    const { figures } = checkSheetRows(rowsOf(read), context);
    expect(figures).toEqual([{ row: 2, measureId: 'turnover-rate', period: 'January to March 2026', periodEnd: '2026-03-31', numerator: 6, denominator: 40, note: 'Leavers, including retirements' }]);
  });

  it('refuses a CSV with the wrong columns', async () => {
    expect(await readCsv('Measure,Date,Value\nturnover-rate,2026-03-31,15\n')).toEqual({ ok: false, problems: [{ row: null, column: null, code: 'wrongColumns' }] });
    expect(await readCsv('Measure,Period end,Numerator,Denominator,Note,Owner\nturnover-rate,2026-03-31,6,40,,Jo\n')).toMatchObject({ ok: false, problems: [{ code: 'wrongColumns' }] });
    expect(await readCsv('turnover-rate,2026-03-31,6,40,\n')).toMatchObject({ ok: false, problems: [{ code: 'wrongColumns' }] });
  });

  it('reads an .xlsx workbook with real Excel dates and numbers, reporting its row numbers', async () => {
    const buffer = await workbook([HEADER, ['Staff turnover rate', new Date(Date.UTC(2026, 2, 31)), 6, 40, null], [], ['vacancy-rate', '30/06/2026', 3, 50, 'Typed <b>note</b>']], (sheet) => {
      sheet.getColumn(2).numFmt = 'dd/mm/yyyy';
    });
    const rows = rowsOf(await readSheetFile(fileOf('figures.xlsx', buffer)));
    expect(rows.map((r) => r.row)).toEqual([2, 4]);
    const { figures, problems } = checkSheetRows(rows, context);
    expect(problems).toEqual([]);
    expect(figures.map((f) => [f.row, f.measureId, f.periodEnd, f.numerator, f.denominator, f.note])).toEqual([
      [2, 'turnover-rate', '2026-03-31', 6, 40, null],
      [4, 'vacancy-rate', '2026-06-30', 3, 50, 'Typed <b>note</b>']
    ]);
  });

  it('refuses a formula in an .xlsx cell where a number should be', async () => {
    const buffer = await workbook([HEADER, ['turnover-rate', '2026-03-31', { formula: 'B5*2', result: 6 }, 40, null]]);
    const { problems } = checkSheetRows(rowsOf(await readWorkbook(buffer)), context);
    expect(problems).toEqual([{ row: 2, column: 'numerator', code: 'formula' }]);
  });

  it('refuses an .xlsx that is not a workbook, and a zip that is not one either', async () => {
    expect(await readSheetFile(fileOf('figures.xlsx', 'measure,period end\n'))).toEqual({ ok: false, problems: [{ row: null, column: null, code: 'notWorkbook' }] });
    const zipHeaderOnly = new Uint8Array([0x50, 0x4b, 0x03, 0x04, 1, 2, 3, 4, 5, 6, 7, 8]).buffer;
    expect(await readSheetFile(fileOf('figures.xlsx', zipHeaderOnly))).toMatchObject({ ok: false, problems: [{ code: 'notWorkbook' }] });
  });

  it('refuses a 50 MB file before reading it, and a file of another kind', async () => {
    const big = fileOf('figures.xlsx', new ArrayBuffer(8), 50 * 1024 * 1024);
    expect(await readSheetFile(big)).toEqual({ ok: false, problems: [{ row: null, column: null, code: 'tooBig' }] });
    expect(big.arrayBuffer).not.toHaveBeenCalled();
    expect(await readSheetFile(fileOf('figures.csv', 'x', MAX_SHEET_BYTES + 1))).toMatchObject({ ok: false, problems: [{ code: 'tooBig' }] });
    const pdf = fileOf('figures.pdf', '%PDF-1.7');
    expect(await readSheetFile(pdf)).toMatchObject({ ok: false, problems: [{ code: 'unsupportedFile' }] });
    expect(pdf.arrayBuffer).not.toHaveBeenCalled();
  });

  it('refuses an empty paste', async () => {
    expect(await readPasted('\n\n')).toMatchObject({ ok: false, problems: [{ code: 'empty' }] });
  });
});
