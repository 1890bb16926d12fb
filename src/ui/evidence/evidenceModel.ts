/**
 * The CQC Well-led evidence summary of a cycle, worked out from the pack's CQC catalogue and its
 * mapping of statements to quality statements, the published results, leaders' evidence, actions
 * and measures. Pure functions: the screen, the print page and the Excel sheet share them.
 */
import { allStatements, findMeasure, type ModelPack } from '../../model';
import type { Action, ActionStatus, LeadersEvidence, MeasureRecord, PublishedResults } from '../../data/types';

export interface EvidenceStatement {
  statementId: string;
  text: string;
  areaName: string;
  audience: 'leaders' | 'staff';
  /** The published score (0–100); null when not scored, hidden or not published. */
  percent: number | null;
  /** True when the figure is hidden by the minimum group size. */
  hidden: boolean;
  /** Leaders' notes and links for the statement (managers only; empty otherwise). */
  notes: string[];
  links: string[];
}

export interface EvidenceGroup {
  qualityStatement: { id: string; title: string; titleIsParaphrase: boolean; summary: string | null };
  statements: EvidenceStatement[];
  actions: Array<{ id: number; title: string; status: ActionStatus; dueDate: string | null }>;
  measures: Array<{ measureId: string; name: string; unit: string; value: number | null; periodEnd: string }>;
}

export interface EvidenceInput {
  pack: ModelPack;
  results: PublishedResults | null;
  /** Null when the person may not read leaders' evidence (everyone but managers). */
  evidence: LeadersEvidence | null;
  actions: Action[];
  measures: MeasureRecord[];
}

/**
 * One group per Well-led quality statement of the pack's CQC catalogue: the pack's statements mapped
 * to it (the mapping is WPQ's proposal, not CQC's) with their published scores, leaders' notes and
 * links, the cycle's actions on those statements with their status, and the latest figures of the
 * measures the pack's suggested actions for those statements name.
 */
export function evidenceGroups(input: EvidenceInput): EvidenceGroup[] {
  const { pack, results, evidence } = input;
  const staffShown = results?.staff && results.staff.status === 'shown' ? results.staff : null;
  const scores = new Map<string, { percent: number | null; hidden: boolean }>();
  for (const s of results?.leaders?.statements ?? []) scores.set(`leaders:${s.statementId}`, { percent: s.percent, hidden: s.hidden });
  for (const s of staffShown?.statements ?? []) scores.set(`staff:${s.statementId}`, { percent: s.percent, hidden: s.hidden });
  const staffHidden = results?.staff?.status === 'suppressed';
  const latest = new Map<string, MeasureRecord>();
  for (const m of input.measures) {
    const seen = latest.get(m.measureId);
    if (!seen || m.periodEnd > seen.periodEnd || (m.periodEnd === seen.periodEnd && m.id > seen.id)) latest.set(m.measureId, m);
  }
  const all = [...allStatements(pack, 'leaders'), ...allStatements(pack, 'staff')];
  return pack.cqc.qualityStatements
    .filter((q) => q.keyQuestion === 'well-led')
    .map((q) => {
      const serving = all.filter((s) => s.statement.qualityStatementIds.includes(q.id));
      const ids = new Set(serving.map((s) => s.statement.id));
      const statements: EvidenceStatement[] = serving.map((s) => {
        const score = scores.get(`${s.audience}:${s.statement.id}`);
        const given = s.audience === 'leaders' ? evidence?.statements[s.statement.id] : undefined;
        return {
          statementId: s.statement.id,
          text: s.statement.text,
          areaName: s.pillar.name,
          audience: s.audience,
          percent: score && !score.hidden ? score.percent : null,
          hidden: (s.audience === 'staff' && staffHidden) || score?.hidden === true,
          notes: given?.notes ?? [],
          links: given?.links ?? []
        };
      });
      const measureIds: string[] = [];
      for (const a of pack.actions) {
        if (!a.statementIds.some((id) => ids.has(id))) continue;
        for (const m of a.measureIds ?? []) if (!measureIds.includes(m)) measureIds.push(m);
      }
      return {
        qualityStatement: { id: q.id, title: q.title, titleIsParaphrase: q.titleIsParaphrase, summary: q.summary ?? null },
        statements,
        actions: input.actions
          .filter((a) => a.statementId !== null && ids.has(a.statementId))
          .map((a) => ({ id: a.id, title: a.title, status: a.status, dueDate: a.dueDate })),
        measures: measureIds.map((id) => {
          const def = findMeasure(pack, id);
          const rec = latest.get(id);
          return { measureId: id, name: def?.name ?? id, unit: def?.unit ?? '', value: rec?.value ?? null, periodEnd: rec?.periodEnd ?? '' };
        })
      };
    });
}
