import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { NetworkError, NotFoundError } from '../../../src/data/errors';
import type { MyResponse } from '../../../src/data/types';
import { expectNoAxeViolations } from '../../support/axe';
import { fakeBrowserLayout } from '../../support/jsdomLayout';
import { DRAFT_KEY, cycle, renderSurvey, service, surveyServices, waitForHeading } from './surveySupport';

jest.setTimeout(120000);

fakeBrowserLayout();

beforeEach(() => {
  window.localStorage.clear();
});

function submitted(overrides: Partial<MyResponse> = {}): MyResponse {
  return {
    id: 40,
    etag: '"2"',
    submissionId: 'a1b2c3d4e5f6',
    status: 'submitted',
    submittedAt: '2026-03-03T10:15:00Z',
    savedAt: '2026-03-03T10:15:00Z',
    answers: [{ statementId: 'culture.s01', value: 4 }],
    evidence: {},
    comment: null,
    ...overrides
  };
}

describe('Staff survey: who may answer, and when', () => {
  it('shows the date of an earlier answer instead of the form, and forgets any draft left on the device', async () => {
    window.localStorage.setItem(DRAFT_KEY, '{"format":1}');
    const { services, start } = surveyServices({ mine: submitted() });
    const { container } = renderSurvey(services);
    await waitForHeading('You have answered this survey');
    expect(screen.getByText(/^You answered on 3 March 2026 at \d{2}:\d{2}\. Thank you\.$/)).toBeInTheDocument();
    expect(screen.getByText('Your manager publishes the results once at least 6 people have answered. You will see them as totals for the whole group.')).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Start the survey' })).toBeNull();
    expect(screen.queryAllByRole('radio')).toHaveLength(0);
    expect(start).toHaveBeenCalledWith(12, 'staff');
    // Not published yet: no link to results.
    expect(screen.queryByRole('link', { name: 'See the published results' })).toBeNull();
    await waitFor(() => expect(window.localStorage.getItem(DRAFT_KEY)).toBeNull());
    await expectNoAxeViolations(container);
  });

  it('links an earlier answer to the published results once there are some, even after the survey closed', async () => {
    const { services } = surveyServices({ mine: submitted(), cycle: cycle({ phase: 'plan', publishedAt: '2026-05-02T09:00:00Z' }) });
    renderSurvey(services);
    await waitForHeading('You have answered this survey');
    expect(screen.getByRole('link', { name: 'See the published results' })).toHaveAttribute('href', 'https://wpq.invalid/?wpq=results%2F3%2F12');
  });

  it('offers the form when the person has only a draft on the server', async () => {
    const { services } = surveyServices({ mine: submitted({ status: 'draft', submittedAt: null }) });
    renderSurvey(services);
    await waitForHeading('Before you start');
  });

  it('tells a person the service does not ask that they are not asked, and shows no questions', async () => {
    const { services } = surveyServices({ services: [service({ staffIds: [30, 31] })] });
    renderSurvey(services);
    await waitForHeading('You are not asked to answer this survey');
    expect(
      screen.getByText('This survey is for the staff named for Meadowbank House, and you are not one of them. If you think you should be, ask your manager.')
    ).toBeInTheDocument();
    expect(screen.queryAllByRole('radio')).toHaveLength(0);
  });

  it('asks a person the service names among its staff', async () => {
    const { services } = surveyServices({ services: [service({ staffIds: [30, 21] })] });
    renderSurvey(services);
    await waitForHeading('Before you start');
    expect(screen.getByText('Meadowbank House: Spring 2026 review. Please answer by 30 April 2026.')).toBeInTheDocument();
  });

  it('says the survey is closed once the cycle has moved past Analyse', async () => {
    const { services } = surveyServices({ cycle: cycle({ phase: 'do' }) });
    renderSurvey(services);
    await waitForHeading('This survey is closed');
    expect(screen.getByText(/The survey for Spring 2026 review is no longer taking answers/)).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Start the survey' })).toBeNull();
  });

  it('says plainly when there is no such survey, with a link to the overview', async () => {
    const { services } = surveyServices();
    (services.surveyStart.read as jest.Mock).mockRejectedValue(new NotFoundError('Item 99 does not exist.'));
    renderSurvey(services, 'survey/-/99');
    await waitForHeading('We cannot find this survey', 1);
    expect(screen.getByText(/There is no survey at this address/)).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Go to the overview' })).toHaveAttribute('href', 'https://wpq.invalid/?wpq=overview');
  });

  it('offers Try again when the survey could not be loaded', async () => {
    const user = userEvent.setup({ delay: null });
    const { services } = surveyServices();
    (services.surveyStart.read as jest.Mock).mockRejectedValueOnce(new NetworkError());
    renderSurvey(services);
    await waitFor(() => expect(screen.getByText('We could not reach SharePoint. Check your connection and try again.')).toBeInTheDocument());
    await user.click(screen.getByRole('button', { name: 'Try again' }));
    await waitForHeading('Before you start');
  });
});
