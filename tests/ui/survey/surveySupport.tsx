import * as React from 'react';
import { act, screen, waitFor, within, type RenderResult } from '@testing-library/react';
import type { UserEvent } from '@testing-library/user-event';
import { resolveMinimumGroupSize } from '../../../src/domain';
import { defaultPack } from '../../../src/model';
import type { CareService, Cycle, MyResponse } from '../../../src/data/types';
import type { WpqServices } from '../../../src/data/services';
import SurveyScreen from '../../../src/ui/survey/SurveyScreen';
import { fakeServices } from '../../support/fakeServices';
import { renderInApp, testHost } from '../../support/renderInApp';

/** Tom Baxter, a care worker (site user 21) who can contribute to the site. */
export const TOM = { id: 21, title: 'Tom Baxter', email: 'tom.baxter@meadowbankcare.onmicrosoft.com' };
export const SITE_URL = 'https://contoso.sharepoint.com/sites/wpq';
export const DRAFT_KEY = `wpq:survey-draft:${SITE_URL}:12:21`;
export const SUBMISSION_ID = /^[A-Za-z0-9][A-Za-z0-9_-]{7,63}$/;

export function cycle(overrides: Partial<Cycle> = {}): Cycle {
  return {
    id: 12,
    etag: '"1"',
    title: 'Spring 2026 review',
    serviceId: 3,
    packId: defaultPack.id,
    packVersion: defaultPack.version,
    phase: 'analyse',
    startDate: '2026-03-01',
    endDate: '2026-04-30',
    minimumGroupSize: 6,
    publishedAt: null,
    summary: null,
    ...overrides
  };
}

export function service(overrides: Partial<CareService> = {}): CareService {
  return {
    id: 3,
    etag: '"1"',
    name: 'Meadowbank House',
    serviceType: null,
    leaderIds: [11],
    staffIds: [],
    active: true,
    ...overrides
  };
}

export interface SurveyData {
  cycle?: Cycle;
  services?: CareService[];
  mine?: MyResponse | null;
  submit?: jest.Mock;
  defaultMinimum?: number;
}

export interface SurveyFakes {
  services: WpqServices;
  submit: jest.Mock;
  /** services.surveyStart.read: the one read the screen makes before its first question. */
  start: jest.Mock;
}

export function surveyServices(data: SurveyData = {}): SurveyFakes {
  const submit =
    data.submit ??
    jest.fn((input: { submissionId: string }) => Promise.resolve({ id: 501, submissionId: input.submissionId, alreadySubmitted: false }));
  // As the data layer answers: the cycle's own minimum, else the site default, never below 5.
  const start = jest.fn((cycleId: number) => {
    const c = data.cycle ?? cycle({ id: cycleId });
    return Promise.resolve({
      cycle: c,
      service: (data.services ?? [service()]).find((s) => s.id === c.serviceId) ?? null,
      minimumGroupSize: resolveMinimumGroupSize(c.minimumGroupSize ?? data.defaultMinimum ?? 5),
      pack: defaultPack,
      mine: data.mine ?? null
    });
  });
  const services = fakeServices({ data: { surveyStart: { read: start }, responses: { submit } } });
  return { services, submit, start };
}

/** The survey screen as Tom sees it in Teams on his phone, inside the app's main landmark. */
export function renderSurvey(services: WpqServices, route = 'survey/-/12'): RenderResult {
  return renderInApp(
    <main>
      <SurveyScreen />
    </main>,
    testHost({ hostKind: 'teams-personal-app', theme: 'teams-light' }),
    services,
    { route, site: { access: 'contribute', user: TOM } }
  );
}

/** Every staff statement of the default pack, in the order the survey asks them (pillars, then the theme). */
export function staffStatements(): Array<{ id: string; text: string; area: string }> {
  const ordered = [...defaultPack.pillars.filter((p) => !p.crossCutting), ...defaultPack.pillars.filter((p) => p.crossCutting)];
  return ordered.flatMap((p) => p.staffStatements.map((s) => ({ id: s.id, text: s.text, area: p.name })));
}

export function areaNames(): string[] {
  return [...defaultPack.pillars.filter((p) => !p.crossCutting), ...defaultPack.pillars.filter((p) => p.crossCutting)].map((p) => p.name);
}

/** Presses Tab until the focused element passes `test`; fails after `max` presses. */
export async function tabUntil(user: UserEvent, test: (el: Element) => boolean, what: string, max = 60): Promise<Element> {
  for (let i = 0; i < max; i++) {
    await user.tab();
    const active = document.activeElement;
    if (active && test(active)) return active;
  }
  throw new Error(`Tab never reached ${what}.`);
}

export function isButton(name: string): (el: Element) => boolean {
  return (el) => el.tagName === 'BUTTON' && (el.textContent ?? '').trim() === name;
}

/**
 * The radio group of a statement: its fieldset, found by the legend (the statement). A role query
 * names the same element (see the flow test); this one is quick enough to use once per statement in
 * jsdom on a busy machine.
 */
export function statementGroup(text: string): HTMLElement {
  const legend = screen.getByText(text, { selector: 'legend' });
  return legend.closest('fieldset') as HTMLElement;
}

/** The radio button of one choice for one statement, by its label. */
export function choice(statement: string, label: string): HTMLInputElement {
  return within(statementGroup(statement)).getByLabelText(label) as HTMLInputElement;
}

export async function waitForHeading(name: string | RegExp, level = 2): Promise<HTMLElement> {
  let found: HTMLElement | undefined;
  await waitFor(() => {
    found = screen.getByRole('heading', { level, name });
  });
  return found as HTMLElement;
}

/**
 * Runs user actions whose effects arrive later (a submission's answer) inside act(), and lets those
 * promises settle there, so React applies the updates before the test looks.
 */
export async function acting(work: () => Promise<unknown>): Promise<void> {
  await act(async () => {
    await work();
    await new Promise((resolve) => setTimeout(resolve, 0));
  });
}
