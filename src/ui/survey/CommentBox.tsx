import * as React from 'react';
import { Field, Textarea } from '@fluentui/react-components';

export interface CommentBoxProps {
  label: string;
  hint: string;
  /** The count of characters left (or over), said as the field's message. */
  message: string;
  over: boolean;
  value: string;
  onChange(text: string): void;
  /** What to say instead, when the box cannot be loaded. */
  unavailable: string;
}

/**
 * The survey's free-text box. It is the only text box of the survey, so it comes in a chunk of its own
 * that the survey asks for once its first question is on screen (see SurveySteps), not before.
 */
const CommentBox = React.forwardRef<HTMLTextAreaElement, CommentBoxProps>(function CommentBox(props, ref) {
  return (
    <Field label={props.label} hint={props.hint} validationState={props.over ? 'error' : 'none'} validationMessage={props.message}>
      <Textarea ref={ref} value={props.value} resize="vertical" rows={6} onChange={(_, data) => props.onChange(data.value)} />
    </Field>
  );
});

export default CommentBox;
