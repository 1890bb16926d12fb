import * as React from 'react';
import { FluentProvider, IdPrefixProvider, makeStyles, tokens } from '@fluentui/react-components';
import type { HostContext } from '../hosts/HostContext';
import { fluentTheme } from '../hosts/themes';
import type { WpqServices } from '../data/services';
import { AppContextProvider } from './AppContext';
import { Shell } from './Shell';

export interface AppProps {
  host: Omit<HostContext, 'sp'>;
  services: WpqServices;
  /** The local page shows the read models as plain tables, so they can be seen working. */
  showDataViews?: boolean;
}

const useStyles = makeStyles({
  root: {
    backgroundColor: tokens.colorNeutralBackground1,
    color: tokens.colorNeutralForeground1,
    padding: tokens.spacingHorizontalL,
    minHeight: '100%',
    boxSizing: 'border-box'
  }
});

/** The root of WPQ in every host: theme, ids and app context, then the screens. */
export function App(props: AppProps): React.ReactElement {
  const styles = useStyles();
  return (
    <IdPrefixProvider value="wpq-">
      <FluentProvider theme={fluentTheme(props.host.theme)} className={styles.root}>
        <AppContextProvider host={props.host} services={props.services}>
          <Shell showDataViews={props.showDataViews} />
        </AppContextProvider>
      </FluentProvider>
    </IdPrefixProvider>
  );
}
