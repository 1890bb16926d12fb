/**
 * Strings of the leaders' self-assessment screen (src/ui/assessment). Same rules as strings.ts: one
 * object per language, {name} tokens filled by `format`, UK English in plain words.
 */
export const enGBAssessment = {
  title: "Leaders' self-assessment",
  subtitle: '{service}: {cycle}',
  loading: 'Loading your self-assessment…',
  // Who may answer, and when
  notInvitedTitle: 'You are not asked to fill in this self-assessment',
  notInvited:
    'Only the leaders named for this service fill in its self-assessment. If you think you should be one of them, ask the person who manages WPQ for your organisation.',
  closedTitle: 'This self-assessment is closed',
  closed: 'Leaders can fill in the self-assessment only while the cycle is at the Analyse stage. This cycle has moved on, so answers can no longer be added or changed.',
  // Introduction
  intro:
    'Rate each statement for your service as it is today, and add what shows it: a short note, links to documents or both. Your answers are saved as you go, so you can stop and carry on later, on this device or another.',
  scaleHeading: 'The rating scale',
  noStatements: 'This model pack has no statements for leaders, so there is nothing to fill in.',
  // Progress
  progress: '{rated} of {total} statements rated',
  progressLabel: 'Statements rated',
  stepsLabel: 'Pillars and theme',
  stepProgress: '{rated} of {total} rated',
  stepDone: 'All rated',
  stepCurrent: '(you are here)',
  stepTheme: '{name} (theme)',
  stepOf: 'Part {number} of {total}',
  previous: 'Previous: {name}',
  next: 'Next: {name}',
  // One statement
  statementHeading: '{number}. {text}',
  evidenceHint: 'What might show this: {hint}',
  notRated: 'Not rated yet',
  dontKnow: "Don't know",
  noteLabel: 'Your evidence (optional)',
  noteHint: 'What shows this in your service today. Up to {max} characters.',
  linksLabel: 'Links to evidence (optional)',
  linkLabel: 'Link {number}',
  linkHint: 'A web address starting with https://',
  linkInvalid: 'Enter a full web address starting with https:// or http://, for example https://www.example.org/policy',
  linkTooLong: 'This web address is too long: it can have up to {max} characters.',
  linkOpen: 'Open link {number} (opens in a new tab)',
  linkRemove: 'Remove link {number}',
  linkAdd: 'Add a link',
  linkAddFor: 'Add a link for statement {number}',
  linksMax: 'You have added the most links allowed ({max}).',
  // Saving as you go
  statusNotSaved: 'Not saved yet',
  statusPending: 'Changes not saved yet',
  statusSaving: 'Saving…',
  statusSavedAt: 'Saved at {time}',
  statusSavedOn: 'Saved on {dateTime}',
  saveFailedTitle: 'Your latest changes are not saved',
  saveFailedKept: 'Everything you typed is still here. {reason}',
  saveAgain: 'Try again',
  unsavedLeaving: 'Your latest changes are not saved yet.',
  // Saved elsewhere at the same time
  conflictTitle: 'Your self-assessment was changed somewhere else',
  conflictDraft:
    'It was saved from another window or device after you opened it here, so your latest changes were not saved. Choose which version to keep. The other one will be replaced.',
  conflictDeleted: 'Your saved draft was deleted after you opened it here, so your latest changes were not saved. You can save what is on this page as a new draft.',
  conflictSubmitted: 'It was submitted from another window or device after you opened it here, so your latest changes were not saved and can no longer be.',
  conflictKeepMine: 'Keep what is on this page',
  conflictTakeStored: 'Use the saved version',
  conflictShowSubmitted: 'Show the submitted answers',
  conflictStoredRated: 'The saved version has {rated} of {total} statements rated and was saved on {dateTime}.',
  // Submitting
  submitHeading: 'Submit your self-assessment',
  submitIntro: 'Submit when you are ready. After that your answers cannot be changed.',
  submit: 'Submit',
  submitting: 'Submitting…',
  submitNeedsOne: 'Rate at least one statement before you submit.',
  submitFailedTitle: 'Your self-assessment was not submitted',
  submitConflict: 'Choose which version to keep (see the message at the top) before you submit.',
  confirmTitle: 'Submit with statements not rated?',
  confirmOne: '1 statement is not rated yet. It will count as not answered.',
  confirmMany: '{count} statements are not rated yet. They will count as not answered.',
  confirmSubmit: 'Submit anyway',
  confirmBack: 'Go back and rate them',
  // After submitting
  submittedOn: 'You submitted on {dateTime}.',
  submittedIntro: 'Thank you. These are the answers you submitted. They can no longer be changed.',
  summaryRating: 'Your rating',
  summaryNote: 'Your evidence',
  summaryLinks: 'Links',
  summaryNone: 'None',
  newTab: '{text} (opens in a new tab)'
};

export type AssessmentStrings = typeof enGBAssessment;

export const assessmentTranslations: Record<string, AssessmentStrings> = { 'en-gb': enGBAssessment };
