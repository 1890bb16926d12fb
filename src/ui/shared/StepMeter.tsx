import * as React from 'react';
import { makeStyles, mergeClasses, tokens } from '@fluentui/react-components';

const useStyles = makeStyles({
  track: {
    height: '4px',
    borderRadius: tokens.borderRadiusMedium,
    backgroundColor: tokens.colorNeutralBackground6,
    overflow: 'hidden',
    '@media (forced-colors: active)': { outline: `${tokens.strokeWidthThin} solid CanvasText` }
  },
  fill: {
    height: '100%',
    borderRadius: tokens.borderRadiusMedium,
    backgroundColor: tokens.colorCompoundBrandBackground,
    transitionProperty: 'width',
    transitionDuration: tokens.durationNormal,
    '@media (forced-colors: active)': { backgroundColor: 'Highlight' },
    '@media (prefers-reduced-motion: reduce)': { transitionDuration: '0.01ms' }
  }
});

/**
 * How far through a known number of steps someone is, as a bar with the progressbar role. Always
 * shown beside the same words ("Step 2 of 6"), which it names itself by, so colour is never the only
 * cue. For progress of unknown length (setting up a site), Fluent's ProgressBar animates instead; this
 * stays small, as it is on the survey's first screen.
 */
export function StepMeter(props: { value: number; max: number; valueText: string; labelledBy?: string; label?: string; className?: string }): React.ReactElement {
  const styles = useStyles();
  const share = props.max > 0 ? Math.min(1, Math.max(0, props.value / props.max)) : 0;
  return (
    <div
      role="progressbar"
      aria-valuemin={0}
      aria-valuemax={props.max}
      aria-valuenow={props.value}
      aria-valuetext={props.valueText}
      aria-labelledby={props.labelledBy}
      aria-label={props.labelledBy ? undefined : props.label}
      className={mergeClasses(styles.track, props.className)}
    >
      <div className={styles.fill} style={{ width: `${share * 100}%` }} />
    </div>
  );
}
