import * as React from 'react';
import { Text, makeStyles, tokens } from '@fluentui/react-components';
import { corePillars, crossCuttingThemes, type ModelPack } from '../../model';
import { format } from '../../loc/strings';
import type { ScreenStrings } from '../../loc/screens';
import { countInWords } from './modelFormat';
import { HeadingWithText, ModelSection } from './ModelBlocks';
import { panelStyle } from './modelStyles';

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
    ...panelStyle,
    border: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke1}`,
    backgroundColor: tokens.colorNeutralBackground1
  },
  theme: {
    ...panelStyle,
    border: `${tokens.strokeWidthThick} solid ${tokens.colorBrandStroke1}`,
    backgroundColor: tokens.colorNeutralBackground2
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
  const own = usePillarStyles();
  const pillars = corePillars(pack);
  const themes = crossCuttingThemes(pack);
  const count = countInWords(strings, pillars.length);
  const gridStyle = { '--wpq-pillar-count': String(Math.max(pillars.length, 1)) } as React.CSSProperties;
  return (
    <ModelSection headingId={headingId} heading={strings.modelPillarsHeading} intro={format(strings.modelPillarsIntro, { count })}>
      <ul className={own.grid} style={gridStyle}>
        {pillars.map((pillar) => (
          <li key={pillar.id} className={own.card}>
            <HeadingWithText as="h3" heading={pillar.name} text={pillar.description} />
          </li>
        ))}
      </ul>
      {themes.map((theme) => (
        <div key={theme.id} className={own.theme}>
          <Text as="p" className={own.themeLabel} block>
            {format(strings.modelThemeAcross, { count })}
          </Text>
          <HeadingWithText as="h3" heading={theme.name} text={theme.description} />
        </div>
      ))}
    </ModelSection>
  );
}
