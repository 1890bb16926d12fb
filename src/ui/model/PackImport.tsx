import * as React from 'react';
import {
  Button,
  Field,
  MessageBar,
  MessageBarBody,
  MessageBarTitle,
  Spinner,
  Text,
  makeStyles,
  mergeClasses,
  tokens,
  useId
} from '@fluentui/react-components';
import type { ModelPack } from '../../model';
import { DEFAULT_MAX_PACK_BYTES, parseModelPackText, tooLargeMessage, type PackProblem } from '../../model/validate';
import { checkPackReplacement, type PackReplacementDecision } from '../../domain';
import { format } from '../../loc/strings';
import { useApp } from '../AppContext';
import { useScreenStrings } from '../useScreenStrings';
import { HeadingWithText, ModelSection, ResultGroup } from './ModelBlocks';
import { PackCheckSummary } from './PackCheckSummary';
import { ProblemSummary } from './ProblemSummary';
import { StoredPackTable } from './StoredPackTable';
import { downloadPack, packFileName, readFileText } from './packFile';
import { useModelStyles } from './modelStyles';
import type { PackManagement, StoredPackSummary } from './types';

const useImportStyles = makeStyles({
  fileInput: {
    boxSizing: 'border-box',
    width: '100%',
    maxWidth: '32rem',
    minHeight: '32px',
    padding: `${tokens.spacingVerticalXS} ${tokens.spacingHorizontalS}`,
    color: tokens.colorNeutralForeground1,
    backgroundColor: tokens.colorNeutralBackground1,
    border: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke1}`,
    borderRadius: tokens.borderRadiusMedium,
    fontFamily: tokens.fontFamilyBase,
    fontSize: tokens.fontSizeBase300,
    ':focus-visible': {
      outlineWidth: tokens.strokeWidthThick,
      outlineStyle: 'solid',
      outlineColor: tokens.colorStrokeFocus2,
      outlineOffset: tokens.strokeWidthThin
    },
    '::file-selector-button': {
      minHeight: '24px',
      marginRight: tokens.spacingHorizontalS,
      padding: `${tokens.spacingVerticalXXS} ${tokens.spacingHorizontalM}`,
      color: tokens.colorNeutralForeground1,
      backgroundColor: tokens.colorNeutralBackground3,
      border: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke1}`,
      borderRadius: tokens.borderRadiusMedium,
      fontFamily: tokens.fontFamilyBase,
      cursor: 'pointer'
    }
  },
  invalidInput: {
    border: `${tokens.strokeWidthThick} solid ${tokens.colorStatusDangerBorder2}`
  }
});

type StoredState =
  | { kind: 'loading' }
  | { kind: 'loaded'; packs: StoredPackSummary[] }
  | { kind: 'failed'; message: string };

type ImportState =
  | { kind: 'idle' }
  | { kind: 'reading'; fileName: string }
  | { kind: 'invalid'; fileName: string; problems: PackProblem[] }
  | { kind: 'checking'; fileName: string; pack: ModelPack }
  | { kind: 'check-failed'; fileName: string; pack: ModelPack; message: string }
  | {
      kind: 'checked';
      fileName: string;
      pack: ModelPack;
      decision: PackReplacementDecision;
      saving: boolean;
      saveError?: string;
      notice?: string;
    }
  | { kind: 'saved'; fileName: string; pack: ModelPack; replaced: boolean };

interface ActivationState {
  busyKey?: string;
  message?: { intent: 'success' | 'error'; text: string };
}

function messageOf(error: unknown): string {
  if (error instanceof Error && error.message !== '') return error.message;
  return String(error);
}

export interface PackImportProps {
  /** The pack the Model screen shows: the one "Export" downloads. */
  pack: ModelPack;
  packs: PackManagement;
}

/**
 * Managing the site's model packs: the stored packs and which one new cycles use, importing a pack
 * file (checked in the browser; nothing is stored until the person chooses Import), and exporting
 * the pack on screen as a JSON file.
 */
export function PackImport(props: PackImportProps): React.ReactElement {
  const { pack, packs } = props;
  const { host } = useApp();
  const strings = useScreenStrings();
  const locale = host.locale;
  const styles = useModelStyles();
  const own = useImportStyles();
  const idBase = useId('wpq-packs');
  const headingId = `${idBase}-heading`;
  const storedHeadingId = `${idBase}-stored`;
  const importHeadingId = `${idBase}-import`;
  const exportHeadingId = `${idBase}-export`;
  const resultHeadingId = `${idBase}-result`;

  const [stored, setStored] = React.useState<StoredState>({ kind: 'loading' });
  const [importState, setImportState] = React.useState<ImportState>({ kind: 'idle' });
  const [activation, setActivation] = React.useState<ActivationState>({});
  const [exported, setExported] = React.useState<string | undefined>(undefined);

  // Moving focus is requested by bumping a counter; the effect runs after the target has rendered.
  const [resultFocus, setResultFocus] = React.useState(0);
  const [activationFocus, setActivationFocus] = React.useState(0);
  const resultHeadingRef = React.useRef<HTMLElement>(null);
  const activationRef = React.useRef<HTMLDivElement>(null);
  const fileInputRef = React.useRef<HTMLInputElement>(null);
  const mounted = React.useRef(true);
  const request = React.useRef(0);

  React.useEffect(() => {
    mounted.current = true;
    return () => {
      mounted.current = false;
    };
  }, []);

  React.useEffect(() => {
    if (resultFocus > 0) resultHeadingRef.current?.focus();
  }, [resultFocus]);

  React.useEffect(() => {
    if (activationFocus > 0) activationRef.current?.focus();
  }, [activationFocus]);

  const loadStored = React.useCallback(async (): Promise<StoredPackSummary[] | undefined> => {
    try {
      const list = await packs.list();
      if (mounted.current) setStored({ kind: 'loaded', packs: list });
      return list;
    } catch (error) {
      if (mounted.current) setStored({ kind: 'failed', message: messageOf(error) });
      return undefined;
    }
  }, [packs]);

  React.useEffect(() => {
    loadStored().catch(() => undefined);
  }, [loadStored]);

  const retryStored = (): void => {
    setStored({ kind: 'loading' });
    loadStored().catch(() => undefined);
  };

  /** Compares a valid pack with the stored ones and shows what importing it would do. */
  const checkAgainstStored = async (fileName: string, incoming: ModelPack, ticket: number): Promise<void> => {
    setImportState({ kind: 'checking', fileName, pack: incoming });
    try {
      const list = await packs.list();
      if (!mounted.current || ticket !== request.current) return;
      setStored({ kind: 'loaded', packs: list });
      setImportState({
        kind: 'checked',
        fileName,
        pack: incoming,
        decision: checkPackReplacement(list, incoming),
        saving: false
      });
    } catch (error) {
      if (!mounted.current || ticket !== request.current) return;
      setImportState({ kind: 'check-failed', fileName, pack: incoming, message: messageOf(error) });
    }
    setResultFocus((n) => n + 1);
  };

  const checkFile = async (file: File): Promise<void> => {
    const ticket = ++request.current;
    const fileName = file.name;
    const reject = (problems: PackProblem[]): void => {
      if (!mounted.current || ticket !== request.current) return;
      setImportState({ kind: 'invalid', fileName, problems });
      setResultFocus((n) => n + 1);
    };
    setImportState({ kind: 'reading', fileName });
    if (file.size > DEFAULT_MAX_PACK_BYTES) {
      reject([{ path: '', message: tooLargeMessage(file.size) }]);
      return;
    }
    let text: string;
    try {
      text = await readFileText(file);
    } catch {
      reject([{ path: '', message: format(strings.modelImportReadFailed, { fileName }) }]);
      return;
    }
    if (!mounted.current || ticket !== request.current) return;
    const result = parseModelPackText(text);
    if (!result.ok) {
      reject(result.problems);
      return;
    }
    await checkAgainstStored(fileName, result.pack, ticket);
  };

  const onFileChange = (event: React.ChangeEvent<HTMLInputElement>): void => {
    const input = event.currentTarget;
    const file = input.files !== null && input.files.length > 0 ? input.files[0] : undefined;
    // Clear the input so that choosing the same file again, after fixing it, checks it again.
    input.value = '';
    if (file === undefined) return;
    setActivation({});
    checkFile(file).catch((error) => {
      if (mounted.current) setImportState({ kind: 'invalid', fileName: file.name, problems: [{ path: '', message: messageOf(error) }] });
    });
  };

  const retryCheck = (): void => {
    if (importState.kind !== 'check-failed') return;
    const ticket = ++request.current;
    checkAgainstStored(importState.fileName, importState.pack, ticket).catch(() => undefined);
  };

  const importPack = async (): Promise<void> => {
    const current = importState;
    if (current.kind !== 'checked' || current.saving) return;
    if (current.decision.outcome !== 'add' && current.decision.outcome !== 'replace') return;
    const ticket = ++request.current;
    setImportState({ ...current, saving: true, saveError: undefined, notice: undefined });
    try {
      // Check again just before saving: someone else may have imported or used the pack meanwhile.
      const list = await packs.list();
      if (!mounted.current || ticket !== request.current) return;
      const decision = checkPackReplacement(list, current.pack);
      if (decision.outcome !== current.decision.outcome) {
        setStored({ kind: 'loaded', packs: list });
        setImportState({ ...current, decision, saving: false, saveError: undefined, notice: strings.modelImportChangedMeanwhile });
        setResultFocus((n) => n + 1);
        return;
      }
      await packs.save(current.pack);
      if (!mounted.current || ticket !== request.current) return;
      setImportState({ kind: 'saved', fileName: current.fileName, pack: current.pack, replaced: decision.outcome === 'replace' });
      setResultFocus((n) => n + 1);
      await loadStored();
    } catch (error) {
      if (!mounted.current || ticket !== request.current) return;
      // Focus stays on the Import button, which the error describes; the alert announces it.
      setImportState({ ...current, saving: false, saveError: messageOf(error) });
    }
  };

  const cancelImport = (): void => {
    request.current++;
    setImportState({ kind: 'idle' });
    fileInputRef.current?.focus();
  };

  const activatePack = async (summary: StoredPackSummary): Promise<void> => {
    const key = `${summary.id}@${summary.version}`;
    setActivation({ busyKey: key });
    try {
      await packs.setActive(summary.id, summary.version);
      if (!mounted.current) return;
      setActivation({
        message: { intent: 'success', text: format(strings.modelUsePackDone, { title: summary.title, version: summary.version }) }
      });
      await loadStored();
    } catch (error) {
      if (!mounted.current) return;
      setActivation({
        message: { intent: 'error', text: format(strings.modelUsePackFailed, { title: summary.title, message: messageOf(error) }) }
      });
    }
    if (mounted.current) setActivationFocus((n) => n + 1);
  };

  const exportPack = (): void => {
    try {
      const name = downloadPack(pack);
      setExported(format(strings.modelExportDone, { fileName: name }));
    } catch (error) {
      setExported(format(strings.modelExportFailed, { message: messageOf(error) }));
    }
  };

  const invalid = importState.kind === 'invalid';
  const fieldMessage = invalid
    ? format(importState.problems.length === 1 ? strings.modelImportFieldErrorOne : strings.modelImportFieldError, {
        fileName: importState.fileName,
        count: importState.problems.length
      })
    : undefined;

  return (
    <ModelSection headingId={headingId} heading={strings.modelManageHeading} intro={strings.modelManageIntro}>
      <HeadingWithText as="h3" id={storedHeadingId} heading={strings.modelStoredHeading} text={strings.modelStoredIntro} />
      <div ref={activationRef} tabIndex={-1} className={styles.focusTarget}>
        {activation.message !== undefined && (
          <MessageBar intent={activation.message.intent} layout="multiline">
            <MessageBarBody>{activation.message.text}</MessageBarBody>
          </MessageBar>
        )}
      </div>
      {stored.kind === 'loading' && (
        <div role="status">
          <Spinner size="small" label={strings.modelStoredLoading} />
        </div>
      )}
      {stored.kind === 'failed' && (
        <MessageBar intent="error" layout="multiline">
          <MessageBarBody>
            <MessageBarTitle>{strings.errorHeading}</MessageBarTitle>
            {format(strings.modelStoredLoadFailed, { message: stored.message })}
          </MessageBarBody>
          <Button onClick={retryStored}>{strings.retry}</Button>
        </MessageBar>
      )}
      {stored.kind === 'loaded' &&
        (stored.packs.length === 0 ? (
          <Text as="p" className={styles.muted} block>
            {strings.modelStoredEmpty}
          </Text>
        ) : (
          <StoredPackTable
            packs={stored.packs}
            strings={strings}
            locale={locale}
            labelId={storedHeadingId}
            busyKey={activation.busyKey}
            onUse={(summary) => {
              activatePack(summary).catch(() => undefined);
            }}
          />
        ))}

      <HeadingWithText as="h3" id={importHeadingId} heading={strings.modelImportHeading} text={strings.modelImportIntro} />
      <Field
        label={strings.modelImportFileLabel}
        hint={strings.modelImportFileHint}
        validationState={invalid ? 'error' : 'none'}
        validationMessage={fieldMessage}
      >
        {(fieldProps) => (
          <input
            {...fieldProps}
            ref={fileInputRef}
            type="file"
            accept=".json,application/json"
            className={mergeClasses(own.fileInput, invalid && own.invalidInput)}
            onChange={onFileChange}
          />
        )}
      </Field>
      <div className={styles.section}>
        {(importState.kind === 'reading' || importState.kind === 'checking') && (
          <div role="status">
            <Spinner size="small" label={format(strings.modelImportChecking, { fileName: importState.fileName })} />
          </div>
        )}
        {importState.kind === 'invalid' && (
          <ProblemSummary
            fileName={importState.fileName}
            problems={importState.problems}
            strings={strings}
            headingId={resultHeadingId}
            headingRef={resultHeadingRef}
          />
        )}
        {importState.kind === 'check-failed' && (
          <ResultGroup
            className={styles.section}
            headingId={resultHeadingId}
            headingRef={resultHeadingRef}
            heading={strings.modelCheckFailedTitle}
          >
            <MessageBar intent="error" layout="multiline">
              <MessageBarBody>{format(strings.modelCheckFailed, { fileName: importState.fileName, message: importState.message })}</MessageBarBody>
            </MessageBar>
            <div className={styles.actions}>
              <Button onClick={retryCheck}>{strings.retry}</Button>
              <Button onClick={cancelImport}>{strings.modelImportCancel}</Button>
            </div>
          </ResultGroup>
        )}
        {importState.kind === 'checked' && (
          <PackCheckSummary
            fileName={importState.fileName}
            pack={importState.pack}
            decision={importState.decision}
            saving={importState.saving}
            saveError={importState.saveError}
            notice={importState.notice}
            strings={strings}
            locale={locale}
            headingId={resultHeadingId}
            headingRef={resultHeadingRef}
            onImport={() => {
              importPack().catch(() => undefined);
            }}
            onCancel={cancelImport}
          />
        )}
        {importState.kind === 'saved' && (
          <ResultGroup
            className={styles.section}
            headingId={resultHeadingId}
            headingRef={resultHeadingRef}
            heading={importState.replaced ? strings.modelSavedTitleReplaced : strings.modelSavedTitle}
          >
            <MessageBar intent="success" layout="multiline">
              <MessageBarBody>
                {format(strings.modelSaved, { title: importState.pack.title, version: importState.pack.version })}
              </MessageBarBody>
            </MessageBar>
          </ResultGroup>
        )}
      </div>

      <HeadingWithText
        as="h3"
        id={exportHeadingId}
        heading={strings.modelExportHeading}
        text={format(strings.modelExportIntro, { title: pack.title, version: pack.version, fileName: packFileName(pack) })}
      />
      <div className={styles.actions}>
        <Button onClick={exportPack}>{strings.modelExportButton}</Button>
        <div role="status" className={styles.paragraph}>
          {exported}
        </div>
      </div>
    </ModelSection>
  );
}
