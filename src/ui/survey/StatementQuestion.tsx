import * as React from 'react';
import { mergeClasses, useId } from '@fluentui/react-components';
import { DONT_KNOW, type AnswerValue } from '../../domain';
import type { Statement } from '../../model';
import type { ScaleChoice } from './surveyModel';
import { useSurveyStyles } from './surveyStyles';

export interface StatementQuestionProps {
  statement: Statement;
  choices: ScaleChoice[];
  value: AnswerValue | undefined;
  onChange(value: AnswerValue): void;
}

/**
 * One statement as a group of native radio buttons: the browser gives the arrow keys, Tab into and
 * out of the group, and the fieldset's legend names the group for screen readers. Each choice is a
 * whole-width label, so the target is as large as the row.
 */
export function StatementQuestion(props: StatementQuestionProps): React.ReactElement {
  const { statement, choices, value, onChange } = props;
  const styles = useSurveyStyles();
  const name = useId('statement-');
  return (
    <fieldset className={styles.fieldset}>
      <legend className={styles.legend}>{statement.text}</legend>
      <div className={styles.choices}>
        {choices.map((choice) => {
          const checked = value === choice.value;
          return (
            <label
              key={String(choice.value)}
              className={mergeClasses(styles.choice, checked && styles.choiceChecked, choice.value === DONT_KNOW && styles.dontKnow)}
            >
              <input
                type="radio"
                className={styles.radio}
                name={name}
                value={String(choice.value)}
                checked={checked}
                onChange={() => onChange(choice.value)}
              />
              <span>{choice.label}</span>
            </label>
          );
        })}
      </div>
    </fieldset>
  );
}
