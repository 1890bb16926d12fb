import * as React from 'react';
import { Button, Label, Text, makeStyles, tokens, useId } from '@fluentui/react-components';
import type { ImportOutcome, ProviderSummary, SummaryCheck } from '../../data/summaries';
import { format } from '../../loc/strings';
import type { PortfolioStrings } from '../../loc/portfolio';
import { useApp } from '../AppContext';
import { errorText } from '../shared/errorText';
import { useKitStrings } from '../shared/useKit';
import { useFormat } from '../shared/format';
import { Section } from '../shared/layout';

const useStyles = makeStyles({
  input: { minHeight: '32px', maxWidth: '100%' },
  results: { margin: 0, paddingLeft: tokens.spacingHorizontalL, display: 'flex', flexDirection: 'column', rowGap: tokens.spacingVerticalS, overflowWrap: 'anywhere' },
  problems: { margin: 0, paddingLeft: tokens.spacingHorizontalL },
  ask: { display: 'flex', flexDirection: 'column', rowGap: tokens.spacingVerticalXS },
  buttons: { display: 'flex', flexWrap: 'wrap', gap: tokens.spacingHorizontalS }
});

/** What happened to one chosen file. */
type FileResult =
  | { id: number; file: string; kind: 'working' }
  | { id: number; file: string; kind: 'refused'; check: Extract<SummaryCheck, { ok: false }> }
  | { id: number; file: string; kind: 'done'; outcome: ImportOutcome }
  | { id: number; file: string; kind: 'ask'; summary: ProviderSummary; stored: ProviderSummary }
  | { id: number; file: string; kind: 'kept' }
  | { id: number; file: string; kind: 'failed'; error: unknown };

const MAX_SIZE_TEXT = '1 MB';

function refusalText(strings: PortfolioStrings, check: Extract<SummaryCheck, { ok: false }>): string | null {
  switch (check.reason) {
    case 'too-large':
      return format(strings.importTooLarge, { size: MAX_SIZE_TEXT });
    case 'not-json':
      return strings.importNotJson;
    case 'not-a-summary':
      return strings.importNotSummary;
    case 'old-format':
      return strings.importOldFormat;
    case 'unknown-format':
      return strings.importUnknownFormat;
    default:
      return null;
  }
}

/**
 * Import of provider summaries (managers of the site): each chosen file is checked before it is read
 * in full (size) and before anything is stored (content), every problem is listed with its place in
 * the file, the same file twice changes nothing, and a newer summary of a cycle replaces the older
 * one only when the person says so.
 */
export function ImportSummaries(props: { strings: PortfolioStrings; onImported: () => void }): React.ReactElement {
  const { strings, onImported } = props;
  const styles = useStyles();
  const { services } = useApp();
  const fmt = useFormat();
  const kit = useKitStrings();
  const [results, setResults] = React.useState<FileResult[]>([]);
  const nextId = React.useRef(1);
  const inputId = useId('summary-files-');

  const put = (result: FileResult): void => setResults((all) => all.map((r) => (r.id === result.id ? result : r)));

  const importOne = async (id: number, file: File): Promise<void> => {
    try {
      const check = await services.summaries.checkFile(file.size, () => file.text());
      if (!check.ok) {
        put({ id, file: file.name, kind: 'refused', check });
        return;
      }
      const outcome = await services.summaries.import(check.summary);
      if (outcome.kind === 'needs-confirmation') put({ id, file: file.name, kind: 'ask', summary: check.summary, stored: outcome.stored.summary });
      else {
        put({ id, file: file.name, kind: 'done', outcome });
        if (outcome.kind === 'added' || outcome.kind === 'replaced') onImported();
      }
    } catch (error) {
      put({ id, file: file.name, kind: 'failed', error });
    }
  };

  const onFiles = (event: React.ChangeEvent<HTMLInputElement>): void => {
    const files = Array.from(event.target.files ?? []);
    event.target.value = '';
    const added = files.map((f) => ({ id: nextId.current++, file: f.name, kind: 'working' as const }));
    setResults(added);
    void (async () => {
      for (let i = 0; i < files.length; i++) await importOne(added[i].id, files[i]);
    })();
  };

  const replace = async (r: Extract<FileResult, { kind: 'ask' }>): Promise<void> => {
    put({ id: r.id, file: r.file, kind: 'working' });
    try {
      const outcome = await services.summaries.import(r.summary, { replace: true });
      put({ id: r.id, file: r.file, kind: 'done', outcome });
      if (outcome.kind === 'replaced') onImported();
    } catch (error) {
      put({ id: r.id, file: r.file, kind: 'failed', error });
    }
  };

  const describe = (r: FileResult): React.ReactNode => {
    switch (r.kind) {
      case 'working':
        return format(strings.importWorking, { file: r.file });
      case 'refused': {
        const why = refusalText(strings, r.check);
        return (
          <>
            <Text block>
              {format(strings.importRefused, { file: r.file })} {why}
            </Text>
            {r.check.reason === 'invalid' && (
              <ul className={styles.problems}>
                {r.check.problems.map((p, i) => (
                  <li key={i}>{format(strings.importProblem, { path: p.path, message: p.message })}</li>
                ))}
              </ul>
            )}
          </>
        );
      }
      case 'done': {
        const s = r.outcome.stored.summary;
        const values = { file: r.file, provider: s.provider.name, service: s.service.name, cycle: s.cycle.title };
        if (r.outcome.kind === 'added') return format(strings.importAdded, values);
        if (r.outcome.kind === 'replaced') return format(strings.importReplaced, values);
        if (r.outcome.kind === 'older') return format(strings.importOlder, values);
        return format(strings.importUnchanged, values);
      }
      case 'ask':
        return (
          <div className={styles.ask}>
            <Text block>
              {format(strings.importAsk, {
                file: r.file,
                provider: r.summary.provider.name,
                service: r.summary.service.name,
                cycle: r.summary.cycle.title,
                newDate: fmt.date(r.summary.publishedAt),
                oldDate: fmt.date(r.stored.publishedAt)
              })}
            </Text>
            <div className={styles.buttons}>
              <Button appearance="primary" onClick={() => void replace(r)}>
                {strings.importReplace}
              </Button>
              <Button onClick={() => put({ id: r.id, file: r.file, kind: 'kept' })}>{strings.importKeep}</Button>
            </div>
          </div>
        );
      case 'kept':
        return format(strings.importKept, { file: r.file });
      default:
        return format(strings.importFailed, { file: r.file, reason: errorText(kit, r.error) });
    }
  };

  return (
    <Section title={strings.importHeading} intro={strings.importIntro}>
      <div className={styles.ask}>
        <Label htmlFor={inputId}>{strings.importFiles}</Label>
        <input id={inputId} className={styles.input} type="file" accept=".json,application/json" multiple onChange={onFiles} />
      </div>
      {results.length > 0 && (
        <ul className={styles.results} aria-label={strings.importResults} aria-live="polite">
          {results.map((r) => (
            <li key={r.id}>{describe(r)}</li>
          ))}
        </ul>
      )}
    </Section>
  );
}
