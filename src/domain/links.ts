/**
 * The one rule for links people type (evidence links, resources): an absolute `https://` or `http://`
 * address with a host, never `javascript:`, `data:`, `file:`, a relative path or a scheme without its
 * slashes. The screens check it as people type and the data layer again before saving, with the same
 * answer, so a link a screen accepts is never refused on save.
 */
export function isWebAddress(text: string): boolean {
  const trimmed = text.trim();
  if (!/^https?:\/\//i.test(trimmed)) return false;
  try {
    const url = new URL(trimmed);
    return (url.protocol === 'https:' || url.protocol === 'http:') && url.hostname !== '';
  } catch {
    return false;
  }
}
