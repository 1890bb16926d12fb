import * as React from 'react';
import {
  Accordion,
  AccordionHeader,
  AccordionItem,
  AccordionPanel,
  TableRow,
  Text,
  makeStyles,
  tokens
} from '@fluentui/react-components';
import { findPillar, findMeasure, type Benchmark, type Formula, type Measure, type ModelPack } from '../../model';
import { format } from '../../loc/strings';
import type { ScreenStrings } from '../../loc/screens';
import { DataCell, DataTable } from '../shared/DataTable';
import { ExternalLink } from './ExternalLink';
import { Fact, ModelSection } from './ModelBlocks';
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

/** What the numerator or denominator counts, and over what period. */
function CountedOver(props: { quantity: Measure['numerator']; strings: ScreenStrings }): React.ReactElement {
  const { quantity, strings } = props;
  return (
    <>
      {quantity.counts}
      <br />
      {format(strings.modelMeasurePeriod, { period: quantity.period })}
    </>
  );
}

function BenchmarkTable(props: {
  measure: Measure;
  strings: ScreenStrings;
  locale: string;
  idBase: string;
}): React.ReactElement {
  const { measure, strings, locale, idBase } = props;
  const styles = useModelStyles();
  return (
    <DataTable
      region
      labelledBy={`${idBase}-label`}
      hiddenLabel={format(strings.modelBenchmarksTableLabel, { measure: measure.name })}
      columns={[
        strings.modelBenchmarkValue,
        strings.modelBenchmarkPeriod,
        strings.modelBenchmarkScope,
        strings.modelBenchmarkSource,
        strings.modelBenchmarkPublisher,
        strings.modelBenchmarkPublished,
        strings.modelBenchmarkNote
      ]}
    >
      {measure.benchmarks.map((b: Benchmark, i) => (
        <TableRow key={i}>
          <DataCell>
            <span className={styles.term}>{formatValue(strings, locale, b.value, measure.unit, b.valueHigh)}</span>
            <br />
            {b.kind === 'target' ? strings.modelBenchmarkKindTarget : strings.modelBenchmarkKindNational}
          </DataCell>
          <DataCell>{b.period}</DataCell>
          <DataCell>{b.scope ?? strings.modelBenchmarkScopeDefault}</DataCell>
          <DataCell>
            <ExternalLink href={b.url} text={b.source} strings={strings} />
          </DataCell>
          <DataCell>{b.publisher}</DataCell>
          <DataCell>{formatPackDate(b.publishedOn, locale)}</DataCell>
          <DataCell>{b.note ?? ''}</DataCell>
        </TableRow>
      ))}
    </DataTable>
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
        <Fact term={strings.modelMeasureFormula}>{formulaLabel(strings, measure.formula)}</Fact>
        <Fact term={strings.modelMeasureNumerator}>
          <CountedOver quantity={measure.numerator} strings={strings} />
        </Fact>
        <Fact term={strings.modelMeasureDenominator}>
          <CountedOver quantity={measure.denominator} strings={strings} />
        </Fact>
        <Fact term={strings.modelMeasureUnit}>{measure.unit}</Fact>
        <Fact term={strings.modelMeasureDirection}>
          {measure.higherIsBetter ? strings.modelHigherIsBetter : strings.modelLowerIsBetter}
        </Fact>
        <Fact term={strings.modelMeasurePillars}>{pillars.join(strings.modelListSeparator)}</Fact>
        {measure.dataSource !== undefined && <Fact term={strings.modelMeasureDataSource}>{measure.dataSource}</Fact>}
        {measure.note !== undefined && <Fact term={strings.modelMeasureNote}>{measure.note}</Fact>}
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
    <ModelSection headingId={headingId} heading={strings.modelMeasuresHeading} intro={strings.modelMeasuresIntro}>
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
    </ModelSection>
  );
}
