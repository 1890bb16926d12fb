import * as React from 'react';
import { Button, Field, MessageBar, MessageBarBody, MessageBarTitle, Spinner, Textarea, makeStyles, mergeClasses, tokens } from '@fluentui/react-components';
import type { ModelPack } from '../../model';
import type { MeasureRecord } from '../../data/types';
import type { MeasuresStrings } from '../../loc/measures';
import { format } from '../../loc/strings';
import { useApp } from '../AppContext';
import { ErrorBar } from '../shared/QueryView';
import { Section } from '../shared/layout';
import { useMeasuresStrings } from './figureSchema';
import type { SheetColumn, SheetFile, SheetProblem, SheetRead } from './import/readSheet';

const useStyles = makeStyles({
  form: { display: 'flex', flexDirection: 'column', rowGap: tokens.spacingVerticalM, minWidth: 0, maxWidth: '48rem' },
  file: { display: 'flex', flexWrap: 'wrap', gap: tokens.spacingHorizontalS, alignItems: 'center', minWidth: 0 },
  fileInput: { minHeight: '32px', maxWidth: '100%' },
  wrap: { overflowWrap: 'anywhere', minWidth: 0 },
  actions: { display: 'flex', flexWrap: 'wrap', gap: tokens.spacingHorizontalS, alignItems: 'center' },
  button: { minHeight: '32px' },
  table: { borderCollapse: 'collapse', width: '100%' },
  caption: { textAlign: 'start', fontWeight: tokens.fontWeightSemibold, paddingBottom: tokens.spacingVerticalXS },
  cell: {
    textAlign: 'start',
    verticalAlign: 'top',
    padding: `${tokens.spacingVerticalXS} ${tokens.spacingHorizontalS}`,
    borderBottom: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
    overflowWrap: 'anywhere'
  },
  head: { fontWeight: tokens.fontWeightSemibold }
});

function columnName(s: MeasuresStrings, column: SheetColumn | null): string {
  switch (column) {
    case 'measure':
      return s.columnMeasure;
    case 'periodEnd':
      return s.columnPeriodEnd;
    case 'numerator':
      return s.columnNumerator;
    case 'denominator':
      return s.columnDenominator;
    case 'note':
      return s.columnNote;
    default:
      return '';
  }
}

export function problemText(s: MeasuresStrings, p: SheetProblem, formatDate: (d: string) => string): string {
  switch (p.code) {
    case 'tooBig':
      return s.sheetTooBig;
    case 'unsupportedFile':
      return s.sheetUnsupported;
    case 'notWorkbook':
      return s.sheetNotWorkbook;
    case 'noSheet':
      return s.sheetNoSheet;
    case 'empty':
      return s.sheetEmpty;
    case 'tooManyRows':
      return s.sheetTooManyRows;
    case 'wrongColumns':
      return s.sheetWrongColumns;
    case 'formula':
      return s.cellFormula;
    case 'usDate':
      return s.cellUsDate;
    case 'ambiguousDate':
      return s.cellAmbiguousDate;
    case 'badDate':
      return s.cellBadDate;
    case 'future':
      return s.cellFuture;
    case 'missing':
      return s.cellMissing;
    case 'notNumber':
      return s.cellNotNumber;
    case 'negative':
      return s.cellNegative;
    case 'zeroDenominator':
      return s.cellZero;
    case 'aboveDenominator':
      return s.cellAbove;
    case 'unknownMeasure':
      return s.cellUnknownMeasure;
    case 'noteTooLong':
      return s.cellNoteTooLong;
    default:
      return p.other?.row !== undefined
        ? format(s.cellOverlapRow, { row: p.other.row })
        : format(s.cellOverlapStored, { date: formatDate(p.other?.periodEnd ?? '') });
  }
}

function ProblemsTable(props: { problems: SheetProblem[]; formatDate: (d: string) => string }): React.ReactElement {
  const s = useMeasuresStrings();
  const styles = useStyles();
  const cell = styles.cell;
  return (
    <table className={styles.table}>
      <caption className={styles.caption}>{s.problemsCaption}</caption>
      <thead>
        <tr>
          {[s.colRow, s.colColumn, s.colProblem].map((h) => (
            <th key={h} scope="col" className={mergeClasses(cell, styles.head)}>
              {h}
            </th>
          ))}
        </tr>
      </thead>
      <tbody>
        {props.problems.map((p, i) => (
          <tr key={i}>
            <th scope="row" className={mergeClasses(cell, styles.head)}>
              {p.row === null ? s.wholeFile : p.row}
            </th>
            <td className={cell}>{columnName(s, p.column)}</td>
            <td className={cell}>{problemText(s, p, props.formatDate)}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

/** A picked file as the sheet reader takes it; FileReader where Blob.arrayBuffer is missing (older engines, jsdom). */
function sheetFile(file: File): SheetFile {
  return {
    name: file.name,
    size: file.size,
    arrayBuffer: () =>
      typeof file.arrayBuffer === 'function'
        ? file.arrayBuffer()
        : new Promise<ArrayBuffer>((resolve, reject) => {
            const reader = new FileReader();
            reader.onload = () => resolve(reader.result as ArrayBuffer);
            reader.onerror = () => reject(reader.error);
            reader.readAsArrayBuffer(file);
          })
  };
}

type ImportState =
  | { kind: 'idle' }
  | { kind: 'working' }
  | { kind: 'nothing' }
  | { kind: 'problems'; problems: SheetProblem[] }
  | { kind: 'failed'; error: unknown }
  | { kind: 'saved'; count: number };

export interface ImportFiguresProps {
  pack: ModelPack;
  serviceId: number;
  records: readonly MeasureRecord[];
  today: string;
  formatDate(date: string): string;
  onSaved(): void;
}

/**
 * Figures from a spreadsheet: pasted rows or a CSV or .xlsx file. Every row is checked and each bad
 * one is listed by row and column; nothing is stored until every row is good, then all go in at once.
 */
export function ImportFigures(props: ImportFiguresProps): React.ReactElement {
  const { pack, serviceId, today } = props;
  const s = useMeasuresStrings();
  const styles = useStyles();
  const { services } = useApp();
  const [text, setText] = React.useState('');
  const [file, setFile] = React.useState<File | null>(null);
  const [state, setState] = React.useState<ImportState>({ kind: 'idle' });
  const fileInput = React.useRef<HTMLInputElement>(null);
  const fileId = React.useMemo(() => `measures-file-${serviceId}`, [serviceId]);
  const result = React.useRef<HTMLDivElement>(null);

  const show = (next: ImportState): void => {
    setState(next);
    setTimeout(() => result.current?.focus(), 0);
  };

  const run = async (): Promise<void> => {
    if (!file && text.trim() === '') {
      show({ kind: 'nothing' });
      return;
    }
    setState({ kind: 'working' });
    try {
      const sheet = await import(/* webpackChunkName: 'wpq-measures-sheet' */ './import/readSheet');
      const read: SheetRead = file ? await sheet.readSheetFile(sheetFile(file)) : await sheet.readPasted(text);
      if (!read.ok) {
        show({ kind: 'problems', problems: read.problems });
        return;
      }
      const checked = sheet.checkSheetRows(read.rows, { pack, serviceId, stored: props.records, today });
      if (checked.problems.length > 0) {
        show({ kind: 'problems', problems: checked.problems });
        return;
      }
      await services.measures.recordMany(
        checked.figures.map((f) => ({
          serviceId,
          measureId: f.measureId,
          period: f.period,
          periodEnd: f.periodEnd,
          numerator: f.numerator,
          denominator: f.denominator,
          source: null,
          note: f.note
        })),
        pack
      );
      setText('');
      setFile(null);
      if (fileInput.current) fileInput.current.value = '';
      show({ kind: 'saved', count: checked.figures.length });
      props.onSaved();
    } catch (error) {
      show({ kind: 'failed', error });
    }
  };

  const onSubmit = (event: React.FormEvent): void => {
    event.preventDefault();
    void run();
  };
  const busy = state.kind === 'working';

  return (
    <Section title={s.importHeading} intro={s.importIntro}>
      <form className={styles.form} onSubmit={onSubmit} noValidate aria-label={s.importHeading}>
        <Field label={s.pasteLabel} hint={s.pasteHint}>
          <Textarea resize="vertical" rows={6} value={text} disabled={file !== null} onChange={(_e, d) => setText(d.value)} />
        </Field>
        <div className={styles.file}>
          <label htmlFor={fileId}>{s.fileLabel}</label>
          <input
            id={fileId}
            ref={fileInput}
            className={styles.fileInput}
            type="file"
            accept=".csv,.xlsx,text/csv,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
            onChange={(e) => setFile(e.target.files && e.target.files.length > 0 ? e.target.files[0] : null)}
          />
          {file && (
            <>
              <span className={styles.wrap}>{format(s.fileChosen, { name: file.name })}</span>
              <Button
                className={styles.button}
                onClick={() => {
                  setFile(null);
                  if (fileInput.current) fileInput.current.value = '';
                }}
              >
                {s.clearFile}
              </Button>
            </>
          )}
        </div>
        <div className={styles.actions}>
          <Button type="submit" appearance="primary" className={styles.button} disabled={busy}>
            {s.check}
          </Button>
          {busy && <Spinner size="tiny" label={s.checking} />}
        </div>
        <div ref={result} tabIndex={-1} role="status" aria-live="polite">
          {state.kind === 'nothing' && (
            <MessageBar intent="warning">
              <MessageBarBody>{s.importNothing}</MessageBarBody>
            </MessageBar>
          )}
          {state.kind === 'saved' && (
            <MessageBar intent="success">
              <MessageBarBody>{state.count === 1 ? s.importSavedOne : format(s.importSaved, { count: state.count })}</MessageBarBody>
            </MessageBar>
          )}
        </div>
        {state.kind === 'failed' && <ErrorBar error={state.error} title={s.importProblemsTitle} />}
        {state.kind === 'problems' && (
          <>
            <MessageBar intent="error" layout="multiline">
              <MessageBarBody>
                <MessageBarTitle>{s.importProblemsTitle}</MessageBarTitle>
                {state.problems.length === 1 ? s.importProblemsOne : format(s.importProblemsMany, { count: state.problems.length })}
              </MessageBarBody>
            </MessageBar>
            <ProblemsTable problems={state.problems} formatDate={props.formatDate} />
          </>
        )}
      </form>
    </Section>
  );
}
