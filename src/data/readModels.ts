/**
 * Read models: what the overview, *my work* and portfolio screens show, each in one call and few
 * round trips (independent reads share one `$batch`). Scores come from the results a manager
 * published into each cycle, never from raw responses: with read-own security only managers can read
 * every response, and the published figures already obey the minimum group size.
 *
 * Each read model has its own file beside this one (overview.ts, myWork.ts, portfolio.ts, and
 * surveyStart.ts for the survey), so that each loads in its own chunk; this file holds what they share.
 */
import { OPEN_ACTION_STATUSES, type ActionStatus } from './schema';

/** The columns of the actions that are counted per service or cycle. */
export const COUNT_KEYS = ['service', 'cycle', 'status', 'dueDate'] as const;

/** An unfinished action whose due date has passed. */
export function isOverdue(status: ActionStatus, dueDate: string | null, today: string): boolean {
  return dueDate !== null && dueDate < today && OPEN_ACTION_STATUSES.includes(status);
}
