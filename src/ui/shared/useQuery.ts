import * as React from 'react';

/**
 * Reading data for a screen: one hook for every screen, with the three states a screen shows
 * (loading, loaded, failed), a reload, and invalidation by key so that a change saved on one screen
 * refreshes every screen that shows it (the overview after a submit, say).
 *
 * Keys are plain strings such as `cycle:12` or `overview:3`; `invalidate('cycle:12')` reloads every
 * query whose key starts with it. Nothing is cached between screens: answers and actions are never
 * served stale (the model pack, which never changes once used, is cached by `usePack`).
 */
export type QueryState<T> =
  | { kind: 'loading' }
  | { kind: 'loaded'; data: T; reloading: boolean }
  | { kind: 'failed'; error: unknown };

export type Query<T> = QueryState<T> & { reload(): void };

const listeners = new Set<(prefix: string) => void>();

/** Reloads every query (mounted now) whose key starts with `prefix`. */
export function invalidate(prefix: string): void {
  for (const listener of [...listeners]) listener(prefix);
}

/**
 * Runs `load` when the key changes (and on reload or invalidation) and keeps the latest answer only:
 * an answer to an earlier key that arrives late is dropped. `load` may change every render; the key
 * says when the data to load is different.
 *
 * `first` is an answer already on its way, read in the same round trip as the screen's own data: the
 * first load uses it instead of calling `load`, and so does the load after a new `first` (keep it stable,
 * as data already loaded is); a reload or an invalidation reads afresh.
 */
export function useQuery<T>(key: string | null, load: () => Promise<T>, first?: Promise<T> | null): Query<T> {
  const [state, setState] = React.useState<QueryState<T>>({ kind: 'loading' });
  const [round, setRound] = React.useState(0);
  const loadRef = React.useRef(load);
  loadRef.current = load;
  const usedFirst = React.useRef<Promise<T> | null | undefined>(undefined);

  React.useEffect(() => {
    if (key === null) return undefined;
    const onInvalidate = (prefix: string): void => {
      if (key.startsWith(prefix)) setRound((n) => n + 1);
    };
    listeners.add(onInvalidate);
    return () => {
      listeners.delete(onInvalidate);
    };
  }, [key]);

  React.useEffect(() => {
    if (key === null) return undefined;
    let live = true;
    // A reload keeps what is shown until the new answer arrives.
    setState((previous) => (previous.kind === 'loaded' ? { ...previous, reloading: true } : { kind: 'loading' }));
    const given = first;
    const fresh = !given || usedFirst.current === given;
    usedFirst.current = given;
    (fresh ? loadRef.current() : given).then(
      (data) => live && setState({ kind: 'loaded', data, reloading: false }),
      (error: unknown) => live && setState({ kind: 'failed', error })
    );
    return () => {
      live = false;
    };
  }, [key, round, first]);

  const reload = React.useCallback(() => setRound((n) => n + 1), []);
  return React.useMemo(() => ({ ...state, reload }), [state, reload]);
}
