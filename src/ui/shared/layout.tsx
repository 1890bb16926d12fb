import * as React from 'react';
import { Text, makeStyles, mergeClasses, tokens, useId } from '@fluentui/react-components';

/**
 * Styles (for makeStyles) of text that screen readers read and the screen does not show: a live
 * region's message, a chart's table behind its chart, a word that only repeats what an icon shows.
 */
export const visuallyHidden = {
  position: 'absolute',
  width: '1px',
  height: '1px',
  margin: '-1px',
  padding: 0,
  overflow: 'hidden',
  clip: 'rect(0 0 0 0)',
  whiteSpace: 'nowrap',
  border: 0
} as const;

/**
 * The parts every screen is made of: a page with its one level-1 heading, sections named by their
 * headings, and facts as a description list. Ids come from `useId`, so two WPQ web parts on one
 * page never share one.
 */
const useStyles = makeStyles({
  page: { display: 'flex', flexDirection: 'column', rowGap: tokens.spacingVerticalL, maxWidth: '64rem', minWidth: 0 },
  header: { display: 'flex', flexDirection: 'column', rowGap: tokens.spacingVerticalXS },
  headerRow: { display: 'flex', flexWrap: 'wrap', alignItems: 'center', justifyContent: 'space-between', gap: tokens.spacingHorizontalM },
  actions: { display: 'flex', flexWrap: 'wrap', gap: tokens.spacingHorizontalS },
  heading: { margin: 0, overflowWrap: 'anywhere' },
  paragraph: { margin: 0, maxWidth: '48rem' },
  section: { display: 'flex', flexDirection: 'column', rowGap: tokens.spacingVerticalS, minWidth: 0 },
  facts: {
    display: 'grid',
    // A long label wraps rather than squeezing its value: the label column takes at most 40 %.
    gridTemplateColumns: 'fit-content(40%) minmax(0, 1fr)',
    columnGap: tokens.spacingHorizontalL,
    rowGap: tokens.spacingVerticalXS,
    margin: 0,
    // On a phone each label sits above its value.
    '@media (max-width: 480px)': { gridTemplateColumns: 'minmax(0, 1fr)', rowGap: 0 }
  },
  term: {
    fontWeight: tokens.fontWeightSemibold,
    overflowWrap: 'anywhere',
    '@media (max-width: 480px)': { marginTop: tokens.spacingVerticalXS }
  },
  definition: { margin: 0, overflowWrap: 'anywhere' }
});

export interface PageProps {
  title: React.ReactNode;
  /** A line under the heading (the service and cycle, say). */
  subtitle?: React.ReactNode;
  /** Buttons beside the heading. */
  actions?: React.ReactNode;
  /** Above the heading: a way back, for example. */
  before?: React.ReactNode;
  children: React.ReactNode;
  className?: string;
}

export function Page(props: PageProps): React.ReactElement {
  const styles = useStyles();
  return (
    <div className={mergeClasses(styles.page, props.className)}>
      {props.before}
      <header className={styles.header}>
        <div className={styles.headerRow}>
          <Text as="h1" size={700} weight="semibold" className={styles.heading}>
            {props.title}
          </Text>
          {props.actions && <div className={styles.actions}>{props.actions}</div>}
        </div>
        {props.subtitle && (
          <Text as="p" className={styles.paragraph}>
            {props.subtitle}
          </Text>
        )}
      </header>
      {props.children}
    </div>
  );
}

export interface SectionProps {
  title: React.ReactNode;
  /** h2 by default; h3 inside another section. */
  level?: 2 | 3;
  intro?: React.ReactNode;
  children?: React.ReactNode;
  className?: string;
}

/** A region named by its heading. */
export function Section(props: SectionProps): React.ReactElement {
  const styles = useStyles();
  const id = useId('section-');
  const level = props.level ?? 2;
  return (
    <section aria-labelledby={id} className={mergeClasses(styles.section, props.className)}>
      <Text as={level === 2 ? 'h2' : 'h3'} size={level === 2 ? 500 : 400} weight="semibold" id={id} className={styles.heading}>
        {props.title}
      </Text>
      {props.intro && (
        <Text as="p" className={styles.paragraph}>
          {props.intro}
        </Text>
      )}
      {props.children}
    </section>
  );
}

/** Terms and their values. */
export function Facts(props: { items: Array<[React.ReactNode, React.ReactNode]>; className?: string }): React.ReactElement {
  const styles = useStyles();
  return (
    <dl className={mergeClasses(styles.facts, props.className)}>
      {props.items.map(([term, value], i) => (
        <React.Fragment key={i}>
          <dt className={styles.term}>{term}</dt>
          <dd className={styles.definition}>{value}</dd>
        </React.Fragment>
      ))}
    </dl>
  );
}

/** A paragraph in the screens' text style. */
export function Paragraph(props: { children: React.ReactNode; className?: string }): React.ReactElement {
  const styles = useStyles();
  return (
    <Text as="p" block className={mergeClasses(styles.paragraph, props.className)}>
      {props.children}
    </Text>
  );
}
