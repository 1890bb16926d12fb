import type { LocalSharePoint } from '../../sharepoint/local-server';
import { defaultPack } from '../../src/model';
import { PermissionError } from '../../src/data/errors';
import { createServices, type WpqServices } from '../../src/data/services';
import type { Cycle } from '../../src/data/types';
import { answers } from './portfolioSeed';
import { spAs, startSetUpServer, userId } from './support';

jest.setTimeout(60000);

describe("leaders' evidence in aggregate (the CQC Well-led summary's read)", () => {
  let server: LocalSharePoint;
  let manager: WpqServices;
  let cycle: Cycle;
  const first = defaultPack.pillars[0].leaderStatements[0].id;
  const second = defaultPack.pillars[0].leaderStatements[1].id;

  beforeAll(async () => {
    server = await startSetUpServer();
    manager = createServices(spAs(server, 'manager'));
    const service = await manager.careServices.add({
      name: 'Meadowbank House',
      serviceType: 'care-home',
      leaderIds: [userId(server, 'manager'), userId(server, 'worker1')],
      staffIds: [],
      active: true
    });
    cycle = await manager.cycles.add({ title: 'Spring 2026', serviceId: service.id });
    const base = { cycle, pack: defaultPack, kind: 'leaders' as const, answers: answers('leaders', () => 3) };
    await manager.responses.submit({
      ...base,
      submissionId: 'leaders-manager-1',
      evidence: { [first]: { note: 'Values are discussed at every supervision.', links: ['https://contoso.sharepoint.com/sites/wpq/values.docx'] } }
    });
    const worker = createServices(spAs(server, 'worker1'));
    await worker.responses.submit({
      ...base,
      submissionId: 'leaders-worker-1',
      evidence: {
        [first]: { note: 'Values are discussed at every supervision.', links: ['https://contoso.sharepoint.com/sites/wpq/values.docx'] },
        [second]: { note: 'Team meeting minutes.' }
      }
    });
  });
  afterAll(() => server.close());

  it("gives a manager every leader's notes and links per statement, each once, without who gave them, in one request", async () => {
    server.resetStats();
    const { data, warnings } = await manager.evidence.read(cycle.id);
    expect(server.stats().requests).toBe(1);
    expect(warnings).toEqual([]);
    expect(data.leaders).toBe(2);
    expect(data.statements[first]).toEqual({ notes: ['Values are discussed at every supervision.'], links: ['https://contoso.sharepoint.com/sites/wpq/values.docx'] });
    expect(data.statements[second]).toEqual({ notes: ['Team meeting minutes.'], links: [] });
    const text = JSON.stringify(data);
    for (const user of server.users) expect(text).not.toContain(user.title);
  });

  it('refuses people who cannot read every response', async () => {
    await expect(createServices(spAs(server, 'quality')).evidence.read(cycle.id)).rejects.toBeInstanceOf(PermissionError);
    await expect(createServices(spAs(server, 'worker1')).evidence.read(cycle.id)).rejects.toBeInstanceOf(PermissionError);
  });
});
