import * as React from 'react';
import { act, screen, within, type RenderResult } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { allStatements, defaultPack, type ModelPack } from '../../src/model';
import { formatPath, validateModelPack } from '../../src/model/validate';
import { packContentHash } from '../../src/domain';
import ModelScreen, { type PackManagement, type StoredPackSummary } from '../../src/ui/model/ModelScreen';
import { expectNoAxeViolations } from '../support/axe';
import { fakeBrowserLayout, settle } from '../support/jsdomLayout';
import { renderInApp, testHost } from '../support/renderInApp';

jest.setTimeout(60000);
fakeBrowserLayout();

const host = testHost({ theme: 'teams-dark' });

const storedDefault: StoredPackSummary = {
  id: defaultPack.id,
  version: defaultPack.version,
  title: defaultPack.title,
  contentHash: packContentHash(defaultPack),
  usedByCycle: true,
  active: true,
  builtIn: true
};

type FakePacks = { [K in keyof PackManagement]: jest.Mock<ReturnType<PackManagement[K]>, Parameters<PackManagement[K]>> };

function fakePacks(stored: StoredPackSummary[] = [storedDefault]): FakePacks {
  return {
    list: jest.fn(() => Promise.resolve(stored.map((p) => ({ ...p })))),
    save: jest.fn<Promise<void>, [unknown]>(() => Promise.resolve()),
    setActive: jest.fn<Promise<void>, [string, string]>(() => Promise.resolve())
  };
}

function renderScreen(packs: PackManagement): RenderResult {
  return renderInApp(
    <main>
      <ModelScreen pack={defaultPack} packs={packs} />
    </main>,
    host
  );
}

/** A deep copy of the default pack that a test may change freely, as if read from a file. */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
function editablePack(): any {
  return JSON.parse(JSON.stringify(defaultPack));
}

function jsonFile(content: string, name = 'pack.json'): File {
  return new File([content], name, { type: 'application/json' });
}

/** The "Manage model packs" part of the screen, once the stored packs have loaded. */
async function managePart(): Promise<HTMLElement> {
  const region = screen.getByRole('region', { name: 'Manage model packs' });
  await within(region).findByRole('region', { name: 'Packs stored on this site' });
  return region;
}

async function choose(region: HTMLElement, file: File): Promise<void> {
  const input = within(region).getByLabelText('Model pack file (.json)');
  await act(async () => {
    await userEvent.upload(input, file);
  });
}

describe('Model pack import and export', () => {
  it('checks a valid file, shows what it holds and what importing would do, and saves only after Import', async () => {
    const packs = fakePacks();
    renderScreen(packs);
    const region = await managePart();
    await expectNoAxeViolations(region);

    const incoming = editablePack();
    incoming.version = '1.1.0';
    incoming.title = 'Meadowbank model pack';
    await choose(region, jsonFile(JSON.stringify(incoming, null, 2), 'meadowbank.json'));

    const heading = await within(region).findByRole('heading', { level: 4, name: 'meadowbank.json is ready to import' });
    expect(heading).toHaveFocus();
    const summary = within(region).getByRole('group', { name: 'meadowbank.json is ready to import' });
    expect(within(summary).getByText('Meadowbank model pack')).toBeInTheDocument();
    expect(within(summary).getByText('wpq-default')).toBeInTheDocument();
    expect(within(summary).getByText('1.1.0')).toBeInTheDocument();
    expect(within(summary).getByText('4 pillars and 1 cross-cutting theme')).toBeInTheDocument();
    const leaders = allStatements(defaultPack, 'leaders').length;
    const staff = allStatements(defaultPack, 'staff').length;
    expect(within(summary).getByText(`${leaders} for leaders and ${staff} for staff`)).toBeInTheDocument();
    expect(within(summary).getByText(String(defaultPack.measures.length))).toBeInTheDocument();
    expect(within(summary).getByText(/Pack wpq-default version 1\.1\.0 is new on this site/)).toBeInTheDocument();
    expect(packs.save).not.toHaveBeenCalled();
    await expectNoAxeViolations(region);

    // The explicit Import button, reached with the keyboard.
    const importButton = within(summary).getByRole('button', { name: 'Import' });
    await act(async () => {
      await userEvent.tab();
    });
    expect(importButton).toHaveFocus();
    await act(async () => {
      await userEvent.keyboard('{Enter}');
    });
    await within(region).findByRole('heading', { level: 4, name: 'Pack imported' });
    expect(packs.save).toHaveBeenCalledTimes(1);
    expect(packs.save.mock.calls[0][0]).toEqual(incoming);
    expect(packs.setActive).not.toHaveBeenCalled();
    expect(within(region).getByRole('heading', { level: 4, name: 'Pack imported' })).toHaveFocus();
    expect(within(region).getByText(/Meadowbank model pack 1\.1\.0 is now stored on this site/)).toBeInTheDocument();
    await settle();
    await expectNoAxeViolations(region);
    expect(within(region).queryByRole('alert')).toBeNull();
  });

  it('lists the one problem of a file that is not JSON, ties it to the file field and calls nothing', async () => {
    const packs = fakePacks();
    renderScreen(packs);
    const region = await managePart();
    await choose(region, jsonFile('{ "id": "wpq-default", }', 'broken.json'));

    const heading = await within(region).findByRole('heading', { level: 4, name: 'There is 1 problem with broken.json' });
    expect(heading).toHaveFocus();
    const summary = within(region).getByRole('group', { name: 'There is 1 problem with broken.json' });
    const items = within(summary).getAllByRole('listitem');
    expect(items).toHaveLength(1);
    expect(items[0]).toHaveTextContent('The whole file');
    expect(items[0]).toHaveTextContent(/The file is not valid JSON: at line 1, column 24 \(character 24\): a comma comes just before '}'/);
    expect(within(summary).getByText(/Nothing was imported and nothing has changed/)).toBeInTheDocument();

    const input = within(region).getByLabelText('Model pack file (.json)');
    expect(input).toHaveAttribute('aria-invalid', 'true');
    expect(input).toHaveAccessibleDescription(/Error: broken\.json cannot be imported\. The problem is described below\./);
    expect(packs.save).not.toHaveBeenCalled();
    expect(packs.setActive).not.toHaveBeenCalled();
    expect(within(region).queryByRole('button', { name: 'Import' })).toBeNull();
    await expectNoAxeViolations(region);
  });

  it('lists every problem of a broken pack at once, each with its path, and calls nothing', async () => {
    const packs = fakePacks();
    renderScreen(packs);
    const region = await managePart();

    const broken = editablePack();
    delete broken.title;
    broken.version = 'one';
    broken.pillars[1].leaderStatements[0].id = broken.pillars[0].leaderStatements[0].id;
    broken.actions[0].statementIds = ['no-such-statement'];
    broken.measures[0].unit = '<b>%</b>';
    const expected = validateModelPack(broken);
    if (expected.ok) throw new Error('the broken pack should not pass');
    expect(expected.problems.length).toBeGreaterThanOrEqual(5);

    await choose(region, jsonFile(JSON.stringify(broken), 'several.json'));
    const name = `There are ${expected.problems.length} problems with several.json`;
    expect(await within(region).findByRole('heading', { level: 4, name })).toHaveFocus();
    const items = within(within(region).getByRole('group', { name })).getAllByRole('listitem');
    expect(items).toHaveLength(expected.problems.length);
    expected.problems.forEach((problem, i) => {
      expect(items[i]).toHaveTextContent(problem.path === '' ? 'The whole file' : `At ${problem.path}`);
      expect(items[i]).toHaveTextContent(problem.message);
    });
    const paths = expected.problems.map((p) => p.path);
    expect(paths).toEqual(expect.arrayContaining(['title', 'version', formatPath(['pillars', 1, 'leaderStatements', 0, 'id'])]));
    expect(within(region).getByLabelText('Model pack file (.json)')).toHaveAccessibleDescription(
      new RegExp(`The ${expected.problems.length} problems are listed below`)
    );
    expect(packs.save).not.toHaveBeenCalled();
    expect(packs.setActive).not.toHaveBeenCalled();
    await expectNoAxeViolations(region);
  });

  it('refuses to change a pack that a cycle uses, says why and suggests the next version', async () => {
    const packs = fakePacks([storedDefault, { ...storedDefault, version: '1.0.3', active: false, usedByCycle: false, contentHash: 'fnv1a64:0' }]);
    renderScreen(packs);
    const region = await managePart();
    const changed = editablePack();
    changed.title = 'WPQ default model pack, edited';
    await choose(region, jsonFile(JSON.stringify(changed), 'edited.json'));

    const heading = await within(region).findByRole('heading', { level: 4, name: 'edited.json cannot be imported' });
    expect(heading).toHaveFocus();
    const summary = within(region).getByRole('group', { name: 'edited.json cannot be imported' });
    expect(within(summary).getByText(/already stored with different content, and at least one cycle uses it/)).toBeInTheDocument();
    expect(within(summary).getByText(/so that the results scored against it stay comparable/)).toBeInTheDocument();
    expect(within(summary).getByText(/Give the changed pack a new version number, such as 1\.0\.4, and import it again\./)).toBeInTheDocument();
    expect(within(summary).queryByRole('button', { name: /^Import/ })).toBeNull();
    expect(within(summary).getByRole('button', { name: 'Choose another file' })).toBeInTheDocument();
    expect(packs.save).not.toHaveBeenCalled();
    await expectNoAxeViolations(region);
  });

  it('says when the same pack is already stored, and offers to replace a changed pack no cycle uses', async () => {
    const packs = fakePacks([{ ...storedDefault, usedByCycle: false }]);
    renderScreen(packs);
    const region = await managePart();

    await choose(region, jsonFile(JSON.stringify(defaultPack), 'same.json'));
    await within(region).findByRole('heading', { level: 4, name: 'same.json is already stored' });
    expect(within(region).getByText(/already stored with exactly this content\. There is nothing to import\./)).toBeInTheDocument();
    expect(within(region).queryByRole('button', { name: /^Import/ })).toBeNull();

    const changed = editablePack();
    changed.description = 'Our own wording.';
    await choose(region, jsonFile(JSON.stringify(changed), 'changed.json'));
    await within(region).findByRole('heading', { level: 4, name: 'changed.json would replace a stored pack' });
    expect(within(region).getByText(/No cycle uses it yet, so importing replaces the stored copy\./)).toBeInTheDocument();
    await expectNoAxeViolations(region);

    // Saving fails: the error is announced and tied to the button, which keeps focus for a retry.
    packs.save.mockImplementationOnce(() => Promise.reject(new Error('HTTP 403 Forbidden')));
    const replace = within(region).getByRole('button', { name: 'Import and replace' });
    await act(async () => {
      await userEvent.click(replace);
    });
    const alert = await within(region).findByRole('alert');
    await within(alert).findByText(/SharePoint did not store the pack \(HTTP 403 Forbidden\)\. You can try again\./);
    expect(within(alert).getByText('The pack was not saved')).toBeInTheDocument();
    expect(replace).toHaveFocus();
    expect(replace).toHaveAccessibleDescription(/HTTP 403 Forbidden/);
    await expectNoAxeViolations(region);

    await act(async () => {
      await userEvent.click(replace);
    });
    expect(await within(region).findByRole('heading', { level: 4, name: 'Pack replaced' })).toHaveFocus();
    expect(packs.save).toHaveBeenCalledTimes(2);
  });

  it('lists the stored packs and makes one the pack for cycles started from now on', async () => {
    const next: StoredPackSummary = {
      id: 'wpq-default',
      version: '1.1.0',
      title: 'Meadowbank model pack',
      contentHash: 'fnv1a64:1',
      usedByCycle: false,
      active: false,
      importedOn: '2026-11-26T09:30:00Z',
      builtIn: false
    };
    const packs = fakePacks([storedDefault, next]);
    renderScreen(packs);
    const region = await managePart();
    expect(within(region).getByText(/cycles started from now on will use\. Cycles already started keep the pack/)).toBeInTheDocument();
    const table = within(region).getByRole('table', { name: 'Packs stored on this site' });
    const rows = within(table).getAllByRole('row');
    expect(rows).toHaveLength(3);
    expect(rows[1]).toHaveTextContent('Meadowbank model pack');
    expect(rows[1]).toHaveTextContent('26 November 2026');
    expect(rows[2]).toHaveTextContent('Built into WPQ');
    expect(rows[2]).toHaveTextContent('Used for new cycles; Used by a cycle, so it cannot change');
    expect(within(rows[2]).queryByRole('button')).toBeNull();

    packs.list.mockImplementation(() => Promise.resolve([{ ...storedDefault, active: false }, { ...next, active: true }]));
    const use = within(rows[1]).getByRole('button', { name: 'Use this pack: Meadowbank model pack 1.1.0, for cycles started from now on' });
    await act(async () => {
      await userEvent.click(use);
    });
    const done = await within(region).findByText(/^Cycles started from now on will use Meadowbank model pack 1\.1\.0\./);
    expect(packs.setActive).toHaveBeenCalledWith('wpq-default', '1.1.0');
    expect(packs.save).not.toHaveBeenCalled();
    expect(done.closest('[tabindex="-1"]')).toHaveFocus();
    await settle();
    await expectNoAxeViolations(region);
  });

  it('exports the pack on screen as pretty JSON named after its id and version', async () => {
    const packs = fakePacks();
    renderScreen(packs);
    const region = await managePart();

    let blob: Blob | undefined;
    const createObjectURL = jest.fn((b: Blob) => {
      blob = b;
      return 'blob:https://contoso.sharepoint.com/1234';
    });
    const revokeObjectURL = jest.fn();
    Object.defineProperty(URL, 'createObjectURL', { configurable: true, value: createObjectURL });
    Object.defineProperty(URL, 'revokeObjectURL', { configurable: true, value: revokeObjectURL });
    const downloads: Array<{ name: string; href: string }> = [];
    const click = jest.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (this: HTMLAnchorElement) {
      downloads.push({ name: this.download, href: this.href });
    });

    await act(async () => {
      await userEvent.click(within(region).getByRole('button', { name: 'Export' }));
    });
    expect(downloads).toEqual([{ name: 'wpq-wpq-default-1.0.0.json', href: 'blob:https://contoso.sharepoint.com/1234' }]);
    expect(within(region).getByRole('status')).toHaveTextContent('Downloaded wpq-wpq-default-1.0.0.json.');
    expect(blob?.type).toBe('application/json');
    const text = await new Promise<string>((resolve) => {
      const reader = new FileReader();
      reader.onload = () => resolve(String(reader.result));
      reader.readAsText(blob as Blob);
    });
    expect(JSON.parse(text) as ModelPack).toEqual(defaultPack);
    expect(text).toContain('\n  "id": "wpq-default",\n');
    await settle(5);
    expect(revokeObjectURL).toHaveBeenCalledWith('blob:https://contoso.sharepoint.com/1234');
    // Nothing was left in the page.
    expect(document.querySelector('a[download]')).toBeNull();
    click.mockRestore();
    await expectNoAxeViolations(region);
  });

  it('explains when the stored packs cannot be read, and reads them again when asked', async () => {
    const packs = fakePacks();
    packs.list.mockImplementationOnce(() => Promise.reject(new Error('HTTP 503 Service Unavailable')));
    renderScreen(packs);
    const region = screen.getByRole('region', { name: 'Manage model packs' });
    expect(await within(region).findByText(/We could not read the stored packs from SharePoint: HTTP 503/)).toBeInTheDocument();
    await expectNoAxeViolations(region);
    await act(async () => {
      await userEvent.click(within(region).getByRole('button', { name: 'Try again' }));
    });
    expect(await within(region).findByRole('table', { name: 'Packs stored on this site' })).toBeInTheDocument();
    expect(packs.list).toHaveBeenCalledTimes(2);
  });
});
