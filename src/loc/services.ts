/**
 * Strings of the managers' services screens (src/ui/services): the list of services, one service's
 * details and its cycles, and starting a cycle. Same rules as strings.ts: one object per language,
 * {name} tokens filled by `format`, UK English in plain words.
 */
import type { ServiceType } from '../data/types';

export const enGBServices = {
  // The list of services
  listTitle: 'Services',
  listIntro: 'The services, locations or teams of your organisation that take part. Open one to change who is asked and to start a cycle.',
  listLoading: 'Loading the services…',
  activeHeading: 'Services in use',
  noServices: 'There are no services yet. Add the first one below.',
  noActiveServices: 'Every service is archived. Restore one, or add a new one below.',
  archivedHeading: 'Archived services ({count})',
  archivedIntro: 'Services that have closed. Their cycles and results are kept.',
  typeNotSet: 'Type not set',
  leadersCountOne: '1 leader',
  leadersCountMany: '{count} leaders',
  leadersCountNone: 'No leaders yet',
  staffCountOne: '1 member of staff asked',
  staffCountMany: '{count} staff asked',
  staffEveryone: 'Everyone who can open the site is asked',
  statusActive: 'In use',
  statusArchived: 'Archived',
  // Adding a service
  addHeading: 'Add a service',
  addIntro: 'Give the service the name people know it by. You can add leaders and staff now or later.',
  addButton: 'Add the service',
  adding: 'Adding the service…',
  added: '"{name}" was added.',
  addFailed: 'The service was not added.',
  openAdded: 'Open "{name}"',
  // The fields of a service
  nameLabel: 'Name of the service',
  nameRequired: 'Enter the name of the service.',
  nameTooLong: 'Use at most {max} characters for the name.',
  typeLabel: 'Type of service',
  typeNone: 'Not set',
  leadersLabel: 'Leaders',
  leadersHint: "The people who fill in the leaders' self-assessment. Type at least two letters of a name or e-mail address.",
  staffLabel: 'Staff asked to answer the staff pulse',
  staffHint: 'Type at least two letters of a name or e-mail address. Leave this empty to ask everyone who can open the site.',
  staffEmptyMeans: 'Nobody is chosen, so everyone who can open this site is asked to answer the staff pulse.',
  // One service
  serviceLoading: 'Loading the service…',
  serviceNotFound: 'There is no service with this number. It may have been deleted.',
  backToServices: 'All services',
  archivedNotice: 'This service is archived. Its cycles and results are kept. Restore it to start a new cycle.',
  detailsHeading: 'Details',
  save: 'Save changes',
  saving: 'Saving…',
  saved: 'Your changes were saved.',
  nothingChanged: 'Nothing has changed since the last save.',
  saveFailed: 'Your changes were not saved.',
  unsavedChanges: 'You have changes that are not saved yet.',
  // Conflict
  conflictTitle: 'Someone else changed this service',
  conflictIntro:
    'Someone else saved changes to this service after you opened it, so yours were not saved. Nothing you entered has been lost. For each difference below, choose the version to keep, then save.',
  conflictDeleted:
    'Someone else deleted this service after you opened it, so your changes were not saved. What you entered is still in the form below.',
  conflictKeepMine: 'Keep yours: {value}',
  conflictKeepTheirs: 'Keep theirs: {value}',
  conflictChoiceLabel: 'Which {field} to keep',
  conflictSave: 'Save my choices',
  conflictCancel: 'Decide later',
  conflictResolved: 'Your choices were saved.',
  fieldActive: 'In use or archived',
  nobody: 'Nobody',
  everyone: 'Everyone who can open the site',
  // Archive and restore
  archiveHeading: 'Archive or restore',
  archiveIntro: 'Archive a service that has closed. Its cycles and results are kept, and you can restore it at any time.',
  restoreIntro: 'Restore the service to use it again.',
  archive: 'Archive this service',
  restore: 'Restore this service',
  archiveConfirmTitle: 'Archive "{name}"?',
  archiveConfirm:
    'The service moves to the archived services. Its cycles, answers and results are kept, and people can still read published results. You can restore it at any time.',
  restoreConfirmTitle: 'Restore "{name}"?',
  restoreConfirm: 'The service moves back to the services in use, and you can start new cycles for it.',
  archiveFailed: 'The service was not archived.',
  restoreFailed: 'The service was not restored.',
  archived: 'The service is archived.',
  restored: 'The service is in use again.',
  // The service's cycles
  cyclesHeading: 'Cycles',
  cyclesIntro: 'Each cycle goes through Analyse, Plan, Do and Review.',
  cyclesLoading: 'Loading the cycles…',
  noCycles: 'This service has no cycles yet.',
  cycleDates: '{start} to {end}',
  cycleNoDates: 'No dates set',
  cyclePhase: 'Phase: {phase}',
  cyclePublished: 'Results published {date}',
  cycleNotPublished: 'Results not published yet',
  // Starting a cycle
  startHeading: 'Start a cycle',
  startIntro: 'A cycle asks the leaders and staff for their answers, then plans and reviews actions.',
  startArchived: 'Restore the service before starting a cycle.',
  startLoading: 'Loading the model packs and site settings…',
  cycleTitleLabel: 'Name of the cycle',
  cycleTitleHint: 'For example "Spring 2026".',
  cycleTitleRequired: 'Enter a name for the cycle.',
  cycleTitleTooLong: 'Use at most {max} characters for the name.',
  startDateLabel: 'Start date',
  endDateLabel: 'End date',
  startDateRequired: 'Enter the start date.',
  endDateRequired: 'Enter the end date.',
  dateInvalid: 'Enter a date such as 30/04/2026.',
  endAfterStart: 'The end date must be after the start date.',
  packLabel: 'Model pack',
  packHint: 'The cycle keeps this pack version from start to finish.',
  packOption: '{title}, version {version}',
  packOptionActive: '{title}, version {version} (used for new cycles)',
  packRequired: 'Choose a model pack.',
  minimumLabel: 'Minimum group size',
  minimumHint:
    'Staff results and comments stay hidden until at least this many staff have answered, so nobody can be picked out. The site default is {default}.',
  minimumRequired: 'Enter the minimum group size as a whole number.',
  minimumTooLow: 'The minimum group size cannot be lower than {minimum}, so that nobody can be picked out from the staff results.',
  minimumTooHigh: 'The minimum group size cannot be more than {maximum}.',
  startButton: 'Start the cycle',
  starting: 'Starting the cycle…',
  startFailed: 'The cycle was not started.'
};

export type ServicesStrings = typeof enGBServices;

export const servicesTranslations: Record<string, ServicesStrings> = { 'en-gb': enGBServices };

/** The types of service, in the words people use, by the type's id. */
export const enGBServiceTypes: Record<ServiceType, string> = {
  'care-home': 'Care home',
  'care-home-nursing': 'Care home with nursing',
  'home-care': 'Home care',
  'supported-living': 'Supported living',
  'day-service': 'Day service',
  other: 'Other'
};

export const serviceTypeTranslations: Record<string, Record<ServiceType, string>> = { 'en-gb': enGBServiceTypes };

