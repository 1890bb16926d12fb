import { DataError } from '../../data/errors';
import { format } from '../../loc/strings';
import type { KitStrings } from '../../loc/kit';

/** What to tell a person about a failed data-layer call, in the app's own words, by the error's kind. */
export function errorText(strings: KitStrings, error: unknown): string {
  if (!(error instanceof DataError)) {
    return format(strings.dataErrorServer, { message: error instanceof Error ? error.message : String(error) });
  }
  switch (error.kind) {
    case 'permission':
      return strings.dataErrorPermission;
    case 'not-found':
      return strings.dataErrorNotFound;
    case 'not-set-up':
      return strings.dataErrorNotSetUp;
    case 'setup-refused':
      return strings.dataErrorSetupRefused;
    case 'conflict':
      return strings.dataErrorConflict;
    case 'throttled':
      return strings.dataErrorThrottled;
    case 'threshold':
      return strings.dataErrorThreshold;
    case 'duplicate':
      return strings.dataErrorDuplicate;
    case 'invalid':
      return format(strings.dataErrorInvalid, { message: error.message });
    case 'network':
      return strings.dataErrorNetwork;
    default:
      return format(strings.dataErrorServer, { message: error.serverMessage ?? error.message });
  }
}
