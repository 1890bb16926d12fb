import type { ReadResult } from '../../data/rows';
import type { WpqServices } from '../../data/services';
import type { Action, Cycle, SitePerson } from '../../data/types';

/**
 * Everything the board reads, in the order it reads it: the cycle with its actions (one request), then
 * the owners' names (one request). For the benchmark of board requests.
 */
export async function loadBoardWithPeople(services: WpqServices, cycleId: number): Promise<{ board: ReadResult<{ cycle: Cycle; actions: Action[] }>; people: SitePerson[] }> {
  const board = await services.actions.readBoard(cycleId);
  const ids = [...new Set(board.data.actions.map((a) => a.ownerId).filter((id): id is number => id !== null))].sort((a, b) => a - b);
  const people = ids.length === 0 ? [] : await services.people.getByIds(ids);
  return { board, people };
}
