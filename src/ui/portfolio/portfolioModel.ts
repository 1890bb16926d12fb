/**
 * What the portfolio shows, worked out from the read model: one entry per own service and per
 * imported provider summary, with the concerns each one raises, and the sorting and filtering the
 * screen offers. Pure functions: the screen, its tests and the Excel export share them.
 */
import { defaultPack, findMeasure, type Measure } from '../../model';
import { PORTFOLIO_MEASURE_IDS, type Phase, type Portfolio } from '../../data/types';

/** A gap between leaders' and staff overall scores this wide (points) or wider is a concern. */
export const GAP_CONCERN = 15;

export type StaffFigure = { kind: 'shown'; overall: number | null; respondents: number } | { kind: 'hidden'; minimumGroupSize: number } | { kind: 'none' };

export interface MeasureFigure {
  measureId: string;
  name: string;
  unit: string;
  value: number | null;
  periodEnd: string;
  /** The first national benchmark of WPQ's pack, when there is one. */
  benchmark: number | null;
  /** True when the value is on the wrong side of the benchmark. */
  worse: boolean;
}

export type Concern = 'gap' | 'overdue' | 'measure';

export interface PortfolioEntry {
  key: string;
  source: 'own' | 'imported';
  name: string;
  /** The provider's name for imported summaries. */
  providerName: string | null;
  importedAt: string | null;
  active: boolean;
  serviceId: number | null;
  /** Own services: the current cycle to open. */
  cycleId: number | null;
  cycleTitle: string | null;
  phase: Phase | null;
  published: boolean;
  leaders: { overall: number | null; respondents: number } | null;
  staff: StaffFigure;
  /** Leaders' overall minus staff overall, in points; null when either is missing. */
  gap: number | null;
  openActions: number;
  overdueActions: number;
  measures: MeasureFigure[];
  concerns: Concern[];
}

function measureFigure(measureId: string, value: number | null, periodEnd: string): MeasureFigure {
  const m: Measure | undefined = findMeasure(defaultPack, measureId);
  const benchmark = m?.benchmarks.find((b) => b.kind === 'national')?.value ?? null;
  const worse = m !== undefined && value !== null && benchmark !== null && (m.higherIsBetter ? value < benchmark : value > benchmark);
  return { measureId, name: m?.name ?? measureId, unit: m?.unit ?? '', value, periodEnd, benchmark, worse };
}

function concernsOf(e: Omit<PortfolioEntry, 'concerns'>): Concern[] {
  const out: Concern[] = [];
  if (e.gap !== null && Math.abs(e.gap) >= GAP_CONCERN) out.push('gap');
  if (e.overdueActions > 0) out.push('overdue');
  if (e.measures.some((m) => m.worse)) out.push('measure');
  return out;
}

const KEY_MEASURES: readonly string[] = PORTFOLIO_MEASURE_IDS;

/** Own services first (as the read model orders them), then imported summaries by provider and service. */
export function portfolioEntries(portfolio: Portfolio): PortfolioEntry[] {
  const own = portfolio.services.map((row): PortfolioEntry => {
    const r = row.results;
    const staff: StaffFigure =
      r?.staff == null ? { kind: 'none' } : r.staff.status === 'suppressed' ? { kind: 'hidden', minimumGroupSize: r.staff.minimumGroupSize } : { kind: 'shown', overall: r.staff.overallPercent, respondents: r.staff.respondents };
    const leaders = r?.leaders ? { overall: r.leaders.overallPercent, respondents: r.leaders.respondents } : null;
    const staffOverall = staff.kind === 'shown' ? staff.overall : null;
    const base = {
      key: `own:${row.serviceId}`,
      source: 'own' as const,
      name: row.serviceName,
      providerName: null,
      importedAt: null,
      active: row.active,
      serviceId: row.serviceId,
      cycleId: row.cycle?.id ?? null,
      cycleTitle: row.cycle?.title ?? null,
      phase: row.cycle?.phase ?? null,
      published: r !== null,
      leaders,
      staff,
      gap: leaders?.overall != null && staffOverall !== null ? leaders.overall - staffOverall : null,
      openActions: row.openActions,
      overdueActions: row.overdueActions,
      measures: (row.measures ?? []).filter((m) => KEY_MEASURES.includes(m.measureId)).map((m) => measureFigure(m.measureId, m.value, m.periodEnd))
    };
    return { ...base, concerns: concernsOf(base) };
  });
  const imported = [...(portfolio.imported ?? [])]
    .sort((a, b) => a.summary.provider.name.localeCompare(b.summary.provider.name, 'en-GB') || a.summary.service.name.localeCompare(b.summary.service.name, 'en-GB'))
    .map((row): PortfolioEntry => {
      const s = row.summary;
      const staff: StaffFigure =
        s.staff === null ? { kind: 'none' } : s.staff.status === 'suppressed' ? { kind: 'hidden', minimumGroupSize: s.minimumGroupSize } : { kind: 'shown', overall: s.staff.overallPercent, respondents: s.staff.respondents };
      const open = s.actions.byStatus['not-started'] + s.actions.byStatus['in-progress'] + s.actions.byStatus['on-hold'];
      const base = {
        key: `imported:${row.key}`,
        source: 'imported' as const,
        name: s.service.name,
        providerName: s.provider.name,
        importedAt: row.importedAt,
        active: true,
        serviceId: null,
        cycleId: null,
        cycleTitle: s.cycle.title,
        phase: s.cycle.phase as Phase,
        published: true,
        leaders: s.leaders ? { overall: s.leaders.overallPercent, respondents: s.leaders.respondents } : null,
        staff,
        gap: s.gap,
        openActions: open,
        overdueActions: s.actions.overdue,
        measures: s.measures.filter((m) => KEY_MEASURES.includes(m.measureId)).map((m) => measureFigure(m.measureId, m.value, m.periodEnd))
      };
      return { ...base, concerns: concernsOf(base) };
    });
  return [...own, ...imported];
}

export type SortKey = 'name' | 'phase' | 'leaders' | 'staff' | 'gap' | 'overdue';
export type ShowFilter = 'all' | 'own' | 'imported' | 'concerns';

export interface PortfolioView {
  search: string;
  /** A phase, 'none' for services without a cycle, or 'all'. */
  phase: Phase | 'none' | 'all';
  show: ShowFilter;
  sort: SortKey;
}

export const DEFAULT_VIEW: PortfolioView = { search: '', phase: 'all', show: 'all', sort: 'name' };

const PHASE_ORDER: Record<string, number> = { analyse: 0, plan: 1, do: 2, review: 3, closed: 4 };

/** Missing figures always sort last, whichever way the column sorts. */
function byNumber(a: number | null, b: number | null, descending: boolean): number {
  if (a === null && b === null) return 0;
  if (a === null) return 1;
  if (b === null) return -1;
  return descending ? b - a : a - b;
}

function nameOf(e: PortfolioEntry): string {
  return e.providerName ? `${e.providerName} ${e.name}` : e.name;
}

export function applyView(entries: readonly PortfolioEntry[], view: PortfolioView): PortfolioEntry[] {
  const q = view.search.trim().toLocaleLowerCase('en-GB');
  const kept = entries.filter((e) => {
    if (q && !nameOf(e).toLocaleLowerCase('en-GB').includes(q)) return false;
    if (view.phase === 'none' && e.phase !== null) return false;
    if (view.phase !== 'all' && view.phase !== 'none' && e.phase !== view.phase) return false;
    if (view.show === 'own' && e.source !== 'own') return false;
    if (view.show === 'imported' && e.source !== 'imported') return false;
    if (view.show === 'concerns' && e.concerns.length === 0) return false;
    return true;
  });
  const byName = (a: PortfolioEntry, b: PortfolioEntry): number => nameOf(a).localeCompare(nameOf(b), 'en-GB');
  const staffOf = (e: PortfolioEntry): number | null => (e.staff.kind === 'shown' ? e.staff.overall : null);
  const compare: Record<SortKey, (a: PortfolioEntry, b: PortfolioEntry) => number> = {
    name: byName,
    phase: (a, b) => (PHASE_ORDER[a.phase ?? ''] ?? 9) - (PHASE_ORDER[b.phase ?? ''] ?? 9),
    leaders: (a, b) => byNumber(a.leaders?.overall ?? null, b.leaders?.overall ?? null, false),
    staff: (a, b) => byNumber(staffOf(a), staffOf(b), false),
    gap: (a, b) => byNumber(a.gap === null ? null : Math.abs(a.gap), b.gap === null ? null : Math.abs(b.gap), true),
    overdue: (a, b) => b.overdueActions - a.overdueActions
  };
  return kept.sort((a, b) => compare[view.sort](a, b) || byName(a, b));
}
