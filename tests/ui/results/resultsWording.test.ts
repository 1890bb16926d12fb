import { enGBResults } from '../../../src/loc/results';
import type { PillarSummary } from '../../../src/domain';
import { formattersFor } from '../../../src/ui/shared/format';
import { gapSentence, overallSentence, type StaffState } from '../../../src/ui/results/resultsModel';
import { gapReading, roundGap } from '../../../src/ui/shared/charts/models';

const strings = enGBResults;
const fmt = formattersFor('en-GB');
const shown = { kind: 'shown', minimumGroupSize: 5 } as unknown as StaffState;

describe('The gap between leaders and staff in plain words', () => {
  it.each<[number, string]>([
    [18, 'Leaders rate this 18 points higher than staff do.'],
    [-18, 'Leaders rate this 18 points lower than staff do.'],
    [6, 'Leaders rate this 6 points higher than staff do.'],
    [5.5, 'Leaders rate this 6 points higher than staff do.'],
    [-5.5, 'Leaders rate this 6 points lower than staff do.'],
    [5.4, 'Leaders and staff rate this about the same.'],
    [5, 'Leaders and staff rate this about the same.'],
    [-5, 'Leaders and staff rate this about the same.'],
    [0, 'Leaders and staff rate this about the same.'],
    [33.3333, 'Leaders rate this 33 points higher than staff do.']
  ])('reads a gap of %d points as "%s"', (gap, sentence) => {
    expect(gapSentence(strings, gap, true, shown)).toBe(sentence);
  });

  it('says why there is no comparison when there is none', () => {
    expect(gapSentence(strings, null, true, { kind: 'hidden', minimumGroupSize: 5 })).toBe('No comparison: the staff results are hidden.');
    expect(gapSentence(strings, null, true, { kind: 'none' })).toBe('No comparison: no member of staff answered.');
    expect(gapSentence(strings, null, false, shown)).toBe('No comparison: no leader answered.');
    expect(gapSentence(strings, null, true, shown)).toBe('No comparison: one side has no score here.');
  });

  it('reads the chart the same way as the sentence: within 5 whole points either way is about the same', () => {
    expect([18, 5.5, 5.4, 0, -5.4, -5.5, -18].map((g) => gapReading(g, 5))).toEqual(['higher', 'higher', 'same', 'same', 'same', 'lower', 'lower']);
    // Rounded half away from zero, so that a gap and its mirror image read alike.
    expect([2.5, -2.5, 0.4, -0.4].map(roundGap)).toEqual([3, -3, 0, 0]);
  });
});

describe('The overall figure', () => {
  const names: Record<string, string> = { culture: 'Culture', learning: 'Learning', wellbeing: 'Wellbeing' };
  const nameOf = (id: string): string => names[id] ?? id;
  const summary = (overrides: Partial<PillarSummary>): PillarSummary => ({
    overallPercent: 61.25,
    weakest: { areaId: 'learning', percent: 40 },
    weakestTiedWith: [],
    pillarsScored: 4,
    pillarsTotal: 4,
    unscoredPillarIds: [],
    ...overrides
  });

  it('always comes with the weakest pillar in the same sentence', () => {
    expect(overallSentence(strings, fmt, summary({}), nameOf)).toBe('Overall 61%. Weakest pillar: Learning, 40%.');
  });

  it('names every pillar tied for weakest', () => {
    expect(overallSentence(strings, fmt, summary({ weakestTiedWith: ['culture', 'wellbeing'] }), nameOf)).toBe(
      'Overall 61%. Weakest pillars: Learning, Culture and Wellbeing, 40% each.'
    );
  });

  it('gives the weakest pillar, and no overall figure, when not every pillar has a score', () => {
    expect(overallSentence(strings, fmt, summary({ overallPercent: null, pillarsScored: 3, unscoredPillarIds: ['wellbeing'] }), nameOf)).toBe(
      'No overall figure, because not every pillar has a score. Weakest pillar: Learning, 40%.'
    );
    expect(overallSentence(strings, fmt, summary({ overallPercent: null, weakest: null, pillarsScored: 0 }), nameOf)).toBe('No pillar has a score.');
  });
});
