import * as React from 'react';
import { act, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import type { SiteAccess } from '../../../src/data/site';
import { memoryAddress } from '../../../src/ui/app/address';
import ResultsScreen from '../../../src/ui/results/ResultsScreen';
import { fakeServices } from '../../support/fakeServices';
import { renderInApp, testHost } from '../../support/renderInApp';
import { cycle, measureRecords, pack, publishedResults, shownComments } from '../results/fixtures';

jest.setTimeout(120000);

function setUp(access: SiteAccess) {
  const results = publishedResults();
  const address = memoryAddress('results/-/12');
  const services = fakeServices({
    data: {
      resultsView: {
        read: jest.fn(() =>
          Promise.resolve({ main: { data: { cycle: cycle({ publishedAt: results.publishedAt }), results }, warnings: [] }, measures: null, comments: null })
        )
      },
      settings: { readPack: jest.fn(() => Promise.resolve(pack)) },
      measures: { listForService: jest.fn(() => Promise.resolve({ data: measureRecords(), warnings: [] })) },
      responses: { comments: jest.fn(() => Promise.resolve({ data: shownComments(), warnings: [] })) }
    }
  });
  renderInApp(<ResultsScreen />, testHost(), services, { address, site: { access } });
  return address;
}

describe('From the results to actions', () => {
  it('offers managers "Plan an action" for each pillar and each statement, and the board to everyone', async () => {
    const address = setUp('manage');
    const culture = pack.pillars.find((p) => p.id === 'culture');
    const pillarLink = await screen.findByText(`Plan an action for ${culture?.name}`);
    expect(pillarLink.closest('a')).toHaveAttribute('href', 'https://wpq.invalid/?wpq=newaction%2F-%2F12%2Fculture');
    const statement = culture?.leaderStatements[0];
    const statementLink = document.querySelector(`a[href="https://wpq.invalid/?wpq=newaction%2F-%2F12%2F${encodeURIComponent(statement?.id ?? '')}"]`);
    expect(statementLink).toHaveAttribute('aria-label', `Plan an action for the statement "${statement?.text}"`);
    expect(statementLink).toHaveTextContent(statement?.text ?? '(missing)');
    await act(async () => {
      await userEvent.click(screen.getByText('See the action board of this cycle'));
    });
    expect(address.read()).toBe('actions/-/12');
  });

  it('offers readers the board but no planning', async () => {
    setUp('read');
    expect(await screen.findByText('See the action board of this cycle')).toBeInTheDocument();
    expect(screen.queryByText(/^Plan an action for/)).toBeNull();
    expect(document.querySelector('a[href*="newaction"]')).toBeNull();
  });
});
