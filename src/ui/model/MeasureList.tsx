import * as React from 'react';
import {
  Accordion,
  AccordionHeader,
  AccordionItem,
  AccordionPanel,
  Table,
  TableBody,
  TableCell,
  TableHeader,
  TableHeaderCell,
  TableRow,
  Text,
  makeStyles,
  tokens
} from '@fluentui/react-components';
import { findPillar, findMeasure, type Benchmark, type Formula, type Measure, type ModelPack } from '../../model';
import { format } from '../../loc/strings';
import type { ScreenStrings } from '../../loc/screens';
import { ExternalLink } from './ExternalLink';
import { formatPackDate, formatValue } from './modelFormat';
import { useModelStyles } from './modelStyles';

const useMeasureStyles = makeStyles({
  list: { display: 'flex', flexDirection: 'column' },
  item: { borderBottom: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}` },
  measure: {
    display: 'flex',
    flexDirection: 'column',
    rowGap: tokens.spacingVerticalS,
    paddingBottom: tokens.spacingVerticalL,
    minWidth: 0
  }
});

function formulaLabel(strings: ScreenStrings, formula: Formula): string {
  switch (formula) {
    case 'percentage':
      return strings.modelFormulaPercentage;
    case 'ratio':
      return strings.modelFormulaRatio;
    default:
      return strings.modelFormulaPerWorker;
  }
}

function BenchmarkTable(props: {
  measure: Measure;
  strings: ScreenStrings;
  locale: string;
  idBase: string;
}): React.ReactElement {
  const { measure, strings, locale, idBase } = props;
  const styles = useModelStyles();
  const labelId = `${idBase}-label`;
  return (
    <div role="region" aria-labelledby={labelId} tabIndex={0} className={styles.scrollRegion}>
      <span id={labelId} hidden>
        {format(strings.modelBenchmarksTableLabel, { measure: measure.name })}
      </span>
      <Table aria-labelledby={labelId} className={styles.table} size="small">
        <TableHeader>
          <TableRow>
            <TableHeaderCell>{strings.modelBenchmarkValue}</TableHeaderCell>
            <TableHeaderCell>{strings.modelBenchmarkPeriod}</TableHeaderCell>
            <TableHeaderCell>{strings.modelBenchmarkScope}</TableHeaderCell>
            <TableHeaderCell>{strings.modelBenchmarkSource}</TableHeaderCell>
            <TableHeaderCell>{strings.modelBenchmarkPublisher}</TableHeaderCell>
            <TableHeaderCell>{strings.modelBenchmarkPublished}</TableHeaderCell>
            <TableHeaderCell>{strings.modelBenchmarkNote}</TableHeaderCell>
          </TableRow>
        </TableHeader>
        <TableBody>
          {measure.benchmarks.map((b: Benchmark, i) => (
            <TableRow key={i}>
              <TableCell className={styles.cell}>
                <span className={styles.term}>{formatValue(strings, locale, b.value, measure.unit, b.valueHigh)}</span>
                <br />
                {b.kind === 'target' ? strings.modelBenchmarkKindTarget : strings.modelBenchmarkKindNational}
              </TableCell>
              <TableCell className={styles.cell}>{b.period}</TableCell>
              <TableCell className={styles.cell}>{b.scope ?? strings.modelBenchmarkScopeDefault}</TableCell>
              <TableCell className={styles.cell}>
                <ExternalLink href={b.url} text={b.source} strings={strings} />
              </TableCell>
              <TableCell className={styles.cell}>{b.publisher}</TableCell>
              <TableCell className={styles.cell}>{formatPackDate(b.publishedOn, locale)}</TableCell>
              <TableCell className={styles.cell}>{b.note ?? ''}</TableCell>
            </TableRow>
          ))}
        </TableBody>
      </Table>
    </div>
  );
}

function MeasureDetail(props: { pack: ModelPack; measure: Measure; strings: ScreenStrings; locale: string; idBase: string }): React.ReactElement {
  const { pack, measure, strings, locale, idBase } = props;
  const styles = useModelStyles();
  const own = useMeasureStyles();
  const pillars = measure.pillarIds.map((id) => findPillar(pack, id)?.name ?? id);
  return (
    <div className={own.measure}>
      <Text as="p" className={styles.paragraph} block>
        {measure.definition}
      </Text>
      <dl className={styles.factsWide}>
        <div className={styles.fact}>
          <dt className={styles.term}>{strings.modelMeasureFormula}</dt>
          <dd className={styles.definition}>{formulaLabel(strings, measure.formula)}</dd>
        </div>
        <div className={styles.fact}>
          <dt className={styles.term}>{strings.modelMeasureNumerator}</dt>
          <dd className={styles.definition}>
            {measure.numerator.counts}
            <br />
            {format(strings.modelMeasurePeriod, { period: measure.numerator.period })}
          </dd>
        </div>
        <div className={styles.fact}>
          <dt className={styles.term}>{strings.modelMeasureDenominator}</dt>
          <dd className={styles.definition}>
            {measure.denominator.counts}
            <br />
            {format(strings.modelMeasurePeriod, { period: measure.denominator.period })}
          </dd>
        </div>
        <div className={styles.fact}>
          <dt className={styles.term}>{strings.modelMeasureUnit}</dt>
          <dd className={styles.definition}>{measure.unit}</dd>
        </div>
        <div className={styles.fact}>
          <dt className={styles.term}>{strings.modelMeasureDirection}</dt>
          <dd className={styles.definition}>{measure.higherIsBetter ? strings.modelHigherIsBetter : strings.modelLowerIsBetter}</dd>
        </div>
        <div className={styles.fact}>
          <dt className={styles.term}>{strings.modelMeasurePillars}</dt>
          <dd className={styles.definition}>{pillars.join(strings.modelListSeparator)}</dd>
        </div>
        {measure.dataSource !== undefined && (
          <div className={styles.fact}>
            <dt className={styles.term}>{strings.modelMeasureDataSource}</dt>
            <dd className={styles.definition}>{measure.dataSource}</dd>
          </div>
        )}
        {measure.note !== undefined && (
          <div className={styles.fact}>
            <dt className={styles.term}>{strings.modelMeasureNote}</dt>
            <dd className={styles.definition}>{measure.note}</dd>
          </div>
        )}
      </dl>
      {measure.parts !== undefined && measure.parts.length > 0 && (
        <>
          <Text as="h4" size={300} weight="semibold" className={styles.heading} block>
            {strings.modelMeasureParts}
          </Text>
          <ul className={styles.plainList}>
            {measure.parts.map((part) => {
              const tracked = part.measureId === undefined ? undefined : findMeasure(pack, part.measureId);
              return (
                <li key={part.id}>
                  <span className={styles.term}>{part.name}</span>
                  <span className={styles.paragraph}> {part.definition}</span>
                  {tracked !== undefined && (
                    <Text as="p" className={styles.muted} block>
                      {format(strings.modelMeasurePartTracked, { measure: tracked.name })}
                    </Text>
                  )}
                </li>
              );
            })}
          </ul>
        </>
      )}
      <Text as="h4" size={300} weight="semibold" className={styles.heading} block>
        {strings.modelBenchmarksHeading}
      </Text>
      {measure.benchmarks.length > 0 ? (
        <>
          <BenchmarkTable measure={measure} strings={strings} locale={locale} idBase={`${idBase}-benchmarks`} />
          {measure.benchmarkNote !== undefined && (
            <Text as="p" className={styles.paragraph} block>
              {format(strings.modelBenchmarkAbout, { note: measure.benchmarkNote })}
            </Text>
          )}
        </>
      ) : (
        <Text as="p" className={styles.paragraph} block>
          {measure.benchmarkNote !== undefined
            ? format(strings.modelNoBenchmarkNote, { note: measure.benchmarkNote })
            : strings.modelNoBenchmark}
        </Text>
      )}
    </div>
  );
}

export interface MeasureListProps {
  pack: ModelPack;
  strings: ScreenStrings;
  locale: string;
  idBase: string;
}

/** Every measure in the pack: how to work it out, which way is better, and national figures to compare with. */
export function MeasureList(props: MeasureListProps): React.ReactElement {
  const { pack, strings, locale, idBase } = props;
  const styles = useModelStyles();
  const own = useMeasureStyles();
  const headingId = `${idBase}-heading`;
  return (
    <section className={styles.section} aria-labelledby={headingId}>
      <Text as="h2" size={500} weight="semibold" id={headingId} className={styles.heading} block>
        {strings.modelMeasuresHeading}
      </Text>
      <Text as="p" className={styles.paragraph} block>
        {strings.modelMeasuresIntro}
      </Text>
      {pack.measures.length === 0 ? (
        <Text as="p" className={styles.muted} block>
          {strings.modelNoneInPack}
        </Text>
      ) : (
        <Accordion multiple collapsible className={own.list}>
          {pack.measures.map((measure, i) => (
            <AccordionItem key={measure.id} value={measure.id} className={own.item}>
              <AccordionHeader as="h3" size="large">
                {measure.name}
              </AccordionHeader>
              <AccordionPanel>
                <MeasureDetail pack={pack} measure={measure} strings={strings} locale={locale} idBase={`${idBase}-${i}`} />
              </AccordionPanel>
            </AccordionItem>
          ))}
        </Accordion>
      )}
    </section>
  );
}
