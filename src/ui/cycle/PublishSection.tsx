import * as React from 'react';
import { Button, MessageBar, MessageBarBody, MessageBarTitle, Spinner, makeStyles, tokens } from '@fluentui/react-components';
import type { WpqServices } from '../../data/services';
import type { Cycle, Participation } from '../../data/types';
import { format } from '../../loc/strings';
import { useApp } from '../AppContext';
import { RouteLink } from '../app/navigation';
import { useFormat } from '../shared/format';
import { Paragraph } from '../shared/layout';
import { ErrorBar } from '../shared/QueryView';
import { invalidate } from '../shared/useQuery';
import { submittedLeaders, useCycleStrings } from './cycleText';

const useStyles = makeStyles({
  list: { margin: 0, paddingLeft: tokens.spacingHorizontalXL, overflowWrap: 'anywhere' },
  actions: { display: 'flex', flexWrap: 'wrap', alignItems: 'center', gap: tokens.spacingHorizontalM },
  button: { minHeight: '32px' }
});

type RowWarning = Awaited<ReturnType<WpqServices['cycles']['publishResults']>>['warnings'][number];

type State = { kind: 'none' } | { kind: 'publishing' } | { kind: 'published'; warnings: RowWarning[] } | { kind: 'failed'; error: unknown };

/** What publishing now would show and hide, the button, and afterwards anything the data layer noticed. */
export function PublishSection(props: { cycle: Cycle; participation: Participation | null }): React.ReactElement {
  const { cycle, participation } = props;
  const { services } = useApp();
  const c = useCycleStrings();
  const f = useFormat();
  const styles = useStyles();
  const [state, setState] = React.useState<State>({ kind: 'none' });

  const publish = (): void => {
    setState({ kind: 'publishing' });
    services.cycles.publishResults(cycle.id).then(
      ({ warnings }) => {
        setState({ kind: 'published', warnings });
        invalidate(`cycle:${cycle.id}`);
        invalidate('overview');
        invalidate('mywork');
      },
      (error: unknown) => setState({ kind: 'failed', error })
    );
  };

  const effects: string[] = [];
  if (participation) {
    const leaders = submittedLeaders(participation);
    effects.push(leaders === 0 ? c.publishLeadersNone : leaders === 1 ? c.publishLeadersShownOne : format(c.publishLeadersShown, { count: leaders }));
    const { answered } = participation.staff;
    const minimum = participation.minimumGroupSize;
    effects.push(answered >= minimum ? format(c.publishStaffShown, { answered, minimum }) : format(c.publishStaffHidden, { minimum }));
  }
  effects.push(c.publishNoNames);

  return (
    <>
      <Paragraph>{c.publishIntro}</Paragraph>
      {cycle.publishedAt && <Paragraph>{format(c.publishedBefore, { date: f.dateTime(cycle.publishedAt) })}</Paragraph>}
      <Paragraph>{c.publishWillShow}</Paragraph>
      <ul className={styles.list}>
        {effects.map((e) => (
          <li key={e}>{e}</li>
        ))}
      </ul>
      {state.kind === 'failed' && <ErrorBar error={state.error} title={c.publishFailed} />}
      {state.kind === 'published' && (
        <MessageBar intent="success" layout="multiline">
          <MessageBarBody>
            <MessageBarTitle>{c.published}</MessageBarTitle>
            <RouteLink to={{ screen: 'results', serviceId: cycle.serviceId, cycleId: cycle.id }}>{c.seeResults}</RouteLink>
          </MessageBarBody>
        </MessageBar>
      )}
      {state.kind === 'published' && state.warnings.length > 0 && (
        <MessageBar intent="warning" layout="multiline">
          <MessageBarBody>
            <MessageBarTitle>{c.publishWarningsTitle}</MessageBarTitle>
            {c.publishWarningsIntro}
            <ul className={styles.list}>
              {state.warnings.map((w, i) => (
                <li key={i}>{format(c.publishWarningItem, { list: w.list, id: w.itemId, field: w.field, problem: w.problem })}</li>
              ))}
            </ul>
          </MessageBarBody>
        </MessageBar>
      )}
      <div className={styles.actions}>
        <Button appearance="primary" className={styles.button} disabled={state.kind === 'publishing'} onClick={publish}>
          {c.publishButton}
        </Button>
        {state.kind === 'publishing' && <Spinner size="tiny" label={c.publishing} />}
      </div>
    </>
  );
}
