import * as React from 'react';
import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import type { Action, ServiceOverview, Review } from '../../../src/data/types';
import { defaultPack } from '../../../src/model';
import MeetingScreen from '../../../src/ui/meeting/MeetingScreen';
import { expectNoAxeViolations } from '../../support/axe';
import { fakeServices } from '../../support/fakeServices';
import { fakeBrowserLayout } from '../../support/jsdomLayout';
import { renderInApp, testHost } from '../../support/renderInApp';

jest.setTimeout(120000);
fakeBrowserLayout();

const pillarIds = defaultPack.pillars.filter((p) => !p.crossCutting).map((p) => p.id);
const [first, second, third, fourth] = pillarIds;

const OVERVIEW: ServiceOverview = {
  service: { id: 4, name: 'Meadowbank House', serviceType: 'care-home', active: true },
  currentCycle: {
    id: 12,
    title: 'Spring 2026',
    serviceId: 4,
    packId: defaultPack.id,
    packVersion: defaultPack.version,
    phase: 'do',
    startDate: '2026-03-01',
    endDate: '2026-05-31',
    minimumGroupSize: null,
    publishedAt: '2026-04-02T10:00:00Z'
  },
  results: {
    packId: defaultPack.id,
    packVersion: defaultPack.version,
    publishedAt: '2026-04-02T10:00:00Z',
    minimumGroupSize: 5,
    leaders: {
      pillars: [
        { pillarId: first, percent: 70 },
        { pillarId: second, percent: 60 },
        { pillarId: third, percent: 40 },
        { pillarId: fourth, percent: 65 }
      ],
      themes: [],
      overallPercent: 59,
      weakest: { pillarId: third, percent: 40 },
      weakestTiedWith: [],
      respondents: 2
    },
    staff: {
      status: 'shown',
      minimumGroupSize: 5,
      pillars: [
        { pillarId: first, percent: 52 },
        { pillarId: second, percent: 60 },
        { pillarId: third, percent: 45 },
        { pillarId: fourth, percent: 38 }
      ],
      themes: [],
      overallPercent: 49,
      weakest: { pillarId: fourth, percent: 38 },
      weakestTiedWith: [],
      respondents: 9
    }
  },
  actions: { total: 2, byStatus: { 'not-started': 1, 'in-progress': 1, 'on-hold': 0, done: 0, cancelled: 0, 'carried-over': 0 }, overdue: 0 },
  measures: []
};

function action(id: number, title: string, ownerId: number | null, status: Action['status'] = 'not-started'): Action {
  return {
    id,
    etag: `"${id}"`,
    cycleId: 12,
    serviceId: 4,
    title,
    pillarId: first,
    statementId: null,
    detail: null,
    ownerId,
    dueDate: '2099-01-31',
    status,
    priority: null,
    successMeasure: null,
    progressNotes: [],
    completedDate: null,
    carriedOverFromId: null
  };
}

const ACTIONS = [action(31, 'Protect supervision time', 11), action(32, 'Set up digital buddies', 40, 'in-progress'), action(33, 'Old idea', 11, 'done')];

function setUp(options: { access?: 'manage' | 'contribute' | 'read'; reviews?: Review[] } = {}) {
  const reviews = options.reviews ?? [];
  const services = fakeServices({
    data: {
      overview: { read: jest.fn(() => Promise.resolve({ data: OVERVIEW, warnings: [] })) },
      settings: { readPack: jest.fn(() => Promise.resolve(defaultPack)) },
      actions: {
        listForCycle: jest.fn(() => Promise.resolve({ data: ACTIONS, warnings: [] })),
        changeStatus: jest.fn((a: Action, to: Action['status']) => Promise.resolve({ ...a, status: to }))
      },
      reviews: {
        listForCycle: jest.fn(() => Promise.resolve({ data: reviews, warnings: [] })),
        add: jest.fn((input) => Promise.resolve({ id: 70, etag: '"1"', ...input })),
        update: jest.fn((id: number, changes) => Promise.resolve({ ...(reviews.find((r) => r.id === id) as Review), ...changes }))
      }
    }
  });
  const view = renderInApp(<MeetingScreen />, testHost({ hostKind: 'teams-meeting', theme: 'teams-dark', frameContext: 'sidePanel' }), services, {
    route: 'meeting/4',
    site: { access: options.access ?? 'manage' }
  });
  return { services, ...view };
}

const nameOf = (id: string): string => defaultPack.pillars.find((p) => p.id === id)?.name as string;

describe('the meeting side panel', () => {
  it("shows the current cycle's scores, the gap in words and each group's weakest pillar, and passes axe", async () => {
    const { container } = setUp();
    await screen.findByRole('heading', { level: 1, name: 'Meadowbank House' });
    expect(screen.getByText('Spring 2026, Do')).toBeInTheDocument();
    const culture = (await screen.findByText(nameOf(first), { selector: 'li > span' })).closest('li') as HTMLElement;
    expect(within(culture).getByText('Leaders 70%, staff 52%')).toBeInTheDocument();
    expect(within(culture).getByText('Gap: leaders 18 points higher')).toBeInTheDocument();
    const wellbeing = screen.getByText(nameOf(fourth), { selector: 'li > span' }).closest('li') as HTMLElement;
    expect(within(wellbeing).getByText('Gap: leaders 27 points higher')).toBeInTheDocument();
    expect(screen.getByText(`Weakest pillar (Leaders): ${nameOf(third)}, 40%`)).toBeInTheDocument();
    expect(screen.getByText(`Weakest pillar (Staff): ${nameOf(fourth)}, 38%`)).toBeInTheDocument();
    await screen.findByRole('list', { name: 'Open actions' });
    await expectNoAxeViolations(container);
  });

  it('lists only open actions, and lets the manager move one on with the Move to… menu', async () => {
    const { services } = setUp();
    const list = await screen.findByRole('list', { name: 'Open actions' });
    expect(within(list).getAllByRole('listitem')).toHaveLength(2);
    expect(within(list).queryByText('Old idea')).toBeNull();
    await userEvent.click(within(list).getByRole('button', { name: 'Move to… (action: Protect supervision time)' }));
    await userEvent.click(await screen.findByRole('menuitemradio', { name: 'Done' }));
    await screen.findByText('"Protect supervision time" moved to Done.');
    expect(services.actions.changeStatus).toHaveBeenCalledWith(expect.objectContaining({ id: 31 }), 'done', { id: 11, name: 'Amara Okafor' });
    // The panel reads the actions again, so the list shows what SharePoint now holds.
    await waitFor(() => expect(services.actions.listForCycle).toHaveBeenCalledTimes(2));
    await screen.findByRole('list', { name: 'Open actions' });
  });

  it('lets a member of staff move only the actions they own', async () => {
    setUp({ access: 'contribute' });
    const list = await screen.findByRole('list', { name: 'Open actions' });
    expect(within(list).getByRole('button', { name: 'Move to… (action: Protect supervision time)' })).toBeInTheDocument();
    expect(within(list).queryByRole('button', { name: 'Move to… (action: Set up digital buddies)' })).toBeNull();
    expect(await screen.findByText('Only managers record decisions.')).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Save decision' })).toBeNull();
  });

  it("records a decision in a new review of the pillar, and adds later ones to that pillar's decisions", async () => {
    const existing: Review = { id: 5, etag: '"4"', cycleId: 12, pillarId: second, whatChanged: null, evidence: null, rescore: null, decisions: '2026-04-01: Earlier decision' };
    const { services, container } = setUp({ reviews: [existing] });
    const text = await screen.findByRole('textbox', { name: 'Decision' });
    await userEvent.click(screen.getByRole('button', { name: 'Save decision' }));
    expect(await screen.findByText('Write the decision.', { selector: '[id] *, [id]' })).toBeInTheDocument();
    expect(services.reviews.add).not.toHaveBeenCalled();
    await expectNoAxeViolations(container);

    await userEvent.type(text, 'Book protected supervision time');
    await userEvent.click(screen.getByRole('button', { name: 'Save decision' }));
    await screen.findByText(`Decision saved to the review of ${nameOf(first)}.`);
    expect(services.reviews.add).toHaveBeenCalledWith({
      cycleId: 12,
      pillarId: first,
      whatChanged: null,
      evidence: null,
      rescore: null,
      decisions: expect.stringMatching(/^\d{4}-\d{2}-\d{2}: Book protected supervision time$/)
    });

    await userEvent.selectOptions(screen.getByRole('combobox', { name: 'Pillar' }), second);
    await userEvent.type(screen.getByRole('textbox', { name: 'Decision' }), 'Review rotas monthly');
    await userEvent.click(screen.getByRole('button', { name: 'Save decision' }));
    await waitFor(() => expect(services.reviews.update).toHaveBeenCalled());
    expect(services.reviews.update).toHaveBeenCalledWith(5, { decisions: expect.stringMatching(/^2026-04-01: Earlier decision\n\d{4}-\d{2}-\d{2}: Review rotas monthly$/) }, '"4"');
    await waitFor(() => expect(services.reviews.listForCycle).toHaveBeenCalledTimes(3));
    await screen.findByRole('button', { name: 'Save decision' });
  });
});
