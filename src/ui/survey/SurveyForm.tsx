import * as React from 'react';
import { Button, MessageBar, MessageBarActions, MessageBarBody, MessageBarTitle, Text } from '@fluentui/react-components';
import type { ModelPack } from '../../model';
import type { Cycle } from '../../data/types';
import { format } from '../../loc/strings';
import type { SurveyStrings } from '../../loc/survey';
import { RouteLink } from '../app/navigation';
import { useFormat } from '../shared/format';
import { AreaStep, CheckStep, CommentStep, IntroStep, StepHeading, WhatHappensNext } from './SurveySteps';
import { surveyModel } from './surveyModel';
import { useSurveyStyles } from './surveyStyles';
import { useSurvey } from './useSurvey';

export interface SurveyFormProps {
  cycle: Cycle;
  pack: ModelPack;
  minimumGroupSize: number;
  siteUrl: string;
  userId: number;
  strings: SurveyStrings;
}

/** The open survey: the notice, one step per pillar and theme, the optional question, the check, and the thank-you. */
export function SurveyForm(props: SurveyFormProps): React.ReactElement {
  const { cycle, pack, strings, minimumGroupSize } = props;
  const styles = useSurveyStyles();
  const fmt = useFormat();
  const model = React.useMemo(() => surveyModel(pack, strings.dontKnow), [pack, strings.dontKnow]);
  const survey = useSurvey({ cycle, pack, model, siteUrl: props.siteUrl, userId: props.userId });
  const { plan, step, send } = survey;
  const sent = send.kind === 'sent';

  // Focus follows the person to the top of each new step (and to the thank-you), never on first show.
  const headingRef = React.useRef<HTMLHeadingElement>(null);
  const shown = React.useRef(false);
  React.useEffect(() => {
    if (!shown.current) {
      shown.current = true;
      return;
    }
    headingRef.current?.focus();
  }, [step, sent]);

  if (sent) {
    return (
      <div className={styles.stack}>
        <StepHeading headingRef={headingRef}>{strings.thanksHeading}</StepHeading>
        <WhatHappensNext minimum={minimumGroupSize} strings={strings} />
        <Text as="p" className={styles.paragraph}>
          <RouteLink to={{ screen: 'mywork' }}>{strings.goToMyWork}</RouteLink>
        </Text>
      </div>
    );
  }

  const next = (from: number): void => survey.goTo(survey.fromCheck ? plan.check : from + 1, { fromCheck: false });
  const nextLabel = survey.fromCheck ? strings.nextToCheck : strings.next;

  let body: React.ReactNode;
  if (step === plan.intro) {
    body = (
      <IntroStep
        headingRef={headingRef}
        model={model}
        minimum={minimumGroupSize}
        storageAvailable={survey.storageAvailable}
        strings={strings}
        onStart={() => survey.goTo(plan.firstArea)}
      />
    );
  } else if (step < plan.comment) {
    const area = model.areas[step - plan.firstArea];
    body = (
      <AreaStep
        key={area.pillar.id}
        headingRef={headingRef}
        area={area}
        model={model}
        step={step}
        total={plan.numbered}
        answers={survey.answers}
        strings={strings}
        nextLabel={nextLabel}
        onAnswer={survey.setAnswer}
        onBack={() => survey.goTo(step - 1)}
        onNext={() => next(step)}
      />
    );
  } else if (step === plan.comment) {
    body = (
      <CommentStep
        headingRef={headingRef}
        step={step}
        total={plan.numbered}
        comment={survey.comment}
        strings={strings}
        nextLabel={nextLabel}
        onComment={survey.setComment}
        onBack={() => survey.goTo(step - 1)}
        onNext={() => next(step)}
      />
    );
  } else {
    body = (
      <CheckStep
        headingRef={headingRef}
        model={model}
        answers={survey.answers}
        comment={survey.comment}
        send={send}
        strings={strings}
        onChangeArea={(index) => survey.goTo(plan.firstArea + index, { fromCheck: true })}
        onChangeComment={() => survey.goTo(plan.comment, { fromCheck: true })}
        onBack={() => survey.goTo(plan.comment)}
        onSubmit={survey.submit}
      />
    );
  }

  return (
    <div className={styles.stack}>
      {survey.restoredFrom !== null && (
        <MessageBar intent="info" layout="multiline">
          <MessageBarBody>
            <MessageBarTitle>{strings.restoredTitle}</MessageBarTitle>
            {format(strings.restored, { date: fmt.dateTime(survey.restoredFrom) })}
          </MessageBarBody>
          <MessageBarActions>
            <Button
              onClick={() => {
                survey.startAgain();
                // The notice and its button go away: focus goes to the top of the survey instead of being lost.
                headingRef.current?.focus();
              }}
            >
              {strings.startAgain}
            </Button>
          </MessageBarActions>
        </MessageBar>
      )}
      {survey.startedAgain && (
        <MessageBar intent="info" layout="multiline">
          <MessageBarBody>{strings.startedAgain}</MessageBarBody>
        </MessageBar>
      )}
      {!survey.storageAvailable && (
        <MessageBar intent="warning" layout="multiline">
          <MessageBarBody>{strings.noStorage}</MessageBarBody>
        </MessageBar>
      )}
      {body}
    </div>
  );
}
