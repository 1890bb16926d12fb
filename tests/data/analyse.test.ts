import type { LocalSharePoint } from '../../sharepoint/local-server';
import { DONT_KNOW, type Answer } from '../../src/domain';
import { allStatements, defaultPack } from '../../src/model';
import { checkSetup, runSetup, type SetupProgress } from '../../src/data/provisioning';
import { ConflictError, DataError, DuplicateError, InvalidInputError, PermissionError } from '../../src/data/errors';
import { submissionBody } from '../../src/data/repositories/responses';
import { cyclesList, listsAtVersion, providerSummariesList, responsesList, SCHEMA_VERSION, settingsList } from '../../src/data/schema';
import { createServices, type WpqServices } from '../../src/data/services';
import type { CareService, Cycle, Evidence, MyResponse, PublishedResults } from '../../src/data/types';
import { spAs, startServer, startSetUpServer, userId, type LocalUserKey } from './support';

const leaderIds = allStatements(defaultPack, 'leaders').map((s) => s.statement.id);
const staffIds = allStatements(defaultPack, 'staff').map((s) => s.statement.id);

function leaderAnswers(value: (i: number) => number | typeof DONT_KNOW, count = leaderIds.length): Answer[] {
  return leaderIds.slice(0, count).map((statementId, i) => ({ statementId, value: value(i) }));
}

function staffAnswers(value: (i: number) => number | typeof DONT_KNOW): Answer[] {
  return staffIds.map((statementId, i) => ({ statementId, value: value(i) }));
}

/** Every row holding this submission id, as a site owner reads the list. */
async function rowsWithSubmissionId(server: LocalSharePoint, submissionId: string): Promise<Array<Record<string, unknown>>> {
  return (await spAs(server, 'manager')
    .web.lists.getByTitle(responsesList.title)
    .items.select('Id', responsesList.fields.submittedAt.property, responsesList.fields.answers.property, responsesList.fields.evidence.property)
    .filter(`${responsesList.fields.submissionId.property} eq '${submissionId}'`)()) as Array<Record<string, unknown>>;
}

describe("the Analyse phase's data: drafts, evidence, comments, participation and spreads", () => {
  let server: LocalSharePoint;
  let manager: WpqServices;
  let service: CareService;
  const as = (user: LocalUserKey): WpqServices => createServices(spAs(server, user));
  const newCycle = (title: string, serviceId = service.id): Promise<Cycle> => manager.cycles.add({ title, serviceId });

  /** Submitted staff responses from people without a local sign-in, each with an optional comment. */
  function staffSubmitted(cycle: Cycle, people: number[], value: number, comment: (p: number) => string | null = () => null, submittedAt = '2026-04-01T10:00:00Z'): number[] {
    return server.bulkInsert(
      responsesList.title,
      people.map((p) =>
        submissionBody(
          { cycle, pack: defaultPack, kind: 'staff', answers: staffAnswers(() => value), submissionId: `staff-${cycle.id}-${p}-${value}-${submittedAt.slice(0, 10)}`, comment: comment(p) },
          submittedAt
        )
      ),
      people
    );
  }

  beforeAll(async () => {
    server = await startSetUpServer();
    manager = as('manager');
    service = await manager.careServices.add({
      name: 'Analyse House',
      serviceType: 'care-home',
      // The quality lead is named as a leader but can only read: they never start.
      leaderIds: [userId(server, 'manager'), userId(server, 'worker1'), userId(server, 'quality')],
      staffIds: [userId(server, 'worker1'), userId(server, 'worker2')],
      active: true
    });
  });
  afterEach(() => server.setFaults(undefined));
  afterAll(() => server.close());

  describe('drafts', () => {
    it('saves a leader’s self-assessment as they go, with no answers at first, and resumes it; nobody else can read it', async () => {
      const cycle = await newCycle('Drafts');
      const tom = as('worker1');
      const base = { cycle, pack: defaultPack, kind: 'leaders' as const, submissionId: 'draft-tom-0001' };
      const empty = await tom.responses.saveDraft({ ...base, answers: [], evidence: {} });
      expect(empty).toEqual({ id: expect.any(Number), savedAt: expect.any(String), etag: expect.any(String) });
      expect(Date.parse(empty.savedAt)).not.toBeNaN();
      let mine = (await tom.responses.readMine(cycle.id, 'leaders', defaultPack)) as MyResponse;
      expect(mine).toMatchObject({ id: empty.id, etag: empty.etag, submissionId: 'draft-tom-0001', status: 'draft', submittedAt: null, answers: [], evidence: {}, comment: null });

      // Answers given out of order come back in the pack's order, "don't know" included.
      const answers: Answer[] = [
        { statementId: leaderIds[3], value: 2 },
        { statementId: leaderIds[0], value: DONT_KNOW },
        { statementId: leaderIds[1], value: 4 }
      ];
      const evidence: Evidence = {
        [leaderIds[1]]: { note: "Supervision log kept by O'Brien's team.\nChecked monthly.", links: [' https://contoso.sharepoint.com/sites/wpq/Shared%20Documents/log.xlsx '] },
        [leaderIds[3]]: { note: '   ', links: [''] }
      };
      server.resetStats();
      const second = await tom.responses.saveDraft({ ...base, answers, evidence, draftId: empty.id, etag: empty.etag });
      expect(server.stats().requests).toBe(1);
      expect(second.id).toBe(empty.id);
      expect(second.etag).not.toBe(empty.etag);

      server.resetStats();
      mine = (await tom.responses.readMine(cycle.id, 'leaders', defaultPack)) as MyResponse;
      expect(server.stats().requests).toBe(1);
      expect(mine).toMatchObject({ id: empty.id, etag: second.etag, savedAt: second.savedAt, status: 'draft' });
      expect(mine.answers).toEqual([answers[1], answers[2], answers[0]]);
      // Empty notes and links are not kept; links are kept without the spaces around them.
      expect(mine.evidence).toEqual({ [leaderIds[1]]: { note: "Supervision log kept by O'Brien's team.\nChecked monthly.", links: ['https://contoso.sharepoint.com/sites/wpq/Shared%20Documents/log.xlsx'] } });

      // A save from a window still holding the first ETag is refused, showing the newer draft.
      const stale = tom.responses.saveDraft({ ...base, answers: [], evidence: {}, draftId: empty.id, etag: empty.etag });
      await expect(stale).rejects.toBeInstanceOf(ConflictError);
      await expect(stale).rejects.toMatchObject({ theirs: { status: 'draft', answers: mine.answers }, mine: { answers: [] } });
      // Without the ETag the draft is read first, then saved (two requests).
      server.resetStats();
      const third = await tom.responses.saveDraft({ ...base, answers: [...answers, { statementId: leaderIds[5], value: 3 }], evidence, draftId: empty.id });
      expect(server.stats().requests).toBe(2);
      expect(third.id).toBe(empty.id);

      // The survey is still waiting for Tom: a draft is not an answer.
      const work = await tom.myWork.read();
      expect(work.data.surveys).toContainEqual(expect.objectContaining({ cycleId: cycle.id, kind: 'leaders' }));

      // Ewa, another contributor, cannot read it or write over it, even with its submission id.
      const ewa = as('worker2');
      expect(await ewa.responses.readMine(cycle.id, 'leaders', defaultPack)).toBeNull();
      expect(await ewa.responses.findBySubmissionId('draft-tom-0001')).toBeNull();
      const raw = (await spAs(server, 'worker2').web.lists.getByTitle(responsesList.title).items.select('Id')()) as Array<{ Id: number }>;
      expect(raw.map((r) => r.Id)).not.toContain(empty.id);
      await expect(ewa.responses.saveDraft({ ...base, answers: [], evidence: {} })).rejects.toBeInstanceOf(DuplicateError);
      await expect(ewa.responses.saveDraft({ ...base, answers: [], evidence: {}, draftId: empty.id })).rejects.toBeInstanceOf(DataError);
      // The manager reads every row, but readMine gives only their own.
      expect(await manager.responses.readMine(cycle.id, 'leaders', defaultPack)).toBeNull();
      expect((await tom.responses.readMine(cycle.id, 'leaders', defaultPack))?.answers).toHaveLength(4);
      // The quality lead can add nothing.
      await expect(as('quality').responses.saveDraft({ ...base, submissionId: 'draft-quality-1', answers: [], evidence: {} })).rejects.toBeInstanceOf(PermissionError);
      // Only leaders save drafts.
      await expect(tom.responses.saveDraft({ ...base, kind: 'staff' as never, answers: [], evidence: {} })).rejects.toBeInstanceOf(InvalidInputError);
    });

    it('finds the draft again when the first save’s answer was lost, and saves once', async () => {
      const cycle = await newCycle('Lost draft replies');
      const tom = as('worker1');
      const base = { cycle, pack: defaultPack, kind: 'leaders' as const, submissionId: 'draft-lost-0001', evidence: {} };
      await tom.site.readSummary();
      server.setFaults({ share: 0, lostReplyShare: 1, count: 1 });
      const saved = await tom.responses.saveDraft({ ...base, answers: leaderAnswers(() => 2, 3) });
      server.setFaults(undefined);
      expect(await rowsWithSubmissionId(server, 'draft-lost-0001')).toHaveLength(1);
      // The next save's answer is lost too: PnPjs sends it again, finds its own change and reports it saved.
      server.setFaults({ share: 0, lostReplyShare: 1, count: 1 });
      const again = await tom.responses.saveDraft({ ...base, answers: leaderAnswers(() => 3, 4), draftId: saved.id, etag: saved.etag });
      server.setFaults(undefined);
      expect(again.id).toBe(saved.id);
      const mine = (await tom.responses.readMine(cycle.id, 'leaders', defaultPack)) as MyResponse;
      expect(mine).toMatchObject({ id: saved.id, etag: again.etag, status: 'draft' });
      expect(mine.answers).toEqual(leaderAnswers(() => 3, 4));
    });
  });

  describe('submitting a draft', () => {
    it('turns the draft into the submission once, and a retry after success says it was already submitted', async () => {
      const cycle = await newCycle('Submit a draft');
      const tom = as('worker1');
      const base = { cycle, pack: defaultPack, kind: 'leaders' as const, submissionId: 'draft-submit-0001' };
      const draft = await tom.responses.saveDraft({ ...base, answers: leaderAnswers(() => 1, 2), evidence: { [leaderIds[0]]: { note: 'Draft note' } } });
      const evidence: Evidence = { [leaderIds[2]]: { links: ['https://example.org/policy.pdf', 'http://intranet.example/rota'] } };
      const sent = await tom.responses.submit({ ...base, answers: leaderAnswers(() => 3), evidence });
      expect(sent).toEqual({ id: draft.id, submissionId: 'draft-submit-0001', alreadySubmitted: false });
      const mine = (await tom.responses.readMine(cycle.id, 'leaders', defaultPack)) as MyResponse;
      expect(mine).toMatchObject({ id: draft.id, status: 'submitted', submittedAt: expect.any(String), evidence, answers: leaderAnswers(() => 3) });
      expect(await tom.responses.submit({ ...base, answers: leaderAnswers(() => 3), evidence })).toEqual({ ...sent, alreadySubmitted: true });
      // A draft never goes over a submission, from a window with an old ETag or without one.
      for (const where of [{ draftId: draft.id, etag: draft.etag }, { draftId: draft.id }, {}]) {
        const attempt = tom.responses.saveDraft({ ...base, answers: [], evidence: {}, ...where });
        await expect(attempt).rejects.toBeInstanceOf(ConflictError);
        await expect(attempt).rejects.toMatchObject({ theirs: { status: 'submitted' } });
      }
      expect((await tom.responses.readMine(cycle.id, 'leaders', defaultPack))?.answers).toEqual(leaderAnswers(() => 3));
      expect((await tom.myWork.read()).data.surveys.map((s) => s.cycleId)).not.toContain(cycle.id);
    });

    it('stores one submission when replies are lost at any step (add, look-up, update)', async () => {
      const tom = as('worker1');
      await tom.site.readSummary();
      const outcomes: boolean[] = [];
      for (const seed of [1, 2, 3, 4, 5, 6, 7, 8]) {
        const cycle = await newCycle(`Lost replies ${seed}`);
        const submissionId = `draft-faults-${seed}`;
        const base = { cycle, pack: defaultPack, kind: 'leaders' as const, submissionId };
        await tom.responses.saveDraft({ ...base, answers: leaderAnswers(() => 1, 3), evidence: {} });
        server.setFaults({ share: 0, lostReplyShare: 0.5, seed });
        let result: Awaited<ReturnType<WpqServices['responses']['submit']>> | undefined;
        let attempts = 0;
        while (result === undefined) {
          attempts++;
          try {
            result = await tom.responses.submit({ ...base, answers: leaderAnswers(() => 4), evidence: { [leaderIds[0]]: { note: `Seed ${seed}` } } });
          } catch (e) {
            // Every attempt that fails is a typed error, and the same submission is simply sent again.
            expect(e).toBeInstanceOf(DataError);
            expect(attempts).toBeLessThan(10);
          }
        }
        server.setFaults(undefined);
        outcomes.push(result.alreadySubmitted);
        const rows = await rowsWithSubmissionId(server, submissionId);
        expect(rows).toHaveLength(1);
        expect(rows[0].Id).toBe(result.id);
        expect(rows[0][responsesList.fields.submittedAt.property]).not.toBeNull();
        const mine = (await tom.responses.readMine(cycle.id, 'leaders', defaultPack)) as MyResponse;
        expect(mine).toMatchObject({ status: 'submitted', answers: leaderAnswers(() => 4), evidence: { [leaderIds[0]]: { note: `Seed ${seed}` } } });
        expect(await tom.responses.submit({ ...base, answers: leaderAnswers(() => 4) })).toEqual({ id: result.id, submissionId, alreadySubmitted: true });
      }
      // Both paths were taken: the update's own answer lost (reported as already submitted) and not.
      expect(outcomes).toContain(true);
      expect(outcomes).toContain(false);
    });
  });

  describe('checks before anything is sent', () => {
    it('refuses an evidence link that is not a web address, naming the statement, and other bad content', async () => {
      const cycle = await newCycle('Bad evidence');
      const tom = as('worker1');
      const base = { cycle, pack: defaultPack, kind: 'leaders' as const, submissionId: 'draft-bad-0001', answers: leaderAnswers(() => 2, 2) };
      server.resetStats();
      const attempt = tom.responses.saveDraft({ ...base, evidence: { [leaderIds[1]]: { links: ['https://example.org/ok', 'javascript:alert(1)'] } } });
      await expect(attempt).rejects.toBeInstanceOf(InvalidInputError);
      await expect(attempt).rejects.toMatchObject({
        problems: [`Evidence link 2 for statement ${leaderIds[1]} ("javascript:alert(1)") is not a web address: it must start with https:// or http://.`]
      });
      const many = tom.responses.submit({
        ...base,
        evidence: {
          [leaderIds[0]]: { note: 'x'.repeat(2001), links: ['www.example.org', 'data:text/html,hi', 'file:///c:/x', '/sites/wpq/page.aspx', 'https://'] },
          [staffIds[0]]: { note: 'Not a leaders statement' },
          'no-such-statement': { note: 'x' }
        }
      });
      await expect(many).rejects.toMatchObject({
        problems: [
          `The evidence note for statement ${leaderIds[0]} holds at most 2,000 characters, but this has 2,001.`,
          ...[1, 2, 3, 4, 5].map((n) => expect.stringContaining(`Evidence link ${n} for statement ${leaderIds[0]}`)),
          expect.stringContaining(`Evidence is given for statement ${staffIds[0]}, which is not a leaders statement`),
          expect.stringContaining('Evidence is given for statement no-such-statement')
        ]
      });
      // Comments belong to the staff pulse, evidence to leaders; a comment holds at most 2,000 characters.
      await expect(tom.responses.submit({ ...base, comment: 'A leader’s comment' })).rejects.toMatchObject({ problems: [expect.stringContaining('only with the staff pulse')] });
      const staffBase = { cycle, pack: defaultPack, kind: 'staff' as const, submissionId: 'staff-bad-0001', answers: staffAnswers(() => 3) };
      await expect(tom.responses.submit({ ...staffBase, comment: 'y'.repeat(2001) })).rejects.toMatchObject({
        problems: ['The comment holds at most 2,000 characters, but this has 2,001.']
      });
      await expect(tom.responses.submit({ ...staffBase, evidence: { [staffIds[0]]: { note: 'x' } } })).rejects.toMatchObject({
        problems: [expect.stringContaining('only with a leaders')]
      });
      expect(server.stats().requests).toBe(0);
    });
  });

  describe('staff comments', () => {
    it('stay hidden at 4 people and show at 5 to a manager, as written and without authors; contributors are refused', async () => {
      const cycle = await newCycle('Comments');
      const written = (p: number): string | null => (p === 702 ? null : `From person ${p}: “rota changes at short notice”.\nO'Brien's shift too.`);
      staffSubmitted(cycle, [701, 702, 703, 704], 3, written);
      // A staff row without a submitted date (made by hand) is not a submission.
      const body = submissionBody({ cycle, pack: defaultPack, kind: 'staff', answers: staffAnswers(() => 3), submissionId: 'staff-unsent-705', comment: 'Unsent' }, '2026-04-01T10:00:00Z');
      server.bulkInsert(responsesList.title, [{ ...body, [responsesList.fields.submittedAt.property]: null }], [705]);
      // Someone answering again counts once, and only their latest comment is shown.
      staffSubmitted(cycle, [701], 2, () => 'Second thoughts from person 701.', '2026-04-03T09:00:00Z');

      server.resetStats();
      expect(await manager.responses.comments(cycle.id)).toEqual({ data: { status: 'hidden', minimumGroupSize: 5 }, warnings: [] });
      expect(server.stats().requests).toBeLessThanOrEqual(2);

      // Tom's own submission through the app, with a comment, makes five people.
      await as('worker1').responses.submit({
        cycle,
        pack: defaultPack,
        kind: 'staff',
        answers: staffAnswers(() => 4),
        submissionId: 'staff-tom-comment',
        comment: '  More time for supervision, please.  '
      });
      server.resetStats();
      const shown = await manager.responses.comments(cycle.id);
      expect(server.stats().requests).toBeLessThanOrEqual(2);
      expect(shown.warnings).toEqual([]);
      expect(shown.data.status).toBe('shown');
      const comments = shown.data.status === 'shown' ? shown.data.comments : [];
      expect(comments.map((c) => c.text).sort()).toEqual(
        [written(703), written(704), 'Second thoughts from person 701.', '  More time for supervision, please.  '].sort()
      );
      expect(comments.find((c) => c.text.startsWith('Second'))?.date).toBe('2026-04-03');
      expect(comments.map((c) => c.date)).toEqual([...comments.map((c) => c.date)].sort());
      expect(Object.keys(comments[0]).sort()).toEqual(['date', 'text']);
      expect(JSON.stringify(shown)).not.toMatch(/Unsent|Author|"id"/);

      // A cycle with a higher minimum hides them again.
      await manager.cycles.update(cycle.id, { minimumGroupSize: 6 }, (await manager.cycles.get(cycle.id)).etag);
      expect((await manager.responses.comments(cycle.id)).data).toEqual({ status: 'hidden', minimumGroupSize: 6 });

      for (const user of ['worker1', 'worker2', 'quality'] as const) {
        await expect(as(user).responses.comments(cycle.id)).rejects.toBeInstanceOf(PermissionError);
      }
    });
  });

  describe('participation', () => {
    it('counts staff who answered and shows each leader’s progress, for managers only, in two round trips', async () => {
      const cycle = await newCycle('Participation');
      staffSubmitted(cycle, [801, 802, 803], 4);
      staffSubmitted(cycle, [801], 2, () => null, '2026-04-05T10:00:00Z');
      await as('worker2').responses.submit({ cycle, pack: defaultPack, kind: 'staff', answers: staffAnswers(() => 5), submissionId: 'staff-ewa-part' });
      await manager.responses.submit({ cycle, pack: defaultPack, kind: 'leaders', answers: leaderAnswers(() => 3), submissionId: 'leaders-amara-part' });
      await as('worker1').responses.saveDraft({ cycle, pack: defaultPack, kind: 'leaders', answers: [], evidence: {}, submissionId: 'leaders-tom-part' });
      // Ewa is not a leader of the service, but she sent a leaders' self-assessment: she is listed too.
      await as('worker2').responses.submit({ cycle, pack: defaultPack, kind: 'leaders', answers: leaderAnswers(() => 2), submissionId: 'leaders-ewa-part' });

      server.resetStats();
      const seen = await manager.cycles.participation(cycle.id);
      expect(server.stats().requests).toBeLessThanOrEqual(2);
      expect(seen).toEqual({
        data: {
          minimumGroupSize: 5,
          staff: { invited: 2, answered: 4 },
          leaders: [
            { userId: userId(server, 'manager'), status: 'submitted' },
            { userId: userId(server, 'worker1'), status: 'draft' },
            { userId: userId(server, 'quality'), status: 'not-started' },
            { userId: userId(server, 'worker2'), status: 'submitted' }
          ]
        },
        warnings: []
      });

      // A service that asks everyone has no invited count.
      const open = await manager.careServices.add({ name: 'Open House', serviceType: null, leaderIds: [], staffIds: [], active: true });
      const openCycle = await newCycle('Everyone', open.id);
      await manager.settings.saveDefaults({ minimumGroupSize: 7 });
      expect((await manager.cycles.participation(openCycle.id)).data).toEqual({ minimumGroupSize: 7, staff: { invited: null, answered: 0 }, leaders: [] });
      await manager.settings.saveDefaults({ minimumGroupSize: 5 });

      for (const user of ['worker1', 'quality'] as const) {
        await expect(as(user).cycles.participation(cycle.id)).rejects.toBeInstanceOf(PermissionError);
      }
    });
  });

  describe('publishing', () => {
    const staffOf = (r: PublishedResults): Extract<NonNullable<PublishedResults['staff']>, { status: 'shown' }> => {
      if (r.staff?.status !== 'shown') throw new Error('staff figures are not shown');
      return r.staff;
    };

    it('counts only submitted responses, never drafts, and gives leaders’ spread and disagreement', async () => {
      const cycle = await newCycle('Publish without drafts');
      // Amara's draft says 1 everywhere; it must not count.
      await manager.responses.saveDraft({ cycle, pack: defaultPack, kind: 'leaders', answers: leaderAnswers(() => 1), evidence: {}, submissionId: 'leaders-amara-draft' });
      await as('worker1').responses.submit({ cycle, pack: defaultPack, kind: 'leaders', answers: leaderAnswers(() => 4), submissionId: 'leaders-tom-pub' });
      const published = (await manager.cycles.publishResults(cycle.id)).data;
      expect(published.leaders?.respondents).toBe(1);
      expect(published.leaders?.statements[0]).toMatchObject({ mean: 4, distribution: [1, 2, 3, 4, DONT_KNOW].map((value) => ({ value, count: value === 4 ? 1 : 0 })), disagreement: false });

      // Amara submits 2s (her draft becomes the submission): leaders now disagree by two points everywhere.
      await manager.responses.submit({ cycle, pack: defaultPack, kind: 'leaders', answers: leaderAnswers(() => 2), submissionId: 'leaders-amara-draft' });
      const both = (await manager.cycles.publishResults(cycle.id)).data;
      expect(both.leaders?.respondents).toBe(2);
      expect(both.leaders?.statements.every((s) => s.mean === 3 && s.disagreement === true)).toBe(true);
      expect((await as('quality').cycles.readResults(cycle.id)).data).toEqual(both);
    });

    it('shows staff spreads only where staff figures are shown, and keeps the last shown when too few changed', async () => {
      const cycle = await newCycle('Staff spreads');
      staffSubmitted(cycle, [901, 902, 903, 904], 2);
      const hidden = (await manager.cycles.publishResults(cycle.id)).data;
      expect(hidden.staff).toMatchObject({ status: 'suppressed' });
      expect(JSON.stringify(hidden.staff)).not.toContain('distribution');

      staffSubmitted(cycle, [905], 5);
      const shown = staffOf((await manager.cycles.publishResults(cycle.id)).data);
      expect(shown.respondents).toBe(5);
      expect(shown.statements[0]).toMatchObject({
        validAnswers: 5,
        disagreement: null,
        distribution: [
          { value: 1, count: 0 },
          { value: 2, count: 4 },
          { value: 3, count: 0 },
          { value: 4, count: 0 },
          { value: 5, count: 1 },
          { value: DONT_KNOW, count: 0 }
        ]
      });

      // One more person: new spreads minus the old would show their answers, so the last shown stay.
      staffSubmitted(cycle, [906], 1);
      const held = await manager.cycles.publishResults(cycle.id);
      expect(staffOf(held.data)).toEqual(shown);
      expect(held.warnings).toHaveLength(1);

      // Raising the minimum hides the staff figures, spreads included, for every reader at once.
      await manager.cycles.update(cycle.id, { minimumGroupSize: 10 }, (await manager.cycles.get(cycle.id)).etag);
      const read = (await as('worker2').cycles.readResults(cycle.id)).data;
      expect(read?.staff).toMatchObject({ status: 'suppressed', minimumGroupSize: 10 });
      expect(JSON.stringify(read?.staff)).not.toContain('distribution');
    });

    it('reads results published before spreads were kept, with the spread and disagreement as null', async () => {
      const cycle = await newCycle('Old results');
      staffSubmitted(cycle, [951, 952, 953, 954, 955], 3);
      await as('worker1').responses.submit({ cycle, pack: defaultPack, kind: 'leaders', answers: leaderAnswers(() => 4), submissionId: 'leaders-tom-old' });
      await manager.cycles.publishResults(cycle.id);
      const items = spAs(server, 'manager').web.lists.getByTitle(cyclesList.title).items;
      const stored = (await items.getById(cycle.id).select(cyclesList.fields.results.property)()) as Record<string, string>;
      const old = JSON.parse(stored[cyclesList.fields.results.property], (key, value: unknown) => (key === 'distribution' || key === 'disagreement' ? undefined : value)) as unknown;
      await items.getById(cycle.id).update({ [cyclesList.fields.results.property]: JSON.stringify(old) });
      const read = await as('quality').cycles.readResults(cycle.id);
      expect(read.warnings).toEqual([]);
      expect(read.data?.leaders?.statements[0]).toMatchObject({ mean: 4, distribution: null, disagreement: null });
      expect(staffOf(read.data as PublishedResults).statements[0]).toMatchObject({ mean: 3, distribution: null, disagreement: null });
    });
  });
});

describe('upgrade from schema version 2', () => {
  let server: LocalSharePoint;
  beforeAll(async () => {
    server = await startServer();
  });
  afterAll(() => server.close());

  it('adds the comment and evidence columns and keeps every response as it was', async () => {
    const sp = spAs(server, 'manager');
    await runSetup(sp, { lists: listsAtVersion(2), version: 2 });
    const before = await checkSetup(sp);
    expect(before).toMatchObject({ installedVersion: 2, upToDate: false, missingLists: [providerSummariesList.title] });
    const manager = createServices(sp);
    const service = await manager.careServices.add({ name: 'Version 2 House', serviceType: null, leaderIds: [userId(server, 'manager')], staffIds: [], active: true });
    // The cycle as version 2 stored it (today's app sends a creation id, a column version 2 lacks).
    const [cycleId] = server.bulkInsert(cyclesList.title, [
      {
        [cyclesList.fields.title.property]: 'Before the upgrade',
        [cyclesList.fields.service.property]: service.id,
        [cyclesList.fields.packId.property]: defaultPack.id,
        [cyclesList.fields.packVersion.property]: defaultPack.version,
        [cyclesList.fields.phase.property]: 'Analyse'
      }
    ]);
    const cycle = await manager.cycles.get(cycleId);
    // Answers sent by version 2: staff from six people, a leaders' submission through the app.
    server.bulkInsert(
      responsesList.title,
      [1001, 1002, 1003, 1004, 1005, 1006].map((p) =>
        submissionBody({ cycle, pack: defaultPack, kind: 'staff', answers: staffAnswers((i) => 1 + ((i + p) % 5)), submissionId: `v2-staff-${p}` }, '2026-02-01T09:00:00Z')
      ),
      [1001, 1002, 1003, 1004, 1005, 1006]
    );
    await manager.responses.submit({ cycle, pack: defaultPack, kind: 'leaders', answers: leaderAnswers(() => 3), submissionId: 'v2-leaders-amara' });
    const readAll = async (): Promise<Array<Record<string, unknown>>> =>
      (await sp.web.lists.getByTitle(responsesList.title).items.select('*').orderBy('Id')()) as Array<Record<string, unknown>>;
    const rowsBefore = await readAll();
    expect(rowsBefore).toHaveLength(7);
    const resultsBefore = (await manager.cycles.publishResults(cycle.id)).data;

    const progress: SetupProgress[] = [];
    // To version 3, the version that added them (version 4's client ids are tested in storedOnce.test.ts).
    const upgrade = await runSetup(sp, { lists: listsAtVersion(3), version: 3, onProgress: (p) => progress.push(p) });
    expect(upgrade).toMatchObject({ previousVersion: 2, installedVersion: 3 });
    expect(SCHEMA_VERSION).toBeGreaterThan(3);
    const added = upgrade.steps.filter((s) => s.kind === 'add-field').map((s) => s.field);
    expect(added.sort()).toEqual([responsesList.fields.comment.displayName, responsesList.fields.evidence.displayName].sort());
    // Only the responses list (its description and columns) and the recorded version changed.
    expect(new Set(upgrade.steps.map((s) => s.list))).toEqual(new Set([responsesList.title, settingsList.title]));
    expect(await checkSetup(sp)).toMatchObject({ installedVersion: 3, missingLists: [providerSummariesList.title] });

    // Every row is still there, every value as it was; the new columns are empty.
    const rowsAfter = await readAll();
    expect(rowsAfter).toHaveLength(rowsBefore.length);
    rowsAfter.forEach((row, i) => {
      const { [responsesList.fields.comment.property]: comment, [responsesList.fields.evidence.property]: evidence, ...rest } = row;
      expect([comment, evidence]).toEqual([null, null]);
      expect(rest).toEqual(rowsBefore[i]);
    });
    // They read, count and publish as before, and the leader's submission reads as submitted.
    const mine = await manager.responses.readMine(cycle.id, 'leaders', defaultPack);
    expect(mine).toMatchObject({ status: 'submitted', answers: leaderAnswers(() => 3), evidence: {}, comment: null });
    const again = (await manager.cycles.publishResults(cycle.id)).data;
    expect({ ...again, publishedAt: '' }).toEqual({ ...resultsBefore, publishedAt: '' });
    expect((await manager.cycles.participation(cycle.id)).data.staff.answered).toBe(6);
    expect((await runSetup(sp, { lists: listsAtVersion(3), version: 3 })).changes).toBe(0);
  });
});

describe('what a survey needs before its first question', () => {
  let server: LocalSharePoint;
  beforeAll(async () => {
    server = await startSetUpServer();
  }, 60_000);
  afterAll(() => server.close());

  it('comes in one request on the built-in pack: the cycle, its service, the minimum and the person’s own answer', async () => {
    const manager = createServices(spAs(server, 'manager'));
    const tomId = userId(server, 'worker1');
    const service = await manager.careServices.add({ name: 'Willow Court', serviceType: 'care-home', leaderIds: [], staffIds: [tomId], active: true });
    const cycle = await manager.cycles.add({ title: 'Spring', serviceId: service.id, minimumGroupSize: null });
    const tom = createServices(spAs(server, 'worker1'));
    const answers = allStatements(defaultPack, 'staff').slice(0, 3).map((s) => ({ statementId: s.statement.id, value: 4 }));
    await tom.responses.submit({ cycle, pack: defaultPack, kind: 'staff', answers, submissionId: 'start-tom-0001' });
    await tom.settings.readDefaults(); // the digest exists before counting

    server.resetStats();
    const start = await tom.surveyStart.read(cycle.id, 'staff');
    expect(server.stats().requests).toBe(1);
    expect(start.cycle.id).toBe(cycle.id);
    expect(start.service?.staffIds).toEqual([tomId]);
    expect(start.minimumGroupSize).toBe(5);
    expect(start.pack.id).toBe(defaultPack.id);
    expect(start.mine).toMatchObject({ status: 'submitted', submissionId: 'start-tom-0001' });
    // Ewa sees only her own (none), although the same cycle holds Tom's.
    expect((await createServices(spAs(server, 'worker2')).surveyStart.read(cycle.id, 'staff')).mine).toBeNull();
  });

  it('says a cycle that does not exist is not found', async () => {
    await expect(createServices(spAs(server, 'worker1')).surveyStart.read(9999, 'staff')).rejects.toMatchObject({ kind: 'not-found' });
  });
});
