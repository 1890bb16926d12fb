import { failure, fixture, keysOf, LocalSharePoint, raw, sp, start } from './helpers';

let server: LocalSharePoint;

beforeAll(async () => {
  server = await start();
});
afterAll(() => server.close());

const withoutAnnotations = (o: object) => keysOf(o).filter((k) => !k.startsWith('odata.') && k !== '__metadata');

describe('lists', () => {
  it('creates a generic list (201) with SharePoint’s default property set, in order', async () => {
    const created = await sp(server).web.lists.add('Care plans', 'Plans per person');
    expect(created.Title).toBe('Care plans');
    expect(created.BaseTemplate).toBe(100);
    expect(created.EntityTypeName).toBe('Care_x0020_plansList');
    expect(created.ListItemEntityTypeFullName).toBe('SP.Data.Care_x0020_plansListItem');
    expect(created.ItemCount).toBe(0);
    expect(created.EnableVersioning).toBe(true);
    const recorded = fixture('list-create-generic-201').body as Record<string, unknown>;
    expect(withoutAnnotations(created)).toEqual(keysOf(recorded));
    const r = await raw(server, 'GET', "/_api/web/lists/getByTitle('Care plans')");
    expect(keysOf(r.json).slice(0, 5)).toEqual(['odata.metadata', 'odata.type', 'odata.id', 'odata.etag', 'odata.editLink']);
    expect(r.json['odata.type']).toBe('SP.List');
    expect(r.json['odata.editLink']).toBe(`Web/Lists(guid'${created.Id}')`);
    expect(r.headers.get('etag')).toBe('"1"');
    expect(withoutAnnotations(r.json)).toEqual(keysOf(fixture('list-get-by-title').body));
  });

  it('answers the create with Location and ETag headers', async () => {
    const r = await raw(server, 'POST', '/_api/web/lists', { body: { Title: 'Located', BaseTemplate: 100 } });
    expect(r.status).toBe(201);
    expect(r.headers.get('etag')).toBe('"1"');
    expect(r.headers.get('location')).toBe(`${server.siteUrl}/_api/Web/Lists(guid'${r.json.Id}')`);
  });

  it('derives entity type names the way SharePoint does', async () => {
    const s = sp(server);
    expect((await s.web.lists.add('Fail list')).EntityTypeName).toBe('Fail_x0020_listList');
    expect((await s.web.lists.add('PNP_SDK_TEST_X')).EntityTypeName).toBe('PNP_x005f_SDK_x005f_TEST_x005f_XList');
  });

  it('refuses a duplicate title with SharePoint’s 500 (case-insensitive)', async () => {
    const f = await failure(sp(server).web.lists.add('CARE PLANS'));
    const recorded = (fixture('list-create-duplicate-title-500').body as Record<string, any>)['odata.error'];
    expect(f).toEqual({ status: 500, code: recorded.code, message: recorded.message.value });
  });

  it('finds lists by title case-insensitively, with quotes doubled, and by id in both forms', async () => {
    const s = sp(server);
    const made = await s.web.lists.add("Mrs O'Neil's visits");
    expect((await s.web.lists.getByTitle("mrs o'neil's VISITS")()).Id).toBe(made.Id);
    expect((await s.web.lists.getById(made.Id)()).Title).toBe("Mrs O'Neil's visits");
    const r = await raw(server, 'GET', `/_api/Web/Lists(guid'${made.Id}')?$select=Title`);
    expect(r.json.Title).toBe("Mrs O'Neil's visits");
  });

  it('answers a missing list with the recorded 404', async () => {
    const f = await failure(sp(server).web.lists.getByTitle('Nowhere')());
    expect(f.status).toBe(404);
    expect(f.code).toBe('-1, System.ArgumentException');
    expect(f.message).toBe(`List 'Nowhere' does not exist at site with URL '${server.siteUrl}'.`);
  });

  it('filters, selects and limits the lists collection', async () => {
    const lists = await sp(server).web.lists.filter("Title eq 'Care plans'").select('Title', 'ItemCount').top(1)();
    expect(lists).toHaveLength(1);
    expect(withoutAnnotations(lists[0])).toEqual(['ItemCount', 'Title']);
  });

  it('ensures a list exactly as PnPjs does: create once, then update', async () => {
    const s = sp(server);
    const first = await s.web.lists.ensure('Incidents', 'Reported incidents', 100, false, { ReadSecurity: 2 });
    expect(first.created).toBe(true);
    const second = await s.web.lists.ensure('Incidents', 'Reported incidents (updated)', 100, false, { WriteSecurity: 2 });
    expect(second.created).toBe(false);
    const l = await s.web.lists.getByTitle('Incidents').select('Description', 'ReadSecurity', 'WriteSecurity')();
    expect(l).toMatchObject({ Description: 'Reported incidents (updated)', ReadSecurity: 2, WriteSecurity: 2 });
  });

  it('updates with MERGE, moves the ETag, and refuses unknown properties', async () => {
    const s = sp(server);
    await s.web.lists.add('Renamable');
    const r = await raw(server, 'POST', "/_api/web/lists/getByTitle('Renamable')", {
      body: { Title: 'Renamed', Description: 'new' },
      headers: { 'X-HTTP-Method': 'MERGE', 'IF-MATCH': '*' }
    });
    expect(r.status).toBe(204);
    expect(r.headers.get('etag')).toBe('"2"');
    const stale = await raw(server, 'POST', "/_api/web/lists/getByTitle('Renamed')", {
      body: { Description: 'x' },
      headers: { 'X-HTTP-Method': 'MERGE', 'IF-MATCH': '"1"' }
    });
    expect(stale.status).toBe(412);
    const f = await failure(s.web.lists.getByTitle('Renamed').update({ Colour: 'blue' } as Record<string, unknown>));
    expect(f.status).toBe(400);
    expect(f.message).toBe("The property 'Colour' does not exist on type 'SP.List'. Make sure to only use property names that are defined by the type.");
    const wrongType = await failure(s.web.lists.getByTitle('Renamed').update({ Hidden: 'yes' } as Record<string, unknown>));
    expect(wrongType.status).toBe(400);
    expect((await s.web.lists.getByTitle('Renamed').select('Description', 'Hidden')()).Hidden).toBe(false);
  });

  it('deletes and recycles lists', async () => {
    const s = sp(server);
    await s.web.lists.add('Temporary');
    const del = await raw(server, 'POST', "/_api/web/lists/getByTitle('Temporary')", { headers: { 'X-HTTP-Method': 'DELETE', 'IF-MATCH': '*' } });
    expect(del.status).toBe(200);
    expect(del.text).toBe('');
    expect((await failure(s.web.lists.getByTitle('Temporary')())).status).toBe(404);
    await s.web.lists.add('Recyclable');
    const recycled = await s.web.lists.getByTitle('Recyclable').recycle();
    expect(typeof recycled).toBe('string');
    expect(recycled).toMatch(/^[0-9a-f-]{36}$/);
    expect((await failure(s.web.lists.getByTitle('Recyclable')())).status).toBe(404);
  });

  it('only lets list managers create, change or delete lists', async () => {
    const worker = sp(server, 'worker1');
    expect((await failure(worker.web.lists.add('Worker list'))).status).toBe(403);
    expect((await failure(worker.web.lists.getByTitle('Care plans').update({ Description: 'x' }))).status).toBe(403);
    expect((await failure(sp(server, 'quality').web.lists.getByTitle('Care plans').delete())).status).toBe(403);
    const f = await failure(worker.web.lists.ensure('Care plans'));
    expect(f.status).toBe(403);
  });
});

describe('fields', () => {
  beforeAll(async () => {
    await sp(server).web.lists.add('Field types');
    await sp(server).web.lists.add('People');
  });

  const fieldsOf = () => sp(server).web.lists.getByTitle('Field types').fields;

  it('adds each column type through PnPjs with SharePoint’s property set (verbose answer)', async () => {
    const f = fieldsOf();
    const cases: Array<[string, Promise<Record<string, any>>, string, string]> = [
      ['field-add-text', f.addText('Text one'), 'SP.FieldText', 'Text'],
      ['field-add-note', f.addMultilineText('Notes one'), 'SP.FieldMultiLineText', 'Note'],
      ['field-add-boolean', f.addBoolean('Done one'), 'SP.Field', 'Boolean'],
      ['field-add-number', f.addNumber('Hours one'), 'SP.FieldNumber', 'Number'],
      ['field-add-datetime', f.addDateTime('Due one'), 'SP.FieldDateTime', 'DateTime'],
      ['field-add-currency', f.addCurrency('Cost one'), 'SP.FieldCurrency', 'Currency'],
      ['field-add-choice', f.addChoice('Status one', { Choices: ['Open', 'Closed'] }), 'SP.FieldChoice', 'Choice'],
      ['field-add-multichoice', f.addMultiChoice('Tags one', { Choices: ['A', 'B'] }), 'SP.FieldMultiChoice', 'MultiChoice'],
      ['field-add-user', f.addUser('Owner one'), 'SP.FieldUser', 'User'],
      ['field-add-url', f.addUrl('Link one'), 'SP.FieldUrl', 'URL']
    ];
    for (const [name, promise, type, typeAsString] of cases) {
      const created = await promise;
      expect(created.__metadata.type).toBe(type);
      expect(created.TypeAsString).toBe(typeAsString);
      expect(withoutAnnotations(created).filter((k) => k !== 'DescriptionResource' && k !== 'TitleResource')).toEqual(keysOf(fixture(name).body));
    }
    const choice = await f.getByInternalNameOrTitle('Status one')();
    expect(choice.Choices).toEqual(['Open', 'Closed']);
    expect(choice.InternalName).toBe('Status_x0020_one');
  });

  it('adds lookups through AddField and multi-value people through AllowMultipleValues', async () => {
    const people = await sp(server).web.lists.getByTitle('People')();
    const lookup = await fieldsOf().addLookup('Person', { LookupListId: people.Id, LookupFieldName: 'Title' });
    expect(lookup).toMatchObject({ TypeAsString: 'Lookup', LookupList: people.Id, LookupField: 'Title', FieldTypeKind: 7 });
    expect(keysOf(lookup).filter((k) => !k.startsWith('odata.'))).toEqual(keysOf(fixture('field-add-lookup').body));
    const multi = await fieldsOf().add('Helpers', 20, { AllowMultipleValues: true, SelectionMode: 0 } as Record<string, unknown>);
    expect(multi.TypeAsString).toBe('UserMulti');
    expect(multi.Sortable).toBe(false);
    const bad = await failure(fieldsOf().addLookup('Broken', { LookupListId: '00000000-0000-0000-0000-000000000001', LookupFieldName: 'Title' }));
    expect(bad.status).toBe(404);
  });

  it('escapes and truncates internal names like SharePoint', async () => {
    const f = fieldsOf();
    expect((await f.addText('Reason for not using Sharepoint')).InternalName).toBe('Reason_x0020_for_x0020_not_x0020');
    expect((await f.addText('In Prior Forecast?')).InternalName).toBe('In_x0020_Prior_x0020_Forecast_x0');
    expect((await f.addText('With_Underscore')).InternalName).toBe('With_Underscore');
    expect((await f.addText('With_Underscore2')).EntityPropertyName).toBe('With_Underscore2');
  });

  it('creates fields from SchemaXml, honouring AddFieldInternalNameHint (8)', async () => {
    const f = fieldsOf();
    const hinted = await f.createFieldAsXml({
      SchemaXml: '<Field Type="Choice" Name="CareLevel" DisplayName="Care level" Required="TRUE"><Default>Low</Default><CHOICES><CHOICE>Low</CHOICE><CHOICE>High</CHOICE></CHOICES></Field>',
      Options: 8
    });
    expect(hinted).toMatchObject({ InternalName: 'CareLevel', Title: 'Care level', DefaultValue: 'Low', Required: true, Choices: ['Low', 'High'] });
    const derived = await f.createFieldAsXml('<Field Type="Text" Name="Code" DisplayName="Client code" />');
    expect(derived.InternalName).toBe('Client_x0020_code');
    const dateOnly = await f.createFieldAsXml({ SchemaXml: "<Field Type='DateTime' Name='Reviewed' DisplayName='Reviewed' Format='DateOnly' />", Options: 8 });
    expect((dateOnly as Record<string, unknown>).DisplayFormat).toBe(0);
    const broken = await failure(f.createFieldAsXml('<Field Type="Text" Name="x"'));
    expect(broken.status).toBe(400);
  });

  it('refuses a second column with the same display name', async () => {
    const f = await failure(fieldsOf().addText('text ONE'));
    expect(f.status).toBe(500);
    expect(f.message).toBe('The column name that you entered is already in use or reserved. Choose another name.');
  });

  it('indexes columns and requires an index before enforcing unique values', async () => {
    const field = fieldsOf().getByInternalNameOrTitle('Text_x0020_one');
    const refused = await failure(field.update({ EnforceUniqueValues: true }));
    expect(refused.status).toBe(500);
    await field.update({ Indexed: true, EnforceUniqueValues: true });
    expect(await field.select('Indexed', 'EnforceUniqueValues', 'IndexStatus')()).toMatchObject({ Indexed: true, EnforceUniqueValues: true, IndexStatus: 1 });
    const notes = await failure(fieldsOf().getByInternalNameOrTitle('Notes one').update({ Indexed: true }));
    expect(notes.status).toBe(400);
  });

  it('updates titles and choices, and refuses unknown field properties', async () => {
    const field = fieldsOf().getByTitle('Status one');
    await field.update({ '@odata.type': '#SP.FieldChoice', Title: 'Status', Choices: { results: ['Open', 'Closed', 'On hold'] } } as Record<string, unknown>);
    const after = await fieldsOf().getByInternalNameOrTitle('Status_x0020_one')();
    expect(after).toMatchObject({ Title: 'Status', Choices: ['Open', 'Closed', 'On hold'] });
    const f = await failure(fieldsOf().getByTitle('Status').update({ '@odata.type': '#SP.FieldChoice', Flavour: 'x' }));
    expect(f.status).toBe(400);
    expect(f.message).toContain("The property 'Flavour' does not exist on type 'SP.FieldChoice'");
  });

  it('reads a field MERGE without a type annotation as SP.Field, refusing subtype properties as SharePoint Online does', async () => {
    // PnPjs v4's field.update() sends plain JSON light: Choices then needs "@odata.type" (pnpcore#1644, pnpjs#1187).
    const plain = await failure(fieldsOf().getByTitle('Status').update({ Choices: ['Open', 'Closed'] }));
    expect(plain).toMatchObject({ status: 400, code: '-1, Microsoft.SharePoint.Client.InvalidClientQueryException' });
    expect(plain.message).toBe("The property 'Choices' does not exist on type 'SP.Field'. Make sure to only use property names that are defined by the type.");
    expect((await failure(fieldsOf().getByTitle('Status').update({ MaxLength: 20 }))).message).toContain("'MaxLength' does not exist on type 'SP.Field'");
    // The base type's own properties need no annotation; the verbose and odata.type forms are read too.
    await fieldsOf().getByTitle('Status').update({ Description: 'Where it stands' });
    await fieldsOf().getByTitle('Status').update({ 'odata.type': 'SP.FieldChoice', FillInChoice: false } as Record<string, unknown>);
    await fieldsOf().getByTitle('Status').update({ __metadata: { type: 'SP.FieldMultiChoice' }, Choices: { results: ['Open', 'Closed', 'On hold'] } } as Record<string, unknown>);
    expect((await failure(fieldsOf().getByTitle('Status').update({ '@odata.type': '#SP.FieldText', MaxLength: 20 } as Record<string, unknown>))).status).toBe(400);
    expect(await fieldsOf().getByTitle('Status')()).toMatchObject({ Description: 'Where it stands', Choices: ['Open', 'Closed', 'On hold'] });
  });

  it('lists fields with built-ins in SharePoint’s order and custom columns after ComplianceAssetId', async () => {
    const all = await fieldsOf().select('InternalName', 'FieldTypeKind')();
    const names = all.map((f) => f.InternalName);
    expect(names.slice(0, 6)).toEqual(['ContentTypeId', 'Title', '_ModerationComments', 'File_x0020_Type', 'ComplianceAssetId', 'Text_x0020_one']);
    expect(names).toEqual(expect.arrayContaining(['ID', 'Created', 'Modified', 'Author', 'Editor', '_UIVersionString', 'Attachments', 'GUID']));
    expect(names.indexOf('ID')).toBeGreaterThan(names.indexOf('Text_x0020_one'));
    const hidden = await fieldsOf().filter('Hidden eq false and ReadOnlyField eq false').select('InternalName')();
    expect(hidden.map((f) => f.InternalName)).toContain('Title');
    expect(hidden.map((f) => f.InternalName)).not.toContain('ID');
  });

  it('finds fields by id in both forms and deletes custom ones only', async () => {
    const created = (await fieldsOf().addText('Scratch')) as { Id: string };
    const byId = await raw(server, 'GET', `/_api/web/lists/getByTitle('Field types')/fields(guid'${created.Id}')?$select=Title`);
    expect(byId.json.Title).toBe('Scratch');
    expect((await fieldsOf().getById(created.Id)()).Title).toBe('Scratch');
    await fieldsOf().getById(created.Id).delete();
    expect((await failure(fieldsOf().getByTitle('Scratch')())).status).toBe(404);
    expect((await failure(fieldsOf().getByInternalNameOrTitle('Title').delete())).status).toBe(500);
  });

  it('refuses column changes by people who cannot manage lists', async () => {
    const worker = sp(server, 'worker1').web.lists.getByTitle('Field types').fields;
    expect((await failure(worker.addText('Sneaky'))).status).toBe(403);
    expect((await failure(worker.getByTitle('Status').update({ Title: 'x' }))).status).toBe(403);
    expect((await failure(worker.createFieldAsXml('<Field Type="Text" Name="X" DisplayName="X" />'))).status).toBe(403);
  });
});

describe('views', () => {
  it('gives a new list an "All Items" default view and edits its fields', async () => {
    const list = sp(server).web.lists.getByTitle('Field types');
    const view = await list.defaultView();
    expect(view).toMatchObject({ Title: 'All Items', DefaultView: true });
    expect((await list.views.getByTitle('All Items')()).Id).toBe(view.Id);
    await list.defaultView.fields.add('Text_x0020_one');
    await list.defaultView.fields.add('Status');
    let fields = await list.defaultView.fields();
    expect(fields.Items).toEqual(['LinkTitle', 'Text_x0020_one', 'Status_x0020_one']);
    await list.defaultView.fields.remove('Text_x0020_one');
    fields = await list.defaultView.fields();
    expect(fields.Items).toEqual(['LinkTitle', 'Status_x0020_one']);
    expect((await failure(sp(server, 'worker2').web.lists.getByTitle('Field types').defaultView.fields.add('Title'))).status).toBe(403);
  });

  it('adds views', async () => {
    const list = sp(server).web.lists.getByTitle('Field types');
    const v = await list.views.add('Open items', false, { RowLimit: 50 });
    expect(v).toMatchObject({ Title: 'Open items', RowLimit: 50, DefaultView: false });
    expect((await list.views()).map((x) => x.Title)).toEqual(['All Items', 'Open items']);
  });
});
