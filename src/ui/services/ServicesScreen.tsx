import * as React from 'react';
import {
  Accordion,
  AccordionHeader,
  AccordionItem,
  AccordionPanel,
  Text,
  makeStyles,
  tokens
} from '@fluentui/react-components';
import type { CareService } from '../../data/types';
import { format } from '../../loc/strings';
import { useApp } from '../AppContext';
import { RouteLink } from '../app/navigation';
import { Page, Paragraph, Section } from '../shared/layout';
import { QueryView } from '../shared/QueryView';
import { useQuery } from '../shared/useQuery';
import { RowWarnings } from '../readModels/RowWarnings';
import { useScreenStrings } from '../useScreenStrings';
import { AddServiceForm } from './AddServiceForm';
import { useServicesStrings, useServiceTypeLabels } from './serviceForm';

const useStyles = makeStyles({
  list: { listStyleType: 'none', margin: 0, padding: 0, display: 'flex', flexDirection: 'column', rowGap: tokens.spacingVerticalS },
  item: {
    display: 'flex',
    flexDirection: 'column',
    rowGap: tokens.spacingVerticalXXS,
    padding: `${tokens.spacingVerticalS} ${tokens.spacingHorizontalM}`,
    border: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
    borderRadius: tokens.borderRadiusMedium,
    minWidth: 0
  },
  name: { fontSize: tokens.fontSizeBase400, fontWeight: tokens.fontWeightSemibold, overflowWrap: 'anywhere', minHeight: '24px' },
  details: { margin: 0, overflowWrap: 'anywhere', color: tokens.colorNeutralForeground2 }
});

function ServiceItem(props: { service: CareService }): React.ReactElement {
  const { service } = props;
  const s = useServicesStrings();
  const types = useServiceTypeLabels();
  const styles = useStyles();
  const leaders = service.leaderIds.length;
  const staff = service.staffIds.length;
  const parts = [
    service.serviceType ? types[service.serviceType] : s.typeNotSet,
    leaders === 0 ? s.leadersCountNone : leaders === 1 ? s.leadersCountOne : format(s.leadersCountMany, { count: leaders }),
    staff === 0 ? s.staffEveryone : staff === 1 ? s.staffCountOne : format(s.staffCountMany, { count: staff }),
    service.active ? s.statusActive : s.statusArchived
  ];
  return (
    <li className={styles.item}>
      <RouteLink to={{ screen: 'service', serviceId: service.id }} className={styles.name}>
        {service.name}
      </RouteLink>
      <Text as="p" className={styles.details}>
        {parts.join(' · ')}
      </Text>
    </li>
  );
}

function ServiceList(props: { services: CareService[] }): React.ReactElement {
  const styles = useStyles();
  return (
    <ul className={styles.list}>
      {props.services.map((service) => (
        <ServiceItem key={service.id} service={service} />
      ))}
    </ul>
  );
}

/** The organisation's services (archived ones folded away) and a form to add one. */
export default function ServicesScreen(): React.ReactElement {
  const { services } = useApp();
  const s = useServicesStrings();
  const screenStrings = useScreenStrings();
  const query = useQuery('services:list', () => services.careServices.list());
  return (
    <Page title={s.listTitle} subtitle={s.listIntro}>
      <Section title={s.activeHeading}>
        <QueryView query={query} label={s.listLoading}>
          {({ data, warnings }) => {
            const active = data.filter((x) => x.active);
            const archived = data.filter((x) => !x.active);
            return (
              <>
                <RowWarnings strings={screenStrings} warnings={warnings} />
                {active.length > 0 ? (
                  <ServiceList services={active} />
                ) : (
                  <Paragraph>{data.length === 0 ? s.noServices : s.noActiveServices}</Paragraph>
                )}
                {archived.length > 0 && (
                  <Accordion collapsible>
                    <AccordionItem value="archived">
                      <AccordionHeader as="h3">{format(s.archivedHeading, { count: archived.length })}</AccordionHeader>
                      <AccordionPanel>
                        <Paragraph>{s.archivedIntro}</Paragraph>
                        <ServiceList services={archived} />
                      </AccordionPanel>
                    </AccordionItem>
                  </Accordion>
                )}
              </>
            );
          }}
        </QueryView>
      </Section>
      <Section title={s.addHeading} intro={s.addIntro}>
        <AddServiceForm />
      </Section>
    </Page>
  );
}
