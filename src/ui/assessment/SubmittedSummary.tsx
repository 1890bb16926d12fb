import * as React from 'react';
import { Link, MessageBar, MessageBarBody, Text } from '@fluentui/react-components';
import { DONT_KNOW, type AnswerValue } from '../../domain';
import type { ModelPack, Scale } from '../../model';
import { pillarStatements } from '../../model/lookup';
import type { AssessmentStrings } from '../../loc/assessment';
import { format } from '../../loc/strings';
import { useFormat } from '../shared/format';
import { isWebAddress } from '../shared/forms';
import { Paragraph, Section } from '../shared/layout';
import { assessedPillars } from './assessmentModel';
import { useAssessmentStyles } from './assessmentStyles';
import type { Submitted } from './useAssessmentDraft';

function ratingLabel(scale: Scale, value: AnswerValue | undefined, strings: AssessmentStrings): string {
  if (value === undefined) return strings.notRated;
  if (value === DONT_KNOW) return scale.notApplicable?.label ?? strings.dontKnow;
  return scale.options.find((o) => o.value === value)?.label ?? String(value);
}

/** What a leader submitted, read-only: each statement with their rating, note and links. */
export function SubmittedSummary(props: {
  pack: ModelPack;
  submitted: Submitted;
  strings: AssessmentStrings;
  /** Just submitted: focus moves to the confirmation, so it is read out and reading starts there. */
  focus?: boolean;
}): React.ReactElement {
  const { pack, submitted, strings } = props;
  const styles = useAssessmentStyles();
  const confirmation = React.useRef<HTMLDivElement>(null);
  React.useLayoutEffect(() => {
    if (props.focus) confirmation.current?.focus();
    // Only when first shown.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, []);
  const fmt = useFormat();
  const answers = new Map(submitted.payload.answers.map((a) => [a.statementId, a.value]));
  const scale = pack.scales.leaders;
  let number = 0;
  return (
    <div className={styles.stack}>
      <div ref={confirmation} tabIndex={-1} className={styles.confirm}>
        <MessageBar intent="success" layout="multiline">
          <MessageBarBody>{format(strings.submittedOn, { dateTime: fmt.dateTime(submitted.submittedAt) })}</MessageBarBody>
        </MessageBar>
      </div>
      <Paragraph>{strings.submittedIntro}</Paragraph>
      {assessedPillars(pack).map((pillar) => (
        <Section key={pillar.id} title={pillar.name}>
          <ol className={styles.statements}>
            {pillarStatements(pillar, 'leaders').map((statement) => {
              number += 1;
              const evidence = submitted.payload.evidence[statement.id];
              const links = evidence?.links ?? [];
              return (
                <li key={statement.id} className={styles.summaryItem}>
                  <Text as="h3" size={400} weight="semibold" className={styles.statementHeading}>
                    {format(strings.statementHeading, { number, text: statement.text })}
                  </Text>
                  <dl className={styles.summaryFacts}>
                    <dt className={styles.summaryTerm}>{strings.summaryRating}</dt>
                    <dd className={styles.summaryValue}>{ratingLabel(scale, answers.get(statement.id), strings)}</dd>
                    <dt className={styles.summaryTerm}>{strings.summaryNote}</dt>
                    <dd className={styles.summaryValue}>{evidence?.note ?? strings.summaryNone}</dd>
                    <dt className={styles.summaryTerm}>{strings.summaryLinks}</dt>
                    <dd className={styles.summaryValue}>
                      {links.length === 0 ? (
                        strings.summaryNone
                      ) : (
                        <ul className={styles.links}>
                          {links.map((link, i) => (
                            <li key={i} className={styles.linkText}>
                              {isWebAddress(link) ? (
                                <Link href={link} target="_blank" rel="noopener noreferrer" inline>
                                  {format(strings.newTab, { text: link })}
                                </Link>
                              ) : (
                                link
                              )}
                            </li>
                          ))}
                        </ul>
                      )}
                    </dd>
                  </dl>
                </li>
              );
            })}
          </ol>
        </Section>
      ))}
    </div>
  );
}
