import { act, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { DONT_KNOW, type Answer } from '../../../src/domain';
import { defaultPack } from '../../../src/model';
import * as queries from '../../../src/ui/shared/useQuery';
import { expectNoAxeViolations } from '../../support/axe';
import { fakeBrowserLayout } from '../../support/jsdomLayout';
import {
  DRAFT_KEY,
  SUBMISSION_ID,
  acting,
  areaNames,
  choice,
  cycle,
  isButton,
  renderSurvey,
  staffStatements,
  statementGroup,
  surveyServices,
  tabUntil,
  waitForHeading
} from './surveySupport';

// axe, and a whole survey of 25 statements by keyboard, take a while in jsdom on a shared machine.
jest.setTimeout(240000);

fakeBrowserLayout();

beforeEach(() => {
  window.localStorage.clear();
});

/**
 * What Tom answers to each statement, by its place in the survey: the scale's values in turn, "don't
 * know" for the eighth, and nothing for the very last one (he skips it).
 */
function planned(index: number, total: number): number | typeof DONT_KNOW | null {
  if (index === total - 1) return null;
  if (index === 7) return DONT_KNOW;
  return (index % 5) + 1;
}

describe('Staff survey: answering and sending', () => {
  it('is completed with the keyboard alone and sends the expected answers, comment and submission id', async () => {
    const user = userEvent.setup({ delay: null });
    const invalidate = jest.spyOn(queries, 'invalidate');
    const { services, submit } = surveyServices();
    renderSurvey(services);

    await waitForHeading('Before you start');
    await tabUntil(user, isButton('Start the survey'), 'Start the survey');
    await user.keyboard('{Enter}');

    const statements = staffStatements();
    const names = areaNames();
    const expected: Answer[] = [];
    let index = 0;
    for (let step = 0; step < names.length; step++) {
      const heading = await waitForHeading(names[step]);
      // Focus moved to the new step's heading, and the progress is shown in words and as a bar.
      expect(heading).toHaveFocus();
      expect(screen.getByText(`Step ${step + 1} of 6`)).toBeInTheDocument();
      expect(screen.getByRole('progressbar', { name: `Step ${step + 1} of 6` })).toHaveAttribute('aria-valuetext', `Step ${step + 1} of 6`);

      const onThisStep = statements.filter((s) => s.area === names[step]);
      for (const statement of onThisStep) {
        const value = planned(index, statements.length);
        index++;
        if (value === null) continue;
        // Tab into the statement's radio group, then choose with the arrow keys (Space for the first choice).
        await user.tab();
        const group = statementGroup(statement.text);
        expect(group).toContainElement(document.activeElement as HTMLElement);
        if (value === DONT_KNOW) await user.keyboard('{ArrowUp}');
        else if (value === 1) await user.keyboard(' ');
        else await user.keyboard('{ArrowDown}'.repeat(value - 1));
        const wanted = value === DONT_KNOW ? "Don't know or does not apply" : defaultPack.scales.staff.options[value - 1].label;
        expect(within(group).getByLabelText(wanted)).toBeChecked();
        expected.push({ statementId: statement.id, value });
      }
      await tabUntil(user, isButton('Next'), 'Next');
      await user.keyboard('{Enter}');
    }

    // The optional question, with its character count.
    expect(await waitForHeading('Anything else?')).toHaveFocus();
    expect(screen.getByText('Step 6 of 6')).toBeInTheDocument();
    await user.tab();
    const box = await screen.findByRole('textbox', { name: /Is there anything else you would like to tell us/ });
    expect(box).toHaveFocus();
    expect(screen.getByText('You have 2,000 characters left.')).toBeInTheDocument();
    await user.keyboard('More time for handovers, please.');
    expect(screen.getByText('You have 1,968 characters left.')).toBeInTheDocument();
    await tabUntil(user, isButton('Next'), 'Next');
    await user.keyboard('{Enter}');

    // Check your answers: every answer in words, the skipped one counted, the comment as typed.
    expect(await waitForHeading('Check your answers')).toHaveFocus();
    expect(screen.getByText('You left 1 statement unanswered. It will be left out of the results. You can still send your answers.')).toBeInTheDocument();
    const last = statements[statements.length - 1];
    const lastRow = screen.getByText(last.text).closest('div') as HTMLElement;
    expect(within(lastRow).getByText('Not answered')).toBeInTheDocument();
    const dkRow = screen.getByText(statements[7].text).closest('div') as HTMLElement;
    expect(within(dkRow).getByText("Don't know or does not apply")).toBeInTheDocument();
    expect(screen.getByText('More time for handovers, please.')).toBeInTheDocument();
    expect(window.localStorage.getItem(DRAFT_KEY)).not.toBeNull();

    await tabUntil(user, isButton('Send my answers'), 'Send my answers');
    await acting(() => user.keyboard('{Enter}'));

    const thanks = await waitForHeading('Thank you. Your answers have been sent');
    expect(thanks).toHaveFocus();
    expect(submit).toHaveBeenCalledTimes(1);
    const input = submit.mock.calls[0][0];
    expect(input).toEqual({
      cycle: expect.objectContaining({ id: 12, serviceId: 3, packId: defaultPack.id, packVersion: defaultPack.version }),
      pack: defaultPack,
      kind: 'staff',
      answers: expected,
      submissionId: expect.stringMatching(SUBMISSION_ID),
      comment: 'More time for handovers, please.'
    });
    expect(input.answers).toHaveLength(statements.length - 1);
    // What happens next, the draft gone from the device, and the screens that list surveys refreshed.
    expect(screen.getByText('Your manager publishes the results once at least 6 people have answered. You will see them as totals for the whole group.')).toBeInTheDocument();
    expect(screen.getByText(/agrees actions with the team/)).toBeInTheDocument();
    expect(window.localStorage.getItem(DRAFT_KEY)).toBeNull();
    expect(invalidate).toHaveBeenCalledWith('mywork');
    expect(invalidate).toHaveBeenCalledWith('overview');
    invalidate.mockRestore();
  });

  it('goes back a step with Back, keeping the answers, and moves focus to that step\'s heading', async () => {
    const user = userEvent.setup({ delay: null });
    const { services } = surveyServices();
    renderSurvey(services);
    await user.click(await screen.findByRole('button', { name: 'Start the survey' }));
    const [first, second] = areaNames();
    const statement = staffStatements()[0];
    // Each statement is a radio group named by the statement (a fieldset and its legend).
    expect(screen.getByRole('group', { name: statement.text })).toBe(statementGroup(statement.text));
    expect(within(statementGroup(statement.text)).getAllByRole('radio').map((r) => r.closest('label')?.textContent)).toEqual([
      'Strongly disagree',
      'Disagree',
      'Neither agree nor disagree',
      'Agree',
      'Strongly agree',
      "Don't know or does not apply"
    ]);
    await user.click(choice(statement.text, 'Agree'));
    await user.click(screen.getByRole('button', { name: 'Next' }));
    expect(await waitForHeading(second)).toHaveFocus();
    await user.click(screen.getByRole('button', { name: 'Back' }));
    expect(await waitForHeading(first)).toHaveFocus();
    expect(choice(statement.text, 'Agree')).toBeChecked();
  });

  it('lets a comment longer than 2,000 characters be seen and shortened, but not sent', async () => {
    const user = userEvent.setup({ delay: null });
    const { services } = surveyServices();
    renderSurvey(services);
    await user.click(await screen.findByRole('button', { name: 'Start the survey' }));
    for (let i = 0; i < 5; i++) await user.click(screen.getByRole('button', { name: 'Next' }));
    await waitForHeading('Anything else?');
    const box = await screen.findByRole('textbox', { name: /Is there anything else/ });
    await user.click(box);
    await user.paste('x'.repeat(2003));
    expect(screen.getByText(/You have 3 characters too many\. Your answer must be 2,000 characters or fewer/)).toBeInTheDocument();
    expect(box).toHaveAttribute('aria-invalid', 'true');
    await user.click(screen.getByRole('button', { name: 'Next' }));
    // Still on the question, with focus back in the box to fix it.
    expect(screen.getByRole('heading', { level: 2, name: 'Anything else?' })).toBeInTheDocument();
    expect(box).toHaveFocus();
    await user.keyboard('{Backspace}{Backspace}{Backspace}');
    expect(screen.getByText('You have 0 characters left.')).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Next' }));
    expect(await waitForHeading('Check your answers')).toBeInTheDocument();
  });

  it('refuses to send a survey with no answers at all and says why', async () => {
    const user = userEvent.setup({ delay: null });
    const { services, submit } = surveyServices();
    renderSurvey(services);
    await user.click(await screen.findByRole('button', { name: 'Start the survey' }));
    for (let i = 0; i < 6; i++) await user.click(screen.getByRole('button', { name: 'Next' }));
    await waitForHeading('Check your answers');
    await user.click(screen.getByRole('button', { name: 'Send my answers' }));
    expect(screen.getByText('You have not answered any statements yet. Answer at least one before you send the survey.')).toBeInTheDocument();
    expect(submit).not.toHaveBeenCalled();
  });

  it('returns from "Change" to the check page once the answers are changed', async () => {
    const user = userEvent.setup({ delay: null });
    const { services } = surveyServices();
    renderSurvey(services);
    await user.click(await screen.findByRole('button', { name: 'Start the survey' }));
    for (let i = 0; i < 6; i++) await user.click(screen.getByRole('button', { name: 'Next' }));
    await waitForHeading('Check your answers');
    const [, second] = areaNames();
    await user.click(screen.getByRole('button', { name: `Change your answers about ${second}` }));
    expect(await waitForHeading(second)).toHaveFocus();
    const statement = staffStatements().find((s) => s.area === second) as { text: string };
    await user.click(choice(statement.text, 'Strongly agree'));
    await user.click(screen.getByRole('button', { name: 'Continue to check your answers' }));
    await waitForHeading('Check your answers');
    const row = screen.getByText(statement.text).closest('div') as HTMLElement;
    expect(within(row).getByText('Strongly agree')).toBeInTheDocument();
    expect(screen.getByText('You left 24 statements unanswered. They will be left out of the results. You can still send your answers.')).toBeInTheDocument();
  });

  it('has no accessibility problems on the notice, the first step and the thank-you', async () => {
    const user = userEvent.setup({ delay: null });
    const { services } = surveyServices();
    const { container } = renderSurvey(services);
    await waitForHeading('Before you start');
    await expectNoAxeViolations(container);

    await user.click(screen.getByRole('button', { name: 'Start the survey' }));
    await waitForHeading(areaNames()[0]);
    await user.click(choice(staffStatements()[0].text, 'Agree'));
    await expectNoAxeViolations(container);

    for (let i = 0; i < 6; i++) await user.click(screen.getByRole('button', { name: /^(Next)$/ }));
    await waitForHeading('Check your answers');
    await acting(() => user.click(screen.getByRole('button', { name: 'Send my answers' })));
    await waitForHeading('Thank you. Your answers have been sent');
    await act(async () => {
      await expectNoAxeViolations(container);
    });
  });

  it('keeps working when the device will not store anything (private browsing)', async () => {
    const user = userEvent.setup({ delay: null });
    const refuse = (): never => {
      throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
    };
    const getItem = jest.spyOn(Storage.prototype, 'getItem').mockImplementation(refuse);
    const setItem = jest.spyOn(Storage.prototype, 'setItem').mockImplementation(refuse);
    try {
      const { services, submit } = surveyServices();
      renderSurvey(services);
      await user.click(await screen.findByRole('button', { name: 'Start the survey' }));
      await user.click(choice(staffStatements()[0].text, 'Agree'));
      expect(
        screen.getByText('This browser does not let WPQ keep your answers on this device. Finish the survey before you close this page.')
      ).toBeInTheDocument();
      for (let i = 0; i < 6; i++) await user.click(screen.getByRole('button', { name: 'Next' }));
      const send = await screen.findByRole('button', { name: 'Send my answers' });
      await acting(() => user.click(send));
      await waitForHeading('Thank you. Your answers have been sent');
      expect(submit).toHaveBeenCalledWith(expect.objectContaining({ answers: [{ statementId: staffStatements()[0].id, value: 4 }], comment: null }));
    } finally {
      getItem.mockRestore();
      setItem.mockRestore();
    }
  });
});

describe('Staff survey: the confidentiality notice', () => {
  it('says who sees what before the first question, with the cycle\'s minimum group size', async () => {
    const { services } = surveyServices();
    renderSurvey(services);
    await waitForHeading('Before you start');
    const notice = screen.getByRole('region', { name: 'Who sees your answers' });
    expect(within(notice).getByText('Results are shown only once at least 6 people have answered. Until then, nobody sees any results.')).toBeInTheDocument();
    expect(within(notice).getByText(/managers see it exactly as you wrote it, without your name, and only once at least 6 people have answered/)).toBeInTheDocument();
    expect(within(notice).getByText(/only as totals for the whole group, never your own answers/)).toBeInTheDocument();
    expect(within(notice).getByText(/own this SharePoint site can technically open each person’s answers, with their name/)).toBeInTheDocument();
    // No question is asked before the notice has been shown.
    expect(screen.queryAllByRole('radio')).toHaveLength(0);
    expect(screen.getByText('It has 25 short statements in 5 parts, and one optional question at the end.', { exact: false })).toBeInTheDocument();
  });

  it('uses the site default when the cycle sets no minimum', async () => {
    const { services } = surveyServices({ cycle: cycle({ minimumGroupSize: null }), defaultMinimum: 9 });
    renderSurvey(services);
    await waitForHeading('Before you start');
    expect(screen.getByText('Results are shown only once at least 9 people have answered. Until then, nobody sees any results.')).toBeInTheDocument();
  });

  it('never promises a figure below 5, whatever the cycle says', async () => {
    const { services } = surveyServices({ cycle: cycle({ minimumGroupSize: 2 }) });
    renderSurvey(services);
    await waitForHeading('Before you start');
    expect(screen.getByText('Results are shown only once at least 5 people have answered. Until then, nobody sees any results.')).toBeInTheDocument();
  });
});

describe('Staff survey: after sending', () => {
  it('waits for the thank-you before anything else can be sent twice', async () => {
    const user = userEvent.setup({ delay: null });
    let finish: (value: unknown) => void = () => undefined;
    const submit = jest.fn(() => new Promise((resolve) => (finish = resolve)));
    const { services } = surveyServices({ submit });
    renderSurvey(services);
    await user.click(await screen.findByRole('button', { name: 'Start the survey' }));
    await user.click(choice(staffStatements()[0].text, 'Agree'));
    for (let i = 0; i < 6; i++) await user.click(screen.getByRole('button', { name: 'Next' }));
    const send = await screen.findByRole('button', { name: 'Send my answers' });
    await user.click(send);
    expect(screen.getByRole('progressbar', { name: 'Sending your answers…' })).toBeInTheDocument();
    await user.click(send);
    expect(submit).toHaveBeenCalledTimes(1);
    await act(async () => {
      finish({ id: 1, submissionId: 'x', alreadySubmitted: false });
      await Promise.resolve();
    });
    await waitFor(() => expect(screen.getByRole('heading', { name: 'Thank you. Your answers have been sent' })).toBeInTheDocument());
  });
});
