/**
 * Read-only helpers for finding things in a validated model pack.
 */
import type { Audience, Measure, ModelPack, Pillar, Statement, SuggestedAction } from './schema';

export interface StatementInPack {
  statement: Statement;
  pillar: Pillar;
  audience: Audience;
}

/** The four pillars (or however many the pack has), in pack order, without cross-cutting themes. */
export function corePillars(pack: ModelPack): Pillar[] {
  return pack.pillars.filter((p) => !p.crossCutting);
}

/** Cross-cutting themes such as digital, reported beside the pillars. */
export function crossCuttingThemes(pack: ModelPack): Pillar[] {
  return pack.pillars.filter((p) => p.crossCutting);
}

export function findPillar(pack: ModelPack, pillarId: string): Pillar | undefined {
  return pack.pillars.find((p) => p.id === pillarId);
}

/** A pillar's or theme's statements for one audience, in pack order. */
export function pillarStatements(pillar: Pillar, audience: Audience): Statement[] {
  return audience === 'leaders' ? pillar.leaderStatements : pillar.staffStatements;
}

/** The statements of one pillar or theme for one audience, in pack order (empty when the pillar is unknown). */
export function statementsOf(pack: ModelPack, pillarId: string, audience: Audience): Statement[] {
  const pillar = findPillar(pack, pillarId);
  return pillar ? pillarStatements(pillar, audience) : [];
}

/** Every statement of one audience, pillar by pillar, themes included. */
export function allStatements(pack: ModelPack, audience: Audience): StatementInPack[] {
  const out: StatementInPack[] = [];
  for (const pillar of pack.pillars) {
    for (const statement of pillarStatements(pillar, audience)) {
      out.push({ statement, pillar, audience });
    }
  }
  return out;
}

export function findStatement(pack: ModelPack, statementId: string): StatementInPack | undefined {
  for (const pillar of pack.pillars) {
    const leader = pillar.leaderStatements.find((s) => s.id === statementId);
    if (leader) return { statement: leader, pillar, audience: 'leaders' };
    const staff = pillar.staffStatements.find((s) => s.id === statementId);
    if (staff) return { statement: staff, pillar, audience: 'staff' };
  }
  return undefined;
}

export function findMeasure(pack: ModelPack, measureId: string): Measure | undefined {
  return pack.measures.find((m) => m.id === measureId);
}

/** Suggested actions that address a statement. */
export function actionsForStatement(pack: ModelPack, statementId: string): SuggestedAction[] {
  return pack.actions.filter((a) => a.statementIds.indexOf(statementId) >= 0);
}

/** Where an earlier statement id came from: the pack id (defaults to this pack's id) and version. */
export interface EarlierPack {
  packId?: string;
  version?: string;
}

/**
 * The id in `pack` of a statement from an earlier version, so trends survive renamed statements.
 * Returns null when the earlier statement was retired or is unknown.
 *
 * With `from`, only the migration from that pack and version is used; without it, any migration in
 * the pack. An id that the migration does not mention keeps its meaning if it still exists in this
 * pack (ids are stable), but only within the same pack id: another pack's ids are never assumed
 * to mean the same thing.
 */
export function migrateStatementId(pack: ModelPack, oldId: string, from?: EarlierPack): string | null {
  const fromPackId = from?.packId ?? pack.id;
  if (fromPackId === pack.id && from?.version === pack.version) {
    return findStatement(pack, oldId) ? oldId : null;
  }
  for (const migration of pack.migrations) {
    if ((migration.fromPackId ?? pack.id) !== fromPackId) continue;
    if (from?.version !== undefined && migration.fromVersion !== from.version) continue;
    const entry = migration.statements.find((e) => e.from === oldId);
    if (entry) return entry.to;
  }
  if (fromPackId !== pack.id) return null;
  return findStatement(pack, oldId) ? oldId : null;
}

/**
 * Compares two versions like 1.2.0 and 1.10.0: negative, zero or positive. A pre-release sorts
 * before its release, and pre-releases compare as semantic versioning says: part by part, numbers
 * by value (beta.2 before beta.10) and before words, and a shorter list first when all else is equal.
 */
export function compareVersions(a: string, b: string): number {
  const split = (v: string): { nums: number[]; pre: string[] } => {
    const dash = v.indexOf('-');
    const core = dash >= 0 ? v.slice(0, dash) : v;
    return { nums: core.split('.').map((x) => Number(x) || 0), pre: dash >= 0 ? v.slice(dash + 1).split('.') : [] };
  };
  const x = split(a);
  const y = split(b);
  for (let i = 0; i < 3; i++) {
    const d = (x.nums[i] ?? 0) - (y.nums[i] ?? 0);
    if (d !== 0) return d;
  }
  if (x.pre.length === 0 || y.pre.length === 0) return y.pre.length - x.pre.length;
  const numeric = /^\d+$/;
  for (let i = 0; i < Math.min(x.pre.length, y.pre.length); i++) {
    const p = x.pre[i];
    const q = y.pre[i];
    if (p === q) continue;
    const pn = numeric.test(p);
    const qn = numeric.test(q);
    if (pn && qn) return Number(p) - Number(q);
    if (pn !== qn) return pn ? -1 : 1;
    return p < q ? -1 : 1;
  }
  return x.pre.length - y.pre.length;
}
