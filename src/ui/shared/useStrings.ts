import * as React from 'react';
import { useApp } from '../AppContext';
import { forLocale } from '../../loc/strings';

/**
 * A feature's own strings (src/loc/<feature>.ts, which travel in that feature's chunk) for the
 * host's locale: `useStrings({ 'en-gb': enGBSurvey }, enGBSurvey)`.
 */
export function useStrings<T>(translations: Record<string, T>, fallback: T): T {
  const { host } = useApp();
  return React.useMemo(() => forLocale(translations, host.locale, fallback), [translations, fallback, host.locale]);
}
