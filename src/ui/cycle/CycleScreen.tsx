import * as React from 'react';
import { MessageBar, MessageBarBody, makeStyles, tokens } from '@fluentui/react-components';
import { useApp } from '../AppContext';
import { RouteLink, useRoute } from '../app/navigation';
import { useFormat } from '../shared/format';
import { Facts, Page, Section } from '../shared/layout';
import { CopyLink } from '../shared/links/CopyLink';
import { QueryView } from '../shared/QueryView';
import { useQuery } from '../shared/useQuery';
import { RowWarnings } from '../readModels/RowWarnings';
import { useScreenStrings } from '../useScreenStrings';
import { format } from '../../loc/strings';
import { MovePhase } from './MovePhase';
import { ParticipationView } from './ParticipationSection';
import { PhaseSteps } from './PhaseSteps';
import { PublishSection } from './PublishSection';
import { useCycleStrings } from './cycleText';
import { Reminders } from './Reminders';
import { useStrings } from '../shared/useStrings';
import { enGBLinks, linksTranslations } from '../../loc/links';

const useStyles = makeStyles({
  links: { margin: 0, paddingLeft: tokens.spacingHorizontalXL, display: 'flex', flexDirection: 'column', rowGap: tokens.spacingVerticalXS },
  link: { minHeight: '24px', display: 'inline-block' }
});

/**
 * A cycle, for the manager: where it is (Analyse → Plan → Do → Review), who has answered, publishing
 * its results and moving it on, with links to the survey, the self-assessment and the results.
 */
export default function CycleScreen(): React.ReactElement {
  const { services } = useApp();
  const route = useRoute();
  const c = useCycleStrings();
  const f = useFormat();
  const screenStrings = useScreenStrings();
  const styles = useStyles();
  const links = useStrings(linksTranslations, enGBLinks);
  const id = route.cycleId as number;

  const query = useQuery(`cycle:${id}`, async () => {
    const [cycle, list] = await Promise.all([services.cycles.get(id), services.careServices.list()]);
    return { cycle, service: list.data.find((x) => x.id === cycle.serviceId) ?? null };
  });
  const participation = useQuery(`cycle:${id}:participation`, () => services.cycles.participation(id));
  const loaded = query.kind === 'loaded' ? query.data : null;
  const serviceName = loaded ? loaded.service?.name ?? format(c.serviceUnknown, { id: loaded.cycle.serviceId }) : null;

  const back = loaded ? (
    <RouteLink to={{ screen: 'service', serviceId: loaded.cycle.serviceId }}>{format(c.backToService, { service: serviceName ?? '' })}</RouteLink>
  ) : (
    <RouteLink to={{ screen: 'services' }}>{c.backToServices}</RouteLink>
  );

  return (
    <Page title={loaded ? loaded.cycle.title : c.titleFallback} subtitle={serviceName ?? undefined} before={back} actions={<CopyLink to={{ screen: 'cycle', cycleId: id }} />}>
      <QueryView query={query} label={c.loading}>
        {({ cycle, service }) => {
          const dates =
            cycle.startDate || cycle.endDate
              ? format(c.datesValue, { start: cycle.startDate ? f.date(cycle.startDate) : c.dateNotSet, end: cycle.endDate ? f.date(cycle.endDate) : c.dateNotSet })
              : c.dateNotSet;
          const shownParticipation = participation.kind === 'loaded' ? participation.data.data : null;
          const minimum = shownParticipation?.minimumGroupSize ?? cycle.minimumGroupSize;
          return (
            <>
              <Section title={c.factsHeading}>
                <Facts
                  items={[
                    [c.service, serviceName],
                    [c.dates, dates],
                    [c.pack, format(c.packValue, { id: cycle.packId, version: cycle.packVersion })],
                    [c.minimum, minimum === null ? c.minimumSiteDefault : format(c.minimumValue, { count: minimum })],
                    [c.results, cycle.publishedAt ? format(c.resultsPublished, { date: f.dateTime(cycle.publishedAt) }) : c.resultsNotPublished]
                  ]}
                />
              </Section>
              <Section title={c.phasesHeading}>
                <PhaseSteps phase={cycle.phase} />
                {cycle.phase === 'closed' && (
                  <MessageBar intent="info" layout="multiline">
                    <MessageBarBody>{c.closedNotice}</MessageBarBody>
                  </MessageBar>
                )}
              </Section>
              <Section title={c.linksHeading}>
                <ul className={styles.links}>
                  <li>
                    <RouteLink className={styles.link} to={{ screen: 'survey', cycleId: cycle.id }}>
                      {c.linkSurvey}
                    </RouteLink>
                  </li>
                  <li>
                    <RouteLink className={styles.link} to={{ screen: 'assessment', cycleId: cycle.id }}>
                      {c.linkAssessment}
                    </RouteLink>
                  </li>
                  <li>
                    <RouteLink className={styles.link} to={{ screen: 'results', serviceId: cycle.serviceId, cycleId: cycle.id }}>
                      {c.linkResults}
                    </RouteLink>
                  </li>
                  {(
                    [
                      [{ screen: 'newaction', cycleId: cycle.id }, c.linkPlan, cycle.phase !== 'closed'],
                      [{ screen: 'actions', cycleId: cycle.id }, c.linkBoard, true],
                      [{ screen: 'measures', serviceId: cycle.serviceId }, c.linkMeasures, true],
                      [{ screen: 'review', cycleId: cycle.id }, c.linkReview, cycle.phase === 'review' || cycle.phase === 'closed'],
                      [{ screen: 'close', cycleId: cycle.id }, c.linkClose, cycle.phase === 'review'],
                      [{ screen: 'evidence', cycleId: cycle.id }, c.linkEvidence, cycle.publishedAt !== null]
                    ] as const
                  )
                    .filter(([, , shown]) => shown)
                    .map(([to, text]) => (
                      <li key={to.screen}>
                        <RouteLink className={styles.link} to={to}>
                          {text}
                        </RouteLink>
                      </li>
                    ))}
                </ul>
              </Section>
              <Section title={c.participationHeading}>
                <QueryView query={participation} label={c.participationLoading}>
                  {({ data, warnings }) => (
                    <>
                      <RowWarnings strings={screenStrings} warnings={warnings} />
                      <ParticipationView participation={data} />
                    </>
                  )}
                </QueryView>
              </Section>
              {cycle.phase === 'analyse' && (
                <Section title={links.remindHeading}>
                  <Reminders cycle={cycle} service={service} serviceName={serviceName ?? ''} />
                </Section>
              )}
              <Section title={c.publishHeading}>
                <PublishSection cycle={cycle} participation={shownParticipation} />
              </Section>
              {cycle.phase !== 'closed' && (
                <Section title={c.moveHeading}>
                  <MovePhase cycle={cycle} participation={shownParticipation} />
                </Section>
              )}
            </>
          );
        }}
      </QueryView>
    </Page>
  );
}
