import * as React from 'react';
import { Spinner, Text, useId } from '@fluentui/react-components';
import { enGBSurvey, surveyTranslations, type SurveyStrings } from '../../loc/survey';
import { format } from '../../loc/strings';
import { RouteLink, useRoute } from '../app/navigation';
import { useSite } from '../app/SiteContext';
import { ErrorBar } from '../shared/QueryView';
import { useFormat, type Formatters } from '../shared/format';
import { Page } from '../shared/layout';
import { CopyLink } from '../shared/links/CopyLink';
import { useKitStrings } from '../shared/useKit';
import { useStrings } from '../shared/useStrings';
import { draftKey, draftStore } from './draftStore';
import { SurveyForm } from './SurveyForm';
import { WhatHappensNext } from './SurveySteps';
import { useSurveyStyles } from './surveyStyles';
import { useSurveyData, type SurveyBasics } from './useSurveyData';

function subtitle(strings: SurveyStrings, fmt: Formatters, basics: SurveyBasics): string {
  const { cycle, service } = basics;
  const name = service ? format(strings.subtitle, { service: service.name, cycle: cycle.title }) : cycle.title;
  return cycle.endDate && cycle.phase === 'analyse' ? `${name}. ${format(strings.answerBy, { date: fmt.date(cycle.endDate) })}` : name;
}

/** A plain message in place of the survey: why the person cannot answer, and where to go instead. */
function Notice(props: { title: string; children: React.ReactNode }): React.ReactElement {
  const styles = useSurveyStyles();
  const id = useId('notice-');
  return (
    <section className={styles.stack} aria-labelledby={id}>
      <Text as="h2" size={600} weight="semibold" id={id} className={styles.heading}>
        {props.title}
      </Text>
      {props.children}
    </section>
  );
}

/**
 * The staff pulse (route `survey/-/<cycleId>`), phone first: who sees what, one pillar per step,
 * one optional question, a check, and a thank-you. Only the staff the service asks may answer, only
 * while the cycle is at the Analyse stage, and only once.
 */
export default function SurveyScreen(): React.ReactElement {
  const strings = useStrings(surveyTranslations, enGBSurvey);
  const kit = useKitStrings();
  const fmt = useFormat();
  const styles = useSurveyStyles();
  const route = useRoute();
  const site = useSite();
  const gate = useSurveyData(route.cycleId);

  // Answered (here, on another device, or on an attempt whose reply was lost): a draft left on this device is no longer needed.
  const answered = gate.kind === 'answered';
  React.useEffect(() => {
    if (answered && route.cycleId !== null) draftStore(draftKey(site.url, route.cycleId, site.user.id)).remove();
  }, [answered, route.cycleId, site.url, site.user.id]);

  if (gate.kind === 'loading') {
    return (
      <Page title={strings.title}>
        <Spinner label={strings.loading} />
      </Page>
    );
  }
  if (gate.kind === 'failed') {
    return (
      <Page title={strings.title}>
        <ErrorBar error={gate.error} title={kit.loadFailed} onRetry={gate.retry} />
      </Page>
    );
  }
  if (gate.kind === 'unknown') {
    return (
      <Page title={strings.unknownTitle}>
        <Text as="p" className={styles.paragraph}>
          {strings.unknown}
        </Text>
        <Text as="p" className={styles.paragraph}>
          <RouteLink to={{ screen: 'overview' }}>{strings.goToOverview}</RouteLink>
        </Text>
      </Page>
    );
  }

  const { basics } = gate;
  const { cycle } = basics;
  let body: React.ReactNode;
  switch (gate.kind) {
    case 'not-asked':
      body = (
        <Notice title={strings.notAskedTitle}>
          <Text as="p" className={styles.paragraph}>
            {format(strings.notAsked, { service: basics.service?.name ?? cycle.title })}
          </Text>
          <Text as="p" className={styles.paragraph}>
            <RouteLink to={{ screen: 'mywork' }}>{strings.goToMyWork}</RouteLink>
          </Text>
        </Notice>
      );
      break;
    case 'closed':
      body = (
        <Notice title={strings.closedTitle}>
          <Text as="p" className={styles.paragraph}>
            {format(strings.closed, { cycle: cycle.title })}
          </Text>
          <Text as="p" className={styles.paragraph}>
            <RouteLink to={{ screen: 'mywork' }}>{strings.goToMyWork}</RouteLink>
          </Text>
        </Notice>
      );
      break;
    case 'answered':
      body = (
        <Notice title={strings.answeredTitle}>
          {gate.submittedAt && (
            <Text as="p" className={styles.paragraph}>
              {format(strings.answeredOn, { date: fmt.dateTime(gate.submittedAt) })}
            </Text>
          )}
          <Text as="p" className={styles.paragraph}>
            {strings.answeredOnce}
          </Text>
          <WhatHappensNext minimum={basics.minimumGroupSize} strings={strings} />
          {cycle.publishedAt && (
            <Text as="p" className={styles.paragraph}>
              <RouteLink to={{ screen: 'results', serviceId: cycle.serviceId, cycleId: cycle.id }}>{strings.seeResults}</RouteLink>
            </Text>
          )}
        </Notice>
      );
      break;
    default:
      body = (
        <SurveyForm
          cycle={cycle}
          pack={gate.pack}
          minimumGroupSize={basics.minimumGroupSize}
          siteUrl={site.url}
          userId={site.user.id}
          strings={strings}
        />
      );
  }
  return (
    <Page title={strings.title} subtitle={subtitle(strings, fmt, basics)} actions={<CopyLink to={{ screen: 'survey', cycleId: route.cycleId }} />}>
      {body}
    </Page>
  );
}
