import * as React from 'react';
import {
  Table,
  TableBody,
  TableCell,
  TableHeader,
  TableHeaderCell,
  TableRow,
  makeStyles,
  tokens
} from '@fluentui/react-components';

// Only the screens that load on demand use this; the shell and the start screen must not import it,
// so that it stays out of the web part's first download.

const useDataTableStyles = makeStyles({
  // Wide tables scroll inside their own labelled box instead of widening the page (reflow at 320 CSS
  // pixels); the box takes keyboard focus so that people who do not use a mouse can scroll it too.
  scroll: {
    overflowX: 'auto',
    maxWidth: '100%',
    borderRadius: tokens.borderRadiusMedium,
    ':focus-visible': {
      outlineWidth: tokens.strokeWidthThick,
      outlineStyle: 'solid',
      outlineColor: tokens.colorStrokeFocus2,
      outlineOffset: tokens.strokeWidthThin
    }
  },
  table: { minWidth: '40rem' },
  cell: { overflowWrap: 'anywhere', verticalAlign: 'top', paddingTop: tokens.spacingVerticalXS, paddingBottom: tokens.spacingVerticalXS }
});

export interface DataTableProps {
  /** The column headings, left to right. */
  columns: readonly string[];
  /** The body: one `TableRow` for each row. */
  children: React.ReactNode;
  /** The table's name, where no element on the page names it. */
  label?: string;
  /** The id of the element that names the table (and its region): a heading, or the hidden label below. */
  labelledBy?: string;
  /** The text of a hidden element with the id `labelledBy`, where nothing visible names the table. */
  hiddenLabel?: string;
  /** Small rows, at least 40rem wide (the Model screen's compact tables). Without it: normal rows. */
  region?: boolean;
}

/** A table of rows under a row of column headings, which scrolls sideways inside its own box on a narrow screen. */
export function DataTable(props: DataTableProps): React.ReactElement {
  const { columns, children, label, labelledBy, hiddenLabel, region } = props;
  const styles = useDataTableStyles();
  const table = (
    <>
      {hiddenLabel !== undefined && (
        <span id={labelledBy} hidden>
          {hiddenLabel}
        </span>
      )}
      <Table
        aria-label={label}
        aria-labelledby={labelledBy}
        className={region ? styles.table : undefined}
        size={region ? 'small' : undefined}
      >
        <TableHeader>
          <TableRow>
            {columns.map((column, i) => (
              <TableHeaderCell key={i}>{column}</TableHeaderCell>
            ))}
          </TableRow>
        </TableHeader>
        <TableBody>{children}</TableBody>
      </Table>
    </>
  );
  return (
    <div role="region" aria-label={label} aria-labelledby={labelledBy} tabIndex={0} className={styles.scroll}>
      {table}
    </div>
  );
}

/** A body cell of a `region` table: long words wrap, and the text sits at the top of the row. */
export function DataCell(props: { children?: React.ReactNode }): React.ReactElement {
  const styles = useDataTableStyles();
  return <TableCell className={styles.cell}>{props.children}</TableCell>;
}
