import * as React from 'react';
import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import ResultsScreen from '../../../src/ui/results/ResultsScreen';
import type { MeasureRecord, PublishedResults, StaffComments } from '../../../src/data/types';
import type { SiteAccess } from '../../../src/data/site';
import type { WpqServices } from '../../../src/data/services';
import type { ReadResult } from '../../../src/data/rows';
import type { ResultsViewOptions } from '../../../src/data/resultsView';
import { expectNoAxeViolations } from '../../support/axe';
import { fakeServices } from '../../support/fakeServices';
import { fakeBrowserLayout } from '../../support/jsdomLayout';
import { renderInApp, testHost } from '../../support/renderInApp';
import { memoryAddress, type AddressBar } from '../../../src/ui/app/address';
import { cycle, hiddenStaffStatementId, measureRecords, pack, publishedResults, shownComments, staffScores } from './fixtures';

// The first test loads the chart library (react-charts and d3) through ts-jest, and axe takes about
// a minute in jsdom on a screen this size (two charts, ten tables).
jest.setTimeout(180000);

fakeBrowserLayout();

interface Setup {
  results?: PublishedResults | null;
  comments?: StaffComments;
  measures?: MeasureRecord[];
  access?: SiteAccess;
  address?: AddressBar;
  route?: string;
}

function setUp(options: Setup = {}): { services: WpqServices; container: HTMLElement } {
  const results = options.results === undefined ? publishedResults() : options.results;
  const measures = (): Promise<ReadResult<MeasureRecord[]>> => Promise.resolve({ data: options.measures ?? measureRecords(), warnings: [] });
  const comments = (): Promise<ReadResult<StaffComments>> => Promise.resolve({ data: options.comments ?? shownComments(), warnings: [] });
  const services = fakeServices({
    data: {
      // As the data layer does: the figures come with the first read when the route names the cycle's
      // service (3), the comments when asked for.
      resultsView: {
        read: jest.fn((_cycleId: number, asked: ResultsViewOptions) =>
          Promise.resolve({
            main: { data: { cycle: cycle({ publishedAt: results ? results.publishedAt : null }), results }, warnings: [] },
            measures: asked.serviceId === 3 ? measures() : null,
            comments: asked.comments ? comments() : null
          })
        )
      },
      settings: { readPack: jest.fn(() => Promise.resolve(pack)) },
      measures: { listForService: jest.fn(measures) },
      responses: { comments: jest.fn(comments) }
    }
  });
  const { container } = renderInApp(
    <main>
      <ResultsScreen />
    </main>,
    testHost(),
    services,
    { route: options.route ?? 'results/-/12', address: options.address, site: { access: options.access ?? 'manage' } }
  );
  return { services, container };
}

/**
 * A section by its heading. (Found through the heading rather than by role and name: working out
 * every element's accessible name on a screen this size is slow in jsdom. axe checks the names.)
 */
function section(name: string, level: 2 | 3 = 2): HTMLElement {
  const heading = screen.getByText(name, { selector: `h${level}` });
  const found = heading.closest('section');
  expect(found).toHaveAttribute('aria-labelledby', heading.id);
  return found as HTMLElement;
}

/** The results are on screen (the summary is the first section once the pack is read). */
async function published(): Promise<HTMLElement> {
  await screen.findByText('Summary', { selector: 'h2' });
  return section('Summary');
}

/** Everything that loads after the results has arrived: charts, measures and (for managers) comments. */
async function settled(container: HTMLElement, charts: number): Promise<void> {
  await waitFor(() => expect(container.querySelectorAll('svg[role="region"]')).toHaveLength(charts), { timeout: 60000 });
  await waitFor(() => expect(screen.queryByText('Loading the measures…')).not.toBeInTheDocument());
  await waitFor(() => expect(screen.queryByText('Loading the comments…')).not.toBeInTheDocument());
}

/** The text of a fact (a description list's value) by its term. */
function fact(scope: HTMLElement, term: string): string {
  const dt = within(scope).getByText(term, { selector: 'dt' });
  return (dt.nextElementSibling as HTMLElement).textContent ?? '';
}

function area(name: string): HTMLElement {
  return section(name, 3);
}

describe('Results screen: published', () => {
  it('puts the weakest pillar in the same sentence as every overall figure', async () => {
    const { container } = setUp();
    const summary = await published();
    expect(screen.getByRole('heading', { level: 1, name: 'Results: Spring 2026' })).toBeInTheDocument();
    expect(screen.getByText('Published on 30 April 2026.')).toBeInTheDocument();
    expect(fact(summary, 'Leaders who answered')).toBe('2');
    expect(fact(summary, 'Staff who answered')).toBe('6');
    expect(fact(summary, 'Leaders’ scores')).toBe('Overall 67%. Weakest pillar: Learning and development, 33%.');
    expect(fact(summary, 'Staff scores')).toBe('Overall 63%. Weakest pillar: Learning and development, 25%.');
    expect(
      within(summary).getByText(
        'Widest gap between leaders and staff: Vision, values, culture and supervision. Leaders rate this 17 points higher than staff do.'
      )
    ).toBeInTheDocument();
    await settled(container, 2);
  });

  it('says in plain words how leaders’ and staff scores differ for each pillar and the digital theme', async () => {
    const { container } = setUp();
    await published();
    const expected: Array<[string, string, string, string]> = [
      ['Vision, values, culture and supervision', '67%', '50%', 'Leaders rate this 17 points higher than staff do.'],
      ['Inclusive leadership and management', '67%', '75%', 'Leaders rate this 8 points lower than staff do.'],
      ['Learning and development', '33%', '25%', 'Leaders rate this 8 points higher than staff do.'],
      ['Employee health and wellbeing', '100%', '100%', 'Leaders and staff rate this about the same.'],
      ['Digital tools and digital leadership', '33%', '50%', 'Leaders rate this 17 points lower than staff do.']
    ];
    for (const [name, leaders, staff, gap] of expected) {
      const block = area(name);
      expect([fact(block, 'Leaders’ score'), fact(block, 'Staff score'), fact(block, 'Leaders and staff')]).toEqual([leaders, staff, gap]);
    }
    expect(within(area('Digital tools and digital leadership')).getByText('Cross-cutting theme')).toBeInTheDocument();
    await settled(container, 2);
  });

  it('shows how many chose each option of each statement, and marks where leaders disagree', async () => {
    const { container } = setUp();
    await published();
    const learning = pack.pillars.find((p) => p.id === 'learning');
    const table = within(area('Learning and development')).getByRole('table', { name: 'How leaders answered: Learning and development' });
    const headers = within(table).getAllByRole('columnheader').map((th) => th.textContent);
    expect(headers).toEqual(['Statement', 'Not in place', 'Starting out', 'Established', 'Leading the way', "Don't know yet", 'Score']);
    const rows = within(table).getAllByRole('row').slice(1);
    expect(rows).toHaveLength(learning?.leaderStatements.length ?? -1);
    const first = rows[0];
    expect(within(first).getByRole('rowheader')).toHaveTextContent(`${learning?.leaderStatements[0].text} Leaders disagree`);
    expect(within(first).getAllByRole('cell').map((td) => td.textContent)).toEqual(['1', '0', '1', '0', '0', '33%']);

    // Leaders agree on culture: no statement there is marked.
    const culture = within(area('Vision, values, culture and supervision')).getByRole('table', {
      name: 'How leaders answered: Vision, values, culture and supervision'
    });
    expect(within(culture).queryByText('Leaders disagree')).not.toBeInTheDocument();

    // Every learning statement is listed where leaders disagree, and no other.
    const disagree = section('Where leaders disagree');
    expect(within(disagree).getAllByRole('listitem').map((li) => li.textContent)).toEqual(
      (learning?.leaderStatements ?? []).map((s) => `${s.text} (Learning and development)`)
    );
    await settled(container, 2);
  });

  it('hides a staff statement that fewer than the minimum answered, and shows the others’ spread', async () => {
    const { container } = setUp();
    await published();
    const wellbeing = pack.pillars.find((p) => p.id === 'wellbeing');
    const table = within(area('Employee health and wellbeing')).getByRole('table', { name: 'How staff answered: Employee health and wellbeing' });
    const rows = within(table).getAllByRole('row').slice(1);
    const hiddenText = wellbeing?.staffStatements.find((s) => s.id === hiddenStaffStatementId)?.text ?? '(missing)';
    const hiddenRow = rows.find((r) => within(r).getByRole('rowheader').textContent === hiddenText) as HTMLElement;
    expect(within(hiddenRow).getAllByRole('cell').map((td) => td.textContent)).toEqual(['Hidden: fewer than 5 answered']);
    expect(within(rows[1]).getAllByRole('cell').map((td) => td.textContent)).toEqual(['0', '0', '0', '0', '6', '0', '100%']);
    await settled(container, 2);
  });

  it('shows the latest workforce measures beside the national benchmark, or says none is published', async () => {
    const { container } = setUp();
    await published();
    const measures = section('Workforce measures');
    await within(measures).findByText('Staff turnover rate');
    const turnover = area('Staff turnover rate');
    expect(fact(turnover, 'This service')).toBe('30% for 2025/26');
    const benchmarks = within(turnover).getAllByRole('listitem').map((li) => li.textContent);
    expect(benchmarks[0]).toBe(
      '24.7% in 2024/25 (Independent sector, England). Source: Skills for Care, annual report on the state of the adult social care sector and workforce in England, 2024/25 data'
    );
    expect(benchmarks).toHaveLength(3);
    const starters = area('Starters rate');
    expect(fact(starters, 'This service')).toBe('20% for the period to 31 March 2026');
    expect(fact(starters, 'National benchmark')).toBe('No national benchmark is published');
    expect(within(starters).getByText(/^About the benchmark: No dated national benchmark was found\./)).toBeInTheDocument();
    await settled(container, 2);
  });

  it('opens with one read: the cycle, its results and the comments; without the service in the link, the measures follow', async () => {
    const { services, container } = setUp({ route: 'results/-/12' });
    await published();
    await settled(container, 2);
    expect(services.resultsView.read).toHaveBeenCalledTimes(1);
    expect(services.resultsView.read).toHaveBeenCalledWith(12, { serviceId: null, comments: true });
    expect(services.cycles.get).not.toHaveBeenCalled();
    expect(services.responses.comments).not.toHaveBeenCalled();
    expect(services.measures.listForService).toHaveBeenCalledTimes(1);
    expect(services.measures.listForService).toHaveBeenCalledWith(3);
    expect(services.overview.read).not.toHaveBeenCalled();
  });

  it('reads the measures in the same round trip when the link names the service', async () => {
    const { services, container } = setUp({ route: 'results/3/12' });
    await published();
    await settled(container, 2);
    expect(services.resultsView.read).toHaveBeenCalledWith(12, { serviceId: 3, comments: true });
    expect(services.measures.listForService).not.toHaveBeenCalled();
    expect(services.responses.comments).not.toHaveBeenCalled();
    const measures = section('Workforce measures');
    expect(within(measures).getAllByText(/for the period to/).length).toBeGreaterThan(0);
  });

  it('shows managers the staff comments as text', async () => {
    const { services, container } = setUp({ access: 'manage' });
    await published();
    const comments = section('Staff comments');
    const items = await within(comments).findAllByRole('listitem');
    expect(items.map((li) => li.querySelector('p')?.textContent)).toEqual([
      'More time for supervision, please.\nThe rota changes too late.',
      '<b>Not bold</b> – typed as text'
    ]);
    expect(within(items[0]).getByText('Written on 10 April 2026')).toBeInTheDocument();
    expect(comments.querySelector('b')).toBeNull();
    expect(services.resultsView.read).toHaveBeenCalledWith(12, { serviceId: null, comments: true });
    await settled(container, 2);
  });

  it('says so when comments are hidden below the minimum group size', async () => {
    const { container } = setUp({ comments: { status: 'hidden', minimumGroupSize: 8 } });
    await published();
    const comments = section('Staff comments');
    expect(await within(comments).findByText('Hidden: fewer than 8 answered')).toBeInTheDocument();
    await settled(container, 2);
  });

  it.each<SiteAccess>(['contribute', 'read'])('never shows or asks for the comments when the person’s access is %s', async (access) => {
    const { services, container } = setUp({ access });
    await published();
    await settled(container, 2);
    expect(screen.queryByText('Staff comments')).not.toBeInTheDocument();
    expect(screen.queryByText('More time for supervision, please.', { exact: false })).not.toBeInTheDocument();
    expect(services.responses.comments).not.toHaveBeenCalled();
    expect(services.resultsView.read).toHaveBeenCalledWith(12, { serviceId: null, comments: false });
  });

  it('passes axe with both charts, their tables, the spreads, comments and measures', async () => {
    const { container } = setUp();
    await published();
    await settled(container, 2);
    await expectNoAxeViolations(container);
  });
});

describe('Results screen: staff results hidden', () => {
  const hidden = (): PublishedResults => publishedResults({ staff: staffScores(3) });

  it('says the staff scores are hidden and by which minimum, everywhere they would be', async () => {
    const { container } = setUp({ results: hidden() });
    const summary = await published();
    expect(fact(summary, 'Staff who answered')).toBe('Hidden: fewer than 5 answered');
    expect(fact(summary, 'Staff scores')).toBe('Hidden: fewer than 5 answered');
    // The leaders' overall figure still comes with its weakest pillar.
    expect(fact(summary, 'Leaders’ scores')).toBe('Overall 67%. Weakest pillar: Learning and development, 33%.');
    const culture = area('Vision, values, culture and supervision');
    expect(fact(culture, 'Staff score')).toBe('Hidden: fewer than 5 answered');
    expect(fact(culture, 'Leaders and staff')).toBe('No comparison: the staff results are hidden.');
    expect(within(culture).queryByRole('table', { name: /How staff answered/ })).not.toBeInTheDocument();
    const gap = section('Leaders and staff compared');
    expect(within(gap).getByText('No comparison can be shown: the staff results are hidden because fewer than 5 answered.')).toBeInTheDocument();
    // Only the scores chart is drawn; its table says why staff figures are missing.
    await settled(container, 1);
    const table = screen.getByRole('table', { name: 'Leaders’ and staff scores by pillar and theme, out of 100' });
    expect(within(table).getAllByText('Hidden: fewer than 5 answered')).toHaveLength(pack.pillars.length);
  });

  it('passes axe', async () => {
    const { container } = setUp({ results: hidden() });
    await published();
    await settled(container, 1);
    await expectNoAxeViolations(container);
  });
});

describe('Results screen: not published yet', () => {
  it('tells a manager plainly and links to the cycle to publish', async () => {
    const address = memoryAddress('results/-/12');
    const { services } = setUp({ results: null, address });
    expect(await screen.findByText(/^The results of this cycle have not been published yet\./)).toBeInTheDocument();
    const link = screen.getByRole('link', { name: 'Go to the cycle to publish the results' });
    expect(link).toHaveAttribute('href', expect.stringContaining('wpq=cycle%2F-%2F12'));
    await userEvent.click(link);
    expect(address.read()).toBe('cycle/-/12');
    // Nothing is read for results that do not exist.
    expect(services.measures.listForService).not.toHaveBeenCalled();
    expect(services.settings.readPack).not.toHaveBeenCalled();
  });

  it('tells anyone else plainly, with no link to a page they cannot open', async () => {
    const { container } = setUp({ results: null, access: 'read' });
    expect(
      await screen.findByText('The results of this cycle have not been published yet. They will appear here once a manager publishes them.')
    ).toBeInTheDocument();
    expect(screen.queryByRole('link')).not.toBeInTheDocument();
    await expectNoAxeViolations(container);
  });
});
