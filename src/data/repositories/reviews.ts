import type { SPFI } from '@pnp/sp';
import { bodyOf, eq, listOf, readItem, readItems } from '../access';
import { spCall } from '../errors';
import { onlyRow, parseItems, selectFor, type ParsedRow, type RawItem, type ReadResult, type RowOf } from '../rows';
import { reviewsList } from '../schema';
import type { Review, ReviewInput } from '../types';
import { updateWithEtag } from './update';

export const REVIEW_KEYS = ['cycle', 'pillarId', 'whatChanged', 'evidence', 'rescore', 'decisions'] as const;
type ReviewRow = RowOf<typeof reviewsList, (typeof REVIEW_KEYS)[number]>;

export function toReview(p: ParsedRow<ReviewRow>): Review {
  const r = p.row;
  return {
    id: p.id,
    etag: p.etag,
    cycleId: r.cycle,
    pillarId: r.pillarId,
    whatChanged: r.whatChanged,
    evidence: r.evidence,
    rescore: r.rescore,
    decisions: r.decisions
  };
}

function body(input: Partial<ReviewInput>, title?: string): Record<string, unknown> {
  return bodyOf(reviewsList, {
    title,
    cycle: input.cycleId,
    pillarId: input.pillarId,
    whatChanged: input.whatChanged,
    evidence: input.evidence,
    rescore: input.rescore,
    decisions: input.decisions
  });
}

/** Reviews from their rows; rows broken by hand are left out with a warning. */
export function toReviews(raws: RawItem[]): ReadResult<Review[]> {
  const { rows, warnings } = parseItems(reviewsList, REVIEW_KEYS, raws);
  return { data: rows.map(toReview), warnings };
}

export interface ReviewsRepository {
  listForCycle(cycleId: number): Promise<ReadResult<Review[]>>;
  add(input: ReviewInput): Promise<Review>;
  update(id: number, changes: Partial<ReviewInput>, etag: string | null): Promise<Review>;
}

export function reviewsRepository(sp: SPFI): ReviewsRepository {
  const select = selectFor(reviewsList, REVIEW_KEYS);
  const toOne = (raw: RawItem, id: number): Review => {
    const { rows, warnings } = parseItems(reviewsList, REVIEW_KEYS, [raw]);
    return onlyRow({ data: rows.map(toReview), warnings }, reviewsList, id);
  };
  const get = async (id: number): Promise<Review> => toOne(await readItem(sp, reviewsList, id, select), id);
  return {
    async listForCycle(cycleId) {
      return toReviews(await readItems(sp, reviewsList, select, eq(reviewsList.fields.cycle, cycleId)));
    },
    async add(input) {
      // SharePoint answers the add with the whole new item: no need to read it again.
      const raw = (await spCall(reviewsList.title, () => listOf(sp, reviewsList).items.add(body(input, `Review of ${input.pillarId}`)))) as RawItem;
      return toOne(raw, raw.Id as number);
    },
    async update(id, changes, etag) {
      return updateWithEtag({ sp, list: reviewsList, id, etag, body: body(changes), read: get, mine: (now) => ({ ...(now as Review), ...changes }) });
    }
  };
}
