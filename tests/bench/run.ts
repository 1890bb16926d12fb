import * as fs from 'fs';
import * as path from 'path';
import { measureBundle } from './bundle';
import { measureDataLayer } from './dataLayer';
import { measureAnalyse } from './analyse';
import { measureScreens } from './screens';
import { measurePlanDo } from './planDo';
import { measureReviewExport } from './reviewExport';

/**
 * `npm run bench`: prints each figure as `name: value unit` and writes them all to
 * bench/results.json. Figures are measured, never asserted: targets live in the README.
 */
export type Figure = { name: string; value: number; unit: string };
export type Bench = { title: string; run: () => Promise<Figure[]> };

const root = path.resolve(__dirname, '..', '..');
const benches: Bench[] = [measureBundle, measureDataLayer, measureAnalyse, measurePlanDo, measureReviewExport, measureScreens];

async function main(): Promise<void> {
  const only = process.argv[2];
  const results: Record<string, number> = {};
  for (const bench of benches) {
    if (only && !bench.title.includes(only)) {
      continue;
    }
    console.log(`# ${bench.title}`);
    for (const figure of await bench.run()) {
      console.log(`${figure.name}: ${figure.value} ${figure.unit}`);
      results[figure.name] = figure.value;
    }
  }
  fs.mkdirSync(path.join(root, 'bench'), { recursive: true });
  fs.writeFileSync(path.join(root, 'bench', 'results.json'), JSON.stringify(results, null, 2) + '\n');
}

main().catch((error: Error) => {
  console.error(error.stack ?? error.message);
  process.exit(1);
});
