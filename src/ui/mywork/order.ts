import type { ActionStatus, MyAction } from '../../data/types';
import type { MyWorkStrings } from '../../loc/mywork';

/** The actions in the order a person works through them: overdue first, then by due date (none last). */
export function inWorkOrder(actions: readonly MyAction[]): MyAction[] {
  return [...actions].sort(
    (a, b) =>
      Number(b.overdue) - Number(a.overdue) ||
      (a.dueDate ?? '9999-12-31').localeCompare(b.dueDate ?? '9999-12-31') ||
      a.serviceName.localeCompare(b.serviceName, 'en-GB') ||
      a.id - b.id
  );
}

export function statusLabel(strings: MyWorkStrings, status: ActionStatus): string {
  switch (status) {
    case 'not-started':
      return strings.statusNotStarted;
    case 'in-progress':
      return strings.statusInProgress;
    case 'on-hold':
      return strings.statusOnHold;
    case 'done':
      return strings.statusDone;
    case 'cancelled':
      return strings.statusCancelled;
    default:
      return strings.statusCarriedOver;
  }
}
