/**
 * The local trial's site: runs WPQ's own "Set up this site" against the local SharePoint, and on the
 * first run only (no services yet) fills it with a fictional provider, Meadowbank Care: four
 * services with their cycles, leaders' self-assessments and staff pulses stored as the local users who
 * answered them (so read-own security is real), action boards, reviews, two years of quarterly
 * workforce measures and published results.
 *
 * What each service shows: Meadowbank House is in Analyse with fewer staff answers than the minimum
 * group size and the deputy's self-assessment saved as a draft; the Harrogate home care service is in
 * Do, with published results showing a clear gap between leaders and staff, staff comments, two
 * leaders who disagree and a full action board (overdue, finished, carried over, owned by care
 * workers); the Ripon supported living service is in Review after two closed cycles, so comparison,
 * trends and closing can be tried; and Willow Court has a new cycle that nobody has answered yet,
 * asking all eight local care workers.
 *
 * The app counts one response per person, so staff answers beyond those of the local care workers are
 * stored as members of staff without a local sign-in (the seed hook's numeric authors).
 */
import { InjectHeaders } from '@pnp/queryable';
import type { SPFI } from '@pnp/sp';
import type { LocalSharePoint } from '../local-server';
import { mulberry32 as random } from '../local-server/faults';
import { DONT_KNOW, type Answer } from '../../src/domain';
import { allStatements, defaultPack, type Audience } from '../../src/model';
import { addDays, localToday } from '../../src/data/dates';
import { runSetup } from '../../src/data/provisioning';
import { submissionBody } from '../../src/data/repositories/responses';
import { responsesList } from '../../src/data/schema';
import { createServices, type WpqServices } from '../../src/data/services';
import { createSp } from '../../src/data/sp';
import type { ActionInput, CareService, Cycle, MeasureInput } from '../../src/data/types';
import type { ProviderSummary } from '../../src/data/summaries';

type UserKey = 'manager' | 'deputy' | 'worker1' | 'worker2' | 'worker3' | 'worker4' | 'worker5' | 'worker6' | 'worker7' | 'worker8' | 'quality';

const ALL_WORKERS: UserKey[] = ['worker1', 'worker2', 'worker3', 'worker4', 'worker5', 'worker6', 'worker7', 'worker8'];

/** What staff wrote in the pulse's free-text question, in the demo. */
const STAFF_COMMENTS = [
  'Handovers feel rushed on the late shift, so things get missed.',
  'My supervisor makes time for me even when we are short-staffed.',
  'I would like more training on the new care planning app.',
  'Nobody asked us before the rota changed.'
];

/** Answers leaning towards `lean` per pillar (0 = low, 1 = high), with some "don't know". */
function answers(audience: Audience, rnd: () => number, lean: Record<string, number>): Answer[] {
  const scale = audience === 'leaders' ? defaultPack.scales.leaders : defaultPack.scales.staff;
  const values = scale.options.map((o) => o.value);
  return allStatements(defaultPack, audience).map(({ statement, pillar }) => {
    if (rnd() < 0.06) return { statementId: statement.id, value: DONT_KNOW };
    const bias = lean[pillar.id] ?? 0.6;
    const position = Math.min(values.length - 1, Math.max(0, Math.round((bias + (rnd() - 0.5) * 0.5) * (values.length - 1))));
    return { statementId: statement.id, value: values[position] };
  });
}

function season(date: string): string {
  const [y, m] = date.split('-').map(Number);
  if (m >= 3 && m <= 5) return `Spring ${y}`;
  if (m >= 6 && m <= 8) return `Summer ${y}`;
  if (m >= 9 && m <= 11) return `Autumn ${y}`;
  return `Winter ${m === 12 ? y : y - 1}`;
}

interface ServicePlan {
  name: string;
  type: CareService['serviceType'];
  staff: UserKey[];
  /** The deputy leads too: a submitted self-assessment, a draft, or none. */
  deputy: 'submitted' | 'draft' | null;
  /** Phase of the current cycle. */
  phase: Cycle['phase'];
  /**
   * How many staff answered each earlier cycle's pulse, oldest first: those cycles are closed, their
   * results published, their open actions carried into the next, and their reviews written.
   */
  history: number[];
  /** How many staff answered the current pulse, and whether to publish it. */
  currentStaff: number;
  publishCurrent: boolean;
  lean: Record<string, number>;
  /** Staff of the current cycle see things this much lower than `lean` (the perception gap the results show). */
  staffShift?: number;
}

const PLANS: ServicePlan[] = [
  {
    name: 'Meadowbank House',
    type: 'care-home-nursing',
    staff: ALL_WORKERS,
    deputy: 'draft',
    phase: 'analyse',
    history: [7],
    currentStaff: 1,
    publishCurrent: false,
    lean: { culture: 0.7, leadership: 0.65, learning: 0.5, wellbeing: 0.35, digital: 0.45 }
  },
  {
    name: 'Meadowbank Home Care, Harrogate',
    type: 'home-care',
    staff: ['worker1'],
    deputy: 'submitted',
    phase: 'do',
    history: [3],
    currentStaff: 6,
    publishCurrent: true,
    lean: { culture: 0.55, leadership: 0.5, learning: 0.35, wellbeing: 0.6, digital: 0.3 },
    staffShift: -0.2
  },
  {
    name: 'Meadowbank Supported Living, Ripon',
    type: 'supported-living',
    staff: [],
    deputy: null,
    phase: 'review',
    history: [6, 5],
    currentStaff: 7,
    publishCurrent: true,
    lean: { culture: 0.8, leadership: 0.7, learning: 0.65, wellbeing: 0.55, digital: 0.6 }
  },
  {
    name: 'Willow Court',
    type: 'care-home',
    staff: ALL_WORKERS,
    deputy: null,
    phase: 'analyse',
    history: [],
    currentStaff: 0,
    publishCurrent: false,
    lean: {}
  }
];

function spFor(server: LocalSharePoint, user: UserKey): SPFI {
  return createSp({ pageContext: { web: { absoluteUrl: server.siteUrl } } }).using(InjectHeaders({ 'X-WPQ-User': user }));
}

function userIdOf(server: LocalSharePoint, key: UserKey): number {
  const u = server.users.find((x) => x.key === key);
  if (!u) throw new Error(`The local server has no user ${key}.`);
  return u.id;
}

/**
 * Staff answers beyond the first, stored in one go through the local server's seed hook: the first as
 * Ewa, the others as members of staff without a local sign-in (site user ids from `firstPerson`), each
 * person once, since the app counts one response per person.
 */
function seedStaff(server: LocalSharePoint, cycle: Cycle, count: number, lean: Record<string, number>, rnd: () => number, submittedAt: string, firstPerson: number): void {
  if (count <= 0) return;
  const bodies = Array.from({ length: count }, (_, i) =>
    submissionBody(
      {
        cycle,
        pack: defaultPack,
        kind: 'staff',
        answers: answers('staff', rnd, lean),
        submissionId: `demo-${cycle.id}-staff-${i}`,
        comment: i < STAFF_COMMENTS.length && rnd() < 0.8 ? STAFF_COMMENTS[i] : null
      },
      submittedAt
    )
  );
  server.bulkInsert(
    responsesList.title,
    bodies,
    bodies.map((_, i) => (i === 0 ? 'worker2' : firstPerson + i))
  );
}

async function seed(server: LocalSharePoint, manager: WpqServices): Promise<void> {
  const rnd = random(20260425);
  const today = localToday();
  const currentStart = addDays(today, -60);
  const tom = createServices(spFor(server, 'worker1'));
  const deputy = createServices(spFor(server, 'deputy'));
  const managerId = userIdOf(server, 'manager');
  const deputyId = userIdOf(server, 'deputy');
  const workerId = userIdOf(server, 'worker1');
  // The manager leads every service and answers its leaders' self-assessment through the app; the
  // deputy, where he leads too, rates the service lower, so the results show where leaders disagree.
  const leadersAnswer = async (cycle: Cycle, plan: ServicePlan, lean: Record<string, number>): Promise<void> => {
    // Leaders tend to rate their service higher than staff do: that gap is what the results show.
    const higher = shifted(lean, 0.2);
    await manager.responses.submit({ cycle, pack: defaultPack, kind: 'leaders', answers: answers('leaders', rnd, higher), submissionId: `demo-${cycle.id}-leaders` });
    if (plan.deputy === null) return;
    const lower = shifted(lean, -0.15);
    const deputyAnswers = answers('leaders', rnd, lower);
    const submissionId = `demo-${cycle.id}-leaders-deputy`;
    if (plan.deputy === 'submitted' || cycle.phase === 'closed') {
      await deputy.responses.submit({ cycle, pack: defaultPack, kind: 'leaders', answers: deputyAnswers, submissionId });
    } else {
      const firstPillar = defaultPack.pillars[0].id;
      await deputy.responses.saveDraft({
        cycle,
        pack: defaultPack,
        kind: 'leaders',
        answers: deputyAnswers.filter((a) => a.statementId.startsWith(`${firstPillar}.`)),
        evidence: {},
        submissionId
      });
    }
  };

  for (const [n, plan] of PLANS.entries()) {
    const firstPerson = 100 + n * 20;
    const service = await manager.careServices.add({
      name: plan.name,
      serviceType: plan.type,
      leaderIds: plan.deputy === null ? [managerId] : [managerId, deputyId],
      staffIds: plan.staff.map((k) => userIdOf(server, k)),
      active: true
    });
    // Cycles of six months; earlier ones eight months apart, going back from the current one. Scores
    // were a little lower each cycle further back, so comparisons and trends show progress.
    const cycles: Cycle[] = [];
    for (const [i, staffCount] of plan.history.entries()) {
      const back = plan.history.length - i;
      const start = addDays(currentStart, -240 * back);
      const cycle = await manager.cycles.add({ title: season(start), serviceId: service.id, phase: 'closed', startDate: start, endDate: addDays(start, 180) });
      const lean = shifted(plan.lean, -0.06 * back);
      await leadersAnswer(cycle, plan, lean);
      seedStaff(server, cycle, staffCount, lean, rnd, `${addDays(start, 20)}T10:00:00Z`, firstPerson);
      await manager.cycles.publishResults(cycle.id);
      cycles.push(cycle);
    }
    const current = await manager.cycles.add({
      title: season(currentStart),
      serviceId: service.id,
      phase: plan.phase,
      startDate: currentStart,
      endDate: addDays(currentStart, 180)
    });
    if (plan.currentStaff > 0) {
      await leadersAnswer(current, plan, plan.lean);
      const staffLean = shifted(plan.lean, plan.staffShift ?? 0);
      // The first pulse is answered through the app itself, as Tom.
      await tom.responses.submit({
        cycle: current,
        pack: defaultPack,
        kind: 'staff',
        answers: answers('staff', rnd, staffLean),
        submissionId: `demo-${current.id}-staff-tom`
      });
      seedStaff(server, current, plan.currentStaff - 1, staffLean, rnd, `${addDays(currentStart, 10)}T09:30:00Z`, firstPerson);
      if (plan.publishCurrent) await manager.cycles.publishResults(current.id);
    }

    // Each closed cycle's actions: some done on time, one done late, one dropped; the one still open
    // is carried into the next cycle (and finished there, when that cycle is closed too).
    const weakest = Object.entries(plan.lean).sort((a, b) => a[1] - b[1])[0]?.[0] ?? 'culture';
    for (const [i, cycle] of cycles.entries()) {
      const start = cycle.startDate as string;
      const suggestions = suggestedFor(i === 0 ? weakest : secondWeakest(plan.lean), 3);
      const added = await manager.actions.addMany(
        suggestions.map((a, k) => ({
          cycleId: cycle.id,
          serviceId: service.id,
          title: a.title,
          pillarId: a.pillarId,
          statementId: a.statementId,
          detail: a.detail,
          ownerId: [workerId, managerId, deputyId][k],
          dueDate: addDays(start, 90 + k * 30),
          status: (['in-progress', 'done', 'done'] as const)[k],
          priority: (['high', 'medium', 'low'] as const)[k],
          successMeasure: 'Staff say it helps in the next pulse.',
          // The third was finished three weeks after it was due.
          completedDate: k === 0 ? null : addDays(start, k === 1 ? 100 : 170),
          carriedOverFromId: null
        }))
      );
      const next = cycles[i + 1] ?? current;
      await manager.actions.carryOver(cycle.id, { cycleId: next.id, serviceId: service.id });
      if (i + 1 < cycles.length) {
        // Carried into a cycle that is closed now: it was finished there.
        const carried = (await manager.actions.listForCycle(next.id)).data.find((a) => a.carriedOverFromId === added[0].id);
        if (carried) await manager.actions.update(carried.id, { status: 'done', completedDate: addDays(next.startDate as string, 40) }, carried.etag);
      }
      for (const pillar of defaultPack.pillars) {
        const lean = shifted(plan.lean, -0.06 * (cycles.length - i));
        await manager.reviews.add({
          cycleId: cycle.id,
          pillarId: pillar.id,
          whatChanged: REVIEW_NOTES[pillar.id]?.[0] ?? 'Little changed in this cycle.',
          evidence: REVIEW_NOTES[pillar.id]?.[1] ?? null,
          rescore: Math.round(Math.min(1, (lean[pillar.id] ?? 0.6) + 0.15) * 100),
          decisions: REVIEW_NOTES[pillar.id]?.[2] ?? null
        });
      }
    }
    if (plan.phase === 'review') {
      // The review of the current cycle is under way: two pillars written up so far.
      for (const pillar of defaultPack.pillars.slice(0, 2)) {
        await manager.reviews.add({
          cycleId: current.id,
          pillarId: pillar.id,
          whatChanged: REVIEW_NOTES[pillar.id]?.[0] ?? null,
          evidence: null,
          rescore: null,
          decisions: null
        });
      }
    }

    // The current cycle's board: care workers own some actions; one is overdue, two are done (one of
    // them late), one is on hold, one is due later.
    if (plan.phase !== 'analyse' || plan.history.length > 0) {
      const pillars = defaultPack.pillars.filter((p) => !p.crossCutting);
      const board = pillars.flatMap((p) => suggestedFor(p.id, 2)).slice(0, 6);
      const shape: Array<Pick<ActionInput, 'status' | 'priority'> & { owner: number; due: number; done: number | null }> = [
        { status: 'not-started', priority: 'high', owner: workerId, due: -14, done: null },
        { status: 'in-progress', priority: 'medium', owner: userIdOf(server, 'worker2'), due: 21, done: null },
        { status: 'on-hold', priority: 'low', owner: managerId, due: 45, done: null },
        { status: 'done', priority: 'medium', owner: workerId, due: -20, done: -25 },
        { status: 'done', priority: 'high', owner: managerId, due: -30, done: -12 },
        { status: 'not-started', priority: 'medium', owner: deputyId, due: 60, done: null }
      ];
      const count = plan.phase === 'analyse' ? 2 : shape.length;
      await manager.actions.addMany(
        board.slice(0, count).map((a, k) => ({
          cycleId: current.id,
          serviceId: service.id,
          title: a.title,
          pillarId: a.pillarId,
          statementId: a.statementId,
          detail: a.detail,
          ownerId: shape[k].owner,
          dueDate: addDays(today, shape[k].due),
          status: shape[k].status,
          priority: shape[k].priority,
          successMeasure: k === 0 ? 'Every new starter has a named buddy for their first month.' : null,
          completedDate: shape[k].done === null ? null : addDays(today, shape[k].done as number),
          carriedOverFromId: null
        }))
      );
    }

    // Two years of quarterly figures for four measures, drifting the right way.
    const measures: MeasureInput[] = [];
    const ends = quarterEnds(today, 8);
    for (const [m, base, step] of [
      ['turnover-rate', 0.34, -0.01],
      ['vacancy-rate', 0.11, -0.004],
      ['supervision-on-schedule', 0.62, 0.03],
      ['sickness-days-per-worker', 0.0, 0]
    ] as const) {
      const measure = defaultPack.measures.find((x) => x.id === m);
      if (!measure) continue;
      for (const [q, periodEnd] of ends.entries()) {
        const denominator = 30 + Math.round(rnd() * 30);
        const rate = Math.min(1, Math.max(0, base + step * q + (rnd() - 0.5) * 0.06));
        const numerator = measure.formula === 'per-worker' ? Math.round(denominator * (3 + rnd() * 4)) : Math.round(denominator * rate);
        measures.push({
          serviceId: service.id,
          measureId: measure.id,
          period: `Quarter ending ${periodEnd}`,
          periodEnd,
          numerator,
          denominator,
          source: 'ASC-WDS and rota records',
          note: null
        });
      }
    }
    await manager.measures.recordMany(measures, defaultPack);
  }

  // Summaries that two other providers sent the local authority's quality lead, imported as a quality
  // lead would, so the portfolio shows them beside Meadowbank's own services.
  for (const summary of PROVIDER_SUMMARIES(today)) await manager.summaries.import(summary);
}

/** One provider's summary with figures that add up: overall = mean of the pillars, gap = leaders − staff. */
function providerSummary(
  n: number,
  provider: string,
  service: string,
  serviceType: CareService['serviceType'],
  today: string,
  leaders: number[],
  staff: { respondents: number; pillars: number[] } | null,
  actions: { done: number; open: number; overdue: number }
): ProviderSummary {
  const ids = defaultPack.pillars.filter((p) => !p.crossCutting).map((p) => p.id);
  const themes = defaultPack.pillars.filter((p) => p.crossCutting).map((p) => p.id);
  const mean = (xs: number[]): number => Math.round((xs.reduce((a, b) => a + b, 0) / xs.length) * 10) / 10;
  const figures = (scores: number[], respondents: number) => ({
    respondents,
    overallPercent: mean(scores.slice(0, ids.length)),
    pillars: ids.map((pillarId, i) => ({ pillarId, percent: scores[i] })),
    themes: themes.map((pillarId, i) => ({ pillarId, percent: scores[ids.length + i] ?? null }))
  });
  const leaderFigures = figures(leaders, 2);
  const staffFigures = staff === null ? null : figures(staff.pillars, staff.respondents);
  const start = addDays(today, -120);
  return {
    kind: 'wpq-provider-summary',
    formatVersion: 1,
    provider: { name: provider, siteUrl: `https://provider${n}.example.org/sites/wpq` },
    service: { name: service, serviceType },
    cycle: { id: 10 + n, title: season(start), phase: 'do', startDate: start, endDate: addDays(start, 180) },
    pack: { id: defaultPack.id, version: defaultPack.version },
    publishedAt: `${addDays(today, -60)}T09:00:00Z`,
    exportedAt: `${addDays(today, -30)}T16:30:00Z`,
    minimumGroupSize: 5,
    leaders: leaderFigures,
    staff: staffFigures === null ? { status: 'suppressed' } : { status: 'shown', ...staffFigures },
    gap: staffFigures === null ? null : Math.round((leaderFigures.overallPercent - staffFigures.overallPercent) * 10) / 10,
    actions: {
      total: actions.done + actions.open,
      byStatus: { 'not-started': actions.open - 1, 'in-progress': 1, 'on-hold': 0, done: actions.done, cancelled: 0, 'carried-over': 0 },
      overdue: actions.overdue
    },
    measures: [
      { measureId: 'turnover-rate', period: 'Year to date', periodEnd: quarterEnds(today, 1)[0], value: n === 1 ? 24.5 : 38.2 },
      { measureId: 'vacancy-rate', period: null, periodEnd: quarterEnds(today, 1)[0], value: n === 1 ? 5.1 : 11.4 }
    ]
  };
}

/** The two other providers in the quality lead's portfolio: one doing well, one with too few staff answers. */
const PROVIDER_SUMMARIES = (today: string): ProviderSummary[] => [
  providerSummary(1, 'Oakfield Care Partnership', 'Oakfield Lodge', 'care-home', today, [72, 68, 61, 70, 55], { respondents: 14, pillars: [66, 60, 58, 63, 49] }, { done: 4, open: 3, overdue: 0 }),
  providerSummary(2, 'Riverside Homecare', 'Riverside Homecare, Thirsk', 'home-care', today, [64, 58, 45, 52, 40], null, { done: 1, open: 5, overdue: 2 })
];

/** What reviews of the demo's closed cycles say, per pillar: what changed, the evidence, decisions. */
const REVIEW_NOTES: Record<string, [string, string, string]> = {
  culture: [
    'Supervision now happens monthly for most staff, and team meetings have a standing item on values.',
    'Supervision log; minutes of the last three team meetings.',
    'Keep the monthly pattern and add group supervision on nights.'
  ],
  leadership: [
    'Seniors lead handovers in turn, and staff were asked before the rota changed.',
    'Rota consultation notes; handover checklist.',
    'Offer the leadership programme to two seniors.'
  ],
  learning: [
    'Care Certificate completion went up; the care planning app training was rushed.',
    'Training matrix export.',
    'Run app training in small groups, on shift.'
  ],
  wellbeing: [
    'Return-to-work talks are now held every time, and sickness fell over the winter.',
    'Sickness absence figures; wellbeing check-in records.',
    'Keep the check-ins; look at lone working on the late shift.'
  ],
  digital: [
    'Everyone can now sign in to the care planning app; some staff still prefer paper.',
    'App sign-in report.',
    'Name a digital champion on each shift.'
  ]
};

/** A copy of `lean` moved by `by`, kept between 0 and 1. */
function shifted(lean: Record<string, number>, by: number): Record<string, number> {
  return Object.fromEntries(Object.entries(lean).map(([k, v]) => [k, Math.min(1, Math.max(0, v + by))]));
}

function secondWeakest(lean: Record<string, number>): string {
  return Object.entries(lean).sort((a, b) => a[1] - b[1])[1]?.[0] ?? 'learning';
}

/** The pack's suggested actions for a pillar, as the fields of a new action. */
function suggestedFor(pillarId: string, count: number): Array<{ title: string; detail: string; pillarId: string; statementId: string }> {
  return defaultPack.actions
    .filter((a) => a.statementIds.some((id) => id.startsWith(`${pillarId}.`)))
    .slice(0, count)
    .map((a) => ({ title: a.title, detail: a.description, pillarId, statementId: a.statementIds.find((id) => id.startsWith(`${pillarId}.`)) as string }));
}

/** The last `count` quarter ends (31 March, 30 June, 30 September, 31 December) before `today`, oldest first. */
function quarterEnds(today: string, count: number): string[] {
  const [y, m] = today.split('-').map(Number);
  // The quarter that ended most recently: months are 1-based, quarters end in months 3, 6, 9, 12.
  let year = y;
  let endMonth = Math.floor((m - 1) / 3) * 3;
  if (endMonth === 0) {
    endMonth = 12;
    year -= 1;
  }
  const ends: string[] = [];
  for (let i = 0; i < count; i++) {
    const last = new Date(Date.UTC(year, endMonth, 0)).getUTCDate();
    ends.unshift(`${year}-${String(endMonth).padStart(2, '0')}-${String(last).padStart(2, '0')}`);
    endMonth -= 3;
    if (endMonth <= 0) {
      endMonth += 12;
      year -= 1;
    }
  }
  return ends;
}

/**
 * Sets up the local site with the app's own set-up, then loads the Meadowbank Care demo only when the
 * site has no services yet. `sp` must act as the manager (a site owner). Safe to call on every start.
 */
export async function setUpLocalSite(sp: SPFI, server: LocalSharePoint): Promise<void> {
  await runSetup(sp);
  const manager = createServices(sp);
  const existing = await manager.careServices.list();
  if (existing.data.length > 0 || existing.warnings.length > 0) return;
  await seed(server, manager);
}
