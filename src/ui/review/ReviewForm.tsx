import * as React from 'react';
import * as z from 'zod/mini';
import {
  Button,
  Field,
  Link,
  MessageBar,
  MessageBarActions,
  MessageBarBody,
  MessageBarTitle,
  Radio,
  RadioGroup,
  Spinner,
  Text,
  Textarea,
  makeStyles,
  tokens
} from '@fluentui/react-components';
import type { Scale } from '../../model';
import { ConflictError } from '../../data/errors';
import type { Review, ReviewInput } from '../../data/types';
import { format } from '../../loc/strings';
import type { ReviewStrings } from '../../loc/review';
import { useApp } from '../AppContext';
import { ConflictChoices, type ConflictChoice, type ConflictField } from '../shared/ConflictChoices';
import { ErrorSummary, isWebAddress, useForm } from '../shared/forms';
import { Facts, Paragraph, Section } from '../shared/layout';
import { SaveFailed } from './SaveFailed';
import { linesOf, parseEvidence, rescoreOption, rescorePercent, safeLinks, serialiseEvidence, type ReviewArea } from './compare';

const TEXT_MAX = 4000;
const LINKS_MAX = 20;

const useStyles = makeStyles({
  form: { display: 'flex', flexDirection: 'column', rowGap: tokens.spacingVerticalM, minWidth: 0 },
  text: { minWidth: 0, maxWidth: '48rem' },
  radio: { overflowWrap: 'anywhere', minHeight: '24px' },
  actions: { display: 'flex', flexWrap: 'wrap', alignItems: 'center', gap: tokens.spacingHorizontalM },
  button: { minHeight: '32px' },
  written: { whiteSpace: 'pre-wrap', overflowWrap: 'anywhere', margin: 0 },
  links: { margin: 0, paddingLeft: tokens.spacingHorizontalL, overflowWrap: 'anywhere' }
});

type Values = { whatChanged: string; evidenceNote: string; evidenceLinks: string; rescore: string; decisions: string };
type Written = Pick<ReviewInput, 'whatChanged' | 'evidence' | 'rescore' | 'decisions'>;
const FIELDS = ['whatChanged', 'evidence', 'rescore', 'decisions'] as const;
type WrittenField = (typeof FIELDS)[number];

function valuesOf(review: Written | null, scale: Scale): Values {
  const evidence = parseEvidence(review?.evidence ?? null);
  const option = rescoreOption(scale, review?.rescore ?? null);
  return {
    whatChanged: review?.whatChanged ?? '',
    evidenceNote: evidence.note,
    evidenceLinks: evidence.links.join('\n'),
    rescore: option === null ? '' : String(option),
    decisions: review?.decisions ?? ''
  };
}

function schemaFor(s: ReviewStrings, scale: Scale) {
  const text = z.string().check(z.maxLength(TEXT_MAX, format(s.tooLong, { max: TEXT_MAX })));
  const values = new Set(scale.options.map((o) => String(o.value)));
  return z.object({
    whatChanged: text,
    evidenceNote: text,
    evidenceLinks: z.string().check(
      z.superRefine((value, ctx) => {
        const links = linesOf(value);
        if (links.length > LINKS_MAX) ctx.addIssue({ code: 'custom', message: format(s.tooManyLinks, { max: LINKS_MAX }) });
        const bad = links.find((l) => !isWebAddress(l) || l.length > 2000);
        if (bad !== undefined) ctx.addIssue({ code: 'custom', message: format(s.linkInvalid, { link: bad }) });
      })
    ),
    rescore: z.string().check(z.refine((v) => v === '' || values.has(v))),
    decisions: text
  });
}

function writtenOf(values: Values, scale: Scale): Written {
  const blank = (t: string): string | null => (t.trim() === '' ? null : t.trim());
  return {
    whatChanged: blank(values.whatChanged),
    evidence: serialiseEvidence({ note: values.evidenceNote, links: linesOf(values.evidenceLinks) }),
    rescore: values.rescore === '' ? null : rescorePercent(scale, Number(values.rescore)),
    decisions: blank(values.decisions)
  };
}

/** A written text, the evidence's note and links (links only when they are web addresses), a re-score by its option. */
function useShow(s: ReviewStrings, scale: Scale): (field: WrittenField, review: Written) => string {
  return (field, review) => {
    if (field === 'rescore') {
      const option = scale.options.find((o) => o.value === rescoreOption(scale, review.rescore));
      return option ? option.label : s.rescoreNone;
    }
    if (field === 'evidence') {
      const e = parseEvidence(review.evidence);
      return [e.note, ...e.links].filter((t) => t !== '').join(' · ') || s.empty;
    }
    return review[field] ?? s.empty;
  };
}

/** What was saved for one pillar, for people who read the review. */
export function ReviewReadOnly(props: { area: ReviewArea; review: Review | null; scale: Scale; strings: ReviewStrings; title: string }): React.ReactElement {
  const { review, scale, strings: s, title } = props;
  const styles = useStyles();
  if (review === null) {
    return (
      <Section level={3} title={title}>
        <Paragraph>{s.notReviewed}</Paragraph>
      </Section>
    );
  }
  const evidence = parseEvidence(review.evidence);
  const option = scale.options.find((o) => o.value === rescoreOption(scale, review.rescore));
  const written = (t: string | null): React.ReactNode => (t ? <p className={styles.written}>{t}</p> : s.nothingWritten);
  return (
    <Section level={3} title={title}>
      <Facts
        items={[
          [s.whatChangedLabel, written(review.whatChanged)],
          [
            s.evidenceNoteLabel,
            evidence.note === '' && evidence.links.length === 0 ? (
              s.nothingWritten
            ) : (
              <>
                {evidence.note !== '' && <p className={styles.written}>{evidence.note}</p>}
                {evidence.links.length > 0 && (
                  <ul className={styles.links}>
                    {safeLinks(evidence.links).map((l, i) => (
                      <li key={i}>
                        {l.link ? (
                          <Link href={l.text} target="_blank" rel="noopener noreferrer">
                            {l.text}
                          </Link>
                        ) : (
                          l.text
                        )}
                      </li>
                    ))}
                  </ul>
                )}
              </>
            )
          ],
          [s.rescoreLabel, option ? option.label : s.rescoreNone],
          [s.decisionsLabel, written(review.decisions)]
        ]}
      />
    </Section>
  );
}

type SaveState =
  | { kind: 'idle' }
  | { kind: 'saving' }
  | { kind: 'saved' }
  | { kind: 'failed'; error: unknown }
  | { kind: 'conflict'; mine: Written; theirs: Review | null };

/** Someone else's saved review beside what the person typed, in the app's one conflict view: keep one of each difference, then save. */
function ReviewConflict(props: {
  mine: Written;
  theirs: Review | null;
  scale: Scale;
  strings: ReviewStrings;
  busy: boolean;
  onSave(resolved: Written, over: Review | null): void;
  onCancel(): void;
}): React.ReactElement {
  const { mine, theirs, scale, strings: s, busy } = props;
  const styles = useStyles();
  const show = useShow(s, scale);
  const labels: Record<WrittenField, string> = { whatChanged: s.whatChangedLabel, evidence: s.evidenceNoteLabel, rescore: s.rescoreLabel, decisions: s.decisionsLabel };

  if (theirs === null) {
    return (
      <MessageBar intent="warning" layout="multiline">
        <MessageBarBody>
          <MessageBarTitle>{s.conflictTitle}</MessageBarTitle>
          {s.conflictDeleted}
        </MessageBarBody>
        <MessageBarActions>
          <Button className={styles.button} disabled={busy} onClick={() => props.onSave(mine, null)}>
            {s.conflictSaveNew}
          </Button>
          <Button className={styles.button} disabled={busy} onClick={props.onCancel}>
            {s.conflictCancel}
          </Button>
        </MessageBarActions>
      </MessageBar>
    );
  }
  const differing = FIELDS.filter((f) => (mine[f] ?? null) !== (theirs[f] ?? null));
  const fields: Array<ConflictField<WrittenField>> = differing.map((f) => ({ key: f, label: labels[f], mine: show(f, mine), theirs: show(f, theirs) }));
  const resolve = (choices: Record<WrittenField, ConflictChoice>): void => {
    const resolved: Written = { whatChanged: theirs.whatChanged, evidence: theirs.evidence, rescore: theirs.rescore, decisions: theirs.decisions };
    for (const f of differing) if (choices[f] === 'mine') (resolved as Record<WrittenField, unknown>)[f] = mine[f];
    props.onSave(resolved, theirs);
  };
  return (
    <ConflictChoices
      fields={fields}
      busy={busy}
      words={{
        title: s.conflictTitle,
        intro: s.conflictIntro,
        choiceLabel: s.conflictChoice,
        keepMine: s.conflictKeepMine,
        keepTheirs: s.conflictKeepTheirs,
        save: s.conflictSave,
        cancel: s.conflictCancel,
        saving: s.saving
      }}
      onResolve={resolve}
      onCancel={props.onCancel}
    />
  );
}

/**
 * A manager's review of one pillar or theme. Saved with the review's ETag: when someone else saved it
 * meanwhile, the two versions are shown side by side and nothing typed is lost.
 */
export function ReviewForm(props: { cycleId: number; area: ReviewArea; review: Review | null; scale: Scale; strings: ReviewStrings; title: string }): React.ReactElement {
  const { cycleId, area, scale, strings: s, title } = props;
  const { services } = useApp();
  const styles = useStyles();
  const [saved, setSaved] = React.useState<Review | null>(props.review);
  const schema = React.useMemo(() => schemaFor(s, scale), [s, scale]);
  const form = useForm(schema, valuesOf(props.review, scale));
  const [state, setState] = React.useState<SaveState>({ kind: 'idle' });
  const busy = state.kind === 'saving';

  const store = (written: Written, over: Review | null): void => {
    setState({ kind: 'saving' });
    const request = over ? services.reviews.update(over.id, written, over.etag) : services.reviews.add({ cycleId, pillarId: area.id, ...written });
    request.then(
      (review) => {
        setSaved(review);
        form.reset(valuesOf(review, scale));
        setState({ kind: 'saved' });
      },
      (error: unknown) => {
        if (error instanceof ConflictError) setState({ kind: 'conflict', mine: written, theirs: error.theirs as Review | null });
        else setState({ kind: 'failed', error });
      }
    );
  };

  const onSubmit = (event: React.FormEvent): void => {
    event.preventDefault();
    if (busy) return;
    const result = form.submit();
    if (!result.ok) return;
    store(writtenOf(form.values, scale), saved);
  };

  const id = `review-${area.id}`;
  return (
    <Section level={3} title={title}>
      <form ref={form.ref} className={styles.form} onSubmit={onSubmit} noValidate aria-label={title}>
        <ErrorSummary problems={form.summary} />
        {state.kind === 'failed' && <SaveFailed title={format(s.saveFailed, { area: area.name })} error={state.error} />}
        {state.kind === 'conflict' && (
          <ReviewConflict
            mine={state.mine}
            theirs={state.theirs}
            scale={scale}
            strings={s}
            busy={false}
            onSave={(resolved, over) => store(resolved, over)}
            onCancel={() => setState({ kind: 'idle' })}
          />
        )}
        <Field label={s.whatChangedLabel} hint={s.whatChangedHint} {...form.field('whatChanged')}>
          <Textarea className={styles.text} resize="vertical" value={form.values.whatChanged} disabled={busy} onChange={(_e, d) => form.set('whatChanged', d.value)} />
        </Field>
        <Field label={s.evidenceNoteLabel} hint={s.evidenceNoteHint} {...form.field('evidenceNote')}>
          <Textarea className={styles.text} resize="vertical" value={form.values.evidenceNote} disabled={busy} onChange={(_e, d) => form.set('evidenceNote', d.value)} />
        </Field>
        <Field label={s.evidenceLinksLabel} hint={s.evidenceLinksHint} {...form.field('evidenceLinks')}>
          <Textarea className={styles.text} resize="vertical" value={form.values.evidenceLinks} disabled={busy} onChange={(_e, d) => form.set('evidenceLinks', d.value)} />
        </Field>
        <Field label={s.rescoreLabel} hint={format(s.rescoreHint, { scale: scale.name })} {...form.field('rescore')}>
          <RadioGroup value={form.values.rescore} disabled={busy} onChange={(_e, d) => form.set('rescore', d.value)} name={`${id}-rescore`}>
            <Radio value="" className={styles.radio} label={s.rescoreNone} />
            {scale.options.map((o) => (
              <Radio key={o.value} value={String(o.value)} className={styles.radio} label={o.label} />
            ))}
          </RadioGroup>
        </Field>
        <Field label={s.decisionsLabel} hint={s.decisionsHint} {...form.field('decisions')}>
          <Textarea className={styles.text} resize="vertical" value={form.values.decisions} disabled={busy} onChange={(_e, d) => form.set('decisions', d.value)} />
        </Field>
        <div className={styles.actions}>
          <Button type="submit" appearance="primary" className={styles.button} disabled={busy}>
            {format(s.save, { area: area.name })}
          </Button>
          {busy && <Spinner size="tiny" label={s.saving} />}
          <Text role="status">{state.kind === 'saved' ? format(s.saved, { area: area.name }) : ''}</Text>
        </div>
      </form>
    </Section>
  );
}
