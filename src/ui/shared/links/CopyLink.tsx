import * as React from 'react';
import { Button, Field, Input, makeStyles, tokens } from '@fluentui/react-components';
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
  field: { minWidth: 0, maxWidth: '100%' }
});

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
        <Field className={styles.field} label={strings.linkFieldLabel} hint={strings.copyFailed}>
          <Input readOnly value={state.link} onFocus={(e) => e.currentTarget.select()} />
        </Field>
      )}
    </div>
  );
}
