/**
 * The model pack command line, end to end: `tsx sharepoint/tools/model.ts` on temporary files.
 * The project's own tsx binary is called directly (what `npx tsx` resolves to, without npx's start-up cost).
 */
import { execFile } from 'child_process';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { defaultPack } from '../../src/model';

jest.setTimeout(60_000);

const ROOT = path.resolve(__dirname, '../..');
const TSX = path.join(ROOT, 'node_modules', '.bin', process.platform === 'win32' ? 'tsx.cmd' : 'tsx');

interface Run {
  code: number;
  stdout: string;
  stderr: string;
}

function run(...args: string[]): Promise<Run> {
  return new Promise((resolve) => {
    execFile(TSX, ['sharepoint/tools/model.ts', ...args], { cwd: ROOT }, (error, stdout, stderr) => {
      const code = error ? (typeof error.code === 'number' ? error.code : 1) : 0;
      resolve({ code, stdout, stderr });
    });
  });
}

let dir: string;
/** Runs that do not depend on each other start together, to keep the suite quick. */
const started: Record<string, Promise<Run>> = {};
beforeAll(() => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'wpq-model-cli-'));

  const pack = JSON.parse(JSON.stringify(defaultPack));
  delete pack.title;
  pack.actions[0].statementIds = ['culture.l99'];
  pack.scales.staff.options[1].value = 1;
  pack.pillars[0].crossCutting = 'no';
  pack.pillars[1].leaderStatements[6].id = 'culture.l01';
  pack.pillars[2].staffStatements[0].qualityStatementIds = ['qs.made-up'];
  pack.pillars[3].staffStatements[0].text = 'x'.repeat(301);
  fs.writeFileSync(path.join(dir, 'invalid.json'), JSON.stringify(pack));
  fs.writeFileSync(path.join(dir, 'broken.json'), '{\n  "id": "wpq",\n  "version": "1.0.0",\n}\n');
  fs.writeFileSync(path.join(dir, 'large.json'), `{"padding": "${'x'.repeat(2_100_000)}"}`);

  started.invalid = run('validate', path.join(dir, 'invalid.json'));
  started.broken = run('validate', path.join(dir, 'broken.json'));
  started.large = run('validate', path.join(dir, 'large.json'));
  started.missing = run('validate', path.join(dir, 'missing.json'));
  started.help = run('--help');
  started.unknown = run('publish', 'x.json');
});
afterAll(() => {
  fs.rmSync(dir, { recursive: true, force: true });
});

describe('npm run model', () => {
  it('exports the default pack, refuses to overwrite it without --force, and the export validates', async () => {
    const file = path.join(dir, 'default.json');
    const exported = await run('export', file);
    expect(exported.code).toBe(0);
    expect(exported.stdout).toMatch(/Wrote the default model pack \(wpq-default 1\.0\.0\)/);
    expect(JSON.parse(fs.readFileSync(file, 'utf8'))).toEqual(JSON.parse(JSON.stringify(defaultPack)));

    fs.writeFileSync(file, '{"keep": "me"}');
    const again = await run('export', file);
    expect(again.code).toBe(1);
    expect(again.stderr).toMatch(/already exists\. Add --force to replace it\./);
    expect(fs.readFileSync(file, 'utf8')).toBe('{"keep": "me"}');

    const forced = await run('export', file, '--force');
    expect(forced.code).toBe(0);

    const validated = await run('validate', file);
    expect(validated.code).toBe(0);
    expect(validated.stdout.trim().split('\n')).toHaveLength(1);
    expect(validated.stdout).toMatch(
      /^Valid model pack wpq-default 1\.0\.0: 4 pillars, 1 cross-cutting theme, 34 leaders' statements, 25 staff statements, 12 measures, 15 suggested actions \(content hash fnv1a64:[0-9a-f]{16}\)\.\n$/
    );
  });

  it('lists every problem of an invalid pack, one `path: message` per line, and exits 1', async () => {
    const result = await started.invalid;
    expect(result.code).toBe(1);
    expect(result.stdout.trim().split('\n').sort()).toEqual(
      [
        'title: This required field is missing.',
        "actions[0].statementIds[0]: Points at statement 'culture.l99', which is not in this pack.",
        'scales.staff.options[1].value: The value 1 is used by more than one option (also at scales.staff.options[0].value). Each option needs its own value.',
        'pillars[0].crossCutting: Should be true or false, not text.',
        "pillars[1].leaderStatements[6].id: The id 'culture.l01' is used more than once: it is already the id of a statement at pillars[0].leaderStatements[0].id. Every id in a pack must be unique.",
        "pillars[2].staffStatements[0].qualityStatementIds[0]: 'qs.made-up' is not a quality statement in this pack's CQC catalogue.",
        'pillars[3].staffStatements[0].text: Text is too long: 301 characters, and the most allowed is 300.'
      ].sort()
    );
    expect(result.stderr).toMatch(/is not a valid model pack: 7 problems found\./);
  });

  it('says where a file stops being JSON', async () => {
    const result = await started.broken;
    expect(result.code).toBe(1);
    expect(result.stdout).toBe(
      "(whole file): The file is not valid JSON: at line 4, column 1 (character 40): a comma comes just before '}'; JSON does not allow a trailing comma.\n"
    );
  });

  it('refuses a file that is too large without reading it', async () => {
    const result = await started.large;
    expect(result.code).toBe(1);
    expect(result.stdout).toBe('(whole file): The file is too large: 2.1 MB, and the largest model pack accepted is 2.0 MB.\n');
  });

  it('says clearly when the file cannot be read', async () => {
    const result = await started.missing;
    expect(result.code).toBe(1);
    expect(result.stderr).toMatch(/missing\.json: there is no such file\./);
  });

  it('shows help, and usage with exit code 2 for an unknown command', async () => {
    const [help, unknown] = await Promise.all([started.help, started.unknown]);
    expect(help.code).toBe(0);
    expect(help.stdout).toMatch(/npm run model -- validate <file\.json>/);
    expect(help.stdout).toMatch(/npm run model -- export <file\.json> \[--force\]/);
    expect(unknown.code).toBe(2);
    expect(unknown.stderr).toMatch(/^Unknown command: publish\n\nUsage:/);
  });
});
