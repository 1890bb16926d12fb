import * as fs from 'fs';
import * as path from 'path';
import { dataDir, startLocalHost } from './localHost';
import { parseArgs, UsageError } from '../local-server/cli';

/**
 * `npm start`: the local trial. Builds the page, starts the local SharePoint-compatible server
 * with data kept in .data/ between runs, and prints the address to open. It takes the local
 * server's options too (`npm start -- --latency 200-800 --faults 0.1`), so anyone can watch the app
 * on a slow or unreliable connection.
 */
async function main(): Promise<void> {
  const args = process.argv.slice(2);
  let parsed: ReturnType<typeof parseArgs>;
  try {
    parsed = parseArgs(args);
  } catch (error) {
    if (!(error instanceof UsageError)) throw error;
    console.error(`${error.message} Run \`npm run local-sharepoint -- --help\` to see every option.`);
    process.exit(2);
  }
  if (parsed.help) {
    console.log('npm start -- [--port <n>] [--latency <ms>|<min>-<max>] [--faults <share>] [--drops <share>] [--lost-replies <share>] [...]');
    console.log('Every option of `npm run local-sharepoint -- --help` is accepted; --port defaults to 4400 (or PORT).');
    return;
  }
  const { options } = parsed;
  const port = args.includes('--port') ? (options.port ?? 0) : Number(process.env.PORT ?? 4400);
  if (!Number.isInteger(port) || port < 0 || port > 65535) {
    console.error(`PORT must be a whole number from 0 to 65535; got "${process.env.PORT}".`);
    process.exit(2);
  }
  const memory = args.includes('--memory');
  if (!memory) fs.mkdirSync(dataDir, { recursive: true });
  const dbFile = memory ? undefined : args.includes('--db') ? options.dbFile : path.join(dataDir, 'local-sharepoint.db');
  const host = await startLocalHost({ port, dbFile, latencyMs: options.latencyMs, faults: options.faults });
  console.log(`WPQ is running locally at ${host.url}`);
  console.log(`Press Ctrl+C to stop. Your data stays in ${path.relative(process.cwd(), dataDir) || '.'}/ until you run \`npm run reset\`.`);
  const stop = (): void => {
    host.close().then(
      () => process.exit(0),
      () => process.exit(1)
    );
  };
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);
}

main().catch((error: NodeJS.ErrnoException) => {
  if (error.code === 'EADDRINUSE') {
    console.error('Could not start WPQ locally: the port is already in use. Choose another with `npm start -- --port 5000`.');
  } else {
    console.error(`Could not start WPQ locally: ${error.message}`);
  }
  process.exit(1);
});
