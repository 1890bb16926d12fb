import * as React from 'react';
import type { Resource } from '../../model';
import { format } from '../../loc/strings';
import type { ScreenStrings } from '../../loc/screens';
import { ExternalLink } from './ExternalLink';
import { formatPackDate } from './modelFormat';

export interface ResourceItemProps {
  resource: Resource;
  strings: ScreenStrings;
  locale: string;
}

/** A resource's title (a link when its address is https) and who published it. */
export function ResourceItem(props: ResourceItemProps): React.ReactElement {
  const { resource, strings, locale } = props;
  const by =
    resource.year === undefined
      ? format(strings.modelResourcePublisher, { publisher: resource.publisher })
      : format(strings.modelResourcePublisherYear, {
          publisher: resource.publisher,
          year: formatPackDate(resource.year, locale)
        });
  return (
    <>
      <ExternalLink href={resource.url} text={resource.title} strings={strings} /> {by}
    </>
  );
}
