import * as React from 'react';
import { Text, mergeClasses } from '@fluentui/react-components';
import type { ScreenStrings } from '../../loc/screens';
import { useModelStyles } from './modelStyles';

/** The Model screen's type scale: the size of each level of heading. */
const headingSizes = { h1: 700, h2: 500, h3: 400, h4: 400 } as const;

export interface HeadingWithTextProps {
  as: keyof typeof headingSizes;
  id?: string;
  heading: React.ReactNode;
  /** The paragraph under the heading, if there is one. */
  text?: React.ReactNode;
}

/** A heading and the paragraph that follows it. */
export function HeadingWithText(props: HeadingWithTextProps): React.ReactElement {
  const { as, id, heading, text } = props;
  const styles = useModelStyles();
  return (
    <>
      <Text as={as} size={headingSizes[as]} weight="semibold" id={id} className={styles.heading} block>
        {heading}
      </Text>
      {text !== undefined && (
        <Text as="p" className={styles.paragraph} block>
          {text}
        </Text>
      )}
    </>
  );
}

export interface ModelSectionProps {
  headingId: string;
  heading: React.ReactNode;
  intro?: React.ReactNode;
  children: React.ReactNode;
}

/** One part of the Model screen: a region named by its level 2 heading, with the introduction under it, if any. */
export function ModelSection(props: ModelSectionProps): React.ReactElement {
  const { headingId, heading, intro, children } = props;
  const styles = useModelStyles();
  return (
    <section className={styles.section} aria-labelledby={headingId}>
      <HeadingWithText as="h2" id={headingId} heading={heading} text={intro} />
      {children}
    </section>
  );
}

export interface ResultGroupProps {
  className: string;
  headingId: string;
  headingRef: React.Ref<HTMLElement>;
  heading: React.ReactNode;
  children: React.ReactNode;
}

/**
 * The outcome of checking or importing a pack file: a group named by its heading. The heading can
 * take focus, so that people using a screen reader or a keyboard land on it.
 */
export function ResultGroup(props: ResultGroupProps): React.ReactElement {
  const { className, headingId, headingRef, heading, children } = props;
  const styles = useModelStyles();
  return (
    <div className={className} role="group" aria-labelledby={headingId}>
      <Text
        as="h4"
        size={400}
        weight="semibold"
        id={headingId}
        ref={headingRef}
        tabIndex={-1}
        className={mergeClasses(styles.heading, styles.focusTarget)}
        block
      >
        {heading}
      </Text>
      {children}
    </div>
  );
}

export interface HeadedListProps {
  heading: string;
  /** True when the pack has nothing for this list: it then says so instead of showing `children`. */
  empty: boolean;
  strings: ScreenStrings;
  /** The list. */
  children: React.ReactNode;
}

/** A level 4 heading over a list of what the pack says, or "none in this pack". */
export function HeadedList(props: HeadedListProps): React.ReactElement {
  const { heading, empty, strings, children } = props;
  const styles = useModelStyles();
  return (
    <div className={styles.section}>
      <HeadingWithText as="h4" heading={heading} />
      {empty ? (
        <Text as="p" className={styles.muted} block>
          {strings.modelNoneInPack}
        </Text>
      ) : (
        children
      )}
    </div>
  );
}

export interface FactProps {
  term: React.ReactNode;
  children: React.ReactNode;
}

/** One term and its value in a description list. */
export function Fact(props: FactProps): React.ReactElement {
  const styles = useModelStyles();
  return (
    <div className={styles.fact}>
      <dt className={styles.term}>{props.term}</dt>
      <dd className={styles.definition}>{props.children}</dd>
    </div>
  );
}
