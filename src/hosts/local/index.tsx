import * as React from 'react';
import * as ReactDom from 'react-dom';
import { App } from '../../ui/App';
import { createSp } from '../../data/sp';
import { createServices } from '../../data/services';
import type { HostContext } from '../HostContext';
import { format } from '../../loc/strings';
import { LOCAL_PAGE_LOCALE, localStringsFor } from '../../loc/local';
import { LocalBar, readLocalChoice, type LocalChoice, type LocalUserOption } from './LocalBar';

const strings = localStringsFor(LOCAL_PAGE_LOCALE);

/**
 * The local page: the same UI and the same data layer as the web part, pointed at the local
 * SharePoint-compatible server on this origin. The server picks the acting user from the
 * `wpq-user` cookie, so the app's own traffic needs nothing special.
 */
interface LocalConfig {
  siteUrl: string;
  users: LocalUserOption[];
}

function Root(props: { config: LocalConfig }): React.ReactElement {
  const { config } = props;
  const [choice, setChoice] = React.useState<LocalChoice>(() => readLocalChoice(config.users));
  const services = React.useMemo(
    () => createServices(createSp({ pageContext: { web: { absoluteUrl: config.siteUrl } } })),
    [config.siteUrl]
  );
  const user = config.users.find((u) => u.key === choice.userKey) ?? config.users[0];
  const host = React.useMemo<Omit<HostContext, 'sp'>>(
    () => ({
      hostKind: choice.hostKind,
      siteUrl: config.siteUrl,
      user: { displayName: user.title, email: user.email, loginName: user.loginName },
      locale: LOCAL_PAGE_LOCALE,
      theme: choice.theme
    }),
    [choice.hostKind, choice.theme, config.siteUrl, user]
  );
  return (
    <>
      <LocalBar strings={strings} users={config.users} choice={choice} onChange={setChoice} />
      <App host={host} services={services} showDataViews />
    </>
  );
}

async function start(): Promise<void> {
  const response = await fetch('/local/config.json', { credentials: 'same-origin' });
  if (!response.ok) {
    throw new Error(format(strings.localConfigFailed, { status: response.status }));
  }
  const config = (await response.json()) as LocalConfig;
  ReactDom.render(<Root config={config} />, document.getElementById('root'));
}

start().catch((error: Error) => {
  const root = document.getElementById('root');
  if (root) {
    root.textContent = error.message;
  }
});
