import * as React from 'react';
import { Link } from '@fluentui/react-components';
import { format } from '../../loc/strings';
import type { ScreenStrings } from '../../loc/screens';
import { isSafeLink } from './modelFormat';

export interface ExternalLinkProps {
  href: string | undefined;
  text: string;
  strings: ScreenStrings;
}

/**
 * A link to another site that opens in a new tab and says so, visibly and in its accessible name.
 * Only https addresses become links; anything else is shown as plain text.
 */
export function ExternalLink(props: ExternalLinkProps): React.ReactElement {
  const { href, text, strings } = props;
  if (!isSafeLink(href)) return <>{text}</>;
  return (
    <Link href={href} target="_blank" rel="noopener noreferrer" inline>
      {format(strings.modelNewTabLink, { text })}
    </Link>
  );
}
