import { NotFoundError, PermissionError, InvalidInputError } from '../../src/data/errors';
import { peopleRepository, type PeopleRepository } from '../../src/data/people';
import { createServices } from '../../src/data/services';
import type { LocalSharePoint } from '../../sharepoint/local-server';
import { spAs, startServer, userId } from './support';

const DOMAIN = 'meadowbankcare.onmicrosoft.com';

let server: LocalSharePoint;
let manager: PeopleRepository;

beforeAll(async () => {
  server = await startServer();
  manager = peopleRepository(spAs(server, 'manager'));
});
afterAll(() => server.close());

describe('searching for people', () => {
  it('finds people by name, e-mail or account name, with their directory details', async () => {
    expect(await manager.search('Ewa')).toEqual([
      { loginName: `i:0#.f|membership|ewa.nowak@${DOMAIN}`, title: 'Ewa Nowak', email: `ewa.nowak@${DOMAIN}`, jobTitle: 'Care worker', department: 'Care services' }
    ]);
    expect((await manager.search('tom.baxter@')).map((p) => p.title)).toEqual(['Tom Baxter']);
    expect((await manager.search('  imran   hussain ')).map((p) => p.title)).toEqual(['Imran Hussain']);
    expect(await manager.search('zzq')).toEqual([]);
  });

  it('finds people who are not users of the site yet', async () => {
    expect(await manager.search('gareth')).toEqual([
      {
        loginName: `i:0#.f|membership|gareth.jones@${DOMAIN}`,
        title: 'Gareth Jones',
        email: `gareth.jones@${DOMAIN}`,
        jobTitle: 'Learning and development adviser',
        department: 'People and training'
      }
    ]);
  });

  it('sends nothing for fewer than two characters', async () => {
    server.resetStats();
    expect(await manager.search('')).toEqual([]);
    expect(await manager.search(' a ')).toEqual([]);
    expect(server.stats().requests).toBe(0);
    // Two characters are a search: one request (PnPjs already holds a form digest from the tests before).
    expect((await manager.search('al')).length).toBeGreaterThan(0);
    expect(server.stats().requests).toBe(1);
  });

  it('returns at most the limit, default 10, best matches first', async () => {
    const many = await manager.search('ar', { limit: 50 });
    expect(many.length).toBeGreaterThan(2);
    expect(await manager.search('ar', { limit: 2 })).toEqual(many.slice(0, 2));
    expect((await manager.search('ar')).length).toBeLessThanOrEqual(10);
  });

  it('lets a reader search too', async () => {
    const reader = peopleRepository(spAs(server, 'quality'));
    expect((await reader.search('okafor')).map((p) => p.title)).toEqual(['Amara Okafor']);
  });
});

describe('adding a person to the site and reading site users back', () => {
  it('ensures a directory person as a new site user, once', async () => {
    const [found] = await manager.search('Chloe');
    const before = await manager.getByIds([22]);
    expect(before).toEqual([]);
    const chloe = await manager.ensure(found.loginName);
    expect(chloe).toEqual({ id: 22, title: 'Chloe Williams', email: `chloe.williams@${DOMAIN}`, loginName: found.loginName });
    expect(await manager.ensure(`chloe.williams@${DOMAIN}`)).toEqual(chloe);
    // A care worker may add people too, as SharePoint's person fields do for them.
    const worker = peopleRepository(spAs(server, 'worker1'));
    expect((await worker.ensure(`i:0#.f|membership|mohammed.ali@${DOMAIN}`)).id).toBe(23);
  });

  it('ensures someone who already is a site user without a new id', async () => {
    expect((await manager.ensure(`i:0#.f|membership|tom.baxter@${DOMAIN}`)).id).toBe(userId(server, 'worker1'));
  });

  it('names the failures: unknown person, reader, empty login', async () => {
    const unknown = await manager.ensure(`i:0#.f|membership|nobody@${DOMAIN}`).catch((e: unknown) => e);
    expect(unknown).toBeInstanceOf(NotFoundError);
    expect((unknown as NotFoundError).message).toBe("This person could not be found in your organisation's directory.");
    expect((unknown as NotFoundError).status).toBe(400);
    const reader = peopleRepository(spAs(server, 'quality'));
    await expect(reader.ensure(`i:0#.f|membership|zofia.kowalczyk@${DOMAIN}`)).rejects.toBeInstanceOf(PermissionError);
    await expect(manager.ensure('  ')).rejects.toBeInstanceOf(InvalidInputError);
  });

  it('reads site users by id in one request, in the order asked, leaving out ids that are not site users', async () => {
    const tom = userId(server, 'worker1');
    const amara = userId(server, 'manager');
    await manager.getByIds([amara]);
    server.resetStats();
    const people = await manager.getByIds([tom, 999, 24, amara, tom]);
    expect(server.stats().requests).toBe(1);
    expect(people).toEqual([
      { id: tom, title: 'Tom Baxter', email: `tom.baxter@${DOMAIN}`, loginName: `i:0#.f|membership|tom.baxter@${DOMAIN}` },
      { id: amara, title: 'Amara Okafor', email: `amara.okafor@${DOMAIN}`, loginName: `i:0#.f|membership|amara.okafor@${DOMAIN}` }
    ]);
    server.resetStats();
    expect(await manager.getByIds([])).toEqual([]);
    expect(server.stats().requests).toBe(0);
  });

  it('reads all eleven local users and the people added in one request', async () => {
    const ids = server.users.map((u) => u.id).concat([22, 23]);
    server.resetStats();
    const people = await manager.getByIds(ids);
    expect(server.stats().requests).toBe(1);
    expect(people.map((p) => p.id)).toEqual(ids);
  });
});

describe('the app’s services', () => {
  it('offer the people repository, loaded on first use', async () => {
    const services = createServices(spAs(server, 'manager'));
    expect((await services.people.search('nowak')).map((p) => p.title)).toEqual(['Ewa Nowak']);
  }, 60_000);
});
