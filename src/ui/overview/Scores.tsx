import * as React from 'react';
import { makeStyles, mergeClasses, tokens } from '@fluentui/react-components';
import type { AudienceSummary, ResultsSummary } from '../../data/types';
import type { ModelPack } from '../../model';
import { enGBOverview, overviewTranslations, type OverviewStrings } from '../../loc/overview';
import { format } from '../../loc/strings';
import { RouteLink } from '../app/navigation';
import { useFormat, type Formatters } from '../shared/format';
import { Facts, Paragraph } from '../shared/layout';
import { useKitStrings } from '../shared/useKit';
import { useStrings } from '../shared/useStrings';
import { countText, joinNames, pillarName } from './packText';

const useStyles = makeStyles({
  tableWrap: { minWidth: 0 },
  table: { width: '100%', borderCollapse: 'collapse', tableLayout: 'auto' },
  caption: { textAlign: 'left', fontWeight: tokens.fontWeightSemibold, paddingBottom: tokens.spacingVerticalXS, overflowWrap: 'anywhere' },
  cell: {
    textAlign: 'left',
    verticalAlign: 'top',
    padding: `${tokens.spacingVerticalXS} ${tokens.spacingHorizontalS}`,
    borderBottom: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
    overflowWrap: 'anywhere'
  },
  number: { minWidth: '4.5rem' },
  weakest: { fontWeight: tokens.fontWeightSemibold },
  link: { display: 'inline-flex', alignItems: 'center', minHeight: '24px' }
});

/** One audience in a sentence: the overall figure never stands alone, the weakest pillar is always beside it. */
export function audienceSentence(strings: OverviewStrings, fmt: Formatters, pack: ModelPack, a: AudienceSummary): string {
  if (!a.weakest) return strings.audienceNoScores;
  const tied = [a.weakest.pillarId, ...a.weakestTiedWith.filter((id) => id !== a.weakest?.pillarId)];
  const percent = fmt.percent(a.weakest.percent);
  const pillars = joinNames(
    strings,
    tied.map((id) => pillarName(pack, id))
  );
  if (a.overallPercent !== null) {
    const overall = fmt.percent(a.overallPercent);
    return tied.length > 1
      ? format(strings.audienceOverallWeakestTied, { overall, percent, pillars })
      : format(strings.audienceOverallWeakest, { overall, percent, pillar: pillars });
  }
  return tied.length > 1 ? format(strings.audienceWeakestOnlyTied, { percent, pillars }) : format(strings.audienceWeakestOnly, { percent, pillar: pillars });
}

type Cell = { kind: 'score'; percent: number | null; weakest: boolean } | { kind: 'text'; text: string };

function cellsFor(strings: OverviewStrings, audience: AudienceSummary | null, hidden: boolean): (pillarId: string) => Cell {
  if (hidden) return () => ({ kind: 'text', text: strings.scoresHidden });
  if (!audience) return () => ({ kind: 'text', text: strings.scoresNotAnswered });
  const weakest = new Set(audience.weakest ? [audience.weakest.pillarId, ...audience.weakestTiedWith] : []);
  return (pillarId) => {
    const found = [...audience.pillars, ...audience.themes].find((p) => p.pillarId === pillarId);
    return { kind: 'score', percent: found?.percent ?? null, weakest: weakest.has(pillarId) };
  };
}

/**
 * A cycle's published pillar scores from leaders and staff: a sentence per audience with the
 * weakest pillar beside any overall figure, and a table of every pillar and theme, each pillar
 * opening its page of the model. Staff figures below the minimum group size stay hidden.
 */
export function Scores(props: { results: ResultsSummary; pack: ModelPack; cycle: { id: number; title: string; serviceId: number } }): React.ReactElement {
  const strings = useStrings(overviewTranslations, enGBOverview);
  const kit = useKitStrings();
  const fmt = useFormat();
  const styles = useStyles();
  const { results, pack, cycle } = props;
  const leaders = results.leaders;
  const staff = results.staff;
  const staffShown = staff && staff.status === 'shown' ? staff : null;
  const staffHidden = staff !== null && staff.status === 'suppressed';

  const leadersText = leaders
    ? format(strings.audienceLine, {
        count: countText(strings.audienceLeadersOne, strings.audienceLeadersMany, leaders.respondents),
        summary: audienceSentence(strings, fmt, pack, leaders)
      })
    : strings.audienceLeadersNone;
  let staffText: string;
  if (staff === null) staffText = strings.audienceStaffNone;
  else if (staff.status === 'suppressed') staffText = format(kit.hiddenBelowMinimum, { minimum: staff.minimumGroupSize });
  else
    staffText = format(strings.audienceLine, {
      count: countText(strings.audienceStaffOne, strings.audienceStaffMany, staff.respondents),
      summary: audienceSentence(strings, fmt, pack, staff)
    });

  // Pillars, then themes, as the published figures list them.
  const source = leaders ?? staffShown;
  const core = source ? source.pillars.map((p) => p.pillarId) : pack.pillars.filter((p) => !p.crossCutting).map((p) => p.id);
  const themes = source ? source.themes.map((p) => p.pillarId) : pack.pillars.filter((p) => p.crossCutting).map((p) => p.id);
  const leaderCell = cellsFor(strings, leaders, false);
  const staffCell = cellsFor(strings, staffShown, staffHidden);

  const renderCell = (cell: Cell): React.ReactNode => {
    if (cell.kind === 'text') return cell.text;
    if (cell.percent === null) return strings.scoresNoScore;
    const value = fmt.percent(cell.percent);
    return cell.weakest ? <span className={styles.weakest}>{format(strings.cellWeakest, { percent: value })}</span> : value;
  };

  return (
    <>
      <Paragraph>{format(strings.scoresPublished, { date: fmt.dateTime(results.publishedAt) })}</Paragraph>
      <Facts
        items={[
          [strings.scoresLeaders, leadersText],
          [strings.scoresStaff, staffText]
        ]}
      />
      {(leaders || staffShown) && (
        <div className={styles.tableWrap}>
          <table className={styles.table}>
            <caption className={styles.caption}>{format(strings.scoresCaption, { cycle: cycle.title })}</caption>
            <thead>
              <tr>
                <th scope="col" className={styles.cell}>
                  {strings.scoresPillar}
                </th>
                <th scope="col" className={styles.cell}>
                  {strings.scoresLeaders}
                </th>
                <th scope="col" className={styles.cell}>
                  {strings.scoresStaff}
                </th>
              </tr>
            </thead>
            <tbody>
              {[...core.map((id) => ({ id, theme: false })), ...themes.map((id) => ({ id, theme: true }))].map(({ id, theme }) => {
                const name = pillarName(pack, id);
                return (
                  <tr key={id}>
                    <th scope="row" className={styles.cell}>
                      <RouteLink to={{ screen: 'model', item: id }} className={styles.link}>
                        {theme ? format(strings.scoresThemeName, { name }) : name}
                      </RouteLink>
                    </th>
                    <td className={mergeClasses(styles.cell, styles.number)}>{renderCell(leaderCell(id))}</td>
                    <td className={mergeClasses(styles.cell, styles.number)}>{renderCell(staffCell(id))}</td>
                  </tr>
                );
              })}
            </tbody>
          </table>
        </div>
      )}
      <Paragraph>
        <RouteLink to={{ screen: 'results', serviceId: cycle.serviceId, cycleId: cycle.id }} className={styles.link}>
          {format(strings.scoresFullLink, { cycle: cycle.title })}
        </RouteLink>
      </Paragraph>
    </>
  );
}
