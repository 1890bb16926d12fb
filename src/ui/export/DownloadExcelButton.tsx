import * as React from 'react';
import { Button, Text, makeStyles, tokens } from '@fluentui/react-components';
import { format } from '../../loc/strings';
import { enGBPortfolio, portfolioTranslations } from '../../loc/portfolio';
import { errorText } from '../shared/errorText';
import { useKitStrings } from '../shared/useKit';
import { useStrings } from '../shared/useStrings';

const useStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', rowGap: tokens.spacingVerticalXXS, minWidth: 0 },
  button: { minHeight: '32px', alignSelf: 'flex-start' }
});

/** Reports how far the build has got: sheet `step` of `total`. */
export type ExcelProgress = (step: number, total: number) => void;

const XLSX_TYPE = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

/** A file name safe on every system: letters, digits, spaces, hyphens and dots, at most 120 characters. */
export function safeFileName(name: string, extension: string): string {
  const base = name.replace(/[^\p{L}\p{N} ._-]+/gu, ' ').replace(/\s+/g, ' ').trim().slice(0, 120) || 'WPQ';
  return `${base}.${extension}`;
}

/** Hands bytes to the browser as a download. */
export function downloadBytes(bytes: ArrayBuffer | Uint8Array | string, fileName: string, type: string): void {
  const blob = new Blob([bytes as BlobPart], { type });
  const url = URL.createObjectURL(blob);
  const a = document.createElement('a');
  a.href = url;
  a.download = fileName;
  a.rel = 'noopener';
  document.body.appendChild(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10000);
}

type State = { kind: 'idle' } | { kind: 'building'; step: number; total: number } | { kind: 'done'; file: string } | { kind: 'failed'; error: unknown };

/**
 * "Download Excel": builds a workbook on demand (exceljs loads only now), shows which sheet it is on
 * while a large one is built, and hands the file to the browser.
 */
export function DownloadExcelButton(props: { fileName: string; build: (onProgress: ExcelProgress) => Promise<ArrayBuffer>; label?: string }): React.ReactElement {
  const strings = useStrings(portfolioTranslations, enGBPortfolio);
  const kit = useKitStrings();
  const styles = useStyles();
  const [state, setState] = React.useState<State>({ kind: 'idle' });
  const live = React.useRef(true);
  React.useEffect(
    () => () => {
      live.current = false;
    },
    []
  );
  const run = async (): Promise<void> => {
    const file = safeFileName(props.fileName, 'xlsx');
    setState({ kind: 'building', step: 0, total: 1 });
    try {
      const bytes = await props.build((step, total) => live.current && setState({ kind: 'building', step, total }));
      downloadBytes(bytes, file, XLSX_TYPE);
      if (live.current) setState({ kind: 'done', file });
    } catch (error) {
      if (live.current) setState({ kind: 'failed', error });
    }
  };
  let status = '';
  if (state.kind === 'building') status = format(strings.excelBuilding, { step: Math.max(state.step, 1), total: state.total });
  else if (state.kind === 'done') status = format(strings.excelReady, { file: state.file });
  else if (state.kind === 'failed') status = format(strings.excelFailed, { reason: errorText(kit, state.error) });
  return (
    <div className={styles.root}>
      <Button className={styles.button} onClick={() => void run()} disabled={state.kind === 'building'} disabledFocusable={state.kind === 'building'}>
        {props.label ?? strings.downloadExcel}
      </Button>
      <Text role="status" aria-live="polite" size={200}>
        {status}
      </Text>
    </div>
  );
}
