import * as React from 'react';
import { Text, makeStyles, mergeClasses, tokens } from '@fluentui/react-components';
import { CheckmarkCircleRegular, ArrowCircleRightRegular, CircleRegular } from '@fluentui/react-icons';
import type { Phase } from '../../data/types';
import { STEPS, useCyclePhaseLabels, useCycleStrings } from './cycleText';

const useStyles = makeStyles({
  list: {
    listStyleType: 'none',
    margin: 0,
    padding: 0,
    display: 'flex',
    flexWrap: 'wrap',
    gap: tokens.spacingHorizontalS,
    rowGap: tokens.spacingVerticalS
  },
  item: { display: 'flex', alignItems: 'center', columnGap: tokens.spacingHorizontalS },
  step: {
    display: 'flex',
    alignItems: 'center',
    columnGap: tokens.spacingHorizontalXS,
    padding: `${tokens.spacingVerticalXS} ${tokens.spacingHorizontalS}`,
    borderRadius: tokens.borderRadiusMedium,
    border: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
    minHeight: '32px'
  },
  current: {
    border: `${tokens.strokeWidthThick} solid ${tokens.colorBrandStroke1}`,
    backgroundColor: tokens.colorBrandBackground2,
    fontWeight: tokens.fontWeightSemibold,
    '@media (forced-colors: active)': { border: `${tokens.strokeWidthThickest} solid Highlight` }
  },
  icon: { fontSize: '20px', flexShrink: 0 },
  arrow: { color: tokens.colorNeutralForeground3 },
  state: { color: tokens.colorNeutralForeground2 }
});

/** Analyse → Plan → Do → Review, with each step's state written out (never shown by colour alone). */
export function PhaseSteps(props: { phase: Phase }): React.ReactElement {
  const { phase } = props;
  const c = useCycleStrings();
  const labels = useCyclePhaseLabels();
  const styles = useStyles();
  const at = phase === 'closed' ? STEPS.length : STEPS.indexOf(phase);
  return (
    <ol className={styles.list} aria-label={c.phasesLabel}>
      {STEPS.map((step, i) => {
        const state = i < at ? c.stepDone : i === at ? c.stepCurrent : c.stepLater;
        const Icon = i < at ? CheckmarkCircleRegular : i === at ? ArrowCircleRightRegular : CircleRegular;
        return (
          <li key={step} className={styles.item} aria-current={i === at ? 'step' : undefined}>
            <span className={mergeClasses(styles.step, i === at && styles.current)}>
              <Icon className={styles.icon} aria-hidden />
              <Text weight={i === at ? 'semibold' : 'regular'}>{labels[step]}</Text>
              <Text className={styles.state}>({state})</Text>
            </span>
            {i < STEPS.length - 1 && (
              <span aria-hidden className={styles.arrow}>
                →
              </span>
            )}
          </li>
        );
      })}
    </ol>
  );
}
