import * as React from 'react';
import {
  Button,
  Dialog,
  DialogActions,
  DialogBody,
  DialogContent,
  DialogSurface,
  DialogTitle,
  MessageBar,
  MessageBarBody,
  MessageBarTitle,
  Spinner,
  makeStyles,
  tokens
} from '@fluentui/react-components';
import { DataError } from '../../data/errors';
import type { ActionStatus, Cycle, Participation, Phase } from '../../data/types';
import { format } from '../../loc/strings';
import { useApp } from '../AppContext';
import { Paragraph } from '../shared/layout';
import { ErrorBar } from '../shared/QueryView';
import { usePeople } from '../shared/people/usePeople';
import { useKitStrings } from '../shared/useKit';
import { invalidate, useQuery } from '../shared/useQuery';
import { leaderStatusText, nextPhase, useCyclePhaseLabels, useCycleStrings } from './cycleText';

const useStyles = makeStyles({
  list: { margin: 0, paddingLeft: tokens.spacingHorizontalXL, overflowWrap: 'anywhere' },
  actions: { display: 'flex', flexWrap: 'wrap', alignItems: 'center', gap: tokens.spacingHorizontalM },
  button: { minHeight: '32px' }
});

/** Statuses of actions still to be finished. */
const OPEN: readonly ActionStatus[] = ['not-started', 'in-progress', 'on-hold'];

type State = { kind: 'none' } | { kind: 'moving' } | { kind: 'moved'; phase: Phase } | { kind: 'failed'; error: unknown };

/** What is still incomplete before leaving `phase`, in plain sentences. */
function useIncomplete(cycle: Cycle, participation: Participation | null, open: boolean): { items: string[]; checking: boolean; error: unknown } {
  const { services } = useApp();
  const c = useCycleStrings();
  const kit = useKitStrings();
  const fromAnalyse = cycle.phase === 'analyse';
  const needsActions = cycle.phase === 'plan' || cycle.phase === 'do';
  const waiting = fromAnalyse && participation ? participation.leaders.filter((l) => l.status !== 'submitted') : [];
  const names = usePeople(open && waiting.length > 0 ? waiting.map((l) => l.userId) : null);
  const actions = useQuery(open && needsActions ? `cycle:${cycle.id}:actions` : null, () => services.actions.listForCycle(cycle.id));

  const items: string[] = [];
  let checking = false;
  let error: unknown = null;
  if (fromAnalyse) {
    if (waiting.length > 0) {
      if (names.kind === 'loaded') {
        for (const l of waiting) {
          const name = names.data.find((p) => p.id === l.userId)?.title ?? format(kit.peopleUnknown, { id: l.userId });
          items.push(format(c.incompleteLeader, { name, status: leaderStatusText(c, l.status) }));
        }
      } else if (names.kind === 'failed') error = names.error;
      else checking = true;
    }
    if (participation) {
      const { answered } = participation.staff;
      const minimum = participation.minimumGroupSize;
      if (answered < minimum) {
        items.push(answered === 0 ? c.incompleteStaffNone : format(answered === 1 ? c.incompleteStaffOne : c.incompleteStaff, { answered, minimum }));
      }
    }
    if (!cycle.publishedAt) items.push(c.incompleteNotPublished);
  }
  if (needsActions) {
    if (actions.kind === 'loaded') {
      const list = actions.data.data;
      if (cycle.phase === 'plan' && list.length === 0) items.push(c.incompleteNoActions);
      if (cycle.phase === 'do') {
        const unfinished = list.filter((a) => OPEN.includes(a.status)).length;
        if (unfinished > 0) items.push(unfinished === 1 ? c.incompleteOpenActionsOne : format(c.incompleteOpenActionsMany, { count: unfinished }));
      }
    } else if (actions.kind === 'failed') error = actions.error;
    else checking = true;
  }
  return { items, checking, error };
}

/** "Move to Plan" (and so on), after a confirmation that lists what is still incomplete. */
export function MovePhase(props: { cycle: Cycle; participation: Participation | null }): React.ReactElement | null {
  const { cycle, participation } = props;
  const { services } = useApp();
  const c = useCycleStrings();
  const kit = useKitStrings();
  const phases = useCyclePhaseLabels();
  const styles = useStyles();
  const [open, setOpen] = React.useState(false);
  const moveButton = React.useRef<HTMLButtonElement>(null);
  /** Closes the confirmation and puts focus back on the button that opened it. */
  const close = (): void => {
    setOpen(false);
    setTimeout(() => moveButton.current?.focus(), 0);
  };
  const [state, setState] = React.useState<State>({ kind: 'none' });
  const next = nextPhase(cycle.phase);
  const incomplete = useIncomplete(cycle, participation, open);
  if (next === null) return state.kind === 'moved' ? <Paragraph>{format(c.moved, { phase: phases[state.phase] })}</Paragraph> : null;

  const closing = next === 'closed';
  const label = closing ? c.closeCycle : format(c.moveTo, { phase: phases[next] });

  const move = (): void => {
    close();
    setState({ kind: 'moving' });
    services.cycles.update(cycle.id, { phase: next }, cycle.etag).then(
      () => {
        setState({ kind: 'moved', phase: next });
        invalidate(`cycle:${cycle.id}`);
        invalidate('services:');
        invalidate('overview');
        invalidate('mywork');
      },
      (error: unknown) => {
        setState({ kind: 'failed', error });
        // Show the cycle as it is now, with its new ETag.
        if (error instanceof DataError && error.kind === 'conflict') invalidate(`cycle:${cycle.id}`);
      }
    );
  };

  const conflict = state.kind === 'failed' && state.error instanceof DataError && state.error.kind === 'conflict';
  return (
    <>
      <Paragraph>{c.moveIntro}</Paragraph>
      <div role="status">{state.kind === 'moved' && <Paragraph>{format(c.moved, { phase: phases[state.phase] })}</Paragraph>}</div>
      {conflict && (
        <MessageBar intent="warning" layout="multiline">
          <MessageBarBody>
            <MessageBarTitle>{c.moveFailed}</MessageBarTitle>
            {c.moveConflict}
          </MessageBarBody>
        </MessageBar>
      )}
      {state.kind === 'failed' && !conflict && <ErrorBar error={state.error} title={c.moveFailed} />}
      <div className={styles.actions}>
        <Button ref={moveButton} className={styles.button} disabledFocusable={state.kind === 'moving'} onClick={() => setOpen(true)}>
          {label}
        </Button>
        {state.kind === 'moving' && <Spinner size="tiny" label={c.moving} />}
      </div>
      <Dialog modalType="alert" open={open} onOpenChange={(_e, d) => (d.open ? setOpen(true) : close())}>
        <DialogSurface>
          <DialogBody>
            <DialogTitle>{format(closing ? c.closeTitle : c.moveTitle, { cycle: cycle.title, phase: phases[next] })}</DialogTitle>
            <DialogContent>
              {cycle.phase === 'analyse' && <Paragraph>{c.moveLeavesAnalyse}</Paragraph>}
              <Paragraph>{c.moveKeepsEverything}</Paragraph>
              {incomplete.error !== null && <ErrorBar error={incomplete.error} />}
              {incomplete.checking ? (
                <Spinner size="tiny" label={c.incompleteChecking} />
              ) : incomplete.items.length === 0 ? (
                <Paragraph>{c.incompleteNothing}</Paragraph>
              ) : (
                <>
                  <Paragraph>{c.incompleteHeading}</Paragraph>
                  <ul className={styles.list}>
                    {incomplete.items.map((item) => (
                      <li key={item}>{item}</li>
                    ))}
                  </ul>
                </>
              )}
            </DialogContent>
            <DialogActions>
              <Button appearance="primary" className={styles.button} onClick={move}>
                {closing ? c.closeConfirm : format(c.moveConfirm, { phase: phases[next] })}
              </Button>
              <Button className={styles.button} onClick={close}>
                {kit.cancel}
              </Button>
            </DialogActions>
          </DialogBody>
        </DialogSurface>
      </Dialog>
    </>
  );
}
