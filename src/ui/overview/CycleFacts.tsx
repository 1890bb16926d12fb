import * as React from 'react';
import { makeStyles, Text, tokens } from '@fluentui/react-components';
import type { ServiceOverview } from '../../data/types';
import { enGBOverview, overviewTranslations, type OverviewStrings } from '../../loc/overview';
import { format } from '../../loc/strings';
import { RouteLink } from '../app/navigation';
import { useSite } from '../app/SiteContext';
import { WarningIcon } from '../mywork/WarningIcon';
import { useFormat, type Formatters } from '../shared/format';
import { Facts } from '../shared/layout';
import { useStrings } from '../shared/useStrings';
import { usePhaseLabels, WORKING_PHASES } from '../shared/phases';

const useStyles = makeStyles({
  steps: { listStyleType: 'none', margin: 0, padding: 0, display: 'flex', flexWrap: 'wrap', columnGap: tokens.spacingHorizontalXS },
  step: { color: tokens.colorNeutralForeground2 },
  current: { fontWeight: tokens.fontWeightSemibold, color: tokens.colorNeutralForeground1 },
  arrow: { marginLeft: tokens.spacingHorizontalXS },
  overdue: { display: 'inline-flex', alignItems: 'center', columnGap: tokens.spacingHorizontalXS, fontWeight: tokens.fontWeightSemibold },
  links: { display: 'inline-flex', flexWrap: 'wrap', columnGap: tokens.spacingHorizontalL },
  link: { display: 'inline-flex', alignItems: 'center', minHeight: '24px' }
});

type CurrentCycle = NonNullable<ServiceOverview['currentCycle']>;

function dates(strings: OverviewStrings, fmt: Formatters, cycle: CurrentCycle): string | null {
  if (cycle.startDate && cycle.endDate) return format(strings.cycleDates, { start: fmt.date(cycle.startDate), end: fmt.date(cycle.endDate) });
  if (cycle.startDate) return format(strings.cycleFrom, { start: fmt.date(cycle.startDate) });
  if (cycle.endDate) return format(strings.cycleUntil, { end: fmt.date(cycle.endDate) });
  return null;
}

/** Analyse → Plan → Do → Review, in words, with the current phase marked in text as well as in weight. */
function PhaseSteps(props: { cycle: CurrentCycle }): React.ReactElement {
  const strings = useStrings(overviewTranslations, enGBOverview);
  const phases = usePhaseLabels();
  const styles = useStyles();
  const { phase } = props.cycle;
  if (phase === 'closed') return <Text>{strings.cycleClosed}</Text>;
  const at = WORKING_PHASES.indexOf(phase);
  return (
    <>
      <Text as="p" block>
        {format(strings.cyclePhaseStep, { phase: phases[phase], step: at + 1, count: WORKING_PHASES.length })}
      </Text>
      <ol className={styles.steps} aria-label={strings.cyclePhasesName}>
        {WORKING_PHASES.map((p, i) => {
          const name = phases[p];
          return (
            <li key={p} className={i === at ? styles.current : styles.step} aria-current={i === at ? 'step' : undefined}>
              {i === at ? format(strings.cyclePhaseNow, { phase: name }) : name}
              {i < WORKING_PHASES.length - 1 && (
                <span className={styles.arrow} aria-hidden="true">
                  →
                </span>
              )}
            </li>
          );
        })}
      </ol>
    </>
  );
}

/** The current cycle of a service: its name, dates, phase and how its actions stand. */
export function CycleFacts(props: { overview: ServiceOverview }): React.ReactElement {
  const strings = useStrings(overviewTranslations, enGBOverview);
  const fmt = useFormat();
  const styles = useStyles();
  const canPlan = useSite().access === 'manage';
  const cycle = props.overview.currentCycle as CurrentCycle;
  const { actions } = props.overview;
  const open = actions.byStatus['not-started'] + actions.byStatus['in-progress'] + actions.byStatus['on-hold'];
  const when = dates(strings, fmt, cycle);
  const items: Array<[React.ReactNode, React.ReactNode]> = [[strings.cycleTitleLabel, cycle.title]];
  if (when) items.push([strings.cycleDatesLabel, when]);
  items.push([strings.cyclePhaseLabel, <PhaseSteps key="phase" cycle={cycle} />]);
  items.push([
    strings.cycleActionsLabel,
    actions.total === 0 ? (
      strings.cycleActionsNone
    ) : (
      <>
        {format(strings.cycleActionsCount, { total: actions.total, open })}
        {actions.overdue > 0 && (
          <>
            {' '}
            <Text className={styles.overdue}>
              <WarningIcon />
              {format(strings.cycleActionsOverdue, { count: actions.overdue })}
            </Text>
          </>
        )}
      </>
    )
  ]);
  // Plan, Do and Review: how the cycle's actions are going, with the way to the board.
  if (cycle.phase === 'plan' || cycle.phase === 'do' || cycle.phase === 'review') {
    const next = actions.nextDue;
    if (actions.total > 0) {
      items.push([
        strings.cycleProgressLabel,
        format(strings.cycleProgressDone, { done: actions.byStatus.done, total: actions.total })
      ]);
      if (actions.nextDue !== undefined) items.push([
        strings.cycleNextDueLabel,
        next ? (
          <RouteLink to={{ screen: 'action', cycleId: cycle.id, item: String(next.id) }}>
            {format(strings.cycleNextDue, { title: next.title, date: fmt.date(next.dueDate) })}
          </RouteLink>
        ) : (
          strings.cycleNextDueNone
        )
      ]);
    }
    items.push([
      strings.cycleBoardLabel,
      <span key="links" className={styles.links}>
        <RouteLink to={{ screen: 'actions', cycleId: cycle.id }} className={styles.link}>
          {strings.cycleBoardLink}
        </RouteLink>
        {canPlan && (
          <RouteLink to={{ screen: 'newaction', cycleId: cycle.id }} className={styles.link}>
            {strings.cyclePlanLink}
          </RouteLink>
        )}
      </span>
    ]);
  }
  return <Facts items={items} />;
}
