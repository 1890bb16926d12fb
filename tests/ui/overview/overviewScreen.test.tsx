import * as React from 'react';
import { act, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import type { CareService, MyWork, ServiceOverview } from '../../../src/data/types';
import type { SetupStatus } from '../../../src/data/provisioning';
import { NotSetUpError } from '../../../src/data/errors';
import { defaultPack } from '../../../src/model';
import { memoryAddress } from '../../../src/ui/app/address';
import OverviewScreen from '../../../src/ui/overview/OverviewScreen';
import { expectNoAxeViolations } from '../../support/axe';
import { fakeServices } from '../../support/fakeServices';
import { renderInApp, testHost } from '../../support/renderInApp';

jest.setTimeout(60000);

const host = testHost();
const SITE = 'https://contoso.sharepoint.com/sites/wpq';
const STORAGE_KEY = `wpq:overview-service:${SITE}`;

function service(id: number, name: string, active = true): CareService {
  return { id, etag: '"1"', name, serviceType: 'care-home', leaderIds: [11], staffIds: [], active };
}

const meadowbank = service(1, 'Meadowbank House');
const riverside = service(2, 'Riverside Home Care');
const oldMill = service(3, 'Old Mill Lodge', false);

const upToDate: SetupStatus = { canManage: true, installedVersion: 3, currentVersion: 3, missingLists: [], upToDate: true };

function noActions(): ServiceOverview['actions'] {
  return { total: 0, overdue: 0, byStatus: { 'not-started': 0, 'in-progress': 0, 'on-hold': 0, done: 0, cancelled: 0, 'carried-over': 0 } };
}

function overviewOf(s: CareService, changes: Partial<ServiceOverview> = {}): ServiceOverview {
  return {
    service: { id: s.id, name: s.name, serviceType: s.serviceType, active: s.active },
    currentCycle: {
      id: 10 + s.id,
      title: `${s.name} spring 2026`,
      serviceId: s.id,
      packId: defaultPack.id,
      packVersion: defaultPack.version,
      phase: 'plan',
      startDate: '2026-03-01',
      endDate: '2026-08-31',
      minimumGroupSize: null,
      publishedAt: '2026-04-20T10:00:00Z'
    },
    results: {
      packId: defaultPack.id,
      packVersion: defaultPack.version,
      publishedAt: '2026-04-20T10:00:00Z',
      minimumGroupSize: 5,
      leaders: {
        pillars: [
          { pillarId: 'culture', percent: 70 },
          { pillarId: 'leadership', percent: 66 },
          { pillarId: 'learning', percent: 48 },
          { pillarId: 'wellbeing', percent: 72 }
        ],
        themes: [{ pillarId: 'digital', percent: 40 }],
        overallPercent: 64,
        weakest: { pillarId: 'learning', percent: 48 },
        weakestTiedWith: [],
        respondents: 2
      },
      staff: { status: 'suppressed', minimumGroupSize: 5 }
    },
    actions: { ...noActions(), total: 4, overdue: 1, byStatus: { ...noActions().byStatus, 'in-progress': 2, done: 2 } },
    measures: [],
    ...changes
  };
}

function work(changes: Partial<MyWork> = {}): MyWork {
  return { user: { id: 11, title: 'Amara Okafor' }, surveys: [], actions: [], ...changes };
}

interface Setup {
  list?: CareService[];
  overviews?: Record<number, ServiceOverview>;
  myWork?: MyWork;
}

function servicesFor(setup: Setup = {}): ReturnType<typeof fakeServices> {
  const list = setup.list ?? [meadowbank, riverside, oldMill];
  const overviews = setup.overviews ?? Object.fromEntries(list.map((s) => [s.id, overviewOf(s)]));
  return fakeServices({
    data: {
      careServices: { list: jest.fn(() => Promise.resolve({ data: list, warnings: [] })) },
      overview: { read: jest.fn((id: number) => Promise.resolve({ data: overviews[id], warnings: [] })) },
      myWork: { read: jest.fn(() => Promise.resolve({ data: setup.myWork ?? work(), warnings: [] })) },
      settings: { readPack: jest.fn(() => Promise.resolve(defaultPack)) },
      setup: { check: jest.fn(() => Promise.resolve(upToDate)) }
    }
  });
}

const careWorker = { access: 'contribute' as const, user: { id: 12, title: 'Tom Baxter', email: 'tom@example.com' } };
const qualityLead = { access: 'read' as const, user: { id: 14, title: 'Jordan Reid', email: 'jordan@example.com' } };

beforeEach(() => window.localStorage.clear());

describe('Overview screen', () => {
  it('puts the weakest pillar beside the overall figure and hides staff figures below the minimum group size', async () => {
    const { container } = renderInApp(<OverviewScreen />, host, servicesFor(), { site: careWorker });
    const scores = await screen.findByRole('region', { name: 'Pillar scores' });
    const leaders = await within(scores).findByText(/Overall 64%/);
    expect(leaders).toHaveTextContent('2 self-assessments. Overall 64%, and the weakest pillar is Learning and development at 48%.');
    expect(within(scores).getByText('Hidden: fewer than 5 answered')).toBeInTheDocument();
    // No staff figure leaks into the table either.
    const table = within(scores).getByRole('table');
    const learning = within(table).getByRole('row', { name: /Learning and development/ });
    expect(within(learning).getAllByRole('cell').map((c) => c.textContent)).toEqual(['48% (weakest)', 'Hidden']);
    await expectNoAxeViolations(container);
  });

  it('never shows an overall figure when there is no weakest pillar to put beside it', async () => {
    const base = overviewOf(meadowbank);
    const results = base.results as NonNullable<ServiceOverview['results']>;
    const noWeakest = { ...base, results: { ...results, leaders: { ...(results.leaders as NonNullable<typeof results.leaders>), weakest: null } } };
    renderInApp(<OverviewScreen />, host, servicesFor({ list: [meadowbank], overviews: { 1: noWeakest } }), { site: careWorker });
    expect(await screen.findByText(/No pillar has a score yet/)).toBeInTheDocument();
    expect(screen.queryByText(/Overall/)).toBeNull();
  });

  it('shows staff figures with their own weakest pillar when enough staff answered', async () => {
    const base = overviewOf(meadowbank);
    const results = base.results as NonNullable<ServiceOverview['results']>;
    const shown: ServiceOverview = {
      ...base,
      results: {
        ...results,
        staff: {
          status: 'shown',
          minimumGroupSize: 5,
          pillars: [
            { pillarId: 'culture', percent: 55 },
            { pillarId: 'leadership', percent: 51 },
            { pillarId: 'learning', percent: 60 },
            { pillarId: 'wellbeing', percent: 51 }
          ],
          themes: [],
          overallPercent: 54,
          weakest: { pillarId: 'leadership', percent: 51 },
          weakestTiedWith: ['wellbeing'],
          respondents: 9
        }
      }
    };
    renderInApp(<OverviewScreen />, host, servicesFor({ list: [meadowbank], overviews: { 1: shown } }), { site: careWorker });
    expect(
      await screen.findByText(
        '9 answered. Overall 54%, and the weakest pillars, level at 51%, are Inclusive leadership and management and Employee health and wellbeing.'
      )
    ).toBeInTheDocument();
    expect(screen.queryByText(/Hidden: fewer than/)).toBeNull();
  });

  it('links to the full results and opens a pillar on its page of the model', async () => {
    const address = memoryAddress(null);
    renderInApp(<OverviewScreen />, host, servicesFor({ list: [meadowbank] }), { site: careWorker, address });
    const full = await screen.findByRole('link', { name: 'See the full results of Meadowbank House spring 2026' });
    expect(full).toHaveAttribute('href', 'https://wpq.invalid/?wpq=results%2F1%2F11');
    const pillar = screen.getByRole('link', { name: 'Learning and development' });
    expect(pillar).toHaveAttribute('href', 'https://wpq.invalid/?wpq=model%2F-%2F-%2Flearning');
    await act(async () => {
      await userEvent.click(pillar);
    });
    expect(address.read()).toBe('model/-/-/learning');
  });

  it('shows the phase in words, Analyse to Review, with the current one marked', async () => {
    renderInApp(<OverviewScreen />, host, servicesFor({ list: [meadowbank] }), { site: careWorker });
    expect(await screen.findByText('Plan (step 2 of 4)')).toBeInTheDocument();
    const steps = screen.getByRole('list', { name: 'The phases of a cycle' });
    expect(within(steps).getAllByRole('listitem').map((li) => li.textContent)).toEqual(['Analyse→', 'Plan (now)→', 'Do→', 'Review']);
    expect(within(steps).getByText('Plan (now)').closest('li')).toHaveAttribute('aria-current', 'step');
    expect(screen.getByText('1 overdue')).toBeInTheDocument();
  });

  it('lists the surveys waiting, each opening its own screen', async () => {
    const address = memoryAddress(null);
    const myWork = work({
      surveys: [
        { cycleId: 11, cycleTitle: 'Spring 2026', serviceId: 1, serviceName: 'Meadowbank House', kind: 'staff', packId: 'wpq-default', packVersion: '1.0.0', endDate: '2026-05-31' },
        { cycleId: 21, cycleTitle: 'Spring 2026', serviceId: 2, serviceName: 'Riverside Home Care', kind: 'leaders', packId: 'wpq-default', packVersion: '1.0.0', endDate: null }
      ]
    });
    renderInApp(<OverviewScreen />, host, servicesFor({ myWork }), { site: careWorker, address });
    const waiting = await screen.findByRole('region', { name: 'Waiting for you' });
    const pulse = await within(waiting).findByRole('link', { name: 'Answer the staff pulse for Meadowbank House' });
    expect(within(waiting).getByText('Cycle: Spring 2026. Closes on 31 May 2026.')).toBeInTheDocument();
    expect(within(waiting).getByRole('link', { name: "Complete the leaders' self-assessment for Riverside Home Care" })).toHaveAttribute(
      'href',
      'https://wpq.invalid/?wpq=assessment%2F-%2F21'
    );
    await act(async () => {
      await userEvent.click(pulse);
    });
    expect(address.read()).toBe('survey/-/11');
  });

  it('gives a manager the next step of the cycle: publish in Analyse, move on afterwards', async () => {
    const analyse = overviewOf(meadowbank, { results: null });
    (analyse.currentCycle as NonNullable<ServiceOverview['currentCycle']>).phase = 'analyse';
    renderInApp(<OverviewScreen />, host, servicesFor({ list: [meadowbank, riverside], overviews: { 1: analyse, 2: overviewOf(riverside) } }));
    const waiting = await screen.findByRole('region', { name: 'Waiting for you' });
    expect(await within(waiting).findByRole('link', { name: 'Publish the results of Meadowbank House spring 2026' })).toHaveAttribute(
      'href',
      'https://wpq.invalid/?wpq=cycle%2F-%2F11'
    );
    expect(screen.getByText('No results have been published for Meadowbank House spring 2026 yet.')).toBeInTheDocument();

    await act(async () => {
      await userEvent.selectOptions(screen.getByRole('combobox', { name: 'Service' }), 'Riverside Home Care');
    });
    expect(await within(waiting).findByRole('link', { name: 'Move Riverside Home Care spring 2026 on to Do' })).toHaveAttribute(
      'href',
      'https://wpq.invalid/?wpq=cycle%2F-%2F12'
    );
  });

  it('shows a quality lead the same figures read-only, with nothing waiting', async () => {
    const services = servicesFor();
    const { container } = renderInApp(<OverviewScreen />, host, services, { site: qualityLead });
    expect(await screen.findByText(/Overall 64%, and the weakest pillar is Learning and development at 48%/)).toBeInTheDocument();
    expect(screen.queryByRole('region', { name: 'Waiting for you' })).toBeNull();
    expect(screen.queryByRole('link', { name: /Publish|Move|Answer|Complete/ })).toBeNull();
    expect(services.myWork.read).not.toHaveBeenCalled();
    expect(services.setup.check).not.toHaveBeenCalled();
    expect(screen.getByText('You can read published results.')).toBeInTheDocument();
    await expectNoAxeViolations(container);
  });

  it('opens the service chosen last time on this site, and remembers a new choice', async () => {
    window.localStorage.setItem(STORAGE_KEY, '2');
    const address = memoryAddress(null);
    const services = servicesFor();
    renderInApp(<OverviewScreen />, host, services, { site: careWorker, address });
    const select = await screen.findByRole('combobox', { name: 'Service' });
    expect(select).toHaveValue('2');
    expect(await screen.findByRole('heading', { level: 2, name: 'Riverside Home Care' })).toBeInTheDocument();
    expect(services.overview.read).toHaveBeenCalledWith(2);
    expect(services.overview.read).not.toHaveBeenCalledWith(1);

    await act(async () => {
      await userEvent.selectOptions(select, 'Meadowbank House');
    });
    expect(await screen.findByRole('heading', { level: 2, name: 'Meadowbank House' })).toBeInTheDocument();
    expect(window.localStorage.getItem(STORAGE_KEY)).toBe('1');
    expect(address.read()).toBe('overview/1');
  });

  it('hides archived services from the choice unless one is the service shown', async () => {
    renderInApp(<OverviewScreen />, host, servicesFor(), { site: careWorker });
    const select = await screen.findByRole('combobox', { name: 'Service' });
    expect(within(select).getAllByRole('option').map((o) => o.textContent)).toEqual(['Meadowbank House', 'Riverside Home Care']);
  });

  it('shows an archived service the address names, and says it is archived', async () => {
    renderInApp(<OverviewScreen />, host, servicesFor(), { site: careWorker, route: 'overview/3' });
    const select = await screen.findByRole('combobox', { name: 'Service' });
    expect(select).toHaveValue('3');
    expect(within(select).getAllByRole('option').map((o) => o.textContent)).toEqual([
      'Meadowbank House',
      'Riverside Home Care',
      'Old Mill Lodge (archived)'
    ]);
    expect(await screen.findByText(/This service is archived/)).toBeInTheDocument();
  });

  it('offers no choice when there is one service', async () => {
    renderInApp(<OverviewScreen />, host, servicesFor({ list: [meadowbank] }), { site: careWorker });
    expect(await screen.findByRole('heading', { level: 2, name: 'Meadowbank House' })).toBeInTheDocument();
    expect(screen.queryByRole('combobox', { name: 'Service' })).toBeNull();
  });

  it('gives each pillar a short block from the model pack, with its resources opening in a new tab', async () => {
    const { container } = renderInApp(<OverviewScreen />, host, servicesFor({ list: [meadowbank] }), { site: careWorker });
    const header = await screen.findByRole('button', { name: 'Learning and development' });
    expect(header).toHaveAttribute('aria-expanded', 'false');
    await act(async () => {
      await userEvent.click(header);
    });
    expect(header).toHaveAttribute('aria-expanded', 'true');
    expect(screen.getByRole('link', { name: 'Open Learning and development in the model' })).toHaveAttribute(
      'href',
      'https://wpq.invalid/?wpq=model%2F-%2F-%2Flearning'
    );
    const learning = defaultPack.pillars.find((p) => p.id === 'learning') as (typeof defaultPack.pillars)[number];
    expect(screen.getByText(learning.thingsToDo[0].text)).toBeInTheDocument();
    // A short block: two of each list, the rest on the model page.
    expect(screen.queryByText(learning.thingsToDo[2].text)).toBeNull();
    expect(screen.getByRole('heading', { level: 5, name: 'Things to measure' })).toBeInTheDocument();
    expect(screen.getByText('And 2 more in the model.')).toBeInTheDocument();
    const certificate = defaultPack.resources.find((r) => r.id === 'res.cqc-care-certificate') as (typeof defaultPack.resources)[number];
    const link = screen.getByRole('link', { name: `${certificate.title} (opens in a new tab)` });
    expect(link).toHaveAttribute('href', certificate.url);
    expect(link).toHaveAttribute('target', '_blank');
    expect(link).toHaveAttribute('rel', 'noopener noreferrer');
    // A resource without a known address is named, to search for, never made into a link.
    const ldss = defaultPack.resources.find((r) => r.id === 'res.dhsc-ldss') as (typeof defaultPack.resources)[number];
    expect(screen.getByText(`${ldss.title} (${ldss.publisher}): search for the title`)).toBeInTheDocument();
    await expectNoAxeViolations(container);
  });

  it('uses the pack new cycles will use when the service has no cycle yet', async () => {
    const services = servicesFor({ list: [meadowbank], overviews: { 1: overviewOf(meadowbank, { currentCycle: null, results: null, actions: noActions() }) } });
    (services.settings.readActivePack as jest.Mock).mockResolvedValue({ id: defaultPack.id, version: defaultPack.version });
    renderInApp(<OverviewScreen />, host, services, { site: careWorker });
    expect(await screen.findByText('This service has no cycles yet.')).toBeInTheDocument();
    expect(await screen.findByRole('button', { name: 'Learning and development' })).toBeInTheDocument();
    expect(services.settings.readActivePack).toHaveBeenCalled();
  });

  it('tells a manager with no services yet where to add one', async () => {
    const { container } = renderInApp(<OverviewScreen />, host, servicesFor({ list: [] }));
    expect(await screen.findByText(/No services have been set up yet. Add the first service/)).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Add a service' })).toHaveAttribute('href', 'https://wpq.invalid/?wpq=services');
    expect(await screen.findByText('This site is set up for WPQ (list schema version 3).')).toBeInTheDocument();
    await expectNoAxeViolations(container);
  });

  it('tells a care worker with no services yet that a manager sets them up', async () => {
    renderInApp(<OverviewScreen />, host, servicesFor({ list: [] }), { site: careWorker });
    expect(await screen.findByText('No services have been set up yet. A manager sets them up; once they have, you will see them here.')).toBeInTheDocument();
    expect(screen.queryByRole('link', { name: 'Add a service' })).toBeNull();
  });

  it('tells a care worker on a site that is not set up who can set it up', async () => {
    const services = servicesFor();
    (services.careServices.list as jest.Mock).mockRejectedValue(new NotSetUpError('WPQ is not set up on this site.'));
    renderInApp(<OverviewScreen />, host, services, { site: careWorker });
    expect(await screen.findByText('WPQ has not been set up on this site yet.')).toBeInTheDocument();
    expect(screen.getByText(/Only the site owners can set it up/)).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Go to set-up' })).toBeNull();
  });

  it('takes a manager of a site that is not set up to set-up', async () => {
    const address = memoryAddress(null);
    const services = servicesFor();
    (services.careServices.list as jest.Mock).mockRejectedValue(new NotSetUpError('WPQ is not set up on this site.'));
    (services.setup.check as jest.Mock).mockResolvedValue({ ...upToDate, installedVersion: null, missingLists: ['WPQ Services'], upToDate: false });
    renderInApp(<OverviewScreen />, host, services, { address });
    const go = await screen.findByRole('button', { name: 'Go to set-up' });
    expect(screen.getByText('WPQ has not been set up on this site yet.')).toBeInTheDocument();
    await act(async () => {
      await userEvent.click(go);
    });
    expect(address.read()).toBe('setup');
  });
});
