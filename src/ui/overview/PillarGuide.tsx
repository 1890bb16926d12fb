import * as React from 'react';
import { Accordion, AccordionHeader, AccordionItem, AccordionPanel, Link, makeStyles, Text, tokens } from '@fluentui/react-components';
import type { GuidanceItem, ModelPack, Pillar, Resource } from '../../model';
import { enGBOverview, overviewTranslations } from '../../loc/overview';
import { format } from '../../loc/strings';
import { RouteLink } from '../app/navigation';
import { Paragraph } from '../shared/layout';
import { useStrings } from '../shared/useStrings';
import { countText, pillarsInOrder, resourcesOf, safeHref } from './packText';

/** How many items of each list the overview shows; the model page shows them all. */
const ITEMS_SHOWN = 2;

const useStyles = makeStyles({
  panel: { display: 'flex', flexDirection: 'column', rowGap: tokens.spacingVerticalS, paddingBottom: tokens.spacingVerticalM, minWidth: 0 },
  group: { display: 'flex', flexDirection: 'column', rowGap: tokens.spacingVerticalXXS, minWidth: 0 },
  groupHeading: { margin: 0, fontWeight: tokens.fontWeightSemibold, fontSize: tokens.fontSizeBase300 },
  list: { margin: 0, paddingLeft: tokens.spacingHorizontalXL, overflowWrap: 'anywhere' },
  more: { color: tokens.colorNeutralForeground2 },
  link: { display: 'inline-flex', alignItems: 'center', minHeight: '24px' },
  header: { overflowWrap: 'anywhere' }
});

function GuidanceGroup(props: { heading: string; items: GuidanceItem[] }): React.ReactElement {
  const strings = useStrings(overviewTranslations, enGBOverview);
  const styles = useStyles();
  const shown = props.items.slice(0, ITEMS_SHOWN);
  const more = props.items.length - shown.length;
  return (
    <div className={styles.group}>
      <Text as="h5" className={styles.groupHeading}>
        {props.heading}
      </Text>
      {shown.length === 0 ? (
        <Text>{strings.pillarNone}</Text>
      ) : (
        <ul className={styles.list}>
          {shown.map((item) => (
            <li key={item.id}>{item.text}</li>
          ))}
        </ul>
      )}
      {more > 0 && <Text className={styles.more}>{countText(strings.pillarMoreOne, strings.pillarMoreMany, more)}</Text>}
    </div>
  );
}

/** A resource from the pack: a link that opens in a new tab when its address is secure, else its title to search for. */
function ResourceLine(props: { resource: Resource }): React.ReactElement {
  const strings = useStrings(overviewTranslations, enGBOverview);
  const { resource } = props;
  const href = safeHref(resource.url);
  if (!href) return <>{format(strings.pillarResourceNoLink, { title: resource.title, publisher: resource.publisher })}</>;
  return (
    <>
      <Link href={href} target="_blank" rel="noopener noreferrer" inline>
        {format(strings.pillarResourceNewTab, { title: resource.title })}
      </Link>{' '}
      {format(strings.pillarResourcePublisher, { publisher: resource.publisher })}
    </>
  );
}

function PillarPanel(props: { pack: ModelPack; pillar: Pillar }): React.ReactElement {
  const strings = useStrings(overviewTranslations, enGBOverview);
  const styles = useStyles();
  const { pack, pillar } = props;
  const resources = resourcesOf(pack, pillar);
  return (
    <div className={styles.panel}>
      <RouteLink to={{ screen: 'model', item: pillar.id }} className={styles.link}>
        {format(strings.pillarOpenModel, { name: pillar.name })}
      </RouteLink>
      <GuidanceGroup heading={strings.pillarThingsToMeasure} items={pillar.thingsToMeasure} />
      <GuidanceGroup heading={strings.pillarThingsToDo} items={pillar.thingsToDo} />
      <GuidanceGroup heading={strings.pillarThingsThatHelp} items={pillar.thingsThatHelp} />
      {resources.length > 0 && (
        <div className={styles.group}>
          <Text as="h5" className={styles.groupHeading}>
            {strings.pillarResources}
          </Text>
          <ul className={styles.list}>
            {resources.map((r) => (
              <li key={r.id}>
                <ResourceLine resource={r} />
              </li>
            ))}
          </ul>
        </div>
      )}
    </div>
  );
}

/**
 * A short block per pillar and theme from the model pack: a few things to measure, to do and that
 * help, the pack's resources, and a link to the pillar's page of the model. Closed until opened, so
 * the overview stays short on a phone.
 */
export function PillarGuide(props: { pack: ModelPack }): React.ReactElement {
  const strings = useStrings(overviewTranslations, enGBOverview);
  const styles = useStyles();
  const pillars = pillarsInOrder(props.pack);
  return (
    <>
      <Paragraph>{strings.pillarsIntro}</Paragraph>
      <Accordion multiple collapsible>
        {pillars.map((pillar) => (
          <AccordionItem key={pillar.id} value={pillar.id}>
            <AccordionHeader as="h4" className={styles.header}>
              {pillar.crossCutting ? format(strings.scoresThemeName, { name: pillar.name }) : pillar.name}
            </AccordionHeader>
            <AccordionPanel>
              <PillarPanel pack={props.pack} pillar={pillar} />
            </AccordionPanel>
          </AccordionItem>
        ))}
      </Accordion>
    </>
  );
}
