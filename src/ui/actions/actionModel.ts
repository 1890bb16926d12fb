/**
 * The rules the action screens share: statuses in board order, who may change an action, overdue,
 * filters and sorting of the list, and what a pillar or statement of the pack serves.
 */
import type { SiteSummary } from '../../data/site';
import type { Action, ActionStatus, Priority } from '../../data/types';
import type { ActionsStrings } from '../../loc/actions';
import { findPillar, findStatement, isRealDate, type ModelPack, type Resource, type SuggestedAction } from '../../model';

/** The board's columns, in order. */
export const BOARD_STATUSES: readonly ActionStatus[] = ['not-started', 'in-progress', 'on-hold', 'done'];
/** Statuses kept out of the way, in a section that starts folded. */
export const FOLDED_STATUSES: readonly ActionStatus[] = ['cancelled', 'carried-over'];
export const ALL_STATUSES: readonly ActionStatus[] = [...BOARD_STATUSES, ...FOLDED_STATUSES];
export const OPEN_STATUSES: readonly ActionStatus[] = ['not-started', 'in-progress', 'on-hold'];
export const PRIORITY_ORDER: readonly Priority[] = ['high', 'medium', 'low'];

/** Today where the person is, as YYYY-MM-DD. */
export function today(now: Date = new Date()): string {
  const y = now.getFullYear();
  const m = String(now.getMonth() + 1).padStart(2, '0');
  const d = String(now.getDate()).padStart(2, '0');
  return `${y}-${m}-${d}`;
}

export function isOverdue(action: Pick<Action, 'status' | 'dueDate'>, on: string): boolean {
  return action.dueDate !== null && action.dueDate < on && OPEN_STATUSES.includes(action.status);
}

/** Managers change any action; people who can contribute change the ones they own; readers none. */
export function canChange(action: Pick<Action, 'ownerId'>, site: Pick<SiteSummary, 'access' | 'user'>): boolean {
  if (site.access === 'manage') return true;
  return site.access === 'contribute' && action.ownerId !== null && action.ownerId === site.user.id;
}

export function priorityText(s: ActionsStrings, priority: Priority | null): string {
  switch (priority) {
    case 'high':
      return s.priorityHigh;
    case 'medium':
      return s.priorityMedium;
    case 'low':
      return s.priorityLow;
    default:
      return s.priorityNone;
  }
}

/** What an action (or a gap) serves in the pack: its pillar, statement and CQC quality statements. */
export interface Serves {
  pillarId: string | null;
  pillarName: string | null;
  statementId: string | null;
  statementText: string | null;
  qualityStatements: Array<{ id: string; title: string }>;
}

export function servesOf(pack: ModelPack, pillarId: string | null, statementId: string | null): Serves {
  const found = statementId ? findStatement(pack, statementId) : undefined;
  const pillar = found?.pillar ?? (pillarId ? findPillar(pack, pillarId) : undefined);
  const qs = found
    ? found.statement.qualityStatementIds
        .map((id) => pack.cqc.qualityStatements.find((q) => q.id === id))
        .filter((q): q is NonNullable<typeof q> => q !== undefined)
        .map((q) => ({ id: q.id, title: q.title }))
    : [];
  return {
    pillarId: pillar?.id ?? pillarId,
    pillarName: pillar?.name ?? null,
    statementId,
    statementText: found?.statement.text ?? null,
    qualityStatements: qs
  };
}

/** A route's item: a statement id, a pillar id, or neither (unknown items are reported, not guessed). */
export function gapOf(pack: ModelPack, item: string | null): { pillarId: string | null; statementId: string | null; unknown: boolean } {
  if (item === null) return { pillarId: null, statementId: null, unknown: false };
  const statement = findStatement(pack, item);
  if (statement) return { pillarId: statement.pillar.id, statementId: item, unknown: false };
  if (findPillar(pack, item)) return { pillarId: item, statementId: null, unknown: false };
  return { pillarId: null, statementId: null, unknown: true };
}

/** Suggested actions for a statement, or for every statement of a pillar (both audiences), without repeats. */
export function suggestionsFor(pack: ModelPack, pillarId: string | null, statementId: string | null): SuggestedAction[] {
  if (statementId) return pack.actions.filter((a) => a.statementIds.includes(statementId));
  if (!pillarId) return [];
  const pillar = findPillar(pack, pillarId);
  if (!pillar) return [];
  const ids = new Set([...pillar.leaderStatements, ...pillar.staffStatements].map((s) => s.id));
  return pack.actions.filter((a) => a.statementIds.some((id) => ids.has(id)));
}

/** The resources that help with these suggestions and with the pillar's "things that help", without repeats. */
export function resourcesFor(pack: ModelPack, pillarId: string | null, suggestions: readonly SuggestedAction[]): Resource[] {
  const ids: string[] = [];
  for (const a of suggestions) ids.push(...(a.resourceIds ?? []));
  const pillar = pillarId ? findPillar(pack, pillarId) : undefined;
  for (const g of pillar?.thingsThatHelp ?? []) ids.push(...(g.resourceIds ?? []));
  const seen = new Set<string>();
  const out: Resource[] = [];
  for (const id of ids) {
    if (seen.has(id)) continue;
    seen.add(id);
    const r = pack.resources.find((x) => x.id === id);
    if (r) out.push(r);
  }
  return out;
}

/** The statement a suggested action is stored against: the gap's statement, else its first statement in the pillar. */
export function statementForSuggestion(pack: ModelPack, suggestion: SuggestedAction, gap: { pillarId: string | null; statementId: string | null }): string | null {
  if (gap.statementId) return gap.statementId;
  const inPillar = suggestion.statementIds.find((id) => findStatement(pack, id)?.pillar.id === gap.pillarId);
  return inPillar ?? suggestion.statementIds[0] ?? null;
}

export type DueCheck = { kind: 'none' } | { kind: 'invalid' } | { kind: 'past' } | { kind: 'after-end'; end: string } | { kind: 'ok' };

/** A due date: empty is fine; a past day is refused; after the cycle's end is only a warning. */
export function checkDue(value: string, on: string, cycleEnd: string | null): DueCheck {
  if (value === '') return { kind: 'none' };
  if (!isRealDate(value)) return { kind: 'invalid' };
  if (value < on) return { kind: 'past' };
  if (cycleEnd && value > cycleEnd) return { kind: 'after-end', end: cycleEnd };
  return { kind: 'ok' };
}

// ---------------------------------------------------------------------------------------------
// The list view

export interface ListFilters {
  pillar: string; // '' any, '-' none
  owner: string; // '' any, '-' nobody, else the id
  status: '' | ActionStatus;
  priority: '' | Priority;
  overdueOnly: boolean;
}

export type SortKey = 'due' | 'priority' | 'status' | 'title';

export const NO_FILTERS: ListFilters = { pillar: '', owner: '', status: '', priority: '', overdueOnly: false };

export function filterActions(actions: readonly Action[], f: ListFilters, on: string): Action[] {
  return actions.filter(
    (a) =>
      (f.pillar === '' || (f.pillar === '-' ? a.pillarId === null : a.pillarId === f.pillar)) &&
      (f.owner === '' || (f.owner === '-' ? a.ownerId === null : String(a.ownerId) === f.owner)) &&
      (f.status === '' || a.status === f.status) &&
      (f.priority === '' || a.priority === f.priority) &&
      (!f.overdueOnly || isOverdue(a, on))
  );
}

const rank = <T>(order: readonly T[], value: T | null): number => {
  const i = value === null ? -1 : order.indexOf(value);
  return i < 0 ? order.length : i;
};

export function sortActions(actions: readonly Action[], key: SortKey, on: string): Action[] {
  const byDue = (a: Action, b: Action): number => (a.dueDate ?? '9999-12-31').localeCompare(b.dueDate ?? '9999-12-31');
  return [...actions].sort((a, b) => {
    let c = 0;
    if (key === 'due') c = Number(isOverdue(b, on)) - Number(isOverdue(a, on)) || byDue(a, b);
    else if (key === 'priority') c = rank(PRIORITY_ORDER, a.priority) - rank(PRIORITY_ORDER, b.priority) || byDue(a, b);
    else if (key === 'status') c = rank(ALL_STATUSES, a.status) - rank(ALL_STATUSES, b.status) || byDue(a, b);
    else c = a.title.localeCompare(b.title, 'en-GB');
    return c || a.id - b.id;
  });
}
