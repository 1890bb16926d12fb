import * as fs from 'fs';
import * as path from 'path';
import * as zlib from 'zlib';
import { ensurePackage, projectRoot as root } from '../support/package';
import type { Bench } from './run';

const assets = path.join(root, 'release', 'assets');

/**
 * Size of each web part's entry chunk in the release build (gzip level 9, as a CDN would serve it),
 * and of the lazily loaded chunks beside it. Budget for an entry chunk: 90 kB gzip.
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
      const gzip = zlib.gzipSync(fs.readFileSync(path.join(assets, entry)), { level: 9 }).length;
      figures.push({ name: `bundle.${bundle}.entryGzipKB`, value: Math.round(gzip / 102.4) / 10, unit: 'kB' });
    }
    for (const file of files.filter((f) => !Object.keys(config.bundles).some((b) => f.startsWith(`${b}_`)))) {
      lazy += zlib.gzipSync(fs.readFileSync(path.join(assets, file)), { level: 9 }).length;
    }
    figures.push({ name: 'bundle.lazyChunksGzipKB', value: Math.round(lazy / 102.4) / 10, unit: 'kB' });
    return figures;
  }
};
