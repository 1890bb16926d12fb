import type { WpqServices } from '../../src/data/services';
import type { SiteSummary } from '../../src/data/site';

/**
 * Services for component tests: plain objects with the data a screen would get from the data layer.
 * Every member beyond `site` is a jest.fn that fails loudly unless the test gives it an answer.
 */
type DataServices = Omit<WpqServices, 'site'>;

function unexpected(name: string): jest.Mock {
  return jest.fn(() => Promise.reject(new Error(`${name} was not expected in this test.`)));
}

function repository<K extends string>(area: string, names: readonly K[]): Record<K, jest.Mock> {
  const out = {} as Record<K, jest.Mock>;
  for (const n of names) out[n] = unexpected(`${area}.${n}`);
  return out;
}

function fakeDataServices(overrides: Partial<{ [K in keyof DataServices]: Partial<DataServices[K]> }> = {}): DataServices {
  const base = {
    setup: repository('setup', ['check', 'run'] as const),
    careServices: repository('careServices', ['list', 'add', 'update'] as const),
    cycles: repository('cycles', ['listForService', 'listAll', 'get', 'add', 'update', 'readResults', 'readWithResults', 'publishResults', 'participation', 'readReview'] as const),
    responses: repository('responses', ['submit', 'mine', 'findBySubmissionId', 'saveDraft', 'readMine', 'comments'] as const),
    actions: repository('actions', ['listForCycle', 'listOwnedBy', 'add', 'addMany', 'update', 'get', 'readBoard', 'readOne', 'addProgressNote', 'changeStatus', 'carryOver'] as const),
    measures: repository('measures', ['listForService', 'readScreen', 'record', 'recordMany', 'update'] as const),
    reviews: repository('reviews', ['listForCycle', 'add', 'update'] as const),
    settings: repository('settings', [
      'readSchemaVersion',
      'readDefaults',
      'saveDefaults',
      'listPacks',
      'readPack',
      'importPack',
      'readActivePack',
      'setActivePack',
      'readValue',
      'writeValue'
    ] as const),
    people: repository('people', ['search', 'ensure', 'getByIds'] as const),
    packs: repository('packs', ['list', 'save', 'setActive'] as const),
    overview: repository('overview', ['read'] as const),
    myWork: repository('myWork', ['read'] as const),
    portfolio: repository('portfolio', ['read'] as const),
    summaries: repository('summaries', ['list', 'import', 'exportCycle', 'checkFile'] as const),
    evidence: repository('evidence', ['read'] as const),
    closing: repository('closing', ['close'] as const),
    resultsView: repository('resultsView', ['read'] as const),
    surveyStart: repository('surveyStart', ['read'] as const)
  };
  const merged: Record<string, unknown> = { ...base };
  for (const [k, v] of Object.entries(overrides)) merged[k] = { ...(base as Record<string, object>)[k], ...v };
  return merged as unknown as DataServices;
}

export interface FakeServicesOptions {
  summary?: Partial<SiteSummary>;
  /** Makes site.readSummary fail with this error. */
  fail?: Error;
  /** Answers for the data services a test uses. */
  data?: Parameters<typeof fakeDataServices>[0];
}

export function fakeServices(options: FakeServicesOptions = {}): WpqServices {
  const summary: SiteSummary = {
    title: 'Meadowbank Care',
    url: 'https://contoso.sharepoint.com/sites/wpq',
    user: { id: 11, title: 'Amara Okafor', email: 'amara.okafor@meadowbankcare.onmicrosoft.com' },
    access: 'manage',
    ...options.summary
  };
  return {
    site: {
      readSummary: jest.fn(() => (options.fail ? Promise.reject(options.fail) : Promise.resolve(summary)))
    },
    ...fakeDataServices(options.data)
  };
}
