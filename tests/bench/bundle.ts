import * as fs from 'fs';
import * as path from 'path';
import * as zlib from 'zlib';
import { ensurePackage, projectRoot as root } from '../support/package';
import type { Bench } from './run';

const assets = path.join(root, 'release', 'assets');

/** The budget of a web part's entry chunk, gzip level 9, in bytes (kB here are 1,000 bytes). */
export const ENTRY_BUDGET_BYTES = 90_000;

/** Bytes as kB of 1,000 bytes, to one decimal place. */
function kB(bytes: number): number {
  return Math.round(bytes / 100) / 10;
}

function gzipSize(file: string): number {
  return zlib.gzipSync(fs.readFileSync(path.join(assets, file)), { level: 9 }).length;
}

/**
 * Size of each web part's entry chunk in the release build (gzip level 9, as a CDN would serve it),
 * its budget and what is left of it, and the size of the lazily loaded chunks beside it.
 * kB are 1,000 bytes throughout; the exact byte count is printed too.
 */
export const measureBundle: Bench = {
  title: 'bundle',
  run: async () => {
    ensurePackage();
    const config = JSON.parse(fs.readFileSync(path.join(root, 'config', 'config.json'), 'utf8')) as {
      bundles: Record<string, unknown>;
    };
    const files = fs.readdirSync(assets).filter((f) => f.endsWith('.js'));
    const figures = [];
    let lazy = 0;
    for (const bundle of Object.keys(config.bundles)) {
      const entry = files.find((f) => f.startsWith(`${bundle}_`));
      if (!entry) {
        throw new Error(`No release chunk found for ${bundle} in release/assets; run npm run package.`);
      }
      const gzip = gzipSize(entry);
      figures.push(
        { name: `bundle.${bundle}.entryGzipBytes`, value: gzip, unit: 'bytes' },
        { name: `bundle.${bundle}.entryGzipKB`, value: kB(gzip), unit: 'kB' },
        { name: `bundle.${bundle}.entryBudgetKB`, value: kB(ENTRY_BUDGET_BYTES), unit: 'kB' },
        { name: `bundle.${bundle}.entryHeadroomKB`, value: kB(ENTRY_BUDGET_BYTES - gzip), unit: 'kB' }
      );
    }
    for (const file of files.filter((f) => !Object.keys(config.bundles).some((b) => f.startsWith(`${b}_`)))) {
      lazy += gzipSize(file);
    }
    figures.push({ name: 'bundle.lazyChunksGzipKB', value: kB(lazy), unit: 'kB' });
    const entry = files.find((f) => f.startsWith('workforce-productivity-web-part_')) as string;
    // The data areas each screen reads before it shows anything: the survey's first question needs its
    // start (cycle, service, defaults, pinned pack, own response), which uses the settings, cycles and
    // responses; the results screen reads the cycle with its results, the measures and the comments.
    const survey = screenPath(files, entry, 'wpq-survey', dataChunksOf(['surveyStart', 'responses', 'cycles', 'settings']));
    const results = screenPath(files, entry, 'wpq-results', dataChunksOf(['resultsView', 'cycles', 'measures', 'responses']), ['wpq-charts']);
    figures.push(
      { name: 'survey.gzipKB', value: kB(survey.bytes), unit: 'kB (web part release build: entry, sections, the data chunks its first read uses and the survey, with every chunk they wait for)' },
      { name: 'results.gzipKB', value: kB(results.bytes), unit: 'kB (the same for the results screen, with the charts)' }
    );
    const exportChunks = onDemandChunks(files, entry, ['wpq-export', 'wpq-exceljs']);
    figures.push(
      { name: 'export.gzipKB', value: kB(exportChunks.bytes), unit: 'kB (the Excel export and exceljs, loaded only when a workbook is asked for)' },
      {
        name: 'export.chunksOnSurveyPath',
        value: exportChunks.files.filter((f) => survey.files.includes(f)).length,
        unit: 'chunks of the export that the survey also loads (0: exceljs stays off its path)'
      }
    );
    return figures;
  }
};

/** The files (and their gzip bytes) of named on-demand chunks, with every chunk loaded beside them, counted once. */
function onDemandChunks(files: string[], entry: string, chunkNames: string[]): { files: string[]; bytes: number } {
  const { names, fileOf } = chunkMap(files, entry);
  const wanted = new Set<number>();
  for (const name of chunkNames) {
    const id = [...names].find(([, n]) => n === name)?.[0];
    if (id === undefined) throw new Error(`No chunk named ${name}.`);
    wanted.add(id);
    // Whatever loads it loads these beside it.
    for (const file of files) {
      for (const load of chunkLoads(fs.readFileSync(path.join(assets, file), 'utf8'))) if (load.includes(id)) load.forEach((x) => wanted.add(x));
    }
  }
  const chosen = [...wanted].map(fileOf);
  return { files: chosen, bytes: chosen.reduce((n, f) => n + gzipSize(f), 0) };
}

/** Chunk ids to names (named chunks only) and ids to files, from the entry's chunk map. */
function chunkMap(files: string[], entry: string): { names: Map<number, string>; fileOf: (id: number) => string } {
  const code = fs.readFileSync(path.join(assets, entry), 'utf8');
  const names = new Map<number, string>();
  const map = /\{((?:\d+:"wpq-[a-z-]+",?)+)\}/.exec(code);
  if (!map) throw new Error('The entry chunk has no map of named chunks.');
  for (const m of map[1].matchAll(/(\d+):"(wpq-[a-z-]+)"/g)) names.set(Number(m[1]), m[2]);
  const fileOf = (id: number): string => {
    const prefix = `chunk.${names.get(id) ?? id}_`;
    const file = files.find((f) => f.startsWith(prefix));
    if (!file) throw new Error(`No file for chunk ${id}.`);
    return file;
  };
  return { names, fileOf };
}

/**
 * The ids of the chunks each load in `code` waits for: a `Promise.all([x.e(1), x.e(2), …]).then(…)`,
 * or a single `x.e(1).then(…)` when the loaded code needs no other chunk.
 */
function chunkLoads(code: string): number[][] {
  const loads: number[][] = [];
  for (const m of code.matchAll(/Promise\.all\(\[((?:\w\.e\((?:\d+|"[^"]+")\),?)+)\]\)/g)) {
    loads.push([...m[1].matchAll(/\.e\((\d+)\)/g)].map((x) => Number(x[1])));
  }
  for (const m of code.matchAll(/\b\w\.e\((\d+)\)\.then\(/g)) loads.push([Number(m[1])]);
  return loads;
}

/**
 * The chunks whose code the given data areas load, read from the loaders in src/data/dataServices.ts
 * (the one list of areas): the `webpackChunkName` of each area's loader and, for an area that uses the
 * shared settings repository, that of `loadSettings`. Fails when an area or a chunk name is missing,
 * so that the path is never measured short.
 */
function dataChunksOf(areas: string[]): string[] {
  const source = fs.readFileSync(path.join(root, 'src', 'data', 'dataServices.ts'), 'utf8');
  const chunkNames = (text: string): string[] => [...text.matchAll(/webpackChunkName: '([^']+)'/g)].map((m) => m[1]);
  const settingsLoader = /export async function loadSettings[\s\S]*?\n\}/.exec(source);
  const table = /export const DATA_AREAS[\s\S]*?\n\};/.exec(source);
  if (!settingsLoader || !table) throw new Error('src/data/dataServices.ts has no loadSettings or DATA_AREAS.');
  const entries = new Map<string, string>();
  const starts = [...table[0].matchAll(/^ {2}(\w+): /gm)];
  starts.forEach((m, i) => entries.set(m[1], table[0].slice(m.index, starts[i + 1]?.index ?? table[0].length)));
  const names = new Set<string>();
  for (const area of areas) {
    const entry = entries.get(area);
    if (entry === undefined) throw new Error(`No loader for the data area ${area} in src/data/dataServices.ts.`);
    const found = [...chunkNames(entry), ...(/\bsettings\(\)/.test(entry) ? chunkNames(settingsLoader[0]) : [])];
    if (found.length === 0) throw new Error(`The loader of the data area ${area} names no chunk.`);
    found.forEach((n) => names.add(n));
  }
  return [...names];
}

/**
 * The JavaScript (gzip level 9) a browser downloads to show a screen of the web part: the entry, the
 * sections and the data chunks the screen's first reads use (`dataChunks`), with the chunks each waits
 * for (as webpack's runtime in the entry lists them), and the screen's own load with its chunks (read
 * from the sections chunk), each chunk counted once. `extra` names chunks the screen loads itself once
 * open (the charts).
 */
function screenPath(files: string[], entry: string, screen: string, dataChunks: string[], extra: string[] = []): { files: string[]; bytes: number } {
  const code = fs.readFileSync(path.join(assets, entry), 'utf8');
  const { names, fileOf } = chunkMap(files, entry);
  const idOf = (name: string): number => {
    const found = [...names].find(([, n]) => n === name);
    if (!found) throw new Error(`No chunk named ${name}.`);
    return found[0];
  };
  const needed = new Set<number>();
  const loadsFor = (source: string, target: number): void => {
    const load = chunkLoads(source).find((ids) => ids.includes(target));
    if (!load) throw new Error(`No load of chunk ${names.get(target) ?? target} found.`);
    load.forEach((id) => needed.add(id));
  };
  loadsFor(code, idOf('wpq-sections'));
  // The data layer's loaders are in the entry: each area's chunk with the chunks it waits for.
  for (const name of dataChunks) loadsFor(code, idOf(name));
  const sections = fs.readFileSync(path.join(assets, fileOf(idOf('wpq-sections'))), 'utf8');
  loadsFor(sections, idOf(screen));
  for (const name of extra) {
    const screenCode = fs.readFileSync(path.join(assets, fileOf(idOf(screen))), 'utf8');
    const inScreen = chunkLoads(screenCode).find((ids) => ids.includes(idOf(name)));
    const inShared = [...needed].map((id) => fs.readFileSync(path.join(assets, fileOf(id)), 'utf8')).flatMap(chunkLoads).find((ids) => ids.includes(idOf(name)));
    (inScreen ?? inShared ?? [idOf(name)]).forEach((id) => needed.add(id));
  }
  const chosen = [entry, ...[...needed].map(fileOf)];
  return { files: chosen, bytes: chosen.reduce((n, f) => n + gzipSize(f), 0) };
}