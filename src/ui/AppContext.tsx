import * as React from 'react';
import type { HostContext } from '../hosts/HostContext';
import type { WpqServices } from '../data/services';
import { stringsFor, type Strings } from '../loc/strings';

export interface AppContextValue {
  host: Omit<HostContext, 'sp'>;
  services: WpqServices;
  strings: Strings;
}

const Context = React.createContext<AppContextValue | undefined>(undefined);

export function AppContextProvider(props: {
  host: Omit<HostContext, 'sp'>;
  services: WpqServices;
  children: React.ReactNode;
}): React.ReactElement {
  const { host, services } = props;
  const value = React.useMemo<AppContextValue>(
    () => ({ host, services, strings: stringsFor(host.locale) }),
    [host, services]
  );
  return <Context.Provider value={value}>{props.children}</Context.Provider>;
}

/** The host, services and strings of the running app. */
export function useApp(): AppContextValue {
  const value = React.useContext(Context);
  if (!value) {
    throw new Error('useApp() must be used inside <AppContextProvider>.');
  }
  return value;
}
