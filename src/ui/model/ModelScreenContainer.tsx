import * as React from 'react';
import { MessageBar, MessageBarBody, Spinner } from '@fluentui/react-components';
import type { ModelPack } from '../../model';
import { defaultPack } from '../../model';
import { useApp } from '../AppContext';
import { useScreenStrings } from '../useScreenStrings';
import { format } from '../../loc/strings';
import { DataError } from '../../data/errors';
import { ModelScreen } from './ModelScreen';
import { useSite } from '../app/SiteContext';
import { useNavigate, useRoute } from '../app/navigation';

type State = { kind: 'loading' } | { kind: 'loaded'; pack: ModelPack } | { kind: 'failed'; message: string };

/**
 * Loads the model pack the site uses for new cycles and shows it. A site that is not set up yet
 * has no settings list, so it shows WPQ's default pack, which is what set-up would choose.
 */
export default function ModelScreenContainer(): React.ReactElement {
  const { services } = useApp();
  const canManage = useSite().access === 'manage';
  const route = useRoute();
  const navigate = useNavigate();
  const strings = useScreenStrings();
  const [state, setState] = React.useState<State>({ kind: 'loading' });

  React.useEffect(() => {
    let live = true;
    const load = async (): Promise<ModelPack> => {
      try {
        const active = await services.settings.readActivePack();
        return await services.settings.readPack(active.id, active.version);
      } catch (error) {
        if (error instanceof DataError && error.kind === 'not-set-up') {
          return defaultPack;
        }
        throw error;
      }
    };
    load().then(
      (pack) => live && setState({ kind: 'loaded', pack }),
      (error: Error) => live && setState({ kind: 'failed', message: error.message })
    );
    return () => {
      live = false;
    };
  }, [services]);

  if (state.kind === 'loading') {
    return <Spinner label={strings.loadingScreen} />;
  }
  if (state.kind === 'failed') {
    return (
      <MessageBar intent="error">
        <MessageBarBody>{format(strings.modelLoadFailed, { message: state.message })}</MessageBarBody>
      </MessageBar>
    );
  }
  return (
    <ModelScreen
      pack={state.pack}
      packs={canManage ? services.packs : undefined}
      pillarId={route.item}
      onSelectPillar={(item) => navigate({ screen: 'model', item }, { replace: true })}
    />
  );
}
