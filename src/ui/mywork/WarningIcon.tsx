import * as React from 'react';
import { makeStyles, mergeClasses, tokens } from '@fluentui/react-components';

const useStyles = makeStyles({
  icon: {
    flexShrink: 0,
    width: '16px',
    height: '16px',
    color: tokens.colorPaletteRedForeground1,
    '@media (forced-colors: active)': { color: 'CanvasText' }
  }
});

/** A small warning sign drawn beside text that says the same thing (it is hidden from screen readers). */
export function WarningIcon(props: { className?: string }): React.ReactElement {
  const styles = useStyles();
  return (
    <svg className={mergeClasses(styles.icon, props.className)} viewBox="0 0 16 16" aria-hidden="true" focusable="false">
      <path d="M8 1.5 15 14.5H1Z" fill="none" stroke="currentColor" strokeWidth="1.5" strokeLinejoin="round" />
      <path d="M8 6v4" stroke="currentColor" strokeWidth="1.5" strokeLinecap="round" />
      <circle cx="8" cy="12.25" r="0.9" fill="currentColor" />
    </svg>
  );
}
