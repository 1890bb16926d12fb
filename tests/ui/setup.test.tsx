import * as React from 'react';
import { act, screen, type RenderResult } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { SetUpSite } from '../../src/ui/setup/SetUpSite';
import type { SetupProgress, SetupResult, SetupStatus } from '../../src/data/provisioning';
import { SetupRefusedError, ThrottledError } from '../../src/data/errors';
import type { WpqServices } from '../../src/data/services';
import { fakeServices } from '../support/fakeServices';
import { expectNoAxeViolations } from '../support/axe';
import { renderInApp, testHost } from '../support/renderInApp';

const host = testHost();

const notSetUp: SetupStatus = { canManage: true, installedVersion: null, currentVersion: 2, missingLists: ['WPQ Services'], upToDate: false };
const upToDate: SetupStatus = { canManage: true, installedVersion: 2, currentVersion: 2, missingLists: [], upToDate: true };

function deferred<T>(): { promise: Promise<T>; resolve: (v: T) => void; reject: (e: unknown) => void } {
  let resolve!: (v: T) => void;
  let reject!: (e: unknown) => void;
  const promise = new Promise<T>((res, rej) => {
    resolve = res;
    reject = rej;
  });
  return { promise, resolve, reject };
}

function renderWith(services: WpqServices): RenderResult {
  return renderInApp(<SetUpSite />, host, services);
}

function servicesWith(setup: Partial<WpqServices['setup']>): WpqServices {
  return fakeServices({ data: { setup } });
}

describe('Set up this site', () => {
  it('sets up an empty site for a manager, showing each step, then says it is ready', async () => {
    const run = deferred<SetupResult>();
    let report: ((p: SetupProgress) => void) | undefined;
    const check = jest.fn().mockResolvedValueOnce(notSetUp).mockResolvedValue(upToDate);
    const services = servicesWith({
      check,
      run: jest.fn((onProgress?: (p: SetupProgress) => void) => {
        report = onProgress;
        return run.promise;
      })
    });
    const { container } = renderWith(services);
    expect(await screen.findByText("WPQ's lists are not on this site yet.")).toBeInTheDocument();
    await expectNoAxeViolations(container);

    await act(async () => {
      await userEvent.click(screen.getByRole('button', { name: 'Set up this site' }));
    });
    act(() => report?.({ step: 3, total: 10, kind: 'add-field', list: 'WPQ Actions', field: 'Owner' }));
    expect(screen.getByText('Step 3 of 10: adding the column "Owner" to "WPQ Actions"')).toBeInTheDocument();
    expect(screen.getByRole('progressbar')).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Set up this site' })).toBeDisabled();
    await expectNoAxeViolations(container);

    await act(async () => {
      run.resolve({ previousVersion: null, installedVersion: 2, changes: 5, steps: [] });
    });
    expect(await screen.findByText('The site is ready. 5 changes were made.')).toBeInTheDocument();
    expect(screen.getByText("WPQ's lists are set up and up to date (schema version 2).")).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Check and repair the set-up' })).toBeEnabled();
    expect(check).toHaveBeenCalledTimes(2);
    await expectNoAxeViolations(container);
  });

  it('runs again from the keyboard and says when nothing needed doing', async () => {
    const services = servicesWith({
      check: jest.fn().mockResolvedValue(upToDate),
      run: jest.fn().mockResolvedValue({ previousVersion: 2, installedVersion: 2, changes: 0, steps: [] })
    });
    renderWith(services);
    await screen.findByRole('button', { name: 'Check and repair the set-up' });
    await act(async () => {
      await userEvent.tab();
    });
    expect(screen.getByRole('button', { name: 'Check and repair the set-up' })).toHaveFocus();
    await act(async () => {
      await userEvent.keyboard('{Enter}');
    });
    expect(await screen.findByText('Everything was already up to date, so nothing changed.')).toBeInTheDocument();
    expect(services.setup.run).toHaveBeenCalledTimes(1);
  });

  it('offers an update when the lists are from an older version', async () => {
    renderWith(servicesWith({ check: jest.fn().mockResolvedValue({ ...upToDate, installedVersion: 1, upToDate: false }) }));
    expect(await screen.findByText("WPQ's lists need an update from schema version 1 to 2. Everything already in them is kept.")).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Update this site' })).toBeInTheDocument();
  });

  it('names the lists whose security was changed by hand and offers to repair them', async () => {
    renderWith(
      servicesWith({
        check: jest.fn().mockResolvedValue({ ...upToDate, upToDate: false, listsWithWrongSecurity: ['WPQ Responses'] })
      })
    );
    expect(await screen.findByText(/changed who can see or edit items in these lists: WPQ Responses/)).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Check and repair the set-up' })).toBeInTheDocument();
  });

  it('explains a failure in plain words and that running again is safe', async () => {
    const services = servicesWith({
      check: jest.fn().mockResolvedValue(notSetUp),
      run: jest.fn().mockRejectedValue(new ThrottledError({ status: 429 }))
    });
    const { container } = renderWith(services);
    await act(async () => {
      await userEvent.click(await screen.findByRole('button', { name: 'Set up this site' }));
    });
    expect(await screen.findByText('Set-up stopped')).toBeInTheDocument();
    expect(screen.getByText(/SharePoint is busy and asked us to slow down/)).toBeInTheDocument();
    expect(screen.getByText(/You can run set-up again safely/)).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Set up this site' })).toBeEnabled();
    await expectNoAxeViolations(container);
  });

  it('tells someone who cannot manage lists who can set the site up, with no button', async () => {
    const { container } = renderWith(servicesWith({ check: jest.fn().mockResolvedValue({ ...notSetUp, canManage: false }) }));
    expect(await screen.findByText('Only site owners can set up WPQ')).toBeInTheDocument();
    expect(screen.getByText(/Ask a site owner \(someone who can manage lists here\)/)).toBeInTheDocument();
    expect(screen.queryByRole('button')).toBeNull();
    await expectNoAxeViolations(container);
  });

  it('shows the refusal if permissions changed between the check and the run', async () => {
    renderWith(
      servicesWith({
        check: jest.fn().mockResolvedValueOnce(notSetUp).mockResolvedValue({ ...notSetUp, canManage: false }),
        run: jest.fn().mockRejectedValue(new SetupRefusedError({ status: 403 }))
      })
    );
    await act(async () => {
      await userEvent.click(await screen.findByRole('button', { name: 'Set up this site' }));
    });
    expect(await screen.findAllByText('Only site owners can set up WPQ')).not.toHaveLength(0);
    expect(screen.getAllByText(/Ask a site owner/).length).toBeGreaterThan(0);
  });

  it('says when the site cannot be checked, and checks again on request', async () => {
    const check = jest.fn().mockRejectedValueOnce(new TypeError('fetch failed')).mockResolvedValue(upToDate);
    renderWith(servicesWith({ check }));
    expect(await screen.findByText(/We could not check this site/)).toBeInTheDocument();
    await act(async () => {
      await userEvent.click(screen.getByRole('button', { name: 'Try again' }));
    });
    expect(await screen.findByText("WPQ's lists are set up and up to date (schema version 2).")).toBeInTheDocument();
  });
});
