import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { DONT_KNOW } from '../../../src/domain';
import { NetworkError, ThrottledError } from '../../../src/data/errors';
import { expectNoAxeViolations } from '../../support/axe';
import { fakeBrowserLayout } from '../../support/jsdomLayout';
import {
  DRAFT_KEY,
  SUBMISSION_ID,
  acting,
  areaNames,
  choice,
  renderSurvey,
  staffStatements,
  surveyServices,
  waitForHeading
} from './surveySupport';

jest.setTimeout(240000);

fakeBrowserLayout();

beforeEach(() => {
  window.localStorage.clear();
});

function storedDraft(): Record<string, unknown> {
  const text = window.localStorage.getItem(DRAFT_KEY);
  expect(text).not.toBeNull();
  return JSON.parse(text as string) as Record<string, unknown>;
}

describe('Staff survey: the draft on the device', () => {
  it('restores the answers after the screen is closed and opened again, with a notice and a way to start again', async () => {
    const user = userEvent.setup({ delay: null });
    const statements = staffStatements();
    const [first, second] = areaNames();
    const secondStatement = statements.find((s) => s.area === second) as { id: string; text: string };
    const { services } = surveyServices();

    const opened = renderSurvey(services);
    await user.click(await screen.findByRole('button', { name: 'Start the survey' }));
    await user.click(choice(statements[0].text, 'Agree'));
    await user.click(choice(statements[1].text, "Don't know or does not apply"));
    await user.click(screen.getByRole('button', { name: 'Next' }));
    await waitForHeading(second);
    await user.click(choice(secondStatement.text, 'Disagree'));
    opened.unmount();

    // Kept on the device, per site, cycle and person, with the submission id made for it.
    const draft = storedDraft();
    expect(draft.answers).toEqual({ [statements[0].id]: 4, [statements[1].id]: DONT_KNOW, [secondStatement.id]: 2 });
    expect(draft.step).toBe(2);
    expect(draft.submissionId).toEqual(expect.stringMatching(SUBMISSION_ID));

    // A refresh, a closed tab: the survey opens where the person was, and says so.
    renderSurvey(services);
    const heading = await waitForHeading(second);
    const notice = screen.getByText(/We restored the answers you gave on/);
    expect(notice.textContent).toMatch(/We restored the answers you gave on \d{1,2} [A-Z][a-z]+ \d{4} at \d{2}:\d{2}\.$/);
    expect(screen.getByText('Welcome back')).toBeInTheDocument();
    expect(heading).not.toHaveFocus();
    expect(choice(secondStatement.text, 'Disagree')).toBeChecked();
    await user.click(screen.getByRole('button', { name: 'Back' }));
    await waitForHeading(first);
    expect(choice(statements[0].text, 'Agree')).toBeChecked();
    expect(choice(statements[1].text, "Don't know or does not apply")).toBeChecked();

    // Start again: everything cleared, on the device too, and a fresh start at the notice.
    await user.click(screen.getByRole('button', { name: 'Start again' }));
    expect(await waitForHeading('Before you start')).toHaveFocus();
    expect(screen.queryByText(/We restored the answers/)).toBeNull();
    expect(screen.getByText('Your earlier answers were cleared. You are starting again.')).toBeInTheDocument();
    expect(window.localStorage.getItem(DRAFT_KEY)).toBeNull();
    await user.click(screen.getByRole('button', { name: 'Start the survey' }));
    expect(choice(statements[0].text, 'Agree')).not.toBeChecked();
    // A new draft, with a new submission id (nothing was ever sent with the old one).
    await waitFor(() => expect(window.localStorage.getItem(DRAFT_KEY)).not.toBeNull());
    expect(storedDraft().submissionId).not.toBe(draft.submissionId);
  });

  it('keeps everything after a failed submit, says what to do, and sends the same submission id on every retry', async () => {
    const user = userEvent.setup({ delay: null });
    const statements = staffStatements();
    const submit = jest
      .fn()
      .mockRejectedValueOnce(new NetworkError())
      .mockRejectedValueOnce(new ThrottledError({ status: 503 }))
      .mockImplementation((input: { submissionId: string }) => Promise.resolve({ id: 77, submissionId: input.submissionId, alreadySubmitted: true }));
    const { services } = surveyServices({ submit });

    const opened = renderSurvey(services);
    await user.click(await screen.findByRole('button', { name: 'Start the survey' }));
    await user.click(choice(statements[0].text, 'Strongly agree'));
    for (let i = 0; i < 5; i++) await user.click(screen.getByRole('button', { name: 'Next' }));
    await user.type(await screen.findByRole('textbox', { name: /Is there anything else/ }), 'Rotas change too late.');
    await user.click(screen.getByRole('button', { name: 'Next' }));
    await waitForHeading('Check your answers');

    // Offline: nothing lost, and the person is told what to do.
    await acting(() => user.click(screen.getByRole('button', { name: 'Send my answers' })));
    expect(screen.getByText('Your answers have not been sent yet')).toBeInTheDocument();
    expect(screen.getByText(/Nothing is lost: your answers are kept on this device\. We could not reach SharePoint\. Check your connection and try again\./)).toBeInTheDocument();
    expect(screen.getByText(/When your connection is back, choose Try again/)).toBeInTheDocument();
    expect(storedDraft()).toEqual(expect.objectContaining({ attempted: true, comment: 'Rotas change too late.' }));
    await expectNoAxeViolations(opened.container);

    // Try again: the server is busy this time.
    await acting(() => user.click(screen.getByRole('button', { name: 'Try again' })));
    expect(screen.getByText(/Nothing is lost: your answers are kept on this device\. SharePoint is busy/)).toBeInTheDocument();
    expect(within(screen.getByRole('heading', { level: 2, name: 'Check your answers' }).parentElement as HTMLElement).getByText('Rotas change too late.')).toBeInTheDocument();
    opened.unmount();

    // Later, on the same device: the draft is back at the check step, and sending it works.
    renderSurvey(services);
    await waitForHeading('Check your answers');
    expect(screen.getByText(/We restored the answers you gave on/)).toBeInTheDocument();
    await acting(() => user.click(screen.getByRole('button', { name: 'Send my answers' })));
    await waitForHeading('Thank you. Your answers have been sent');

    expect(submit).toHaveBeenCalledTimes(3);
    const ids = submit.mock.calls.map((call) => (call[0] as { submissionId: string }).submissionId);
    expect(ids[0]).toMatch(SUBMISSION_ID);
    expect(new Set(ids).size).toBe(1);
    for (const call of submit.mock.calls) {
      expect(call[0]).toEqual(
        expect.objectContaining({ answers: [{ statementId: statements[0].id, value: 5 }], comment: 'Rotas change too late.', kind: 'staff' })
      );
    }
    expect(window.localStorage.getItem(DRAFT_KEY)).toBeNull();
  });

  it('does not restore a draft made for another version of the pack', async () => {
    window.localStorage.setItem(
      DRAFT_KEY,
      JSON.stringify({
        format: 1,
        packId: 'wpq-default',
        packVersion: '0.9.0',
        submissionId: 'abcdefgh1234',
        answers: { [staffStatements()[0].id]: 4 },
        comment: '',
        step: 1,
        attempted: false,
        savedAt: '2026-03-02T09:30:00.000Z'
      })
    );
    const { services } = surveyServices();
    renderSurvey(services);
    await waitForHeading('Before you start');
    expect(screen.queryByText(/We restored the answers/)).toBeNull();
  });
});
