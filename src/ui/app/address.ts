/**
 * Where the current route is kept: the `wpq` query parameter of the page's address, through the
 * browser's history, so that Back works, a refresh stays on the same screen and a copied address
 * opens it again. The rest of the address (a SharePoint page's own parameters) is left as it is.
 */

/** The query parameter that carries WPQ's route. */
export const ROUTE_PARAM = 'wpq';

export interface AddressBar {
  /** The route text in the address now; null when there is none. */
  read(): string | null;
  /** Puts a route in the address: a new history entry (push) or in place of the current one (replace). */
  write(route: string, mode: 'push' | 'replace'): void;
  /** Calls back when the person goes Back or Forward; returns the unsubscribe function. */
  listen(onChange: () => void): () => void;
  /** The full address that opens a route, for links and "Copy link". */
  href(route: string): string;
}

function urlWith(location: Location, route: string): URL {
  const url = new URL(location.href);
  if (route === '') url.searchParams.delete(ROUTE_PARAM);
  else url.searchParams.set(ROUTE_PARAM, route);
  return url;
}

/** The address bar of the window the app runs in. */
export function browserAddress(win: Window = window): AddressBar {
  return {
    read: () => new URL(win.location.href).searchParams.get(ROUTE_PARAM),
    write(route, mode) {
      const url = urlWith(win.location, route);
      if (url.href === win.location.href) return;
      if (mode === 'push') win.history.pushState(win.history.state, '', url.href);
      else win.history.replaceState(win.history.state, '', url.href);
    },
    listen(onChange) {
      win.addEventListener('popstate', onChange);
      return () => win.removeEventListener('popstate', onChange);
    },
    href: (route) => urlWith(win.location, route).href
  };
}

/** An address kept in memory (component tests, and hosts whose address the app may not change). */
export function memoryAddress(initial: string | null = null, base = 'https://wpq.invalid/'): AddressBar & { history: string[]; back(): void } {
  const history: string[] = [initial ?? ''];
  let position = 0;
  const listeners = new Set<() => void>();
  return {
    history,
    read: () => history[position] || null,
    write(route, mode) {
      if (history[position] === route) return;
      if (mode === 'push') {
        history.splice(position + 1);
        history.push(route);
        position = history.length - 1;
      } else {
        history[position] = route;
      }
    },
    listen(onChange) {
      listeners.add(onChange);
      return () => listeners.delete(onChange);
    },
    back() {
      if (position === 0) return;
      position -= 1;
      for (const l of [...listeners]) l();
    },
    href: (route) => {
      const url = new URL(base);
      if (route) url.searchParams.set(ROUTE_PARAM, route);
      return url.href;
    }
  };
}
