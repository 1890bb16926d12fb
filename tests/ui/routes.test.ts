import { canOpen, formatRoute, parseRoute, SCREEN_IDS } from '../../src/ui/app/routes';
import { memoryAddress } from '../../src/ui/app/address';

describe('routes', () => {
  it('reads the overview from an empty address', () => {
    expect(parseRoute(null)).toEqual({ ok: true, route: { screen: 'overview', serviceId: null, cycleId: null, item: null } });
    expect(parseRoute('')).toEqual(parseRoute(null));
  });

  it.each([
    ['survey/-/12', { screen: 'survey', serviceId: null, cycleId: 12, item: null }],
    ['service/3', { screen: 'service', serviceId: 3, cycleId: null, item: null }],
    ['model/-/-/learning', { screen: 'model', serviceId: null, cycleId: null, item: 'learning' }],
    ['/results/4/12/', { screen: 'results', serviceId: 4, cycleId: 12, item: null }]
  ])('reads %s', (text, route) => {
    expect(parseRoute(text)).toEqual({ ok: true, route });
  });

  it.each(['nowhere', 'survey/x/12', 'survey/-/0', 'survey/-/12/a/b', 'model/-/-/<script>', 'results/-/-1'])('refuses %s as unknown', (text) => {
    expect(parseRoute(text)).toMatchObject({ ok: false, problem: 'unknown' });
  });

  it('refuses a screen without the cycle or service it needs', () => {
    expect(parseRoute('survey')).toMatchObject({ ok: false, problem: 'incomplete' });
    expect(parseRoute('service')).toMatchObject({ ok: false, problem: 'incomplete' });
  });

  it('writes every route so that it reads back the same', () => {
    for (const screen of SCREEN_IDS) {
      const input = { screen, serviceId: 7, cycleId: 42, item: 'x-1' };
      expect(parseRoute(formatRoute(input))).toEqual({ ok: true, route: input });
    }
    expect(formatRoute({ screen: 'survey', cycleId: 12 })).toBe('survey/-/12');
    expect(formatRoute({ screen: 'overview' })).toBe('overview');
  });

  it('opens the services and set-up only to managers, and the survey not to readers', () => {
    expect(canOpen('services', 'manage')).toBe(true);
    expect(canOpen('services', 'contribute')).toBe(false);
    expect(canOpen('setup', 'read')).toBe(false);
    expect(canOpen('survey', 'contribute')).toBe(true);
    expect(canOpen('survey', 'read')).toBe(false);
    expect(canOpen('results', 'read')).toBe(true);
  });

  it('keeps routes in a memory address with Back', () => {
    const address = memoryAddress('overview');
    const changes: Array<string | null> = [];
    address.listen(() => changes.push(address.read()));
    address.write('survey/-/12', 'push');
    address.write('results/-/12', 'push');
    address.back();
    expect(address.read()).toBe('survey/-/12');
    expect(changes).toEqual(['survey/-/12']);
    expect(address.href('results/-/12')).toBe('https://wpq.invalid/?wpq=results%2F-%2F12');
  });
});
