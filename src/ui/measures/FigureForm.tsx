import * as React from 'react';
import { Button, Field, Input, MessageBar, MessageBarActions, MessageBarBody, MessageBarTitle, Select, Spinner, Textarea, makeStyles, tokens } from '@fluentui/react-components';
import { measureValue, PERIOD_LENGTHS, periodLabel } from '../../domain';
import type { Measure, ModelPack } from '../../model';
import { ConflictError, DataError } from '../../data/errors';
import type { MeasureRecord } from '../../data/types';
import { format } from '../../loc/strings';
import { useApp } from '../AppContext';
import { ErrorSummary, useForm } from '../shared/forms';
import { useFormat } from '../shared/format';
import { ErrorBar } from '../shared/QueryView';
import { figureSchema, EMPTY_FIGURE, useMeasuresStrings, valuesOf, type FigureOutput } from './figureSchema';
import { useValueText } from './valueText';

const useStyles = makeStyles({
  form: { display: 'flex', flexDirection: 'column', rowGap: tokens.spacingVerticalM, minWidth: 0, maxWidth: '40rem' },
  heading: { margin: 0, overflowWrap: 'anywhere' },
  pair: { display: 'flex', flexWrap: 'wrap', gap: tokens.spacingHorizontalL, minWidth: 0 },
  pairField: { flex: '1 1 14rem', minWidth: 0 },
  hint: { overflowWrap: 'anywhere' },
  actions: { display: 'flex', flexWrap: 'wrap', gap: tokens.spacingHorizontalS, alignItems: 'center' },
  button: { minHeight: '32px' }
});

function isConflict(error: unknown): error is ConflictError<MeasureRecord> {
  return error instanceof ConflictError || (error instanceof DataError && error.kind === 'conflict' && 'mine' in error);
}

export interface FigureFormProps {
  measure: Measure;
  pack: ModelPack;
  serviceId: number;
  /** The service's figures for this measure. */
  records: readonly MeasureRecord[];
  today: string;
  /** The figure being corrected; a new figure when absent. */
  correcting?: MeasureRecord;
  onSaved(record: MeasureRecord): void;
  onCancel(): void;
}

/**
 * Entering a new figure for a measure, or correcting one (with a reason, saved with its ETag so a
 * change someone else saved meanwhile is shown, never overwritten).
 */
export function FigureForm(props: FigureFormProps): React.ReactElement {
  const { measure, pack, serviceId, today } = props;
  const s = useMeasuresStrings();
  const fmt = useFormat();
  const styles = useStyles();
  const { services } = useApp();
  const valueText = useValueText();
  const [correcting, setCorrecting] = React.useState<MeasureRecord | undefined>(props.correcting);
  const others = React.useMemo(() => props.records.filter((r) => r.id !== correcting?.id), [props.records, correcting]);
  const periodName = React.useCallback((r: MeasureRecord) => r.period ?? fmt.date(r.periodEnd), [fmt]);
  const schema = React.useMemo(() => figureSchema(s, { measure, serviceId, others, today, correcting }, periodName), [s, measure, serviceId, others, today, correcting, periodName]);
  const form = useForm(schema, correcting ? valuesOf(correcting) : EMPTY_FIGURE);
  const [state, setState] = React.useState<{ kind: 'idle' } | { kind: 'saving' } | { kind: 'failed'; error: unknown } | { kind: 'conflict'; theirs: MeasureRecord | null }>({
    kind: 'idle'
  });

  const num = Number(form.values.numerator);
  const den = Number(form.values.denominator);
  const preview =
    form.values.numerator.trim() !== '' && form.values.denominator.trim() !== '' && Number.isFinite(num) && Number.isFinite(den) ? measureValue(measure.formula, num, den) : null;
  const shownPeriod = /^\d{4}-\d{2}-\d{2}$/.test(form.values.periodEnd) ? periodLabel(form.values.periodEnd, Number(form.values.months)) : null;

  const save = async (data: FigureOutput): Promise<void> => {
    setState({ kind: 'saving' });
    try {
      let saved: MeasureRecord;
      if (correcting) {
        // The data layer adds the dated reason as the note's last line, and refuses a correction without one.
        const stamp = format(s.correctionNote, { date: fmt.date(today), reason: data.reason });
        const note = [correcting.note, data.note].filter((n): n is string => typeof n === 'string' && n.trim() !== '').join('\n');
        saved = await services.measures.update(
          correcting.id,
          { periodEnd: data.periodEnd, period: data.period, numerator: data.numerator, denominator: data.denominator, source: data.source, note: note === '' ? null : note },
          correcting.etag,
          pack,
          data.reason.trim() === '' ? '' : stamp
        );
      } else {
        saved = await services.measures.record(
          { serviceId, measureId: measure.id, period: data.period, periodEnd: data.periodEnd, numerator: data.numerator, denominator: data.denominator, source: data.source, note: data.note },
          pack
        );
      }
      setState({ kind: 'idle' });
      props.onSaved(saved);
    } catch (error) {
      if (isConflict(error)) setState({ kind: 'conflict', theirs: error.theirs });
      else setState({ kind: 'failed', error });
    }
  };

  const onSubmit = (event: React.FormEvent): void => {
    event.preventDefault();
    const result = form.submit();
    if (result.ok) void save(result.data);
  };

  const startFromTheirs = (theirs: MeasureRecord): void => {
    setCorrecting(theirs);
    // Their figure, with what the person typed as the reason kept.
    form.reset({ ...valuesOf(theirs), reason: form.values.reason, note: form.values.note });
    setState({ kind: 'idle' });
  };

  const busy = state.kind === 'saving';
  const heading = correcting ? format(s.correctHeading, { period: periodName(correcting) }) : format(s.addHeading, { measure: measure.name });
  const monthsOffered = PERIOD_LENGTHS.map(String).includes(form.values.months) ? PERIOD_LENGTHS.map(String) : [...PERIOD_LENGTHS.map(String), form.values.months];
  const monthsText = (m: string): string => (m === '1' ? s.periodMonth : m === '3' ? s.periodQuarter : m === '12' ? s.periodYear : format(s.periodIs, { period: `${m}` }));

  return (
    <form ref={form.ref} className={styles.form} onSubmit={onSubmit} noValidate aria-label={heading}>
      <h3 className={styles.heading}>{heading}</h3>
      <ErrorSummary problems={form.summary} />
      {state.kind === 'conflict' &&
        (state.theirs === null ? (
          <MessageBar intent="warning" layout="multiline">
            <MessageBarBody>
              <MessageBarTitle>{s.conflictTitle}</MessageBarTitle>
              {s.conflictDeleted}
            </MessageBarBody>
            <MessageBarActions>
              <Button onClick={props.onCancel}>{s.cancel}</Button>
            </MessageBarActions>
          </MessageBar>
        ) : (
          <MessageBar intent="warning" layout="multiline">
            <MessageBarBody>
              <MessageBarTitle>{s.conflictTitle}</MessageBarTitle>
              {s.conflictIntro}{' '}
              {format(s.conflictTheirs, {
                numerator: state.theirs.numerator === null ? '' : fmt.number(state.theirs.numerator, 2),
                denominator: state.theirs.denominator === null ? '' : fmt.number(state.theirs.denominator, 2),
                period: periodName(state.theirs)
              })}
              {state.theirs.note && <> {format(s.conflictTheirNote, { note: state.theirs.note })}</>}
            </MessageBarBody>
            <MessageBarActions>
              <Button onClick={() => startFromTheirs(state.theirs as MeasureRecord)}>{s.conflictUseTheirs}</Button>
            </MessageBarActions>
          </MessageBar>
        ))}
      {state.kind === 'failed' && <ErrorBar error={state.error} title={s.saveFailed} />}
      <div className={styles.pair}>
        <Field className={styles.pairField} label={s.periodEndLabel} hint={s.periodEndHint} required {...form.field('periodEnd')}>
          <Input type="date" max={today} value={form.values.periodEnd} onChange={(_e, d) => form.set('periodEnd', d.value)} />
        </Field>
        <Field className={styles.pairField} label={s.periodLengthLabel} hint={shownPeriod ? format(s.periodIs, { period: shownPeriod }) : undefined}>
          <Select value={form.values.months} onChange={(_e, d) => form.set('months', d.value)}>
            {monthsOffered.map((m) => (
              <option key={m} value={m}>
                {monthsText(m)}
              </option>
            ))}
          </Select>
        </Field>
      </div>
      <div className={styles.pair}>
        <Field
          className={styles.pairField}
          label={s.numeratorLabel}
          hint={format(s.countOver, { counts: measure.numerator.counts, period: measure.numerator.period })}
          required
          {...form.field('numerator')}
        >
          <Input inputMode="decimal" value={form.values.numerator} onChange={(_e, d) => form.set('numerator', d.value)} />
        </Field>
        <Field
          className={styles.pairField}
          label={s.denominatorLabel}
          hint={format(s.countOver, { counts: measure.denominator.counts, period: measure.denominator.period })}
          required
          {...form.field('denominator')}
        >
          <Input inputMode="decimal" value={form.values.denominator} onChange={(_e, d) => form.set('denominator', d.value)} />
        </Field>
      </div>
      {preview !== null && <p className={styles.hint}>{format(s.valueWillBe, { value: valueText(preview, measure.unit) })}</p>}
      <Field label={s.sourceLabel} hint={measure.dataSource} {...form.field('source')}>
        <Input value={form.values.source} onChange={(_e, d) => form.set('source', d.value)} />
      </Field>
      {correcting ? (
        <Field label={s.reasonLabel} hint={s.reasonHint} required {...form.field('reason')}>
          <Textarea value={form.values.reason} onChange={(_e, d) => form.set('reason', d.value)} />
        </Field>
      ) : (
        <Field label={s.noteLabel} {...form.field('note')}>
          <Textarea value={form.values.note} onChange={(_e, d) => form.set('note', d.value)} />
        </Field>
      )}
      <div className={styles.actions}>
        <Button type="submit" appearance="primary" className={styles.button} disabled={busy}>
          {correcting ? s.saveCorrection : s.save}
        </Button>
        <Button className={styles.button} disabled={busy} onClick={props.onCancel}>
          {s.cancel}
        </Button>
        {busy && <Spinner size="tiny" label={s.saving} />}
      </div>
    </form>
  );
}
