import * as React from 'react';
import type { SiteSummary } from '../../data/site';

const Context = React.createContext<SiteSummary | undefined>(undefined);

export function SiteProvider(props: { summary: SiteSummary; children: React.ReactNode }): React.ReactElement {
  return <Context.Provider value={props.summary}>{props.children}</Context.Provider>;
}

/** The site, the signed-in person (with their site user id) and their access, as read at start-up. */
export function useSite(): SiteSummary {
  const value = React.useContext(Context);
  if (!value) throw new Error('useSite() must be used inside <SiteProvider>.');
  return value;
}
