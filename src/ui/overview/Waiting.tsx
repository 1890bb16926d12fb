import * as React from 'react';
import { makeStyles, Spinner, Text, tokens } from '@fluentui/react-components';
import type { Phase, ServiceOverview } from '../../data/types';
import { enGBOverview, overviewTranslations, type OverviewStrings } from '../../loc/overview';
import { format } from '../../loc/strings';
import { useApp } from '../AppContext';
import { RouteLink } from '../app/navigation';
import type { RouteInput } from '../app/routes';
import { SurveyItem, useWorkListStyles } from '../mywork/SurveyList';
import { WarningIcon } from '../mywork/WarningIcon';
import { ErrorBar } from '../shared/QueryView';
import { Paragraph, Section } from '../shared/layout';
import { useKitStrings } from '../shared/useKit';
import { useQuery } from '../shared/useQuery';
import { useStrings } from '../shared/useStrings';
import { nextPhase } from '../shared/phases';

const useStyles = makeStyles({
  icon: { marginRight: tokens.spacingHorizontalXS }
});

interface Step {
  key: string;
  to: RouteInput;
  text: string;
  hint?: string;
}

/** What a manager does next with the shown service's cycle: publish, move it on, close it, or start one. */
export function managerSteps(strings: OverviewStrings, phases: Record<Phase, string>, overview: ServiceOverview): Step[] {
  const { service, currentCycle: cycle, results } = overview;
  if (!service.active) return [];
  if (!cycle || cycle.phase === 'closed') {
    return [{ key: 'start', to: { screen: 'service', serviceId: service.id }, text: format(strings.waitingStartCycle, { service: service.name }) }];
  }
  const to: RouteInput = { screen: 'cycle', cycleId: cycle.id };
  if (cycle.phase === 'analyse' && !results) {
    return [{ key: 'publish', to, text: format(strings.waitingPublish, { cycle: cycle.title }), hint: strings.waitingPublishHint }];
  }
  const next = nextPhase(cycle.phase);
  return [
    {
      key: 'move',
      to,
      text: next && next !== 'closed' ? format(strings.waitingMoveOn, { cycle: cycle.title, phase: phases[next] }) : format(strings.waitingClose, { cycle: cycle.title })
    }
  ];
}

/**
 * "Waiting for you": the surveys the person has still to answer, across services, and for a
 * manager the next step of the shown service's cycle. Not shown to people who only read.
 */
export function Waiting(props: { overview: ServiceOverview | null; manage: boolean }): React.ReactElement {
  const { services } = useApp();
  const strings = useStrings(overviewTranslations, enGBOverview);
  const kit = useKitStrings();
  const styles = useWorkListStyles();
  const iconStyles = useStyles();
  const work = useQuery('mywork', () => services.myWork.read());

  const steps = props.manage && props.overview ? managerSteps(strings, kit.phases, props.overview) : [];
  let body: React.ReactNode;
  if (work.kind === 'loading') {
    body = <Spinner size="tiny" label={kit.loading} />;
  } else if (work.kind === 'failed') {
    body = <ErrorBar error={work.error} title={kit.loadFailed} onRetry={work.reload} />;
  } else {
    const { surveys, actions } = work.data.data;
    const overdue = actions.filter((a) => a.overdue).length;
    body =
      surveys.length === 0 && steps.length === 0 && overdue === 0 ? (
        <Paragraph>{strings.waitingNothing}</Paragraph>
      ) : (
        <ul className={styles.list}>
          {surveys.map((s) => (
            <SurveyItem key={`${s.cycleId}:${s.kind}`} survey={s} />
          ))}
          {steps.map((step) => (
            <li key={step.key} className={styles.item}>
              <RouteLink to={step.to} className={styles.link}>
                {step.text}
              </RouteLink>
              {step.hint && <Text className={styles.detail}>{step.hint}</Text>}
            </li>
          ))}
          {overdue > 0 && (
            <li className={styles.item}>
              <RouteLink to={{ screen: 'mywork' }} className={styles.link}>
                <WarningIcon className={iconStyles.icon} />
                {overdue === 1 ? strings.waitingOverdueOne : format(strings.waitingOverdueMany, { count: overdue })}
              </RouteLink>
            </li>
          )}
        </ul>
      );
  }
  return (
    <Section title={strings.waitingHeading}>
      {body}
      {work.kind === 'loaded' && (
        <Paragraph>
          <RouteLink to={{ screen: 'mywork' }} className={styles.link}>
            {strings.waitingAllWork}
          </RouteLink>
        </Paragraph>
      )}
    </Section>
  );
}
