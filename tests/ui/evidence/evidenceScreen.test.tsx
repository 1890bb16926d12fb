import * as React from 'react';
import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { defaultPack } from '../../../src/model';
import type { Action, LeadersEvidence } from '../../../src/data/types';
import { PermissionError } from '../../../src/data/errors';
import EvidenceScreen from '../../../src/ui/evidence/EvidenceScreen';
import { evidenceGroups } from '../../../src/ui/evidence/evidenceModel';
import { expectNoAxeViolations } from '../../support/axe';
import { fakeServices } from '../../support/fakeServices';
import { fakeBrowserLayout } from '../../support/jsdomLayout';
import { renderInApp, testHost } from '../../support/renderInApp';
import { cycle, measureRecords, publishedResults, staffScores } from '../results/fixtures';
import { manyActions } from '../export/bigCycle';

jest.setTimeout(60000);
fakeBrowserLayout();

const host = testHost();
const culture1 = defaultPack.pillars[0].leaderStatements[0];

function leadersEvidence(): LeadersEvidence {
  return {
    leaders: 2,
    statements: {
      [culture1.id]: {
        notes: ['Values are discussed at every supervision.\nSee the log.', '<b>typed</b> as text'],
        links: ['https://contoso.sharepoint.com/sites/wpq/values.docx', 'javascript:alert(1)']
      }
    }
  };
}

function actions(): Action[] {
  return [{ ...manyActions(1)[0], id: 41, title: 'Agree our values with the team', statementId: culture1.id, status: 'in-progress', dueDate: '2026-06-30' }];
}

function renderEvidence(access: 'manage' | 'read', options: { staffPeople?: number; evidence?: jest.Mock } = {}) {
  const evidenceRead = options.evidence ?? jest.fn(() => Promise.resolve({ data: leadersEvidence(), warnings: [] }));
  const results = publishedResults(options.staffPeople === undefined ? {} : { staff: staffScores(options.staffPeople) });
  const services = fakeServices({
    data: {
      cycles: { readWithResults: jest.fn(() => Promise.resolve({ data: { cycle: cycle(), results }, warnings: [] })) },
      actions: { listForCycle: jest.fn(() => Promise.resolve({ data: actions(), warnings: [] })) },
      measures: { listForService: jest.fn(() => Promise.resolve({ data: measureRecords(), warnings: [] })) },
      settings: { readPack: jest.fn(() => Promise.resolve(defaultPack)) },
      evidence: { read: evidenceRead }
    }
  });
  const view = renderInApp(
    <main>
      <EvidenceScreen />
    </main>,
    host,
    services,
    { route: 'evidence/-/12', site: { access } }
  );
  return { ...view, evidenceRead };
}

function group(title: RegExp): HTMLElement {
  return screen.getByRole('region', { name: title });
}

describe('CQC Well-led evidence summary', () => {
  it('groups by Well-led quality statement, says the mapping is WPQ’s proposal, and passes axe', async () => {
    const { container } = renderEvidence('manage');
    expect(await screen.findByRole('heading', { level: 1, name: 'CQC Well-led evidence: Spring 2026' })).toBeInTheDocument();
    expect(await screen.findByText(/is WPQ’s proposal, not CQC’s\. CQC has not checked or approved it\./)).toBeInTheDocument();
    const wellLed = defaultPack.cqc.qualityStatements.filter((q) => q.keyQuestion === 'well-led');
    const headings = screen.getAllByRole('heading', { level: 2 }).map((h) => h.textContent);
    for (const q of wellLed) expect(headings.some((h) => h?.startsWith(q.title))).toBe(true);
    expect(headings.some((h) => /Safe|staffing/i.test(h ?? ''))).toBe(false);
    await expectNoAxeViolations(container);
  });

  it('shows the statements that serve a quality statement with their scores, leaders’ evidence as text and safe links only', async () => {
    renderEvidence('manage');
    await screen.findByText(/is WPQ’s proposal/);
    const shared = group(/^Shared direction and culture/);
    expect(within(shared).getByText(culture1.text)).toBeInTheDocument();
    expect(within(shared).getAllByText(/Leaders, Vision, values, culture and supervision\. Score: 67%/).length).toBeGreaterThan(0);
    expect(within(shared).getByText(/Values are discussed at every supervision\.\s+See the log\./)).toBeInTheDocument();
    expect(within(shared).getByText('<b>typed</b> as text')).toBeInTheDocument();
    const link = within(shared).getByRole('link', { name: 'https://contoso.sharepoint.com/sites/wpq/values.docx' });
    expect(link).toHaveAttribute('target', '_blank');
    expect(link).toHaveAttribute('rel', 'noopener noreferrer');
    expect(within(shared).queryByRole('link', { name: /javascript/ })).toBeNull();
    expect(within(shared).getByText('javascript:alert(1)')).toBeInTheDocument();
    expect(within(shared).getByText('Agree our values with the team: In progress, due 30 June 2026')).toBeInTheDocument();
  });

  it('hides staff scores below the minimum group size, saying so', async () => {
    renderEvidence('manage', { staffPeople: 3 });
    await screen.findByText(/is WPQ’s proposal/);
    const shared = group(/^Shared direction and culture/);
    expect(within(shared).getAllByText(/^Staff, .*Hidden: too few answered$/).length).toBeGreaterThan(0);
    expect(within(shared).queryByText(/^Staff, .*Score:/)).toBeNull();
  });

  it('shows no evidence notes to readers, and does not ask for them', async () => {
    const { container, evidenceRead } = renderEvidence('read');
    expect(await screen.findByText('Leaders’ evidence notes and links are shown to managers only.')).toBeInTheDocument();
    expect(evidenceRead).not.toHaveBeenCalled();
    expect(screen.queryByText(/Values are discussed/)).toBeNull();
    await expectNoAxeViolations(container);
  });

  it('still shows scores and actions when the evidence cannot be read, saying why', async () => {
    renderEvidence('manage', { evidence: jest.fn(() => Promise.reject(new PermissionError('no', { status: 403 }))) });
    expect(await screen.findByText(/Leaders’ evidence could not be loaded/)).toBeInTheDocument();
    expect(within(group(/^Shared direction and culture/)).getByText(culture1.text)).toBeInTheDocument();
  });

  it('prints from a button that the print stylesheet leaves off the paper', async () => {
    const print = jest.fn();
    const original = window.print;
    window.print = print;
    try {
      renderEvidence('manage');
      await userEvent.click(await screen.findByRole('button', { name: 'Print or save as PDF' }));
      expect(print).toHaveBeenCalledTimes(1);
    } finally {
      window.print = original;
    }
  });
});

describe('the evidence model', () => {
  it('takes the statements of every audience that the pack maps to each Well-led quality statement', () => {
    const groups = evidenceGroups({ pack: defaultPack, results: publishedResults(), evidence: null, actions: actions(), measures: measureRecords() });
    const governance = groups.find((g) => g.qualityStatement.id === 'qs.wl.governance');
    const mapped = defaultPack.pillars.flatMap((p) => [...p.leaderStatements, ...p.staffStatements]).filter((s) => s.qualityStatementIds.includes('qs.wl.governance'));
    expect(governance?.statements.map((s) => s.statementId).sort()).toEqual(mapped.map((s) => s.id).sort());
    expect(groups.every((g) => g.statements.every((s) => s.notes.length === 0))).toBe(true);
  });
});
