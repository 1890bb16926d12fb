import * as React from 'react';
import { act, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { InvalidInputError } from '../../../src/data/errors';
import { DownloadExcelButton, safeFileName } from '../../../src/ui/export/DownloadExcelButton';
import { ResultsDownloads } from '../../../src/ui/export/ResultsDownloads';
import { expectNoAxeViolations } from '../../support/axe';
import { fakeServices } from '../../support/fakeServices';
import { renderInApp, testHost } from '../../support/renderInApp';
import { cycle, publishedResults } from '../results/fixtures';
import { providerSummary } from '../../data/portfolioSeed';

jest.setTimeout(60000);

const host = testHost();
let downloads: Array<{ name: string; blob: Blob }> = [];

beforeEach(() => {
  downloads = [];
  let last: Blob | null = null;
  Object.defineProperty(URL, 'createObjectURL', { configurable: true, value: (b: Blob) => ((last = b), 'blob:wpq') });
  Object.defineProperty(URL, 'revokeObjectURL', { configurable: true, value: () => undefined });
  jest.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (this: HTMLAnchorElement) {
    downloads.push({ name: this.download, blob: last as Blob });
  });
});
afterEach(() => jest.restoreAllMocks());

describe('Download Excel', () => {
  it('says which sheet it is building while a large workbook is made, then that it was downloaded', async () => {
    let step: (n: number, total: number) => void = () => undefined;
    let finish: (bytes: ArrayBuffer) => void = () => undefined;
    const build = jest.fn(
      (onProgress: (n: number, total: number) => void) =>
        new Promise<ArrayBuffer>((resolve) => {
          step = onProgress;
          finish = resolve;
        })
    );
    const { container } = renderInApp(<DownloadExcelButton fileName="Spring 2026 report" build={build} />, host);
    await userEvent.click(screen.getByRole('button', { name: 'Download Excel' }));
    act(() => step(2, 6));
    expect(screen.getByRole('status')).toHaveTextContent('Building the workbook: sheet 2 of 6…');
    expect(screen.getByRole('button', { name: 'Download Excel' })).toHaveAttribute('aria-disabled', 'true');
    await expectNoAxeViolations(container);
    await act(async () => finish(new ArrayBuffer(8)));
    expect(screen.getByRole('status')).toHaveTextContent('The workbook Spring 2026 report.xlsx has been downloaded.');
    expect(downloads.map((d) => d.name)).toEqual(['Spring 2026 report.xlsx']);
  });

  it('says why when the workbook cannot be made', async () => {
    renderInApp(<DownloadExcelButton fileName="x" build={() => Promise.reject(new Error('Out of memory'))} />, host);
    await userEvent.click(screen.getByRole('button', { name: 'Download Excel' }));
    expect(await screen.findByText(/The workbook could not be made:.*Out of memory/)).toBeInTheDocument();
  });

  it('makes file names safe', () => {
    expect(safeFileName('Meadowbank / Spring: 2026?', 'xlsx')).toBe('Meadowbank Spring 2026.xlsx');
  });
});

describe('the summary for commissioners', () => {
  it('is offered to managers, under the organisation name they choose, and downloads the checked JSON', async () => {
    const exportCycle = jest.fn(() => Promise.resolve(providerSummary(1)));
    const services = fakeServices({ data: { summaries: { exportCycle } } });
    const { container } = renderInApp(<ResultsDownloads cycle={cycle()} results={publishedResults()} />, host, services, { site: { access: 'manage' } });
    const name = screen.getByRole('textbox', { name: 'Your organisation’s name, as commissioners know it' });
    expect(name).toHaveValue('Meadowbank Care');
    await userEvent.clear(name);
    await userEvent.type(name, 'Meadowbank Care Ltd');
    await expectNoAxeViolations(container);
    await userEvent.click(screen.getByRole('button', { name: 'Download summary for commissioners' }));
    expect(exportCycle).toHaveBeenCalledWith(12, { name: 'Meadowbank Care Ltd', siteUrl: 'https://contoso.sharepoint.com/sites/wpq' });
    expect(await screen.findByText('The summary Provider 1 Provider 1 care home Spring 2026 summary.json has been downloaded.')).toBeInTheDocument();
    const text = await new Promise<string>((resolve) => {
      const reader = new FileReader();
      reader.onload = () => resolve(String(reader.result));
      reader.readAsText(downloads[0].blob);
    });
    expect(JSON.parse(text)).toEqual(providerSummary(1));
    expect(screen.getByRole('link', { name: 'CQC Well-led evidence summary (printable)' })).toHaveAttribute('href', expect.stringContaining('evidence%2F-%2F12'));
  });

  it('says why when the summary cannot be made', async () => {
    const exportCycle = jest.fn(() => Promise.reject(new InvalidInputError('Only a cycle with published results can be summarised.')));
    renderInApp(<ResultsDownloads cycle={cycle()} results={publishedResults()} />, host, fakeServices({ data: { summaries: { exportCycle } } }), { site: { access: 'manage' } });
    await userEvent.click(screen.getByRole('button', { name: 'Download summary for commissioners' }));
    expect(await screen.findByText(/The summary could not be made:/)).toBeInTheDocument();
  });

  it('is not offered to readers or before results are published', () => {
    renderInApp(<ResultsDownloads cycle={cycle()} results={publishedResults()} />, host, fakeServices(), { site: { access: 'read' } });
    expect(screen.queryByRole('button', { name: 'Download summary for commissioners' })).toBeNull();
    expect(screen.getByRole('button', { name: 'Download Excel' })).toBeInTheDocument();
  });
});
