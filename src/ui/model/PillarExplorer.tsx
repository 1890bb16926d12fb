import * as React from 'react';
import { Tab, TabList, makeStyles, tokens, type SelectTabData, type SelectTabEvent } from '@fluentui/react-components';
import { corePillars, crossCuttingThemes, type ModelPack } from '../../model';
import { format } from '../../loc/strings';
import type { ScreenStrings } from '../../loc/screens';
import { PillarDetail } from './PillarDetail';
import { ModelSection } from './ModelBlocks';

const useExplorerStyles = makeStyles({
  // Tabs wrap on to more lines on a phone instead of scrolling the page sideways.
  tabs: { flexWrap: 'wrap', rowGap: tokens.spacingVerticalXS },
  panel: {
    paddingTop: tokens.spacingVerticalM,
    borderTop: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
    minWidth: 0,
    ':focus-visible': {
      outlineWidth: tokens.strokeWidthThick,
      outlineStyle: 'solid',
      outlineColor: tokens.colorStrokeFocus2,
      outlineOffset: tokens.strokeWidthThick
    }
  }
});

export interface PillarExplorerProps {
  pack: ModelPack;
  selectedId: string;
  onSelect: (pillarId: string) => void;
  strings: ScreenStrings;
  locale: string;
  idBase: string;
}

/** Tabs for the pillars and themes, and the selected one's guidance and statements in a tab panel. */
export function PillarExplorer(props: PillarExplorerProps): React.ReactElement {
  const { pack, selectedId, onSelect, strings, locale, idBase } = props;
  const own = useExplorerStyles();
  const pillars = corePillars(pack);
  const ordered = [...pillars, ...crossCuttingThemes(pack)];
  const selected = ordered.find((p) => p.id === selectedId) ?? ordered[0];
  const headingId = `${idBase}-heading`;
  const tabId = (index: number): string => `${idBase}-tab-${index}`;
  const panelId = `${idBase}-panel`;
  const selectedIndex = ordered.indexOf(selected);

  const handleSelect = (_event: SelectTabEvent, data: SelectTabData): void => {
    onSelect(String(data.value));
  };

  return (
    <ModelSection headingId={headingId} heading={strings.modelExploreHeading} intro={strings.modelExploreHint}>
      <TabList
        className={own.tabs}
        selectedValue={selected.id}
        onTabSelect={handleSelect}
        selectTabOnFocus
        aria-labelledby={headingId}
      >
        {ordered.map((pillar, i) => (
          <Tab
            key={pillar.id}
            id={tabId(i)}
            value={pillar.id}
            aria-controls={pillar.id === selected.id ? panelId : undefined}
          >
            {pillar.crossCutting
              ? format(strings.modelThemeTab, { name: pillar.shortName ?? pillar.name })
              : pillar.shortName ?? pillar.name}
          </Tab>
        ))}
      </TabList>
      <div role="tabpanel" id={panelId} aria-labelledby={tabId(selectedIndex)} tabIndex={0} className={own.panel}>
        <PillarDetail
          pack={pack}
          pillar={selected}
          corePillarCount={pillars.length}
          strings={strings}
          locale={locale}
          headingId={`${idBase}-pillar-heading`}
        />
      </div>
    </ModelSection>
  );
}
