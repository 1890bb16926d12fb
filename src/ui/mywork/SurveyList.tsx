import * as React from 'react';
import { makeStyles, Text, tokens } from '@fluentui/react-components';
import type { SurveyWaiting } from '../../data/types';
import { enGBMyWork, myWorkTranslations } from '../../loc/mywork';
import { format } from '../../loc/strings';
import { RouteLink } from '../app/navigation';
import { useFormat } from '../shared/format';
import { useStrings } from '../shared/useStrings';

/** The look of a list of things to do (My work and the overview's "Waiting for you"). */
export const useWorkListStyles = makeStyles({
  list: { listStyleType: 'none', margin: 0, padding: 0, display: 'flex', flexDirection: 'column', rowGap: tokens.spacingVerticalM },
  item: { display: 'flex', flexDirection: 'column', rowGap: tokens.spacingVerticalXXS, minWidth: 0, overflowWrap: 'anywhere' },
  // A link on a line of its own, tall enough to tap.
  link: { display: 'inline-flex', alignItems: 'center', minHeight: '24px', fontSize: tokens.fontSizeBase400 },
  detail: { color: tokens.colorNeutralForeground2 }
});

/** One survey waiting: a link to its screen (the staff pulse, or a leader's self-assessment) and when it closes. */
export function SurveyItem(props: { survey: SurveyWaiting }): React.ReactElement {
  const strings = useStrings(myWorkTranslations, enGBMyWork);
  const fmt = useFormat();
  const styles = useWorkListStyles();
  const s = props.survey;
  return (
    <li className={styles.item}>
      <RouteLink className={styles.link} to={{ screen: s.kind === 'leaders' ? 'assessment' : 'survey', cycleId: s.cycleId }}>
        {format(s.kind === 'leaders' ? strings.surveyLeaders : strings.surveyStaff, { service: s.serviceName })}
      </RouteLink>
      <Text className={styles.detail}>
        {s.endDate
          ? format(strings.surveyCloses, { cycle: s.cycleTitle, date: fmt.date(s.endDate) })
          : format(strings.surveyCycle, { cycle: s.cycleTitle })}
      </Text>
    </li>
  );
}

/** The surveys waiting for the signed-in person, each opening its screen. */
export function SurveyList(props: { surveys: SurveyWaiting[] }): React.ReactElement {
  const styles = useWorkListStyles();
  return (
    <ul className={styles.list}>
      {props.surveys.map((s) => (
        <SurveyItem key={`${s.cycleId}:${s.kind}`} survey={s} />
      ))}
    </ul>
  );
}
