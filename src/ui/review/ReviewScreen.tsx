import * as React from 'react';
import { makeStyles, tokens } from '@fluentui/react-components';
import type { ModelPack } from '../../model';
import type { ReviewRead } from '../../data/repositories/cycles';
import type { ReadResult } from '../../data/rows';
import type { Review } from '../../data/types';
import { format } from '../../loc/strings';
import { enGBReview, reviewTranslations, type ReviewStrings } from '../../loc/review';
import { useApp } from '../AppContext';
import { RouteLink, useRoute } from '../app/navigation';
import { useSite } from '../app/SiteContext';
import { RowWarnings } from '../readModels/RowWarnings';
import { useScreenStrings } from '../useScreenStrings';
import { Page, Paragraph, Section } from '../shared/layout';
import { QueryView } from '../shared/QueryView';
import { usePack } from '../shared/usePack';
import { useQuery } from '../shared/useQuery';
import { useStrings } from '../shared/useStrings';
import { Comparison } from './Comparison';
import { reviewAreas } from './compare';
import { ReviewForm, ReviewReadOnly } from './ReviewForm';

const useStyles = makeStyles({
  links: { display: 'flex', flexWrap: 'wrap', gap: tokens.spacingHorizontalL, rowGap: tokens.spacingVerticalXS },
  link: { display: 'inline-flex', alignItems: 'center', minHeight: '24px' }
});

/** The latest saved review of each pillar (two managers adding at once leave two rows: the later one counts). */
function latestByArea(reviews: readonly Review[]): Map<string, Review> {
  const map = new Map<string, Review>();
  for (const r of [...reviews].sort((a, b) => a.id - b.id)) map.set(r.pillarId, r);
  return map;
}

function Loaded(props: { read: ReadResult<ReviewRead>; pack: ModelPack; previousPack: ModelPack | null; s: ReviewStrings }): React.ReactElement {
  const { read, pack, previousPack, s } = props;
  const { cycle, results, previous } = read.data;
  const site = useSite();
  const styles = useStyles();
  const screenStrings = useScreenStrings();
  const manager = site.access === 'manage';
  const areas = React.useMemo(() => reviewAreas(pack), [pack]);
  const reviews = React.useMemo(() => latestByArea(read.data.reviews), [read.data.reviews]);
  const scale = pack.scales.leaders;
  const titleOf = (a: (typeof areas)[number]): string => (a.crossCutting ? format(s.themeSuffix, { name: a.name }) : a.name);

  return (
    <Page
      title={format(s.title, { cycle: cycle.title })}
      subtitle={s.subtitle}
      before={
        <nav className={styles.links} aria-label={s.navLabel}>
          <RouteLink className={styles.link} to={{ screen: 'cycle', cycleId: cycle.id }}>
            {s.cycleLink}
          </RouteLink>
          {manager && cycle.phase !== 'closed' && (
            <RouteLink className={styles.link} to={{ screen: 'close', cycleId: cycle.id }}>
              {s.closeLink}
            </RouteLink>
          )}
        </nav>
      }
    >
      <RowWarnings strings={screenStrings} warnings={read.warnings} />
      <Section title={s.areasHeading} intro={s.areasIntro}>
        {!manager && <Paragraph>{s.readOnly}</Paragraph>}
        {areas.map((area) =>
          manager ? (
            <ReviewForm key={area.id} cycleId={cycle.id} area={area} review={reviews.get(area.id) ?? null} scale={scale} strings={s} title={titleOf(area)} />
          ) : (
            <ReviewReadOnly key={area.id} area={area} review={reviews.get(area.id) ?? null} scale={scale} strings={s} title={titleOf(area)} />
          )
        )}
      </Section>
      <Comparison
        s={s}
        cycle={cycle}
        results={results}
        pack={pack}
        previous={previous && previousPack ? { ...previous, pack: previousPack } : null}
        actions={read.data.actions}
        measures={read.data.measures}
        serviceCycles={read.data.serviceCycles}
        areas={areas}
      />
    </Page>
  );
}

function WithPacks(props: { read: ReadResult<ReviewRead>; s: ReviewStrings }): React.ReactElement {
  const { read, s } = props;
  const { cycle, previous } = read.data;
  const pack = usePack({ packId: cycle.packId, packVersion: cycle.packVersion });
  const previousPack = usePack(previous ? { packId: previous.cycle.packId, packVersion: previous.cycle.packVersion } : null);
  return (
    <QueryView query={pack} label={s.loadingPack}>
      {(p) =>
        previous ? (
          <QueryView query={previousPack} label={s.loadingPack}>
            {(pp) => <Loaded read={read} pack={p} previousPack={pp} s={s} />}
          </QueryView>
        ) : (
          <Loaded read={read} pack={p} previousPack={null} s={s} />
        )
      }
    </QueryView>
  );
}

/**
 * The review of a cycle (route `review/-/<cycleId>`): per pillar and the digital theme, what changed,
 * the evidence, the leaders' new score and the decisions (managers write; others read), beside the
 * service's previous published cycle, the actions' outcomes, the measures and the trend. Opening it
 * costs at most three requests (`cycles.readReview`); the packs are cached.
 */
export default function ReviewScreen(): React.ReactElement {
  const s = useStrings(reviewTranslations, enGBReview);
  const { services } = useApp();
  const { cycleId } = useRoute();
  const id = cycleId ?? 0;
  const query = useQuery(cycleId === null ? null : `cycle:${id}:review`, () => services.cycles.readReview(id));
  return <QueryView query={query}>{(read) => <WithPacks read={read} s={s} />}</QueryView>;
}
