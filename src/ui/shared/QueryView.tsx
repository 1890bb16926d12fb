import * as React from 'react';
import { Button, MessageBar, MessageBarActions, MessageBarBody, MessageBarTitle, Spinner } from '@fluentui/react-components';
import type { Query } from './useQuery';
import { useKitStrings } from './useKit';
import { errorText } from './errorText';

/** A failure in the app's own words, with Try again when there is something to retry. */
export function ErrorBar(props: { error: unknown; title?: string; onRetry?: () => void }): React.ReactElement {
  const kit = useKitStrings();
  return (
    <MessageBar intent="error" layout="multiline">
      <MessageBarBody>
        {props.title && <MessageBarTitle>{props.title}</MessageBarTitle>}
        {errorText(kit, props.error)}
      </MessageBarBody>
      {props.onRetry && (
        <MessageBarActions>
          <Button onClick={props.onRetry}>{kit.retry}</Button>
        </MessageBarActions>
      )}
    </MessageBar>
  );
}

/**
 * What a screen shows while its data loads or when it fails; `children` gets the data once loaded.
 */
export function QueryView<T>(props: { query: Query<T>; label?: string; children: (data: T) => React.ReactNode }): React.ReactElement {
  const kit = useKitStrings();
  const { query } = props;
  if (query.kind === 'loading') return <Spinner label={props.label ?? kit.loading} />;
  if (query.kind === 'failed') return <ErrorBar error={query.error} title={kit.loadFailed} onRetry={query.reload} />;
  return <>{props.children(query.data)}</>;
}
