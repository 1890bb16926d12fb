import * as React from 'react';
import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import MeasuresScreen from '../../../src/ui/measures/MeasuresScreen';
import type { WpqServices } from '../../../src/data/services';
import type { MeasureInput } from '../../../src/data/types';
import { expectNoAxeViolations } from '../../support/axe';
import { fakeServices } from '../../support/fakeServices';
import { fakeBrowserLayout } from '../../support/jsdomLayout';
import { renderInApp, testHost } from '../../support/renderInApp';
import { pack, screenData } from './fixtures';

jest.setTimeout(180000);

fakeBrowserLayout();

function setUp(): { services: WpqServices; container: HTMLElement } {
  const services = fakeServices({
    data: {
      measures: { readScreen: jest.fn(() => Promise.resolve(screenData())), recordMany: jest.fn((inputs: MeasureInput[]) => Promise.resolve(inputs.map((input, i) => ({ ...input, id: 100 + i, etag: null, value: null })))) },
      settings: { readPack: jest.fn(() => Promise.resolve(pack)) }
    }
  });
  const { container } = renderInApp(
    <main>
      <MeasuresScreen />
    </main>,
    testHost(),
    services,
    { route: 'measures/3', site: { access: 'manage' } }
  );
  return { services, container };
}

async function importForm(): Promise<HTMLElement> {
  return screen.findByRole('form', { name: 'Add figures from a spreadsheet' });
}

async function paste(form: HTMLElement, rows: string[][]): Promise<void> {
  const box = within(form).getByRole('textbox', { name: /Rows pasted from a spreadsheet/ });
  await userEvent.click(box);
  await userEvent.paste(rows.map((r) => r.join('\t')).join('\n'));
}

describe('Figures from a spreadsheet', () => {
  it('reports the one bad row by row number and column, and stores nothing', async () => {
    const { services, container } = setUp();
    const form = await importForm();
    await paste(form, [
      ['Measure', 'Period end', 'Numerator', 'Denominator', 'Note'],
      ['turnover-rate', '30/09/2025', '5', '40', ''],
      ['Turnover of care workers under 25', '2026-03-31', '<img src=x onerror=alert(1)>', '12', ''],
      ['turnover-rate', '31/12/2025', '3', '40', 'Quiet quarter']
    ]);
    await userEvent.click(within(form).getByRole('button', { name: 'Check and save' }));
    const table = await within(form).findByRole('table', { name: 'Problems found in the rows' });
    expect(within(table).getAllByRole('row').map((r) => r.textContent)).toEqual(['RowColumnProblem', '3NumeratorThis is not a number.']);
    expect(within(form).getByText('Nothing was saved')).toBeInTheDocument();
    expect(services.measures.recordMany).not.toHaveBeenCalled();
    expect(container.querySelector('img')).toBeNull();
    await expectNoAxeViolations(container);
  });

  it('stores every row at once when all are good', async () => {
    const { services } = setUp();
    const form = await importForm();
    await paste(form, [
      ['turnover-rate', '30/09/2025', '5', '40', ''],
      ['Turnover of care workers under 25', '2026-03-31', '2', '12', 'Two students left'],
      ['turnover-rate', '2025-12-31', '3', '40', '']
    ]);
    await userEvent.click(within(form).getByRole('button', { name: 'Check and save' }));
    await waitFor(() => expect(services.measures.recordMany).toHaveBeenCalledTimes(1));
    expect(services.measures.recordMany).toHaveBeenCalledWith(
      [
        { serviceId: 3, measureId: 'turnover-rate', period: 'July to September 2025', periodEnd: '2025-09-30', numerator: 5, denominator: 40, source: null, note: null },
        { serviceId: 3, measureId: 'under-25-turnover-rate', period: 'January to March 2026', periodEnd: '2026-03-31', numerator: 2, denominator: 12, source: null, note: 'Two students left' },
        { serviceId: 3, measureId: 'turnover-rate', period: 'October to December 2025', periodEnd: '2025-12-31', numerator: 3, denominator: 40, source: null, note: null }
      ],
      pack
    );
    expect(await within(form).findByText('3 figures saved.')).toBeInTheDocument();
    expect(within(form).getByRole('textbox', { name: /Rows pasted from a spreadsheet/ })).toHaveValue('');
  });

  it('refuses a row that overlaps a stored figure, and a file that is not a workbook, storing nothing', async () => {
    const { services } = setUp();
    const form = await importForm();
    await paste(form, [['turnover-rate', '31/05/2026', '5', '40', '']]);
    await userEvent.click(within(form).getByRole('button', { name: 'Check and save' }));
    const table = await within(form).findByRole('table', { name: 'Problems found in the rows' });
    expect(within(table).getAllByRole('row')[1]).toHaveTextContent('1Period endThere is already a figure for this measure for the period ending 31 March 2026.');
    await userEvent.clear(within(form).getByRole('textbox', { name: /Rows pasted from a spreadsheet/ }));
    const file = new File(['not a workbook'], 'figures.xlsx', { type: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet' });
    await userEvent.upload(within(form).getByLabelText('Or choose a file'), file);
    expect(within(form).getByText('File: figures.xlsx')).toBeInTheDocument();
    await userEvent.click(within(form).getByRole('button', { name: 'Check and save' }));
    await waitFor(() =>
      expect(within(form).getAllByRole('row')[1]).toHaveTextContent('Whole fileThis file is not an Excel workbook. Save it from Excel as .xlsx, or as CSV.')
    );
    expect(services.measures.recordMany).not.toHaveBeenCalled();
  });
});
