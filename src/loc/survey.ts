/**
 * Strings of the staff pulse survey (src/ui/survey). Care workers read these on a phone, often in a
 * break: short sentences, plain words, UK English. Same rules as strings.ts: one object per language,
 * {name} tokens filled by `format`.
 */
export const enGBSurvey = {
  title: 'Staff survey',
  subtitle: '{service}: {cycle}',
  answerBy: 'Please answer by {date}.',
  loading: 'Loading the survey…',

  // When the survey is not for this person or not open
  unknownTitle: 'We cannot find this survey',
  unknown: 'There is no survey at this address. It may have been removed, or the link may have been copied only in part.',
  goToOverview: 'Go to the overview',
  goToMyWork: 'Go to my work',
  closedTitle: 'This survey is closed',
  closed: 'The survey for {cycle} is no longer taking answers, because the team has moved on to the next stage.',
  notAskedTitle: 'You are not asked to answer this survey',
  notAsked:
    'This survey is for the staff named for {service}, and you are not one of them. If you think you should be, ask your manager.',
  answeredTitle: 'You have answered this survey',
  answeredOn: 'You answered on {date}. Thank you.',
  answeredOnce: 'Each person answers once, so you do not need to do anything else.',
  seeResults: 'See the published results',

  // Before the first question
  introHeading: 'Before you start',
  intro: 'This survey asks how things are for you at work. It has {statements} short statements in {parts} parts, and one optional question at the end.',
  introHow:
    'For each statement, choose how much you agree. If you do not know, or it does not apply to you, choose "{dontKnow}". You can also leave a statement out. Neither is counted in the results.',
  privacyHeading: 'Who sees your answers',
  privacyGroup: 'Your manager and everyone else see the results only as totals for the whole group, never your own answers.',
  privacyMinimum: 'Results are shown only once at least {minimum} people have answered. Until then, nobody sees any results.',
  privacyComment:
    'If you write something in the last question, managers see it exactly as you wrote it, without your name, and only once at least {minimum} people have answered. Leave out anything that would show who you are.',
  privacyOwners:
    'The people who own this SharePoint site can technically open each person’s answers, with their name, in SharePoint itself. WPQ never shows them that way.',
  privacyDevice: 'Until you send them, your answers are kept on this device, so you can stop and carry on later.',
  start: 'Start the survey',

  // Draft kept on the device
  restoredTitle: 'Welcome back',
  restored: 'We restored the answers you gave on {date}.',
  startAgain: 'Start again',
  startedAgain: 'Your earlier answers were cleared. You are starting again.',
  noStorage: 'This browser does not let WPQ keep your answers on this device. Finish the survey before you close this page.',

  // Steps
  stepOf: 'Step {step} of {total}',
  back: 'Back',
  next: 'Next',
  nextToCheck: 'Continue to check your answers',
  dontKnow: 'Don’t know',

  // The optional question
  commentHeading: 'Anything else?',
  commentLabel: 'Is there anything else you would like to tell us about working here? (optional)',
  commentLoading: 'Loading the comment box…',
  commentUnavailable: 'The comment box could not be loaded, perhaps because the connection dropped. You can go on without a comment: your answers are kept. To add one, reload the page once you are back online.',
  commentHint: 'Managers see this as you wrote it, without your name.',
  charactersLeft: 'You have {count} characters left.',
  characterLeft: 'You have 1 character left.',
  charactersOver: 'You have {count} characters too many.',
  characterOver: 'You have 1 character too many.',
  commentTooLong: 'Your answer must be {max} characters or fewer. Please shorten it.',

  // Check your answers
  checkHeading: 'Check your answers',
  checkIntro: 'Check your answers before you send them. You cannot change them after that.',
  notAnswered: 'Not answered',
  change: 'Change',
  changeLabel: 'Change your answers about {name}',
  changeComment: 'Change your answer to the last question',
  commentSummaryHeading: 'Anything else',
  noComment: 'You did not write anything.',
  skippedNone: 'You have answered every statement.',
  skippedOne: 'You left 1 statement unanswered. It will be left out of the results. You can still send your answers.',
  skippedMany: 'You left {count} statements unanswered. They will be left out of the results. You can still send your answers.',
  nothingAnswered: 'You have not answered any statements yet. Answer at least one before you send the survey.',
  submit: 'Send my answers',
  submitting: 'Sending your answers…',
  submitFailedTitle: 'Your answers have not been sent yet',
  submitFailed: 'Nothing is lost: your answers are kept on this device. {reason}',
  submitFailedWhat:
    'When your connection is back, choose Try again. If you need to stop now, you can close this page and send them later.',
  tryAgain: 'Try again',

  // After sending
  thanksHeading: 'Thank you. Your answers have been sent',
  nextHeading: 'What happens next',
  nextResults: 'Your manager publishes the results once at least {minimum} people have answered. You will see them as totals for the whole group.',
  nextActions: 'Your manager then agrees actions with the team to improve the things that matter most, and you will be able to follow them in WPQ.'
};

export type SurveyStrings = typeof enGBSurvey;

export const surveyTranslations: Record<string, SurveyStrings> = { 'en-gb': enGBSurvey };
