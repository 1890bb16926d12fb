import * as React from 'react';
import { makeStyles, tokens } from '@fluentui/react-components';
import type { Participation } from '../../data/types';
import { format } from '../../loc/strings';
import { Paragraph } from '../shared/layout';
import { ErrorBar } from '../shared/QueryView';
import { usePeople } from '../shared/people/usePeople';
import { useKitStrings } from '../shared/useKit';
import { leadersSentence, leaderStatusText, staffSentence, useCycleStrings } from './cycleText';

const useStyles = makeStyles({
  list: { margin: 0, paddingLeft: tokens.spacingHorizontalXL, overflowWrap: 'anywhere' }
});

/** Who has answered so far: the staff count against the minimum group size, and each leader by name. */
export function ParticipationView(props: { participation: Participation }): React.ReactElement {
  const { participation } = props;
  const c = useCycleStrings();
  const kit = useKitStrings();
  const styles = useStyles();
  const names = usePeople(participation.leaders.map((l) => l.userId));
  const nameOf = (id: number): string =>
    (names.kind === 'loaded' ? names.data.find((p) => p.id === id)?.title : undefined) ?? format(kit.peopleUnknown, { id });
  return (
    <>
      <Paragraph>{staffSentence(c, participation)}</Paragraph>
      <Paragraph>{leadersSentence(c, participation)}</Paragraph>
      {names.kind === 'failed' && <ErrorBar error={names.error} onRetry={names.reload} />}
      {participation.leaders.length > 0 && names.kind === 'loaded' && (
        <ul className={styles.list} aria-label={c.leadersListLabel}>
          {participation.leaders.map((l) => (
            <li key={l.userId}>{format(c.leaderStatus, { name: nameOf(l.userId), status: leaderStatusText(c, l.status) })}</li>
          ))}
        </ul>
      )}
    </>
  );
}
