import * as React from 'react';
import { FluentProvider, IdPrefixProvider, makeStyles, tokens } from '@fluentui/react-components';
import type { HostContext } from '../hosts/HostContext';
import { fluentTheme } from '../hosts/themes';
import type { WpqServices } from '../data/services';
import { AppContextProvider } from './AppContext';
import { Shell } from './Shell';
import { browserAddress, type AddressBar } from './app/address';

export interface AppProps {
  host: Omit<HostContext, 'sp'>;
  services: WpqServices;
  /** The local page shows the read models as plain tables, so they can be seen working. */
  showDataViews?: boolean;
  /** Where the route is kept; the page's address unless a test or host gives another. */
  address?: AddressBar;
}

const useStyles = makeStyles({
  root: {
    backgroundColor: tokens.colorNeutralBackground1,
    color: tokens.colorNeutralForeground1,
    padding: tokens.spacingHorizontalL,
    minHeight: '100%',
    boxSizing: 'border-box',
    // A native select is as wide as its longest option (a pack's long title, say); on a phone it must
    // stay inside the screen rather than push the page sideways.
    '& .fui-Select, & .fui-Select__select': { maxWidth: '100%', minWidth: 0 }
  }
});

/** The root of WPQ in every host: theme, ids and app context, then the screens. */
export function App(props: AppProps): React.ReactElement {
  const styles = useStyles();
  const [address] = React.useState<AddressBar>(() => props.address ?? browserAddress());
  return (
    <IdPrefixProvider value="wpq-">
      {/* Chart tooltips and menus are portals: the root's padding and background must not reach them. */}
      <FluentProvider theme={fluentTheme(props.host.theme)} className={styles.root} applyStylesToPortals={false}>
        <AppContextProvider host={props.host} services={props.services}>
          <Shell showDataViews={props.showDataViews} address={address} initialRoute={props.host.initialRoute} />
        </AppContextProvider>
      </FluentProvider>
    </IdPrefixProvider>
  );
}
