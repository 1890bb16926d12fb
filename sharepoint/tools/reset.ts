import * as fs from 'fs';
import { dataDir } from './localHost';

/** `npm run reset`: forget the local trial's data; the next `npm start` begins with fresh demo data. */
if (fs.existsSync(dataDir)) {
  fs.rmSync(dataDir, { recursive: true, force: true });
  console.log('Local data removed. The next `npm start` sets the site up again with fresh demo data.');
} else {
  console.log('There was no local data to remove.');
}
