import * as React from 'react';
import { screenStringsFor, type ScreenStrings } from '../loc/screens';
import { useApp } from './AppContext';

/** The strings of a screen that loads on demand: the shell's and its own, for the host's locale. */
export function useScreenStrings(): ScreenStrings {
  const { strings, host } = useApp();
  return React.useMemo(() => screenStringsFor(strings, host.locale), [strings, host.locale]);
}
