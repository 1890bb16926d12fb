import * as React from 'react';
import { makeStyles, mergeClasses, Text, tokens } from '@fluentui/react-components';
import type { MyAction, MyWork } from '../../data/types';
import { enGBMyWork, myWorkTranslations } from '../../loc/mywork';
import { format } from '../../loc/strings';
import { useApp } from '../AppContext';
import { RouteLink } from '../app/navigation';
import { useFormat } from '../shared/format';
import { Page, Paragraph, Section } from '../shared/layout';
import { QueryView } from '../shared/QueryView';
import { useQuery } from '../shared/useQuery';
import { useStrings } from '../shared/useStrings';
import { inWorkOrder } from './order';
import { useStatusLabels } from '../shared/phases';
import { SurveyList } from './SurveyList';
import { WarningIcon } from './WarningIcon';

const useStyles = makeStyles({
  list: { listStyleType: 'none', margin: 0, padding: 0, display: 'flex', flexDirection: 'column', rowGap: tokens.spacingVerticalM },
  item: {
    display: 'flex',
    flexDirection: 'column',
    rowGap: tokens.spacingVerticalXXS,
    minWidth: 0,
    overflowWrap: 'anywhere',
    paddingLeft: tokens.spacingHorizontalM,
    borderLeft: `${tokens.strokeWidthThick} solid ${tokens.colorNeutralStroke2}`
  },
  overdueItem: {
    borderLeftColor: tokens.colorPaletteRedBorder2,
    '@media (forced-colors: active)': { borderLeftColor: 'CanvasText' }
  },
  title: { fontWeight: tokens.fontWeightSemibold, fontSize: tokens.fontSizeBase400 },
  link: { display: 'inline-flex', alignItems: 'center', minHeight: '24px' },
  detail: { color: tokens.colorNeutralForeground2 },
  overdue: { display: 'inline-flex', alignItems: 'center', columnGap: tokens.spacingHorizontalXS, fontWeight: tokens.fontWeightSemibold }
});

function ActionItem(props: { action: MyAction }): React.ReactElement {
  const strings = useStrings(myWorkTranslations, enGBMyWork);
  const statuses = useStatusLabels();
  const fmt = useFormat();
  const styles = useStyles();
  const { action } = props;
  let due: React.ReactNode;
  if (action.overdue && action.dueDate) {
    due = (
      <Text className={styles.overdue}>
        <WarningIcon />
        {format(strings.actionOverdue, { date: fmt.date(action.dueDate) })}
      </Text>
    );
  } else {
    due = <Text>{action.dueDate ? format(strings.actionDue, { date: fmt.date(action.dueDate) }) : strings.actionNoDue}</Text>;
  }
  return (
    <li className={mergeClasses(styles.item, action.overdue && styles.overdueItem)}>
      <RouteLink to={{ screen: 'action', cycleId: action.cycleId, item: String(action.id) }} className={mergeClasses(styles.title, styles.link)}>
        {action.title}
      </RouteLink>
      <Text className={styles.detail}>
        {format(strings.actionService, { service: action.serviceName, status: statuses[action.status] })}
      </Text>
      {due}
    </li>
  );
}

function MyWorkBody(props: { work: MyWork }): React.ReactElement {
  const strings = useStrings(myWorkTranslations, enGBMyWork);
  const styles = useStyles();
  const { surveys, actions } = props.work;
  if (surveys.length === 0 && actions.length === 0) return <Paragraph>{strings.allDone}</Paragraph>;
  return (
    <>
      <Section title={strings.surveysHeading}>
        {surveys.length > 0 ? <SurveyList surveys={surveys} /> : <Paragraph>{strings.surveysNone}</Paragraph>}
      </Section>
      <Section title={strings.actionsHeading} intro={actions.length > 0 ? strings.actionsIntro : undefined}>
        {actions.length > 0 ? (
          <ul className={styles.list}>
            {inWorkOrder(actions).map((a) => (
              <ActionItem key={a.id} action={a} />
            ))}
          </ul>
        ) : (
          <Paragraph>{strings.actionsNone}</Paragraph>
        )}
      </Section>
    </>
  );
}

/**
 * My work: the surveys waiting for the signed-in person and "My actions", the unfinished actions they
 * own across every service (overdue first, then by due date), each opening its action page. Two requests.
 */
export default function MyWorkScreen(): React.ReactElement {
  const { services } = useApp();
  const strings = useStrings(myWorkTranslations, enGBMyWork);
  const query = useQuery('mywork', () => services.myWork.read());
  return (
    <Page title={strings.title} subtitle={strings.subtitle}>
      <QueryView query={query}>{(result) => <MyWorkBody work={result.data} />}</QueryView>
    </Page>
  );
}
