import * as React from 'react';
import { act, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import type { CareService, Phase, ServiceOverview } from '../../../src/data/types';
import { defaultPack } from '../../../src/model';
import { memoryAddress } from '../../../src/ui/app/address';
import OverviewScreen from '../../../src/ui/overview/OverviewScreen';
import { expectNoAxeViolations } from '../../support/axe';
import { fakeServices } from '../../support/fakeServices';
import { renderInApp, testHost } from '../../support/renderInApp';
import { careWorker } from './fixtures';

jest.setTimeout(60000);

const host = testHost();
const house: CareService = { id: 1, etag: '"1"', name: 'Meadowbank House', serviceType: 'care-home', leaderIds: [11], staffIds: [], active: true };

function overview(phase: Phase, actions: Partial<ServiceOverview['actions']> = {}): ServiceOverview {
  const byStatus = { 'not-started': 3, 'in-progress': 2, 'on-hold': 0, done: 5, cancelled: 0, 'carried-over': 0 };
  return {
    service: { id: 1, name: house.name, serviceType: 'care-home', active: true },
    currentCycle: {
      id: 15,
      title: 'Spring 2026',
      serviceId: 1,
      packId: defaultPack.id,
      packVersion: defaultPack.version,
      phase,
      startDate: '2026-03-01',
      endDate: '2026-08-31',
      minimumGroupSize: null,
      publishedAt: null
    },
    results: null,
    actions: { total: 10, overdue: 2, byStatus, nextDue: { id: 41, title: 'Agree learning plans', dueDate: '2026-05-02' }, ...actions },
    measures: []
  };
}

function servicesFor(data: ServiceOverview) {
  return fakeServices({
    data: {
      careServices: { list: jest.fn(() => Promise.resolve({ data: [house], warnings: [] })) },
      overview: { read: jest.fn(() => Promise.resolve({ data, warnings: [] })) },
      myWork: { read: jest.fn(() => Promise.resolve({ data: { user: { id: 12, title: 'Tom Baxter' }, surveys: [], actions: [] }, warnings: [] })) },
      settings: { readPack: jest.fn(() => Promise.resolve(defaultPack)) }
    }
  });
}

beforeEach(() => window.localStorage.clear());

describe("The overview's action progress", () => {
  it('shows done of total, overdue in words, the next action due and the way to the board in the Do phase', async () => {
    const address = memoryAddress(null);
    const { container } = renderInApp(<OverviewScreen />, host, servicesFor(overview('do')), { site: careWorker, address });
    const cycle = await screen.findByRole('region', { name: 'Current cycle' });
    expect(await within(cycle).findByText('5 of 10 actions done')).toBeInTheDocument();
    expect(within(cycle).getByText('2 overdue')).toBeInTheDocument();
    const next = within(cycle).getByRole('link', { name: '"Agree learning plans" on 2 May 2026' });
    expect(next).toHaveAttribute('href', 'https://wpq.invalid/?wpq=action%2F-%2F15%2F41');
    // Only managers are offered planning.
    expect(within(cycle).queryByRole('link', { name: 'Plan actions' })).toBeNull();
    await expectNoAxeViolations(container);
    await act(async () => {
      await userEvent.click(within(cycle).getByRole('link', { name: 'Open the action board' }));
    });
    expect(address.read()).toBe('actions/-/15');
  });

  it('shows no progress before the Plan phase', async () => {
    renderInApp(<OverviewScreen />, host, servicesFor(overview('analyse')), { site: careWorker });
    const cycle = await screen.findByRole('region', { name: 'Current cycle' });
    await within(cycle).findByText('Spring 2026');
    expect(within(cycle).queryByText('5 of 10 actions done')).toBeNull();
    expect(within(cycle).queryByRole('link', { name: 'Open the action board' })).toBeNull();
  });
});
