import * as React from 'react';
import { makeStyles, tokens, useId } from '@fluentui/react-components';
import { corePillars, type ModelPack } from '../../model';
import { useApp } from '../AppContext';
import { useScreenStrings } from '../useScreenStrings';
import { MeasureList } from './MeasureList';
import { PackDetails } from './PackDetails';
import { PackImport } from './PackImport';
import { PillarExplorer } from './PillarExplorer';
import { PillarOverview } from './PillarOverview';
import type { PackManagement } from './types';

export type { PackManagement, StoredPackSummary } from './types';

const useScreenStyles = makeStyles({
  root: {
    display: 'flex',
    flexDirection: 'column',
    rowGap: tokens.spacingVerticalXXL,
    maxWidth: '80rem',
    minWidth: 0,
    // The layout follows the width the screen is given (a narrow web part column, a phone), not the window.
    containerType: 'inline-size',
    containerName: 'wpq-model'
  }
});

export interface ModelScreenProps {
  /** The model pack to show. */
  pack: ModelPack;
  /** Pack import, export and choice for new cycles; given only to people who can manage the site. */
  packs?: PackManagement;
  /** The pillar or theme to show first (a link from the overview opens its page of the model). */
  pillarId?: string | null;
  /** Told when the person chooses another pillar, so the address can follow. */
  onSelectPillar?: (pillarId: string) => void;
}

/** The model as the pack describes it: pillars, theme, guidance, statements and measures; and, for managers, pack management. */
export function ModelScreen(props: ModelScreenProps): React.ReactElement {
  const { pack, packs } = props;
  const { host } = useApp();
  const strings = useScreenStrings();
  const styles = useScreenStyles();
  const idBase = useId('wpq-model');
  const linked = props.pillarId && pack.pillars.some((p) => p.id === props.pillarId) ? props.pillarId : null;
  const [selectedId, setSelectedId] = React.useState<string>(() => linked ?? corePillars(pack)[0]?.id ?? pack.pillars[0].id);
  const explorer = React.useRef<HTMLDivElement>(null);
  React.useEffect(() => {
    // Opened at a pillar: bring its page of the model into view.
    if (linked) explorer.current?.scrollIntoView?.({ block: 'start' });
    // Only when the screen opens, not on every choice made on it.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, []);
  const select = (pillarId: string): void => {
    setSelectedId(pillarId);
    props.onSelectPillar?.(pillarId);
  };

  return (
    <section className={styles.root} aria-labelledby={`${idBase}-title`}>
      <PackDetails pack={pack} strings={strings} locale={host.locale} headingId={`${idBase}-title`} />
      {packs !== undefined && <PackImport pack={pack} packs={packs} />}
      <PillarOverview pack={pack} strings={strings} headingId={`${idBase}-pillars`} />
      <div ref={explorer}>
        <PillarExplorer
          pack={pack}
          selectedId={selectedId}
          onSelect={select}
          strings={strings}
          locale={host.locale}
          idBase={`${idBase}-explore`}
        />
      </div>
      <MeasureList pack={pack} strings={strings} locale={host.locale} idBase={`${idBase}-measures`} />
    </section>
  );
}

export default ModelScreen;
