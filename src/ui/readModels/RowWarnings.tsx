import * as React from 'react';
import { MessageBar, MessageBarBody, MessageBarTitle } from '@fluentui/react-components';
import { format } from '../../loc/strings';
import type { ScreenStrings } from '../../loc/screens';
import type { RowWarning } from '../../data/rows';

/** Names every row left out of the figures, so a total is never silently smaller. */
export function RowWarnings(props: { strings: ScreenStrings; warnings: RowWarning[] }): React.ReactElement | null {
  const { strings, warnings } = props;
  if (warnings.length === 0) return null;
  return (
    <MessageBar intent="warning" layout="multiline">
      <MessageBarBody>
        <MessageBarTitle>{strings.readModelsWarningsTitle}</MessageBarTitle>
        {warnings.length === 1 ? strings.readModelsWarningsIntroOne : format(strings.readModelsWarningsIntro, { count: warnings.length })}
        <ul>
          {warnings.map((w) => (
            <li key={`${w.list}-${w.itemId}-${w.field}`}>
              {format(strings.readModelsWarningItem, { list: w.list, id: w.itemId, field: w.field, problem: w.problem })}
            </li>
          ))}
        </ul>
      </MessageBarBody>
    </MessageBar>
  );
}
