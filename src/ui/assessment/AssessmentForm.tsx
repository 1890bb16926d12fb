import * as React from 'react';
import {
  Button,
  MessageBar,
  MessageBarActions,
  MessageBarBody,
  MessageBarTitle,
  Text,
  mergeClasses,
  useId
} from '@fluentui/react-components';
import type { ModelPack, Pillar } from '../../model';
import { pillarStatements } from '../../model/lookup';
import type { Cycle, MyResponse } from '../../data/types';
import type { AssessmentStrings } from '../../loc/assessment';
import { format } from '../../loc/strings';
import { ErrorBar } from '../shared/QueryView';
import { Paragraph, Section } from '../shared/layout';
import { assessedPillars, EMPTY_EVIDENCE, leaderStatements, payloadOf, progressOf, workFrom } from './assessmentModel';
import { useAssessmentStyles } from './assessmentStyles';
import { SaveStatus } from './SaveStatus';
import { StatementCard } from './StatementCard';
import { useAssessmentDraft, type Submitted } from './useAssessmentDraft';
import { StepMeter } from '../shared/StepMeter';

export interface AssessmentFormProps {
  cycle: Cycle;
  pack: ModelPack;
  /** The leader's draft as stored, or null when they have not started. */
  stored: MyResponse | null;
  strings: AssessmentStrings;
  onSubmitted(submitted: Submitted): void;
  /** How long after the last change the draft is saved (tests may shorten it). */
  autosaveDelayMs?: number;
}

function pillarName(pillar: Pillar, strings: AssessmentStrings): string {
  const name = pillar.shortName ?? pillar.name;
  return pillar.crossCutting ? format(strings.stepTheme, { name }) : name;
}

/**
 * The self-assessment, one pillar or theme at a time: the leader rates each statement and adds
 * evidence; the draft is saved as they go and when they move to another pillar; they submit when ready.
 */
export function AssessmentForm(props: AssessmentFormProps): React.ReactElement {
  const { cycle, pack, stored, strings, onSubmitted } = props;
  const styles = useAssessmentStyles();
  const draft = useAssessmentDraft({ cycle, pack, initial: stored, onSubmitted, delayMs: props.autosaveDelayMs });
  const pillars = React.useMemo(() => assessedPillars(pack), [pack]);
  const statements = React.useMemo(() => leaderStatements(pack), [pack]);
  const firstNumber = React.useMemo(() => {
    const starts: number[] = [];
    let n = 1;
    for (const p of pillars) {
      starts.push(n);
      n += pillarStatements(p, 'leaders').length;
    }
    return starts;
  }, [pillars]);
  const scale = pack.scales.leaders;
  const overall = progressOf(statements, draft.work.answers);

  const [step, setStep] = React.useState(0);
  const headingRef = React.useRef<HTMLHeadingElement>(null);
  const moved = React.useRef(false);
  const headingId = useId('pillar-');
  const [confirming, setConfirming] = React.useState(false);
  const confirmRef = React.useRef<HTMLDivElement>(null);
  const confirmTitleId = useId('confirm-');
  const [problem, setProblem] = React.useState<'none-rated' | 'conflict' | null>(null);

  React.useLayoutEffect(() => {
    // After moving to another pillar, start reading (and tabbing) from its heading.
    if (moved.current) headingRef.current?.focus();
    moved.current = false;
  }, [step]);

  const submitRef = React.useRef<HTMLButtonElement>(null);
  const focusSubmit = React.useRef(false);
  React.useLayoutEffect(() => {
    // The question takes focus, so it is read out and its buttons are next; after it, the Submit button.
    if (confirming) confirmRef.current?.focus();
    else if (focusSubmit.current) submitRef.current?.focus();
    focusSubmit.current = false;
  }, [confirming]);

  const goTo = (index: number): void => {
    draft.flush();
    if (index === step) {
      headingRef.current?.focus();
      return;
    }
    moved.current = true;
    setStep(index);
  };

  const askToSubmit = (): void => {
    setProblem(null);
    if (draft.save.kind === 'conflict') setProblem('conflict');
    else if (overall.rated === 0) setProblem('none-rated');
    else if (overall.rated < overall.total) setConfirming(true);
    else draft.submit().catch(() => undefined);
  };

  const backToUnrated = (): void => {
    setConfirming(false);
    const index = pillars.findIndex((p) => pillarStatements(p, 'leaders').some((s) => draft.work.answers[s.id] === undefined));
    goTo(index >= 0 ? index : step);
  };

  const pillar = pillars[step] as Pillar | undefined;
  if (!pillar) return <Paragraph>{strings.noStatements}</Paragraph>;
  const current = pillarStatements(pillar, 'leaders');
  const unrated = overall.total - overall.rated;
  const submitting = draft.submitState.kind === 'submitting';

  return (
    <div className={styles.stack}>
      <Paragraph>{strings.intro}</Paragraph>

      <Section title={strings.scaleHeading} intro={scale.description}>
        <ul className={styles.scaleList}>
          {scale.options.map((option) => (
            <li key={option.value}>
              <span className={styles.scaleName}>{option.label}</span>
              {option.description ? `: ${option.description}` : ''}
            </li>
          ))}
          {scale.notApplicable && (
            <li>
              <span className={styles.scaleName}>{scale.notApplicable.label}</span>
              {scale.notApplicable.description ? `: ${scale.notApplicable.description}` : ''}
            </li>
          )}
        </ul>
      </Section>

      <div className={styles.progress}>
        <Text as="p" className={styles.text}>
          {format(strings.progress, overall)}
        </Text>
        <StepMeter value={overall.rated} max={overall.total} label={strings.progressLabel} valueText={format(strings.progress, overall)} />
        <SaveStatus
          save={draft.save}
          total={overall.total}
          strings={strings}
          onRetry={draft.flush}
          onKeepMine={draft.keepMine}
          onTakeStored={draft.takeStored}
          onShowSubmitted={() => {
            if (draft.save.kind === 'conflict' && draft.save.theirs) {
              const theirs = draft.save.theirs;
              onSubmitted({ submittedAt: theirs.submittedAt ?? theirs.savedAt, payload: payloadOf(pack, workFrom(theirs)) });
            }
          }}
        />
      </div>

      <nav aria-label={strings.stepsLabel}>
        <ol className={styles.steps}>
          {pillars.map((p, i) => {
            const progress = progressOf(pillarStatements(p, 'leaders'), draft.work.answers);
            const here = i === step;
            return (
              <li key={p.id} className={styles.stepItem}>
                <Button
                  appearance={here ? 'primary' : 'secondary'}
                  aria-current={here ? 'step' : undefined}
                  className={mergeClasses(styles.step, here && styles.stepCurrent)}
                  onClick={() => goTo(i)}
                >
                  <span className={styles.stepName}>{pillarName(p, strings)}</span>
                  <span className={styles.stepCount}>
                    {progress.rated === progress.total ? strings.stepDone : format(strings.stepProgress, progress)}
                    {here ? ` ${strings.stepCurrent}` : ''}
                  </span>
                </Button>
              </li>
            );
          })}
        </ol>
      </nav>

      <section aria-labelledby={headingId} className={styles.stack}>
        <Text as="p" className={styles.hint}>
          {format(strings.stepOf, { number: step + 1, total: pillars.length })}
        </Text>
        <Text as="h2" size={600} weight="semibold" id={headingId} ref={headingRef} tabIndex={-1} className={styles.pillarHeading}>
          {pillar.name}
        </Text>
        <Paragraph>{pillar.description}</Paragraph>
        <ol className={styles.statements}>
          {current.map((statement, i) => (
            <li key={statement.id}>
              <StatementCard
                statement={statement}
                number={firstNumber[step] + i}
                scale={scale}
                value={draft.work.answers[statement.id]}
                evidence={draft.work.evidence[statement.id] ?? EMPTY_EVIDENCE}
                onAnswer={draft.setAnswer}
                onEvidence={draft.setEvidence}
                strings={strings}
              />
            </li>
          ))}
        </ol>
        <div className={styles.navRow}>
          {step > 0 ? (
            <Button className={styles.navButton} onClick={() => goTo(step - 1)}>
              {format(strings.previous, { name: pillarName(pillars[step - 1], strings) })}
            </Button>
          ) : (
            <span />
          )}
          {step < pillars.length - 1 && (
            <Button appearance="primary" className={styles.navButton} onClick={() => goTo(step + 1)}>
              {format(strings.next, { name: pillarName(pillars[step + 1], strings) })}
            </Button>
          )}
        </div>
      </section>

      <Section title={strings.submitHeading} intro={strings.submitIntro}>
        <Text as="p" className={styles.text}>
          {format(strings.progress, overall)}
        </Text>
        <div role="alert">
          {problem && (
            <MessageBar intent="error" layout="multiline">
              <MessageBarBody>{problem === 'conflict' ? strings.submitConflict : strings.submitNeedsOne}</MessageBarBody>
            </MessageBar>
          )}
          {draft.submitState.kind === 'failed' && (
            <ErrorBar error={draft.submitState.error} title={strings.submitFailedTitle} onRetry={() => draft.submit().catch(() => undefined)} />
          )}
        </div>
        {confirming ? (
          // Asked on the page rather than in a dialog: nothing else on the page is hidden from anyone
          // meanwhile, and it fits a phone screen.
          <div ref={confirmRef} tabIndex={-1} role="group" aria-labelledby={confirmTitleId} className={styles.confirm}>
            <MessageBar intent="warning" layout="multiline">
              <MessageBarBody>
                <MessageBarTitle id={confirmTitleId}>{strings.confirmTitle}</MessageBarTitle>
                {unrated === 1 ? strings.confirmOne : format(strings.confirmMany, { count: unrated })}
              </MessageBarBody>
              <MessageBarActions>
                <Button
                  appearance="primary"
                  onClick={() => {
                    focusSubmit.current = true;
                    setConfirming(false);
                    draft.submit().catch(() => undefined);
                  }}
                >
                  {strings.confirmSubmit}
                </Button>
                <Button onClick={backToUnrated}>{strings.confirmBack}</Button>
              </MessageBarActions>
            </MessageBar>
          </div>
        ) : (
          <div>
            <Button ref={submitRef} appearance="primary" className={styles.navButton} disabledFocusable={submitting} onClick={askToSubmit}>
              {submitting ? strings.submitting : strings.submit}
            </Button>
          </div>
        )}
      </Section>
    </div>
  );
}
