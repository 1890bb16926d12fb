/**
 * The local trial's site: runs WPQ's own "Set up this site" against the local SharePoint, and on the
 * first run only (no services yet) fills it with a fictional provider, Meadowbank Care: four
 * services, a previous and a current cycle each, leaders' self-assessments and staff pulses stored as
 * the local users who answered them (so read-own security is real), actions with owners and due
 * dates (some overdue), workforce measures and published results.
 *
 * What each service shows: Meadowbank House is in Analyse with fewer staff answers than the minimum
 * group size and the deputy's self-assessment saved as a draft; the Harrogate home care service has
 * published results with a clear gap between leaders and staff, staff comments and two leaders who
 * disagree; the Ripon supported living service is further on (Do) after a closed earlier cycle; and
 * Willow Court has a new cycle that nobody has answered yet, asking all eight local care workers.
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
  /** How many staff answered the previous and the current pulse, and whether to publish each. */
  previousStaff: number;
  currentStaff: number;
  publishCurrent: boolean;
  lean: Record<string, number>;
}

const PLANS: ServicePlan[] = [
  {
    name: 'Meadowbank House',
    type: 'care-home-nursing',
    staff: ALL_WORKERS,
    deputy: 'draft',
    phase: 'analyse',
    previousStaff: 7,
    currentStaff: 1,
    publishCurrent: false,
    lean: { culture: 0.7, leadership: 0.65, learning: 0.5, wellbeing: 0.35, digital: 0.45 }
  },
  {
    name: 'Meadowbank Home Care, Harrogate',
    type: 'home-care',
    staff: ['worker1'],
    deputy: 'submitted',
    phase: 'plan',
    previousStaff: 3,
    currentStaff: 6,
    publishCurrent: true,
    lean: { culture: 0.55, leadership: 0.5, learning: 0.35, wellbeing: 0.6, digital: 0.3 }
  },
  {
    name: 'Meadowbank Supported Living, Ripon',
    type: 'supported-living',
    staff: [],
    deputy: null,
    phase: 'do',
    previousStaff: 5,
    currentStaff: 2,
    publishCurrent: true,
    lean: { culture: 0.8, leadership: 0.7, learning: 0.65, wellbeing: 0.55, digital: 0.6 }
  },
  {
    name: 'Willow Court',
    type: 'care-home',
    staff: ALL_WORKERS,
    deputy: null,
    phase: 'analyse',
    previousStaff: 0,
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
function seedStaff(server: LocalSharePoint, cycle: Cycle, count: number, plan: ServicePlan, rnd: () => number, submittedAt: string, firstPerson: number): void {
  if (count <= 0) return;
  const bodies = Array.from({ length: count }, (_, i) =>
    submissionBody(
      {
        cycle,
        pack: defaultPack,
        kind: 'staff',
        answers: answers('staff', rnd, plan.lean),
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
  const previousStart = addDays(today, -300);
  const currentStart = addDays(today, -60);
  const tom = createServices(spFor(server, 'worker1'));
  const deputy = createServices(spFor(server, 'deputy'));
  const managerId = userIdOf(server, 'manager');
  const deputyId = userIdOf(server, 'deputy');
  // The manager leads every service and answers its leaders' self-assessment through the app; the
  // deputy, where he leads too, rates the service lower, so the results show where leaders disagree.
  const leadersAnswer = async (cycle: Cycle, plan: ServicePlan): Promise<void> => {
    // Leaders tend to rate their service higher than staff do: that gap is what the results show.
    const higher = Object.fromEntries(Object.entries(plan.lean).map(([k, v]) => [k, Math.min(1, v + 0.2)]));
    await manager.responses.submit({ cycle, pack: defaultPack, kind: 'leaders', answers: answers('leaders', rnd, higher), submissionId: `demo-${cycle.id}-leaders` });
    if (plan.deputy === null) return;
    const lower = Object.fromEntries(Object.entries(plan.lean).map(([k, v]) => [k, Math.max(0, v - 0.15)]));
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
    let previous: Cycle | null = null;
    if (plan.previousStaff > 0) {
      previous = await manager.cycles.add({
        title: season(previousStart),
        serviceId: service.id,
        phase: 'closed',
        startDate: previousStart,
        endDate: addDays(previousStart, 180)
      });
      await leadersAnswer(previous, plan);
      seedStaff(server, previous, plan.previousStaff, plan, rnd, `${addDays(previousStart, 20)}T10:00:00Z`, firstPerson);
      await manager.cycles.publishResults(previous.id);
    }
    const current = await manager.cycles.add({
      title: season(currentStart),
      serviceId: service.id,
      phase: plan.phase,
      startDate: currentStart,
      endDate: addDays(currentStart, 180)
    });
    if (plan.currentStaff > 0) {
      await leadersAnswer(current, plan);
      // The first pulse is answered through the app itself, as Tom.
      await tom.responses.submit({
        cycle: current,
        pack: defaultPack,
        kind: 'staff',
        answers: answers('staff', rnd, plan.lean),
        submissionId: `demo-${current.id}-staff-tom`
      });
      seedStaff(server, current, plan.currentStaff - 1, plan, rnd, `${addDays(currentStart, 10)}T09:30:00Z`, firstPerson);
      if (plan.publishCurrent) await manager.cycles.publishResults(current.id);
    }

    if (previous !== null) {
      const earlierCycle = previous;
      const weakest = Object.entries(plan.lean).sort((a, b) => a[1] - b[1])[0]?.[0] ?? 'culture';
      const suggestions = defaultPack.actions.filter((a) => a.statementIds.some((id) => id.startsWith(`${weakest}.`))).slice(0, 3);
      const earlier: ActionInput[] = suggestions.map((s, i) => ({
        cycleId: earlierCycle.id,
        serviceId: service.id,
        title: s.title,
        pillarId: weakest,
        statementId: s.statementIds[0],
        detail: s.description,
        ownerId: i === 0 ? userIdOf(server, 'worker1') : managerId,
        dueDate: addDays(previousStart, 90 + i * 30),
        status: i === 0 ? 'in-progress' : 'done',
        successMeasure: 'Staff say it helps in the next pulse.',
        completedDate: i === 0 ? null : addDays(previousStart, 80 + i * 30),
        carriedOverFromId: null
      }));
      await manager.actions.addMany(earlier);
      await manager.actions.carryOver(earlierCycle.id, { cycleId: current.id, serviceId: service.id });
    }
    const pillars = defaultPack.pillars.filter((p) => !p.crossCutting);
    const currentActions: ActionInput[] = pillars.slice(0, 3).map((pillar, i) => ({
      cycleId: current.id,
      serviceId: service.id,
      title: `${pillar.shortName ?? pillar.name}: ${['agree one change with the team', 'review progress at the team meeting', 'share what worked'][i]}`,
      pillarId: pillar.id,
      statementId: pillar.leaderStatements[0]?.id ?? null,
      detail: null,
      ownerId: i === 1 ? userIdOf(server, 'worker2') : i === 0 ? userIdOf(server, 'worker1') : managerId,
      dueDate: addDays(today, [-14, 21, 45][i]),
      status: (['not-started', 'in-progress', 'on-hold'] as const)[i],
      priority: (['high', 'medium', 'low'] as const)[i],
      successMeasure: null,
      completedDate: null,
      carriedOverFromId: null
    }));
    await manager.actions.addMany(currentActions);

    const measures: MeasureInput[] = [];
    for (const [m, base] of [
      ['turnover-rate', 0.28],
      ['vacancy-rate', 0.09],
      ['supervision-on-schedule', 0.72],
      ['sickness-days-per-worker', 0.0]
    ] as const) {
      const measure = defaultPack.measures.find((x) => x.id === m);
      if (!measure) continue;
      for (let q = 0; q < 2; q++) {
        const periodEnd = addDays(today, -30 - (1 - q) * 91);
        const denominator = 30 + Math.round(rnd() * 30);
        const numerator =
          measure.formula === 'per-worker' ? Math.round(denominator * (3 + rnd() * 4)) : Math.round(denominator * Math.max(0, base + (rnd() - 0.5) * 0.1));
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
