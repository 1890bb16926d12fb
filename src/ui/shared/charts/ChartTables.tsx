import * as React from 'react';
import { makeStyles, mergeClasses, tokens } from '@fluentui/react-components';
import type { GapChartModel, ScoreChartModel } from './models';

/**
 * The tables behind the charts: the same figures as text, with a caption and headers a screen reader
 * can announce. Plain HTML tables so that nothing about them depends on the chart library.
 */
const useStyles = makeStyles({
  table: {
    borderCollapse: 'collapse',
    width: '100%',
    minWidth: 0,
    tableLayout: 'auto'
  },
  caption: {
    textAlign: 'start',
    fontWeight: tokens.fontWeightSemibold,
    paddingBottom: tokens.spacingVerticalXS,
    overflowWrap: 'anywhere'
  },
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

export function ScoreTable(props: { model: ScoreChartModel; captionId?: string }): React.ReactElement {
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
            {model.rowHeading}
          </th>
          {model.series.map((series) => (
            <th key={series} scope="col" className={mergeClasses(styles.cell, styles.head)}>
              {series}
            </th>
          ))}
        </tr>
      </thead>
      <tbody>
        {model.groups.map((group) => (
          <tr key={group.id}>
            <th scope="row" className={mergeClasses(styles.cell, styles.head)}>
              {group.label}
            </th>
            {group.cells.map((cell, i) => (
              <td key={i} className={mergeClasses(styles.cell, styles.number)}>
                {cell.text}
              </td>
            ))}
          </tr>
        ))}
      </tbody>
    </table>
  );
}

export function GapTable(props: { model: GapChartModel; captionId?: string }): React.ReactElement {
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
            {model.rowHeading}
          </th>
          <th scope="col" className={mergeClasses(styles.cell, styles.head)}>
            {model.gapHeading}
          </th>
          <th scope="col" className={mergeClasses(styles.cell, styles.head)}>
            {model.readingHeading}
          </th>
        </tr>
      </thead>
      <tbody>
        {model.rows.map((row) => (
          <tr key={row.id}>
            <th scope="row" className={mergeClasses(styles.cell, styles.head)}>
              {row.label}
            </th>
            {row.bar ? (
              <>
                <td className={mergeClasses(styles.cell, styles.number)}>{row.bar.text}</td>
                <td className={styles.cell}>{row.bar.readingText}</td>
              </>
            ) : (
              <td colSpan={2} className={styles.cell}>
                {row.missing}
              </td>
            )}
          </tr>
        ))}
      </tbody>
    </table>
  );
}
