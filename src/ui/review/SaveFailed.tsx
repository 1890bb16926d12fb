import * as React from 'react';
import { MessageBar, MessageBarBody, MessageBarTitle } from '@fluentui/react-components';
import { format } from '../../loc/strings';
import { errorText } from '../shared/errorText';
import { useKitStrings } from '../shared/useKit';

/** A save that failed, with the reason and the reassurance that nothing typed is lost. */
export function SaveFailed(props: { title: string; error: unknown; extra?: string }): React.ReactElement {
  const kit = useKitStrings();
  return (
    <MessageBar intent="error" layout="multiline">
      <MessageBarBody>
        <MessageBarTitle>{props.title}</MessageBarTitle>
        {format(kit.saveFailedKept, { reason: errorText(kit, props.error) })}
        {props.extra ? ` ${props.extra}` : ''}
      </MessageBarBody>
    </MessageBar>
  );
}
