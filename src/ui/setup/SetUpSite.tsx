import * as React from 'react';
import {
  Button,
  Field,
  MessageBar,
  MessageBarBody,
  MessageBarTitle,
  ProgressBar,
  Spinner,
  Text,
  makeStyles,
  tokens
} from '@fluentui/react-components';
import { useApp } from '../AppContext';
import { useScreenStrings } from '../useScreenStrings';
import { format } from '../../loc/strings';
import type { ScreenStrings } from '../../loc/screens';
import { DataError } from '../../data/errors';
import type { SetupProgress, SetupResult, SetupStatus } from '../../data/provisioning';
import { errorText } from '../shared/errorText';
import { useKitStrings } from '../shared/useKit';

const useStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', rowGap: tokens.spacingVerticalM, maxWidth: '48rem' },
  actions: { display: 'flex', flexWrap: 'wrap', columnGap: tokens.spacingHorizontalM, rowGap: tokens.spacingVerticalS },
  // At least 24 by 24 CSS pixels for every target (WCAG 2.2, 2.5.8).
  button: { minHeight: '32px', minWidth: '24px' },
  progress: { display: 'flex', flexDirection: 'column', rowGap: tokens.spacingVerticalXS }
});

type Outcome = { kind: 'done'; result: SetupResult } | { kind: 'failed'; message: string; refused: boolean };

type State =
  | { kind: 'checking' }
  | { kind: 'check-failed'; message: string }
  | { kind: 'ready'; status: SetupStatus; outcome?: Outcome }
  | { kind: 'running'; status: SetupStatus; progress: SetupProgress | null };

/** The words for one step of set-up, e.g. "adding the column "Owner" to "WPQ Actions"". */
export function stepLabel(strings: ScreenStrings, p: SetupProgress): string {
  const values = { list: p.list ?? '', field: p.field ?? '' };
  switch (p.kind) {
    case 'create-list':
      return format(strings.setupStepCreateList, values);
    case 'update-list':
      return format(strings.setupStepUpdateList, values);
    case 'add-field':
      return format(strings.setupStepAddField, values);
    case 'update-field':
      return format(strings.setupStepUpdateField, values);
    case 'default-view':
      return format(strings.setupStepDefaultView, values);
    case 'record-version':
      return strings.setupStepRecordVersion;
    default:
      return strings.setupStepCheck;
  }
}

function statusText(strings: ScreenStrings, status: SetupStatus): string[] {
  const lines: string[] = [];
  if (status.installedVersion === null) lines.push(strings.setupNotSetUp);
  else if (status.installedVersion > status.currentVersion) lines.push(format(strings.setupNewerThanApp, { version: status.installedVersion }));
  else if (status.installedVersion < status.currentVersion) {
    lines.push(format(strings.setupNeedsUpgrade, { from: status.installedVersion, to: status.currentVersion }));
  } else if (status.upToDate) lines.push(format(strings.setupUpToDate, { version: status.installedVersion }));
  if (status.installedVersion !== null && status.missingLists.length > 0) {
    lines.push(format(strings.setupMissingLists, { lists: status.missingLists.join(', ') }));
  }
  if (status.listsWithWrongSecurity && status.listsWithWrongSecurity.length > 0) {
    lines.push(format(strings.setupWrongSecurity, { lists: status.listsWithWrongSecurity.join(', ') }));
  }
  return lines;
}

function buttonLabel(strings: ScreenStrings, status: SetupStatus): string {
  if (status.installedVersion === null) return strings.setupButton;
  if (status.installedVersion < status.currentVersion) return strings.setupUpgradeButton;
  return strings.setupRerunButton;
}

/**
 * "Set up this site": for people who can manage lists (from SharePoint's effective permissions), a
 * button that creates or upgrades WPQ's lists with step-by-step progress, safe to run again; for
 * everyone else, who can set the site up instead.
 */
export function SetUpSite(): React.ReactElement {
  const { services } = useApp();
  const strings = useScreenStrings();
  const kit = useKitStrings();
  const styles = useStyles();
  const [state, setState] = React.useState<State>({ kind: 'checking' });
  const mounted = React.useRef(true);
  React.useEffect(
    () => () => {
      mounted.current = false;
    },
    []
  );

  const check = React.useCallback(
    (outcome?: Outcome): void => {
      if (!outcome) setState({ kind: 'checking' });
      services.setup.check().then(
        (status) => {
          if (mounted.current) setState({ kind: 'ready', status, outcome });
        },
        (error: unknown) => {
          if (mounted.current) setState({ kind: 'check-failed', message: errorText(kit, error) });
        }
      );
    },
    [services, strings]
  );

  React.useEffect(() => check(), [check]);

  const run = (status: SetupStatus): void => {
    setState({ kind: 'running', status, progress: null });
    services.setup
      .run((progress) => {
        if (mounted.current) setState({ kind: 'running', status, progress });
      })
      .then(
        (result) => check({ kind: 'done', result }),
        (error: unknown) => {
          const refused = error instanceof DataError && error.kind === 'setup-refused';
          check({ kind: 'failed', message: errorText(kit, error), refused });
        }
      );
  };

  return (
    <section className={styles.root} aria-labelledby="wpq-setup-heading">
      <Text as="h1" size={700} weight="semibold" id="wpq-setup-heading" block>
        {strings.setupHeading}
      </Text>
      <Text as="p" block>
        {strings.setupIntro}
      </Text>

      {state.kind === 'checking' && <Spinner label={strings.setupChecking} />}

      {state.kind === 'check-failed' && (
        <MessageBar intent="error" politeness="assertive">
          <MessageBarBody>{format(strings.setupCheckFailed, { message: state.message })}</MessageBarBody>
          <Button className={styles.button} onClick={() => check()}>
            {strings.retry}
          </Button>
        </MessageBar>
      )}

      {(state.kind === 'ready' || state.kind === 'running') && !state.status.canManage && (
        <>
          {state.status.upToDate ? (
            <Text as="p" block>
              {strings.setupReadyForOthers}
            </Text>
          ) : (
            <MessageBar intent="info">
              <MessageBarBody>
                <MessageBarTitle>{strings.setupNotAllowedTitle}</MessageBarTitle>
                {strings.setupNotAllowed}
              </MessageBarBody>
            </MessageBar>
          )}
        </>
      )}

      {(state.kind === 'ready' || state.kind === 'running') && state.status.canManage && (
        <>
          {statusText(strings, state.status).map((line) => (
            <Text as="p" block key={line}>
              {line}
            </Text>
          ))}
          <div className={styles.actions}>
            <Button
              appearance={state.status.upToDate ? 'secondary' : 'primary'}
              className={styles.button}
              disabled={state.kind === 'running'}
              onClick={() => run(state.status)}
            >
              {buttonLabel(strings, state.status)}
            </Button>
          </div>
        </>
      )}

      {state.kind === 'running' && (
        <div className={styles.progress}>
          <Field label={strings.setupProgressLabel}>
            <ProgressBar value={state.progress ? state.progress.step / state.progress.total : undefined} max={1} thickness="large" />
          </Field>
          <Text as="p" block aria-live="polite">
            {state.progress
              ? format(strings.setupStep, { step: state.progress.step, total: state.progress.total, label: stepLabel(strings, state.progress) })
              : strings.setupStepCheck}
          </Text>
        </div>
      )}

      {state.kind === 'ready' && state.outcome?.kind === 'done' && (
        <MessageBar intent="success" politeness="polite">
          <MessageBarBody>
            <MessageBarTitle>{strings.setupDoneTitle}</MessageBarTitle>
            {state.outcome.result.changes === 0
              ? strings.setupNothingToDo
              : state.outcome.result.changes === 1
                ? strings.setupDoneOne
                : format(strings.setupDone, { changes: state.outcome.result.changes })}
          </MessageBarBody>
        </MessageBar>
      )}

      {state.kind === 'ready' && state.outcome?.kind === 'failed' && (
        <MessageBar intent="error" politeness="assertive">
          <MessageBarBody>
            <MessageBarTitle>{state.outcome.refused ? strings.setupNotAllowedTitle : strings.setupFailedTitle}</MessageBarTitle>
            {state.outcome.message} {state.outcome.refused ? '' : strings.setupSafeToRerun}
          </MessageBarBody>
        </MessageBar>
      )}
    </section>
  );
}
