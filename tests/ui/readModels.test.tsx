import * as React from 'react';
import { act, screen, within, type RenderResult } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { ReadModelTables } from '../../src/ui/readModels/ReadModelTables';
import type { WpqServices } from '../../src/data/services';
import type { AudienceSummary, MyWork, Portfolio, ServiceOverview } from '../../src/data/types';
import type { ReadResult } from '../../src/data/rows';
import { defaultPack } from '../../src/model';
import { ThrottledError } from '../../src/data/errors';
import { fakeServices, type FakeServicesOptions } from '../support/fakeServices';
import { expectNoAxeViolations } from '../support/axe';
import { renderInApp, testHost } from '../support/renderInApp';

const host = testHost({
  hostKind: 'local-page',
  siteUrl: 'http://127.0.0.1:5000/sites/wpq',
  user: { displayName: 'Jordan Reid', email: 'jordan@example.com', loginName: 'i:0#.f|membership|jordan@example.com' }
});

const pillars = defaultPack.pillars.filter((p) => !p.crossCutting);
const themes = defaultPack.pillars.filter((p) => p.crossCutting);
const leaders: AudienceSummary = {
  pillars: pillars.map((p, i) => ({ pillarId: p.id, percent: 40 + i * 10 })),
  themes: themes.map((p) => ({ pillarId: p.id, percent: 55 })),
  overallPercent: 55,
  weakest: { pillarId: pillars[0].id, percent: 40 },
  weakestTiedWith: [],
  respondents: 1
};
const results = (staffShown: boolean): ServiceOverview['results'] => ({
  packId: defaultPack.id,
  packVersion: defaultPack.version,
  publishedAt: '2026-04-02T10:15:00Z',
  minimumGroupSize: 5,
  leaders,
  staff: staffShown ? { status: 'shown', minimumGroupSize: 5, ...leaders, respondents: 6 } : { status: 'suppressed', minimumGroupSize: 5 }
});

const portfolio: ReadResult<Portfolio> = {
  data: {
    services: [
      { serviceId: 1, serviceName: 'Meadowbank House', active: true, cycle: { id: 11, title: 'Spring 2026', phase: 'analyse', endDate: '2026-06-30' }, results: results(true), openActions: 3, overdueActions: 1 },
      { serviceId: 2, serviceName: 'Meadowbank Home Care', active: true, cycle: { id: 21, title: 'Spring 2026', phase: 'plan', endDate: null }, results: results(false), openActions: 1, overdueActions: 0 }
    ]
  },
  warnings: [{ list: 'WPQ Services', itemId: 9, field: 'Service name (Title)', problem: 'must not be empty (found null)' }]
};

const myWork: ReadResult<MyWork> = {
  data: {
    user: { id: 14, title: 'Jordan Reid' },
    surveys: [{ cycleId: 11, cycleTitle: 'Spring 2026', serviceId: 1, serviceName: 'Meadowbank House', kind: 'staff', packId: defaultPack.id, packVersion: defaultPack.version, endDate: '2026-06-30' }],
    actions: [{ id: 5, title: 'Monthly supervision for everyone', serviceId: 1, serviceName: 'Meadowbank House', cycleId: 11, dueDate: '2026-04-15', status: 'not-started', overdue: true }]
  },
  warnings: []
};

function overview(serviceId: number): ReadResult<ServiceOverview> {
  const staffShown = serviceId === 1;
  const byStatus = { 'not-started': 2, 'in-progress': 1, 'on-hold': 0, done: 1, cancelled: 0, 'carried-over': 0 };
  return {
    data: {
      service: { id: serviceId, name: serviceId === 1 ? 'Meadowbank House' : 'Meadowbank Home Care', serviceType: 'care-home', active: true },
      currentCycle: {
        id: serviceId * 10 + 1,
        title: 'Spring 2026',
        serviceId,
        packId: defaultPack.id,
        packVersion: defaultPack.version,
        phase: staffShown ? 'analyse' : 'plan',
        startDate: '2026-03-01',
        endDate: '2026-06-30',
        minimumGroupSize: null,
        publishedAt: '2026-04-02T10:15:00Z'
      },
      results: results(staffShown),
      actions: { total: 4, byStatus, overdue: 1 },
      measures: [{ measureId: defaultPack.measures[0].id, period: 'January to March 2026', periodEnd: '2026-03-31', value: 6, numerator: 3, denominator: 50 }]
    },
    warnings:
      serviceId === 1 ? [{ list: 'WPQ Actions', itemId: 42, field: 'Progress notes (WpqProgressNotes)', problem: 'The progress notes is not valid JSON.' }] : []
  };
}

function renderWith(services: WpqServices): RenderResult {
  return renderInApp(<ReadModelTables />, host, services);
}

function servicesWith(overrides: FakeServicesOptions['data']): WpqServices {
  return fakeServices({ data: overrides });
}

describe('Read model tables', () => {
  it('shows the portfolio, my work and the first service as tables, naming rows left out, and passes axe', async () => {
    const services = servicesWith({
      portfolio: { read: jest.fn().mockResolvedValue(portfolio) },
      myWork: { read: jest.fn().mockResolvedValue(myWork) },
      overview: { read: jest.fn((id: number) => Promise.resolve(overview(id))) }
    });
    const { container } = renderWith(services);
    const portfolioTable = await screen.findByLabelText('Every service: phase, published scores and actions', { selector: 'table' });
    const rows = within(portfolioTable).getAllByRole('row');
    expect(rows).toHaveLength(3);
    expect(within(rows[1]).getByText('Meadowbank House')).toBeInTheDocument();
    expect(within(rows[1]).getByText('Analyse')).toBeInTheDocument();
    expect(within(rows[1]).getAllByText(`Overall 55%; weakest pillar: ${pillars[0].shortName}, 40%`)).toHaveLength(2);
    expect(within(rows[2]).getByText('Hidden: fewer than 5 people answered')).toBeInTheDocument();
    expect(screen.getByText('WPQ Services, item 9, Service name (Title): must not be empty (found null)')).toBeInTheDocument();

    const surveys = screen.getByLabelText('Surveys waiting for you', { selector: 'table' });
    expect(within(surveys).getByText('Staff pulse')).toBeInTheDocument();
    expect(within(surveys).getByText('30 June 2026')).toBeInTheDocument();
    const actions = screen.getByLabelText('Actions you own', { selector: 'table' });
    expect(within(actions).getByText('Monthly supervision for everyone')).toBeInTheDocument();
    expect(within(actions).getByText('Yes')).toBeInTheDocument();

    const scores = await screen.findByLabelText('Pillar scores from leaders and from staff', { selector: 'table' });
    expect(within(scores).getAllByRole('row')).toHaveLength(1 + pillars.length + themes.length);
    expect(screen.getByLabelText('Actions in this cycle by status', { selector: 'table' })).toBeInTheDocument();
    expect(within(screen.getByLabelText('Latest value of each measure', { selector: 'table' })).getByText('6%')).toBeInTheDocument();
    expect(screen.getByText(/WPQ Actions, item 42, Progress notes \(WpqProgressNotes\)/)).toBeInTheDocument();
    expect(services.overview.read).toHaveBeenCalledWith(1);
    await expectNoAxeViolations(container);
    // axe over several full tables takes a few seconds in jsdom on a small machine.
  }, 30000);

  it('loads another service when it is chosen', async () => {
    const services = servicesWith({
      portfolio: { read: jest.fn().mockResolvedValue(portfolio) },
      myWork: { read: jest.fn().mockResolvedValue(myWork) },
      overview: { read: jest.fn((id: number) => Promise.resolve(overview(id))) }
    });
    renderWith(services);
    const select = await screen.findByRole('combobox', { name: 'Service' });
    await screen.findByLabelText('Pillar scores from leaders and from staff', { selector: 'table' });
    await act(async () => {
      await userEvent.selectOptions(select, '2');
    });
    expect(services.overview.read).toHaveBeenLastCalledWith(2);
    const scores = await screen.findByLabelText('Pillar scores from leaders and from staff', { selector: 'table' });
    expect(within(scores).getAllByText('Hidden: fewer than 5 people answered')).toHaveLength(pillars.length + themes.length);
  });

  it("writes dates in the host's locale, and in UK English when the host's locale is not one Intl knows", async () => {
    const data = {
      portfolio: { read: jest.fn().mockResolvedValue(portfolio) },
      myWork: { read: jest.fn().mockResolvedValue(myWork) },
      overview: { read: jest.fn((id: number) => Promise.resolve(overview(id))) }
    };
    const american = renderInApp(<ReadModelTables />, { ...host, locale: 'en-US' }, servicesWith(data));
    const surveys = await screen.findByLabelText('Surveys waiting for you', { selector: 'table' });
    expect(within(surveys).getByText('June 30, 2026')).toBeInTheDocument();
    expect(await screen.findByText('March 1, 2026 to June 30, 2026')).toBeInTheDocument();
    american.unmount();

    renderInApp(<ReadModelTables />, { ...host, locale: 'not a locale' }, servicesWith(data));
    const fallback = await screen.findByLabelText('Surveys waiting for you', { selector: 'table' });
    expect(within(fallback).getByText('30 June 2026')).toBeInTheDocument();
  });

  it('explains a failure in plain words', async () => {
    renderWith(
      servicesWith({
        portfolio: { read: jest.fn().mockRejectedValue(new ThrottledError({ status: 503 })) },
        myWork: { read: jest.fn().mockResolvedValue(myWork) }
      })
    );
    expect(await screen.findByText(/We could not read this from SharePoint: SharePoint is unavailable|SharePoint is busy/)).toBeInTheDocument();
    expect(await screen.findByLabelText('Actions you own', { selector: 'table' })).toBeInTheDocument();
  });
});
