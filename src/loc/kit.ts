import type { ActionStatus, Phase } from '../data/schema';
import { forLocale } from './strings';

/**
 * Strings of the shared UI kit (src/ui/shared): loading, errors, forms, the people picker, charts
 * and route messages. Same rules as strings.ts: one object per language, {name} tokens for `format`.
 */
export const enGBKit = {
  loading: 'Loading…',
  retry: 'Try again',
  loadFailed: 'This could not be loaded.',
  saving: 'Saving…',
  saved: 'Saved',
  cancel: 'Cancel',
  back: 'Back',
  // Forms (src/ui/shared/forms.tsx)
  formProblemsOne: 'There is 1 problem to fix before this can be saved:',
  formProblemsMany: 'There are {count} problems to fix before this can be saved:',
  saveFailedKept: 'Nothing you entered has been lost. {reason}',
  required: 'Enter {field}.',
  // Routes (src/ui/Sections.tsx)
  routeUnknownTitle: 'There is no such page',
  routeUnknown: 'The address "{route}" does not name a page of WPQ. It may have been copied only in part.',
  routeIncomplete: 'The address "{route}" does not say which service or cycle to show. It may have been copied only in part.',
  routeNotAllowedTitle: 'This page is not open to you',
  routeNotAllowed: 'Your access to this site does not include this page. If you think it should, ask a site owner.',
  routeGoHome: 'Go to the overview',
  // What went wrong with SharePoint, by the data layer's kind of error (src/ui/shared/errorText.ts)
  dataErrorPermission: 'You do not have permission to do this on this SharePoint site. Ask a site owner for access.',
  dataErrorNotFound: 'This item no longer exists. Someone may have deleted it.',
  dataErrorNotSetUp: 'WPQ is not set up on this site yet, or one of its lists or columns was removed. A site owner can run "Set up this site".',
  dataErrorSetupRefused: 'Only site owners (people who can manage lists on this site) can set up WPQ. Ask a site owner to open this page and choose "Set up this site".',
  dataErrorConflict: 'Someone else changed this after you opened it, so your changes were not saved. Compare the two versions and save again.',
  dataErrorThrottled: 'SharePoint is busy and asked us to slow down. We tried three times. Nothing was lost: please try again in a few minutes.',
  dataErrorThreshold: 'A list has grown past SharePoint\'s limit of 5,000 items for this kind of query. Ask a site owner to run "Set up this site" again.',
  dataErrorDuplicate: 'This was already saved.',
  dataErrorInvalid: 'This cannot be saved: {message}',
  dataErrorNetwork: 'We could not reach SharePoint. Check your connection and try again.',
  dataErrorServer: 'SharePoint could not do this. Please try again. If it keeps happening, tell your site owner: {message}',
  // Results shown only to groups that are large enough
  hiddenBelowMinimum: 'Hidden: fewer than {minimum} answered',
  // People picker (src/ui/shared/people)
  peopleSearchHint: 'Type at least two letters of a name or e-mail address.',
  peopleNoMatch: 'Nobody matches "{query}".',
  peopleSearching: 'Searching…',
  peopleRemove: 'Remove {name}',
  peopleSearchFailed: 'People search is not available: {reason}',
  peopleAdding: 'Adding {name}…',
  peopleAdded: '{name} added.',
  peopleRemoved: '{name} removed.',
  peopleAddFailed: '{name} could not be added: {reason}',
  peopleNotInDirectory: "{name} could not be found in your organisation's directory, so they were not added.",
  peopleChosen: 'Chosen for {label}',
  peopleUnknown: 'Person no longer on this site (user {id})',
  // Charts (src/ui/shared/charts)
  chartShowTable: 'Show as a table',
  chartShowChart: 'Show as a chart',
  chartLoadFailed: 'The chart could not be loaded; the table shows the same figures.',
  /** The phases of a cycle, by the phase's id: the one place every screen takes them from. */
  phases: { analyse: 'Analyse', plan: 'Plan', do: 'Do', review: 'Review', closed: 'Closed' } as Record<Phase, string>,
  /** The statuses of an action, by the status's id: the one place every screen and export takes them from. */
  actionStatuses: {
    'not-started': 'Not started',
    'in-progress': 'In progress',
    'on-hold': 'On hold',
    done: 'Done',
    cancelled: 'Cancelled',
    'carried-over': 'Carried over'
  } as Record<ActionStatus, string>
};

export type KitStrings = typeof enGBKit;

export const kitTranslations: Record<string, KitStrings> = { 'en-gb': enGBKit };

export function kitStringsFor(locale: string | undefined): KitStrings {
  return forLocale(kitTranslations, locale, enGBKit);
}
