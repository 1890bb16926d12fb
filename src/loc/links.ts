/**
 * Strings of the shared link tools (Copy link, Share to Teams, Email) and of the cycle screen's
 * reminders. Same rules as strings.ts.
 */
export const enGBLinks = {
  copyLink: 'Copy link',
  /** The accessible name when a screen's title does not say what the link opens. */
  copyLinkTo: 'Copy link to {what}',
  linkCopied: 'Link copied',
  copyFailed: 'Your browser did not let WPQ copy the link. Select the address below and copy it yourself.',
  linkFieldLabel: 'Link to this screen',
  // Reminders (cycle screen, managers only).
  remindHeading: 'Remind staff to answer',
  remindIntro:
    'Send everyone asked for this survey a short reminder with its link. The message is the same for everyone and names nobody, so nobody learns who has answered.',
  remindNotOpen: 'Reminders are for the Analyse phase, while the staff survey is open.',
  remindMessage: 'A reminder: the staff survey for {service} is open until {end}. It takes about five minutes and your answers stay private. If you have already answered, thank you.',
  remindMessageNoEnd: 'A reminder: the staff survey for {service} is open. It takes about five minutes and your answers stay private. If you have already answered, thank you.',
  remindSubject: 'Reminder: staff survey for {service}',
  remindMessageLabel: 'Message',
  shareToTeams: 'Share to Teams',
  shareToTeamsNewWindow: 'Share to Teams (opens in a new window)',
  shareFailed: 'Teams could not open its share window: {message}',
  email: 'Email',
  emailHint: 'Email opens your email app with the message filled in and the people asked for the survey as blind copies (Bcc), so they do not see each other\'s addresses.',
  emailEveryone: 'The service asks everyone on the site, so add the recipients yourself.'
};

export type LinksStrings = typeof enGBLinks;
export const linksTranslations: Record<string, LinksStrings> = { 'en-gb': enGBLinks };
