import * as React from 'react';
import type { AnswerValue } from '../../domain';
import type { ModelPack } from '../../model';
import type { Cycle } from '../../data/types';
import { useApp } from '../AppContext';
import { invalidate } from '../shared/useQuery';
import { draftKey, draftStore, newSubmissionId, type DraftStore } from './draftStore';
import { answerList, stepPlan, validAnswers, type StepPlan, type SurveyModel } from './surveyModel';

/**
 * The staff survey as the person fills it in: where they are, what they answered, the draft kept on
 * the device as they go, and sending it (with the draft's one submission id, every time).
 */
export type SendState =
  | { kind: 'idle' }
  | { kind: 'sending' }
  | { kind: 'failed'; error: unknown }
  | { kind: 'sent'; alreadySubmitted: boolean };

export interface UseSurveyOptions {
  cycle: Cycle;
  pack: ModelPack;
  model: SurveyModel;
  siteUrl: string;
  userId: number;
}

export interface Survey {
  plan: StepPlan;
  step: number;
  answers: Record<string, AnswerValue>;
  comment: string;
  submissionId: string;
  /** When the restored draft was saved; null when nothing was restored (or after starting again). */
  restoredFrom: string | null;
  startedAgain: boolean;
  /** False when the device will not keep a draft. */
  storageAvailable: boolean;
  /** True when the person came to this step from "check your answers" (Next then goes back there). */
  fromCheck: boolean;
  send: SendState;
  setAnswer(statementId: string, value: AnswerValue): void;
  setComment(text: string): void;
  goTo(step: number, options?: { fromCheck?: boolean }): void;
  startAgain(): void;
  /** Sends the answers; a failure keeps everything, and calling it again sends the same submission id. */
  submit(): void;
}

interface Working {
  submissionId: string;
  answers: Record<string, AnswerValue>;
  comment: string;
  step: number;
  attempted: boolean;
}

function fresh(submissionId: string = newSubmissionId()): Working {
  return { submissionId, answers: {}, comment: '', step: 0, attempted: false };
}

function initial(store: DraftStore, pack: ModelPack, model: SurveyModel, plan: StepPlan): { working: Working; restoredFrom: string | null } {
  const draft = store.load();
  if (!draft || draft.packId !== pack.id || draft.packVersion !== pack.version) return { working: fresh(), restoredFrom: null };
  const answers = validAnswers(model, draft.answers);
  const hasContent = Object.keys(answers).length > 0 || draft.comment.trim() !== '';
  return {
    working: {
      submissionId: draft.submissionId,
      answers,
      comment: draft.comment,
      step: Math.min(draft.step, plan.check),
      attempted: draft.attempted
    },
    restoredFrom: hasContent ? draft.savedAt : null
  };
}

export function useSurvey(options: UseSurveyOptions): Survey {
  const { cycle, pack, model, siteUrl, userId } = options;
  const { services } = useApp();
  const plan = React.useMemo(() => stepPlan(model), [model]);
  const store = React.useMemo(() => draftStore(draftKey(siteUrl, cycle.id, userId)), [siteUrl, cycle.id, userId]);
  const [start] = React.useState(() => initial(store, pack, model, plan));
  const [working, setWorking] = React.useState<Working>(start.working);
  const [restoredFrom, setRestoredFrom] = React.useState<string | null>(start.restoredFrom);
  const [startedAgain, setStartedAgain] = React.useState(false);
  const [fromCheck, setFromCheck] = React.useState(false);
  const [send, setSend] = React.useState<SendState>({ kind: 'idle' });
  const [storageAvailable, setStorageAvailable] = React.useState(store.available);

  const live = React.useRef(true);
  React.useEffect(
    () => () => {
      live.current = false;
    },
    []
  );

  // Keep the draft on the device as the person goes: once they have started, after every change. Once
  // sent, never again: a save still waiting to run when the answer arrives must not bring the draft back.
  const finished = React.useRef(false);
  React.useEffect(() => {
    if (finished.current) return;
    const started = working.step > 0 || working.attempted || Object.keys(working.answers).length > 0 || working.comment !== '';
    if (!started) return;
    const kept = store.save({ packId: pack.id, packVersion: pack.version, savedAt: new Date().toISOString(), ...working });
    if (!kept) setStorageAvailable(false);
  }, [working, store, pack.id, pack.version]);

  const setAnswer = React.useCallback((statementId: string, value: AnswerValue) => {
    setWorking((w) => ({ ...w, answers: { ...w.answers, [statementId]: value } }));
  }, []);

  const setComment = React.useCallback((text: string) => setWorking((w) => ({ ...w, comment: text })), []);

  const goTo = React.useCallback(
    (step: number, goOptions?: { fromCheck?: boolean }) => {
      setFromCheck(goOptions?.fromCheck === true);
      setWorking((w) => ({ ...w, step: Math.max(0, Math.min(step, plan.check)) }));
    },
    [plan.check]
  );

  const startAgain = React.useCallback(() => {
    store.remove();
    // A submission already tried with this id may have been stored: keep the id, so sending again never stores twice.
    setWorking((w) => (w.attempted ? { ...fresh(w.submissionId), attempted: true } : fresh()));
    setRestoredFrom(null);
    setStartedAgain(true);
    setFromCheck(false);
    setSend({ kind: 'idle' });
  }, [store]);

  const sending = React.useRef(false);
  const submit = React.useCallback(() => {
    if (sending.current) return;
    sending.current = true;
    setWorking((w) => (w.attempted ? w : { ...w, attempted: true }));
    setSend({ kind: 'sending' });
    const comment = working.comment.trim();
    services.responses
      .submit({
        cycle,
        pack,
        kind: 'staff',
        answers: answerList(model, working.answers),
        submissionId: working.submissionId,
        comment: comment === '' ? null : comment
      })
      .then(
        (result) => {
          sending.current = false;
          finished.current = true;
          store.remove();
          invalidate('mywork');
          invalidate('overview');
          if (live.current) setSend({ kind: 'sent', alreadySubmitted: result.alreadySubmitted });
        },
        (error: unknown) => {
          sending.current = false;
          if (live.current) setSend({ kind: 'failed', error });
        }
      );
  }, [services, cycle, pack, model, store, working]);

  return {
    plan,
    step: working.step,
    answers: working.answers,
    comment: working.comment,
    submissionId: working.submissionId,
    restoredFrom,
    startedAgain,
    storageAvailable,
    fromCheck,
    send,
    setAnswer,
    setComment,
    goTo,
    startAgain,
    submit
  };
}
