import * as React from 'react';
import { makeStyles, tokens } from '@fluentui/react-components';

const useStyles = makeStyles({
  icon: {
    flexShrink: 0,
    width: '16px',
    height: '16px',
    marginTop: '2px',
    color: tokens.colorPaletteRedForeground1,
    '@media (forced-colors: active)': { color: 'CanvasText' }
  }
});

/** An exclamation mark in a circle, drawn beside words that say the same (hidden from screen readers). */
export function ConcernIcon(): React.ReactElement {
  const styles = useStyles();
  return (
    <svg className={styles.icon} viewBox="0 0 16 16" aria-hidden="true" focusable="false">
      <circle cx="8" cy="8" r="6.75" fill="none" stroke="currentColor" strokeWidth="1.5" />
      <path d="M8 4.5v4.25" stroke="currentColor" strokeWidth="1.5" strokeLinecap="round" />
      <circle cx="8" cy="11.25" r="0.9" fill="currentColor" />
    </svg>
  );
}
