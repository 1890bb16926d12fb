import { resolve } from 'node:path';
import type { FaultOptions } from './faults';
import { LocalSharePointOptions, startLocalSharePoint } from './index';

const USAGE = `Usage: npm run local-sharepoint -- [options]

Starts the local SharePoint-compatible server and prints its site URL.

Options:
  --port <n>              Port to listen on (0 picks a free port; default 0)
  --host <address>        Address to listen on (default 127.0.0.1)
  --memory                Keep everything in memory (nothing is saved)
  --db <file>             SQLite file (default .data/local-sharepoint.db)
  --latency <ms>|<min>-<max>
                          Delay every answer by a fixed or random number of milliseconds
  --faults <share>        Answer this share (0 to 1) of requests with a throttling status
  --fault-statuses <list> Which statuses --faults answers with: 429, 503 or 429,503 (default 429)
  --retry-after <s>       The Retry-After those answers carry, in whole seconds (default 1)
  --drops <share>         Drop this share (0 to 1) of connections without an answer
  --lost-replies <share>  Carry out this share (0 to 1) of requests, then lose their answer
  --seed <n>              Make the random faults the same on every run
  --help                  Show this help
`;

export class UsageError extends Error {}

function takeValue(args: string[], i: number, name: string): string {
  const v = args[i + 1];
  if (v === undefined || v.startsWith('--')) throw new UsageError(`${name} needs a value.`);
  return v;
}

function share(v: string, name: string): number {
  const n = Number(v);
  if (v.trim() === '' || !Number.isFinite(n) || n < 0 || n > 1) throw new UsageError(`${name} must be a share between 0 and 1 (e.g. 0.1), not '${v}'.`);
  return n;
}

function wholeNumber(v: string, name: string, expected: string): number {
  if (!/^\d+$/.test(v) || !Number.isSafeInteger(Number(v))) throw new UsageError(`${name} must be ${expected}, not '${v}'.`);
  return Number(v);
}

/** Parses command-line arguments into server options; throws UsageError with a clear message. */
export function parseArgs(args: string[]): { help: boolean; options: LocalSharePointOptions } {
  const options: LocalSharePointOptions = {};
  const faults: Partial<FaultOptions> = {};
  let memory = false;
  let db: string | undefined;
  for (let i = 0; i < args.length; i++) {
    const a = args[i];
    switch (a) {
      case '--help':
      case '-h':
        return { help: true, options };
      case '--port': {
        const v = takeValue(args, i++, '--port');
        if (!/^\d+$/.test(v) || Number(v) > 65535) throw new UsageError(`--port must be a whole number from 0 to 65535, not '${v}'.`);
        options.port = Number(v);
        break;
      }
      case '--host':
        options.host = takeValue(args, i++, '--host');
        break;
      case '--memory':
        memory = true;
        break;
      case '--db':
        db = takeValue(args, i++, '--db');
        break;
      case '--latency': {
        const v = takeValue(args, i++, '--latency');
        const range = /^(\d+)-(\d+)$/.exec(v);
        if (range) {
          const min = Number(range[1]);
          const max = Number(range[2]);
          if (min > max) throw new UsageError(`--latency range '${v}' must have min <= max.`);
          options.latencyMs = { min, max };
        } else if (/^\d+$/.test(v)) {
          options.latencyMs = Number(v);
        } else {
          throw new UsageError(`--latency must be milliseconds (e.g. 50) or a range (e.g. 20-80), not '${v}'.`);
        }
        break;
      }
      case '--faults':
        faults.share = share(takeValue(args, i++, a), a);
        break;
      case '--drops':
        faults.dropShare = share(takeValue(args, i++, a), a);
        break;
      case '--lost-replies':
        faults.lostReplyShare = share(takeValue(args, i++, a), a);
        break;
      case '--fault-statuses': {
        const v = takeValue(args, i++, a);
        const statuses = v.split(',').map((x) => x.trim());
        if (statuses.some((x) => x !== '429' && x !== '503')) {
          throw new UsageError(`--fault-statuses must be 429, 503 or both separated by a comma (e.g. 429,503), not '${v}'.`);
        }
        faults.statuses = [...new Set(statuses.map((x) => Number(x) as 429 | 503))];
        break;
      }
      case '--retry-after':
        faults.retryAfterSeconds = wholeNumber(takeValue(args, i++, a), a, 'seconds (e.g. 2)');
        break;
      case '--seed':
        faults.seed = wholeNumber(takeValue(args, i++, a), a, 'a whole number (e.g. 42)');
        break;
      default:
        throw new UsageError(`Unknown argument '${a}'.`);
    }
  }
  if (memory && db !== undefined) throw new UsageError('--memory and --db cannot be used together.');
  if (Object.keys(faults).length > 0) {
    if (faults.share === undefined && faults.dropShare === undefined && faults.lostReplyShare === undefined) {
      throw new UsageError('--fault-statuses, --retry-after and --seed need --faults, --drops or --lost-replies to say how many requests to fail.');
    }
    if ((faults.share ?? 0) + (faults.dropShare ?? 0) + (faults.lostReplyShare ?? 0) > 1) {
      throw new UsageError('--faults, --drops and --lost-replies together cannot exceed 1.');
    }
    options.faults = { ...faults, share: faults.share ?? 0 };
  }
  if (!memory) options.dbFile = resolve(db ?? '.data/local-sharepoint.db');
  return { help: false, options };
}

async function main(): Promise<void> {
  let parsed: ReturnType<typeof parseArgs>;
  try {
    parsed = parseArgs(process.argv.slice(2));
  } catch (e) {
    process.stderr.write(`${e instanceof Error ? e.message : String(e)}\n\n${USAGE}`);
    process.exit(2);
  }
  if (parsed.help) {
    process.stdout.write(USAGE);
    return;
  }
  const server = await startLocalSharePoint(parsed.options);
  process.stdout.write(`Local SharePoint listening at ${server.siteUrl}\n`);
  let stopping = false;
  const stop = () => {
    if (stopping) return;
    stopping = true;
    server.close().then(
      () => process.exit(0),
      () => process.exit(1)
    );
  };
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);
}

if (require.main === module) {
  main().catch((e: unknown) => {
    process.stderr.write(`Local SharePoint could not start: ${e instanceof Error ? e.message : String(e)}\n`);
    process.exit(1);
  });
}
