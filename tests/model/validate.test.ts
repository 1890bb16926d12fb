import { findJsonSyntaxError, utf8ByteLength } from '../../src/model';
import { DEFAULT_MAX_PACK_BYTES, PackProblem, formatProblem, parseModelPackText, validateModelPack } from '../../src/model/validate';
import { editablePack } from './helpers';

function problemsOf(input: unknown): PackProblem[] {
  const result = validateModelPack(input);
  if (result.ok) throw new Error('Expected the pack to be rejected, but it was accepted.');
  return result.problems;
}

/** The problems reported at exactly this path. */
function at(problems: PackProblem[], path: string): string[] {
  return problems.filter((p) => p.path === path).map((p) => p.message);
}

describe('validateModelPack rejects each kind of bad pack, naming the path', () => {
  it('a missing field', () => {
    const pack = editablePack();
    delete pack.title;
    delete pack.pillars[0].leaderStatements[2].text;
    const problems = problemsOf(pack);
    expect(at(problems, 'title')).toEqual(['This required field is missing.']);
    expect(at(problems, 'pillars[0].leaderStatements[2].text')).toEqual(['This required field is missing.']);
  });

  it('a missing choice field (an enum) is reported as missing, not as a wrong option', () => {
    const pack = editablePack();
    delete pack.measures[0].formula;
    expect(at(problemsOf(pack), 'measures[0].formula')).toEqual(['This required field is missing.']);
  });

  it('a wrong type', () => {
    const pack = editablePack();
    pack.pillars[0].crossCutting = 'no';
    pack.measures[1].benchmarks[0].value = '44.6%';
    pack.pillars[2].staffStatements = {};
    const problems = problemsOf(pack);
    expect(at(problems, 'pillars[0].crossCutting')).toEqual(['Should be true or false, not text.']);
    expect(at(problems, 'measures[1].benchmarks[0].value')).toEqual(['Should be a number, not text.']);
    expect(at(problems, 'pillars[2].staffStatements')).toEqual(['Should be a list, not an object.']);
  });

  it('a scale value that is not a whole number', () => {
    const pack = editablePack();
    pack.scales.staff.options[2].value = 2.5;
    expect(at(problemsOf(pack), 'scales.staff.options[2].value')).toEqual(['Must be a whole number.']);
  });

  it('a value outside the allowed choices', () => {
    const pack = editablePack();
    pack.measures[0].formula = 'average';
    pack.formatVersion = 2;
    const problems = problemsOf(pack);
    expect(at(problems, 'measures[0].formula')).toEqual(['Must be one of: percentage, ratio, per-worker.']);
    expect(at(problems, 'formatVersion')).toEqual(['Must be 1.']);
  });

  it('a duplicate statement id, naming where it was first used', () => {
    const pack = editablePack();
    pack.pillars[1].leaderStatements[3].id = 'culture.l01';
    expect(at(problemsOf(pack), 'pillars[1].leaderStatements[3].id')).toEqual([
      "The id 'culture.l01' is used more than once: it is already the id of a statement at pillars[0].leaderStatements[0].id. Every id in a pack must be unique."
    ]);
  });

  it('a duplicate id across different kinds of thing (a measure reusing a statement id)', () => {
    const pack = editablePack();
    pack.measures[2].id = 'learning.s02';
    pack.actions[4].id = pack.actions[0].id;
    const problems = problemsOf(pack);
    expect(at(problems, 'measures[2].id')[0]).toMatch(/'learning\.s02' is used more than once: it is already the id of a statement at pillars\[2\]\.staffStatements\[1\]\.id/);
    expect(at(problems, 'actions[4].id')[0]).toMatch(/already the id of a suggested action at actions\[0\]\.id/);
  });

  it('a suggested action pointing at an unknown statement', () => {
    const pack = editablePack();
    pack.actions[0].statementIds[1] = 'culture.l99';
    expect(at(problemsOf(pack), 'actions[0].statementIds[1]')).toEqual([
      "Points at statement 'culture.l99', which is not in this pack."
    ]);
  });

  it('a suggested action pointing at something that is not a statement', () => {
    const pack = editablePack();
    pack.actions[0].statementIds[0] = 'turnover-rate';
    expect(at(problemsOf(pack), 'actions[0].statementIds[0]')).toEqual([
      "Points at 'turnover-rate', which is a measure, not a statement."
    ]);
  });

  it('a suggested action with no statements at all', () => {
    const pack = editablePack();
    pack.actions[3].statementIds = [];
    expect(at(problemsOf(pack), 'actions[3].statementIds')).toEqual(['Needs at least 1 item, and it has 0.']);
  });

  it('a mapping to an unknown CQC quality statement', () => {
    const pack = editablePack();
    pack.pillars[2].staffStatements[1].qualityStatementIds[0] = 'qs.wl.made-up';
    expect(at(problemsOf(pack), 'pillars[2].staffStatements[1].qualityStatementIds[0]')).toEqual([
      "'qs.wl.made-up' is not a quality statement in this pack's CQC catalogue."
    ]);
  });

  it('a mapping to an unknown key line of enquiry', () => {
    const pack = editablePack();
    pack.pillars[0].leaderStatements[0].kloeIds = ['kloe.w1', 'kloe.w8'];
    expect(at(problemsOf(pack), 'pillars[0].leaderStatements[0].kloeIds[1]')).toEqual([
      "'kloe.w8' is not a key line of enquiry in this pack's CQC catalogue."
    ]);
  });

  it('the same quality statement listed twice for one statement', () => {
    const pack = editablePack();
    pack.pillars[0].staffStatements[0].qualityStatementIds = ['qs.wl.shared-direction', 'qs.wl.shared-direction'];
    expect(at(problemsOf(pack), 'pillars[0].staffStatements[0].qualityStatementIds[1]')).toEqual([
      "'qs.wl.shared-direction' is listed more than once."
    ]);
  });

  it('a scale with duplicate values', () => {
    const pack = editablePack();
    pack.scales.staff.options[1].value = 1;
    expect(at(problemsOf(pack), 'scales.staff.options[1].value')).toEqual([
      'The value 1 is used by more than one option (also at scales.staff.options[0].value). Each option needs its own value.'
    ]);
  });

  it('a scale with duplicate labels, ignoring case', () => {
    const pack = editablePack();
    pack.scales.leaders.options[3].label = 'established';
    expect(at(problemsOf(pack), 'scales.leaders.options[3].label')).toEqual([
      "The label 'established' is used by more than one option (also at scales.leaders.options[2].label)."
    ]);
  });

  it('a "don\'t know" label that repeats a scored option', () => {
    const pack = editablePack();
    pack.scales.staff.notApplicable.label = 'Neither agree nor disagree';
    expect(at(problemsOf(pack), 'scales.staff.notApplicable.label')[0]).toMatch(/also used by a scored option/);
  });

  it('a scale listed out of order', () => {
    const pack = editablePack();
    pack.scales.leaders.options.reverse();
    expect(at(problemsOf(pack), 'scales.leaders.options')).toEqual(['Options must be listed from the lowest value to the highest.']);
  });

  it('a scale with only one option', () => {
    const pack = editablePack();
    pack.scales.staff.options = pack.scales.staff.options.slice(0, 1);
    expect(at(problemsOf(pack), 'scales.staff.options')).toEqual(['Needs at least 2 items, and it has 1.']);
  });

  it('text over the maximum length', () => {
    const pack = editablePack();
    pack.pillars[0].leaderStatements[0].text = 'a'.repeat(301);
    pack.licence.text = 'b'.repeat(3001);
    const problems = problemsOf(pack);
    expect(at(problems, 'pillars[0].leaderStatements[0].text')).toEqual([
      'Text is too long: 301 characters, and the most allowed is 300.'
    ]);
    expect(at(problems, 'licence.text')).toEqual(['Text is too long: 3001 characters, and the most allowed is 3000.']);
  });

  it('too many statements in one list', () => {
    const pack = editablePack();
    const base = pack.pillars[0].staffStatements[0];
    pack.pillars[0].staffStatements = Array.from({ length: 61 }, (_, i) => ({ ...base, id: `extra.${i}` }));
    expect(at(problemsOf(pack), 'pillars[0].staffStatements')).toEqual(['Has too many items: 61, and the most allowed is 60.']);
  });

  it('empty or blank text', () => {
    const pack = editablePack();
    pack.pillars[1].name = '   ';
    expect(at(problemsOf(pack), 'pillars[1].name')).toEqual(['Must not be empty.']);
  });

  it('text that contains HTML', () => {
    const pack = editablePack();
    pack.pillars[0].description = 'Culture <script>alert(1)</script>';
    pack.actions[0].title = '<b>Bold</b> action';
    const problems = problemsOf(pack);
    expect(at(problems, 'pillars[0].description')).toEqual(['Must be plain text: it looks like it contains HTML tags.']);
    expect(at(problems, 'actions[0].title')).toEqual(['Must be plain text: it looks like it contains HTML tags.']);
  });

  it('a line break or control character in a one-line text', () => {
    const pack = editablePack();
    pack.title = 'Two\nlines';
    expect(at(problemsOf(pack), 'title')).toEqual(['Must be a single line of text without control characters.']);
  });

  it('other control characters: C1 controls, Unicode line separators in one-line text, and direction overrides', () => {
    const pack = editablePack();
    pack.title = 'Next\u0085line';
    pack.pillars[0].name = 'Vision\u2028values';
    pack.pillars[0].staffStatements[0].text = 'I know what \u202Eereh ekil skool erac doog';
    pack.pillars[0].description = 'First paragraph.\u2029Second paragraph, with an Arabic mark \u200F that stays allowed.';
    const problems = problemsOf(pack);
    expect(at(problems, 'title')).toEqual(['Must be a single line of text without control characters.']);
    expect(at(problems, 'pillars[0].name')).toEqual(['Must be a single line of text without control characters.']);
    expect(at(problems, 'pillars[0].staffStatements[0].text')).toEqual(['Must be a single line of text without control characters.']);
    expect(at(problems, 'pillars[0].description')).toEqual([]);
  });

  it('a field that is not part of a pack (for example a typing mistake)', () => {
    const pack = editablePack();
    pack.pilars = [];
    pack.measures[0].benchmark = [];
    const problems = problemsOf(pack);
    expect(at(problems, 'pilars')).toEqual(['This field is not part of a model pack: remove it or check its spelling.']);
    expect(at(problems, 'measures[0].benchmark')).toEqual(['This field is not part of a model pack: remove it or check its spelling.']);
  });

  it('a "__proto__" field, as JSON.parse keeps it, or a prototype name as an id', () => {
    const text = JSON.stringify(editablePack()).replace('"id":"culture.l01"', '"__proto__":{"polluted":true},"id":"culture.l01"');
    const result = parseModelPackText(text);
    expect(result.ok).toBe(false);
    if (!result.ok) {
      expect(result.problems).toEqual([
        { path: 'pillars[0].leaderStatements[0].__proto__', message: 'This field is not part of a model pack: remove it or check its spelling.' }
      ]);
    }
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    const pack = editablePack();
    pack.pillars[0].id = '__proto__';
    expect(at(problemsOf(pack), 'pillars[0].id')[0]).toMatch(/^Must be an id: letters, digits/);
  });

  it('an id with spaces or symbols', () => {
    const pack = editablePack();
    pack.resources[0].id = 'my resource!';
    expect(at(problemsOf(pack), 'resources[0].id')[0]).toMatch(/^Must be an id: letters, digits/);
  });

  it('a version, date, language or web address in the wrong form', () => {
    const pack = editablePack();
    pack.version = '1.0';
    pack.date = '2025-02-30';
    pack.language = 'English';
    pack.resources[0].url = 'javascript:alert(1)';
    pack.measures[0].benchmarks[0].publishedOn = 'October 2025';
    const problems = problemsOf(pack);
    expect(at(problems, 'version')).toEqual(['Must be a version number like 1.0.0 (major.minor.patch).']);
    expect(at(problems, 'date')).toEqual(['Must be a real calendar date.']);
    expect(at(problems, 'language')).toEqual(['Must be a language tag like en-GB.']);
    expect(at(problems, 'resources[0].url')).toEqual(['Must be a web address starting with https://.']);
    expect(at(problems, 'measures[0].benchmarks[0].publishedOn')).toEqual([
      'Must be a date written as YYYY, YYYY-MM or YYYY-MM-DD.'
    ]);
  });

  it('a measure that points at an unknown pillar, and impossible benchmark values', () => {
    const pack = editablePack();
    pack.measures[0].pillarIds = ['culture', 'finance'];
    pack.measures[0].benchmarks[0].value = 124.7;
    pack.measures[3].benchmarks[0].valueHigh = 5;
    const problems = problemsOf(pack);
    expect(at(problems, 'measures[0].pillarIds[1]')).toEqual(["Points at pillar 'finance', which is not in this pack."]);
    expect(at(problems, 'measures[0].benchmarks[0].value')).toEqual(['A percentage must be between 0 and 100, not 124.7.']);
    expect(at(problems, 'measures[3].benchmarks[0].valueHigh')).toEqual([
      'The upper end of a range must not be below its lower end (value).'
    ]);
  });

  it('guidance that points at an unknown measure or resource', () => {
    const pack = editablePack();
    pack.pillars[0].thingsToMeasure[0].measureIds = ['supervision-hours'];
    pack.pillars[0].thingsToDo[0].resourceIds = ['res.unknown'];
    const problems = problemsOf(pack);
    expect(at(problems, 'pillars[0].thingsToMeasure[0].measureIds[0]')).toEqual([
      "Points at measure 'supervision-hours', which is not in this pack."
    ]);
    expect(at(problems, 'pillars[0].thingsToDo[0].resourceIds[0]')).toEqual([
      "Points at resource 'res.unknown', which is not in this pack."
    ]);
  });

  it('a migration map pointing at an unknown statement, mapping one old id twice, or coming from this same version', () => {
    const pack = editablePack();
    pack.migrations = [
      {
        fromVersion: '0.9.0',
        statements: [
          { from: 'culture.old1', to: 'culture.l01' },
          { from: 'culture.old2', to: 'culture.l42' },
          { from: 'culture.old1', to: 'culture.l02' },
          { from: 'culture.old3', to: null }
        ]
      },
      { fromVersion: '1.0.0', statements: [] }
    ];
    const problems = problemsOf(pack);
    expect(at(problems, 'migrations[0].statements[1].to')).toEqual([
      "Points at statement 'culture.l42', which is not in this pack."
    ]);
    expect(at(problems, 'migrations[0].statements[2].from')[0]).toMatch(/'culture\.old1' is mapped more than once/);
    expect(at(problems, 'migrations[1].fromVersion')).toEqual([
      'A migration must come from an earlier version, not from this version.'
    ]);
    expect(at(problems, 'migrations[0].statements[3].to')).toEqual([]);
  });

  it('a pillar with no statements for one audience, or a theme with no statements at all', () => {
    const pack = editablePack();
    pack.pillars[1].staffStatements = [];
    pack.pillars[2].leaderStatements = [];
    pack.pillars[2].staffStatements = [];
    pack.pillars[4].leaderStatements = [];
    pack.pillars[4].staffStatements = [];
    // Actions that pointed at the removed statements are not what this test is about.
    pack.actions = pack.actions.filter((a: { statementIds: string[] }) => a.statementIds.every((id) => !/^(leadership\.s|learning\.|digital\.)/.test(id)));
    const problems = problemsOf(pack);
    expect(at(problems, 'pillars[1].staffStatements')).toEqual([
      'A pillar needs at least one staff statement: without one it could never have a score, so no overall figure could be given.'
    ]);
    expect(at(problems, 'pillars[2].leaderStatements')[0]).toMatch(/^A pillar needs at least one leaders' statement/);
    expect(at(problems, 'pillars[2].staffStatements')[0]).toMatch(/^A pillar needs at least one staff statement/);
    expect(at(problems, 'pillars[4]')).toEqual(['A cross-cutting theme needs at least one statement, for leaders or for staff.']);
    expect(problems).toHaveLength(4);
  });

  it('a theme may leave one audience without statements', () => {
    const pack = editablePack();
    pack.pillars[4].staffStatements = [];
    pack.actions = pack.actions.filter((a: { statementIds: string[] }) => a.statementIds.every((id) => !id.startsWith('digital.s')));
    expect(validateModelPack(pack).ok).toBe(true);
  });

  it('a negative benchmark for a measure that can never be negative', () => {
    const pack = editablePack();
    const sickness = pack.measures.findIndex((m: { id: string }) => m.id === 'sickness-days-per-worker');
    pack.measures[sickness].benchmarks = [{ ...pack.measures[0].benchmarks[0], value: -4.8, valueHigh: -1 }];
    const problems = problemsOf(pack);
    expect(at(problems, `measures[${sickness}].benchmarks[0].value`)).toEqual([
      'A benchmark cannot be negative: this measure is never below 0, and the value is -4.8.'
    ]);
    expect(at(problems, `measures[${sickness}].benchmarks[0].valueHigh`)).toEqual([
      'A benchmark cannot be negative: this measure is never below 0, and the value is -1.'
    ]);
  });

  it('NaN or Infinity, from a program or from a number too large for JSON to hold (1e400)', () => {
    const pack = editablePack();
    pack.measures[0].benchmarks[0].value = Number.NaN;
    pack.measures[0].benchmarks[1].value = Number.POSITIVE_INFINITY;
    const problems = problemsOf(pack);
    expect(at(problems, 'measures[0].benchmarks[0].value')).toEqual(['Must be an ordinary number, not NaN.']);
    expect(at(problems, 'measures[0].benchmarks[1].value')).toEqual(['Must be an ordinary number, not Infinity.']);

    const text = JSON.stringify(editablePack()).replace('"value":24.7', '"value":1e400');
    expect(parseModelPackText(text)).toEqual({
      ok: false,
      problems: [{ path: 'measures[0].benchmarks[0].value', message: 'Must be an ordinary number, not Infinity.' }]
    });
  });

  it('a migration from a later version of the same pack, which would let two versions map into each other', () => {
    const pack = editablePack();
    pack.migrations = [
      { fromVersion: '1.0.1', statements: [] },
      { fromVersion: '0.9.0', statements: [] },
      { fromVersion: '1.0.0-rc.1', statements: [] },
      { fromPackId: 'sfc-official', fromVersion: '2.0.0', statements: [] }
    ];
    const problems = problemsOf(pack);
    expect(problems).toEqual([
      {
        path: 'migrations[0].fromVersion',
        message: "A migration must come from an earlier version, but 1.0.1 is later than this pack's version 1.0.0."
      }
    ]);
  });

  it('a migration that moves or retires an id this pack still uses', () => {
    const pack = editablePack();
    pack.migrations = [
      {
        fromVersion: '0.9.0',
        statements: [
          { from: 'culture.l01', to: 'culture.l02' },
          { from: 'culture.l02', to: 'culture.l01' },
          { from: 'culture.s01', to: null },
          { from: 'culture.s02', to: 'culture.s02' },
          { from: 'culture.old', to: 'culture.s03' }
        ]
      },
      // Another pack's ids are its own: they may look like ours.
      { fromPackId: 'sfc-official', fromVersion: '2.0.0', statements: [{ from: 'culture.l03', to: 'culture.l04' }] }
    ];
    const problems = problemsOf(pack);
    expect(problems.map((p) => p.path)).toEqual([
      'migrations[0].statements[0].from',
      'migrations[0].statements[1].from',
      'migrations[0].statements[2].from'
    ]);
    expect(problems[0].message).toBe(
      "'culture.l01' is still a statement in this pack, so it keeps its meaning and cannot be mapped to another statement or retired. Give a statement whose meaning changed a new id."
    );
  });

  it('a pack where every pillar is cross-cutting', () => {
    const pack = editablePack();
    for (const pillar of pack.pillars) pillar.crossCutting = true;
    expect(at(problemsOf(pack), 'pillars')[0]).toMatch(/At least one pillar must not be cross-cutting/);
  });

  it('something that is not an object at all', () => {
    expect(problemsOf([])).toEqual([{ path: '', message: 'A model pack must be a JSON object ({ … }), not a list.' }]);
    expect(problemsOf(null)).toEqual([{ path: '', message: 'A model pack must be a JSON object ({ … }), not null.' }]);
    expect(problemsOf('pack')).toEqual([{ path: '', message: 'A model pack must be a JSON object ({ … }), not text.' }]);
  });
});

describe('a file with many problems', () => {
  it('reports every problem at once, structural and cross-reference alike', () => {
    const pack = editablePack();
    delete pack.title;
    pack.version = 'one';
    pack.pillars[0].crossCutting = 'yes';
    pack.pillars[1].leaderStatements[6].id = 'culture.l01';
    pack.pillars[2].staffStatements[0].text = 'x'.repeat(400);
    pack.pillars[3].staffStatements[1].qualityStatementIds = ['qs.nope'];
    pack.scales.staff.options[4].value = 4;
    pack.actions[2].statementIds = ['ghost.statement'];
    pack.migrations = [{ fromVersion: '0.1.0', statements: [{ from: 'a', to: 'b' }] }];
    pack.extra = true;
    const problems = problemsOf(pack);
    expect(problems.map((p) => p.path).sort()).toEqual(
      [
        'title',
        'version',
        'pillars[0].crossCutting',
        'pillars[1].leaderStatements[6].id',
        'pillars[2].staffStatements[0].text',
        'pillars[3].staffStatements[1].qualityStatementIds[0]',
        'scales.staff.options[4].value',
        'actions[2].statementIds[0]',
        'migrations[0].statements[0].to',
        'extra'
      ].sort()
    );
    for (const p of problems) expect(formatProblem(p)).toBe(`${p.path}: ${p.message}`);
  });

  it('does not change the input, and gives the same answer every time', () => {
    const pack = editablePack();
    pack.actions[0].statementIds = ['nope'];
    const before = JSON.stringify(pack);
    const first = validateModelPack(pack);
    const second = validateModelPack(pack);
    expect(JSON.stringify(pack)).toBe(before);
    expect(second).toEqual(first);
  });

  it('caps a flood of problems with a last line saying how many more there are', () => {
    const pack = editablePack();
    pack.actions = Array.from({ length: 400 }, (_, i) => ({ id: `a${i}`, title: 'T', description: 'D', statementIds: ['x', 'y', 'z'] }));
    const problems = problemsOf(pack);
    expect(problems).toHaveLength(1001);
    expect(problems[1000]).toEqual({ path: '', message: 'There are 200 more problems not listed here. Fix these first, then check again.' });
  });
});

describe('parseModelPackText', () => {
  it('accepts the default pack as text, with or without a byte order mark', () => {
    const text = JSON.stringify(editablePack(), null, 2);
    expect(parseModelPackText(text).ok).toBe(true);
    expect(parseModelPackText(`\uFEFF${text}`).ok).toBe(true);
  });

  it('reports text that is not JSON with its line and column', () => {
    const result = parseModelPackText('{\n  "id": "x",\n  "title": \'WPQ\'\n}');
    expect(result).toEqual({
      ok: false,
      problems: [
        {
          path: '',
          message: 'The file is not valid JSON: at line 3, column 12 (character 27): text must be in double quotes ("), not single quotes.'
        }
      ]
    });
  });

  it.each([
    ['{"a": 1,}', "line 1, column 9 (character 9): a comma comes just before '}'; JSON does not allow a trailing comma"],
    ['[1, 2,]', "line 1, column 7 (character 7): a comma comes just before ']'; JSON does not allow a trailing comma"],
    ['{"a": 1', "line 1, column 8 (character 8): the file ends too early: a closing '}' is missing"],
    ['{"a": "b\nc"}', 'line 1, column 9 (character 9): text contains a line break or control character; write it as \\n or remove it'],
    ['{a: 1}', "line 1, column 2 (character 2): expected a field name in double quotes but found 'a'"],
    ['{"a" 1}', "line 1, column 6 (character 6): expected ':' after the field name but found '1'"],
    ['{"a": 1} x', "line 1, column 10 (character 10): unexpected 'x' after the end of the JSON data"],
    ['// note\n{}', 'line 1, column 1 (character 1): comments are not allowed in JSON'],
    ['{"a": 01}', "line 1, column 8 (character 8): expected ',' or '}' but found '1'"],
    ['{"a": "\\x"}', 'line 1, column 8 (character 8): a backslash in text must start a valid escape such as \\" or \\n']
  ])('not JSON: %j', (text, where) => {
    const result = parseModelPackText(text);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.problems).toEqual([{ path: '', message: `The file is not valid JSON: at ${where}.` }]);
  });

  it('says so when the file is empty', () => {
    expect(parseModelPackText('  \n')).toEqual({
      ok: false,
      problems: [{ path: '', message: 'The file is empty: a model pack is a JSON object.' }]
    });
  });

  it('refuses text over the size limit before parsing it', () => {
    const big = `{"padding": "${'x'.repeat(DEFAULT_MAX_PACK_BYTES)}"}`;
    expect(parseModelPackText(big)).toEqual({
      ok: false,
      problems: [{ path: '', message: 'The file is too large: 2.0 MB, and the largest model pack accepted is 2.0 MB.' }]
    });
    const small = parseModelPackText(JSON.stringify(editablePack()), 10_000);
    expect(small.ok).toBe(false);
    if (!small.ok) expect(small.problems[0].message).toMatch(/^The file is too large: \d+ kB, and the largest model pack accepted is 10 kB\.$/);
  });

  it('counts the size in UTF-8 bytes, as the file is stored', () => {
    expect(utf8ByteLength('a')).toBe(1);
    expect(utf8ByteLength('é')).toBe(2);
    expect(utf8ByteLength('€')).toBe(3);
    expect(utf8ByteLength('😀')).toBe(4);
    expect(utf8ByteLength('aé€😀')).toBe(10);
  });

  it('finds no syntax error in valid JSON, including deeply nested JSON', () => {
    expect(findJsonSyntaxError('{"a": [1, -2.5e3, true, false, null, "\\u00e9"]}')).toBeNull();
    const deep = `${'['.repeat(100_000)}${']'.repeat(100_000)}`;
    expect(findJsonSyntaxError(deep)).toBeNull();
    expect(findJsonSyntaxError(`${'['.repeat(100_000)}`)?.message).toBe("the file ends too early: a closing ']' is missing");
  });
});
