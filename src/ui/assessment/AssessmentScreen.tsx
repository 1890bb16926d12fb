import * as React from 'react';
import { MessageBar, MessageBarBody, MessageBarTitle } from '@fluentui/react-components';
import type { ModelPack } from '../../model';
import type { CareService, Cycle, MyResponse } from '../../data/types';
import { assessmentTranslations, enGBAssessment, type AssessmentStrings } from '../../loc/assessment';
import { format } from '../../loc/strings';
import { useApp } from '../AppContext';
import { useSite } from '../app/SiteContext';
import { useRoute } from '../app/navigation';
import { Page } from '../shared/layout';
import { QueryView } from '../shared/QueryView';
import { usePack } from '../shared/usePack';
import { invalidate, useQuery } from '../shared/useQuery';
import { useStrings } from '../shared/useStrings';
import { payloadOf, workFrom } from './assessmentModel';
import { AssessmentForm } from './AssessmentForm';
import { SubmittedSummary } from './SubmittedSummary';
import type { Submitted } from './useAssessmentDraft';

interface CycleContext {
  cycle: Cycle;
  service: CareService | null;
}

/**
 * The leaders' self-assessment of one cycle (`assessment/-/<cycleId>`): only for the leaders the
 * service names, only while the cycle is at the Analyse stage. A leader's draft is read back from
 * SharePoint, so they can carry on where they stopped, on any device.
 */
export default function AssessmentScreen(): React.ReactElement {
  const { services } = useApp();
  const strings = useStrings(assessmentTranslations, enGBAssessment);
  const cycleId = useRoute().cycleId as number;
  const context = useQuery<CycleContext>(`cycle:${cycleId}:assessment`, async () => {
    const [cycle, list] = await Promise.all([services.cycles.get(cycleId), services.careServices.list()]);
    return { cycle, service: list.data.find((s) => s.id === cycle.serviceId) ?? null };
  });
  return (
    <QueryView query={context} label={strings.loading}>
      {(data) => <ForCycle cycle={data.cycle} service={data.service} strings={strings} />}
    </QueryView>
  );
}

function Notice(props: { title: string; text: string }): React.ReactElement {
  return (
    <MessageBar intent="info" layout="multiline">
      <MessageBarBody>
        <MessageBarTitle>{props.title}</MessageBarTitle>
        {props.text}
      </MessageBarBody>
    </MessageBar>
  );
}

function ForCycle(props: { cycle: Cycle; service: CareService | null; strings: AssessmentStrings }): React.ReactElement {
  const { cycle, service, strings } = props;
  const user = useSite().user;
  const invited = service !== null && service.leaderIds.includes(user.id);
  const open = cycle.phase === 'analyse';
  const subtitle = format(strings.subtitle, { service: service?.name ?? '', cycle: cycle.title });
  return (
    <Page title={strings.title} subtitle={service ? subtitle : cycle.title}>
      {!invited ? (
        <Notice title={strings.notInvitedTitle} text={strings.notInvited} />
      ) : !open ? (
        <Notice title={strings.closedTitle} text={strings.closed} />
      ) : (
        <WithPack cycle={cycle} strings={strings} />
      )}
    </Page>
  );
}

function WithPack(props: { cycle: Cycle; strings: AssessmentStrings }): React.ReactElement {
  const pack = usePack({ packId: props.cycle.packId, packVersion: props.cycle.packVersion });
  return (
    <QueryView query={pack} label={props.strings.loading}>
      {(loaded) => <WithMine cycle={props.cycle} pack={loaded} strings={props.strings} />}
    </QueryView>
  );
}

function WithMine(props: { cycle: Cycle; pack: ModelPack; strings: AssessmentStrings }): React.ReactElement {
  const { cycle, pack, strings } = props;
  const { services } = useApp();
  const mine = useQuery<MyResponse | null>(`cycle:${cycle.id}:assessment-mine`, () => services.responses.readMine(cycle.id, 'leaders', pack));
  return (
    <QueryView query={mine} label={strings.loading}>
      {(stored) => <Assessment cycle={cycle} pack={pack} stored={stored} strings={strings} />}
    </QueryView>
  );
}

function Assessment(props: { cycle: Cycle; pack: ModelPack; stored: MyResponse | null; strings: AssessmentStrings }): React.ReactElement {
  const { cycle, pack, stored, strings } = props;
  // `fresh` when submitted here and now, rather than read back as submitted.
  const [submitted, setSubmitted] = React.useState<(Submitted & { fresh: boolean }) | null>(() =>
    stored?.status === 'submitted'
      ? { submittedAt: stored.submittedAt ?? stored.savedAt, payload: payloadOf(pack, workFrom(stored)), fresh: false }
      : null
  );
  const onSubmitted = React.useCallback(
    (done: Submitted) => {
      setSubmitted({ ...done, fresh: true });
      // Lists of what is waiting for the person (My work) and the cycle's participation change.
      invalidate('mywork');
      invalidate(`participation:${cycle.id}`);
    },
    [cycle.id]
  );
  if (submitted) return <SubmittedSummary pack={pack} submitted={submitted} strings={strings} focus={submitted.fresh} />;
  return <AssessmentForm cycle={cycle} pack={pack} stored={stored} strings={strings} onSubmitted={onSubmitted} />;
}
