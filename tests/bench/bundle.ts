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
    return figures;
  }
};
