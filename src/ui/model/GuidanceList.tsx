import * as React from 'react';
import { Text } from '@fluentui/react-components';
import { findMeasure, type GuidanceItem, type ModelPack, type Resource } from '../../model';
import type { ScreenStrings } from '../../loc/screens';
import { HeadedList } from './ModelBlocks';
import { ResourceItem } from './ResourceItem';
import { useModelStyles } from './modelStyles';

export interface GuidanceListProps {
  pack: ModelPack;
  items: GuidanceItem[];
  heading: string;
  strings: ScreenStrings;
  locale: string;
}

function resourcesOf(pack: ModelPack, ids: string[] | undefined): Resource[] {
  const out: Resource[] = [];
  for (const id of ids ?? []) {
    const resource = pack.resources.find((r) => r.id === id);
    if (resource) out.push(resource);
  }
  return out;
}

/** One of "things to measure", "things to do" or "things that help", with the measures and resources each item names. */
export function GuidanceList(props: GuidanceListProps): React.ReactElement {
  const { pack, items, heading, strings, locale } = props;
  const styles = useModelStyles();
  return (
    <HeadedList heading={heading} empty={items.length === 0} strings={strings}>
      <ul className={styles.plainList}>
        {items.map((item) => {
          const measures = (item.measureIds ?? [])
            .map((id) => findMeasure(pack, id)?.name)
            .filter((name): name is string => name !== undefined);
          const resources = resourcesOf(pack, item.resourceIds);
          return (
            <li key={item.id}>
              <span className={styles.paragraph}>{item.text}</span>
              {measures.length > 0 && (
                <Text as="p" className={styles.muted} block>
                  <span className={styles.term}>{strings.modelRelatedMeasures}</span> {measures.join(strings.modelListSeparator)}
                </Text>
              )}
              {resources.length > 0 && (
                <>
                  <Text as="p" className={styles.muted} block>
                    <span className={styles.term}>{strings.modelResources}</span>
                  </Text>
                  <ul className={styles.plainList}>
                    {resources.map((resource) => (
                      <li key={resource.id}>
                        <ResourceItem resource={resource} strings={strings} locale={locale} />
                      </li>
                    ))}
                  </ul>
                </>
              )}
            </li>
          );
        })}
      </ul>
    </HeadedList>
  );
}
