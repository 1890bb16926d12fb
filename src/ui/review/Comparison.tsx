import * as React from 'react';
import { makeStyles, tokens } from '@fluentui/react-components';
import type { ModelPack } from '../../model';
import type { Action, Cycle, MeasureRecord, PublishedResults } from '../../data/types';
import { format } from '../../loc/strings';
import type { ReviewStrings } from '../../loc/review';
import { PillarScoresChart, type ScoreChartRow } from '../shared/charts';
import { useFormat, type Formatters } from '../shared/format';
import { Facts, Paragraph, Section } from '../shared/layout';
import { measureChanges, outcomeCounts, sideBySide, trendFor, type ReviewArea, type SideBySide, type UnmatchedStatement } from './compare';

const useStyles = makeStyles({
  table: {
    width: '100%',
    tableLayout: 'fixed',
    borderCollapse: 'collapse',
    '& th, & td': {
      textAlign: 'left',
      verticalAlign: 'top',
      padding: `${tokens.spacingVerticalXS} ${tokens.spacingHorizontalXS}`,
      borderBottom: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
      overflowWrap: 'anywhere'
    }
  },
  caption: { textAlign: 'left', fontWeight: tokens.fontWeightSemibold, paddingBottom: tokens.spacingVerticalXS, overflowWrap: 'anywhere' },
  list: { margin: 0, paddingLeft: tokens.spacingHorizontalL, overflowWrap: 'anywhere' },
  columns: { display: 'flex', flexWrap: 'wrap', gap: tokens.spacingHorizontalXXL, rowGap: tokens.spacingVerticalM, minWidth: 0 },
  column: { minWidth: 0, flexGrow: 1, flexBasis: '16rem' }
});

const percent = (fmt: Formatters, s: ReviewStrings, value: number | null): string => (value === null ? s.noFigure : fmt.percent(value));
const signed = (fmt: Formatters, value: number): string => `${value > 0 ? '+' : value < 0 ? '−' : ''}${fmt.number(Math.abs(Math.round(value)), 0)}`;

function Cell(props: { s: ReviewStrings; fmt: Formatters; previous: number | null; current: number | null; asGap?: boolean }): React.ReactElement {
  const { s, fmt, previous, current, asGap } = props;
  const show = (v: number | null): string => (v === null ? s.noFigure : asGap ? signed(fmt, v) : fmt.percent(v));
  return <>{format(s.compareCell, { previous: show(previous), current: show(current) })}</>;
}

function Unmatched(props: { s: ReviewStrings; title: string; items: UnmatchedStatement[] }): React.ReactElement | null {
  const { s, title, items } = props;
  const styles = useStyles();
  if (items.length === 0) return null;
  return (
    <Section level={3} title={title}>
      <ul className={styles.list}>
        {items.map((u) => (
          <li key={`${u.audience}-${u.statementId}`}>
            {format(s.unmatchedItem, { area: u.areaName, audience: u.audience === 'leaders' ? s.audienceLeaders : s.audienceStaff, text: u.text })}
          </li>
        ))}
      </ul>
    </Section>
  );
}

function ScoresSideBySide(props: { s: ReviewStrings; view: SideBySide; previous: Cycle; current: Cycle; previousPack: ModelPack; currentPack: ModelPack }): React.ReactElement {
  const { s, view, previous, current } = props;
  const fmt = useFormat();
  const styles = useStyles();
  const minimum = view.staff.minimumGroupSize ?? 5;
  const hiddenNote =
    view.staff.previous === 'hidden' && view.staff.current === 'hidden'
      ? s.staffHiddenBoth
      : view.staff.previous === 'hidden'
        ? s.staffHiddenPrevious
        : view.staff.current === 'hidden'
          ? s.staffHiddenCurrent
          : null;
  const likeForLike = view.packsDiffer
    ? view.rows.filter((r) => r.leaders.likeForLike !== null && r.leaders.likeForLike.matchedStatements > 0)
    : [];
  return (
    <>
      <table className={styles.table}>
        <caption className={styles.caption}>{format(s.compareCaption, { previous: previous.title, current: current.title })}</caption>
        <thead>
          <tr>
            <th scope="col">{s.compareArea}</th>
            <th scope="col">{s.compareLeaders}</th>
            <th scope="col">{s.compareStaff}</th>
            <th scope="col">{s.compareGap}</th>
          </tr>
        </thead>
        <tbody>
          {view.rows.map((r) => (
            <tr key={r.area.id}>
              <th scope="row">{r.area.crossCutting ? format(s.themeSuffix, { name: r.area.name }) : r.area.name}</th>
              <td>
                <Cell s={s} fmt={fmt} previous={r.leaders.previous} current={r.leaders.current} />
              </td>
              <td>
                <Cell s={s} fmt={fmt} previous={r.staff.previous} current={r.staff.current} />
              </td>
              <td>
                <Cell s={s} fmt={fmt} previous={r.gap.previous} current={r.gap.current} asGap />
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      {hiddenNote && <Paragraph>{format(hiddenNote, { minimum })}</Paragraph>}
      {view.packsDiffer && (
        <>
          <Paragraph>{format(s.packsDiffer, { previous: `${props.previousPack.title} ${props.previousPack.version}`, current: `${props.currentPack.title} ${props.currentPack.version}` })}</Paragraph>
          <Unmatched s={s} title={s.retiredHeading} items={view.retired} />
          <Unmatched s={s} title={s.addedHeading} items={view.added} />
          {likeForLike.map((r) => {
            const l = r.leaders.likeForLike as NonNullable<typeof r.leaders.likeForLike>;
            return (
              <Paragraph key={r.area.id}>
                {format(s.likeForLike, { area: r.area.name, count: l.matchedStatements, previous: percent(fmt, s, l.previousPercent), current: percent(fmt, s, l.currentPercent) })}
              </Paragraph>
            );
          })}
        </>
      )}
    </>
  );
}

function ActionOutcomes(props: { s: ReviewStrings; cycles: Array<{ cycle: Cycle; actions: Action[] }> }): React.ReactElement {
  const { s } = props;
  const styles = useStyles();
  return (
    <Section title={s.actionsHeading}>
      <div className={styles.columns}>
        {props.cycles.map(({ cycle, actions }) => {
          const c = outcomeCounts(actions);
          return (
            <div key={cycle.id} className={styles.column}>
              <Section level={3} title={format(s.actionsOf, { cycle: cycle.title })}>
                {c.total === 0 ? (
                  <Paragraph>{s.actionsNone}</Paragraph>
                ) : (
                  <Facts
                    items={[
                      [s.onTime, c['on-time']],
                      [s.late, c.late],
                      [s.doneNoDue, c['done-no-due-date']],
                      [s.notDone, c['not-done']]
                    ]}
                  />
                )}
              </Section>
            </div>
          );
        })}
      </div>
    </Section>
  );
}

function MeasuresAgainstPrevious(props: { s: ReviewStrings; records: MeasureRecord[]; pack: ModelPack }): React.ReactElement {
  const { s, records, pack } = props;
  const fmt = useFormat();
  const changes = React.useMemo(() => measureChanges(records, pack), [records, pack]);
  const figure = (r: MeasureRecord, unit: string): string => {
    const value = r.value === null ? s.measureNoValue : `${fmt.number(r.value, 1)}${unit === '%' ? '%' : ` ${unit}`}`;
    return format(s.measurePeriod, { value, period: r.period ?? fmt.date(r.periodEnd) });
  };
  return (
    <Section title={s.measuresHeading}>
      {changes.length === 0 ? (
        <Paragraph>{s.measuresNone}</Paragraph>
      ) : (
        <Facts
          items={changes.map((m) => [
            m.name,
            m.previous === null
              ? format(s.measureNoPrevious, { latest: figure(m.latest, m.unit) })
              : format(s.measureLine, {
                  latest: figure(m.latest, m.unit),
                  previous: figure(m.previous, m.unit),
                  direction: m.better === null ? s.measureSame : m.better ? s.measureBetter : s.measureWorse
                })
          ])}
        />
      )}
    </Section>
  );
}

function Trend(props: { s: ReviewStrings; areas: ReviewArea[]; cycles: Cycle[] }): React.ReactElement {
  const { s, areas, cycles } = props;
  const series = React.useMemo(() => [s.compareLeaders, s.compareStaff], [s]);
  const published = cycles.filter((c) => c.summary !== null).length;
  return (
    <Section title={s.trendHeading} intro={published > 1 ? s.trendIntro : undefined}>
      {published <= 1 ? (
        <Paragraph>{s.trendNone}</Paragraph>
      ) : (
        areas.map((area) => {
          const rows: ScoreChartRow[] = trendFor(cycles, area.id).map((p) => ({
            id: String(p.cycleId),
            label: p.title,
            cells: [
              { value: p.leaders, missing: s.trendMissing },
              { value: p.staff, missing: p.staffHidden ? s.trendStaffHidden : s.trendMissing }
            ]
          }));
          return (
            <Section key={area.id} level={3} title={format(s.trendAreaHeading, { area: area.crossCutting ? format(s.themeSuffix, { name: area.name }) : area.name })}>
              <PillarScoresChart caption={format(s.trendCaption, { area: area.name })} rowHeading={s.trendRow} series={series} rows={rows} barLabel={s.trendBar} />
            </Section>
          );
        })
      )}
    </Section>
  );
}

/** This cycle beside the previous one, the actions' outcomes, the measures and the trend. */
export function Comparison(props: {
  s: ReviewStrings;
  cycle: Cycle;
  results: PublishedResults | null;
  pack: ModelPack;
  previous: { cycle: Cycle; results: PublishedResults | null; actions: Action[]; pack: ModelPack } | null;
  actions: Action[];
  measures: MeasureRecord[];
  serviceCycles: Cycle[];
  areas: ReviewArea[];
}): React.ReactElement {
  const { s, cycle, results, pack, previous } = props;
  const view = React.useMemo(
    () => (previous ? sideBySide({ currentPack: pack, currentResults: results, previousPack: previous.pack, previousResults: previous.results }) : null),
    [previous, pack, results]
  );
  return (
    <>
      <Section title={previous ? format(s.compareHeading, { cycle: previous.cycle.title }) : s.compareNoneHeading} intro={previous && results ? s.compareIntro : undefined}>
        {previous === null || view === null ? (
          <Paragraph>{s.compareNone}</Paragraph>
        ) : results === null ? (
          <Paragraph>{s.compareNotPublished}</Paragraph>
        ) : (
          <ScoresSideBySide s={s} view={view} previous={previous.cycle} current={cycle} previousPack={previous.pack} currentPack={pack} />
        )}
      </Section>
      <ActionOutcomes s={s} cycles={[{ cycle, actions: props.actions }, ...(previous ? [{ cycle: previous.cycle, actions: previous.actions }] : [])]} />
      <MeasuresAgainstPrevious s={s} records={props.measures} pack={pack} />
      <Trend s={s} areas={props.areas} cycles={props.serviceCycles} />
    </>
  );
}
