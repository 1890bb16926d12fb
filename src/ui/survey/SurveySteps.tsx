import * as React from 'react';
import {
  Button,
  MessageBar,
  MessageBarActions,
  MessageBarBody,
  MessageBarTitle,
  Spinner,
  Text,
  useId
} from '@fluentui/react-components';
import type { AnswerValue } from '../../domain';
import { RESPONSE_LIMITS } from '../../data/types';
import { format } from '../../loc/strings';
import type { SurveyStrings } from '../../loc/survey';
import { errorText } from '../shared/errorText';
import { useKitStrings } from '../shared/useKit';
import { useFormat } from '../shared/format';
import { StatementQuestion } from './StatementQuestion';
import { StepMeter } from '../shared/StepMeter';
import type { CommentBoxProps } from './CommentBox';
import type { SurveyArea, SurveyModel } from './surveyModel';
import { useSurveyStyles } from './surveyStyles';
import type { SendState } from './useSurvey';

type HeadingRef = React.RefObject<HTMLHeadingElement>;

/**
 * The comment box (Fluent's Field and Textarea) loads on its own, asked for as soon as the first
 * question is on screen, so the survey opens without it. If it cannot be loaded (the connection
 * dropped), the step says so and the person can go on without a comment; the answers are kept.
 */
const loadCommentBox = (): Promise<{ default: React.ComponentType<CommentBoxProps & React.RefAttributes<HTMLTextAreaElement>> }> =>
  import(/* webpackChunkName: 'wpq-survey-comment' */ './CommentBox').catch(() => ({ default: CommentBoxUnavailable }));
const CommentBox = React.lazy(loadCommentBox);

// It takes the box's ref, as the box does, but has no box to give it.
// eslint-disable-next-line @typescript-eslint/no-unused-vars
const CommentBoxUnavailable = React.forwardRef<HTMLTextAreaElement, CommentBoxProps>(function CommentBoxUnavailable(props, _ref) {
  return (
    <MessageBar intent="warning" layout="multiline">
      <MessageBarBody>{props.unavailable}</MessageBarBody>
    </MessageBar>
  );
});

/** A step's heading: focus moves here on Next and Back, so a screen reader starts at the top of the step. */
export function StepHeading(props: { headingRef: HeadingRef; children: React.ReactNode; describedBy?: string }): React.ReactElement {
  const styles = useSurveyStyles();
  return (
    <Text as="h2" size={600} weight="semibold" tabIndex={-1} ref={props.headingRef} className={styles.heading} aria-describedby={props.describedBy}>
      {props.children}
    </Text>
  );
}

/** "Step 2 of 6" in words and as a bar (the bar carries the same words for assistive technology). */
export function StepProgress(props: { id: string; step: number; total: number; strings: SurveyStrings }): React.ReactElement {
  const styles = useSurveyStyles();
  const text = format(props.strings.stepOf, { step: props.step, total: props.total });
  return (
    <div className={styles.progress}>
      <Text as="p" id={props.id} className={styles.progressText}>
        {text}
      </Text>
      <StepMeter value={props.step} max={props.total} labelledBy={props.id} valueText={text} />
    </div>
  );
}

/** Who sees what, in plain words, with the cycle's minimum group size. */
export function PrivacyNotice(props: { minimum: number; strings: SurveyStrings; storageAvailable: boolean }): React.ReactElement {
  const styles = useSurveyStyles();
  const { strings, minimum } = props;
  const id = useId('privacy-');
  return (
    <section aria-labelledby={id} className={styles.section}>
      <Text as="h3" size={500} weight="semibold" id={id} className={styles.heading}>
        {strings.privacyHeading}
      </Text>
      <ul className={styles.list}>
        <li>{strings.privacyGroup}</li>
        <li>{format(strings.privacyMinimum, { minimum })}</li>
        <li>{format(strings.privacyComment, { minimum })}</li>
        <li>{strings.privacyOwners}</li>
        {props.storageAvailable && <li>{strings.privacyDevice}</li>}
      </ul>
    </section>
  );
}

export interface IntroStepProps {
  headingRef: HeadingRef;
  model: SurveyModel;
  minimum: number;
  storageAvailable: boolean;
  strings: SurveyStrings;
  onStart(): void;
}

export function IntroStep(props: IntroStepProps): React.ReactElement {
  const styles = useSurveyStyles();
  const { strings, model } = props;
  const dontKnow = model.choices[model.choices.length - 1].label;
  return (
    <div className={styles.stack}>
      <StepHeading headingRef={props.headingRef}>{strings.introHeading}</StepHeading>
      <Text as="p" className={styles.paragraph}>
        {format(strings.intro, { statements: model.statementCount, parts: model.areas.length })}
      </Text>
      <Text as="p" className={styles.paragraph}>
        {format(strings.introHow, { dontKnow })}
      </Text>
      <PrivacyNotice minimum={props.minimum} strings={strings} storageAvailable={props.storageAvailable} />
      <div className={styles.actions}>
        <Button appearance="primary" size="large" className={styles.button} onClick={props.onStart}>
          {strings.start}
        </Button>
      </div>
    </div>
  );
}

function StepButtons(props: { strings: SurveyStrings; nextLabel: string; onBack(): void }): React.ReactElement {
  const styles = useSurveyStyles();
  return (
    <div className={styles.actions}>
      <Button type="button" size="large" className={styles.button} onClick={props.onBack}>
        {props.strings.back}
      </Button>
      <Button type="submit" appearance="primary" size="large" className={styles.button}>
        {props.nextLabel}
      </Button>
    </div>
  );
}

export interface AreaStepProps {
  headingRef: HeadingRef;
  area: SurveyArea;
  model: SurveyModel;
  step: number;
  total: number;
  answers: Record<string, AnswerValue>;
  strings: SurveyStrings;
  nextLabel: string;
  onAnswer(statementId: string, value: AnswerValue): void;
  onBack(): void;
  onNext(): void;
}

/** One pillar or theme: its staff statements, each with the scale and "don't know". */
export function AreaStep(props: AreaStepProps): React.ReactElement {
  const styles = useSurveyStyles();
  // The first question is on screen: now the comment box, needed later, may load.
  React.useEffect(() => {
    void loadCommentBox();
  }, []);
  const progressId = useId('progress-');
  const { area, model, strings } = props;
  return (
    <div className={styles.stack}>
      <StepProgress id={progressId} step={props.step} total={props.total} strings={strings} />
      <StepHeading headingRef={props.headingRef} describedBy={progressId}>
        {area.pillar.name}
      </StepHeading>
      <Text as="p" className={styles.paragraph}>
        {model.scaleName}
      </Text>
      <form
        className={styles.form}
        noValidate
        onSubmit={(event) => {
          event.preventDefault();
          props.onNext();
        }}
      >
        {area.statements.map((statement) => (
          <StatementQuestion
            key={statement.id}
            statement={statement}
            choices={model.choices}
            value={props.answers[statement.id]}
            onChange={(value) => props.onAnswer(statement.id, value)}
          />
        ))}
        <StepButtons strings={strings} nextLabel={props.nextLabel} onBack={props.onBack} />
      </form>
    </div>
  );
}

export interface CommentStepProps {
  headingRef: HeadingRef;
  step: number;
  total: number;
  comment: string;
  strings: SurveyStrings;
  nextLabel: string;
  onComment(text: string): void;
  onBack(): void;
  onNext(): void;
}

/** The one optional free-text question, with a count of the characters left. */
export function CommentStep(props: CommentStepProps): React.ReactElement {
  const styles = useSurveyStyles();
  const fmt = useFormat();
  const progressId = useId('progress-');
  const textareaRef = React.useRef<HTMLTextAreaElement>(null);
  const { strings } = props;
  const max = RESPONSE_LIMITS.commentChars;
  const left = max - props.comment.length;
  const over = left < 0;
  let count: string;
  if (left === 1) count = strings.characterLeft;
  else if (left === -1) count = strings.characterOver;
  else if (over) count = format(strings.charactersOver, { count: fmt.number(-left, 0) });
  else count = format(strings.charactersLeft, { count: fmt.number(left, 0) });
  return (
    <div className={styles.stack}>
      <StepProgress id={progressId} step={props.step} total={props.total} strings={strings} />
      <StepHeading headingRef={props.headingRef} describedBy={progressId}>
        {strings.commentHeading}
      </StepHeading>
      <form
        className={styles.form}
        noValidate
        onSubmit={(event) => {
          event.preventDefault();
          if (over) textareaRef.current?.focus();
          else props.onNext();
        }}
      >
        <React.Suspense fallback={<Spinner size="small" label={strings.commentLoading} />}>
          <CommentBox
            ref={textareaRef}
            label={strings.commentLabel}
            hint={strings.commentHint}
            over={over}
            message={over ? `${count} ${format(strings.commentTooLong, { max: fmt.number(max, 0) })}` : count}
            value={props.comment}
            onChange={props.onComment}
            unavailable={strings.commentUnavailable}
          />
        </React.Suspense>
        <StepButtons strings={strings} nextLabel={props.nextLabel} onBack={props.onBack} />
      </form>
    </div>
  );
}

export interface CheckStepProps {
  headingRef: HeadingRef;
  model: SurveyModel;
  answers: Record<string, AnswerValue>;
  comment: string;
  send: SendState;
  strings: SurveyStrings;
  onChangeArea(index: number): void;
  onChangeComment(): void;
  onBack(): void;
  onSubmit(): void;
}

/** Every answer before sending, how many were left out, and Send (Try again after a failure, with the same id). */
export function CheckStep(props: CheckStepProps): React.ReactElement {
  const styles = useSurveyStyles();
  const kit = useKitStrings();
  const { model, answers, strings, send } = props;
  const labels = React.useMemo(() => new Map(model.choices.map((c) => [c.value, c.label])), [model]);
  const answered = model.areas.reduce((n, a) => n + a.statements.filter((s) => answers[s.id] !== undefined).length, 0);
  const skipped = model.statementCount - answered;
  const [nothing, setNothing] = React.useState(false);
  const problemRef = React.useRef<HTMLDivElement>(null);
  const failed = send.kind === 'failed';
  const sending = send.kind === 'sending';

  React.useEffect(() => {
    if (failed || nothing) problemRef.current?.focus();
  }, [failed, nothing]);

  const onSend = (): void => {
    if (sending) return;
    if (answered === 0) {
      setNothing(true);
      problemRef.current?.focus();
      return;
    }
    setNothing(false);
    props.onSubmit();
  };

  let skippedText = strings.skippedNone;
  if (skipped === 1) skippedText = strings.skippedOne;
  else if (skipped > 1) skippedText = format(strings.skippedMany, { count: skipped });

  return (
    <div className={styles.stack}>
      <StepHeading headingRef={props.headingRef}>{strings.checkHeading}</StepHeading>
      <Text as="p" className={styles.paragraph}>
        {strings.checkIntro}
      </Text>
      {answered > 0 && (
        <MessageBar intent={skipped > 0 ? 'warning' : 'success'} layout="multiline">
          <MessageBarBody>{skippedText}</MessageBarBody>
        </MessageBar>
      )}
      {model.areas.map((area, index) => (
        <AreaAnswers
          key={area.pillar.id}
          area={area}
          answers={answers}
          labels={labels}
          strings={strings}
          onChange={() => props.onChangeArea(index)}
        />
      ))}
      <CommentAnswer comment={props.comment} strings={strings} onChange={props.onChangeComment} />
      <div ref={problemRef} tabIndex={-1} className={styles.focusable}>
        {nothing && answered === 0 && (
          <MessageBar intent="error" layout="multiline">
            <MessageBarBody>{strings.nothingAnswered}</MessageBarBody>
          </MessageBar>
        )}
        {failed && (
          <MessageBar intent="error" layout="multiline">
            <MessageBarBody>
              <MessageBarTitle>{strings.submitFailedTitle}</MessageBarTitle>
              {format(strings.submitFailed, { reason: errorText(kit, send.error) })} {strings.submitFailedWhat}
            </MessageBarBody>
            <MessageBarActions>
              <Button onClick={onSend}>{strings.tryAgain}</Button>
            </MessageBarActions>
          </MessageBar>
        )}
      </div>
      <div className={styles.actions}>
        <Button type="button" size="large" className={styles.button} disabled={sending} onClick={props.onBack}>
          {strings.back}
        </Button>
        <Button type="button" appearance="primary" size="large" className={styles.button} disabledFocusable={sending} onClick={onSend}>
          {strings.submit}
        </Button>
        {sending && <Spinner size="tiny" label={strings.submitting} />}
      </div>
    </div>
  );
}

function CheckHeader(props: { title: string; changeLabel: string; strings: SurveyStrings; id?: string; onChange(): void }): React.ReactElement {
  const styles = useSurveyStyles();
  return (
    <div className={styles.areaHeader}>
      <Text as="h3" size={500} weight="semibold" id={props.id} className={styles.heading}>
        {props.title}
      </Text>
      <Button appearance="subtle" className={styles.button} aria-label={props.changeLabel} onClick={props.onChange}>
        {props.strings.change}
      </Button>
    </div>
  );
}

function AreaAnswers(props: {
  area: SurveyArea;
  answers: Record<string, AnswerValue>;
  labels: Map<AnswerValue, string>;
  strings: SurveyStrings;
  onChange(): void;
}): React.ReactElement {
  const styles = useSurveyStyles();
  const id = useId('area-');
  const { area, answers, labels, strings } = props;
  return (
    <section aria-labelledby={id} className={styles.section}>
      <CheckHeader
        id={id}
        title={area.pillar.name}
        changeLabel={format(strings.changeLabel, { name: area.pillar.name })}
        strings={strings}
        onChange={props.onChange}
      />
      <dl className={styles.answers}>
        {area.statements.map((s) => {
          const value = answers[s.id];
          return (
            <div key={s.id} className={styles.answer}>
              <dt className={styles.term}>{s.text}</dt>
              {value === undefined ? (
                <dd className={styles.unanswered}>{strings.notAnswered}</dd>
              ) : (
                <dd className={styles.value}>{labels.get(value) ?? String(value)}</dd>
              )}
            </div>
          );
        })}
      </dl>
    </section>
  );
}

function CommentAnswer(props: { comment: string; strings: SurveyStrings; onChange(): void }): React.ReactElement {
  const styles = useSurveyStyles();
  const id = useId('comment-');
  const { strings } = props;
  return (
    <section aria-labelledby={id} className={styles.section}>
      <CheckHeader id={id} title={strings.commentSummaryHeading} changeLabel={strings.changeComment} strings={strings} onChange={props.onChange} />
      {props.comment.trim() === '' ? (
        <Text as="p" className={styles.unanswered}>
          {strings.noComment}
        </Text>
      ) : (
        <Text as="p" className={styles.comment}>
          {props.comment}
        </Text>
      )}
    </section>
  );
}

/** What happens after the person has answered: results once enough people have, then actions. */
export function WhatHappensNext(props: { minimum: number; strings: SurveyStrings }): React.ReactElement {
  const styles = useSurveyStyles();
  const id = useId('next-');
  return (
    <section aria-labelledby={id} className={styles.section}>
      <Text as="h3" size={500} weight="semibold" id={id} className={styles.heading}>
        {props.strings.nextHeading}
      </Text>
      <Text as="p" className={styles.paragraph}>
        {format(props.strings.nextResults, { minimum: props.minimum })}
      </Text>
      <Text as="p" className={styles.paragraph}>
        {props.strings.nextActions}
      </Text>
    </section>
  );
}
