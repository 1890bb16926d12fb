import * as React from 'react';
import { makeStyles, mergeClasses, Text, tokens } from '@fluentui/react-components';
import type { Action, SitePerson } from '../../data/types';
import { actionsTranslations, enGBActions, type ActionsStrings } from '../../loc/actions';
import { format } from '../../loc/strings';
import { WarningIcon } from '../mywork/WarningIcon';
import { useFormat } from '../shared/format';
import { unknownPerson } from '../shared/people/usePeople';
import { useKitStrings } from '../shared/useKit';
import { useStrings } from '../shared/useStrings';
import { isOverdue } from './actionModel';

export function useActionsStrings(): ActionsStrings {
  return useStrings(actionsTranslations, enGBActions);
}

const useStyles = makeStyles({
  overdue: { display: 'inline-flex', alignItems: 'center', columnGap: tokens.spacingHorizontalXS, fontWeight: tokens.fontWeightSemibold }
});

/** When an action is due: overdue ones say so in words beside a warning sign, never by colour alone. */
export function DueText(props: { action: Pick<Action, 'status' | 'dueDate'>; on: string; className?: string }): React.ReactElement {
  const s = useActionsStrings();
  const fmt = useFormat();
  const styles = useStyles();
  const { action, on } = props;
  if (!action.dueDate) return <Text className={props.className}>{s.noDueDate}</Text>;
  if (isOverdue(action, on)) {
    return (
      <Text className={mergeClasses(styles.overdue, props.className)}>
        <WarningIcon />
        {format(s.overdueOn, { date: fmt.date(action.dueDate) })}
      </Text>
    );
  }
  return <Text className={props.className}>{format(s.dueOn, { date: fmt.date(action.dueDate) })}</Text>;
}

/** A person's name from the people read for the screen; an id that is not a site user any more is still shown. */
export function useNameOf(people: ReadonlyMap<number, SitePerson>): (id: number | null) => string {
  const s = useActionsStrings();
  const kit = useKitStrings();
  return React.useCallback((id: number | null) => (id === null ? s.noOwner : (people.get(id) ?? unknownPerson(id, kit.peopleUnknown)).title), [people, s, kit]);
}
