import * as React from 'react';
import { act, screen, within, type RenderResult } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { defaultPack, type ModelPack } from '../../src/model';
import ModelScreen, { type PackManagement } from '../../src/ui/model/ModelScreen';
import { expectNoAxeViolations } from '../support/axe';
import { fakeBrowserLayout } from '../support/jsdomLayout';
import { renderInApp, testHost } from '../support/renderInApp';

// axe in jsdom calls getComputedStyle thousands of times on a screen this size; give it room.
jest.setTimeout(60000);

fakeBrowserLayout();

const host = testHost({ hostKind: 'teams-channel-tab', theme: 'teams-light' });

function renderScreen(pack: ModelPack = defaultPack, packs?: PackManagement): RenderResult {
  return renderInApp(
    <main>
      <ModelScreen pack={pack} packs={packs} />
    </main>,
    host
  );
}

/** Presses keys as a person would, then lets the tab indicator's animation frame run. */
async function press(keys: string): Promise<void> {
  await act(async () => {
    await userEvent.keyboard(keys);
    await new Promise((resolve) => setTimeout(resolve, 20));
  });
}

describe('Model screen', () => {
  it('shows the pack, the four pillars side by side and the digital theme across them, and no pack management', async () => {
    const { container } = renderScreen();
    expect(screen.getByRole('heading', { level: 1, name: 'The model' })).toBeInTheDocument();
    const about = screen.getByRole('region', { name: 'About this model pack' });
    expect(within(about).getByText('WPQ default model pack')).toBeInTheDocument();
    expect(within(about).getByText('1.0.0')).toBeInTheDocument();
    expect(within(about).getByText('25 November 2026')).toBeInTheDocument();
    expect(within(about).getByText(defaultPack.licence.text)).toBeInTheDocument();
    expect(within(about).getByText(defaultPack.licence.attribution)).toBeInTheDocument();

    const overview = screen.getByRole('region', { name: 'Pillars and theme' });
    const pillarList = within(overview).getByRole('list');
    const cards = within(pillarList).getAllByRole('listitem');
    expect(cards.map((card) => within(card).getByRole('heading', { level: 3 }).textContent)).toEqual([
      'Vision, values, culture and supervision',
      'Inclusive leadership and management',
      'Learning and development',
      'Employee health and wellbeing'
    ]);
    for (const card of cards) {
      const pillar = defaultPack.pillars.find((p) => p.name === within(card).getByRole('heading').textContent);
      expect(within(card).getByText(pillar?.description ?? '(missing)')).toBeInTheDocument();
    }
    expect(within(overview).getByText('Cross-cutting theme: runs across all four pillars')).toBeInTheDocument();
    expect(within(overview).getByRole('heading', { level: 3, name: 'Digital tools and digital leadership' })).toBeInTheDocument();
    // The theme sits beside the pillars, not among their equal-weight cards.
    expect(within(pillarList).queryByText('Digital tools and digital leadership')).toBeNull();

    // Without pack management, nobody sees import, export or the stored packs.
    expect(screen.queryByRole('heading', { name: 'Manage model packs' })).toBeNull();
    expect(screen.queryByLabelText(/Model pack file/)).toBeNull();
    expect(screen.queryByRole('button', { name: 'Export' })).toBeNull();
    expect(container.querySelector('input[type="file"]')).toBeNull();

    await expectNoAxeViolations(container);
  });

  it('switches pillars with the keyboard and shows that pillar\'s guidance and statements', async () => {
    renderScreen();
    const explorer = screen.getByRole('region', { name: 'Explore a pillar or theme' });
    const tabs = within(explorer).getAllByRole('tab');
    const names = ['Culture and supervision', 'Leadership', 'Learning', 'Health and wellbeing', 'Digital (theme)'];
    expect(tabs).toHaveLength(names.length);
    names.forEach((name, i) => expect(tabs[i]).toHaveAccessibleName(name));
    expect(tabs[0]).toHaveAttribute('aria-selected', 'true');

    // A person tabs to the selected pillar and moves along with the arrow keys.
    for (let i = 0; i < 20 && document.activeElement !== tabs[0]; i++) {
      await act(async () => {
        await userEvent.tab();
      });
    }
    expect(tabs[0]).toHaveFocus();
    await press('{ArrowRight}');
    expect(tabs[1]).toHaveFocus();
    expect(tabs[1]).toHaveAttribute('aria-selected', 'true');

    const leadership = defaultPack.pillars[1];
    const panel = within(explorer).getByRole('tabpanel');
    expect(panel).toHaveAccessibleName('Leadership');
    expect(within(panel).getByRole('heading', { level: 3, name: leadership.name })).toBeInTheDocument();
    expect(within(panel).getByText(leadership.leaderStatements[0].text)).toBeInTheDocument();
    expect(within(panel).getByText(leadership.staffStatements[0].text)).toBeInTheDocument();
    expect(within(panel).getByText(leadership.thingsToMeasure[0].text)).toBeInTheDocument();
    expect(within(panel).getByText(leadership.thingsToDo[0].text)).toBeInTheDocument();
    expect(within(panel).getByText(leadership.thingsThatHelp[0].text)).toBeInTheDocument();
    expect(within(panel).getByRole('heading', { level: 4, name: 'Things to measure' })).toBeInTheDocument();
    expect(within(panel).getByRole('heading', { level: 4, name: 'Things to do' })).toBeInTheDocument();
    expect(within(panel).getByRole('heading', { level: 4, name: 'Things that help' })).toBeInTheDocument();
    // The culture pillar's statements are gone.
    expect(within(panel).queryByText(defaultPack.pillars[0].leaderStatements[0].text)).toBeNull();

    // To the theme with End: marked as running across all four pillars.
    await press('{End}');
    expect(tabs[4]).toHaveAttribute('aria-selected', 'true');
    const themePanel = within(explorer).getByRole('tabpanel');
    expect(within(themePanel).getByRole('heading', { level: 3, name: 'Digital tools and digital leadership' })).toBeInTheDocument();
    expect(within(themePanel).getByText('Cross-cutting theme: runs across all four pillars')).toBeInTheDocument();

    await expectNoAxeViolations(explorer);
  });

  it('shows each measure with its definition and benchmarks, or its note when it has none', async () => {
    renderScreen();
    const measures = screen.getByRole('region', { name: 'Measures' });

    // Each measure opens from its heading's button, with the keyboard.
    expect(within(measures).getAllByRole('heading', { level: 3 })).toHaveLength(defaultPack.measures.length);
    const turnoverButton = within(measures).getByRole('button', { name: 'Staff turnover rate' });
    expect(turnoverButton).toHaveAttribute('aria-expanded', 'false');
    act(() => turnoverButton.focus());
    await press('{Enter}');
    expect(turnoverButton).toHaveAttribute('aria-expanded', 'true');
    const turnover = within(measures).getByRole('heading', { level: 3, name: 'Staff turnover rate' }).parentElement as HTMLElement;
    expect(within(turnover).getByText(/Leavers in the last 12 months as a percentage/)).toBeInTheDocument();
    expect(within(turnover).getByText(/^Directly employed workers who left the organisation for any reason\./)).toBeInTheDocument();
    expect(within(turnover).getByText(/Period: The last 12 months$/)).toBeInTheDocument();
    expect(within(turnover).getByText('Numerator ÷ denominator × 100')).toBeInTheDocument();
    expect(within(turnover).getByText('Lower is better')).toBeInTheDocument();
    const table = within(turnover).getByRole('table', { name: 'Benchmarks for Staff turnover rate' });
    const rows = within(table).getAllByRole('row');
    expect(rows).toHaveLength(4);
    const first = within(rows[1]).getAllByRole('cell');
    expect(first[0]).toHaveTextContent('24.7%');
    expect(first[0]).toHaveTextContent('National figure');
    expect(first[1]).toHaveTextContent('2024/25');
    expect(first[2]).toHaveTextContent('Independent sector, England');
    expect(first[3]).toHaveTextContent(/annual report on the state of the adult social care sector and workforce in England, 2024\/25 data/);
    expect(first[4]).toHaveTextContent('Skills for Care');
    expect(first[5]).toHaveTextContent('October 2025');
    expect(first[6]).toHaveTextContent('Down from 25.8% in 2023/24.');
    // The table scrolls inside its own labelled region on a narrow screen, reachable by keyboard.
    const scroller = within(turnover).getByRole('region', { name: 'Benchmarks for Staff turnover rate' });
    expect(scroller).toHaveAttribute('tabindex', '0');

    // A measure with an older, narrower national figure shows it with the note on how to compare.
    const certificateButton = within(measures).getByRole('button', { name: 'Care Certificate completed or in progress' });
    act(() => certificateButton.focus());
    await press(' ');
    const certificate = within(measures).getByRole('heading', { level: 3, name: 'Care Certificate completed or in progress' }).parentElement as HTMLElement;
    const certificateRows = within(within(certificate).getByRole('table', { name: 'Benchmarks for Care Certificate completed or in progress' })).getAllByRole('row');
    expect(certificateRows).toHaveLength(2);
    expect(within(certificateRows[1]).getAllByRole('cell')[0]).toHaveTextContent('67%');
    expect(within(certificate).getByText(/^About these benchmarks: The only national figure found covers care workers new to the sector/)).toBeInTheDocument();
    expect(within(certificate).getByText('Higher is better')).toBeInTheDocument();

    // A measure with no national figure says so, and why, instead of showing a table.
    const hoursButton = within(measures).getByRole('button', { name: 'Learning hours per worker' });
    act(() => hoursButton.focus());
    await press('{Enter}');
    const hours = within(measures).getByRole('heading', { level: 3, name: 'Learning hours per worker' }).parentElement as HTMLElement;
    expect(within(hours).queryByRole('table')).toBeNull();
    expect(within(hours).getByText(/^No benchmark: No national benchmark was found\./)).toBeInTheDocument();

    await expectNoAxeViolations(measures);
  });

  it('links only https resources, opening in a new tab and saying so, and marks paraphrased CQC titles', async () => {
    const pack = JSON.parse(JSON.stringify(defaultPack)) as ModelPack;
    pack.resources = pack.resources.map((r) => {
      if (r.id === 'res.sfc-effective-supervision') return { ...r, url: 'https://www.example.org/supervision' };
      // Not https: shown as plain text, never as a link (the schema refuses it; the screen does not trust that).
      if (r.id === 'res.sfc-culture-for-care') return { ...r, url: 'http://www.example.org/culture' };
      return r;
    });
    pack.cqc.qualityStatements = pack.cqc.qualityStatements.map((q) =>
      q.id === 'qs.wl.speak-up' ? { ...q, titleIsParaphrase: true } : q
    );
    const { container } = renderScreen(pack);
    const panel = screen.getByRole('tabpanel');
    const links = within(panel).getAllByRole('link', { name: 'Effective supervision in adult social care (opens in a new tab)' });
    for (const link of links) {
      expect(link).toHaveAttribute('href', 'https://www.example.org/supervision');
      expect(link).toHaveAttribute('target', '_blank');
      expect(link).toHaveAttribute('rel', 'noopener noreferrer');
    }
    expect(within(panel).queryByRole('link', { name: /Culture for Care toolkit/ })).toBeNull();
    expect(within(panel).getAllByText(/Culture for Care toolkit/).length).toBeGreaterThan(0);
    expect(container.querySelector('a[href^="http:"]')).toBeNull();

    // culture.l01 maps to "Shared direction and culture" (an official title) and to W1.
    const first = within(panel).getByText(defaultPack.pillars[0].leaderStatements[0].text).closest('li') as HTMLElement;
    expect(within(first).getByText('Shared direction and culture (Well-led)')).toBeInTheDocument();
    expect(within(first).getByText(/^W1: /)).toBeInTheDocument();
    expect(within(first).queryByText(/paraphrase/)).toBeNull();
    expect(within(first).getByText('What might show this')).toBeInTheDocument();
    // culture.l05 maps to "Freedom to speak up", marked here as a paraphrase, and has a suggested action.
    const fifth = within(panel).getByText(defaultPack.pillars[0].leaderStatements[4].text).closest('li') as HTMLElement;
    const speakUp = within(fifth).getByText(/^Freedom to speak up \(Well-led\)/);
    expect(speakUp).toHaveTextContent('(paraphrase: the official wording may differ)');
    for (const action of defaultPack.actions.filter((a) => a.statementIds.indexOf('culture.l05') >= 0)) {
      expect(within(fifth).getByText(action.title)).toBeInTheDocument();
    }

    await expectNoAxeViolations(panel);
  });
});
