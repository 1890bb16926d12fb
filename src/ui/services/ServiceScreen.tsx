import * as React from 'react';
import { MessageBar, MessageBarBody, Spinner } from '@fluentui/react-components';
import type { CareService } from '../../data/types';
import { useApp } from '../AppContext';
import { RouteLink, useRoute } from '../app/navigation';
import { Page } from '../shared/layout';
import { ErrorBar, QueryView } from '../shared/QueryView';
import { usePeople } from '../shared/people/usePeople';
import { useKitStrings } from '../shared/useKit';
import { useQuery } from '../shared/useQuery';
import { RowWarnings } from '../readModels/RowWarnings';
import { useScreenStrings } from '../useScreenStrings';
import { ServiceCycles } from './ServiceCycles';
import { ServiceDetails } from './ServiceDetails';
import { useServicesStrings } from './serviceForm';

/** The service's details once its people's names are read. */
function WithPeople(props: { service: CareService }): React.ReactElement {
  const { service } = props;
  const s = useServicesStrings();
  const kit = useKitStrings();
  // Read once for the form; later reloads of the service never replace what is being typed.
  const [ids] = React.useState(() => [...new Set([...service.leaderIds, ...service.staffIds])]);
  const people = usePeople(ids);
  if (people.kind === 'loading') return <Spinner label={s.serviceLoading} />;
  if (people.kind === 'failed') return <ErrorBar error={people.error} title={kit.loadFailed} onRetry={people.reload} />;
  return <ServiceDetails service={service} people={people.data} />;
}

/** One service: its details, who is asked, archive or restore, its cycles and "Start a cycle". */
export default function ServiceScreen(): React.ReactElement {
  const { services } = useApp();
  const route = useRoute();
  const s = useServicesStrings();
  const screenStrings = useScreenStrings();
  const id = route.serviceId as number;
  const query = useQuery(`services:item:${id}`, async () => {
    const { data, warnings } = await services.careServices.list();
    return { service: data.find((x) => x.id === id) ?? null, warnings: warnings.filter((w) => w.itemId === id) };
  });
  const back = <RouteLink to={{ screen: 'services' }}>{s.backToServices}</RouteLink>;
  const title = query.kind === 'loaded' && query.data.service ? query.data.service.name : s.listTitle;
  return (
    <Page title={title} before={back}>
      <QueryView query={query} label={s.serviceLoading}>
        {({ service, warnings }) => (
          <>
            <RowWarnings strings={screenStrings} warnings={warnings} />
            {service === null ? (
              <MessageBar intent="warning" layout="multiline">
                <MessageBarBody>{s.serviceNotFound}</MessageBarBody>
              </MessageBar>
            ) : (
              <>
                <WithPeople key={service.id} service={service} />
                <ServiceCycles service={service} />
              </>
            )}
          </>
        )}
      </QueryView>
    </Page>
  );
}
