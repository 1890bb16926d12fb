import * as React from 'react';
import { MessageBar, MessageBarBody, MessageBarTitle } from '@fluentui/react-components';
import { format } from '../../loc/strings';
import { errorText } from '../shared/errorText';
import { useKitStrings } from '../shared/useKit';

/** A save that failed, said so, with the reason and the reassurance that the form still holds what was typed. */
export function SaveFailed(props: { title: string; error: unknown }): React.ReactElement {
  const kit = useKitStrings();
  return (
    <MessageBar intent="error" layout="multiline">
      <MessageBarBody>
        <MessageBarTitle>{props.title}</MessageBarTitle>
        {format(kit.saveFailedKept, { reason: errorText(kit, props.error) })}
      </MessageBarBody>
    </MessageBar>
  );
}
