import * as React from 'react';
import {
  Button,
  Field,
  MessageBar,
  MessageBarBody,
  MessageBarTitle,
  Radio,
  RadioGroup,
  Spinner,
  makeStyles,
  shorthands,
  tokens
} from '@fluentui/react-components';
import { format } from '../../loc/strings';

/**
 * Two versions of one item side by side, field by field, after SharePoint refused a save with 412
 * (someone else saved first): what the person tried to save and what is saved now. For each field
 * that differs the person keeps one version, then saves. Generic: the screen gives the fields as
 * text to show, its own words, and applies the choices itself, so nothing is overwritten silently
 * and nothing typed is lost. The one conflict view of the app (actions, services, reviews): what an
 * item looks like when it was deleted meanwhile stays with each screen, as its way out differs.
 */
export interface ConflictField<K extends string> {
  key: K;
  label: string;
  /** What the person tried to save, in words. */
  mine: string;
  /** What is saved now, in words. */
  theirs: string;
}

export interface ConflictWords {
  title: string;
  intro: string;
  /** With a {field} token. */
  choiceLabel: string;
  /** With a {value} token. */
  keepMine: string;
  /** With a {value} token. */
  keepTheirs: string;
  save: string;
  cancel: string;
  saving: string;
}

export type ConflictChoice = 'mine' | 'theirs';

const useStyles = makeStyles({
  root: {
    display: 'flex',
    flexDirection: 'column',
    rowGap: tokens.spacingVerticalM,
    padding: tokens.spacingHorizontalM,
    border: `${tokens.strokeWidthThick} solid ${tokens.colorPaletteYellowBorder2}`,
    borderRadius: tokens.borderRadiusMedium,
    minWidth: 0,
    '@media (forced-colors: active)': { ...shorthands.borderColor('CanvasText') }
  },
  radio: { overflowWrap: 'anywhere', whiteSpace: 'pre-wrap', minHeight: '24px' },
  actions: { display: 'flex', flexWrap: 'wrap', gap: tokens.spacingHorizontalS },
  button: { minHeight: '32px' }
});

export interface ConflictChoicesProps<K extends string> {
  fields: ReadonlyArray<ConflictField<K>>;
  words: ConflictWords;
  busy: boolean;
  /** Shown under the intro (e.g. "progress notes from both versions are kept"). */
  note?: React.ReactNode;
  /**
   * Set while the versions cannot be shown yet (e.g. the names of people in them are being read):
   * a spinner with these words stands in for the fields, and saving waits.
   */
  loading?: string;
  onResolve(choices: Record<K, ConflictChoice>): void;
  onCancel(): void;
}

export function ConflictChoices<K extends string>(props: ConflictChoicesProps<K>): React.ReactElement {
  const { fields, words, busy } = props;
  const styles = useStyles();
  const [choices, setChoices] = React.useState<Partial<Record<K, ConflictChoice>>>({});
  const choiceOf = (k: K): ConflictChoice => choices[k] ?? 'mine';
  const heading = React.useRef<HTMLDivElement>(null);
  // The view replaces the form the person was using: move them to it so they hear why.
  React.useEffect(() => heading.current?.focus(), []);

  const resolve = (): void => {
    const out = {} as Record<K, ConflictChoice>;
    for (const f of fields) out[f.key] = choiceOf(f.key);
    props.onResolve(out);
  };

  return (
    <div className={styles.root} ref={heading} tabIndex={-1} role="region" aria-label={words.title}>
      <MessageBar intent="warning" layout="multiline">
        <MessageBarBody>
          <MessageBarTitle>{words.title}</MessageBarTitle>
          {words.intro}
        </MessageBarBody>
      </MessageBar>
      {props.note}
      {props.loading !== undefined ? (
        <Spinner size="tiny" label={props.loading} />
      ) : (
        fields.map((field) => (
          <Field key={field.key} label={format(words.choiceLabel, { field: field.label })}>
            <RadioGroup value={choiceOf(field.key)} onChange={(_e, d) => setChoices((c) => ({ ...c, [field.key]: d.value as ConflictChoice }))}>
              <Radio value="mine" className={styles.radio} label={format(words.keepMine, { value: field.mine })} />
              <Radio value="theirs" className={styles.radio} label={format(words.keepTheirs, { value: field.theirs })} />
            </RadioGroup>
          </Field>
        ))
      )}
      <div className={styles.actions}>
        <Button appearance="primary" className={styles.button} disabled={busy || props.loading !== undefined} onClick={resolve}>
          {words.save}
        </Button>
        <Button className={styles.button} disabled={busy} onClick={props.onCancel}>
          {words.cancel}
        </Button>
        {busy && <Spinner size="tiny" label={words.saving} />}
      </div>
    </div>
  );
}
