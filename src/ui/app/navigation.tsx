import * as React from 'react';
import { Link, type LinkProps } from '@fluentui/react-components';
import type { AddressBar } from './address';
import { formatRoute, HOME, parseRoute, toRoute, type ParsedRoute, type Route, type RouteInput } from './routes';

export interface Navigation {
  /** The route as read from the address; may be one that cannot be opened (see Sections). */
  parsed: ParsedRoute;
  /** Opens a screen: a new history entry unless `replace`. */
  navigate(route: RouteInput, options?: { replace?: boolean }): void;
  /** The address that opens a route (for links that can be opened in a new tab or copied). */
  href(route: RouteInput): string;
}

const Context = React.createContext<Navigation | undefined>(undefined);

export interface RouteProviderProps {
  address: AddressBar;
  /** The route to open when the address holds none (a Teams deep link, a web part's "open on" setting). */
  initialRoute?: string | null;
  children: React.ReactNode;
}

/** Keeps the current route in step with the address: reads it at start and on Back/Forward, writes it on navigate. */
export function RouteProvider(props: RouteProviderProps): React.ReactElement {
  const { address, initialRoute } = props;
  const [text, setText] = React.useState<string | null>(() => address.read() ?? initialRoute ?? null);

  React.useEffect(() => {
    // A route given by the host is put into the address, so that a refresh and Back keep it.
    if (address.read() === null && initialRoute) address.write(initialRoute, 'replace');
    return address.listen(() => setText(address.read()));
  }, [address, initialRoute]);

  const value = React.useMemo<Navigation>(
    () => ({
      parsed: parseRoute(text),
      navigate(route, options) {
        const next = formatRoute(route);
        address.write(next, options?.replace ? 'replace' : 'push');
        setText(next);
      },
      href: (route) => address.href(formatRoute(route))
    }),
    [address, text]
  );
  return <Context.Provider value={value}>{props.children}</Context.Provider>;
}

export function useNavigation(): Navigation {
  const value = React.useContext(Context);
  if (!value) throw new Error('useNavigation() must be used inside <RouteProvider>.');
  return value;
}

/** The route of the screen being shown (the overview when the address names none or a bad one). */
export function useRoute(): Route {
  const { parsed } = useNavigation();
  return parsed.ok ? parsed.route : HOME;
}

/** Opens another screen. */
export function useNavigate(): Navigation['navigate'] {
  return useNavigation().navigate;
}

export interface RouteLinkProps {
  to: RouteInput;
  replace?: boolean;
  children: React.ReactNode;
  className?: string;
  inline?: boolean;
  'aria-label'?: string;
  'aria-current'?: LinkProps['aria-current'];
}

/**
 * A link to a screen: a real address, so it can be opened in a new tab or copied, that opens the
 * screen in place on a plain click.
 */
export function RouteLink(props: RouteLinkProps): React.ReactElement {
  const { to, replace, ...rest } = props;
  const { navigate, href } = useNavigation();
  const onClick = (event: React.MouseEvent<HTMLAnchorElement>): void => {
    if (event.defaultPrevented || event.button !== 0 || event.metaKey || event.ctrlKey || event.shiftKey || event.altKey) return;
    event.preventDefault();
    navigate(toRoute(to), { replace });
  };
  return <Link {...rest} href={href(to)} onClick={onClick} />;
}
