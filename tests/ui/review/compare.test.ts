import { defaultPack } from '../../../src/model';
import {
  actionOutcome,
  linesOf,
  measureChanges,
  outcomeCounts,
  parseEvidence,
  rescoreOption,
  rescorePercent,
  safeLinks,
  serialiseEvidence,
  sideBySide,
  trendFor
} from '../../../src/ui/review/compare';
import { cycle, measureRecord } from '../results/fixtures';
import {
  action,
  addedLeaders,
  currentLeaders,
  currentStaff,
  leaders,
  newPack,
  oldPack,
  previousLeaders,
  renamedFrom,
  renamedTo,
  results,
  retiredStaff,
  staff
} from './fixtures';

describe('review comparison', () => {
  it('puts leaders, staff and the gap of both cycles side by side, with staff hidden where the group was too small', () => {
    const view = sideBySide({
      previousPack: oldPack,
      previousResults: results(oldPack, leaders(oldPack, previousLeaders), staff(oldPack, currentStaff, 3)),
      currentPack: oldPack,
      currentResults: results(oldPack, leaders(oldPack, currentLeaders), staff(oldPack, currentStaff, 6))
    });
    expect(view.rows.map((r) => r.area.id)).toEqual(['culture', 'leadership', 'learning', 'wellbeing', 'digital']);
    const culture = view.rows[0];
    expect(culture.leaders.previous).toBeCloseTo(100 / 3);
    expect(culture.leaders.current).toBeCloseTo(200 / 3);
    expect(culture.leaders.change).toBeCloseTo(100 / 3);
    // Three staff answered before: hidden (no figure, no gap), never shown as a number.
    expect(view.staff).toEqual({ previous: 'hidden', current: 'shown', minimumGroupSize: 5 });
    expect(culture.staff).toMatchObject({ previous: null, current: 50, change: null });
    expect(culture.gap.previous).toBeNull();
    expect(culture.gap.current).toBeCloseTo(200 / 3 - 50);
    expect(view.packsDiffer).toBe(false);
    expect(view.retired).toEqual([]);
    expect(view.added).toEqual([]);
  });

  it('maps statements across pack versions and names those without a counterpart', () => {
    const view = sideBySide({
      previousPack: oldPack,
      previousResults: results(oldPack, leaders(oldPack, previousLeaders), null),
      currentPack: newPack,
      currentResults: results(newPack, leaders(newPack, currentLeaders), null)
    });
    expect(view.packsDiffer).toBe(true);
    expect(view.retired).toEqual([{ statementId: retiredStaff.id, text: retiredStaff.text, audience: 'staff', areaName: 'Learning and development' }]);
    expect(view.added.map((s) => [s.statementId, s.audience])).toEqual([[addedLeaders.id, 'leaders']]);
    // The renamed statement is neither retired nor new: it is compared with its predecessor.
    expect([...view.retired, ...view.added].map((s) => s.statementId)).not.toContain(renamedTo);
    expect([...view.retired, ...view.added].map((s) => s.statementId)).not.toContain(renamedFrom);
    const culture = view.rows.find((r) => r.area.id === 'culture');
    expect(culture?.leaders.likeForLike?.matchedStatements).toBe(oldPack.pillars[0].leaderStatements.length);
    // Digital gained a statement: like for like counts only the statements both cycles scored.
    const digital = view.rows.find((r) => r.area.id === 'digital');
    expect(digital?.leaders.likeForLike?.matchedStatements).toBe(oldPack.pillars.find((p) => p.id === 'digital')?.leaderStatements.length);
    expect(view.staff).toMatchObject({ previous: 'none', current: 'none' });
  });

  it('counts actions done on time, late, done without a due date and not done', () => {
    expect(actionOutcome({ status: 'done', dueDate: '2026-04-30', completedDate: '2026-04-30' })).toBe('on-time');
    expect(actionOutcome({ status: 'done', dueDate: '2026-04-30', completedDate: '2026-05-01' })).toBe('late');
    expect(actionOutcome({ status: 'done', dueDate: null, completedDate: '2026-05-01' })).toBe('done-no-due-date');
    expect(actionOutcome({ status: 'carried-over', dueDate: '2026-04-30', completedDate: null })).toBe('not-done');
    const counts = outcomeCounts([
      action({ id: 1, title: 'a', status: 'done', dueDate: '2026-04-30', completedDate: '2026-04-01' }),
      action({ id: 2, title: 'b', status: 'done', dueDate: '2026-04-30', completedDate: '2026-06-01' }),
      action({ id: 3, title: 'c', status: 'in-progress', dueDate: '2026-04-30' }),
      action({ id: 4, title: 'd', status: 'cancelled' })
    ]);
    expect(counts).toEqual({ 'on-time': 1, late: 1, 'done-no-due-date': 0, 'not-done': 2, total: 4 });
  });

  it('sets each measure beside its previous period and says whether the change is for the better', () => {
    const changes = measureChanges(
      [
        measureRecord({ id: 1, measureId: 'turnover-rate', periodEnd: '2025-03-31', value: 30 }),
        measureRecord({ id: 2, measureId: 'turnover-rate', periodEnd: '2026-03-31', value: 22.5 }),
        // A correction of the latest period is not the period before.
        measureRecord({ id: 3, measureId: 'turnover-rate', periodEnd: '2026-03-31', value: 25 }),
        measureRecord({ id: 4, measureId: 'starters-rate', periodEnd: '2026-03-31', value: 20 })
      ],
      defaultPack
    );
    expect(changes.map((c) => [c.measureId, c.latest.id, c.previous?.id ?? null, c.change, c.better])).toEqual([
      ['turnover-rate', 3, 1, -5, true],
      ['starters-rate', 4, null, null, null]
    ]);
  });

  it('follows an area across the published cycles, oldest first, with staff hidden where suppressed', () => {
    const summary = (leadersPercent: number, staffShown: boolean) => ({
      packId: 'p',
      packVersion: '1.0.0',
      publishedAt: '2026-01-01',
      minimumGroupSize: 5,
      leaders: { pillars: [{ pillarId: 'culture', percent: leadersPercent }], themes: [], overallPercent: null, weakest: null, weakestTiedWith: [], respondents: 2 },
      staff: staffShown
        ? { status: 'shown' as const, minimumGroupSize: 5, pillars: [{ pillarId: 'culture', percent: 40 }], themes: [], overallPercent: null, weakest: null, weakestTiedWith: [], respondents: 6 }
        : { status: 'suppressed' as const, minimumGroupSize: 5 }
    });
    const points = trendFor(
      [
        cycle({ id: 3, title: 'Spring 2026', startDate: '2026-03-01', summary: summary(67, true) }),
        cycle({ id: 1, title: 'Spring 2025', startDate: '2025-03-01', summary: summary(33, false) }),
        cycle({ id: 2, title: 'Never published', startDate: '2025-09-01', summary: null })
      ],
      'culture'
    );
    expect(points).toEqual([
      { cycleId: 1, title: 'Spring 2025', startDate: '2025-03-01', leaders: 33, staff: null, staffHidden: true },
      { cycleId: 3, title: 'Spring 2026', startDate: '2026-03-01', leaders: 67, staff: 40, staffHidden: false }
    ]);
  });

  it('stores evidence as a note and links, and reads text written by hand as a note', () => {
    const stored = serialiseEvidence({ note: ' Rota audit ', links: ['https://example.org/audit', ' '] });
    expect(parseEvidence(stored)).toEqual({ note: 'Rota audit', links: ['https://example.org/audit'] });
    expect(serialiseEvidence({ note: ' ', links: [] })).toBeNull();
    expect(parseEvidence('Typed straight into the list')).toEqual({ note: 'Typed straight into the list', links: [] });
    expect(parseEvidence('42')).toEqual({ note: '42', links: [] });
    expect(linesOf('https://a.example\n\n  https://b.example  ')).toEqual(['https://a.example', 'https://b.example']);
    expect(safeLinks(['https://a.example', 'javascript:alert(1)'])).toEqual([
      { text: 'https://a.example', link: true },
      { text: 'javascript:alert(1)', link: false }
    ]);
  });

  it("stores a re-score on the leaders' scale as 0 to 100 and reads it back as the nearest option", () => {
    const scale = defaultPack.scales.leaders;
    expect(scale.options.map((o) => rescorePercent(scale, o.value))).toEqual([0, 33.33, 66.67, 100]);
    expect(rescoreOption(scale, 66.67)).toBe(3);
    expect(rescoreOption(scale, 70)).toBe(3);
    expect(rescoreOption(scale, null)).toBeNull();
  });
});
