import * as React from 'react';
import { Button, MessageBar, MessageBarBody, MessageBarTitle, Spinner, Text, makeStyles, tokens } from '@fluentui/react-components';
import type { WpqServices } from '../data/services';
import type { CareService, Cycle } from '../data/types';
import { formatRoute, SCREEN_RULES, SCREEN_IDS, type ScreenId } from '../ui/app/routes';
import { format } from '../loc/strings';
import type { HostStrings } from '../loc/hosts';

/**
 * Loaded on demand by a tab that was set up for one service (a channel tab, a meeting tab): checks the
 * service still exists and is active, finds its current cycle for the screens that need one, and hands
 * back the route to open. A service that was archived or removed is said plainly, with the active
 * services to choose from instead.
 */
export interface HostGateProps {
  services: WpqServices;
  strings: HostStrings;
  serviceId: number | null;
  /** The screen the tab was set to open on. */
  screen: string;
  onRoute(route: string | null): void;
}

const useStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', rowGap: tokens.spacingVerticalM, minWidth: 0 },
  heading: { margin: 0, overflowWrap: 'anywhere' },
  list: { display: 'flex', flexDirection: 'column', rowGap: tokens.spacingVerticalS, margin: 0, padding: 0, listStyleType: 'none' },
  choice: { minHeight: '44px', maxWidth: '100%', justifyContent: 'flex-start', textAlign: 'start', overflowWrap: 'anywhere' }
});

/** The latest cycle not yet closed, else the latest closed one. */
export function currentCycle(cycles: readonly Cycle[]): Cycle | null {
  const later = (a: Cycle, b: Cycle): number => (b.startDate ?? '').localeCompare(a.startDate ?? '') || b.id - a.id;
  return [...cycles.filter((c) => c.phase !== 'closed')].sort(later)[0] ?? [...cycles].sort(later)[0] ?? null;
}

/** The route a tab opens for a service: the screen with the service's current cycle when it needs one. */
export async function routeForService(services: WpqServices, serviceId: number, screenText: string): Promise<string> {
  const screen: ScreenId = (SCREEN_IDS as readonly string[]).includes(screenText) ? (screenText as ScreenId) : 'overview';
  const needs = SCREEN_RULES[screen].needs;
  if (needs === 'cycle') {
    const cycle = currentCycle((await services.cycles.listForService(serviceId)).data);
    // A service without a cycle yet has only its overview to show.
    return cycle ? formatRoute({ screen, cycleId: cycle.id }) : formatRoute({ screen: 'overview', serviceId });
  }
  if (needs === 'service' || screen === 'overview') return formatRoute({ screen, serviceId });
  return formatRoute({ screen });
}

type GateState =
  | { kind: 'checking' }
  | { kind: 'choose'; reason: 'archived' | 'removed' | 'none'; service: CareService | null; active: CareService[] };

export default function HostGate(props: HostGateProps): React.ReactElement {
  const { services, strings, serviceId, screen, onRoute } = props;
  const styles = useStyles();
  const [state, setState] = React.useState<GateState>({ kind: 'checking' });

  const open = React.useCallback(
    (id: number): void => {
      setState({ kind: 'checking' });
      routeForService(services, id, screen).then(onRoute, () => onRoute(formatRoute({ screen: 'overview', serviceId: id })));
    },
    [services, screen, onRoute]
  );

  React.useEffect(() => {
    let live = true;
    services.careServices.list().then(
      ({ data }) => {
        if (!live) return;
        const active = data.filter((s) => s.active);
        const service = serviceId === null ? null : data.find((s) => s.id === serviceId) ?? null;
        if (service && service.active) open(service.id);
        else setState({ kind: 'choose', reason: serviceId === null ? 'none' : service ? 'archived' : 'removed', service, active });
      },
      // The app itself explains a site it cannot read (or one not set up); open it and let it.
      () => live && onRoute(null)
    );
    return () => {
      live = false;
    };
  }, [services, serviceId, open, onRoute]);

  if (state.kind === 'checking') return <Spinner label={strings.serviceCheckLoading} />;
  const title = state.reason === 'none' ? strings.chooseServiceTitle : strings.serviceGoneTitle;
  const text =
    state.reason === 'none'
      ? strings.chooseServiceText
      : state.reason === 'archived'
        ? format(strings.serviceArchived, { service: state.service?.name ?? '' })
        : strings.serviceRemoved;
  return (
    <div className={styles.root}>
      <h1 className={styles.heading}>{strings.appTitle}</h1>
      <MessageBar intent={state.reason === 'none' ? 'info' : 'warning'} layout="multiline">
        <MessageBarBody>
          <MessageBarTitle>{title}</MessageBarTitle>
          {text}
        </MessageBarBody>
      </MessageBar>
      <h2 className={styles.heading}>{strings.servicesListLabel}</h2>
      {state.active.length === 0 ? (
        <Text>{strings.noServices}</Text>
      ) : (
        <ul className={styles.list} aria-label={strings.servicesListLabel}>
          {state.active.map((s) => (
            <li key={s.id}>
              <Button className={styles.choice} onClick={() => open(s.id)}>
                {s.name}
              </Button>
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
