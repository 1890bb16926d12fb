import * as React from 'react';
import { makeStyles, tokens } from '@fluentui/react-components';
import { findMeasure, type Benchmark, type Measure, type ModelPack } from '../../model';
import type { MeasureRecord } from '../../data/types';
import type { ReadResult } from '../../data/rows';
import { format } from '../../loc/strings';
import type { ResultsStrings } from '../../loc/results';
import { useApp } from '../AppContext';
import { RowWarnings } from '../readModels/RowWarnings';
import { useScreenStrings } from '../useScreenStrings';
import { QueryView } from '../shared/QueryView';
import { Facts, Paragraph, Section } from '../shared/layout';
import { useFormat, type Formatters } from '../shared/format';
import { useQuery } from '../shared/useQuery';

const useStyles = makeStyles({
  list: { margin: 0, paddingLeft: tokens.spacingHorizontalL, display: 'flex', flexDirection: 'column', rowGap: tokens.spacingVerticalXS },
  item: { overflowWrap: 'anywhere' }
});

/** The latest record of each measure (by the end of its period; the later item when two end on the same day). */
export function latestPerMeasure(records: readonly MeasureRecord[]): MeasureRecord[] {
  const latest = new Map<string, MeasureRecord>();
  for (const r of records) {
    const seen = latest.get(r.measureId);
    if (!seen || r.periodEnd > seen.periodEnd || (r.periodEnd === seen.periodEnd && r.id > seen.id)) latest.set(r.measureId, r);
  }
  return [...latest.values()];
}

function valueText(strings: ResultsStrings, fmt: Formatters, value: number, unit: string, high?: number): string {
  const number = high === undefined ? fmt.number(value, 1) : format(strings.measureRange, { low: fmt.number(value, 1), high: fmt.number(high, 1) });
  return format(unit === '%' ? strings.measureValuePercent : strings.measureValueUnit, { value: number, unit });
}

function BenchmarkList(props: { strings: ResultsStrings; measure: Measure; benchmarks: Benchmark[] }): React.ReactElement {
  const { strings, measure, benchmarks } = props;
  const fmt = useFormat();
  const styles = useStyles();
  return (
    <ul className={styles.list}>
      {benchmarks.map((b, i) => (
        <li key={i} className={styles.item}>
          {format(strings.benchmarkLine, { value: valueText(strings, fmt, b.value, measure.unit, b.valueHigh), period: b.period })}
          {b.scope && <> {format(strings.benchmarkScope, { scope: b.scope })}</>}. {format(strings.benchmarkSource, { source: b.source })}
        </li>
      ))}
    </ul>
  );
}

function MeasureResult(props: { strings: ResultsStrings; record: MeasureRecord; measure: Measure | undefined }): React.ReactElement {
  const { strings, record, measure } = props;
  const fmt = useFormat();
  const unit = measure?.unit ?? '';
  const value = record.value === null ? strings.measureNoValue : valueText(strings, fmt, record.value, unit);
  const serviceFigure =
    record.value === null
      ? value
      : record.period
        ? format(strings.measureValueFor, { value, period: record.period })
        : format(strings.measureValueTo, { value, date: fmt.date(record.periodEnd) });
  const national = measure?.benchmarks.filter((b) => b.kind === 'national') ?? [];
  let benchmark: React.ReactNode;
  if (!measure) benchmark = strings.measureNotInPack;
  else if (national.length === 0) benchmark = strings.measureNoBenchmark;
  else benchmark = <BenchmarkList strings={strings} measure={measure} benchmarks={national} />;
  return (
    <Section level={3} title={measure?.name ?? record.measureId}>
      <Facts
        items={[
          [strings.measureServiceLabel, serviceFigure],
          [strings.measureBenchmarkLabel, benchmark]
        ]}
      />
      {measure?.benchmarkNote && <Paragraph>{format(strings.benchmarkAbout, { note: measure.benchmarkNote })}</Paragraph>}
    </Section>
  );
}

/**
 * The service's latest workforce measures beside the national benchmarks in the cycle's pack: from the
 * screen's own round trip when it read them, otherwise on its own (one request, the service's records).
 */
export function Measures(props: {
  serviceId: number;
  pack: ModelPack;
  strings: ResultsStrings;
  /** The figures when they came with the screen's own read. */
  first?: Promise<ReadResult<MeasureRecord[]>> | null;
}): React.ReactElement {
  const { serviceId, pack, strings, first } = props;
  const { services } = useApp();
  const screenStrings = useScreenStrings();
  const query = useQuery(`measures:${serviceId}`, () => services.measures.listForService(serviceId), first);
  const order = (id: string): number => {
    const i = pack.measures.findIndex((m) => m.id === id);
    return i < 0 ? Number.MAX_SAFE_INTEGER : i;
  };

  return (
    <Section title={strings.measuresHeading} intro={strings.measuresIntro}>
      <QueryView query={query} label={strings.measuresLoading}>
        {({ data, warnings }) => {
          const latest = latestPerMeasure(data).sort((a, b) => order(a.measureId) - order(b.measureId) || a.measureId.localeCompare(b.measureId));
          return (
            <>
              <RowWarnings strings={screenStrings} warnings={warnings} />
              {latest.length === 0 ? (
                <Paragraph>{strings.measuresNone}</Paragraph>
              ) : (
                latest.map((record) => <MeasureResult key={record.measureId} strings={strings} record={record} measure={findMeasure(pack, record.measureId)} />)
              )}
            </>
          );
        }}
      </QueryView>
    </Section>
  );
}
