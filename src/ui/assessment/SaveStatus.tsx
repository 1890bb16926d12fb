import * as React from 'react';
import { Button, MessageBar, MessageBarActions, MessageBarBody, Text } from '@fluentui/react-components';
import type { AssessmentStrings } from '../../loc/assessment';
import { format } from '../../loc/strings';
import { errorText } from '../shared/errorText';
import { useKitStrings } from '../shared/useKit';
import { useFormat } from '../shared/format';
import type { SaveState } from './useAssessmentDraft';
import { useAssessmentStyles } from './assessmentStyles';

export interface SaveStatusProps {
  save: SaveState;
  /** How many statements the self-assessment has (to describe a version saved elsewhere). */
  total: number;
  strings: AssessmentStrings;
  onRetry(): void;
  onKeepMine(): void;
  onTakeStored(): void;
  onShowSubmitted(): void;
}

function sameDay(a: Date, b: Date): boolean {
  return a.getFullYear() === b.getFullYear() && a.getMonth() === b.getMonth() && a.getDate() === b.getDate();
}

/** "Saved at 14:05" today, "Saved on 3 May 2026 at 14:05" on an earlier day. */
function useSavedText(strings: AssessmentStrings): (savedAt: string) => string {
  const fmt = useFormat();
  const time = React.useMemo(() => new Intl.DateTimeFormat(fmt.locale, { hour: '2-digit', minute: '2-digit' }), [fmt.locale]);
  return (savedAt) => {
    const at = new Date(savedAt);
    if (Number.isNaN(at.getTime())) return strings.statusNotSaved;
    return sameDay(at, new Date())
      ? format(strings.statusSavedAt, { time: time.format(at) })
      : format(strings.statusSavedOn, { dateTime: fmt.dateTime(savedAt) });
  };
}

/**
 * Where the draft stands, in a polite live region: saved (and when), saving, waiting to save. A
 * failure keeps what was typed and offers Try again; a version saved elsewhere lets the person choose.
 */
export function SaveStatus(props: SaveStatusProps): React.ReactElement {
  const { save, total, strings } = props;
  const styles = useAssessmentStyles();
  const kit = useKitStrings();
  const fmt = useFormat();
  const savedText = useSavedText(strings);

  let line: string;
  switch (save.kind) {
    case 'idle':
      line = save.savedAt ? savedText(save.savedAt) : strings.statusNotSaved;
      break;
    case 'pending':
      line = strings.statusPending;
      break;
    case 'saving':
      line = strings.statusSaving;
      break;
    case 'saved':
      line = savedText(save.savedAt);
      break;
    case 'failed':
      line = strings.saveFailedTitle;
      break;
    default:
      line = strings.conflictTitle;
  }

  return (
    <>
      <Text as="p" role="status" weight="semibold" className={styles.status}>
        {line}
      </Text>
      {save.kind === 'failed' && (
        <MessageBar intent="error" layout="multiline">
          <MessageBarBody>{format(strings.saveFailedKept, { reason: errorText(kit, save.error) })}</MessageBarBody>
          <MessageBarActions>
            <Button onClick={props.onRetry}>{strings.saveAgain}</Button>
          </MessageBarActions>
        </MessageBar>
      )}
      {save.kind === 'conflict' && (
        <MessageBar intent="warning" layout="multiline">
          <MessageBarBody>
            {save.theirs === null ? (
              strings.conflictDeleted
            ) : save.theirs.status === 'submitted' ? (
              strings.conflictSubmitted
            ) : (
              <>
                {strings.conflictDraft}{' '}
                {format(strings.conflictStoredRated, {
                  rated: save.theirs.answers.length,
                  total,
                  dateTime: fmt.dateTime(save.theirs.savedAt)
                })}
              </>
            )}
          </MessageBarBody>
          <MessageBarActions>
            {save.theirs?.status === 'submitted' ? (
              <Button appearance="primary" onClick={props.onShowSubmitted}>
                {strings.conflictShowSubmitted}
              </Button>
            ) : (
              <>
                <Button appearance="primary" onClick={props.onKeepMine}>
                  {strings.conflictKeepMine}
                </Button>
                {save.theirs !== null && <Button onClick={props.onTakeStored}>{strings.conflictTakeStored}</Button>}
              </>
            )}
          </MessageBarActions>
        </MessageBar>
      )}
    </>
  );
}
