/**
 * Every failure of the data layer is one of these typed errors. SharePoint's answers (403, 404, 412,
 * 429/503 after PnPjs's retries, the list view threshold…) are turned into them in one place,
 * `toDataError`, so screens can react to the kind and show their own words.
 */

export type DataErrorKind =
  | 'permission'
  | 'not-found'
  | 'not-set-up'
  | 'setup-refused'
  | 'conflict'
  | 'throttled'
  | 'threshold'
  | 'duplicate'
  | 'invalid'
  | 'network'
  | 'server';

export interface DataErrorDetails {
  status?: number;
  /** SharePoint's error code, such as `-2147024891, System.UnauthorizedAccessException`. */
  code?: string;
  /** What SharePoint said, for the log and for support. */
  serverMessage?: string;
  /** The list involved, by title. */
  list?: string;
  cause?: unknown;
}

export class DataError extends Error {
  public readonly kind: DataErrorKind;
  public readonly status?: number;
  public readonly code?: string;
  public readonly serverMessage?: string;
  public readonly list?: string;
  public readonly cause?: unknown;

  public constructor(kind: DataErrorKind, message: string, details: DataErrorDetails = {}) {
    super(message);
    this.name = 'DataError';
    this.kind = kind;
    this.status = details.status;
    this.code = details.code;
    this.serverMessage = details.serverMessage;
    this.list = details.list;
    this.cause = details.cause;
    // Keep instanceof working when compiled to ES5-style classes.
    Object.setPrototypeOf(this, new.target.prototype);
  }
}

/** SharePoint refused the request: the person lacks the permission. */
export class PermissionError extends DataError {
  public constructor(message: string, details: DataErrorDetails = {}) {
    super('permission', message, details);
    this.name = 'PermissionError';
  }
}

export class NotFoundError extends DataError {
  public constructor(message: string, details: DataErrorDetails = {}) {
    super('not-found', message, details);
    this.name = 'NotFoundError';
  }
}

/** WPQ's lists are missing (or older than this version of the app): a site owner must run set-up. */
export class NotSetUpError extends DataError {
  public constructor(message: string, details: DataErrorDetails = {}) {
    super('not-set-up', message, details);
    this.name = 'NotSetUpError';
  }
}

/** Set-up was asked for by someone who cannot manage lists. */
export class SetupRefusedError extends DataError {
  /** Who can set the site up instead. */
  public readonly whoCan = 'site-owners' as const;

  public constructor(details: DataErrorDetails = {}) {
    super(
      'setup-refused',
      'Only site owners (people who can manage lists on this site) can set up WPQ here. Ask a site owner to open this page and choose "Set up this site".',
      details
    );
    this.name = 'SetupRefusedError';
  }
}

/**
 * Someone else changed the item after it was read. Holds both versions so the person can choose:
 * `mine` is what they tried to save, `theirs` the item as it is now (null when it was deleted).
 */
export class ConflictError<T = unknown> extends DataError {
  public readonly mine: T;
  public readonly theirs: T | null;

  public constructor(mine: T, theirs: T | null, details: DataErrorDetails = {}) {
    super(
      'conflict',
      theirs === null
        ? 'Someone else deleted this item after you opened it, so your changes were not saved.'
        : 'Someone else changed this item after you opened it, so your changes were not saved. Compare the two versions and save again.',
      details
    );
    this.name = 'ConflictError';
    this.mine = mine;
    this.theirs = theirs;
  }
}

/** SharePoint kept asking us to slow down (429) or was unavailable (503), even after three attempts. */
export class ThrottledError extends DataError {
  public constructor(details: DataErrorDetails = {}) {
    super(
      'throttled',
      details.status === 503
        ? 'SharePoint is unavailable at the moment. We tried three times. Nothing was lost: please try again in a few minutes.'
        : 'SharePoint is busy and asked us to slow down. We tried three times. Nothing was lost: please try again in a few minutes.',
      details
    );
    this.name = 'ThrottledError';
  }
}

/** The query would read more than SharePoint's 5,000-item list view threshold. */
export class ThresholdError extends DataError {
  public constructor(details: DataErrorDetails = {}) {
    super(
      'threshold',
      `The list${details.list ? ` "${details.list}"` : ''} has grown past SharePoint's limit of 5,000 items for this kind of query. Ask a site owner to run set-up again, which adds the indexes WPQ needs.`,
      details
    );
    this.name = 'ThresholdError';
  }
}

/** A value that must be unique (such as a submission id) is already used. */
export class DuplicateError extends DataError {
  public constructor(details: DataErrorDetails = {}) {
    super('duplicate', 'An item with the same unique value already exists.', details);
    this.name = 'DuplicateError';
  }
}

/** The app was asked to save something that breaks the rules (wrong answers, unknown pack…). */
export class InvalidInputError extends DataError {
  public readonly problems: string[];

  public constructor(message: string, problems: string[] = [], details: DataErrorDetails = {}) {
    super('invalid', problems.length > 0 ? `${message} ${problems.join(' ')}` : message, details);
    this.name = 'InvalidInputError';
    this.problems = problems;
  }
}

export class NetworkError extends DataError {
  public constructor(details: DataErrorDetails = {}) {
    super('network', 'We could not reach SharePoint. Check your connection and try again.', details);
    this.name = 'NetworkError';
  }
}

export class ServerError extends DataError {
  public constructor(details: DataErrorDetails = {}) {
    super('server', `SharePoint could not do this${details.serverMessage ? `: ${details.serverMessage}` : '.'}`, details);
    this.name = 'ServerError';
  }
}

/**
 * Some writes of a batched operation were saved and others were not (after PnPjs's retries). Nothing
 * is rolled back by SharePoint, so the error lists both: retry only `failedIndexes`.
 */
export class PartialWriteError<T = unknown> extends DataError {
  /** What was saved, in input order (only the operations that succeeded). */
  public readonly saved: T[];
  /** Positions in the input of the operations that were not saved. */
  public readonly failedIndexes: number[];
  /** Why the first of them failed. */
  public readonly firstError: DataError;

  public constructor(saved: T[], failedIndexes: number[], firstError: DataError) {
    super(
      firstError.kind,
      `${saved.length} of ${saved.length + failedIndexes.length} changes were saved; ${failedIndexes.length} were not. ${firstError.message}`,
      { status: firstError.status, code: firstError.code, serverMessage: firstError.serverMessage, list: firstError.list, cause: firstError }
    );
    this.name = 'PartialWriteError';
    this.saved = saved;
    this.failedIndexes = failedIndexes;
    this.firstError = firstError;
  }
}

interface SpErrorBody {
  code?: string;
  message?: string;
}

/** Reads SharePoint's odata.error out of PnPjs's HttpRequestError message ("… ::> {json}"). */
function parseSpError(message: string): SpErrorBody {
  const at = message.indexOf('::>');
  if (at < 0) return {};
  const text = message.slice(at + 3).trim();
  try {
    const body = JSON.parse(text) as {
      'odata.error'?: { code?: string; message?: { value?: string } };
      error?: { code?: string; message?: { value?: string } | string };
    };
    const e = body['odata.error'] ?? body.error;
    if (!e) return {};
    const msg = typeof e.message === 'string' ? e.message : e.message?.value;
    return { code: e.code, message: msg };
  } catch {
    return { message: text.length > 0 ? text.slice(0, 500) : undefined };
  }
}

interface HttpLike {
  isHttpRequestError?: boolean;
  status?: number;
  message?: string;
  name?: string;
}

/**
 * Turns anything thrown while talking to SharePoint into a typed error. Errors that are already
 * typed pass through; the list title, when known, is added for the message and the log.
 */
export function toDataError(error: unknown, context: { list?: string } = {}): DataError {
  if (error instanceof DataError) return error;
  const e = (error ?? {}) as HttpLike;
  const message = typeof e.message === 'string' ? e.message : String(error);
  const status = typeof e.status === 'number' ? e.status : undefined;
  if (!e.isHttpRequestError || status === undefined) {
    if (e.name === 'TypeError' || /fetch failed|network|ECONNRESET|ECONNREFUSED|socket/i.test(message)) {
      return new NetworkError({ cause: error, serverMessage: message, list: context.list });
    }
    return new ServerError({ cause: error, serverMessage: message, list: context.list });
  }
  const sp = parseSpError(message);
  const details: DataErrorDetails = { status, code: sp.code, serverMessage: sp.message ?? message, list: context.list, cause: error };
  const code = sp.code ?? '';
  if (status === 429 || status === 503 || status === 504 || /^Retry count exceeded/.test(message)) return new ThrottledError(details);
  if (/SPQueryThrottledException|-2147024860/.test(code)) return new ThresholdError(details);
  if (/SPDuplicateValuesFoundException|-2130575169/.test(code)) return new DuplicateError(details);
  if (status === 401 || status === 403) return new PermissionError('You do not have permission to do this on this SharePoint site. Ask a site owner for access.', details);
  if (status === 404) {
    if (/^List '.*' does not exist/.test(sp.message ?? '')) {
      return new NotSetUpError('WPQ has not been set up on this site yet, or one of its lists was removed. A site owner can set it up.', details);
    }
    return new NotFoundError('This item no longer exists. Someone may have deleted it.', details);
  }
  if (status === 400 && /does not exist|Column '.*' does not exist/i.test(sp.message ?? '')) {
    return new NotSetUpError('A column WPQ needs is missing from one of its lists. A site owner can run set-up again to add it.', details);
  }
  return new ServerError(details);
}

/** Runs one SharePoint call and rethrows its failure as a typed error. */
export async function spCall<T>(list: string | undefined, call: () => Promise<T>): Promise<T> {
  try {
    return await call();
  } catch (error) {
    throw toDataError(error, { list });
  }
}

/** True when PnPjs reported a failed precondition (a stale ETag). */
export function isPreconditionFailed(error: unknown): boolean {
  const e = error as HttpLike | undefined;
  return e?.isHttpRequestError === true && e.status === 412;
}
