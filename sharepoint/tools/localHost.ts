import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import type * as http from 'http';
import { build } from 'esbuild';
import { InjectHeaders } from '@pnp/queryable';
import { startLocalSharePoint, type LocalSharePoint, type LocalSharePointOptions } from '../local-server';
import { createSp } from '../../src/data/sp';
import { LOCAL_PAGE_LOCALE, localStringsFor } from '../../src/loc/local';
import type { LocalUserOption } from '../../src/hosts/local/LocalBar';
import { setUpLocalSite } from './demoData';

/** The project root, whichever folder a command is started from. */
export const projectRoot = path.resolve(__dirname, '..', '..');
/** Where `npm start` keeps its data between runs (git-ignored). */
/** Where `npm start` keeps the local site between runs; WPQ_DATA_DIR moves it (the tests use a temporary folder). */
export const dataDir = process.env.WPQ_DATA_DIR ? path.resolve(process.env.WPQ_DATA_DIR) : path.join(projectRoot, '.data');
/**
 * Where local pages are built: each running host has its own folder, so two never delete each other's
 * files, and outside the project's temp/, which `gulp clean` (npm run package) empties while a host runs.
 */
const pagesDir = path.join(os.tmpdir(), 'wpq-local-host');
let builds = 0;
/** The app's colour icon, also the local page's favicon. */
const TEAMS_COLOUR_ICON = 'ffd5b689-09be-4e39-a16b-d830fedc81c9_color.png';

export interface LocalHostOptions {
  port?: number;
  /** SQLite file of the local server; omitted means in memory (tests). */
  dbFile?: string;
  latencyMs?: LocalSharePointOptions['latencyMs'];
  faults?: LocalSharePointOptions['faults'];
  /**
   * Run WPQ's own site set-up as the manager and, on an empty site, load the Meadowbank Care demo
   * data (default true). False leaves the site as a new SharePoint site is: nothing set up.
   */
  demo?: boolean;
  /**
   * Set the tenant property wpqDataSiteUrl to the local site, as a tenant administrator would
   * (default true), so that the Teams personal app and meeting panel of the local page find their data.
   */
  dataSiteProperty?: boolean;
}

export interface LocalHost {
  /** The page to open. */
  url: string;
  server: LocalSharePoint;
  close(): Promise<void>;
}

const contentTypes: Record<string, string> = {
  '.js': 'text/javascript; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.html': 'text/html; charset=utf-8',
  '.png': 'image/png',
  '.svg': 'image/svg+xml'
};

function escapeHtml(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}

const indexHtml = `<!doctype html>
<html lang="${escapeHtml(LOCAL_PAGE_LOCALE)}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${escapeHtml(localStringsFor(LOCAL_PAGE_LOCALE).localPageTitle)}</title>
<style>html, body, #root { margin: 0; height: 100%; font-family: "Segoe UI", system-ui, sans-serif; }</style>
</head>
<body>
<div id="root"></div>
<script type="module" src="/app/index.js"></script>
</body>
</html>
`;

/** Bundles the local page (the shared UI plus the local host entry) with esbuild. */
export async function buildLocalPage(pageDir: string): Promise<void> {
  fs.rmSync(pageDir, { recursive: true, force: true });
  await build({
    absWorkingDir: projectRoot,
    entryPoints: { index: 'src/hosts/local/index.tsx' },
    bundle: true,
    splitting: true,
    format: 'esm',
    minify: true,
    sourcemap: true,
    target: 'es2019',
    define: { 'process.env.NODE_ENV': '"production"' },
    outdir: pageDir,
    logLevel: 'warning'
  });
}

function send(res: http.ServerResponse, status: number, type: string, body: string | Buffer): void {
  res.writeHead(status, { 'Content-Type': type, 'Cache-Control': 'no-store' });
  res.end(body);
}

/**
 * Starts the local SharePoint-compatible server and serves the local page on the same origin,
 * so the page's requests carry the acting-user cookie like a signed-in SharePoint session.
 */
export async function startLocalHost(options: LocalHostOptions = {}): Promise<LocalHost> {
  const pageDir = path.join(pagesDir, `${process.pid}-${++builds}`);
  await buildLocalPage(pageDir);
  let server: LocalSharePoint | undefined;
  const serveStatic = (req: http.IncomingMessage, res: http.ServerResponse): boolean => {
    const url = new URL(req.url ?? '/', 'http://localhost');
    if (req.method !== 'GET' && req.method !== 'HEAD') {
      return false;
    }
    if (url.pathname === '/' || url.pathname === '/index.html') {
      send(res, 200, contentTypes['.html'], indexHtml);
      return true;
    }
    if (url.pathname === '/favicon.ico') {
      send(res, 200, contentTypes['.png'], fs.readFileSync(path.join(projectRoot, 'teams', TEAMS_COLOUR_ICON)));
      return true;
    }
    if (url.pathname === '/local/config.json' && server) {
      // The page names each user's part in the trial from its own strings, by their part or permission level.
      const users = server.users.map(
        ({ key, title, email, loginName, permissionLevel, part }): LocalUserOption => ({ key, title, email, loginName, permissionLevel, ...(part ? { part } : {}) })
      );
      send(res, 200, 'application/json; charset=utf-8', JSON.stringify({ siteUrl: server.siteUrl, users }));
      return true;
    }
    if (url.pathname.startsWith('/app/')) {
      const file = path.normalize(path.join(pageDir, url.pathname.slice('/app/'.length)));
      // Never serve anything outside the built page folder.
      if (file.startsWith(pageDir + path.sep) && fs.existsSync(file) && fs.statSync(file).isFile()) {
        send(res, 200, contentTypes[path.extname(file)] ?? 'application/octet-stream', fs.readFileSync(file));
        return true;
      }
    }
    return false;
  };

  server = await startLocalSharePoint({
    port: options.port ?? 0,
    dbFile: options.dbFile,
    latencyMs: options.latencyMs,
    faults: options.faults,
    siteTitle: 'Meadowbank Care',
    fallback: serveStatic
  });
  const started = server;
  if (options.dataSiteProperty ?? true) started.setTenantProperty('wpqDataSiteUrl', started.siteUrl);
  if (options.demo ?? true) {
    try {
      const manager = createSp({ pageContext: { web: { absoluteUrl: started.siteUrl } } }).using(
        InjectHeaders({ 'X-WPQ-User': 'manager' })
      );
      await setUpLocalSite(manager, started);
    } catch (error) {
      await started.close();
      fs.rmSync(pageDir, { recursive: true, force: true });
      throw error;
    }
  }
  return {
    url: `${started.url}/`,
    server: started,
    close: async () => {
      await started.close();
      fs.rmSync(pageDir, { recursive: true, force: true });
    }
  };
}
