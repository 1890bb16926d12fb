import * as React from 'react';
import { Text, makeStyles, tokens } from '@fluentui/react-components';
import { corePillars, crossCuttingThemes, type ModelPack } from '../../model';
import { format } from '../../loc/strings';
import type { ScreenStrings } from '../../loc/screens';
import { countInWords } from './modelFormat';
import { useModelStyles } from './modelStyles';

const usePillarStyles = makeStyles({
  grid: {
    listStyleType: 'none',
    margin: 0,
    padding: 0,
    display: 'grid',
    gridTemplateColumns: 'minmax(0, 1fr)',
    gap: tokens.spacingHorizontalM,
    '@container wpq-model (min-width: 36rem)': {
      gridTemplateColumns: 'repeat(2, minmax(0, 1fr))'
    },
    '@container wpq-model (min-width: 60rem)': {
      // Every pillar in one row, each the same width: the pillars carry equal weight.
      gridTemplateColumns: 'repeat(var(--wpq-pillar-count, 4), minmax(0, 1fr))'
    }
  },
  card: {
    display: 'flex',
    flexDirection: 'column',
    rowGap: tokens.spacingVerticalS,
    padding: tokens.spacingHorizontalM,
    borderRadius: tokens.borderRadiusMedium,
    border: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke1}`,
    backgroundColor: tokens.colorNeutralBackground1,
    minWidth: 0
  },
  theme: {
    display: 'flex',
    flexDirection: 'column',
    rowGap: tokens.spacingVerticalS,
    padding: tokens.spacingHorizontalM,
    borderRadius: tokens.borderRadiusMedium,
    border: `${tokens.strokeWidthThick} solid ${tokens.colorBrandStroke1}`,
    backgroundColor: tokens.colorNeutralBackground2,
    minWidth: 0
  },
  themeLabel: {
    margin: 0,
    fontWeight: tokens.fontWeightSemibold,
    color: tokens.colorBrandForeground1
  }
});

export interface PillarOverviewProps {
  pack: ModelPack;
  strings: ScreenStrings;
  headingId: string;
}

/** The pillars side by side with equal weight, and the cross-cutting theme running across all of them. */
export function PillarOverview(props: PillarOverviewProps): React.ReactElement {
  const { pack, strings, headingId } = props;
  const styles = useModelStyles();
  const own = usePillarStyles();
  const pillars = corePillars(pack);
  const themes = crossCuttingThemes(pack);
  const count = countInWords(strings, pillars.length);
  const gridStyle = { '--wpq-pillar-count': String(Math.max(pillars.length, 1)) } as React.CSSProperties;
  return (
    <section className={styles.section} aria-labelledby={headingId}>
      <Text as="h2" size={500} weight="semibold" id={headingId} className={styles.heading} block>
        {strings.modelPillarsHeading}
      </Text>
      <Text as="p" className={styles.paragraph} block>
        {format(strings.modelPillarsIntro, { count })}
      </Text>
      <ul className={own.grid} style={gridStyle}>
        {pillars.map((pillar) => (
          <li key={pillar.id} className={own.card}>
            <Text as="h3" size={400} weight="semibold" className={styles.heading} block>
              {pillar.name}
            </Text>
            <Text as="p" className={styles.paragraph} block>
              {pillar.description}
            </Text>
          </li>
        ))}
      </ul>
      {themes.map((theme) => (
        <div key={theme.id} className={own.theme}>
          <Text as="p" className={own.themeLabel} block>
            {format(strings.modelThemeAcross, { count })}
          </Text>
          <Text as="h3" size={400} weight="semibold" className={styles.heading} block>
            {theme.name}
          </Text>
          <Text as="p" className={styles.paragraph} block>
            {theme.description}
          </Text>
        </div>
      ))}
    </section>
  );
}
