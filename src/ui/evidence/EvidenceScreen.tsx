import * as React from 'react';
import { Button, Link, MessageBar, MessageBarBody, Text, makeStyles, tokens } from '@fluentui/react-components';
import type { ModelPack } from '../../model';
import type { Action, Cycle, LeadersEvidence, MeasureRecord, PublishedResults } from '../../data/types';
import type { ReadResult } from '../../data/rows';
import { format } from '../../loc/strings';
import { enGBEvidence, evidenceTranslations, type EvidenceStrings } from '../../loc/evidence';
import { useApp } from '../AppContext';
import { useRoute } from '../app/navigation';
import { useSite } from '../app/SiteContext';
import { RowWarnings } from '../readModels/RowWarnings';
import { useScreenStrings } from '../useScreenStrings';
import { errorText } from '../shared/errorText';
import { useKitStrings } from '../shared/useKit';
import { isWebAddress } from '../shared/forms';
import { useFormat, type Formatters } from '../shared/format';
import { Page, Paragraph, Section } from '../shared/layout';
import { QueryView } from '../shared/QueryView';
import { usePack } from '../shared/usePack';
import { useQuery } from '../shared/useQuery';
import { useStrings } from '../shared/useStrings';
import { evidenceGroups, type EvidenceGroup } from './evidenceModel';
import { useStatusLabels } from '../shared/phases';

const useStyles = makeStyles({
  page: {
    '@media print': { maxWidth: 'none', fontSize: '11pt', color: 'black' }
  },
  noPrint: { '@media print': { display: 'none' } },
  proposal: { '@media print': { border: '1px solid black' } },
  group: {
    paddingTop: tokens.spacingVerticalS,
    borderTop: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
    '@media print': { breakInside: 'avoid-page', pageBreakInside: 'avoid' }
  },
  list: { margin: 0, paddingLeft: tokens.spacingHorizontalL, display: 'flex', flexDirection: 'column', rowGap: tokens.spacingVerticalS, overflowWrap: 'anywhere' },
  item: { '@media print': { breakInside: 'avoid', pageBreakInside: 'avoid' } },
  sub: { margin: 0, paddingLeft: tokens.spacingHorizontalL },
  note: { whiteSpace: 'pre-wrap', overflowWrap: 'anywhere' },
  link: {
    overflowWrap: 'anywhere',
    // On paper the address itself is the link.
    '@media print': { color: 'black', textDecorationLine: 'none' }
  },
  part: { display: 'flex', flexDirection: 'column', rowGap: tokens.spacingVerticalXS, minWidth: 0 },
  partHeading: { margin: 0 },
  meta: { color: tokens.colorNeutralForeground2, '@media print': { color: 'black' } }
});

interface Loaded {
  cycle: Cycle;
  results: PublishedResults | null;
  warnings: ReadResult<unknown>['warnings'];
  actions: Action[];
  measures: MeasureRecord[];
  /** Null for people who may not read it; an error when it could not be read. */
  evidence: { ok: true; value: LeadersEvidence | null } | { ok: false; error: unknown };
}

function StatementItem(props: { st: EvidenceGroup['statements'][number]; strings: EvidenceStrings; fmt: Formatters; showEvidence: boolean }): React.ReactElement {
  const { st, strings, fmt, showEvidence } = props;
  const styles = useStyles();
  const score = st.hidden ? strings.hidden : st.percent === null ? strings.noScore : format(strings.score, { score: fmt.percent(st.percent) });
  return (
    <li className={styles.item}>
      <Text block weight="semibold">
        {st.text}
      </Text>
      <Text block className={styles.meta}>
        {format(strings.statementLine, { audience: st.audience === 'leaders' ? strings.leaders : strings.staff, pillar: st.areaName, score })}
      </Text>
      {showEvidence && st.audience === 'leaders' && (
        <>
          {st.notes.length === 0 && st.links.length === 0 ? (
            <Text block className={styles.meta}>
              {strings.noEvidence}
            </Text>
          ) : (
            <>
              {st.notes.map((n, i) => (
                <Text key={i} block className={styles.note}>
                  {n}
                </Text>
              ))}
              {st.links.length > 0 && (
                <ul className={styles.sub} aria-label={strings.linksLabel}>
                  {st.links.map((l) => (
                    <li key={l}>
                      {isWebAddress(l) ? (
                        <Link className={styles.link} href={l} target="_blank" rel="noopener noreferrer" inline>
                          {l}
                        </Link>
                      ) : (
                        <span className={styles.link}>{l}</span>
                      )}
                    </li>
                  ))}
                </ul>
              )}
            </>
          )}
        </>
      )}
    </li>
  );
}

/** A part of a quality statement's group, under a level-3 heading (not a region: the same three parts repeat for every group). */
function Part(props: { title: string; children: React.ReactNode }): React.ReactElement {
  const styles = useStyles();
  return (
    <div className={styles.part}>
      <Text as="h3" size={400} weight="semibold" className={styles.partHeading}>
        {props.title}
      </Text>
      {props.children}
    </div>
  );
}

function Group(props: { group: EvidenceGroup; strings: EvidenceStrings; fmt: Formatters; showEvidence: boolean }): React.ReactElement {
  const { group: g, strings, fmt, showEvidence } = props;
  const styles = useStyles();
  const statuses = useStatusLabels();
  const title = g.qualityStatement.titleIsParaphrase ? format(strings.paraphrasedTitle, { title: g.qualityStatement.title }) : g.qualityStatement.title;
  return (
    <Section title={title} intro={g.qualityStatement.summary ?? undefined} className={styles.group}>
      <Part title={strings.statementsHeading}>
        {g.statements.length === 0 ? (
          <Paragraph>{strings.noStatements}</Paragraph>
        ) : (
          <ul className={styles.list}>
            {g.statements.map((st) => (
              <StatementItem key={`${st.audience}:${st.statementId}`} st={st} strings={strings} fmt={fmt} showEvidence={showEvidence} />
            ))}
          </ul>
        )}
      </Part>
      <Part title={strings.actionsHeading}>
        {g.actions.length === 0 ? (
          <Paragraph>{strings.noActions}</Paragraph>
        ) : (
          <ul className={styles.list}>
            {g.actions.map((a) => (
              <li key={a.id}>
                {format(a.dueDate ? strings.actionDue : strings.actionLine, { title: a.title, status: statuses[a.status], date: fmt.date(a.dueDate) })}
              </li>
            ))}
          </ul>
        )}
      </Part>
      <Part title={strings.measuresHeading}>
        {g.measures.length === 0 ? (
          <Paragraph>{strings.noMeasures}</Paragraph>
        ) : (
          <ul className={styles.list}>
            {g.measures.map((m) => (
              <li key={m.measureId}>
                {m.value === null
                  ? format(strings.measureNone, { measure: m.name })
                  : format(strings.measureLine, { measure: m.name, value: format(m.unit === '%' ? strings.valuePercent : strings.valueWithUnit, { value: fmt.number(m.value), unit: m.unit }), date: fmt.date(m.periodEnd) })}
              </li>
            ))}
          </ul>
        )}
      </Part>
    </Section>
  );
}

function Summary(props: { loaded: Loaded; pack: ModelPack; strings: EvidenceStrings }): React.ReactElement {
  const { loaded, pack, strings } = props;
  const styles = useStyles();
  const fmt = useFormat();
  const site = useSite();
  const kit = useKitStrings();
  const evidence = loaded.evidence.ok ? loaded.evidence.value : null;
  const groups = React.useMemo(
    () => evidenceGroups({ pack, results: loaded.results, evidence, actions: loaded.actions, measures: loaded.measures }),
    [pack, loaded, evidence]
  );
  const manager = site.access === 'manage';
  return (
    <>
      <MessageBar intent="info" layout="multiline" className={styles.proposal}>
        <MessageBarBody>{strings.proposal}</MessageBarBody>
      </MessageBar>
      <Paragraph>{strings.intro}</Paragraph>
      {loaded.results ? (
        <Paragraph>{format(strings.publishedOn, { date: fmt.date(loaded.results.publishedAt), pack: pack.title, version: pack.version })}</Paragraph>
      ) : (
        <Paragraph>{strings.notPublished}</Paragraph>
      )}
      {!manager && <Paragraph>{strings.evidenceManagersOnly}</Paragraph>}
      {!loaded.evidence.ok && (
        <MessageBar intent="warning" layout="multiline">
          <MessageBarBody>{format(strings.evidenceUnavailable, { reason: errorText(kit, loaded.evidence.error) })}</MessageBarBody>
        </MessageBar>
      )}
      {groups.map((g) => (
        <Group key={g.qualityStatement.id} group={g} strings={strings} fmt={fmt} showEvidence={manager && loaded.evidence.ok} />
      ))}
    </>
  );
}

/**
 * The CQC Well-led evidence summary of a cycle (route `evidence/-/<cycleId>`), grouped by the
 * quality statements of the pack's CQC catalogue, saying plainly that the mapping is WPQ's proposal.
 * Printable: the print stylesheet drops the buttons and keeps each quality statement on one page
 * where it fits, so a manager can save it as a PDF from the browser.
 */
export default function EvidenceScreen(): React.ReactElement {
  const strings = useStrings(evidenceTranslations, enGBEvidence);
  const styles = useStyles();
  const { services } = useApp();
  const site = useSite();
  const { cycleId } = useRoute();
  const id = cycleId ?? 0;
  const manager = site.access === 'manage';
  const query = useQuery<Loaded>(cycleId === null ? null : `cycle:${id}:evidence`, async () => {
    const read = await services.cycles.readWithResults(id);
    const cycle = read.data.cycle;
    const [actions, measures, evidence] = await Promise.all([
      services.actions.listForCycle(id),
      services.measures.listForService(cycle.serviceId),
      manager
        ? services.evidence.read(id).then(
            (r) => ({ ok: true as const, value: r.data, warnings: r.warnings }),
            (error: unknown) => ({ ok: false as const, error })
          )
        : Promise.resolve({ ok: true as const, value: null, warnings: [] })
    ]);
    return {
      cycle,
      results: read.data.results,
      warnings: [...read.warnings, ...actions.warnings, ...measures.warnings, ...(evidence.ok ? evidence.warnings : [])],
      actions: actions.data,
      measures: measures.data,
      evidence: evidence.ok ? { ok: true, value: evidence.value } : evidence
    };
  });
  return (
    <QueryView query={query} label={strings.loading}>
      {(loaded) => <Loaded loaded={loaded} strings={strings} className={styles.page} noPrint={styles.noPrint} />}
    </QueryView>
  );
}

function Loaded(props: { loaded: Loaded; strings: EvidenceStrings; className: string; noPrint: string }): React.ReactElement {
  const { loaded, strings } = props;
  const screenStrings = useScreenStrings();
  const pack = usePack({ packId: loaded.cycle.packId, packVersion: loaded.cycle.packVersion });
  return (
    <Page
      title={format(strings.title, { cycle: loaded.cycle.title })}
      className={props.className}
      actions={
        <Button className={props.noPrint} onClick={() => window.print()}>
          {strings.print}
        </Button>
      }
    >
      <RowWarnings strings={screenStrings} warnings={loaded.warnings} />
      <QueryView query={pack} label={strings.loading}>
        {(p) => <Summary loaded={loaded} pack={p} strings={strings} />}
      </QueryView>
    </Page>
  );
}
