import * as fs from 'fs';
import * as path from 'path';
import { execFileSync } from 'child_process';

export const projectRoot = path.resolve(__dirname, '..', '..');
export const sppkgPath = path.join(projectRoot, 'sharepoint', 'solution', 'wpq.sppkg');

function newestFileTime(dir: string): number {
  let newest = 0;
  for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
    const full = path.join(dir, entry.name);
    newest = Math.max(newest, entry.isDirectory() ? newestFileTime(full) : fs.statSync(full).mtimeMs);
  }
  return newest;
}

/**
 * Builds the release bundles and the .sppkg with `npm run package` unless an up-to-date package
 * exists (CI builds it just before the tests, so there it is reused).
 */
export function ensurePackage(): void {
  const newestSource = Math.max(...['src', 'config', 'teams'].map((d) => newestFileTime(path.join(projectRoot, d))));
  if (fs.existsSync(sppkgPath) && fs.statSync(sppkgPath).mtimeMs >= newestSource) {
    return;
  }
  execFileSync('npm', ['run', 'package'], { cwd: projectRoot, stdio: 'pipe', timeout: 280_000 });
}
