/**
 * Reading a chosen pack file and downloading a pack, in the browser.
 */
import type { ModelPack } from '../../model';

/** The file name for a downloaded pack: `wpq-<id>-<version>.json`. Ids and versions are already file-safe. */
export function packFileName(pack: Pick<ModelPack, 'id' | 'version'>): string {
  const safe = (part: string): string => part.replace(/[^A-Za-z0-9._-]/g, '_');
  return `wpq-${safe(pack.id)}-${safe(pack.version)}.json`;
}

/** The pack as people and tools read it: pretty JSON with a final line break. */
export function packJson(pack: ModelPack): string {
  return `${JSON.stringify(pack, null, 2)}\n`;
}

/** Starts a download of the pack as a JSON file; returns the file name. */
export function downloadPack(pack: ModelPack): string {
  const name = packFileName(pack);
  const blob = new Blob([packJson(pack)], { type: 'application/json' });
  const url = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = name;
  link.rel = 'noopener';
  link.style.display = 'none';
  document.body.appendChild(link);
  try {
    link.click();
  } finally {
    link.remove();
    // Revoke on the next tick: some browsers start reading the blob only after click() returns.
    window.setTimeout(() => URL.revokeObjectURL(url), 0);
  }
  return name;
}

/** The text of a chosen file. `File.text()` where the browser has it, FileReader otherwise. */
export function readFileText(file: File): Promise<string> {
  if (typeof file.text === 'function') return file.text();
  return new Promise<string>((resolve, reject) => {
    const reader = new FileReader();
    reader.onload = () => resolve(typeof reader.result === 'string' ? reader.result : '');
    reader.onerror = () => reject(reader.error ?? new Error('The file could not be read.'));
    reader.readAsText(file);
  });
}
