import type { SPFI } from '@pnp/sp';
import { listOf } from '../access';
import { ConflictError, InvalidInputError, isPreconditionFailed, NotFoundError, toDataError } from '../errors';
import type { ListDef } from '../schema';

export interface UpdateRequest<T> {
  sp: SPFI;
  list: ListDef;
  id: number;
  body: Record<string, unknown>;
  /** The ETag the person's copy was read with; null saves without the check (only for app-owned columns). */
  etag: string | null;
  /** Reads the item as it is now: a NotFoundError when it no longer exists, an InvalidInputError when someone broke it by hand. */
  read: (id: number) => Promise<T>;
  /** The person's version: their changes over the given current item. */
  mine: (current: T | null) => T;
}

/**
 * Saves with If-Match: a 412 (someone else saved first) becomes a ConflictError holding the person's
 * version and the item as it is now, never a silent overwrite. Returns the item as saved.
 */
export async function updateWithEtag<T>(req: UpdateRequest<T>): Promise<T> {
  try {
    await listOf(req.sp, req.list).items.getById(req.id).update(req.body, req.etag ?? '*');
  } catch (error) {
    if (isPreconditionFailed(error)) {
      let theirs: T | null = null;
      try {
        theirs = await req.read(req.id);
      } catch (readError) {
        if (!(readError instanceof NotFoundError)) throw readError;
      }
      throw new ConflictError<T>(req.mine(theirs), theirs, { status: 412, list: req.list.title, cause: error });
    }
    throw toDataError(error, { list: req.list.title });
  }
  try {
    return await req.read(req.id);
  } catch (readError) {
    // The change is stored; say so, so that nobody saves it again.
    if (readError instanceof InvalidInputError) throw new InvalidInputError(`Your changes were saved. ${readError.message}`, [], { list: req.list.title });
    throw readError;
  }
}
