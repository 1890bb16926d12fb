import * as React from 'react';
import { Button, Field, Input, Link, Radio, RadioGroup, Text, Textarea, useId } from '@fluentui/react-components';
import { DONT_KNOW, type AnswerValue } from '../../domain';
import type { Scale, Statement } from '../../model';
import { RESPONSE_LIMITS } from '../../data/types';
import type { AssessmentStrings } from '../../loc/assessment';
import { format } from '../../loc/strings';
import { useFormat } from '../shared/format';
import { isKeptLink, linkProblem, type EvidenceDraft } from './assessmentModel';
import { useAssessmentStyles } from './assessmentStyles';

export interface StatementCardProps {
  statement: Statement;
  /** The statement's number across the whole self-assessment. */
  number: number;
  scale: Scale;
  value: AnswerValue | undefined;
  evidence: EvidenceDraft;
  onAnswer(statementId: string, value: AnswerValue): void;
  onEvidence(statementId: string, change: (current: EvidenceDraft) => EvidenceDraft): void;
  strings: AssessmentStrings;
}

function toRadio(value: AnswerValue | undefined): string {
  return value === undefined ? '' : String(value);
}

function fromRadio(value: string): AnswerValue {
  return value === DONT_KNOW ? DONT_KNOW : Number(value);
}

/**
 * One statement: its rating on the leaders' scale (or don't know), a note and links as evidence.
 * Drawn again only when its own answer or evidence changes, so typing stays quick on a phone.
 */
export const StatementCard = React.memo(function StatementCard(props: StatementCardProps): React.ReactElement {
  const { statement, number, scale, value, evidence, strings } = props;
  const onAnswer = (answer: AnswerValue): void => props.onAnswer(statement.id, answer);
  const onEvidence = (change: (current: EvidenceDraft) => EvidenceDraft): void => props.onEvidence(statement.id, change);
  const styles = useAssessmentStyles();
  const fmt = useFormat();
  const headingId = useId('statement-');
  const linksId = useId('links-');
  const [focusLink, setFocusLink] = React.useState<number | null>(null);
  const linkInputs = React.useRef<Array<HTMLInputElement | null>>([]);
  const addButton = React.useRef<HTMLButtonElement>(null);
  const [focusAdd, setFocusAdd] = React.useState(false);

  // Focus moves in the same frame as the change, so nothing is announced or typed in between.
  React.useLayoutEffect(() => {
    if (focusLink !== null) {
      linkInputs.current[focusLink]?.focus();
      setFocusLink(null);
    }
  }, [focusLink]);
  React.useLayoutEffect(() => {
    if (focusAdd) {
      addButton.current?.focus();
      setFocusAdd(false);
    }
  }, [focusAdd]);

  const setLink = (index: number, text: string): void =>
    onEvidence((e) => ({ ...e, links: e.links.map((l, i) => (i === index ? text : l)) }));
  const removeLink = (index: number): void => {
    onEvidence((e) => ({ ...e, links: e.links.filter((_, i) => i !== index) }));
    setFocusAdd(true);
  };
  const addLink = (): void => {
    onEvidence((e) => ({ ...e, links: [...e.links, ''] }));
    setFocusLink(evidence.links.length);
  };
  const canAdd = evidence.links.length < RESPONSE_LIMITS.evidenceLinks;

  return (
    <div role="group" aria-labelledby={headingId} className={styles.card}>
      <Text as="h3" size={400} weight="semibold" id={headingId} className={styles.statementHeading}>
        {format(strings.statementHeading, { number, text: statement.text })}
      </Text>
      {statement.evidence && (
        <Text as="p" className={styles.hint}>
          {format(strings.evidenceHint, { hint: statement.evidence })}
        </Text>
      )}
      <Field label={scale.name}>
        <RadioGroup value={toRadio(value)} onChange={(_, data) => onAnswer(fromRadio(data.value))}>
          {scale.options.map((option) => (
            <Radio key={option.value} value={String(option.value)} label={option.label} className={styles.radio} />
          ))}
          <Radio value={DONT_KNOW} label={scale.notApplicable?.label ?? strings.dontKnow} className={styles.radio} />
        </RadioGroup>
      </Field>
      <Field label={strings.noteLabel} hint={format(strings.noteHint, { max: fmt.number(RESPONSE_LIMITS.evidenceNoteChars, 0) })}>
        <Textarea
          value={evidence.note}
          maxLength={RESPONSE_LIMITS.evidenceNoteChars}
          resize="vertical"
          className={styles.control}
          onChange={(_, data) => onEvidence((e) => ({ ...e, note: data.value }))}
        />
      </Field>
      <div role="group" aria-labelledby={linksId} className={styles.stack}>
        <Text as="p" id={linksId} weight="semibold" className={styles.text}>
          {strings.linksLabel}
        </Text>
        {evidence.links.length > 0 && (
          <ul className={styles.links}>
            {evidence.links.map((link, i) => {
              const problem = linkProblem(link);
              const message =
                problem === 'invalid'
                  ? strings.linkInvalid
                  : problem === 'too-long'
                    ? format(strings.linkTooLong, { max: fmt.number(RESPONSE_LIMITS.linkChars, 0) })
                    : undefined;
              return (
                <li key={i} className={styles.linkRow}>
                  <Field
                    label={format(strings.linkLabel, { number: i + 1 })}
                    hint={strings.linkHint}
                    validationState={message ? 'error' : 'none'}
                    validationMessage={message}
                  >
                    <Input
                      type="url"
                      inputMode="url"
                      autoComplete="url"
                      className={styles.control}
                      value={link}
                      ref={(el) => {
                        linkInputs.current[i] = el;
                      }}
                      onChange={(_, data) => setLink(i, data.value)}
                    />
                  </Field>
                  <div className={styles.linkActions}>
                    {isKeptLink(link) && (
                      <Link href={link.trim()} target="_blank" rel="noopener noreferrer" className={styles.linkText}>
                        {format(strings.linkOpen, { number: i + 1 })}
                      </Link>
                    )}
                    <Button appearance="secondary" className={styles.target} onClick={() => removeLink(i)}>
                      {format(strings.linkRemove, { number: i + 1 })}
                    </Button>
                  </div>
                </li>
              );
            })}
          </ul>
        )}
        {canAdd ? (
          <div>
            <Button
              ref={addButton}
              className={styles.target}
              aria-label={format(strings.linkAddFor, { number })}
              onClick={addLink}
            >
              {strings.linkAdd}
            </Button>
          </div>
        ) : (
          <Text as="p" className={styles.hint}>
            {format(strings.linksMax, { max: RESPONSE_LIMITS.evidenceLinks })}
          </Text>
        )}
      </div>
    </div>
  );
});
