import * as React from 'react';
import { Button, Text, makeStyles, tokens } from '@fluentui/react-components';
import { LinkRegular } from '@fluentui/react-icons';
import { format } from '../../../loc/strings';
import { enGBLinks, linksTranslations } from '../../../loc/links';
import { useStrings } from '../useStrings';
import type { RouteInput } from '../../app/routes';
import { useLinkFor } from './useLinkFor';

const useStyles = makeStyles({
  root: { display: 'inline-flex', flexDirection: 'column', rowGap: tokens.spacingVerticalXS, minWidth: 0, maxWidth: '100%' },
  row: { display: 'flex', flexWrap: 'wrap', alignItems: 'center', columnGap: tokens.spacingHorizontalS },
  button: { minHeight: '32px' },
  status: { color: tokens.colorPaletteGreenForeground1, '@media (forced-colors: active)': { color: 'CanvasText' } },
  plain: { margin: 0, overflowWrap: 'anywhere', userSelect: 'all' }
});

type LinkFieldProps = { link: string; label: string; hint: string };

/** The link as text, to select by hand: shown while the text box loads, and if it cannot be loaded. */
function PlainLink(props: LinkFieldProps): React.ReactElement {
  const styles = useStyles();
  return (
    <Text as="p" className={styles.plain}>
      {props.hint} {props.link}
    </Text>
  );
}

/** The text box comes in its own chunk, asked for as soon as someone copies; a failed load leaves the plain link. */
const loadLinkField = (): Promise<{ default: React.ComponentType<LinkFieldProps> }> =>
  import(/* webpackChunkName: 'wpq-link-field' */ './LinkField').catch(() => ({ default: PlainLink }));
const LinkField = React.lazy(loadLinkField);

/**
 * "Copy link" for a screen: copies `linkFor(route)` (a Teams deep link in Teams, the page's address
 * elsewhere) and says "Link copied" where screen readers hear it. When the browser refuses the
 * clipboard, the link is shown to copy by hand.
 */
export function CopyLink(props: { to: RouteInput; /** What the link opens, for the button's accessible name. */ what?: string }): React.ReactElement {
  const strings = useStrings(linksTranslations, enGBLinks);
  const styles = useStyles();
  const linkFor = useLinkFor();
  const [state, setState] = React.useState<{ kind: 'idle' } | { kind: 'copied' } | { kind: 'failed'; link: string }>({ kind: 'idle' });
  const timer = React.useRef<ReturnType<typeof setTimeout> | undefined>(undefined);
  React.useEffect(() => () => clearTimeout(timer.current), []);

  const copy = (): void => {
    // The box for copying by hand starts loading now, in case the clipboard refuses.
    void loadLinkField();
    const link = linkFor(props.to);
    const clipboard = typeof navigator !== 'undefined' ? navigator.clipboard : undefined;
    if (!clipboard) {
      setState({ kind: 'failed', link });
      return;
    }
    clipboard.writeText(link).then(
      () => {
        setState({ kind: 'copied' });
        clearTimeout(timer.current);
        timer.current = setTimeout(() => setState({ kind: 'idle' }), 5000);
      },
      () => setState({ kind: 'failed', link })
    );
  };

  return (
    <div className={styles.root}>
      <div className={styles.row}>
        <Button
          className={styles.button}
          icon={<LinkRegular />}
          onClick={copy}
          aria-label={props.what ? format(strings.copyLinkTo, { what: props.what }) : undefined}
        >
          {strings.copyLink}
        </Button>
        <span role="status" aria-live="polite" className={styles.status}>
          {state.kind === 'copied' ? strings.linkCopied : ''}
        </span>
      </div>
      {state.kind === 'failed' && (
        <React.Suspense fallback={<PlainLink link={state.link} label={strings.linkFieldLabel} hint={strings.copyFailed} />}>
          <LinkField link={state.link} label={strings.linkFieldLabel} hint={strings.copyFailed} />
        </React.Suspense>
      )}
    </div>
  );
}
