/**
 * A large cycle for the Excel export: results scored with the real domain rules from 5,000 responses
 * (4,990 staff and 10 leaders), 500 actions with progress notes, and five years of monthly figures
 * for every measure of WPQ's pack. Used by workbook.test.ts and by the export.ms benchmark.
 */
import { addAnswers, buildScoringIndex, createTally, scoreGroup, scoreSelfAssessment, type Answer } from '../../../src/domain';
import { allStatements, defaultPack, type Audience } from '../../../src/model';
import type { Action, MeasureRecord, PublishedResults, Review } from '../../../src/data/types';
import type { CycleReportInput } from '../../../src/ui/export/workbook';
import { cycle } from '../results/fixtures';

function answers(audience: Audience, seed: number): Answer[] {
  return allStatements(defaultPack, audience).map((s, i) => ({ statementId: s.statement.id, value: 1 + ((seed + i) % (audience === 'staff' ? 5 : 4)) }));
}

export function bigResults(staffPeople = 4990, leaders = 10): PublishedResults {
  const staffTally = createTally(buildScoringIndex(defaultPack, 'staff'));
  for (let p = 0; p < staffPeople; p++) addAnswers(staffTally, answers('staff', p));
  const leaderTally = createTally(buildScoringIndex(defaultPack, 'leaders'));
  for (let p = 0; p < leaders; p++) addAnswers(leaderTally, answers('leaders', p));
  return {
    formatVersion: 1,
    packId: defaultPack.id,
    packVersion: defaultPack.version,
    publishedAt: '2026-04-30T09:15:00Z',
    minimumGroupSize: 5,
    leaders: scoreSelfAssessment(leaderTally),
    staff: scoreGroup(staffTally, { minimumGroupSize: 5 }),
    excludedResponseIds: [],
    staffBasis: null
  };
}

const STATUSES: Action['status'][] = ['not-started', 'in-progress', 'on-hold', 'done', 'cancelled', 'carried-over'];

export function manyActions(count = 500): Action[] {
  const statements = allStatements(defaultPack, 'leaders');
  return Array.from({ length: count }, (_, i) => ({
    id: i + 1,
    etag: '"1"',
    cycleId: 12,
    serviceId: 3,
    title: `Action ${i + 1}: agree protected supervision time for the night team`,
    pillarId: statements[i % statements.length].pillar.id,
    statementId: statements[i % statements.length].statement.id,
    detail: 'Book the room, agree cover and tell the team at the handover.',
    ownerId: null,
    dueDate: `2026-${String((i % 12) + 1).padStart(2, '0')}-15`,
    status: STATUSES[i % STATUSES.length],
    priority: 'medium',
    successMeasure: 'Everyone has supervision every six weeks.',
    progressNotes: [{ at: '2026-04-01T10:00:00Z', byId: null, byName: '', text: 'Started.' }],
    completedDate: i % 6 === 3 ? '2026-04-20' : null,
    carriedOverFromId: null
  }));
}

export function fiveYearsOfMeasures(): MeasureRecord[] {
  const out: MeasureRecord[] = [];
  let id = 1;
  for (const m of defaultPack.measures) {
    for (let month = 0; month < 60; month++) {
      const year = 2021 + Math.floor(month / 12);
      const mm = (month % 12) + 1;
      const last = new Date(Date.UTC(year, mm, 0)).getUTCDate();
      out.push({
        id: id++,
        etag: '"1"',
        serviceId: 3,
        measureId: m.id,
        period: null,
        periodEnd: `${year}-${String(mm).padStart(2, '0')}-${last}`,
        numerator: month,
        denominator: 40,
        value: (month / 40) * 100,
        source: 'ASC-WDS',
        note: null
      });
    }
  }
  return out;
}

export function reviews(): Review[] {
  return defaultPack.pillars.map((p, i) => ({ id: i + 1, etag: null, cycleId: 12, pillarId: p.id, whatChanged: 'Supervision is now booked ahead.', evidence: 'Supervision log', rescore: 60 + i, decisions: 'Keep going.' }));
}

/** The cycle report input of the export.ms benchmark: time `workbookBytes(await buildCycleWorkbook(bigCycleReportInput()))`. */
export function bigCycleReportInput(): CycleReportInput {
  return {
    organisation: 'Meadowbank Care',
    serviceName: 'Meadowbank House',
    cycle: cycle(),
    results: bigResults(),
    pack: defaultPack,
    actions: manyActions(),
    measures: fiveYearsOfMeasures(),
    reviews: reviews(),
    generatedAt: new Date('2026-05-01T12:00:00Z')
  };
}
