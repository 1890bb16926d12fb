import { ModelPack, Statement, defaultPack } from '../../src/model';
import { validateModelPack } from '../../src/model/validate';
import {
  Answer,
  DONT_KNOW,
  DONT_KNOW_CODE,
  GroupScore,
  ScoreSet,
  addAnswers,
  addResponses,
  buildScoringIndex,
  compareCycles,
  createTally,
  encodeAnswers,
  mergeTallies,
  perceptionGap,
  resolveMinimumGroupSize,
  responseAreaPercents,
  scoreAnswers,
  scoreGroup,
  scoreSelfAssessment
} from '../../src/domain';

const s = (id: string): Statement => ({ id, text: `Statement ${id}`, qualityStatementIds: ['qs'], kloeIds: ['w1'] });

/**
 * A small pack for worked examples: pillars A and B and a cross-cutting theme D.
 * Leaders answer 1–4, staff 1–5.
 */
function testPack(version = '1.0.0', staffA: string[] = ['a.s1', 'a.s2']): ModelPack {
  const pack: ModelPack = {
    formatVersion: 1,
    id: 'test-pack',
    version,
    title: 'Test pack',
    language: 'en-GB',
    date: '2026-01-01',
    licence: { text: 'Test only.', attribution: 'Nobody.' },
    scales: {
      leaders: {
        id: 'scale.l',
        name: 'Maturity',
        options: [1, 2, 3, 4].map((value) => ({ value, label: `Level ${value}` })),
        notApplicable: { label: "Don't know" }
      },
      staff: {
        id: 'scale.s',
        name: 'Agreement',
        options: [1, 2, 3, 4, 5].map((value) => ({ value, label: `Point ${value}` })),
        notApplicable: { label: "Don't know" }
      }
    },
    pillars: [
      {
        id: 'A',
        name: 'Pillar A',
        crossCutting: false,
        description: 'First pillar.',
        thingsToMeasure: [],
        thingsToDo: [],
        thingsThatHelp: [],
        leaderStatements: [s('a.l1'), s('a.l2')],
        staffStatements: staffA.map(s)
      },
      {
        id: 'B',
        name: 'Pillar B',
        crossCutting: false,
        description: 'Second pillar.',
        thingsToMeasure: [],
        thingsToDo: [],
        thingsThatHelp: [],
        leaderStatements: [s('b.l1')],
        staffStatements: [s('b.s1')]
      },
      {
        id: 'D',
        name: 'Digital',
        crossCutting: true,
        description: 'Theme.',
        thingsToMeasure: [],
        thingsToDo: [],
        thingsThatHelp: [],
        leaderStatements: [s('d.l1')],
        staffStatements: [s('d.s1')]
      }
    ],
    measures: [],
    actions: [],
    resources: [],
    cqc: {
      qualityStatements: [{ id: 'qs', keyQuestion: 'well-led', title: 'QS', titleIsParaphrase: true }],
      kloes: [{ id: 'w1', keyQuestion: 'well-led', code: 'W1', summary: 'W1', framework: 'Test' }]
    },
    migrations: []
  };
  const checked = validateModelPack(pack);
  if (!checked.ok) throw new Error(JSON.stringify(checked.problems));
  return pack;
}

const a = (statementId: string, value: number | typeof DONT_KNOW): Answer => ({ statementId, value });

/** Scores several leaders' answer sets together, as one self-assessment. */
function leaders(pack: ModelPack, responses: Answer[][]): ScoreSet {
  const tally = createTally(buildScoringIndex(pack, 'leaders'));
  for (const answers of responses) addAnswers(tally, answers);
  return scoreSelfAssessment(tally);
}

/** Scores staff responses as a group. */
function staff(pack: ModelPack, responses: Answer[][], minimumGroupSize?: number): GroupScore {
  const tally = createTally(buildScoringIndex(pack, 'staff'));
  for (const answers of responses) addAnswers(tally, answers);
  return scoreGroup(tally, { minimumGroupSize });
}

function shown(score: GroupScore): ScoreSet {
  if (score.status !== 'shown') throw new Error('Expected the group to be shown.');
  return score;
}

const statementOf = (set: ScoreSet, id: string): ScoreSet['statements'][number] | undefined => set.statements.find((x) => x.statementId === id);
const pillarOf = (set: ScoreSet, id: string): ScoreSet['pillars'][number] | undefined =>
  [...set.pillars, ...set.themes].find((x) => x.areaId === id);

describe('statement scores', () => {
  it('are the mean of scored answers: 4, 3 and "don\'t know" give 3.5', () => {
    const result = leaders(testPack(), [[a('a.l1', 4)], [a('a.l1', 3)], [a('a.l1', DONT_KNOW)]]);
    const score = statementOf(result, 'a.l1');
    expect(score?.mean).toBe(3.5);
    expect(score?.validAnswers).toBe(2);
    // On the 1–4 scale, 3.5 is (3.5 − 1) ÷ (4 − 1) = 83.3% of the way from lowest to highest.
    expect(score?.percent).toBeCloseTo(83.333, 3);
  });

  it('ignore answers off the scale and answers to statements not in the pack', () => {
    const result = leaders(testPack(), [[a('a.l1', 4), a('a.l1.old', 1)], [a('a.l1', 7)], [a('a.l1', 2.5)], [a('a.l1', 0)]]);
    expect(statementOf(result, 'a.l1')?.mean).toBe(4);
    expect(statementOf(result, 'a.l1')?.validAnswers).toBe(1);
  });

  it('are null, not 0, when everyone said "don\'t know"', () => {
    const result = leaders(testPack(), [[a('a.l2', DONT_KNOW)], [a('a.l2', DONT_KNOW)]]);
    expect(statementOf(result, 'a.l2')).toMatchObject({ mean: null, percent: null, validAnswers: 0 });
  });
});

describe('scales whose values are not 1 to n', () => {
  it('score in scale units and as a percentage from the lowest to the highest option', () => {
    // Leaders answer on -2, -1, 0, 1, 2 (say, "much worse" to "much better").
    const pack = testPack();
    pack.scales.leaders.options = [-2, -1, 0, 1, 2].map((value) => ({ value, label: `Point ${value}` }));
    const index = buildScoringIndex(pack, 'leaders');
    // a.l1: -2 and 1 -> -0.5 -> (-0.5 + 2) / 4 = 37.5%.  a.l2: 0 -> 50%.  A = (-0.5 + 0) / 2 = -0.25 -> 43.75%.
    // b.l1: 2 and "don't know" -> 2 -> 100%.  3 is not on the scale and is left out.
    const result = leaders(pack, [
      [a('a.l1', -2), a('a.l2', 0), a('b.l1', 2)],
      [a('a.l1', 1), a('b.l1', DONT_KNOW), a('a.l2', 3)]
    ]);
    expect(index.scaleMin).toBe(-2);
    expect(statementOf(result, 'a.l1')).toMatchObject({ mean: -0.5, percent: 37.5 });
    expect(pillarOf(result, 'A')).toMatchObject({ mean: -0.25, percent: 43.75 });
    expect(pillarOf(result, 'B')).toMatchObject({ mean: 2, percent: 100 });
    expect(result.summary).toMatchObject({ overallPercent: 71.875, weakest: { areaId: 'A', percent: 43.75 } });
  });

  it('gives no score at all, and no weakest pillar, when every answer is "don\'t know"', () => {
    const result = leaders(testPack(), [[a('a.l1', DONT_KNOW), a('a.l2', DONT_KNOW), a('b.l1', DONT_KNOW), a('d.l1', DONT_KNOW)]]);
    expect([...result.pillars, ...result.themes].every((p) => p.percent === null && p.mean === null)).toBe(true);
    expect(result.summary).toEqual({
      overallPercent: null,
      weakest: null,
      weakestTiedWith: [],
      pillarsScored: 0,
      pillarsTotal: 2,
      unscoredPillarIds: ['A', 'B']
    });
  });
});

describe('pillar scores', () => {
  it('are the mean of statement scores, each statement counting equally', () => {
    // a.l1: 4, 3, don't know -> 3.5.  a.l2: 2, 2, 1 -> 5/3.
    // Pillar A = (3.5 + 5/3) / 2 = 2.5833 (pooling all five answers would give 12/5 = 2.4).
    const result = leaders(testPack(), [
      [a('a.l1', 4), a('a.l2', 2)],
      [a('a.l1', 3), a('a.l2', 2)],
      [a('a.l1', DONT_KNOW), a('a.l2', 1)]
    ]);
    const pillar = pillarOf(result, 'A');
    expect(pillar?.mean).toBeCloseTo(2.5833, 4);
    expect(pillar?.percent).toBeCloseTo(((2.5833 - 1) / 3) * 100, 2);
    expect(pillar?.statementsScored).toBe(2);
    expect(pillar?.statementsTotal).toBe(2);
  });

  it('leave out a statement nobody scored', () => {
    const result = leaders(testPack(), [[a('a.l1', 4), a('a.l2', DONT_KNOW)]]);
    expect(pillarOf(result, 'A')).toMatchObject({ mean: 4, percent: 100, statementsScored: 1, statementsTotal: 2 });
  });

  it('are null for an empty pillar, never 0', () => {
    const result = leaders(testPack(), [[a('a.l1', 4), a('b.l1', DONT_KNOW)]]);
    expect(pillarOf(result, 'B')).toMatchObject({ mean: null, percent: null, statementsScored: 0 });
  });
});

describe('the summary across pillars', () => {
  it('weights the pillars equally and always gives the weakest pillar beside the overall figure', () => {
    // A: a.l1 = 4, a.l2 = 2 -> 3 -> 66.7%.  B: 2 -> 33.3%.  Overall = (66.7 + 33.3) / 2 = 50%.
    const result = leaders(testPack(), [[a('a.l1', 4), a('a.l2', 2), a('b.l1', 2), a('d.l1', 4)]]);
    expect(result.summary.overallPercent).toBeCloseTo(50, 6);
    expect(result.summary.weakest?.areaId).toBe('B');
    expect(result.summary.weakest?.percent).toBeCloseTo(33.333, 3);
    expect(result.summary.weakestTiedWith).toEqual([]);
    expect(result.summary).toMatchObject({ pillarsScored: 2, pillarsTotal: 2, unscoredPillarIds: [] });
  });

  it('reports the digital theme beside the pillars, not inside the overall figure', () => {
    const withTheme = leaders(testPack(), [[a('a.l1', 4), a('a.l2', 2), a('b.l1', 2), a('d.l1', 1)]]);
    expect(withTheme.themes).toEqual([expect.objectContaining({ areaId: 'D', crossCutting: true, percent: 0 })]);
    expect(withTheme.pillars.map((p) => p.areaId)).toEqual(['A', 'B']);
    // The theme's 0% changes neither the overall figure nor the weakest pillar.
    expect(withTheme.summary.overallPercent).toBeCloseTo(50, 6);
    expect(withTheme.summary.weakest?.areaId).toBe('B');
  });

  it('gives no overall figure while a pillar has no score, and names the missing pillar', () => {
    const result = leaders(testPack(), [[a('a.l1', 4), a('a.l2', 4)]]);
    expect(result.summary).toMatchObject({
      overallPercent: null,
      weakest: { areaId: 'A', percent: 100 },
      pillarsScored: 1,
      pillarsTotal: 2,
      unscoredPillarIds: ['B']
    });
  });

  it('says when pillars tie for weakest', () => {
    const result = leaders(testPack(), [[a('a.l1', 3), a('a.l2', 3), a('b.l1', 3)]]);
    expect(result.summary.weakest?.areaId).toBe('A');
    expect(result.summary.weakestTiedWith).toEqual(['B']);
  });
});

describe('groups and the minimum group size', () => {
  const answersFrom = (n: number): Answer[][] =>
    Array.from({ length: n }, (_, i) => [a('a.s1', 1 + (i % 5)), a('a.s2', 4), a('b.s1', 5)]);

  it('hides a group of 4 and does not reveal how many answered', () => {
    const result = staff(testPack(), answersFrom(4));
    expect(result).toEqual({ status: 'suppressed', packId: 'test-pack', packVersion: '1.0.0', audience: 'staff', minimumGroupSize: 5 });
    expect(JSON.stringify(result)).not.toMatch(/respondents|validAnswers/);
  });

  it('shows a group of 5', () => {
    const result = shown(staff(testPack(), answersFrom(5)));
    expect(result.respondents).toBe(5);
    // a.s1 answers 1, 2, 3, 4, 5 -> 3; a.s2 all 4 -> pillar A = (3 + 4) / 2 = 3.5 -> (3.5 - 1) / 4 = 62.5%.
    expect(pillarOf(result, 'A')?.percent).toBeCloseTo(62.5, 6);
  });

  it('does not count someone who only answered "don\'t know" towards the minimum', () => {
    const responses = [...answersFrom(4), [a('a.s1', DONT_KNOW), a('a.s2', DONT_KNOW), a('b.s1', DONT_KNOW)]];
    expect(staff(testPack(), responses).status).toBe('suppressed');
  });

  it('can be raised, but never lowered below 5', () => {
    expect(staff(testPack(), answersFrom(9), 10).status).toBe('suppressed');
    expect(staff(testPack(), answersFrom(10), 10).status).toBe('shown');
    expect(staff(testPack(), answersFrom(4), 3).status).toBe('suppressed');
    expect(resolveMinimumGroupSize(3)).toBe(5);
    expect(resolveMinimumGroupSize(Number.NaN)).toBe(5);
    expect(resolveMinimumGroupSize(12.7)).toBe(12);
  });

  it('cannot be bypassed by scoring staff answers as a self-assessment', () => {
    const pack = testPack();
    const tally = createTally(buildScoringIndex(pack, 'staff'));
    addAnswers(tally, [a('a.s1', 1)]);
    expect(() => scoreSelfAssessment(tally)).toThrow(/Only leaders' answers can be scored as a self-assessment/);
    expect(() => scoreAnswers(buildScoringIndex(pack, 'staff'), [a('a.s1', 1)])).toThrow(/score staff answers as a group/);
    expect(scoreGroup(tally).status).toBe('suppressed');
  });

  it('hides a statement that too few people scored, and leaves it out of its pillar', () => {
    // Six people answer; only two of them score a.s2 (both 1), the rest say "don't know".
    const responses = Array.from({ length: 6 }, (_, i) => [a('a.s1', 5), a('a.s2', i < 2 ? 1 : DONT_KNOW), a('b.s1', 3)]);
    const result = shown(staff(testPack(), responses));
    expect(statementOf(result, 'a.s2')).toMatchObject({ hidden: true, validAnswers: null, mean: null, percent: null });
    expect(pillarOf(result, 'A')).toMatchObject({ percent: 100, statementsScored: 1 });
  });
});

describe('the perception gap', () => {
  it('compares leaders and staff per pillar on the 0–100 scale', () => {
    // Leaders A: (4 + 2) / 2 = 3 on 1–4 -> 66.7%.  Staff A: all 4 on 1–5 -> 75%.  Gap = -8.3 points.
    // Leaders B: 4 -> 100%.  Staff B: all 3 -> 50%.  Gap = +50 points: the widest.
    const lead = leaders(testPack(), [[a('a.l1', 4), a('a.l2', 2), a('b.l1', 4)]]);
    const team = staff(
      testPack(),
      Array.from({ length: 5 }, () => [a('a.s1', 4), a('a.s2', 4), a('b.s1', 3)])
    );
    const gap = perceptionGap(lead, team);
    expect(gap.staffSuppressed).toBe(false);
    const rowA = gap.rows.find((r) => r.areaId === 'A');
    expect(rowA?.leadersPercent).toBeCloseTo(66.667, 3);
    expect(rowA?.staffPercent).toBeCloseTo(75, 6);
    expect(rowA?.gap).toBeCloseTo(-8.333, 3);
    expect(gap.widest?.areaId).toBe('B');
    expect(gap.widest?.gap).toBeCloseTo(50, 6);
    // No staff answers for the theme: no gap rather than a made-up one.
    expect(gap.rows.find((r) => r.areaId === 'D')).toMatchObject({ staffPercent: null, gap: null });
  });

  it('gives no gap when the staff results are suppressed', () => {
    const lead = leaders(testPack(), [[a('a.l1', 4), a('b.l1', 4)]]);
    const team = staff(testPack(), [[a('a.s1', 4)]]);
    const gap = perceptionGap(lead, team);
    expect(gap.staffSuppressed).toBe(true);
    expect(gap.rows.every((r) => r.gap === null && r.staffPercent === null)).toBe(true);
    expect(gap.widest).toBeNull();
  });
});

describe('comparing two cycles', () => {
  it('follows the migration map, so a reworded statement still compares', () => {
    const v1 = testPack('1.0.0', ['a.s1', 'a.s2']);
    // Version 2 rewords a.s2 as a.s2b and adds a.s3.
    const v2 = testPack('2.0.0', ['a.s1', 'a.s2b', 'a.s3']);
    v2.migrations = [{ fromVersion: '1.0.0', statements: [{ from: 'a.s2', to: 'a.s2b' }] }];

    // Previous: a.s1 = 3 (50%), a.s2 = 2 (25%) -> A = 37.5%.  B = 3 (50%).
    const before = staff(v1, Array.from({ length: 5 }, () => [a('a.s1', 3), a('a.s2', 2), a('b.s1', 3)]));
    // Current: a.s1 = 4 (75%), a.s2b = 3 (50%), a.s3 = 5 (100%) -> A = 75%.  B = 4 (75%).
    const after = staff(v2, Array.from({ length: 5 }, () => [a('a.s1', 4), a('a.s2b', 3), a('a.s3', 5), a('b.s1', 4)]));

    const comparison = compareCycles({ pack: v1, scores: before }, { pack: v2, scores: after });
    expect(comparison.comparable).toBe(true);

    const pillarA = comparison.pillars.find((p) => p.areaId === 'A');
    expect(pillarA?.previousPercent).toBeCloseTo(37.5, 6);
    expect(pillarA?.currentPercent).toBeCloseTo(75, 6);
    expect(pillarA?.change).toBeCloseTo(37.5, 6);
    // Like for like, over a.s1 and a.s2 -> a.s2b only: (50 + 25) / 2 = 37.5 -> (75 + 50) / 2 = 62.5.
    expect(pillarA?.likeForLike?.matchedStatements).toBe(2);
    expect(pillarA?.likeForLike?.change).toBeCloseTo(25, 6);

    const reworded = comparison.statements.find((x) => x.statementId === 'a.s2b');
    expect(reworded).toMatchObject({ previousStatementIds: ['a.s2'] });
    expect(reworded?.change).toBeCloseTo(25, 6);
    expect(comparison.statements.find((x) => x.statementId === 'a.s3')).toMatchObject({ previousPercent: null, change: null });

    // Overall: (37.5 + 50) / 2 = 43.75 -> (75 + 75) / 2 = 75.
    expect(comparison.overallChange).toBeCloseTo(31.25, 6);
    expect(comparison.currentSummary?.weakest).toBeDefined();
  });

  it('without the migration map, the reworded statement has no predecessor', () => {
    const v1 = testPack('1.0.0', ['a.s1', 'a.s2']);
    const v2 = testPack('2.0.0', ['a.s1', 'a.s2b']);
    const before = staff(v1, Array.from({ length: 5 }, () => [a('a.s1', 3), a('a.s2', 2)]));
    const after = staff(v2, Array.from({ length: 5 }, () => [a('a.s1', 4), a('a.s2b', 3)]));
    const comparison = compareCycles({ pack: v1, scores: before }, { pack: v2, scores: after });
    expect(comparison.statements.find((x) => x.statementId === 'a.s2b')?.previousStatementIds).toEqual([]);
    expect(comparison.pillars.find((p) => p.areaId === 'A')?.likeForLike?.matchedStatements).toBe(1);
  });

  it('refuses to compare when a cycle is suppressed', () => {
    const pack = testPack();
    const before = staff(pack, [[a('a.s1', 3)]]);
    const after = staff(pack, Array.from({ length: 5 }, () => [a('a.s1', 4)]));
    const comparison = compareCycles({ pack, scores: before }, { pack, scores: after });
    expect(comparison).toMatchObject({ comparable: false, reason: 'suppressed', pillars: [], overallChange: null });
  });
});

describe('compact responses for speed', () => {
  it('score the same from rows of numbers as from answer objects, with any off-scale value meaning "no answer"', () => {
    const pack = testPack();
    const index = buildScoringIndex(pack, 'staff');
    expect(index.statementIds).toEqual(['a.s1', 'a.s2', 'b.s1', 'd.s1']);
    const objects: Answer[][] = [
      [a('a.s1', 5), a('a.s2', DONT_KNOW), a('b.s1', 2), a('d.s1', 3)],
      [a('a.s1', 4), a('a.s2', 1), a('b.s1', DONT_KNOW)],
      [a('a.s1', 3), a('a.s2', 2), a('b.s1', 4), a('d.s1', 5)],
      [a('a.s1', 1), a('a.s2', 5), a('b.s1', 4), a('d.s1', 1)],
      [a('a.s1', 2), a('a.s2', 3), a('b.s1', 1), a('d.s1', 2)]
    ];
    const fromObjects = createTally(index);
    for (const answers of objects) addAnswers(fromObjects, answers);

    // The same answers as an Int8Array, using DONT_KNOW_CODE for "don't know" and 0 (off the scale) for "not answered".
    const dk = DONT_KNOW_CODE;
    const rows = Int8Array.from([5, dk, 2, 3, 4, 1, dk, 0, 3, 2, 4, 5, 1, 5, 4, 1, 2, 3, 1, 2]);
    const fromRows = createTally(index);
    addResponses(fromRows, rows);
    expect(scoreGroup(fromRows)).toEqual(scoreGroup(fromObjects));
    expect(fromRows.dontKnow).toEqual(fromObjects.dontKnow);
    expect(Array.from(fromRows.dontKnow)).toEqual([0, 1, 1, 0]);
    expect(Array.from(encodeAnswers(index, objects[1]))).toEqual([4, 1, DONT_KNOW_CODE, NaN]);
  });

  it('merge page by page into the same result as one pass', () => {
    const index = buildScoringIndex(testPack(), 'staff');
    const all = Float64Array.from({ length: 40 }, (_, i) => 1 + ((i * 7) % 5));
    const whole = createTally(index);
    addResponses(whole, all);
    const first = createTally(index);
    addResponses(first, all.subarray(0, 16));
    const second = createTally(index);
    addResponses(second, all.subarray(16));
    expect(scoreGroup(mergeTallies(first, second))).toEqual(scoreGroup(whole));
    expect(() => addResponses(whole, [1, 2, 3])).toThrow(RangeError);
  });

  it('aggregate 100,000 staff responses to every statement of the default pack correctly', () => {
    const index = buildScoringIndex(defaultPack, 'staff');
    const n = index.statementIds.length;
    expect(n).toBe(25);
    const responses = 100_000;
    const rows = new Int8Array(responses * n);
    // Response r answers statement s with 1 + ((r + s) % 5), except statement 0, which everyone answers "don't know" (0).
    for (let r = 0; r < responses; r++) for (let s = 0; s < n; s++) rows[r * n + s] = s === 0 ? 0 : 1 + ((r + s) % 5);
    const tally = createTally(index);
    addResponses(tally, rows);
    const result = shown(scoreGroup(tally));
    expect(result.respondents).toBe(responses);
    // Each statement sees 1..5 equally often -> mean 3 -> 50%.
    expect(result.statements[0]).toMatchObject({ mean: null, validAnswers: 0 });
    for (const st of result.statements.slice(1)) expect(st.mean).toBeCloseTo(3, 9);
    for (const p of result.pillars) expect(p.percent).toBeCloseTo(50, 9);
    expect(result.summary.overallPercent).toBeCloseTo(50, 9);
  });

  it('give one response\'s percentages per pillar for list columns', () => {
    const index = buildScoringIndex(testPack(), 'staff');
    expect(responseAreaPercents(index, encodeAnswers(index, [a('a.s1', 5), a('a.s2', 3), a('b.s1', DONT_KNOW)]))).toEqual([75, null, null]);
  });

  it('score a single leader\'s answers directly', () => {
    const result = scoreAnswers(buildScoringIndex(testPack(), 'leaders'), [a('a.l1', 4), a('a.l2', 4), a('b.l1', 1)]);
    expect(result.summary).toMatchObject({ overallPercent: 50, weakest: { areaId: 'B', percent: 0 } });
  });
});

describe('the spread of answers per statement', () => {
  const spread = (values: Array<number | typeof DONT_KNOW>, counts: number[]): Array<{ value: number | typeof DONT_KNOW; count: number }> =>
    values.map((value, i) => ({ value, count: counts[i] }));

  it("counts how many chose each option, lowest first, then \"don't know\", and leaves no-answer out", () => {
    const responses = [
      [a('a.s1', 5), a('a.s2', 1)],
      [a('a.s1', 5), a('a.s2', DONT_KNOW)],
      [a('a.s1', 4)],
      [a('a.s1', 2), a('a.s2', DONT_KNOW)],
      [a('a.s1', DONT_KNOW)],
      [a('a.s1', 5)]
    ];
    const result = shown(staff(testPack(), responses));
    expect(statementOf(result, 'a.s1')?.distribution).toEqual(spread([1, 2, 3, 4, 5, DONT_KNOW], [0, 1, 0, 1, 3, 1]));
    // Staff answers are read as a group: no disagreement flag.
    expect(statementOf(result, 'a.s1')?.disagreement).toBeNull();
    // a.s2: one scored answer among six people is hidden, and so is its spread.
    expect(statementOf(result, 'a.s2')).toMatchObject({ hidden: true, distribution: null, disagreement: null });
  });

  it('shows no spread at all while the group is below the minimum group size', () => {
    const result = staff(testPack(), Array.from({ length: 4 }, () => [a('a.s1', 3)]));
    expect(result.status).toBe('suppressed');
    expect(JSON.stringify(result)).not.toContain('distribution');
  });

  it('flags a statement where leaders are two or more points apart, and not one where they are one apart', () => {
    const result = leaders(testPack(), [
      [a('a.l1', 1), a('a.l2', 3), a('b.l1', DONT_KNOW)],
      [a('a.l1', 3), a('a.l2', 4), a('b.l1', 2)],
      [a('a.l1', 2), a('a.l2', DONT_KNOW)]
    ]);
    expect(statementOf(result, 'a.l1')).toMatchObject({ disagreement: true, distribution: spread([1, 2, 3, 4, DONT_KNOW], [1, 1, 1, 0, 0]) });
    expect(statementOf(result, 'a.l2')).toMatchObject({ disagreement: false, distribution: spread([1, 2, 3, 4, DONT_KNOW], [0, 0, 1, 1, 1]) });
    // One scored answer and one "don't know": nobody to disagree with.
    expect(statementOf(result, 'b.l1')).toMatchObject({ disagreement: false, distribution: spread([1, 2, 3, 4, DONT_KNOW], [0, 1, 0, 0, 1]) });
  });

  it('merges spreads page by page into the same result as one pass', () => {
    const index = buildScoringIndex(testPack(), 'leaders');
    // Three leaders, four statements each (a.l1, a.l2, b.l1, d.l1).
    const rows = [1, 4, DONT_KNOW_CODE, 3, 2, 2, 3, 3, 4, DONT_KNOW_CODE, 1, 3];
    const whole = createTally(index);
    addResponses(whole, rows);
    const first = createTally(index);
    addResponses(first, rows.slice(0, 4));
    const second = createTally(index);
    addResponses(second, rows.slice(4));
    const merged = mergeTallies(first, second);
    expect(scoreSelfAssessment(merged)).toEqual(scoreSelfAssessment(whole));
    expect(scoreSelfAssessment(whole).statements.map((st) => st.disagreement)).toEqual([true, true, true, false]);
    expect(Array.from(merged.dontKnow)).toEqual([0, 1, 1, 0]);
  });
});
