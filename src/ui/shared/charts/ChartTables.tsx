import * as React from 'react';
import { makeStyles, mergeClasses, tokens } from '@fluentui/react-components';
import type { GapChartModel, ScoreChartModel } from './models';
import type { TrendChartModel } from './trend';

/**
 * The tables behind the charts: the same figures as text, with a caption and headers a screen reader
 * can announce. Plain HTML tables so that nothing about them depends on the chart library. Every
 * chart's table is a `FiguresTable`; the functions below only say which figures go in which cell.
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

interface FigureCell {
  content: React.ReactNode;
  /** A figure: its digits line up (tabular numbers). */
  figure?: boolean;
  colSpan?: number;
}

interface FigureRow {
  id: string;
  /** The row's header (a pillar, a period). */
  label: React.ReactNode;
  cells: FigureCell[];
}

/** A table of figures: a caption, column headers, one header cell per row, and an optional footer row. */
function FiguresTable(props: { caption: string; captionId?: string; columns: string[]; rows: FigureRow[]; footer?: FigureRow | null }): React.ReactElement {
  const styles = useStyles();
  const row = (r: FigureRow): React.ReactElement => (
    <tr key={r.id}>
      <th scope="row" className={mergeClasses(styles.cell, styles.head)}>
        {r.label}
      </th>
      {r.cells.map((cell, i) => (
        <td key={i} colSpan={cell.colSpan} className={mergeClasses(styles.cell, cell.figure && styles.number)}>
          {cell.content}
        </td>
      ))}
    </tr>
  );
  return (
    <table className={styles.table}>
      <caption id={props.captionId} className={styles.caption}>
        {props.caption}
      </caption>
      <thead>
        <tr>
          {props.columns.map((heading, i) => (
            <th key={i} scope="col" className={mergeClasses(styles.cell, styles.head)}>
              {heading}
            </th>
          ))}
        </tr>
      </thead>
      <tbody>{props.rows.map(row)}</tbody>
      {props.footer && <tfoot>{row(props.footer)}</tfoot>}
    </table>
  );
}

/** Scores per pillar, one column per group (leaders, staff). */
export function ScoreTable(props: { model: ScoreChartModel; captionId?: string }): React.ReactElement {
  const { model } = props;
  return (
    <FiguresTable
      caption={model.caption}
      captionId={props.captionId}
      columns={[model.rowHeading, ...model.series]}
      rows={model.groups.map((group) => ({ id: group.id, label: group.label, cells: group.cells.map((cell) => ({ content: cell.text, figure: true })) }))}
    />
  );
}

/** The gap per pillar and what it means, or why there is none. */
export function GapTable(props: { model: GapChartModel; captionId?: string }): React.ReactElement {
  const { model } = props;
  return (
    <FiguresTable
      caption={model.caption}
      captionId={props.captionId}
      columns={[model.rowHeading, model.gapHeading, model.readingHeading]}
      rows={model.rows.map((row) => ({
        id: row.id,
        label: row.label,
        cells: row.bar ? [{ content: row.bar.text, figure: true }, { content: row.bar.readingText }] : [{ content: row.missing, colSpan: 2 }]
      }))}
    />
  );
}

/** The trend's figures, the benchmark (value, period and source) in the footer row. */
export function TrendTable(props: { model: TrendChartModel; captionId?: string }): React.ReactElement {
  const { model } = props;
  const styles = useStyles();
  const reference = model.reference;
  return (
    <FiguresTable
      caption={model.caption}
      captionId={props.captionId}
      columns={[model.periodHeading, model.valueHeading]}
      rows={model.points.map((p) => ({ id: p.id, label: p.label, cells: [{ content: p.text, figure: true }] }))}
      footer={
        reference
          ? {
              id: 'reference',
              label: reference.label,
              cells: [
                {
                  content: (
                    <>
                      <span className={styles.number}>{reference.text}</span> ({reference.details})
                    </>
                  )
                }
              ]
            }
          : null
      }
    />
  );
}
