import { failure, fixture, LocalSharePoint, raw, sp, start } from './helpers';

let server: LocalSharePoint;
const ids: Record<string, string> = {};

beforeAll(async () => {
  server = await start();
  const s = sp(server);
  for (const title of ['Small', 'Hundred', 'Large', 'Big']) {
    ids[title] = (await s.web.lists.add(title)).Id;
  }
  server.bulkInsert('Small', Array.from({ length: 162 }, (_, i) => ({ Title: `Item ${i}` })));
  server.bulkInsert('Hundred', Array.from({ length: 100 }, (_, i) => ({ Title: `Item ${i}` })));
  server.bulkInsert('Large', Array.from({ length: 12000 }, (_, i) => ({ Title: `Row ${i + 1}` })));

  const big = s.web.lists.getByTitle('Big').fields;
  await big.createFieldAsXml({ SchemaXml: '<Field Type="Number" Name="Rank" DisplayName="Rank" Indexed="TRUE" />', Options: 8 });
  await big.createFieldAsXml({ SchemaXml: '<Field Type="Choice" Name="Team" DisplayName="Team" Indexed="TRUE"><CHOICES><CHOICE>North</CHOICE><CHOICE>South</CHOICE></CHOICES></Field>', Options: 8 });
  await big.createFieldAsXml({ SchemaXml: '<Field Type="Text" Name="Surname" DisplayName="Surname" />', Options: 8 });
  server.bulkInsert(
    'Big',
    Array.from({ length: 6000 }, (_, i) => ({ Title: `P${i + 1}`, Rank: i % 60, Team: i < 5500 ? 'North' : 'South', Surname: i % 2 ? 'Jones' : 'Patel' }))
  );
});
afterAll(() => server.close());

describe('paging', () => {
  it('pages 12,000 items with for await: every id once, in order', async () => {
    server.resetStats();
    const seen: number[] = [];
    for await (const page of sp(server).web.lists.getByTitle('Large').items.select('Id', 'Title').top(1000)) {
      for (const item of page as Array<{ Id: number; Title: string }>) {
        expect(item.Title).toBe(`Row ${item.Id}`);
        seen.push(item.Id);
      }
    }
    expect(seen).toHaveLength(12000);
    expect(seen).toEqual(Array.from({ length: 12000 }, (_, i) => i + 1));
    expect(server.stats().requests).toBe(12);
  });

  it('forms odata.nextLink exactly like the recorded SharePoint answer', async () => {
    const r = await raw(server, 'GET', "/_api/web/lists/getByTitle('Small')/items?$select=Id,Title&$top=100", {
      headers: { accept: 'application/json;odata=nometadata' }
    });
    const recorded = fixture('items-page1-nextlink').body as Record<string, string>;
    const expected = recorded['odata.nextLink'].replace('https://contoso.sharepoint.com/sites/prov-2', server.siteUrl).replace('1e4b8e2f-b1f9-484c-ad20-e6d7a6cc2400', ids.Small);
    expect(Object.keys(r.json)).toEqual(['odata.nextLink', 'value']);
    expect(r.json['odata.nextLink']).toBe(expected);
    expect(r.json.value[0]).toEqual({ Id: 1, ID: 1, Title: 'Item 0' });
    const page2 = await fetch(r.json['odata.nextLink'], { headers: { accept: 'application/json;odata=nometadata', 'X-WPQ-User': 'manager' } });
    const body2 = (await page2.json()) as { value: Array<{ Id: number }> };
    expect(Object.keys(body2)).toEqual(['value']);
    expect(body2.value.map((v) => v.Id)).toEqual(Array.from({ length: 62 }, (_, i) => 101 + i));
  });

  it('puts odata.nextLink after value in minimal metadata', async () => {
    const r = await raw(server, 'GET', "/_api/web/lists/getByTitle('Small')/items?$top=10");
    expect(Object.keys(r.json)).toEqual(['odata.metadata', 'value', 'odata.nextLink']);
  });

  it('has no nextLink when a page is exactly full and nothing follows', async () => {
    const r = await raw(server, 'GET', "/_api/web/lists/getByTitle('Hundred')/items?$select=Id,Title&$top=100");
    expect(r.json.value).toHaveLength(100);
    expect(r.json['odata.nextLink']).toBeUndefined();
  });

  it('pages by 100 without $top', async () => {
    const r = await raw(server, 'GET', "/_api/web/lists/getByTitle('Small')/items?$select=Id");
    expect(r.json.value).toHaveLength(100);
    expect(r.json['odata.nextLink']).toBe(`${server.siteUrl}/_api/web/lists(guid%27${ids.Small}%27)/items?%24skiptoken=Paged%3dTRUE%26p_ID%3d100&%24select=Id`);
  });

  it('ignores $skip on items but echoes it into the nextLink, as recorded', async () => {
    const r = await raw(server, 'GET', "/_api/web/lists/getByTitle('Small')/items?$skip=4&$top=2", { headers: { accept: 'application/json;odata=nometadata' } });
    expect(r.json.value.map((v: { Id: number }) => v.Id)).toEqual([1, 2]);
    const recorded = (fixture('items-skip-ignored').body as Record<string, string>)['odata.nextLink'];
    expect(r.json['odata.nextLink'].split('?')[1]).toBe(recorded.split('?')[1]);
  });

  it('continues from $skiptoken and goes back with PagedPrev', async () => {
    const items = sp(server).web.lists.getByTitle('Large').items;
    const next = await items.select('Id').skip(250).top(5)();
    expect(next.map((i: { Id: number }) => i.Id)).toEqual([251, 252, 253, 254, 255]);
    const prev = await items.select('Id').skip(251, true).top(5)();
    expect(prev.map((i: { Id: number }) => i.Id)).toEqual([246, 247, 248, 249, 250]);
  });

  it('pages an ordered query with p_<Field> in the token and visits every item once', async () => {
    const first = await raw(server, 'GET', "/_api/web/lists/getByTitle('Big')/items?$select=Id,Rank&$orderby=Rank desc&$filter=Rank ge 55&$top=70");
    expect(decodeURIComponent(first.json['odata.nextLink'])).toContain('$skiptoken=Paged=TRUE&p_Rank=59&p_ID=');
    const seen: Array<{ Id: number; Rank: number }> = [];
    for await (const page of sp(server).web.lists.getByTitle('Big').items.select('Id', 'Rank').filter('Rank ge 55').orderBy('Rank', false).top(70)) {
      seen.push(...(page as Array<{ Id: number; Rank: number }>));
    }
    expect(seen).toHaveLength(500);
    expect(new Set(seen.map((s) => s.Id)).size).toBe(500);
    const ranks = seen.map((s) => s.Rank);
    expect(ranks).toEqual([...ranks].sort((a, b) => b - a));
    for (let i = 1; i < seen.length; i++) {
      if (seen[i].Rank === seen[i - 1].Rank) expect(seen[i].Id).toBeGreaterThan(seen[i - 1].Id);
    }
  });
});

describe('list view threshold (list of 6,000 items)', () => {
  const big = () => sp(server).web.lists.getByTitle('Big').items;

  const throttled = async (p: Promise<unknown>) => {
    expect(await failure(p)).toEqual({
      status: 500,
      code: '-2147024860, Microsoft.SharePoint.SPQueryThrottledException',
      message: 'The attempted operation is prohibited because it exceeds the list view threshold.'
    });
  };

  it('refuses a filter whose first clause is on an unindexed column, even with a small $top', async () => {
    await throttled(big().filter("Surname eq 'Jones'").top(10)());
    await throttled(big().filter("Surname eq 'Jones' and Rank eq 3").top(10)());
  });

  it('serves a filter led by an indexed column that narrows to the threshold or less', async () => {
    const rows = await big().select('Id', 'Rank', 'Surname').filter("Rank eq 3 and Surname eq 'Jones'").top(5000)();
    expect(rows).toHaveLength(100);
    expect(rows.every((r: { Rank: number; Surname: string }) => r.Rank === 3 && r.Surname === 'Jones')).toBe(true);
    expect(await big().select('Id').filter('ID gt 5990')()).toHaveLength(10);
    expect(await big().select('Id').filter("Team eq 'South'").top(5000)()).toHaveLength(500);
    expect(await big().select('Id').filter('Rank eq 1 or Rank eq 2')()).toHaveLength(100);
    // A range on the same indexed column is one index seek, even when its first bound alone is too wide.
    expect(await big().select('Id').filter('Rank ge 5 and Rank lt 7')()).toHaveLength(100);
    expect(await big().select('Id').filter('Rank ge 5 and Rank lt 7').top(5000)()).toHaveLength(200);
  });

  it('refuses an indexed clause that alone selects more than the threshold', async () => {
    await throttled(big().filter("Team eq 'North'").top(10)());
    await throttled(big().filter('Rank ge 0').top(10)());
  });

  it('refuses $top above 5,000 and ordering by an unindexed column', async () => {
    await throttled(big().top(5001)());
    await throttled(big().orderBy('Surname')());
    const byRank = await big().select('Id', 'Rank').orderBy('Rank', false).top(3)();
    expect(byRank.map((r: { Rank: number }) => r.Rank)).toEqual([59, 59, 59]);
  });

  it('uses an index on a system column such as Created once the column is indexed', async () => {
    await throttled(big().filter("Created ge '2000-01-01T00:00:00Z'").top(10)());
    const tiny = await start({ threshold: 10 });
    try {
      await sp(tiny).web.lists.add('T');
      tiny.bulkInsert('T', Array.from({ length: 11 }, (_, i) => ({ Title: `t${i}` })));
      const t = sp(tiny).web.lists.getByTitle('T');
      await throttled(t.items.orderBy('Modified', false).top(1)());
      await t.fields.getByInternalNameOrTitle('Modified').update({ Indexed: true });
      expect(await t.items.orderBy('Modified', false).top(1)()).toHaveLength(1);
      expect(await t.items.filter("Modified ge '2999-01-01T00:00:00Z'")()).toEqual([]);
    } finally {
      await tiny.close();
    }
  });

  it('always pages by ID, and reads single items', async () => {
    let total = 0;
    for await (const page of big().select('Id').top(5000)) total += (page as unknown[]).length;
    expect(total).toBe(6000);
    expect((await big().getById(4321)()).Title).toBe('P4321');
  });

  it('does not throttle lists at or below the threshold', async () => {
    const rows = await sp(server).web.lists.getByTitle('Small').items.filter("Title eq 'Item 7'")();
    expect(rows).toHaveLength(1);
  });

  it('follows a configured threshold', async () => {
    const tiny = await start({ threshold: 10 });
    try {
      await sp(tiny).web.lists.add('T');
      tiny.bulkInsert('T', Array.from({ length: 11 }, (_, i) => ({ Title: `t${i}` })));
      await throttled(sp(tiny).web.lists.getByTitle('T').items.filter("Title eq 't1'")());
    } finally {
      await tiny.close();
    }
  });
});
