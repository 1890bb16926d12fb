/**
 * Review screen fixtures: WPQ's default pack (1.0.0) and a newer version of it (1.1.0) whose
 * migration renames one leaders' statement, retires one staff statement and adds one new leaders'
 * statement; results scored with the real domain rules.
 */
import { addAnswers, buildScoringIndex, createTally, scoreGroup, scoreSelfAssessment, type ScoreSet } from '../../../src/domain';
import { defaultPack, pillarStatements, type Audience, type ModelPack } from '../../../src/model';
import type { Action, PublishedResults } from '../../../src/data/types';

export const oldPack: ModelPack = defaultPack;

const culture = defaultPack.pillars.find((p) => p.id === 'culture') as ModelPack['pillars'][number];
const learning = defaultPack.pillars.find((p) => p.id === 'learning') as ModelPack['pillars'][number];
export const renamedFrom = culture.leaderStatements[0].id;
export const renamedTo = `${renamedFrom}-v2`;
export const retiredStaff = learning.staffStatements[0];
export const addedLeaders = { id: 'digital.new-records', text: 'We keep care records on a secure digital system.', qualityStatementIds: [], kloeIds: [] };

export const newPack: ModelPack = {
  ...defaultPack,
  version: '1.1.0',
  pillars: defaultPack.pillars.map((p) => {
    if (p.id === 'culture') return { ...p, leaderStatements: p.leaderStatements.map((s, i) => (i === 0 ? { ...s, id: renamedTo } : s)) };
    if (p.id === 'learning') return { ...p, staffStatements: p.staffStatements.slice(1) };
    if (p.id === 'digital') return { ...p, leaderStatements: [...p.leaderStatements, addedLeaders] };
    return p;
  }),
  migrations: [
    {
      fromVersion: '1.0.0',
      statements: [
        { from: renamedFrom, to: renamedTo },
        { from: retiredStaff.id, to: null }
      ]
    }
  ]
};

function answers(pack: ModelPack, audience: Audience, perPillar: Record<string, number>) {
  return pack.pillars.flatMap((p) => pillarStatements(p, audience).map((s) => ({ statementId: s.id, value: perPillar[p.id] })));
}

export function leaders(pack: ModelPack, perPillar: Record<string, number>): ScoreSet {
  const tally = createTally(buildScoringIndex(pack, 'leaders'));
  addAnswers(tally, answers(pack, 'leaders', perPillar));
  return scoreSelfAssessment(tally);
}

export function staff(pack: ModelPack, perPillar: Record<string, number>, people: number): PublishedResults['staff'] {
  const tally = createTally(buildScoringIndex(pack, 'staff'));
  for (let i = 0; i < people; i++) addAnswers(tally, answers(pack, 'staff', perPillar));
  return scoreGroup(tally, { minimumGroupSize: 5 });
}

export function results(pack: ModelPack, l: ScoreSet | null, s: PublishedResults['staff'], publishedAt = '2026-04-30T09:15:00Z'): PublishedResults {
  return { formatVersion: 1, packId: pack.id, packVersion: pack.version, publishedAt, minimumGroupSize: 5, leaders: l, staff: s, excludedResponseIds: [], staffBasis: null };
}

/** Leaders 1–4: culture 2 → 33%, leadership 3 → 67%, learning 2, wellbeing 4, digital 1 → 0%. */
export const previousLeaders = { culture: 2, leadership: 3, learning: 2, wellbeing: 4, digital: 1 };
/** Leaders: culture 3 → 67%, leadership 3, learning 3, wellbeing 4, digital 2 → 33%. */
export const currentLeaders = { culture: 3, leadership: 3, learning: 3, wellbeing: 4, digital: 2 };
/** Staff 1–5: culture 3 → 50%, leadership 4 → 75%, learning 2, wellbeing 5, digital 3. */
export const currentStaff = { culture: 3, leadership: 4, learning: 2, wellbeing: 5, digital: 3 };

export function action(overrides: Partial<Action> & Pick<Action, 'id' | 'title'>): Action {
  return {
    etag: '"1"',
    cycleId: 12,
    serviceId: 3,
    pillarId: 'culture',
    statementId: null,
    detail: null,
    ownerId: null,
    dueDate: null,
    status: 'not-started',
    priority: 'medium',
    successMeasure: null,
    progressNotes: [],
    completedDate: null,
    carriedOverFromId: null,
    ...overrides
  };
}
