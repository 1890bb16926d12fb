import * as React from 'react';
import { act, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { defaultPack, type ModelPack } from '../../../src/model';
import { DONT_KNOW } from '../../../src/domain';
import { ConflictError, NetworkError } from '../../../src/data/errors';
import type { CareService, Cycle, DraftSaved, MyResponse } from '../../../src/data/types';
import AssessmentScreen from '../../../src/ui/assessment/AssessmentScreen';
import { expectNoAxeViolations } from '../../support/axe';
import { fakeServices } from '../../support/fakeServices';
import { fakeBrowserLayout } from '../../support/jsdomLayout';
import { renderInApp, testHost } from '../../support/renderInApp';

// axe in jsdom is slow on a form this size.
jest.setTimeout(60000);

fakeBrowserLayout();

const [culture, leadership] = defaultPack.pillars;
const s1 = culture.leaderStatements[0];
const s2 = culture.leaderStatements[1];
const s3 = culture.leaderStatements[2];
const TOTAL = defaultPack.pillars.reduce((n, p) => n + p.leaderStatements.length, 0);
const EVIDENCE_LINK = 'https://contoso.sharepoint.com/sites/wpq/Shared%20Documents/supervision-log.xlsx';

/** Two statements of a pillar and two of the theme: enough for axe, which is slow on the full form. */
const smallPack: ModelPack = {
  ...defaultPack,
  version: '1.0.0-small',
  pillars: [culture, defaultPack.pillars[4]].map((p) => ({ ...p, leaderStatements: p.leaderStatements.slice(0, 2) }))
};

const cycle: Cycle = {
  id: 12,
  etag: '"3"',
  title: 'Spring 2026',
  serviceId: 3,
  packId: defaultPack.id,
  packVersion: defaultPack.version,
  phase: 'analyse',
  startDate: '2026-03-01',
  endDate: '2026-04-30',
  minimumGroupSize: null,
  publishedAt: null,
  summary: null
};

const service: CareService = {
  id: 3,
  etag: '"1"',
  name: 'Meadowbank House',
  serviceType: null,
  leaderIds: [11, 14],
  staffIds: [],
  active: true
};

/** Amara's draft as SharePoint has it: two statements rated, evidence on the first. */
function storedDraft(overrides: Partial<MyResponse> = {}): MyResponse {
  return {
    id: 41,
    etag: '"7"',
    submissionId: 'draft-7f3c2a91',
    status: 'draft',
    submittedAt: null,
    savedAt: '2026-03-09T16:20:00Z',
    answers: [
      { statementId: s1.id, value: 3 },
      { statementId: s2.id, value: DONT_KNOW }
    ],
    evidence: { [s1.id]: { note: 'Supervision log kept for every carer since January.', links: [EVIDENCE_LINK] } },
    comment: null,
    ...overrides
  };
}

interface Setup {
  pack?: ModelPack;
  mine?: MyResponse | null;
  leaderIds?: number[];
  phase?: Cycle['phase'];
  saveDraft?: jest.Mock;
  submit?: jest.Mock;
}

function saved(id: number, etag: string): DraftSaved {
  return { id, etag, savedAt: new Date().toISOString() };
}

function renderScreen(setup: Setup = {}) {
  const pack = setup.pack ?? defaultPack;
  const readMine = jest.fn(() => Promise.resolve(setup.mine === undefined ? storedDraft() : setup.mine));
  const saveDraft = setup.saveDraft ?? jest.fn(() => Promise.resolve(saved(41, '"8"')));
  const submit = setup.submit ?? jest.fn(() => Promise.resolve({ id: 41, submissionId: 'x', alreadySubmitted: false }));
  const services = fakeServices({
    data: {
      cycles: { get: jest.fn(() => Promise.resolve({ ...cycle, packVersion: pack.version, phase: setup.phase ?? 'analyse' })) },
      careServices: { list: jest.fn(() => Promise.resolve({ data: [{ ...service, leaderIds: setup.leaderIds ?? service.leaderIds }], warnings: [] })) },
      settings: { readPack: jest.fn(() => Promise.resolve(pack)) },
      responses: { readMine, saveDraft, submit }
    }
  });
  const view = renderInApp(
    <main>
      <AssessmentScreen />
    </main>,
    testHost(),
    services,
    { route: 'assessment/-/12', site: { access: 'contribute' } }
  );
  return { ...view, readMine, saveDraft, submit };
}

// Role queries that compute accessible names are slow in jsdom under Fluent's style sheets (about a
// second each on this form), so most queries go by label or text; each role and name is still checked
// once, in the first test, and axe checks the rest.

/** The card of one statement, by its number in the whole self-assessment. */
function card(number: number, text: string): HTMLElement {
  return screen.getByText(`${number}. ${text}`, { selector: 'h3' }).closest('[role="group"]') as HTMLElement;
}

/** A radio button, text box or other control by its label. */
function control(root: HTMLElement, label: string | RegExp): HTMLInputElement {
  return within(root).getByLabelText(label) as HTMLInputElement;
}

/** A button by its visible text (all of it, across the spans inside). */
function queryButton(name: string | RegExp, root: HTMLElement = document.body): HTMLButtonElement | null {
  const matches = (text: string): boolean => (typeof name === 'string' ? text === name : name.test(text));
  return Array.from(root.querySelectorAll('button')).find((b) => matches((b.textContent ?? '').trim())) ?? null;
}

function button(name: string | RegExp, root: HTMLElement = document.body): HTMLButtonElement {
  const found = queryButton(name, root);
  if (!found) throw new Error(`No button named ${String(name)}.`);
  return found;
}

function checkedIn(root: HTMLElement): HTMLInputElement[] {
  return Array.from(root.querySelectorAll<HTMLInputElement>('input[type="radio"]')).filter((r) => r.checked);
}

async function formShown(): Promise<void> {
  await screen.findByText(culture.name, { selector: 'h2' });
}

let fakeTimers = false;

/** What a person does, each step inside act so that the answers it starts land inside it too. */
interface Person {
  click(element: Element): Promise<void>;
  type(element: Element, text: string): Promise<void>;
  keyboard(keys: string): Promise<void>;
}

function person(user: ReturnType<typeof userEvent.setup>): Person {
  return {
    click: (element) => act(async () => user.click(element)),
    type: (element, text) => act(async () => user.type(element, text)),
    keyboard: (keys) => act(async () => user.keyboard(keys))
  };
}

/**
 * Fake timers for the 2-second pause before a save, once the form is shown (React 17's effects wait
 * for timers, which this version of Testing Library's findBy does not move on); user-event moves them
 * on as it types.
 */
function typingWithFakeTimers(): Person {
  jest.useFakeTimers();
  fakeTimers = true;
  return person(userEvent.setup({ advanceTimers: (ms) => jest.advanceTimersByTime(ms) }));
}

function typing(): Person {
  return person(userEvent.setup());
}

async function wait(ms: number): Promise<void> {
  await act(async () => {
    jest.advanceTimersByTime(ms);
  });
}

/** Lets answers that have arrived, and the effects they start, run (fake timers). */
async function settle(): Promise<void> {
  for (let i = 0; i < 3; i++) await wait(0);
}

afterEach(() => {
  if (!fakeTimers) return;
  // React 17's scheduler may be waiting on a fake timer: run it, or the next test's effects never run.
  act(() => {
    jest.runOnlyPendingTimers();
  });
  jest.useRealTimers();
  fakeTimers = false;
});

describe('Leaders\' self-assessment', () => {
  it('resumes the stored draft: ratings, evidence, links, progress and when it was saved', async () => {
    const { readMine } = renderScreen();
    await formShown();
    expect(readMine).toHaveBeenCalledWith(12, 'leaders', defaultPack);
    expect(screen.getByRole('heading', { level: 1, name: "Leaders' self-assessment" })).toBeInTheDocument();
    expect(screen.getByText('Meadowbank House: Spring 2026')).toBeInTheDocument();

    // Each statement is a group named by its heading, with a rating group named by the scale.
    const first = screen.getByRole('group', { name: `1. ${s1.text}` });
    const rating = within(first).getByRole('radiogroup', { name: defaultPack.scales.leaders.name });
    expect(within(rating).getByRole('radio', { name: 'Established' })).toBeChecked();
    expect(within(first).getByRole('textbox', { name: 'Your evidence (optional)' })).toHaveValue('Supervision log kept for every carer since January.');
    expect(control(first, 'Link 1')).toHaveValue(EVIDENCE_LINK);
    const open = within(first).getByRole('link', { name: 'Open link 1 (opens in a new tab)' });
    expect(open).toHaveAttribute('href', EVIDENCE_LINK);
    expect(open).toHaveAttribute('target', '_blank');
    expect(open).toHaveAttribute('rel', 'noopener noreferrer');
    expect(control(card(2, s2.text), "Don't know yet")).toBeChecked();
    expect(checkedIn(card(3, s3.text))).toHaveLength(0);

    expect(screen.getAllByText(`2 of ${TOTAL} statements rated`)).toHaveLength(2);
    const steps = screen.getByRole('navigation', { name: 'Pillars and theme' });
    const here = steps.querySelector('[aria-current="step"]') as HTMLElement;
    expect(here).toHaveTextContent(`Culture and supervision2 of ${culture.leaderStatements.length} rated (you are here)`);
    expect(button(/^Digital \(theme\)0 of 6 rated$/, steps)).toBeInTheDocument();
    expect(screen.getByRole('status')).toHaveTextContent('Saved on 9 March 2026 at');
  });

  it('saves 2 seconds after the last change, with the draft id, its ETag, the same submission id and the evidence', async () => {
    const { saveDraft } = renderScreen();
    await formShown();
    const user = typingWithFakeTimers();

    const third = card(3, s3.text);
    await user.click(control(third, 'Starting out'));
    await user.type(control(third, 'Your evidence (optional)'), 'Team meeting notes');
    expect(screen.getByRole('status')).toHaveTextContent('Changes not saved yet');
    await wait(1900);
    expect(saveDraft).not.toHaveBeenCalled();
    await wait(200);

    expect(saveDraft).toHaveBeenCalledTimes(1);
    expect(saveDraft).toHaveBeenCalledWith(
      expect.objectContaining({
        cycle: expect.objectContaining({ id: 12, packId: defaultPack.id, packVersion: defaultPack.version }),
        pack: defaultPack,
        kind: 'leaders',
        draftId: 41,
        etag: '"7"',
        submissionId: 'draft-7f3c2a91',
        answers: [
          { statementId: s1.id, value: 3 },
          { statementId: s2.id, value: DONT_KNOW },
          { statementId: s3.id, value: 2 }
        ],
        evidence: {
          [s1.id]: { note: 'Supervision log kept for every carer since January.', links: [EVIDENCE_LINK] },
          [s3.id]: { note: 'Team meeting notes' }
        }
      })
    );
    expect(screen.getByRole('status')).toHaveTextContent(/^Saved at \d{2}:\d{2}$/);

    // The next save sends the ETag the first one returned.
    await user.click(control(card(4, culture.leaderStatements[3].text), 'Not in place'));
    await wait(2000);
    expect(saveDraft).toHaveBeenCalledTimes(2);
    expect(saveDraft.mock.calls[1][0]).toMatchObject({ draftId: 41, etag: '"8"', submissionId: 'draft-7f3c2a91' });
  });

  it('saves at once when the leader moves to another pillar, and starts the new pillar at its heading', async () => {
    const { saveDraft } = renderScreen();
    await formShown();
    const user = typingWithFakeTimers();
    await user.click(control(card(3, s3.text), 'Leading the way'));
    expect(saveDraft).not.toHaveBeenCalled();

    await user.click(button(`Next: ${leadership.shortName}`));
    await act(async () => undefined);
    expect(saveDraft).toHaveBeenCalledTimes(1);
    expect(saveDraft.mock.calls[0][0].answers).toContainEqual({ statementId: s3.id, value: 4 });
    expect(screen.getByText(leadership.name, { selector: 'h2' })).toHaveFocus();
    expect(card(culture.leaderStatements.length + 1, leadership.leaderStatements[0].text)).toBeInTheDocument();
    expect(screen.queryByText(`1. ${s1.text}`)).toBeNull();
  });

  it('shows what a link must be next to the field as the leader types, and never saves a javascript: address', async () => {
    const { saveDraft } = renderScreen();
    await formShown();
    const user = typingWithFakeTimers();
    const third = card(3, s3.text);
    await user.click(control(third, 'Add a link for statement 3'));
    const link = control(third, 'Link 1');
    expect(link).toHaveFocus();
    await user.type(link, 'javascript:alert(1)');

    expect(link).toHaveAttribute('aria-invalid', 'true');
    const message = within(third).getByText(/^Enter a full web address starting with https:\/\/ or http:\/\//);
    expect(link.getAttribute('aria-describedby')?.split(' ')).toContain(message.id);
    expect(third.querySelector('a')).toBeNull();

    // Nothing worth saving changed: no save at all.
    await wait(3000);
    expect(saveDraft).not.toHaveBeenCalled();

    // A note on the same statement is saved; the bad link is still left out.
    await user.type(control(third, 'Your evidence (optional)'), 'See rota');
    await wait(2000);
    expect(saveDraft).toHaveBeenCalledTimes(1);
    const evidence = saveDraft.mock.calls[0][0].evidence as Record<string, unknown>;
    expect(evidence[s3.id]).toEqual({ note: 'See rota' });
    expect(JSON.stringify(saveDraft.mock.calls[0][0])).not.toContain('javascript:');
    // What the leader typed stays for them to correct.
    expect(link).toHaveValue('javascript:alert(1)');
  });

  it('starts a new self-assessment with one submission id that every save and the submission keep', async () => {
    const saveDraft = jest.fn().mockResolvedValueOnce(saved(55, '"1"')).mockResolvedValueOnce(saved(55, '"2"'));
    const { submit } = renderScreen({ mine: null, saveDraft });
    await formShown();
    const user = typingWithFakeTimers();
    expect(screen.getByRole('status')).toHaveTextContent('Not saved yet');
    expect(screen.getAllByText(`0 of ${TOTAL} statements rated`)).toHaveLength(2);

    await user.click(control(card(1, s1.text), 'Established'));
    await wait(2000);
    await user.click(control(card(2, s2.text), 'Not in place'));
    await wait(2000);
    expect(saveDraft).toHaveBeenCalledTimes(2);
    const first = saveDraft.mock.calls[0][0];
    const second = saveDraft.mock.calls[1][0];
    expect(first.draftId).toBeUndefined();
    expect(first.submissionId).toMatch(/^[A-Za-z0-9][A-Za-z0-9_-]{7,63}$/);
    expect(second).toMatchObject({ draftId: 55, etag: '"1"', submissionId: first.submissionId });

    await user.click(button('Submit'));
    await settle();
    await user.click(button('Submit anyway'));
    await settle();
    expect(submit).toHaveBeenCalledTimes(1);
    expect(submit.mock.calls[0][0].submissionId).toBe(first.submissionId);
  });

  it('asks before submitting with statements not rated, then sends the answers and evidence under the draft\'s submission id and shows them read-only', async () => {
    const user = typing();
    const { submit, saveDraft } = renderScreen();
    await formShown();

    await user.click(button('Submit'));
    const question = screen.getByRole('group', { name: 'Submit with statements not rated?' });
    expect(question).toHaveFocus();
    expect(question).toHaveTextContent(`${TOTAL - 2} statements are not rated yet.`);
    expect(submit).not.toHaveBeenCalled();
    await user.click(button('Submit anyway', question));

    const done = await screen.findByText(/^You submitted on \d{1,2} [A-Z][a-z]+ \d{4}/);
    expect(done.closest('[tabindex="-1"]')).toHaveFocus();
    expect(submit).toHaveBeenCalledTimes(1);
    expect(submit).toHaveBeenCalledWith({
      cycle: expect.objectContaining({ id: 12, serviceId: 3 }),
      pack: defaultPack,
      kind: 'leaders',
      answers: [
        { statementId: s1.id, value: 3 },
        { statementId: s2.id, value: DONT_KNOW }
      ],
      evidence: { [s1.id]: { note: 'Supervision log kept for every carer since January.', links: [EVIDENCE_LINK] } },
      submissionId: 'draft-7f3c2a91'
    });
    expect(saveDraft).not.toHaveBeenCalled();

    // Read-only: no inputs, the answers as text, links as safe anchors.
    expect(document.querySelector('input, textarea')).toBeNull();
    const item = screen.getByText(`1. ${s1.text}`, { selector: 'h3' }).closest('li') as HTMLElement;
    expect(within(item).getByText('Established')).toBeInTheDocument();
    expect(within(item).getByText('Supervision log kept for every carer since January.')).toBeInTheDocument();
    const anchor = within(item).getByRole('link', { name: `${EVIDENCE_LINK} (opens in a new tab)` });
    expect(anchor).toHaveAttribute('href', EVIDENCE_LINK);
    expect(anchor).toHaveAttribute('target', '_blank');
    expect(anchor).toHaveAttribute('rel', 'noopener noreferrer');
    const second = screen.getByText(`2. ${s2.text}`, { selector: 'h3' }).closest('li') as HTMLElement;
    expect(within(second).getByText("Don't know yet")).toBeInTheDocument();
    const third = screen.getByText(`3. ${s3.text}`, { selector: 'h3' }).closest('li') as HTMLElement;
    expect(within(third).getByText('Not rated yet')).toBeInTheDocument();
  });

  it('goes back to the first pillar with a statement not rated when the leader chooses not to submit yet', async () => {
    const user = typing();
    const { submit } = renderScreen();
    await formShown();
    await user.click(button(/^Digital \(theme\)/));
    expect(screen.getByText(defaultPack.pillars[4].name, { selector: 'h2' })).toHaveFocus();
    await user.click(button('Submit'));
    await user.click(button('Go back and rate them'));
    expect(screen.queryByText('Submit with statements not rated?')).toBeNull();
    expect(screen.getByText(culture.name, { selector: 'h2' })).toHaveFocus();
    expect(submit).not.toHaveBeenCalled();
  });

  it('asks for at least one rating before an empty self-assessment can be submitted', async () => {
    const user = typing();
    const { submit } = renderScreen({ mine: null });
    await formShown();
    await user.click(button('Submit'));
    const message = screen.getByText('Rate at least one statement before you submit.');
    expect(message.closest('[role="alert"]')).not.toBeNull();
    expect(screen.queryByText('Submit with statements not rated?')).toBeNull();
    expect(submit).not.toHaveBeenCalled();
  });

  it('shows a submitted self-assessment read-only, with the day it was submitted', async () => {
    renderScreen({ mine: storedDraft({ status: 'submitted', submittedAt: '2026-03-10T09:30:00Z' }) });
    expect(await screen.findByText(/^You submitted on 10 March 2026 at/)).toBeInTheDocument();
    expect(queryButton('Submit')).toBeNull();
    expect(document.querySelector('input, textarea')).toBeNull();
  });

  it('tells someone the service does not name as a leader that the self-assessment is not theirs, without reading any answers', async () => {
    const { readMine, container } = renderScreen({ leaderIds: [14, 20] });
    expect(await screen.findByText('You are not asked to fill in this self-assessment')).toBeInTheDocument();
    expect(screen.getByText(/^Only the leaders named for this service fill in its self-assessment\./)).toBeInTheDocument();
    expect(document.querySelector('input')).toBeNull();
    expect(readMine).not.toHaveBeenCalled();
    await expectNoAxeViolations(container);
  });

  it('says the self-assessment is closed once the cycle has moved on from Analyse', async () => {
    const { readMine } = renderScreen({ phase: 'plan' });
    expect(await screen.findByText('This self-assessment is closed')).toBeInTheDocument();
    expect(document.querySelector('input')).toBeNull();
    expect(readMine).not.toHaveBeenCalled();
  });

  it('keeps everything typed when a save fails, and saves it with Try again', async () => {
    const saveDraft = jest.fn().mockRejectedValueOnce(new NetworkError()).mockResolvedValueOnce(saved(41, '"8"'));
    renderScreen({ saveDraft });
    await formShown();
    const user = typingWithFakeTimers();
    const note = control(card(3, s3.text), 'Your evidence (optional)');
    await user.type(note, 'Rota reviewed weekly');
    await wait(2000);

    expect(screen.getByRole('status')).toHaveTextContent('Your latest changes are not saved');
    expect(screen.getByText(/^Everything you typed is still here\. We could not reach SharePoint\./)).toBeInTheDocument();
    expect(note).toHaveValue('Rota reviewed weekly');

    await user.click(button('Try again'));
    await act(async () => undefined);
    expect(saveDraft).toHaveBeenCalledTimes(2);
    expect(saveDraft.mock.calls[1][0].evidence[s3.id]).toEqual({ note: 'Rota reviewed weekly' });
    expect(screen.getByRole('status')).toHaveTextContent(/^Saved at \d{2}:\d{2}$/);
    expect(screen.queryByText(/Everything you typed is still here/)).toBeNull();
  });

  it('keeps the answers when submitting fails, and submits them with Try again under the same submission id', async () => {
    const user = typing();
    const submit = jest
      .fn()
      .mockRejectedValueOnce(new NetworkError())
      .mockResolvedValueOnce({ id: 41, submissionId: 'draft-7f3c2a91', alreadySubmitted: true });
    renderScreen({ submit });
    await formShown();
    await user.click(button('Submit'));
    await user.click(button('Submit anyway'));

    const failure = await screen.findByText('Your self-assessment was not submitted');
    expect(failure.closest('[role="alert"]')).not.toBeNull();
    expect(control(card(1, s1.text), 'Established')).toBeChecked();
    await user.click(button('Try again', failure.closest('[role="alert"]') as HTMLElement));
    expect(await screen.findByText(/^You submitted on/)).toBeInTheDocument();
    expect(submit).toHaveBeenCalledTimes(2);
    expect(submit.mock.calls[1][0]).toEqual(submit.mock.calls[0][0]);
    expect(submit.mock.calls[1][0].submissionId).toBe('draft-7f3c2a91');
  });

  it('shows what was submitted from another device when a save finds the draft already submitted', async () => {
    const submittedElsewhere = storedDraft({ status: 'submitted', submittedAt: '2026-03-11T10:15:00Z', answers: [{ statementId: s1.id, value: 4 }] });
    const saveDraft = jest.fn().mockRejectedValueOnce(new ConflictError<MyResponse | null>(null, submittedElsewhere, { status: 412 }));
    renderScreen({ saveDraft });
    await formShown();
    const user = typingWithFakeTimers();
    await user.click(control(card(3, s3.text), 'Established'));
    await wait(2000);
    expect(screen.getByText(/^It was submitted from another window or device/)).toBeInTheDocument();
    expect(queryButton('Keep what is on this page')).toBeNull();

    await user.click(button('Show the submitted answers'));
    expect(screen.getByText(/^You submitted on 11 March 2026 at/)).toBeInTheDocument();
    const first = screen.getByText(`1. ${s1.text}`, { selector: 'h3' }).closest('li') as HTMLElement;
    expect(within(first).getByText('Leading the way')).toBeInTheDocument();
    expect(saveDraft).toHaveBeenCalledTimes(1);
  });

  describe('when the draft was saved somewhere else meanwhile (412)', () => {
    const theirs = storedDraft({
      etag: '"9"',
      savedAt: '2026-03-10T08:00:00Z',
      answers: [{ statementId: s1.id, value: 1 }],
      evidence: { [s1.id]: { note: 'Written on the office PC.' } }
    });

    async function conflicted(): Promise<{ user: Person; saveDraft: jest.Mock }> {
      const saveDraft = jest
        .fn()
        .mockRejectedValueOnce(new ConflictError<MyResponse | null>(null, theirs, { status: 412 }))
        .mockResolvedValueOnce(saved(41, '"10"'));
      renderScreen({ saveDraft });
      await formShown();
      const user = typingWithFakeTimers();
      await user.click(control(card(3, s3.text), 'Established'));
      await wait(2000);
      expect(screen.getByRole('status')).toHaveTextContent('Your self-assessment was changed somewhere else');
      expect(screen.getByText(/The saved version has 1 of 34 statements rated and was saved on 10 March 2026 at/)).toBeInTheDocument();
      return { user, saveDraft };
    }

    it('does not overwrite it: more changes wait until the leader chooses', async () => {
      const { user, saveDraft } = await conflicted();
      await user.click(control(card(4, culture.leaderStatements[3].text), 'Established'));
      await wait(5000);
      expect(saveDraft).toHaveBeenCalledTimes(1);
      await user.click(button('Submit'));
      expect(screen.getByText(/^Choose which version to keep/)).toBeInTheDocument();
      await settle();
      expect(queryButton('Submit anyway')).toBeNull();
    });

    it('keeps the leader\'s version by saving it over the stored one, with its ETag', async () => {
      const { user, saveDraft } = await conflicted();
      await user.click(button('Keep what is on this page'));
      await act(async () => undefined);
      expect(saveDraft).toHaveBeenCalledTimes(2);
      expect(saveDraft.mock.calls[1][0]).toMatchObject({ draftId: 41, etag: '"9"', submissionId: 'draft-7f3c2a91' });
      expect(saveDraft.mock.calls[1][0].answers).toContainEqual({ statementId: s3.id, value: 3 });
      expect(control(card(3, s3.text), 'Established')).toBeChecked();
      expect(screen.getByRole('status')).toHaveTextContent(/^Saved at \d{2}:\d{2}$/);
    });

    it('takes the stored version when the leader chooses it, and saves from there', async () => {
      const { user, saveDraft } = await conflicted();
      await user.click(button('Use the saved version'));
      expect(control(card(1, s1.text), 'Not in place')).toBeChecked();
      expect(control(card(1, s1.text), 'Your evidence (optional)')).toHaveValue('Written on the office PC.');
      expect(checkedIn(card(3, s3.text))).toHaveLength(0);
      expect(screen.getByRole('status')).toHaveTextContent('Saved on 10 March 2026 at');

      await user.click(control(card(2, s2.text), 'Starting out'));
      await wait(2000);
      expect(saveDraft).toHaveBeenCalledTimes(2);
      expect(saveDraft.mock.calls[1][0]).toMatchObject({
        draftId: 41,
        etag: '"9"',
        answers: [
          { statementId: s1.id, value: 1 },
          { statementId: s2.id, value: 2 }
        ]
      });
    });
  });

  it('can be done with the keyboard alone: rate with the arrow keys, move to the next pillar from its step', async () => {
    const user = typing();
    renderScreen({ mine: null, saveDraft: jest.fn(() => Promise.resolve(saved(60, '"1"'))) });
    await formShown();
    const first = card(1, s1.text);
    const notInPlace = control(first, 'Not in place');
    act(() => notInPlace.focus());
    await user.keyboard(' ');
    expect(notInPlace).toBeChecked();
    await user.keyboard('{ArrowDown}{ArrowDown}');
    expect(control(first, 'Established')).toBeChecked();

    const step = button(/^Leadership/);
    act(() => step.focus());
    await user.keyboard('{Enter}');
    expect(screen.getByText(leadership.name, { selector: 'h2' })).toHaveFocus();
    expect(button(/^Leadership/)).toHaveAttribute('aria-current', 'step');
  });

  it('has no accessibility problems while being filled in (a link to correct, the question before submitting) or once submitted', async () => {
    const user = typing();
    const { container } = renderScreen({ pack: smallPack });
    await formShown();
    const second = card(2, s2.text);
    await user.click(control(second, 'Add a link for statement 2'));
    await user.type(control(second, 'Link 1'), 'www.example');
    expect(control(second, 'Link 1')).toHaveAttribute('aria-invalid', 'true');
    await user.click(button('Submit'));
    expect(screen.getByText('Submit with statements not rated?')).toBeInTheDocument();
    await expectNoAxeViolations(container);

    await user.click(button('Submit anyway'));
    await screen.findByText(/^You submitted on/);
    await expectNoAxeViolations(container);
  });
});
