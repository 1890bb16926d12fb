import * as React from 'react';
import { Text } from '@fluentui/react-components';
import type { ModelPack } from '../../model';
import type { ScreenStrings } from '../../loc/screens';
import { ExternalLink } from './ExternalLink';
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
        <Text as="h1" size={700} weight="semibold" id={headingId} className={styles.heading} block>
          {strings.modelHeading}
        </Text>
        <Text as="p" className={styles.paragraph} block>
          {strings.modelIntro}
        </Text>
      </header>
      <section className={styles.section} aria-labelledby={aboutId}>
        <Text as="h2" size={500} weight="semibold" id={aboutId} className={styles.heading} block>
          {strings.modelAboutPackHeading}
        </Text>
        <dl className={styles.facts}>
          <div className={styles.fact}>
            <dt className={styles.term}>{strings.modelPackTitleLabel}</dt>
            <dd className={styles.definition}>{pack.title}</dd>
          </div>
          <div className={styles.fact}>
            <dt className={styles.term}>{strings.modelPackVersionLabel}</dt>
            <dd className={styles.definition}>{pack.version}</dd>
          </div>
          <div className={styles.fact}>
            <dt className={styles.term}>{strings.modelPackDateLabel}</dt>
            <dd className={styles.definition}>
              <time dateTime={pack.date}>{formatPackDate(pack.date, locale)}</time>
            </dd>
          </div>
          <div className={styles.fact}>
            <dt className={styles.term}>{strings.modelPackIdLabel}</dt>
            <dd className={styles.definition}>{pack.id}</dd>
          </div>
        </dl>
        {pack.description !== undefined && (
          <Text as="p" className={styles.paragraph} block>
            {pack.description}
          </Text>
        )}
        <Text as="h3" size={400} weight="semibold" className={styles.heading} block>
          {strings.modelLicenceHeading}
        </Text>
        <Text as="p" className={styles.paragraph} block>
          {pack.licence.text}
        </Text>
        {isSafeLink(pack.licence.url) && (
          <Text as="p" className={styles.paragraph} block>
            <ExternalLink href={pack.licence.url} text={strings.modelLicenceLink} strings={strings} />
          </Text>
        )}
        <Text as="h3" size={400} weight="semibold" className={styles.heading} block>
          {strings.modelAttributionHeading}
        </Text>
        <Text as="p" className={styles.paragraph} block>
          {pack.licence.attribution}
        </Text>
        {pack.notes !== undefined && pack.notes.length > 0 && (
          <>
            <Text as="h3" size={400} weight="semibold" className={styles.heading} block>
              {strings.modelNotesHeading}
            </Text>
            <ul className={styles.plainList}>
              {pack.notes.map((note, i) => (
                <li key={i} className={styles.paragraph}>
                  {note}
                </li>
              ))}
            </ul>
          </>
        )}
      </section>
    </>
  );
}
