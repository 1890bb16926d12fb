import * as React from 'react';
import type { AnswerValue } from '../../domain';
import type { ModelPack } from '../../model';
import { ConflictError } from '../../data/errors';
import type { Cycle, MyResponse } from '../../data/types';
import { useApp } from '../AppContext';
import { EMPTY_EVIDENCE, newSubmissionId, payloadKey, payloadOf, workFrom, type EvidenceDraft, type Payload, type Work } from './assessmentModel';

/** How long after the last change the draft is saved. */
export const AUTOSAVE_DELAY_MS = 2000;

export type SaveState =
  /** Nothing changed since the page opened (or since the stored draft was read). */
  | { kind: 'idle'; savedAt: string | null }
  /** Changed; a save will start soon. */
  | { kind: 'pending'; savedAt: string | null }
  | { kind: 'saving'; savedAt: string | null }
  | { kind: 'saved'; savedAt: string }
  /** The save failed; what was typed stays on the page. */
  | { kind: 'failed'; error: unknown; savedAt: string | null }
  /** Saved elsewhere since it was read here: the person chooses. `theirs` is null when it was deleted. */
  | { kind: 'conflict'; theirs: MyResponse | null; savedAt: string | null };

export type SubmitState = { kind: 'editing' } | { kind: 'submitting' } | { kind: 'failed'; error: unknown };

/** What a submitted self-assessment shows. */
export interface Submitted {
  submittedAt: string;
  payload: Payload;
}

export interface AssessmentDraft {
  work: Work;
  save: SaveState;
  submitState: SubmitState;
  setAnswer(statementId: string, value: AnswerValue): void;
  setEvidence(statementId: string, change: (current: EvidenceDraft) => EvidenceDraft): void;
  /** Saves now if anything changed (moving to another pillar, Try again). */
  flush(): void;
  keepMine(): void;
  takeStored(): void;
  submit(): Promise<void>;
}

interface Meta {
  draftId: number | undefined;
  etag: string | null | undefined;
  submissionId: string;
}

/**
 * The leader's work on their self-assessment and its saving as they go: a save 2 seconds after the
 * last change (or at once through `flush`), one save at a time so each sends the ETag of the one
 * before, never a save of what is already stored, and never a silent overwrite of a version saved
 * elsewhere. What the person typed is never replaced unless they choose the saved version.
 */
export function useAssessmentDraft(options: {
  cycle: Cycle;
  pack: ModelPack;
  initial: MyResponse | null;
  onSubmitted(submitted: Submitted): void;
  delayMs?: number;
}): AssessmentDraft {
  const { cycle, pack, initial } = options;
  const delay = options.delayMs ?? AUTOSAVE_DELAY_MS;
  const { services } = useApp();

  const [work, setWork] = React.useState<Work>(() => workFrom(initial));
  const [save, setSave] = React.useState<SaveState>(() => ({ kind: 'idle', savedAt: initial?.savedAt ?? null }));
  const [submitState, setSubmitState] = React.useState<SubmitState>({ kind: 'editing' });

  const workRef = React.useRef(work);
  workRef.current = work;
  const onSubmittedRef = React.useRef(options.onSubmitted);
  onSubmittedRef.current = options.onSubmitted;
  const meta = React.useRef<Meta>({
    draftId: initial?.id,
    etag: initial?.etag,
    // One submission id per self-assessment: the stored draft's, or a new one kept for every save.
    submissionId: initial?.submissionId ?? newSubmissionId()
  });
  const savedKey = React.useRef<string | null>(initial ? payloadKey(payloadOf(pack, workFrom(initial))) : payloadKey(payloadOf(pack, workFrom(null))));
  const savedAtRef = React.useRef<string | null>(initial?.savedAt ?? null);
  const timer = React.useRef<ReturnType<typeof setTimeout> | undefined>(undefined);
  const inFlight = React.useRef<Promise<void> | null>(null);
  /** No more saves: submitted, left the page or waiting for the person to resolve a conflict. */
  const stopped = React.useRef<'no' | 'conflict' | 'done'>('no');
  const mounted = React.useRef(true);

  const setSaveIfMounted = React.useCallback((next: SaveState) => {
    if (mounted.current) setSave(next);
  }, []);

  const clearTimer = (): void => {
    if (timer.current !== undefined) clearTimeout(timer.current);
    timer.current = undefined;
  };

  const saveNow = React.useCallback((): Promise<void> => {
    clearTimer();
    if (inFlight.current) return inFlight.current;
    if (stopped.current !== 'no') return Promise.resolve();
    const payload = payloadOf(pack, workRef.current);
    const key = payloadKey(payload);
    if (key === savedKey.current) {
      setSaveIfMounted(savedAtRef.current ? { kind: 'saved', savedAt: savedAtRef.current } : { kind: 'idle', savedAt: null });
      return Promise.resolve();
    }
    setSaveIfMounted({ kind: 'saving', savedAt: savedAtRef.current });
    const { draftId, etag, submissionId } = meta.current;
    const attempt = services.responses
      .saveDraft({ cycle, pack, kind: 'leaders', answers: payload.answers, evidence: payload.evidence, submissionId, draftId, etag })
      .then(
        (saved) => {
          meta.current = { ...meta.current, draftId: saved.id, etag: saved.etag };
          savedKey.current = key;
          savedAtRef.current = saved.savedAt;
          setSaveIfMounted({ kind: 'saved', savedAt: saved.savedAt });
          return true;
        },
        (error: unknown) => {
          if (error instanceof ConflictError) {
            stopped.current = 'conflict';
            setSaveIfMounted({ kind: 'conflict', theirs: (error as ConflictError<MyResponse>).theirs, savedAt: savedAtRef.current });
          } else {
            setSaveIfMounted({ kind: 'failed', error, savedAt: savedAtRef.current });
          }
          return false;
        }
      )
      .then((ok) => {
        inFlight.current = null;
        // Changes made while this save was on its way are saved next: after the usual pause, or at
        // once when the person has left the screen. A failure waits for the next change or Try again.
        if (!ok || stopped.current !== 'no' || payloadKey(payloadOf(pack, workRef.current)) === savedKey.current) return;
        if (!mounted.current) {
          saveRef.current().catch(() => undefined);
          return;
        }
        setSave({ kind: 'pending', savedAt: savedAtRef.current });
        schedule();
      });
    inFlight.current = attempt;
    return attempt;
    // eslint-disable-next-line react-hooks/exhaustive-deps -- schedule only reads refs
  }, [services, cycle, pack, setSaveIfMounted]);

  const saveRef = React.useRef(saveNow);
  saveRef.current = saveNow;

  function schedule(): void {
    clearTimer();
    timer.current = setTimeout(() => {
      timer.current = undefined;
      saveRef.current().catch(() => undefined);
    }, delay);
  }

  const changed = (next: Work): void => {
    workRef.current = next;
    setWork(next);
    if (stopped.current !== 'no' || inFlight.current) return;
    if (payloadKey(payloadOf(pack, next)) === savedKey.current) {
      // Nothing that would be saved has changed (a link still being typed, say), or it is back to
      // what is saved: nothing to wait for.
      clearTimer();
      const at = savedAtRef.current;
      setSave(at ? { kind: 'saved', savedAt: at } : { kind: 'idle', savedAt: null });
      return;
    }
    // A failed save keeps its message until the next attempt, so the person knows it was not saved.
    setSave((s) => (s.kind === 'failed' ? s : { kind: 'pending', savedAt: savedAtRef.current }));
    schedule();
  };
  const changedRef = React.useRef(changed);
  changedRef.current = changed;

  // Stable, so that statements whose answers did not change are not drawn again.
  const setAnswer = React.useCallback((statementId: string, value: AnswerValue): void => {
    const current = workRef.current;
    changedRef.current({ ...current, answers: { ...current.answers, [statementId]: value } });
  }, []);

  const setEvidence = React.useCallback((statementId: string, change: (current: EvidenceDraft) => EvidenceDraft): void => {
    const current = workRef.current;
    changedRef.current({ ...current, evidence: { ...current.evidence, [statementId]: change(current.evidence[statementId] ?? EMPTY_EVIDENCE) } });
  }, []);

  const flush = (): void => {
    if (stopped.current === 'no') saveNow().catch(() => undefined);
  };

  const keepMine = (): void => {
    if (save.kind !== 'conflict') return;
    const theirs = save.theirs;
    if (theirs?.status === 'submitted') return;
    // Save this page's work over the stored draft (or as a new draft when that one was deleted).
    meta.current = theirs
      ? { draftId: theirs.id, etag: theirs.etag, submissionId: theirs.submissionId }
      : { ...meta.current, draftId: undefined, etag: undefined };
    savedKey.current = null;
    stopped.current = 'no';
    saveNow().catch(() => undefined);
  };

  const takeStored = (): void => {
    if (save.kind !== 'conflict' || !save.theirs || save.theirs.status === 'submitted') return;
    const theirs = save.theirs;
    const next = workFrom(theirs);
    meta.current = { draftId: theirs.id, etag: theirs.etag, submissionId: theirs.submissionId };
    savedKey.current = payloadKey(payloadOf(pack, next));
    savedAtRef.current = theirs.savedAt;
    workRef.current = next;
    setWork(next);
    stopped.current = 'no';
    setSave({ kind: 'saved', savedAt: theirs.savedAt });
  };

  const submit = async (): Promise<void> => {
    if (stopped.current !== 'no' || submitState.kind === 'submitting') return;
    clearTimer();
    setSubmitState({ kind: 'submitting' });
    // A save on its way first, so that it cannot land on the draft after the submission.
    if (inFlight.current) await inFlight.current;
    if (stopped.current !== 'no') {
      if (mounted.current) setSubmitState({ kind: 'editing' });
      return;
    }
    stopped.current = 'done';
    const payload = payloadOf(pack, workRef.current);
    try {
      await services.responses.submit({
        cycle,
        pack,
        kind: 'leaders',
        answers: payload.answers,
        evidence: payload.evidence,
        submissionId: meta.current.submissionId
      });
    } catch (error) {
      stopped.current = 'no';
      if (!mounted.current) return;
      setSubmitState({ kind: 'failed', error });
      // Not submitted: the draft goes on being saved as before.
      if (payloadKey(payload) !== savedKey.current) schedule();
      return;
    }
    if (mounted.current) onSubmittedRef.current({ submittedAt: new Date().toISOString(), payload });
  };

  // Leaving the screen saves what has not been saved yet.
  React.useEffect(() => {
    mounted.current = true;
    return () => {
      mounted.current = false;
      const pending = timer.current !== undefined;
      clearTimer();
      if (pending && stopped.current === 'no') saveRef.current().catch(() => undefined);
    };
  }, []);

  // Closing the tab with changes not saved yet: the browser asks first.
  const unsaved = save.kind === 'pending' || save.kind === 'saving' || save.kind === 'failed' || save.kind === 'conflict';
  React.useEffect(() => {
    if (!unsaved) return undefined;
    const warn = (event: BeforeUnloadEvent): void => {
      event.preventDefault();
      event.returnValue = '';
    };
    window.addEventListener('beforeunload', warn);
    return () => window.removeEventListener('beforeunload', warn);
  }, [unsaved]);

  return { work, save, submitState, setAnswer, setEvidence, flush, keepMine, takeStored, submit };
}
