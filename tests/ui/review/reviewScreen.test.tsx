import * as React from 'react';
import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import ReviewScreen from '../../../src/ui/review/ReviewScreen';
import { ConflictError } from '../../../src/data/errors';
import type { ReviewRead } from '../../../src/data/repositories/cycles';
import type { SiteAccess } from '../../../src/data/site';
import type { WpqServices } from '../../../src/data/services';
import type { Cycle, Review, ResultsSummary } from '../../../src/data/types';
import type { ModelPack } from '../../../src/model';
import { expectNoAxeViolations } from '../../support/axe';
import { fakeServices } from '../../support/fakeServices';
import { renderInApp, testHost } from '../../support/renderInApp';
import { cycle, measureRecord } from '../results/fixtures';
import { action, currentLeaders, currentStaff, leaders, newPack, oldPack, previousLeaders, results, retiredStaff, staff } from './fixtures';

// The chart library is not loaded here (its own tests cover it): each trend chart shows its table.
jest.mock('../../../src/ui/shared/charts/ChartKit', () => {
  throw new Error('Loading chunk wpq-charts failed.');
});

jest.setTimeout(120000);

const CULTURE = 'Vision, values, culture and supervision';

function summary(leadersPercent: number, staffShown: boolean): ResultsSummary {
  return {
    packId: oldPack.id,
    packVersion: oldPack.version,
    publishedAt: '2026-01-01T10:00:00Z',
    minimumGroupSize: 5,
    leaders: { pillars: [{ pillarId: 'culture', percent: leadersPercent }], themes: [], overallPercent: null, weakest: null, weakestTiedWith: [], respondents: 2 },
    staff: staffShown
      ? { status: 'shown', minimumGroupSize: 5, pillars: [{ pillarId: 'culture', percent: 50 }], themes: [], overallPercent: null, weakest: null, weakestTiedWith: [], respondents: 6 }
      : { status: 'suppressed', minimumGroupSize: 5 }
  };
}

interface Setup {
  access?: SiteAccess;
  currentPack?: ModelPack;
  reviews?: Review[];
  previousStaffPeople?: number;
}

function setUp(options: Setup = {}): WpqServices {
  const currentPack = options.currentPack ?? oldPack;
  const previous: Cycle = cycle({ id: 8, title: 'Autumn 2025', startDate: '2025-09-01', endDate: '2025-12-31', phase: 'closed', summary: summary(33, false) });
  const current: Cycle = cycle({ id: 12, title: 'Spring 2026', packVersion: currentPack.version, summary: summary(67, true) });
  const data: ReviewRead = {
    cycle: current,
    results: results(currentPack, leaders(currentPack, currentLeaders), staff(currentPack, currentStaff, 6)),
    serviceCycles: [current, previous],
    previous: {
      cycle: previous,
      results: results(oldPack, leaders(oldPack, previousLeaders), staff(oldPack, currentStaff, options.previousStaffPeople ?? 3)),
      actions: [
        action({ id: 1, title: 'Rota review', status: 'done', dueDate: '2025-10-31', completedDate: '2025-10-20' }),
        action({ id: 2, title: 'Supervision plan', status: 'done', dueDate: '2025-10-31', completedDate: '2025-11-20' }),
        action({ id: 3, title: 'Exit interviews', status: 'carried-over', dueDate: '2025-11-30' })
      ]
    },
    reviews: options.reviews ?? [],
    actions: [action({ id: 4, title: 'Exit interviews', status: 'in-progress', dueDate: '2026-04-30', carriedOverFromId: 3 })],
    measures: [
      measureRecord({ id: 1, measureId: 'turnover-rate', period: '2024/25', periodEnd: '2025-03-31', value: 30 }),
      measureRecord({ id: 2, measureId: 'turnover-rate', period: '2025/26', periodEnd: '2026-03-31', value: 22.5 })
    ]
  };
  const services = fakeServices({
    data: {
      cycles: { readReview: jest.fn(() => Promise.resolve({ data, warnings: [] })) },
      settings: { readPack: jest.fn((_id: string, version: string) => Promise.resolve(version === newPack.version ? newPack : oldPack)) }
    }
  });
  renderInApp(
    <main>
      <ReviewScreen />
    </main>,
    testHost(),
    services,
    { route: 'review/-/12', site: { access: options.access ?? 'manage' } }
  );
  return services;
}

/** A section by its heading, found without working out every accessible name (slow in jsdom on a screen this size). */
function section(name: string, level: 2 | 3 = 2, scope: HTMLElement = document.body): HTMLElement {
  const heading = within(scope).getByText(name, { selector: `h${level}` });
  return heading.closest('section') as HTMLElement;
}

/** A pillar's review form by its name (its aria-label), checked to be the form the heading names. */
function formOf(name: string): HTMLElement {
  const form = Array.from(document.querySelectorAll('form')).find((f) => f.getAttribute('aria-label') === name);
  expect(form).toBeDefined();
  return form as HTMLElement;
}

async function loaded(): Promise<void> {
  await screen.findByRole('heading', { level: 1, name: 'Review: Spring 2026' }, { timeout: 10000 });
}

function cultureForm(): HTMLElement {
  return formOf(CULTURE);
}

function savedReview(overrides: Partial<Review> = {}): Review {
  return {
    id: 31,
    etag: '"2"',
    cycleId: 12,
    pillarId: 'culture',
    whatChanged: 'Supervision every month',
    evidence: JSON.stringify({ note: 'Supervision log', links: ['https://example.org/log', 'javascript:alert(1)'] }),
    rescore: 66.67,
    decisions: 'Keep going',
    ...overrides
  };
}

describe('Review screen', () => {
  it('shows a form for each pillar and the digital theme, and the previous cycle side by side, without axe violations', async () => {
    const { container } = { container: document.body, ...setUp() };
    await loaded();
    for (const name of [CULTURE, 'Inclusive leadership and management', 'Learning and development', 'Digital tools and digital leadership (theme)']) {
      expect(section(name, 3, section('Review by pillar'))).toContainElement(formOf(name));
    }
    const compare = section('Compared with Autumn 2025');
    const table = within(compare).getByRole('table', { name: 'Scores in Autumn 2025 and Spring 2026, per pillar and theme' });
    const culture = within(table).getByRole('row', { name: new RegExp(CULTURE) });
    // Leaders 33% then 67%; staff hidden last time (three answered), 50% now; gap only where both are known.
    expect(within(culture).getAllByRole('cell').map((c) => c.textContent)).toEqual(['33% then 67%', 'no score then 50%', 'no score then +17']);
    expect(within(compare).getByText('Staff scores of the last cycle are hidden: fewer than 5 staff answered.')).toBeInTheDocument();
    expect(decodeURIComponent(screen.getByText('Close the cycle', { selector: 'a' }).getAttribute('href') ?? '')).toContain('close/-/12');
    await waitFor(() => expect(screen.getAllByText('The chart could not be loaded; the table shows the same figures.').length).toBeGreaterThan(0));
    await expectNoAxeViolations(container);
  });

  it('counts the actions done on time, late and not done in both cycles, and sets the measures against the previous period', async () => {
    setUp();
    await loaded();
    const actions = section('Actions');
    const facts = (title: string): string[] =>
      Array.from(section(title, 3).querySelectorAll('dd')).map((d) => d.textContent ?? '');
    expect(within(actions).getByText('Spring 2026', { selector: 'h3' })).toBeInTheDocument();
    expect(facts('Spring 2026')).toEqual(['0', '0', '0', '1']);
    expect(facts('Autumn 2025')).toEqual(['1', '1', '0', '1']);
    expect(within(section('Measures against the previous period')).getByText('22.5% (2025/26), was 30% (2024/25): better.')).toBeInTheDocument();
    const trend = section('Trend across the service’s cycles');
    const cultureTrend = within(trend).getByRole('table', { name: `${CULTURE}: scores by cycle` });
    expect(within(cultureTrend).getByRole('row', { name: /Autumn 2025/ })).toHaveTextContent('Hidden: too few answered');
  });

  it('saves a new review with its evidence, links and the leaders’ re-score on the pack’s scale', async () => {
    const services = setUp();
    const user = userEvent.setup();
    await loaded();
    const add = services.reviews.add as jest.Mock;
    add.mockImplementation((input) => Promise.resolve({ id: 40, etag: '"1"', ...input }));
    const form = cultureForm();
    await user.type(within(form).getByRole('textbox', { name: /What changed/ }), 'Monthly supervision for everyone');
    await user.type(within(form).getByRole('textbox', { name: /^Evidence/ }), 'Supervision log');
    await user.type(within(form).getByRole('textbox', { name: /Links to evidence/ }), 'https://example.org/log');
    await user.click(within(form).getByRole('radio', { name: 'Established' }));
    await user.type(within(form).getByRole('textbox', { name: /Decisions/ }), 'Keep it up');
    await user.click(within(form).getByRole('button', { name: `Save review of ${CULTURE}` }));
    expect(await within(form).findByText(`Review of ${CULTURE} saved.`, undefined, { timeout: 10000 })).toBeInTheDocument();
    expect(add).toHaveBeenCalledWith({
      cycleId: 12,
      pillarId: 'culture',
      whatChanged: 'Monthly supervision for everyone',
      evidence: JSON.stringify({ note: 'Supervision log', links: ['https://example.org/log'] }),
      rescore: 66.67,
      decisions: 'Keep it up'
    });
  });

  it('refuses a link that is not a web address and saves nothing', async () => {
    const services = setUp();
    const user = userEvent.setup();
    await loaded();
    const form = cultureForm();
    const links = within(form).getByRole('textbox', { name: /Links to evidence/ });
    await user.type(links, 'javascript:alert(1)');
    await user.click(within(form).getByRole('button', { name: `Save review of ${CULTURE}` }));
    expect(await within(form).findAllByText('This is not a web address: javascript:alert(1). Start each link with https://', undefined, { timeout: 10000 })).not.toHaveLength(0);
    await waitFor(() => expect(links).toHaveFocus());
    expect(services.reviews.add).not.toHaveBeenCalled();
  });

  it('shows both versions when someone else saved first, keeps what was typed, and saves the choices over theirs', async () => {
    const existing = savedReview({ evidence: JSON.stringify({ note: 'Supervision log', links: ['https://example.org/log'] }) });
    const services = setUp({ reviews: [existing] });
    const user = userEvent.setup();
    await loaded();
    const theirs = savedReview({ etag: '"3"', decisions: 'Stop the pilot' });
    const update = services.reviews.update as jest.Mock;
    update.mockImplementationOnce(() => Promise.reject(new ConflictError<Review>(theirs, theirs, { status: 412 })));
    update.mockImplementationOnce((id, changes) => Promise.resolve({ ...theirs, ...changes, etag: '"4"' }));
    const form = cultureForm();
    const whatChanged = within(form).getByRole('textbox', { name: /What changed/ });
    await user.clear(whatChanged);
    await user.type(whatChanged, 'Supervision every fortnight');
    await user.click(within(form).getByRole('button', { name: `Save review of ${CULTURE}` }));

    expect(await within(form).findByText('Someone else saved this review while you were writing', undefined, { timeout: 10000 })).toBeInTheDocument();
    expect(whatChanged).toHaveValue('Supervision every fortnight');
    const whatGroup = within(form).getByRole('radiogroup', { name: 'What changed: which to keep' });
    expect(within(whatGroup).getByRole('radio', { name: 'Keep yours: Supervision every fortnight' })).toBeChecked();
    const decisionsGroup = within(form).getByRole('radiogroup', { name: 'Decisions: which to keep' });
    await user.click(within(decisionsGroup).getByRole('radio', { name: 'Keep theirs: Stop the pilot' }));
    await expectNoAxeViolations(form);

    await user.click(within(form).getByRole('button', { name: 'Save my choices' }));
    expect(await within(form).findByText(`Review of ${CULTURE} saved.`, undefined, { timeout: 10000 })).toBeInTheDocument();
    expect(update).toHaveBeenLastCalledWith(31, expect.objectContaining({ whatChanged: 'Supervision every fortnight', decisions: 'Stop the pilot' }), '"3"');
    expect(within(form).getByRole('textbox', { name: /Decisions/ })).toHaveValue('Stop the pilot');
  });

  it('shows readers the review as text, with links only for web addresses, and no form', async () => {
    setUp({ access: 'read', reviews: [savedReview()] });
    await loaded();
    expect(screen.queryByRole('form')).not.toBeInTheDocument();
    expect(screen.queryByText('Close the cycle', { selector: 'a' })).not.toBeInTheDocument();
    const reviewed = section('Review by pillar');
    const culture = section(CULTURE, 3, reviewed);
    expect(within(culture).getByRole('link', { name: 'https://example.org/log' })).toHaveAttribute('rel', 'noopener noreferrer');
    expect(within(culture).getByText('javascript:alert(1)').closest('a')).toBeNull();
    expect(within(culture).getByText('Established')).toBeInTheDocument();
    expect(within(section('Learning and development', 3, reviewed)).getByText('Not reviewed yet.')).toBeInTheDocument();
    await expectNoAxeViolations(document.body);
  });

  it('names the statements that could not be matched when the cycles used different pack versions', async () => {
    setUp({ currentPack: newPack, previousStaffPeople: 6 });
    await loaded();
    const compare = section('Compared with Autumn 2025');
    expect(within(compare).getByText(/The two cycles used different versions of the model/)).toBeInTheDocument();
    const retired = section('Asked last time, no longer asked', 3);
    expect(within(retired).getByText(`Learning and development, staff: ${retiredStaff.text}`)).toBeInTheDocument();
    expect(within(section('New this time', 3)).getByText(/^Digital tools and digital leadership, leaders: We keep care records/)).toBeInTheDocument();
    await expectNoAxeViolations(compare);
  });
});
