import * as React from 'react';
import type * as z from 'zod/mini';
import { MessageBar, MessageBarBody, MessageBarTitle } from '@fluentui/react-components';
import { format } from '../../loc/strings';
import { ENGLISH } from '../../model/zodMessages';
import { useKitStrings } from './useKit';

/**
 * Forms: values checked against a zod schema as the person types, each problem shown next to its
 * field (Fluent `Field` with `validationState` and `validationMessage`, which ties the message to the
 * input with aria-describedby and aria-invalid), a summary at the top after a failed submit, and focus
 * on the first field to fix. The schema's messages are the screen's own strings.
 */
export interface FormState<V extends Record<string, unknown>, O> {
  values: V;
  set<K extends keyof V>(name: K, value: V[K]): void;
  /** Replaces several values at once (a draft restored, a conflict resolved). */
  reset(values: V): void;
  /** The problem with a field, once the person has changed it or tried to submit. */
  error(name: keyof V): string | undefined;
  /** Props for the Fluent `Field` around the input of `name`. */
  field(name: keyof V): { validationState: 'error' | 'none'; validationMessage?: string };
  /** Every problem, for the summary; empty until a submit was tried. */
  summary: string[];
  /** Checks everything; on failure shows every problem and focuses the first field to fix. */
  submit(): { ok: true; data: O } | { ok: false };
  /** Put this on the <form> (or the element around the fields) so focus can move to the first problem. */
  ref: React.RefObject<HTMLFormElement>;
}

function problemsOf(result: z.core.util.SafeParseResult<unknown>): Map<string, string> {
  const problems = new Map<string, string>();
  if (!result.success) {
    for (const issue of result.error.issues) {
      const key = String(issue.path[0] ?? '');
      if (!problems.has(key)) problems.set(key, issue.message);
    }
  }
  return problems;
}

export function useForm<V extends Record<string, unknown>, O>(schema: z.ZodMiniType<O, V>, initial: V): FormState<V, O> {
  const [values, setValues] = React.useState<V>(initial);
  const [touched, setTouched] = React.useState<Set<keyof V>>(() => new Set());
  const [tried, setTried] = React.useState(false);
  const ref = React.useRef<HTMLFormElement>(null);
  const problems = React.useMemo(() => problemsOf(schema.safeParse(values, ENGLISH)), [schema, values]);

  const error = (name: keyof V): string | undefined => (tried || touched.has(name) ? problems.get(String(name)) : undefined);
  return {
    values,
    set(name, value) {
      setValues((v) => ({ ...v, [name]: value }));
      setTouched((t) => (t.has(name) ? t : new Set(t).add(name)));
    },
    reset(next) {
      setValues(next);
    },
    error,
    field(name) {
      const message = error(name);
      return message ? { validationState: 'error', validationMessage: message } : { validationState: 'none' };
    },
    summary: tried ? [...problems.values()] : [],
    submit() {
      const result = schema.safeParse(values, ENGLISH);
      if (result.success) return { ok: true, data: result.data };
      setTried(true);
      // After React shows the messages, move to the first field that needs fixing.
      setTimeout(() => {
        const first = ref.current?.querySelector<HTMLElement>('[aria-invalid="true"]');
        first?.focus();
      }, 0);
      return { ok: false };
    },
    ref
  };
}

/** The problems of a form after a failed submit, above the form. */
export function ErrorSummary(props: { problems: string[] }): React.ReactElement | null {
  const kit = useKitStrings();
  if (props.problems.length === 0) return null;
  const title = props.problems.length === 1 ? kit.formProblemsOne : format(kit.formProblemsMany, { count: props.problems.length });
  return (
    <MessageBar intent="error" layout="multiline">
      <MessageBarBody>
        <MessageBarTitle>{title}</MessageBarTitle>
        <ul>
          {props.problems.map((p, i) => (
            <li key={i}>{p}</li>
          ))}
        </ul>
      </MessageBarBody>
    </MessageBar>
  );
}

/** Links people type: the same rule as the data layer's, from the domain. */
export { isWebAddress } from '../../domain';
