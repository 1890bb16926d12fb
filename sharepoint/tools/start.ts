import * as fs from 'fs';
import * as path from 'path';
import { dataDir, startLocalHost } from './localHost';

/**
 * `npm start`: the local trial. Builds the page, starts the local SharePoint-compatible server
 * with data kept in .data/ between runs, and prints the address to open.
 */
async function main(): Promise<void> {
  const args = process.argv.slice(2);
  const portIndex = args.indexOf('--port');
  const port = portIndex >= 0 ? Number(args[portIndex + 1]) : Number(process.env.PORT ?? 4400);
  if (!Number.isInteger(port) || port < 0 || port > 65535) {
    console.error(`--port must be a whole number from 0 to 65535; got "${args[portIndex + 1] ?? process.env.PORT}".`);
    process.exit(2);
  }
  fs.mkdirSync(dataDir, { recursive: true });
  const host = await startLocalHost({ port, dbFile: path.join(dataDir, 'local-sharepoint.db') });
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
