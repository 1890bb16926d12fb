import * as React from 'react';
import { Button, makeStyles, mergeClasses, tokens } from '@fluentui/react-components';
import type { Benchmark, Measure, ModelPack } from '../../model';
import type { MeasureRecord } from '../../data/types';
import { format } from '../../loc/strings';
import type { MeasuresStrings } from '../../loc/measures';
import { TrendChart, type TrendReferenceInput } from '../shared/charts';
import { useFormat } from '../shared/format';
import { Facts, Paragraph, Section } from '../shared/layout';
import { FigureForm } from './FigureForm';
import { useMeasuresStrings } from './figureSchema';
import { useValueText } from './valueText';

const useStyles = makeStyles({
  list: { margin: 0, paddingLeft: tokens.spacingHorizontalL, display: 'flex', flexDirection: 'column', rowGap: tokens.spacingVerticalXS },
  wrap: { overflowWrap: 'anywhere', minWidth: 0 },
  tableBox: { minWidth: 0 },
  table: { borderCollapse: 'collapse', width: '100%' },
  caption: { textAlign: 'start', fontWeight: tokens.fontWeightSemibold, paddingBottom: tokens.spacingVerticalXS, overflowWrap: 'anywhere' },
  cell: {
    textAlign: 'start',
    verticalAlign: 'top',
    padding: `${tokens.spacingVerticalXS} ${tokens.spacingHorizontalS}`,
    borderBottom: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
    overflowWrap: 'anywhere'
  },
  head: { fontWeight: tokens.fontWeightSemibold },
  note: { whiteSpace: 'pre-wrap' },
  number: { fontVariantNumeric: 'tabular-nums' },
  actions: { display: 'flex', flexWrap: 'wrap', gap: tokens.spacingHorizontalS },
  button: { minHeight: '32px' }
});

/** The national benchmark drawn as the reference line: the first national figure for all of adult social care, else the first. */
export function referenceBenchmark(measure: Measure): Benchmark | undefined {
  const national = measure.benchmarks.filter((b) => b.kind === 'national');
  return national.find((b) => b.scope === undefined) ?? national[0];
}

function benchmarkText(s: MeasuresStrings, value: string, b: Benchmark): string {
  return b.scope ? format(s.benchmarkScoped, { value, period: b.period, scope: b.scope }) : format(s.benchmarkText, { value, period: b.period });
}

function FiguresTable(props: { measure: Measure; records: MeasureRecord[]; canManage: boolean; onCorrect(record: MeasureRecord): void }): React.ReactElement {
  const { measure, records, canManage } = props;
  const s = useMeasuresStrings();
  const fmt = useFormat();
  const styles = useStyles();
  const valueText = useValueText();
  const cell = styles.cell;
  const count = (n: number | null): string => (n === null ? '' : fmt.number(n, 2));
  return (
    <div className={styles.tableBox}>
      <table className={styles.table}>
        <caption className={styles.caption}>{format(s.figuresCaption, { measure: measure.name })}</caption>
        <thead>
          <tr>
            {[s.colPeriod, s.colNumerator, s.colDenominator, s.colValue, s.colNote, ...(canManage ? [s.colActions] : [])].map((h) => (
              <th key={h} scope="col" className={mergeClasses(cell, styles.head)}>
                {h}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {records.map((r) => {
            const period = r.period ?? fmt.date(r.periodEnd);
            return (
              <tr key={r.id}>
                <th scope="row" className={mergeClasses(cell, styles.head)}>
                  {period}
                </th>
                <td className={mergeClasses(cell, styles.number)}>{count(r.numerator)}</td>
                <td className={mergeClasses(cell, styles.number)}>{count(r.denominator)}</td>
                <td className={mergeClasses(cell, styles.number)}>{r.value === null ? s.noValue : valueText(r.value, measure.unit)}</td>
                <td className={mergeClasses(cell, styles.note)}>{[r.source, r.note].filter(Boolean).join('\n')}</td>
                {canManage && (
                  <td className={cell}>
                    <Button className={styles.button} aria-label={format(s.correctLabel, { period })} onClick={() => props.onCorrect(r)}>
                      {s.correct}
                    </Button>
                  </td>
                )}
              </tr>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}

export interface MeasureSectionProps {
  measure: Measure;
  pack: ModelPack;
  serviceId: number;
  /** This measure's figures for the service. */
  records: MeasureRecord[];
  canManage: boolean;
  today: string;
  onSaved(message: string): void;
}

/** One measure: what it is, its benchmark, its trend with the benchmark line, its figures, and (for managers) entry and correction. */
export function MeasureSection(props: MeasureSectionProps): React.ReactElement {
  const { measure, pack, serviceId, records, canManage, today } = props;
  const s = useMeasuresStrings();
  const fmt = useFormat();
  const styles = useStyles();
  const valueText = useValueText();
  const [editing, setEditing] = React.useState<{ kind: 'none' } | { kind: 'add' } | { kind: 'correct'; record: MeasureRecord }>({ kind: 'none' });
  const addButton = React.useRef<HTMLButtonElement>(null);

  const newestFirst = React.useMemo(() => [...records].sort((a, b) => b.periodEnd.localeCompare(a.periodEnd) || b.id - a.id), [records]);
  const national = measure.benchmarks.filter((b) => b.kind === 'national');
  const reference = referenceBenchmark(measure);
  const referenceInput = React.useMemo<TrendReferenceInput | null>(
    () =>
      reference
        ? {
            value: reference.value,
            text: valueText(reference.value, measure.unit),
            label: s.benchmarkLabel,
            details: format(s.benchmarkDetails, { period: reference.scope ? `${reference.period} (${reference.scope})` : reference.period, source: reference.source })
          }
        : null,
    // valueText changes identity each render; its output depends only on these.
    // eslint-disable-next-line react-hooks/exhaustive-deps
    [reference, measure.unit, s, fmt]
  );
  const points = React.useMemo(
    () =>
      records
        .filter((r) => r.value !== null)
        .map((r) => ({ id: String(r.id), date: r.periodEnd, label: r.period ?? fmt.date(r.periodEnd), value: r.value as number, text: valueText(r.value as number, measure.unit) })),
    // eslint-disable-next-line react-hooks/exhaustive-deps
    [records, measure.unit, fmt, s]
  );

  const closeForm = (): void => {
    setEditing({ kind: 'none' });
    setTimeout(() => addButton.current?.focus(), 0);
  };
  const saved = (record: MeasureRecord, corrected: boolean): void => {
    const period = record.period ?? fmt.date(record.periodEnd);
    setEditing({ kind: 'none' });
    props.onSaved(format(corrected ? s.correctedDone : s.saved, { period }));
  };

  return (
    <Section level={2} title={measure.name}>
      <Facts
        items={[
          [s.definitionLabel, <span key="definition" className={styles.wrap}>{measure.definition} {measure.higherIsBetter ? s.higherIsBetter : s.lowerIsBetter}</span>],
          [s.numeratorAbout, format(s.countOver, { counts: measure.numerator.counts, period: measure.numerator.period })],
          [s.denominatorAbout, format(s.countOver, { counts: measure.denominator.counts, period: measure.denominator.period })],
          ...(measure.dataSource ? [[s.dataSourceLabel, measure.dataSource] as [string, string]] : []),
          [
            s.benchmarkLabel,
            national.length === 0 ? (
              s.benchmarkNone
            ) : (
              <ul className={styles.list}>
                {national.map((b, i) => (
                  <li key={i} className={styles.wrap}>
                    {benchmarkText(s, valueText(b.value, measure.unit), b)}. {format(s.benchmarkDetails, { period: b.period, source: b.source })}
                  </li>
                ))}
              </ul>
            )
          ]
        ]}
      />
      {measure.benchmarkNote && <Paragraph>{format(s.benchmarkNote, { note: measure.benchmarkNote })}</Paragraph>}
      {points.length === 0 ? (
        <Paragraph>{s.noFigures}</Paragraph>
      ) : (
        <TrendChart
          caption={format(s.trendCaption, { measure: measure.name })}
          series={s.trendSeries}
          periodHeading={s.trendPeriod}
          valueHeading={s.trendValue}
          points={points}
          reference={referenceInput}
          pointLabel={s.trendPoint}
          referenceLabel={s.trendReference}
        />
      )}
      {newestFirst.length > 0 && <FiguresTable measure={measure} records={newestFirst} canManage={canManage} onCorrect={(record) => setEditing({ kind: 'correct', record })} />}
      {canManage && editing.kind === 'none' && (
        <div className={styles.actions}>
          <Button ref={addButton} className={styles.button} aria-label={format(s.addFiguresFor, { measure: measure.name })} onClick={() => setEditing({ kind: 'add' })}>
            {s.addFigures}
          </Button>
        </div>
      )}
      {canManage && editing.kind !== 'none' && (
        <FigureForm
          key={editing.kind === 'correct' ? `correct-${editing.record.id}` : 'add'}
          measure={measure}
          pack={pack}
          serviceId={serviceId}
          records={records}
          today={today}
          correcting={editing.kind === 'correct' ? editing.record : undefined}
          onSaved={(record) => saved(record, editing.kind === 'correct')}
          onCancel={closeForm}
        />
      )}
    </Section>
  );
}
