import * as React from 'react';
import { Field, Input, makeStyles } from '@fluentui/react-components';

const useStyles = makeStyles({
  field: { minWidth: 0, maxWidth: '100%' }
});

/**
 * The link to copy by hand, when the browser refused the clipboard: a read-only box that selects the
 * whole link when focused. Loaded only then (see CopyLink), so screens do not download the text box.
 */
export default function LinkField(props: { link: string; label: string; hint: string }): React.ReactElement {
  const styles = useStyles();
  return (
    <Field className={styles.field} label={props.label} hint={props.hint}>
      <Input readOnly value={props.link} onFocus={(e) => e.currentTarget.select()} />
    </Field>
  );
}
