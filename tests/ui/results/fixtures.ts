/**
 * Published results for the results screen's tests, scored with the real domain rules from answers
 * to WPQ's default pack, so the figures, spreads and disagreements are what a publication holds.
 *
 * Leaders (2 people, scale 1–4): culture 3 and 3, leadership 3 and 3, learning 1 and 3 (two steps
 * apart: a disagreement on every learning statement), wellbeing 4 and 4, digital 2 and 2.
 * → culture 67%, leadership 67%, learning 33%, wellbeing 100%, digital 33%; overall 67%, weakest learning.
 *
 * Staff (6 people, scale 1–5): culture 3, leadership 4, learning 2, wellbeing 5, digital 3; on the
 * first wellbeing statement two of them say "don't know", so only 4 scored it (hidden below 5).
 * → culture 50%, leadership 75%, learning 25%, wellbeing 100%, digital 50%.
 * Gaps (leaders minus staff): culture +17, leadership -8, learning +8, wellbeing 0, digital -17.
 */
import {
  DONT_KNOW,
  addAnswers,
  buildScoringIndex,
  createTally,
  scoreGroup,
  scoreSelfAssessment,
  type Answer,
  type AnswerValue,
  type ScoreSet
} from '../../../src/domain';
import { defaultPack, pillarStatements, type Audience } from '../../../src/model';
import type { Cycle, MeasureRecord, PublishedResults, StaffComments } from '../../../src/data/types';

export const pack = defaultPack;

function answersFor(audience: Audience, perPillar: Record<string, AnswerValue>, overrides: Record<string, AnswerValue> = {}): Answer[] {
  const out: Answer[] = [];
  for (const pillar of pack.pillars) {
    for (const s of pillarStatements(pillar, audience)) out.push({ statementId: s.id, value: overrides[s.id] ?? perPillar[pillar.id] });
  }
  return out;
}

export function leadersScores(): ScoreSet {
  const tally = createTally(buildScoringIndex(pack, 'leaders'));
  addAnswers(tally, answersFor('leaders', { culture: 3, leadership: 3, learning: 1, wellbeing: 4, digital: 2 }));
  addAnswers(tally, answersFor('leaders', { culture: 3, leadership: 3, learning: 3, wellbeing: 4, digital: 2 }));
  return scoreSelfAssessment(tally);
}

/** The first staff statement of the wellbeing pillar: only 4 of the 6 scored it. */
export const hiddenStaffStatementId = pack.pillars.find((p) => p.id === 'wellbeing')?.staffStatements[0].id as string;

export function staffScores(people = 6): PublishedResults['staff'] {
  const tally = createTally(buildScoringIndex(pack, 'staff'));
  for (let i = 0; i < people; i++) {
    const overrides: Record<string, AnswerValue> = i < 2 ? { [hiddenStaffStatementId]: DONT_KNOW } : {};
    addAnswers(tally, answersFor('staff', { culture: 3, leadership: 4, learning: 2, wellbeing: 5, digital: 3 }, overrides));
  }
  return scoreGroup(tally, { minimumGroupSize: 5 });
}

export function publishedResults(overrides: Partial<PublishedResults> = {}): PublishedResults {
  return {
    formatVersion: 1,
    packId: pack.id,
    packVersion: pack.version,
    publishedAt: '2026-04-30T09:15:00Z',
    minimumGroupSize: 5,
    leaders: leadersScores(),
    staff: staffScores(),
    excludedResponseIds: [],
    staffBasis: null,
    ...overrides
  };
}

export function cycle(overrides: Partial<Cycle> = {}): Cycle {
  return {
    id: 12,
    etag: '"3"',
    title: 'Spring 2026',
    serviceId: 3,
    packId: pack.id,
    packVersion: pack.version,
    phase: 'review',
    startDate: '2026-03-01',
    endDate: '2026-04-15',
    minimumGroupSize: null,
    publishedAt: '2026-04-30T09:15:00Z',
    summary: null,
    ...overrides
  };
}

export function measureRecord(overrides: Partial<MeasureRecord> & Pick<MeasureRecord, 'id' | 'measureId'>): MeasureRecord {
  return {
    etag: '"1"',
    serviceId: 3,
    period: null,
    periodEnd: '2026-03-31',
    numerator: null,
    denominator: null,
    value: null,
    source: null,
    note: null,
    ...overrides
  };
}

/** Turnover twice (the later one is the latest), and the starters rate, which has no national benchmark. */
export function measureRecords(): MeasureRecord[] {
  return [
    measureRecord({ id: 1, measureId: 'turnover-rate', period: '2024/25', periodEnd: '2025-03-31', numerator: 9, denominator: 40, value: 22.5 }),
    measureRecord({ id: 2, measureId: 'turnover-rate', period: '2025/26', periodEnd: '2026-03-31', numerator: 12, denominator: 40, value: 30 }),
    measureRecord({ id: 3, measureId: 'starters-rate', period: null, periodEnd: '2026-03-31', numerator: 8, denominator: 40, value: 20 })
  ];
}

export function shownComments(): StaffComments {
  return {
    status: 'shown',
    minimumGroupSize: 5,
    comments: [
      { text: 'More time for supervision, please.\nThe rota changes too late.', date: '2026-04-10' },
      { text: '<b>Not bold</b> – typed as text', date: '2026-04-12' }
    ]
  };
}
