import * as React from 'react';
import { Button, makeStyles, Spinner, Text, tokens } from '@fluentui/react-components';
import { format, type Strings } from '../../loc/strings';
import type { SetupStatus } from '../../data/provisioning';
import { useApp } from '../AppContext';
import { useNavigate } from '../app/navigation';
import { useQuery } from '../shared/useQuery';

const useStyles = makeStyles({
  stack: { display: 'flex', flexDirection: 'column', rowGap: tokens.spacingVerticalS, alignItems: 'flex-start', minWidth: 0 },
  button: { minHeight: '32px' }
});

function statusMessage(strings: Strings, status: SetupStatus): string {
  if (status.upToDate) return format(strings.setupStateUpToDate, { version: status.currentVersion });
  if (status.installedVersion === null || status.missingLists.length > 0) return strings.setupStateMissing;
  // Every list is there and current, yet not up to date: its settings were changed by hand.
  if (status.installedVersion >= status.currentVersion) return strings.setupStateNeedsRepair;
  return format(strings.setupStateUpgrade, { installed: status.installedVersion, current: status.currentVersion });
}

/** Whether WPQ's lists exist on this site and are current, and what the person can do about it. */
export function SetupState(): React.ReactElement {
  const navigate = useNavigate();
  const { services, strings } = useApp();
  const styles = useStyles();
  const query = useQuery('setup', () => services.setup.check());

  if (query.kind === 'loading') return <Spinner size="tiny" label={strings.setupStateChecking} />;
  if (query.kind === 'failed') {
    const message = query.error instanceof Error ? query.error.message : String(query.error);
    return <Text>{format(strings.setupStateFailed, { message })}</Text>;
  }
  const status = query.data;
  return (
    <div className={styles.stack}>
      <Text as="p" block>
        {statusMessage(strings, status)}
      </Text>
      {!status.upToDate && !status.canManage && (
        <Text as="p" block>
          {strings.setupStateAskOwner}
        </Text>
      )}
      {!status.upToDate && status.canManage && (
        <Button appearance="primary" className={styles.button} onClick={() => navigate({ screen: 'setup' })}>
          {strings.setupStateGoToSetup}
        </Button>
      )}
    </div>
  );
}
