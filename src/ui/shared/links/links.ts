import type { TeamsLinkTarget } from '../../../hosts/HostContext';

/**
 * Links that leave WPQ: Teams deep links back to a tab, Teams' share page, and mailto: links.
 * Pure functions, so every format is tested without a browser.
 */

/**
 * A Teams deep link to our tab or personal app that opens `route`: Teams hands the tab the
 * `subEntityId` as its sub-page id (`page.subPageId`), which WPQ opens. A channel tab's link names
 * its channel too, so Teams opens the right tab.
 */
export function teamsDeepLink(target: TeamsLinkTarget, route: string, webUrl?: string): string {
  const context: Record<string, string> = { subEntityId: route };
  if (target.channelId) context.channelId = target.channelId;
  const params = new URLSearchParams();
  if (webUrl) params.set('webUrl', webUrl);
  if (target.label) params.set('label', target.label);
  params.set('context', JSON.stringify(context));
  // Teams reads the query with plain percent-encoding; URLSearchParams writes spaces as '+'.
  const query = params.toString().replace(/\+/g, '%20');
  return `https://teams.microsoft.com/l/entity/${encodeURIComponent(target.appId)}/${encodeURIComponent(target.entityId)}?${query}`;
}

/** The route a Teams deep link carries in its context's subEntityId; null when it carries none. */
export function routeInTeamsLink(link: string): string | null {
  try {
    const context = new URL(link).searchParams.get('context');
    const value = context ? (JSON.parse(context) as { subEntityId?: unknown }).subEntityId : undefined;
    return typeof value === 'string' ? value : null;
  } catch {
    return null;
  }
}

/** Teams' share page (the address behind Microsoft's Share to Teams button), for use outside Teams. */
export function teamsShareUrl(href: string, message: string): string {
  return `https://teams.microsoft.com/share?href=${encodeURIComponent(href)}&msgText=${encodeURIComponent(message)}&preview=false`;
}

/** A mailto: link with a subject and body, and blind-copy recipients when given. */
export function mailtoLink(options: { subject: string; body: string; bcc?: readonly string[] }): string {
  const parts = [`subject=${encodeURIComponent(options.subject)}`, `body=${encodeURIComponent(options.body)}`];
  const bcc = (options.bcc ?? []).filter((a) => /^[^\s@,;?&]+@[^\s@,;?&]+$/.test(a));
  if (bcc.length > 0) parts.unshift(`bcc=${bcc.map(encodeURIComponent).join(',')}`);
  return `mailto:?${parts.join('&')}`;
}
