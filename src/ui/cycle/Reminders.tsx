import * as React from 'react';
import { Button, Link, MessageBar, MessageBarBody, makeStyles, tokens } from '@fluentui/react-components';
import { MailRegular, ShareRegular } from '@fluentui/react-icons';
import type { CareService, Cycle } from '../../data/types';
import { format } from '../../loc/strings';
import { enGBLinks, linksTranslations, type LinksStrings } from '../../loc/links';
import { useApp } from '../AppContext';
import { useFormat } from '../shared/format';
import { Paragraph } from '../shared/layout';
import { mailtoLink, teamsShareUrl } from '../shared/links/links';
import { useLinkFor } from '../shared/links/useLinkFor';
import { usePeople } from '../shared/people/usePeople';
import { useStrings } from '../shared/useStrings';

const useStyles = makeStyles({
  message: {
    margin: 0,
    padding: `${tokens.spacingVerticalS} ${tokens.spacingHorizontalM}`,
    borderLeft: `${tokens.strokeWidthThickest} solid ${tokens.colorBrandStroke1}`,
    backgroundColor: tokens.colorNeutralBackground2,
    overflowWrap: 'anywhere',
    maxWidth: '48rem'
  },
  buttons: { display: 'flex', flexWrap: 'wrap', gap: tokens.spacingHorizontalS },
  // A link that looks and works like a button, at least 32 px high.
  linkButton: {
    display: 'inline-flex',
    alignItems: 'center',
    columnGap: tokens.spacingHorizontalXS,
    minHeight: '32px',
    padding: `0 ${tokens.spacingHorizontalM}`,
    border: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke1}`,
    borderRadius: tokens.borderRadiusMedium,
    backgroundColor: tokens.colorNeutralBackground1,
    color: tokens.colorNeutralForeground1,
    fontWeight: tokens.fontWeightSemibold,
    textDecorationLine: 'none',
    ':hover': { backgroundColor: tokens.colorNeutralBackground1Hover, textDecorationLine: 'none', color: tokens.colorNeutralForeground1 }
  }
});

/** The reminder every invited person gets: the service, the closing date and the survey's link; never a name. */
export function reminderText(strings: LinksStrings, options: { service: string; end: string | null; link: string }): { subject: string; message: string; body: string } {
  const message = options.end ? format(strings.remindMessage, { service: options.service, end: options.end }) : format(strings.remindMessageNoEnd, { service: options.service });
  return { subject: format(strings.remindSubject, { service: options.service }), message, body: `${message}\n\n${options.link}` };
}

/**
 * Reminding staff who have not answered, without saying who they are: one message, the same for
 * everyone asked, shared to Teams or sent by email (the invited staff as blind copies). Only the
 * manager sees the cycle screen, and the message names nobody.
 */
export function Reminders(props: { cycle: Cycle; service: CareService | null; serviceName: string }): React.ReactElement {
  const { cycle, service, serviceName } = props;
  const strings = useStrings(linksTranslations, enGBLinks);
  const styles = useStyles();
  const { host } = useApp();
  const f = useFormat();
  const linkFor = useLinkFor();
  const staffIds = service?.staffIds ?? [];
  const people = usePeople(staffIds.length > 0 ? staffIds : null);
  const [shareError, setShareError] = React.useState<string | null>(null);

  if (cycle.phase !== 'analyse') return <Paragraph>{strings.remindNotOpen}</Paragraph>;

  const link = linkFor({ screen: 'survey', cycleId: cycle.id });
  const { subject, message, body } = reminderText(strings, { service: serviceName, end: cycle.endDate ? f.date(cycle.endDate) : null, link });
  const bcc = people.kind === 'loaded' ? people.data.map((p) => p.email ?? '').filter((e) => e !== '') : [];
  const share = host.shareToTeams;

  return (
    <>
      <Paragraph>{strings.remindIntro}</Paragraph>
      <blockquote className={styles.message}>
        {message}
      </blockquote>
      <div className={styles.buttons}>
        {share ? (
          <Button
            icon={<ShareRegular />}
            onClick={() => {
              setShareError(null);
              share({ url: link, message }).catch((error: Error) => setShareError(error.message));
            }}
          >
            {strings.shareToTeams}
          </Button>
        ) : (
          <Link className={styles.linkButton} href={teamsShareUrl(link, message)} target="_blank" rel="noopener noreferrer" aria-label={strings.shareToTeamsNewWindow}>
            <ShareRegular aria-hidden />
            {strings.shareToTeams}
          </Link>
        )}
        <Link className={styles.linkButton} href={mailtoLink({ subject, body, bcc })}>
          <MailRegular aria-hidden />
          {strings.email}
        </Link>
      </div>
      <Paragraph>{staffIds.length > 0 ? strings.emailHint : strings.emailEveryone}</Paragraph>
      {shareError && (
        <MessageBar intent="error">
          <MessageBarBody>{format(strings.shareFailed, { message: shareError })}</MessageBarBody>
        </MessageBar>
      )}
    </>
  );
}
