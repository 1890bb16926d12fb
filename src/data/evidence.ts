/**
 * Leaders' evidence of a cycle in aggregate, for the CQC Well-led evidence summary and the Excel
 * report: the notes and links leaders gave for each statement in their submitted self-assessments,
 * without who gave them. Only people who can manage the responses list (managers) can read every
 * response, so only they get it; anyone else gets a PermissionError. One round trip.
 */
import type { SPFI } from '@pnp/sp';
import '@pnp/sp/security/list';
import { PermissionKind } from '@pnp/sp/security';
import * as z from 'zod/mini';
import { capture, eq, executeBatch, listOf, queueItems, take } from './access';
import { PermissionError } from './errors';
import { parseItems, parseJsonColumn, rowWarning, type ReadResult, type RowWarning } from './rows';
import { responsesList, SYSTEM_FIELDS } from './schema';
import type { LeadersEvidence } from './types';

const EvidenceJson = z.record(z.string(), z.object({ note: z.optional(z.string()), links: z.optional(z.array(z.string())) }));

export async function readLeadersEvidence(sp: SPFI, cycleId: number): Promise<ReadResult<LeadersEvidence>> {
  const [b, execute] = sp.batched();
  const permsP = capture(listOf(b, responsesList).getCurrentUserEffectivePermissions());
  const rowsQ = queueItems(
    b,
    sp,
    responsesList,
    ['Id', SYSTEM_FIELDS.authorId, responsesList.fields.submittedAt.property, responsesList.fields.evidence.property],
    `${eq(responsesList.fields.cycle, cycleId)} and ${eq(responsesList.fields.kind, 'leaders')}`
  );
  await executeBatch(execute);
  if (!sp.web.hasPermissions(await take(permsP, responsesList), PermissionKind.ManageLists)) {
    throw new PermissionError("Only people who can manage lists on this site (site owners) can read leaders' evidence, because only they can read every response.", {
      status: 403,
      list: responsesList.title
    });
  }
  const raws = await rowsQ();
  const { rows, warnings } = parseItems(responsesList, ['submittedAt', 'evidence'], raws);
  const out: RowWarning[] = [...warnings];
  // Each leader's latest submission only: a draft is not evidence yet, and a resubmission replaces the earlier one.
  const authorOf = new Map(raws.map((r) => [r.Id as number, r[SYSTEM_FIELDS.authorId]]));
  const latest = new Map<number, { id: number; evidence: string | null }>();
  for (const { id, row } of rows) {
    if (row.submittedAt === null) continue;
    const author = authorOf.get(id);
    const person = typeof author === 'number' ? author : -id;
    const seen = latest.get(person);
    if (!seen || id > seen.id) latest.set(person, { id, evidence: row.evidence });
  }
  const statements: LeadersEvidence['statements'] = {};
  for (const { id, evidence } of [...latest.values()].sort((x, y) => x.id - y.id)) {
    const parsed = parseJsonColumn(evidence, EvidenceJson);
    if (!parsed.ok) {
      out.push(rowWarning(responsesList, id, responsesList.fields.evidence, parsed.problem));
      continue;
    }
    for (const [statementId, e] of Object.entries(parsed.value ?? {})) {
      const entry = statements[statementId] ?? { notes: [], links: [] };
      const note = e.note?.trim();
      if (note && !entry.notes.includes(note)) entry.notes.push(note);
      for (const link of e.links ?? []) if (!entry.links.includes(link)) entry.links.push(link);
      statements[statementId] = entry;
    }
  }
  return { data: { leaders: latest.size, statements }, warnings: out };
}
