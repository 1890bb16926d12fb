import * as React from 'react';
import { makeStyles, mergeClasses, tokens } from '@fluentui/react-components';
import { ChartFrame } from './ChartFrame';
import { trendChartModel, type TrendChartInput, type TrendChartModel } from './trend';

export type TrendChartProps = TrendChartInput;

const useStyles = makeStyles({
  table: { borderCollapse: 'collapse', width: '100%', minWidth: 0 },
  caption: { textAlign: 'start', fontWeight: tokens.fontWeightSemibold, paddingBottom: tokens.spacingVerticalXS, overflowWrap: 'anywhere' },
  cell: {
    textAlign: 'start',
    verticalAlign: 'top',
    padding: `${tokens.spacingVerticalXS} ${tokens.spacingHorizontalS}`,
    borderBottom: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
    overflowWrap: 'anywhere'
  },
  head: { fontWeight: tokens.fontWeightSemibold },
  number: { fontVariantNumeric: 'tabular-nums' }
});

/** The trend's figures as a table, the benchmark (value, period and source) in its last row. */
export function TrendTable(props: { model: TrendChartModel; captionId?: string }): React.ReactElement {
  const { model } = props;
  const styles = useStyles();
  return (
    <table className={styles.table}>
      <caption id={props.captionId} className={styles.caption}>
        {model.caption}
      </caption>
      <thead>
        <tr>
          <th scope="col" className={mergeClasses(styles.cell, styles.head)}>
            {model.periodHeading}
          </th>
          <th scope="col" className={mergeClasses(styles.cell, styles.head)}>
            {model.valueHeading}
          </th>
        </tr>
      </thead>
      <tbody>
        {model.points.map((p) => (
          <tr key={p.id}>
            <th scope="row" className={mergeClasses(styles.cell, styles.head)}>
              {p.label}
            </th>
            <td className={mergeClasses(styles.cell, styles.number)}>{p.text}</td>
          </tr>
        ))}
      </tbody>
      {model.reference && (
        <tfoot>
          <tr>
            <th scope="row" className={mergeClasses(styles.cell, styles.head)}>
              {model.reference.label}
            </th>
            <td className={styles.cell}>
              <span className={styles.number}>{model.reference.text}</span> ({model.reference.details})
            </td>
          </tr>
        </tfoot>
      )}
    </table>
  );
}

/**
 * A line of figures over time with a reference line (such as a national benchmark), each point's
 * period and value on hover and focus, and a table of the same figures. The chart library loads on first use.
 */
export function TrendChart(props: TrendChartProps): React.ReactElement {
  const { caption, series, periodHeading, valueHeading, points, reference, pointLabel, referenceLabel } = props;
  const model = React.useMemo(
    () => trendChartModel({ caption, series, periodHeading, valueHeading, points, reference, pointLabel, referenceLabel }),
    [caption, series, periodHeading, valueHeading, points, reference, pointLabel, referenceLabel]
  );
  return <ChartFrame table={(captionId) => <TrendTable model={model} captionId={captionId} />} chart={(kit, options) => <kit.TrendLines model={model} {...options} />} />;
}
