import type { MyAction } from '../../data/types';

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

