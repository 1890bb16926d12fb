import { spawn, type ChildProcessWithoutNullStreams } from 'child_process';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { parseArgs, UsageError } from '../../sharepoint/local-server/cli';
import { digest, raw, sp, start } from './helpers';

const root = path.resolve(__dirname, '..', '..');
let dir: string;

beforeAll(() => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'wpq-local-sp-'));
});
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

describe('persistence', () => {
  it('keeps lists, columns, items, versions and the id counter across a restart', async () => {
    const dbFile = path.join(dir, 'nested', 'site.db');
    const first = await start({ dbFile });
    const s = sp(first);
    await s.web.lists.add('Kept', 'persisted', 100, false, { ReadSecurity: 2 });
    await s.web.lists.getByTitle('Kept').fields.createFieldAsXml({ SchemaXml: '<Field Type="Number" Name="Score" DisplayName="Score" Indexed="TRUE" />', Options: 8 });
    const a = await s.web.lists.getByTitle('Kept').items.add({ Title: 'a', Score: 1 });
    await s.web.lists.getByTitle('Kept').items.getById(a.Id).update({ Score: 2 });
    const b = await s.web.lists.getByTitle('Kept').items.add({ Title: 'b', Score: 3 });
    const c = await s.web.lists.getByTitle('Kept').items.add({ Title: 'c' });
    await s.web.lists.getByTitle('Kept').items.getById(c.Id).recycle();
    first.bulkInsert('Kept', [{ Title: 'bulk 1' }, { Title: 'bulk 2' }], 'worker1');
    await s.web.lists.getByTitle('Kept').items.getById(b.Id).delete();
    const webBefore = await s.web();
    const token = await digest(first);
    await first.close();

    const second = await start({ dbFile });
    try {
      const s2 = sp(second);
      const web = await s2.web();
      expect(web.Id).toBe(webBefore.Id);
      const list = await s2.web.lists.getByTitle('Kept').select('Description', 'ReadSecurity', 'ItemCount')();
      expect(list).toMatchObject({ Description: 'persisted', ReadSecurity: 2, ItemCount: 3 });
      const field = await s2.web.lists.getByTitle('Kept').fields.getByInternalNameOrTitle('Score')();
      expect(field.Indexed).toBe(true);
      const items = await s2.web.lists.getByTitle('Kept').items.select('Id', 'Title', 'Score', 'OData__UIVersionString', 'AuthorId')();
      expect(items.map((i: { Title: string }) => i.Title)).toEqual(['a', 'bulk 1', 'bulk 2']);
      expect(items[0]).toMatchObject({ Score: 2, OData__UIVersionString: '2.0' });
      expect(items[1].AuthorId).toBe(12);
      const next = await s2.web.lists.getByTitle('Kept').items.add({ Title: 'after restart' });
      expect(next.Id).toBe(6);
      // A digest issued before the restart is still valid (the browser keeps it for 30 minutes).
      const r = await raw(second, 'POST', "/_api/web/lists/getByTitle('Kept')/items", { body: { Title: 'old digest' }, headers: { 'X-RequestDigest': token } });
      expect(r.status).toBe(201);
    } finally {
      await second.close();
    }
  });

  it('keeps nothing in memory mode', async () => {
    const one = await start();
    await sp(one).web.lists.add('Ephemeral');
    await one.close();
    const two = await start();
    try {
      expect((await sp(two).web.lists()).map((l) => l.Title)).not.toContain('Ephemeral');
    } finally {
      await two.close();
    }
  });

  it('validates bulkInsert like a REST add and stores nothing on failure', async () => {
    const s = await start();
    try {
      await sp(s).web.lists.add('Bulk');
      await sp(s).web.lists.getByTitle('Bulk').fields.createFieldAsXml({ SchemaXml: '<Field Type="Number" Name="N" DisplayName="N" />', Options: 8 });
      expect(() => s.bulkInsert('Bulk', [{ Title: 'ok', N: 1 }, { Title: 'bad', N: 'x' }])).toThrow("Cannot convert a primitive value to the expected type 'Edm.Double'");
      expect(() => s.bulkInsert('Nope', [{ Title: 'x' }])).toThrow("no list titled 'Nope'");
      expect(() => s.bulkInsert('Bulk', [{ Title: 'x' }], 'quality')).toThrow('Access denied');
      expect((await sp(s).web.lists.getByTitle('Bulk').select('ItemCount')()).ItemCount).toBe(0);
      expect(s.bulkInsert('Bulk', [{ Title: 'one' }, { Title: 'two', N: 2 }])).toEqual([1, 2]);
    } finally {
      await s.close();
    }
  });
});

describe('command line', () => {
  it('parses options and refuses bad arguments with clear messages', () => {
    expect(parseArgs(['--port', '0', '--memory', '--latency', '20-80', '--faults', '0.1']).options).toEqual({
      port: 0,
      latencyMs: { min: 20, max: 80 },
      faults: { share: 0.1 }
    });
    expect(parseArgs(['--db', 'x.db', '--latency', '5']).options).toMatchObject({ dbFile: path.resolve('x.db'), latencyMs: 5 });
    expect(parseArgs([]).options.dbFile).toBe(path.resolve('.data/local-sharepoint.db'));
    expect(parseArgs(['--help']).help).toBe(true);
    expect(() => parseArgs(['--port', 'abc'])).toThrow(UsageError);
    expect(parseArgs(['--memory', '--faults', '0.2', '--fault-statuses', '429,503', '--retry-after', '3', '--drops', '0.05', '--seed', '7']).options.faults).toEqual({
      share: 0.2,
      statuses: [429, 503],
      retryAfterSeconds: 3,
      dropShare: 0.05,
      seed: 7
    });
    expect(parseArgs(['--memory', '--drops', '0.1']).options.faults).toEqual({ share: 0, dropShare: 0.1 });
    expect(parseArgs(['--memory', '--lost-replies', '0.05']).options.faults).toEqual({ share: 0, lostReplyShare: 0.05 });
    expect(() => parseArgs(['--faults', '0.6', '--lost-replies', '0.6'])).toThrow('together cannot exceed 1');
    expect(() => parseArgs(['--faults', '2'])).toThrow('--faults must be a share between 0 and 1');
    expect(() => parseArgs(['--drops', '-1'])).toThrow("--drops must be a share between 0 and 1 (e.g. 0.1), not '-1'.");
    expect(() => parseArgs(['--faults', '1', '--fault-statuses', '500'])).toThrow("--fault-statuses must be 429, 503 or both");
    expect(() => parseArgs(['--faults', '1', '--retry-after', '1.5'])).toThrow("--retry-after must be seconds (e.g. 2), not '1.5'.");
    expect(() => parseArgs(['--retry-after', '2'])).toThrow('need --faults, --drops or --lost-replies');
    expect(() => parseArgs(['--latency', 'fast'])).toThrow('--latency must be milliseconds');
    expect(() => parseArgs(['--memory', '--db', 'x'])).toThrow('cannot be used together');
    expect(() => parseArgs(['--bogus'])).toThrow("Unknown argument '--bogus'");
  });

  const tsx = path.join(root, 'node_modules', '.bin', 'tsx');
  const cli = path.join(root, 'sharepoint', 'local-server', 'cli.ts');

  function run(args: string[]): Promise<{ code: number | null; stdout: string; stderr: string }> {
    return new Promise((resolve) => {
      const child = spawn(tsx, [cli, ...args], { cwd: dir });
      let stdout = '';
      let stderr = '';
      child.stdout.on('data', (d: Buffer) => (stdout += d.toString()));
      child.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
      child.on('close', (code) => resolve({ code, stdout, stderr }));
    });
  }

  /** What the server prints before anything else: the one line saying where it listens. */
  function firstLine(child: ChildProcessWithoutNullStreams): Promise<string> {
    return new Promise<string>((resolve, reject) => {
      let out = '';
      child.stdout.on('data', (d: Buffer) => {
        out += d.toString();
        if (out.includes('\n')) resolve(out);
      });
      child.on('close', () => reject(new Error(`CLI exited early: ${out}`)));
    });
  }

  /** Stops the server as a service manager would, and gives its exit code. */
  function stopWithSigterm(child: ChildProcessWithoutNullStreams): Promise<number | null> {
    const exited = new Promise<number | null>((resolve) => child.on('close', resolve));
    child.kill('SIGTERM');
    return exited;
  }

  it('prints usage for --help and exits 2 on a bad argument', async () => {
    const help = await run(['--help']);
    expect(help.code).toBe(0);
    expect(help.stdout).toContain('Usage: npm run local-sharepoint');
    const bad = await run(['--port', 'seventy']);
    expect(bad.code).toBe(2);
    expect(bad.stderr).toContain("--port must be a whole number from 0 to 65535, not 'seventy'.");
  }, 30000);

  it('answers with the fault status and Retry-After asked for on the command line', async () => {
    const child = spawn(tsx, [cli, '--port', '0', '--memory', '--faults', '1', '--fault-statuses', '503', '--retry-after', '4'], { cwd: dir });
    try {
      const line = await firstLine(child);
      const url = /at (\S+)\n$/.exec(line)![1];
      const r = await fetch(`${url}/_api/web`, { headers: { accept: 'application/json' } });
      expect(r.status).toBe(503);
      expect(r.headers.get('retry-after')).toBe('4');
      expect(await stopWithSigterm(child)).toBe(0);
    } finally {
      if (child.exitCode === null) child.kill('SIGKILL');
    }
  }, 30000);

  it('prints exactly one line, serves SharePoint, creates the default db folder and stops on SIGTERM', async () => {
    const child = spawn(tsx, [cli, '--port', '0'], { cwd: dir });
    try {
      const line = await firstLine(child);
      const m = /^Local SharePoint listening at (http:\/\/127\.0\.0\.1:\d+\/sites\/wpq)\n$/.exec(line);
      expect(m).not.toBeNull();
      const r = await fetch(`${m![1]}/_api/web`, { headers: { accept: 'application/json' } });
      expect(r.status).toBe(200);
      expect(fs.existsSync(path.join(dir, '.data', 'local-sharepoint.db'))).toBe(true);
      expect(await stopWithSigterm(child)).toBe(0);
    } finally {
      if (child.exitCode === null) child.kill('SIGKILL');
    }
  }, 30000);
});
