import * as React from 'react';
import * as z from 'zod/mini';
import { Field, Input, Select, Textarea, makeStyles, tokens } from '@fluentui/react-components';
import type { Action, ActionChanges, Priority, SitePerson } from '../../data/types';
import type { ActionsStrings } from '../../loc/actions';
import { format } from '../../loc/strings';
import type { FormState } from '../shared/forms';
import { useFormat } from '../shared/format';
import { PeoplePicker } from '../shared/people/PeoplePicker';
import { checkDue } from './actionModel';
import { useActionsStrings } from './parts';

export const TITLE_MAX = 255;
export const DETAIL_MAX = 10000;
export const SUCCESS_MAX = 1000;

/** What the action form holds while someone types. `titled: false` leaves the title out (many suggestions at once). */
export type ActionValues = {
  title: string;
  detail: string;
  owner: SitePerson[];
  due: string;
  success: string;
  priority: Priority | '';
};

export const EMPTY_ACTION: ActionValues = { title: '', detail: '', owner: [], due: '', success: '', priority: 'medium' };

/**
 * The form's rules: a title; a due date that is a real day and not in the past (unless it is the
 * date already saved, which may have passed since); lengths the lists hold. A due date after the
 * cycle's end is only a warning, shown by the field, never a refusal.
 */
export function actionSchema(s: ActionsStrings, on: string, options: { needsTitle: boolean; savedDue?: string | null }) {
  const person = z.custom<SitePerson>((v) => typeof v === 'object' && v !== null && typeof (v as SitePerson).id === 'number');
  const title = options.needsTitle
    ? z.string().check(z.trim(), z.minLength(1, s.titleRequired), z.maxLength(TITLE_MAX, s.titleTooLong))
    : z.string().check(z.maxLength(TITLE_MAX, s.titleTooLong));
  return z.object({
    title,
    detail: z.string().check(z.maxLength(DETAIL_MAX, s.detailTooLong)),
    owner: z.array(person).check(z.maxLength(1)),
    due: z.string().check(
      z.superRefine((value, ctx) => {
        if (value === (options.savedDue ?? null)) return;
        const check = checkDue(value, on, null);
        if (check.kind === 'invalid') ctx.addIssue({ code: 'custom', message: s.dueInvalid });
        if (check.kind === 'past') ctx.addIssue({ code: 'custom', message: s.duePast });
      })
    ),
    success: z.string().check(z.maxLength(SUCCESS_MAX, s.successTooLong)),
    priority: z.union([z.enum(['high', 'medium', 'low']), z.literal('')])
  });
}

export type ActionOutput = z.infer<ReturnType<typeof actionSchema>>;

/** The edited fields as the data layer takes them. */
export type EditedAction = Pick<ActionChanges, 'title' | 'detail' | 'ownerId' | 'dueDate' | 'successMeasure' | 'priority'>;

export function toChanges(v: ActionOutput): Required<EditedAction> {
  const text = (t: string): string | null => (t.trim() === '' ? null : t.trim());
  return {
    title: v.title.trim(),
    detail: text(v.detail),
    ownerId: v.owner[0]?.id ?? null,
    dueDate: v.due === '' ? null : v.due,
    successMeasure: text(v.success),
    priority: v.priority === '' ? null : v.priority
  };
}

export function toActionValues(a: Action, owner: SitePerson | null): ActionValues {
  return {
    title: a.title,
    detail: a.detail ?? '',
    owner: owner ? [owner] : [],
    due: a.dueDate ?? '',
    success: a.successMeasure ?? '',
    priority: a.priority ?? ''
  };
}

/** Only what the person changed is sent, so nobody else's change to another field is undone. */
export function changedOnly(edited: Required<EditedAction>, saved: Action): EditedAction {
  const out: EditedAction = {};
  (Object.keys(edited) as Array<keyof EditedAction>).forEach((k) => {
    if (edited[k] !== saved[k]) (out as Record<string, unknown>)[k] = edited[k];
  });
  return out;
}

const useStyles = makeStyles({
  fields: { display: 'flex', flexDirection: 'column', rowGap: tokens.spacingVerticalM, minWidth: 0 },
  input: { maxWidth: '36rem', minWidth: 0 },
  date: { maxWidth: '14rem', minHeight: '32px' }
});

/** The fields of an action. The due date warns (without refusing) when it is after the cycle's end. */
export function ActionFields(props: {
  form: FormState<ActionValues, ActionOutput>;
  on: string;
  cycleEnd: string | null;
  /** False when the titles (and details) come from chosen suggestions. */
  withTitle: boolean;
  disabled?: boolean;
}): React.ReactElement {
  const { form, disabled } = props;
  const s = useActionsStrings();
  const fmt = useFormat();
  const styles = useStyles();
  const dueField = form.field('due');
  const check = checkDue(form.values.due, props.on, props.cycleEnd);
  const dueProps =
    dueField.validationState === 'error'
      ? dueField
      : check.kind === 'after-end'
        ? { validationState: 'warning' as const, validationMessage: format(s.dueAfterEnd, { date: fmt.date(check.end) }) }
        : { validationState: 'none' as const };
  return (
    <div className={styles.fields}>
      {props.withTitle && (
        <Field label={s.titleLabel} required {...form.field('title')} className={styles.input}>
          <Input value={form.values.title} onChange={(_e, d) => form.set('title', d.value)} disabled={disabled} />
        </Field>
      )}
      {props.withTitle && (
        <Field label={s.detailLabel} hint={s.detailHint} {...form.field('detail')} className={styles.input}>
          <Textarea value={form.values.detail} onChange={(_e, d) => form.set('detail', d.value)} disabled={disabled} resize="vertical" />
        </Field>
      )}
      <PeoplePicker
        label={s.ownerLabel}
        hint={s.ownerHint}
        value={form.values.owner}
        onChange={(people) => form.set('owner', people.slice(-1))}
        disabled={disabled}
        limit={10}
        {...form.field('owner')}
      />
      <Field label={s.dueLabel} hint={s.dueHint} {...dueProps}>
        <Input type="date" className={styles.date} value={form.values.due} onChange={(_e, d) => form.set('due', d.value)} disabled={disabled} />
      </Field>
      <Field label={s.successLabel} hint={s.successHint} {...form.field('success')} className={styles.input}>
        <Textarea value={form.values.success} onChange={(_e, d) => form.set('success', d.value)} disabled={disabled} resize="vertical" />
      </Field>
      <Field label={s.priorityLabel} {...form.field('priority')} className={styles.input}>
        <Select value={form.values.priority} onChange={(_e, d) => form.set('priority', d.value as ActionValues['priority'])} disabled={disabled}>
          <option value="high">{s.priorityHigh}</option>
          <option value="medium">{s.priorityMedium}</option>
          <option value="low">{s.priorityLow}</option>
          <option value="">{s.priorityNone}</option>
        </Select>
      </Field>
    </div>
  );
}
