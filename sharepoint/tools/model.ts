/**
 * Model pack tools on the command line.
 *
 *   npm run model -- validate <file.json>          check a pack; every problem on its own line
 *   npm run model -- export <file.json> [--force]  write WPQ's default pack as JSON
 *   npm run model -- --help
 *
 * Exit codes: 0 success, 1 the pack or file has problems, 2 the command was not understood.
 */
import * as fs from 'fs';
import * as path from 'path';
import { ModelPack, corePillars, crossCuttingThemes, defaultPack } from '../../src/model';
import { DEFAULT_MAX_PACK_BYTES, formatProblem, parseModelPackText, tooLargeMessage, validateModelPack } from '../../src/model/validate';
import { packContentHash } from '../../src/domain';

const USAGE = `Usage:
  npm run model -- validate <file.json>          Check a model pack and list every problem.
  npm run model -- export <file.json> [--force]  Write WPQ's default model pack as JSON.
                                                 --force replaces an existing file.
  npm run model -- --help                        Show this help.

Exit codes: 0 when all is well, 1 when the pack or file has problems, 2 when the command is not understood.`;

export interface CliIo {
  out: (line: string) => void;
  err: (line: string) => void;
}

const consoleIo: CliIo = {
  out: (line) => process.stdout.write(`${line}\n`),
  err: (line) => process.stderr.write(`${line}\n`)
};

function describeFsError(file: string, error: unknown): string {
  const code = (error as NodeJS.ErrnoException | undefined)?.code;
  if (code === 'ENOENT') return `Cannot read ${file}: there is no such file.`;
  if (code === 'EACCES' || code === 'EPERM') return `Cannot read ${file}: permission denied.`;
  if (code === 'EISDIR') return `Cannot read ${file}: it is a folder, not a file.`;
  return `Cannot read ${file}: ${(error as Error | undefined)?.message ?? String(error)}`;
}

function summary(pack: ModelPack): string {
  const pillars = corePillars(pack);
  const themes = crossCuttingThemes(pack);
  const leaders = pack.pillars.reduce((n, p) => n + p.leaderStatements.length, 0);
  const staff = pack.pillars.reduce((n, p) => n + p.staffStatements.length, 0);
  return (
    `Valid model pack ${pack.id} ${pack.version}: ${pillars.length} pillars, ${themes.length} cross-cutting ` +
    `${themes.length === 1 ? 'theme' : 'themes'}, ${leaders} leaders' statements, ${staff} staff statements, ` +
    `${pack.measures.length} measures, ${pack.actions.length} suggested actions (content hash ${packContentHash(pack)}).`
  );
}

function validate(file: string, io: CliIo): number {
  let stat: fs.Stats;
  try {
    stat = fs.statSync(file);
  } catch (error) {
    io.err(describeFsError(file, error));
    return 1;
  }
  if (stat.isDirectory()) {
    io.err(`Cannot read ${file}: it is a folder, not a file.`);
    return 1;
  }
  // Refuse before reading, so a huge file is never loaded into memory.
  if (stat.size > DEFAULT_MAX_PACK_BYTES) {
    io.out(`(whole file): ${tooLargeMessage(stat.size)}`);
    return 1;
  }
  let text: string;
  try {
    text = fs.readFileSync(file, 'utf8');
  } catch (error) {
    io.err(describeFsError(file, error));
    return 1;
  }
  const result = parseModelPackText(text);
  if (result.ok) {
    io.out(summary(result.pack));
    return 0;
  }
  for (const problem of result.problems) io.out(formatProblem(problem));
  const n = result.problems.length;
  io.err(`${file} is not a valid model pack: ${n} ${n === 1 ? 'problem' : 'problems'} found.`);
  return 1;
}

function exportDefault(file: string, force: boolean, io: CliIo): number {
  const checked = validateModelPack(JSON.parse(JSON.stringify(defaultPack)));
  if (!checked.ok) {
    // Guarded by tests; kept so a broken default pack can never be written silently.
    for (const problem of checked.problems) io.err(formatProblem(problem));
    io.err('The default model pack did not pass its own checks, so nothing was written.');
    return 1;
  }
  if (!force && fs.existsSync(file)) {
    io.err(`${file} already exists. Add --force to replace it.`);
    return 1;
  }
  try {
    fs.writeFileSync(file, `${JSON.stringify(defaultPack, null, 2)}\n`, 'utf8');
  } catch (error) {
    io.err(`Cannot write ${file}: ${(error as Error).message}`);
    return 1;
  }
  io.out(`Wrote the default model pack (${defaultPack.id} ${defaultPack.version}) to ${path.resolve(file)}.`);
  return 0;
}

/** Runs the command line with the given arguments; returns the exit code. */
export function runModelCli(args: readonly string[], io: CliIo = consoleIo): number {
  if (args.some((a) => a === '--help' || a === '-h') || args[0] === 'help') {
    io.out(USAGE);
    return 0;
  }
  const force = args.indexOf('--force') >= 0;
  const unknownOption = args.find((a) => a.startsWith('-') && a !== '--force');
  const positional = args.filter((a) => !a.startsWith('-'));
  const [command, file, ...rest] = positional;
  if (unknownOption !== undefined) {
    io.err(`Unknown option: ${unknownOption}\n\n${USAGE}`);
    return 2;
  }
  if (command === undefined) {
    io.err(USAGE);
    return 2;
  }
  if (command !== 'validate' && command !== 'export') {
    io.err(`Unknown command: ${command}\n\n${USAGE}`);
    return 2;
  }
  if (file === undefined || rest.length > 0) {
    io.err(`${command} needs exactly one file name.\n\n${USAGE}`);
    return 2;
  }
  if (force && command !== 'export') {
    io.err(`--force only applies to export.\n\n${USAGE}`);
    return 2;
  }
  return command === 'validate' ? validate(file, io) : exportDefault(file, force, io);
}

if (require.main === module) {
  process.exitCode = runModelCli(process.argv.slice(2));
}
