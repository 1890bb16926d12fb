import * as React from 'react';
import { useApp } from '../../AppContext';
import { useNavigation } from '../../app/navigation';
import { formatRoute, type RouteInput } from '../../app/routes';
import { teamsDeepLink } from './links';

/**
 * `linkFor(route)`: the link to give people for a screen. In Teams, a Teams deep link to this tab or
 * personal app whose sub-page id carries the route; on a SharePoint page (or the local page), the
 * page's own address with the route in its `wpq` parameter.
 */
export function useLinkFor(): (route: RouteInput) => string {
  const { host } = useApp();
  const { href } = useNavigation();
  return React.useCallback(
    (route: RouteInput) => {
      const target = host.teams;
      return target ? teamsDeepLink(target, formatRoute(route)) : href(route);
    },
    [host.teams, href]
  );
}
