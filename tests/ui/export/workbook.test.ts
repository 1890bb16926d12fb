import ExcelJS from 'exceljs';
import { defaultPack } from '../../../src/model';
import { buildCycleWorkbook, buildPortfolioWorkbook, loadExcel, workbookBytes, type CycleReportInput } from '../../../src/ui/export/workbook';
import { portfolioEntries } from '../../../src/ui/portfolio/portfolioModel';
import { evidenceGroups } from '../../../src/ui/evidence/evidenceModel';
import { cycle, hiddenStaffStatementId, measureRecords, publishedResults, staffScores } from '../results/fixtures';
import { providerSummary } from '../../data/portfolioSeed';
import { bigCycleReportInput, manyActions, reviews } from './bigCycle';

jest.setTimeout(60000);

async function reopen(input: CycleReportInput): Promise<ExcelJS.Workbook> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(await workbookBytes(await buildCycleWorkbook(input)));
  return wb;
}

function input(changes: Partial<CycleReportInput> = {}): CycleReportInput {
  return {
    organisation: 'Meadowbank Care',
    serviceName: 'Meadowbank House',
    cycle: cycle(),
    results: publishedResults(),
    pack: defaultPack,
    actions: manyActions(12),
    measures: measureRecords(),
    reviews: reviews(),
    generatedAt: new Date('2026-05-01T12:00:00Z'),
    ...changes
  };
}

/** The rows of a sheet below its header, keyed by header text. */
function rowsOf(ws: ExcelJS.Worksheet): Array<Record<string, ExcelJS.CellValue>> {
  const headers = (ws.getRow(1).values as ExcelJS.CellValue[]).slice(1).map(String);
  const out: Array<Record<string, ExcelJS.CellValue>> = [];
  ws.eachRow((row, n) => {
    if (n === 1) return;
    const record: Record<string, ExcelJS.CellValue> = {};
    headers.forEach((h, i) => (record[h] = row.getCell(i + 1).value));
    out.push(record);
  });
  return out;
}

describe('the cycle report workbook', () => {
  it('has a cover naming the pack version and publication date, as a date, and one sheet per part', async () => {
    const wb = await reopen(input());
    expect(wb.worksheets.map((w) => w.name)).toEqual(['About', 'Pillars', 'Statements', 'Actions', 'Measures', 'Review']);
    const cover = wb.getWorksheet('About') as ExcelJS.Worksheet;
    const facts = new Map<string, ExcelJS.CellValue>();
    cover.eachRow((row) => facts.set(String(row.getCell(1).value), row.getCell(2).value));
    expect(facts.get('Model pack version')).toBe(defaultPack.version);
    expect(facts.get('Results published')).toEqual(new Date('2026-04-30T09:15:00Z'));
    expect(facts.get('Model pack published')).toEqual(new Date(`${defaultPack.date}T00:00:00Z`));
    expect(facts.get('Minimum group size')).toBe(5);
    expect(facts.get('Service')).toBe('Meadowbank House');
  });

  it('stores scores as numbers and dates as dates, with frozen headers and set widths', async () => {
    const wb = await reopen(input());
    const pillars = rowsOf(wb.getWorksheet('Pillars') as ExcelJS.Worksheet);
    const culture = pillars.find((r) => r['Pillar or theme'] === 'Vision, values, culture and supervision');
    expect(typeof culture?.['Leaders (%)']).toBe('number');
    expect(culture?.['Leaders (%)']).toBeCloseTo(66.7, 1);
    expect(culture?.['Staff (%)']).toBeCloseTo(50, 1);
    expect(culture?.['Gap (leaders minus staff, points)']).toBeCloseTo(16.7, 1);
    const actions = wb.getWorksheet('Actions') as ExcelJS.Worksheet;
    const due = actions.getRow(2).getCell(6);
    expect(due.value).toBeInstanceOf(Date);
    expect(due.type).toBe(ExcelJS.ValueType.Date);
    expect(due.numFmt).toBe('d mmm yyyy');
    const measures = rowsOf(wb.getWorksheet('Measures') as ExcelJS.Worksheet);
    expect(measures[0]['Period end']).toBeInstanceOf(Date);
    expect(typeof measures[0].Value).toBe('number');
    for (const ws of wb.worksheets) {
      expect(ws.views[0]).toMatchObject({ state: 'frozen', ySplit: 1 });
      expect(ws.getColumn(1).width).toBeGreaterThanOrEqual(14);
    }
  });

  it('leaves out staff figures entirely when fewer than the minimum group answered', async () => {
    const wb = await reopen(input({ results: publishedResults({ staff: staffScores(3) }) }));
    const pillars = rowsOf(wb.getWorksheet('Pillars') as ExcelJS.Worksheet);
    expect(pillars.every((r) => r['Staff (%)'] === null && r['Gap (leaders minus staff, points)'] === null)).toBe(true);
    expect(pillars[0].Note).toBe('Staff figures are left out: fewer than 5 people answered.');
    const statements = rowsOf(wb.getWorksheet('Statements') as ExcelJS.Worksheet);
    expect(statements.filter((r) => r['Asked of'] === 'Staff')).toEqual([]);
    const cover = wb.getWorksheet('About') as ExcelJS.Worksheet;
    const labels: string[] = [];
    cover.eachRow((row) => labels.push(String(row.getCell(1).value)));
    expect(labels).not.toContain('Staff who answered');
  });

  it('gives no figure for a staff statement hidden by the minimum group size', async () => {
    const wb = await reopen(input());
    const statements = rowsOf(wb.getWorksheet('Statements') as ExcelJS.Worksheet);
    const hidden = statements.find((r) => r['Statement id'] === hiddenStaffStatementId && r['Asked of'] === 'Staff');
    expect(hidden).toMatchObject({ 'Answers counted': null, 'Score (%)': null, 'Mean (scale points)': null, Note: 'Hidden: fewer than 5 scored it' });
  });

  it('adds the CQC Well-led sheet with leaders’ evidence, saying the mapping is WPQ’s proposal, and no hidden staff score', async () => {
    const first = defaultPack.pillars[0].leaderStatements[0];
    const results = publishedResults({ staff: staffScores(3) });
    const evidence = evidenceGroups({
      pack: defaultPack,
      results,
      evidence: { leaders: 2, statements: { [first.id]: { notes: ['Supervision log'], links: ['https://contoso.sharepoint.com/log.xlsx'] } } },
      actions: [],
      measures: []
    });
    const wb = await reopen(input({ results, evidence }));
    expect(wb.worksheets.map((w) => w.name)).toContain('CQC Well-led');
    const ws = wb.getWorksheet('CQC Well-led') as ExcelJS.Worksheet;
    const rows = rowsOf(ws).filter((r) => r['CQC quality statement'] !== null && r['Asked of'] !== null);
    const row = rows.find((r) => r.Statement === first.text);
    expect(row).toMatchObject({ 'Asked of': 'Leaders', Evidence: 'Supervision log', Links: 'https://contoso.sharepoint.com/log.xlsx' });
    expect(typeof row?.['Score (%)']).toBe('number');
    const staffRows = rows.filter((r) => r['Asked of'] === 'Staff');
    expect(staffRows.length).toBeGreaterThan(0);
    expect(staffRows.every((r) => r['Score (%)'] === null && r.Note === 'Hidden: too few answered')).toBe(true);
    expect(String(ws.getRow(ws.rowCount).getCell(1).value)).toMatch(/WPQ’s proposal, not CQC’s/);
  });

  it('builds a cycle of 5,000 responses, 500 actions and five years of measures in under 2 seconds, reporting each sheet', async () => {
    const big = bigCycleReportInput();
    const progress: Array<[number, number]> = [];
    // Loading exceljs itself (once per page, before the first workbook) is not part of the figure.
    await loadExcel();
    const started = Date.now();
    const bytes = await workbookBytes(await buildCycleWorkbook(big, (step, total) => progress.push([step, total])));
    const ms = Date.now() - started;
    expect(ms).toBeLessThanOrEqual(2000);
    expect(progress).toEqual([1, 2, 3, 4, 5, 6].map((n) => [n, 6]));
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(bytes);
    expect((wb.getWorksheet('Actions') as ExcelJS.Worksheet).rowCount).toBe(501);
    expect((wb.getWorksheet('Measures') as ExcelJS.Worksheet).rowCount).toBe(1 + defaultPack.measures.length * 60);
    const cover = wb.getWorksheet('About') as ExcelJS.Worksheet;
    const staff = cover.getColumn(1).values.indexOf('Staff who answered');
    expect(cover.getRow(staff).getCell(2).value).toBe(4990);
  });
});

describe('the portfolio workbook', () => {
  it('has one row per service and summary, numbers as numbers, the import date as a date, and no hidden staff figure', async () => {
    const entries = portfolioEntries({
      services: [
        {
          serviceId: 1,
          serviceName: 'Meadowbank House',
          active: true,
          cycle: { id: 12, title: 'Spring 2026', phase: 'do', endDate: null },
          results: { packId: 'wpq-default', packVersion: '1.0.0', publishedAt: '2026-04-20T10:00:00Z', minimumGroupSize: 5, leaders: null, staff: { status: 'suppressed', minimumGroupSize: 5 } },
          openActions: 2,
          overdueActions: 1,
          measures: [{ measureId: 'turnover-rate', periodEnd: '2026-03-31', value: 30 }]
        }
      ],
      imported: [{ id: 7, key: 'k', importedAt: '2026-05-03T08:00:00Z', summary: providerSummary(1) }]
    });
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(await workbookBytes(await buildPortfolioWorkbook({ title: 'Meadowbank Care', generatedAt: new Date('2026-05-04T09:00:00Z'), entries })));
    const rows = rowsOf(wb.getWorksheet('Portfolio') as ExcelJS.Worksheet);
    expect(rows).toHaveLength(2);
    expect(rows[0]).toMatchObject({ Service: 'Meadowbank House', 'Staff (%)': null, Note: 'Hidden: fewer than 5 answered', 'Open actions': 2, Overdue: 1 });
    expect(rows[1]).toMatchObject({ 'Own or imported': 'Imported', Provider: 'Provider 1', 'Leaders (%)': 65, 'Staff (%)': 50, 'Gap (leaders minus staff, points)': 15 });
    expect(rows[1]['Imported on']).toEqual(new Date('2026-05-03T00:00:00Z'));
    expect((wb.getWorksheet('Portfolio') as ExcelJS.Worksheet).views[0]).toMatchObject({ state: 'frozen', ySplit: 1 });
  });
});
