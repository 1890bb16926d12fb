import type { SPFI } from '@pnp/sp';
import { executeBatch } from './access';
import { queueCycleWithResults } from './repositories/cycles';
import { queueMeasuresOfService } from './repositories/measures';
import { queueComments } from './repositories/responses';
import type { ReadResult } from './rows';
import type { Cycle, MeasureRecord, PublishedResults, StaffComments } from './types';

export interface ResultsViewOptions {
  /** The cycle's service, when the link named it: its figures then come in the same round trip. */
  serviceId: number | null;
  /** Read the staff comments too (managers only; the data layer refuses them to anyone else). */
  comments: boolean;
}

export interface ResultsView {
  /** The cycle and its published results, as `cycles.readWithResults` gives them. */
  main: ReadResult<{ cycle: Cycle; results: PublishedResults | null }>;
  /**
   * The service's figures, read in the same round trip; null when the link named no service or
   * another service than the cycle's (the screen then reads them itself). Each part settles on its own:
   * a part that failed rejects when awaited, and never as an unhandled rejection.
   */
  measures: Promise<ReadResult<MeasureRecord[]>> | null;
  /** The staff comments, read in the same round trip when asked for. */
  comments: Promise<ReadResult<StaffComments>> | null;
}

/** A part of the batch that nobody may wait for (the results are not published, say) must not fail as unhandled. */
function settledQuietly<T>(promise: Promise<T>): Promise<T> {
  promise.catch(() => undefined);
  return promise;
}

/**
 * What the results screen shows first, in one `$batch` round trip: the cycle with its published
 * results and, in the same batch, the service's workforce figures and (for managers) the staff comments.
 */
export async function readResultsView(sp: SPFI, cycleId: number, options: ResultsViewOptions): Promise<ResultsView> {
  const [b, execute] = sp.batched();
  const main = queueCycleWithResults(b, cycleId);
  const measures = options.serviceId === null ? null : queueMeasuresOfService(b, sp, options.serviceId);
  const comments = options.comments ? queueComments(b, sp, cycleId) : null;
  await executeBatch(execute);
  const read = await main();
  return {
    main: read,
    measures: measures && read.data.cycle.serviceId === options.serviceId ? settledQuietly(measures()) : null,
    comments: comments ? settledQuietly(comments()) : null
  };
}
