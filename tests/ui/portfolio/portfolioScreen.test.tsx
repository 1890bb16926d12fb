import * as React from 'react';
import { act, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import type { AudienceSummary, Portfolio, PortfolioRow, ResultsSummary } from '../../../src/data/types';
import type { ImportOutcome, SummaryCheck } from '../../../src/data/summaries';
import { defaultPack } from '../../../src/model';
import { memoryAddress } from '../../../src/ui/app/address';
import PortfolioScreen from '../../../src/ui/portfolio/PortfolioScreen';
import { expectNoAxeViolations } from '../../support/axe';
import { fakeServices } from '../../support/fakeServices';
import { fakeBrowserLayout } from '../../support/jsdomLayout';
import { renderInApp, testHost } from '../../support/renderInApp';
import { providerSummary } from '../../data/portfolioSeed';

jest.setTimeout(60000);
fakeBrowserLayout();

const host = testHost();

function audience(overall: number, respondents: number): AudienceSummary {
  return {
    pillars: ['culture', 'leadership', 'learning', 'wellbeing'].map((pillarId) => ({ pillarId, percent: overall })),
    themes: [{ pillarId: 'digital', percent: overall }],
    overallPercent: overall,
    weakest: { pillarId: 'culture', percent: overall },
    weakestTiedWith: [],
    respondents
  };
}

function results(leaders: number, staff: number | 'hidden'): ResultsSummary {
  return {
    packId: defaultPack.id,
    packVersion: defaultPack.version,
    publishedAt: '2026-04-20T10:00:00Z',
    minimumGroupSize: 5,
    leaders: audience(leaders, 2),
    staff: staff === 'hidden' ? { status: 'suppressed', minimumGroupSize: 5 } : { status: 'shown', minimumGroupSize: 5, ...audience(staff, 9) }
  };
}

function row(id: number, name: string, changes: Partial<PortfolioRow> = {}): PortfolioRow {
  return {
    serviceId: id,
    serviceName: name,
    active: true,
    cycle: { id: 100 + id, title: 'Spring 2026', phase: 'do', endDate: '2026-08-31' },
    results: results(70, 66),
    openActions: 3,
    overdueActions: 0,
    measures: [{ measureId: 'turnover-rate', periodEnd: '2026-03-31', value: 20 }],
    ...changes
  };
}

function portfolio(): Portfolio {
  return {
    services: [
      row(1, 'Meadowbank House', { overdueActions: 2, results: results(80, 55) }),
      row(2, 'Riverside Home Care', { results: results(60, 'hidden'), cycle: { id: 102, title: 'Spring 2026', phase: 'plan', endDate: null }, measures: [{ measureId: 'turnover-rate', periodEnd: '2026-03-31', value: 35.5 }] }),
      row(3, 'Old Mill Lodge', { cycle: null, results: null, openActions: 0, measures: [] })
    ],
    imported: [{ id: 7, key: 'https://provider1.sharepoint.com/sites/wpq#7', importedAt: '2026-05-03T08:00:00Z', summary: providerSummary(1) }]
  };
}

function renderPortfolio(data: Portfolio = portfolio(), access: 'manage' | 'read' = 'read', extra: NonNullable<Parameters<typeof fakeServices>[0]>['data'] = {}) {
  const services = fakeServices({ data: { portfolio: { read: jest.fn(() => Promise.resolve({ data, warnings: [] })) }, ...extra } });
  const address = memoryAddress('portfolio');
  const view = renderInApp(
    <main>
      <PortfolioScreen />
    </main>,
    host,
    services,
    { address, site: { access } }
  );
  return { ...view, services, address };
}

function cards(): HTMLElement[] {
  return within(screen.getByRole('list', { name: 'Services and providers' })).getAllByRole('listitem').filter((li) => li.querySelector('h3'));
}

function cardOf(name: RegExp): HTMLElement {
  const found = cards().find((c) => name.test(within(c).getByRole('heading', { level: 3 }).textContent ?? ''));
  if (!found) throw new Error(`No card ${name}`);
  return found;
}

describe('Portfolio screen', () => {
  it('shows every own service and each imported summary, marked Imported with the provider and date, and passes axe', async () => {
    const { container } = renderPortfolio();
    expect(await screen.findByRole('heading', { level: 1, name: 'Portfolio' })).toBeInTheDocument();
    expect(await screen.findByText('Showing 4 of 4.')).toBeInTheDocument();
    expect(cards().map((c) => within(c).getByRole('heading', { level: 3 }).textContent)).toEqual([
      'Meadowbank House',
      'Old Mill Lodge',
      'Provider 1: Provider 1 care home',
      'Riverside Home Care'
    ]);
    const imported = cardOf(/Provider 1/);
    expect(within(imported).getByText('Imported')).toBeInTheDocument();
    expect(within(imported).getByText('Imported from Provider 1 on 3 May 2026')).toBeInTheDocument();
    // Imported summaries have no results page here, so they are not links.
    expect(within(imported).queryByRole('link')).toBeNull();
    await expectNoAxeViolations(container);
  });

  it('says staff figures are hidden below the minimum group size, and gives no staff score or gap', async () => {
    renderPortfolio();
    await screen.findByText('Showing 4 of 4.');
    const riverside = cardOf(/Riverside/);
    expect(within(riverside).getByText('Hidden: fewer than 5 answered')).toBeInTheDocument();
    expect(within(riverside).getByText('Cannot be worked out')).toBeInTheDocument();
    expect(within(riverside).queryByText(/66%/)).toBeNull();
  });

  it('flags concerns in words and with an icon, not colour alone', async () => {
    renderPortfolio();
    await screen.findByText('Showing 4 of 4.');
    const house = cardOf(/Meadowbank/);
    expect(within(house).getByText('2 concerns')).toBeInTheDocument();
    expect(within(house).getByText(/Leaders 25 points higher than staff/)).toBeInTheDocument();
    expect(within(house).getByText(/2 of 3 open actions overdue/)).toBeInTheDocument();
    expect(house.querySelectorAll('svg[aria-hidden="true"]').length).toBeGreaterThanOrEqual(3);
    const riverside = cardOf(/Riverside/);
    expect(within(riverside).getByText(/turnover.*: 35\.5% \(31 March 2026\), national 24\.7%: worse than the national figure/i)).toBeInTheDocument();
    const mill = cardOf(/Old Mill/);
    expect(within(mill).queryByText(/concern/)).toBeNull();
  });

  it('opens a service’s results from its name', async () => {
    const { address } = renderPortfolio();
    await screen.findByText('Showing 4 of 4.');
    const link = within(cardOf(/Meadowbank/)).getByRole('link', { name: 'Open results for Meadowbank House' });
    expect(link).toHaveAttribute('href', expect.stringContaining('results%2F1%2F101'));
    await userEvent.click(link);
    expect(address.read()).toBe('results/1/101');
  });

  it('filters by search, phase and concerns, and says how many are shown', async () => {
    const { container } = renderPortfolio();
    await screen.findByText('Showing 4 of 4.');
    await userEvent.type(screen.getByRole('searchbox', { name: 'Find a service or provider' }), 'meadow');
    expect(screen.getByText('Showing 1 of 4.')).toBeInTheDocument();
    await userEvent.clear(screen.getByRole('searchbox', { name: 'Find a service or provider' }));
    await userEvent.selectOptions(screen.getByRole('combobox', { name: 'Phase' }), 'plan');
    expect(cards().map((c) => within(c).getByRole('heading').textContent)).toEqual(['Provider 1: Provider 1 care home', 'Riverside Home Care']);
    await userEvent.selectOptions(screen.getByRole('combobox', { name: 'Phase' }), 'all');
    await userEvent.selectOptions(screen.getByRole('combobox', { name: 'Show' }), 'concerns');
    expect(cards().map((c) => within(c).getByRole('heading').textContent)).toEqual(['Meadowbank House', 'Provider 1: Provider 1 care home', 'Riverside Home Care']);
    await userEvent.type(screen.getByRole('searchbox', { name: 'Find a service or provider' }), 'nothing like this');
    expect(screen.getByText('Nothing matches. Clear the search or choose other filters.')).toBeInTheDocument();
    await expectNoAxeViolations(container);
  });

  it('sorts by staff score, lowest first, with missing scores last, using the keyboard', async () => {
    renderPortfolio();
    await screen.findByText('Showing 4 of 4.');
    const sort = screen.getByRole('combobox', { name: 'Sort by' });
    sort.focus();
    await userEvent.selectOptions(sort, 'staff');
    expect(cards().map((c) => within(c).getByRole('heading').textContent)).toEqual(['Provider 1: Provider 1 care home', 'Meadowbank House', 'Old Mill Lodge', 'Riverside Home Care']);
    await userEvent.selectOptions(sort, 'gap');
    expect(cards()[0]).toHaveTextContent('Meadowbank House');
  });

  it('says so when there is nothing yet', async () => {
    const { container } = renderPortfolio({ services: [], imported: [] });
    expect(await screen.findByText('There are no services yet, and no provider summaries have been imported.')).toBeInTheDocument();
    await expectNoAxeViolations(container);
  });

  it('shows no import to readers such as quality leads without manage rights', async () => {
    renderPortfolio();
    await screen.findByText('Showing 4 of 4.');
    expect(screen.queryByRole('heading', { name: 'Import provider summaries' })).toBeNull();
  });
});

describe('Importing provider summaries', () => {
  function file(name: string, text: string): File {
    const f = new File([text], name, { type: 'application/json' });
    Object.defineProperty(f, 'text', { value: () => Promise.resolve(text) });
    return f;
  }

  it('lists every problem of a bad file with its place in the file, and stores nothing', async () => {
    const refused: SummaryCheck = {
      ok: false,
      reason: 'invalid',
      problems: [
        { path: '$.staff.respondents', message: 'is below the minimum group size of 5, so staff figures must not be in the file' },
        { path: '$.actions.total', message: 'is 9, but the counts by status add up to 4' }
      ]
    };
    const checkFile = jest.fn(() => Promise.resolve(refused));
    const importFn = jest.fn();
    const { container } = renderPortfolio(portfolio(), 'manage', { summaries: { checkFile, import: importFn } });
    await screen.findByText('Showing 4 of 4.');
    await userEvent.upload(screen.getByLabelText('Summary files'), file('bad.json', '{}'));
    const results = await screen.findByRole('list', { name: 'What happened to each file' });
    expect(await within(results).findByText(/bad\.json was not imported:/)).toBeInTheDocument();
    expect(within(results).getByText('At $.staff.respondents: is below the minimum group size of 5, so staff figures must not be in the file')).toBeInTheDocument();
    expect(within(results).getByText('At $.actions.total: is 9, but the counts by status add up to 4')).toBeInTheDocument();
    expect(importFn).not.toHaveBeenCalled();
    await expectNoAxeViolations(container);
  });

  it('never reads a file that is too large', async () => {
    const checkFile = jest.fn((size: number, read: () => Promise<string>) => {
      void read;
      return Promise.resolve<SummaryCheck>({ ok: false, reason: 'too-large', problems: [{ path: '$', message: `is ${size} bytes` }] });
    });
    renderPortfolio(portfolio(), 'manage', { summaries: { checkFile } });
    await screen.findByText('Showing 4 of 4.');
    await userEvent.upload(screen.getByLabelText('Summary files'), file('huge.json', 'x'));
    expect(await screen.findByText('huge.json was not imported: it is larger than 1 MB, far more than a summary holds.')).toBeInTheDocument();
  });

  it('asks before a newer summary replaces the one imported, and replaces it when confirmed', async () => {
    const older = providerSummary(1);
    const newer = { ...providerSummary(1), publishedAt: '2026-06-01T09:00:00Z' };
    const stored = (summary: typeof older): ImportOutcome['stored'] => ({ id: 7, etag: '"1"', key: 'k', importedAt: '2026-05-03T08:00:00Z', summary });
    const checkFile = jest.fn(() => Promise.resolve<SummaryCheck>({ ok: true, summary: newer }));
    const importFn = jest.fn((_s: unknown, options?: { replace?: boolean }) =>
      Promise.resolve<ImportOutcome>(options?.replace ? { kind: 'replaced', stored: stored(newer) } : { kind: 'needs-confirmation', stored: stored(older) })
    );
    const read = jest.fn(() => Promise.resolve({ data: portfolio(), warnings: [] }));
    const services = fakeServices({ data: { portfolio: { read }, summaries: { checkFile, import: importFn } } });
    const { container } = renderInApp(<main><PortfolioScreen /></main>, host, services, { route: 'portfolio', site: { access: 'manage' } });
    await screen.findByText('Showing 4 of 4.');
    await userEvent.upload(screen.getByLabelText('Summary files'), file('newer.json', '{}'));
    expect(await screen.findByText(/newer\.json is a newer summary of Provider 1, Provider 1 care home, Spring 2026 \(published 1 June 2026; the one imported was published 30 April 2026\)\. Replace it\?/)).toBeInTheDocument();
    expect(importFn).toHaveBeenCalledTimes(1);
    await expectNoAxeViolations(container);
    await userEvent.click(screen.getByRole('button', { name: 'Replace' }));
    expect(await screen.findByText('newer.json: replaced the earlier summary of this cycle.')).toBeInTheDocument();
    expect(importFn).toHaveBeenLastCalledWith(newer, { replace: true });
    // The portfolio is read again to show it.
    await act(async () => undefined);
    expect(read).toHaveBeenCalledTimes(2);
  });

  it('says when the same summary was already imported', async () => {
    const summary = providerSummary(1);
    const checkFile = jest.fn(() => Promise.resolve<SummaryCheck>({ ok: true, summary }));
    const importFn = jest.fn(() => Promise.resolve<ImportOutcome>({ kind: 'unchanged', stored: { id: 7, etag: null, key: 'k', importedAt: null, summary } }));
    renderPortfolio(portfolio(), 'manage', { summaries: { checkFile, import: importFn } });
    await screen.findByText('Showing 4 of 4.');
    await userEvent.upload(screen.getByLabelText('Summary files'), file('same.json', '{}'));
    expect(await screen.findByText('same.json: already imported; nothing changed.')).toBeInTheDocument();
  });
});
