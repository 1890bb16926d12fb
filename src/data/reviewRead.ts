import type { SPFI } from '@pnp/sp';
import { capture, eq, executeBatch, listOf, queueItems, take } from './access';
import { parseResults, publishedResultsToShow } from './results';
import { onlyRow, rowWarning, selectFor, type RawItem, type ReadResult, type RowWarning } from './rows';
import { actionsList, cyclesList, measuresList, reviewsList } from './schema';
import type { Cycle, PublishedResults } from './types';
import { ACTION_KEYS, toActions } from './repositories/actions';
import { CYCLE_KEYS, previousCycleOf, toCycles, type ReviewRead } from './repositories/cycles';
import { MEASURE_KEYS, toMeasures } from './repositories/measures';
import { REVIEW_KEYS, toReviews } from './repositories/reviews';

/**
 * What the review screen compares (`cycles.readReview`): the cycle and its results, its reviews and
 * actions, the service's cycles and measures, and the previous published cycle with its results and
 * actions — at most three round trips.
 */
export async function readReview(sp: SPFI, id: number): Promise<ReadResult<ReviewRead>> {
  const select = selectFor(cyclesList, CYCLE_KEYS);
  const warnings: RowWarning[] = [];
  const resultsOf = (raw: RawItem, cycle: Cycle): PublishedResults | null => {
    const stored = parseResults((raw[cyclesList.fields.results.property] as string | null) ?? null);
    if (!stored.ok) {
      warnings.push(rowWarning(cyclesList, cycle.id, cyclesList.fields.results, `${stored.problem}; publish the results again`));
      return null;
    }
    return stored.value === null ? null : publishedResultsToShow(stored.value, cycle.minimumGroupSize);
  };
  const actionSelect = selectFor(actionsList, ACTION_KEYS);

  const [b1, execute1] = sp.batched();
  const cycleP = capture(listOf(b1, cyclesList).items.getById(id).select(...select, cyclesList.fields.results.property)() as Promise<RawItem>);
  const reviewsQ = queueItems(b1, sp, reviewsList, selectFor(reviewsList, REVIEW_KEYS), eq(reviewsList.fields.cycle, id));
  const actionsQ = queueItems(b1, sp, actionsList, actionSelect, eq(actionsList.fields.cycle, id));
  await executeBatch(execute1);
  const rawCycle = await take(cycleP, cyclesList);
  const parsedCycle = toCycles([rawCycle]);
  warnings.push(...parsedCycle.warnings);
  const cycle = onlyRow(parsedCycle, cyclesList, id);
  const results = resultsOf(rawCycle, cycle);
  const reviews = toReviews(await reviewsQ());
  warnings.push(...reviews.warnings);
  const actions = toActions(await actionsQ());
  warnings.push(...actions.warnings);

  const [b2, execute2] = sp.batched();
  const cyclesQ = queueItems(b2, sp, cyclesList, select, eq(cyclesList.fields.service, cycle.serviceId));
  const measuresQ = queueItems(b2, sp, measuresList, selectFor(measuresList, MEASURE_KEYS), eq(measuresList.fields.service, cycle.serviceId));
  await executeBatch(execute2);
  const serviceCycles = toCycles(await cyclesQ());
  // This cycle's own row was parsed above: its warnings are not repeated.
  warnings.push(...serviceCycles.warnings.filter((w) => w.itemId !== id));
  const measures = toMeasures(await measuresQ());
  warnings.push(...measures.warnings);

  let previous: ReviewRead['previous'] = null;
  const earlier = previousCycleOf(serviceCycles.data, cycle);
  if (earlier) {
    const [b3, execute3] = sp.batched();
    const previousP = capture(listOf(b3, cyclesList).items.getById(earlier.id).select('Id', cyclesList.fields.results.property)() as Promise<RawItem>);
    const previousActionsQ = queueItems(b3, sp, actionsList, actionSelect, eq(actionsList.fields.cycle, earlier.id));
    await executeBatch(execute3);
    const previousResults = resultsOf(await take(previousP, cyclesList), earlier);
    const previousActions = toActions(await previousActionsQ());
    warnings.push(...previousActions.warnings);
    previous = { cycle: earlier, results: previousResults, actions: previousActions.data };
  }
  return {
    data: { cycle, results, serviceCycles: serviceCycles.data, previous, reviews: reviews.data, actions: actions.data, measures: measures.data },
    warnings
  };
}
