import * as React from 'react';
import { Text } from '@fluentui/react-components';
import type { ModelPack } from '../../model';
import type { ScreenStrings } from '../../loc/screens';
import { ExternalLink } from './ExternalLink';
import { Fact, HeadingWithText, ModelSection } from './ModelBlocks';
import { formatPackDate, isSafeLink } from './modelFormat';
import { useModelStyles } from './modelStyles';

export interface PackDetailsProps {
  pack: ModelPack;
  strings: ScreenStrings;
  locale: string;
  headingId: string;
}

/** The screen's heading and what the pack is: title, version, date, licence, attribution and notes. */
export function PackDetails(props: PackDetailsProps): React.ReactElement {
  const { pack, strings, locale, headingId } = props;
  const styles = useModelStyles();
  const aboutId = `${headingId}-about`;
  return (
    <>
      <header className={styles.section}>
        <HeadingWithText as="h1" id={headingId} heading={strings.modelHeading} text={strings.modelIntro} />
      </header>
      <ModelSection headingId={aboutId} heading={strings.modelAboutPackHeading}>
        <dl className={styles.facts}>
          <Fact term={strings.modelPackTitleLabel}>{pack.title}</Fact>
          <Fact term={strings.modelPackVersionLabel}>{pack.version}</Fact>
          <Fact term={strings.modelPackDateLabel}>
            <time dateTime={pack.date}>{formatPackDate(pack.date, locale)}</time>
          </Fact>
          <Fact term={strings.modelPackIdLabel}>{pack.id}</Fact>
        </dl>
        {pack.description !== undefined && (
          <Text as="p" className={styles.paragraph} block>
            {pack.description}
          </Text>
        )}
        <HeadingWithText as="h3" heading={strings.modelLicenceHeading} text={pack.licence.text} />
        {isSafeLink(pack.licence.url) && (
          <Text as="p" className={styles.paragraph} block>
            <ExternalLink href={pack.licence.url} text={strings.modelLicenceLink} strings={strings} />
          </Text>
        )}
        <HeadingWithText as="h3" heading={strings.modelAttributionHeading} text={pack.licence.attribution} />
        {pack.notes !== undefined && pack.notes.length > 0 && (
          <>
            <HeadingWithText as="h3" heading={strings.modelNotesHeading} />
            <ul className={styles.plainList}>
              {pack.notes.map((note, i) => (
                <li key={i} className={styles.paragraph}>
                  {note}
                </li>
              ))}
            </ul>
          </>
        )}
      </ModelSection>
    </>
  );
}
