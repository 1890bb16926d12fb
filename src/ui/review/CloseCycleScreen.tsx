import * as React from 'react';
import {
  Button,
  Checkbox,
  Field,
  Input,
  MessageBar,
  MessageBarBody,
  MessageBarTitle,
  Radio,
  RadioGroup,
  Select,
  Spinner,
  Text,
  Textarea,
  makeStyles,
  tokens
} from '@fluentui/react-components';
import { compareVersions } from '../../model';
import type { ActionDecision, CloseResult } from '../../data/closeCycle';
import type { Action, Cycle, SiteDefaults, StoredPackSummary } from '../../data/types';
import { format } from '../../loc/strings';
import { enGBReview, reviewTranslations, type ReviewStrings } from '../../loc/review';
import { useApp } from '../AppContext';
import { RouteLink, useRoute } from '../app/navigation';
import { useSite } from '../app/SiteContext';
import { RowWarnings } from '../readModels/RowWarnings';
import { useScreenStrings } from '../useScreenStrings';
import { ErrorSummary, useForm } from '../shared/forms';
import { useFormat } from '../shared/format';
import { Page, Paragraph, Section } from '../shared/layout';
import { QueryView } from '../shared/QueryView';
import { invalidate, useQuery } from '../shared/useQuery';
import { useStrings } from '../shared/useStrings';
import type { RowWarning } from '../../data/rows';
import { packKey, startCycleSchema, type StartCycleValues } from '../services/cycleForm';
import { useServicesStrings } from '../services/serviceForm';
import { SaveFailed } from './SaveFailed';
import { useStatusLabels } from '../shared/phases';

const OPEN: ReadonlyArray<Action['status']> = ['not-started', 'in-progress', 'on-hold'];

const useStyles = makeStyles({
  form: { display: 'flex', flexDirection: 'column', rowGap: tokens.spacingVerticalL, minWidth: 0 },
  list: { listStyleType: 'none', margin: 0, padding: 0, display: 'flex', flexDirection: 'column', rowGap: tokens.spacingVerticalM },
  item: {
    display: 'flex',
    flexDirection: 'column',
    rowGap: tokens.spacingVerticalS,
    padding: `${tokens.spacingVerticalS} ${tokens.spacingHorizontalM}`,
    border: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
    borderRadius: tokens.borderRadiusMedium,
    minWidth: 0
  },
  title: { fontWeight: tokens.fontWeightSemibold, overflowWrap: 'anywhere', margin: 0 },
  details: { margin: 0, overflowWrap: 'anywhere', color: tokens.colorNeutralForeground2 },
  radio: { overflowWrap: 'anywhere', minHeight: '24px' },
  text: { minWidth: 0, maxWidth: '36rem' },
  row: { display: 'flex', flexWrap: 'wrap', gap: tokens.spacingHorizontalL, rowGap: tokens.spacingVerticalM },
  date: { minHeight: '32px', minWidth: '12rem' },
  number: { minHeight: '32px', maxWidth: '8rem' },
  actions: { display: 'flex', flexWrap: 'wrap', alignItems: 'center', gap: tokens.spacingHorizontalM },
  button: { minHeight: '32px' },
  checkbox: { minHeight: '24px' }
});

type Choice = '' | ActionDecision['decision'];
interface DecisionState {
  choice: Choice;
  reason: string;
}

interface Loaded {
  cycle: Cycle;
  actions: Action[];
  warnings: RowWarning[];
  packs: StoredPackSummary[];
  defaults: SiteDefaults;
}

/** The first field to fix: the control itself, or the first choice in a group of radio buttons. */
function focusFirstProblem(form: HTMLFormElement | null): void {
  const first = form?.querySelector<HTMLElement>('[aria-invalid="true"]');
  if (!first) return;
  const control = first.matches('input, textarea, select, button') ? first : first.querySelector<HTMLElement>('input, textarea, select');
  (control ?? first).focus();
}

/** The problems with the decisions, by action id and for the whole form. */
function decisionProblems(s: ReviewStrings, open: Action[], decisions: Record<number, DecisionState>, startNext: boolean): { byAction: Map<number, string>; carry: string | null } {
  const byAction = new Map<number, string>();
  let carries = false;
  for (const a of open) {
    const d = decisions[a.id] ?? { choice: '', reason: '' };
    if (d.choice === '') byAction.set(a.id, format(s.decisionRequired, { title: a.title }));
    else if (d.choice === 'drop' && d.reason.trim() === '') byAction.set(a.id, format(s.reasonRequired, { title: a.title }));
    if (d.choice === 'carry') carries = true;
  }
  return { byAction, carry: carries && !startNext ? s.carryNeedsNext : null };
}

function CloseForm(props: { loaded: Loaded; s: ReviewStrings; onClosed(result: CloseResult): void }): React.ReactElement {
  const { loaded, s } = props;
  const statuses = useStatusLabels();
  const { cycle } = loaded;
  const { services } = useApp();
  const site = useSite();
  const sv = useServicesStrings();
  const fmt = useFormat();
  const styles = useStyles();
  const open = React.useMemo(() => loaded.actions.filter((a) => OPEN.includes(a.status)).sort((a, b) => a.id - b.id), [loaded.actions]);
  // Only this cycle's model, at its version or a newer one.
  const packs = React.useMemo(
    () => loaded.packs.filter((p) => p.id === cycle.packId && compareVersions(p.version, cycle.packVersion) >= 0),
    [loaded.packs, cycle.packId, cycle.packVersion]
  );
  const schema = React.useMemo(() => startCycleSchema(sv, packs), [sv, packs]);
  const same = packs.find((p) => p.version === cycle.packVersion) ?? packs[0];
  const initial: StartCycleValues = { title: '', startDate: '', endDate: '', pack: same ? packKey(same) : '', minimumGroupSize: String(cycle.minimumGroupSize ?? loaded.defaults.minimumGroupSize) };
  const next = useForm(schema, initial);
  const [startNext, setStartNext] = React.useState(false);
  const [decisions, setDecisions] = React.useState<Record<number, DecisionState>>({});
  const [tried, setTried] = React.useState(false);
  const [state, setState] = React.useState<{ kind: 'idle' } | { kind: 'closing' } | { kind: 'failed'; error: unknown }>({ kind: 'idle' });
  const ref = React.useRef<HTMLFormElement>(null);
  const busy = state.kind === 'closing';

  const problems = decisionProblems(s, open, decisions, startNext);
  const set = (id: number, change: Partial<DecisionState>): void =>
    setDecisions((d) => ({ ...d, [id]: { ...(d[id] ?? { choice: '', reason: '' }), ...change } }));

  const summary = tried ? [...problems.byAction.values(), ...(problems.carry ? [problems.carry] : []), ...(startNext ? next.summary : [])] : [];

  const onSubmit = (event: React.FormEvent): void => {
    event.preventDefault();
    if (busy) return;
    setTried(true);
    const nextResult = startNext ? next.submit() : null;
    if (problems.byAction.size > 0 || problems.carry !== null || (nextResult !== null && !nextResult.ok)) {
      setTimeout(() => focusFirstProblem(ref.current), 0);
      return;
    }
    const values = nextResult?.ok ? nextResult.data : null;
    const pack = values ? packs.find((p) => packKey(p) === values.pack) : undefined;
    const request = {
      cycleId: cycle.id,
      decisions: open.map((a): ActionDecision => {
        const d = decisions[a.id];
        return d.choice === 'drop' ? { actionId: a.id, decision: 'drop', reason: d.reason.trim() } : { actionId: a.id, decision: d.choice as 'carry' | 'close' };
      }),
      next:
        values && pack
          ? { title: values.title, packId: pack.id, packVersion: pack.version, startDate: values.startDate, endDate: values.endDate, minimumGroupSize: values.minimumGroupSize }
          : null,
      author: { id: site.user.id, name: site.user.title }
    };
    setState({ kind: 'closing' });
    services.closing.close(request).then(
      (result) => {
        invalidate(`cycle:${cycle.id}`);
        invalidate('services:');
        invalidate('overview');
        invalidate('mywork');
        props.onClosed(result);
      },
      (error: unknown) => setState({ kind: 'failed', error })
    );
  };

  const choiceError = (id: number): string | undefined => {
    const message = tried ? problems.byAction.get(id) : undefined;
    return message && (decisions[id]?.choice ?? '') === '' ? message : undefined;
  };
  const reasonError = (id: number): string | undefined => {
    const message = tried ? problems.byAction.get(id) : undefined;
    return message && decisions[id]?.choice === 'drop' ? message : undefined;
  };

  return (
    <form ref={ref} className={styles.form} onSubmit={onSubmit} noValidate>
      <ErrorSummary problems={summary} />
      {state.kind === 'failed' && <SaveFailed title={s.closeFailed} error={state.error} extra={s.closeRetry} />}
      <Section title={s.closeActionsHeading}>
        {open.length === 0 ? (
          <Paragraph>{s.closeNoActions}</Paragraph>
        ) : (
          <ul className={styles.list}>
            {open.map((a) => {
              const d = decisions[a.id] ?? { choice: '', reason: '' };
              const error = choiceError(a.id);
              const reason = reasonError(a.id);
              return (
                <li key={a.id} className={styles.item}>
                  <Text as="p" className={styles.title}>
                    {a.title}
                  </Text>
                  <Text as="p" className={styles.details}>
                    {[statuses[a.status], a.dueDate ? format(s.actionDue, { date: fmt.date(a.dueDate) }) : s.actionNoDue].join(' · ')}
                  </Text>
                  <Field label={format(s.decisionLabel, { title: a.title })} required validationState={error ? 'error' : 'none'} validationMessage={error}>
                    <RadioGroup value={d.choice} disabled={busy} onChange={(_e, data) => set(a.id, { choice: data.value as Choice })} aria-invalid={error ? true : undefined}>
                      <Radio value="carry" className={styles.radio} label={s.decisionCarry} />
                      <Radio value="close" className={styles.radio} label={s.decisionClose} />
                      <Radio value="drop" className={styles.radio} label={s.decisionDrop} />
                    </RadioGroup>
                  </Field>
                  {d.choice === 'drop' && (
                    <Field label={format(s.reasonLabel, { title: a.title })} required validationState={reason ? 'error' : 'none'} validationMessage={reason}>
                      <Textarea className={styles.text} resize="vertical" value={d.reason} disabled={busy} onChange={(_e, data) => set(a.id, { reason: data.value })} />
                    </Field>
                  )}
                </li>
              );
            })}
          </ul>
        )}
      </Section>
      <Section title={s.nextHeading} intro={sv.startIntro}>
        <Field validationState={tried && problems.carry ? 'error' : 'none'} validationMessage={tried && problems.carry ? problems.carry : undefined}>
          <Checkbox className={styles.checkbox} label={s.startNextLabel} checked={startNext} disabled={busy} onChange={(_e, data) => setStartNext(data.checked === true)} />
        </Field>
        {startNext && (
          <>
            <Field label={sv.cycleTitleLabel} hint={sv.cycleTitleHint} required {...next.field('title')}>
              <Input className={styles.text} value={next.values.title} disabled={busy} onChange={(_e, d) => next.set('title', d.value)} />
            </Field>
            <div className={styles.row}>
              <Field label={sv.startDateLabel} required {...next.field('startDate')}>
                <Input type="date" className={styles.date} value={next.values.startDate} disabled={busy} onChange={(_e, d) => next.set('startDate', d.value)} />
              </Field>
              <Field label={sv.endDateLabel} required {...next.field('endDate')}>
                <Input
                  type="date"
                  className={styles.date}
                  value={next.values.endDate}
                  min={next.values.startDate || undefined}
                  disabled={busy}
                  onChange={(_e, d) => next.set('endDate', d.value)}
                />
              </Field>
            </div>
            <Field label={sv.packLabel} hint={s.packNewer} required {...next.field('pack')}>
              <Select className={styles.text} value={next.values.pack} disabled={busy} onChange={(_e, d) => next.set('pack', d.value)}>
                {packs.map((p) => (
                  <option key={packKey(p)} value={packKey(p)}>
                    {format(p.active ? sv.packOptionActive : sv.packOption, { title: p.title, version: p.version })}
                  </option>
                ))}
              </Select>
            </Field>
            <Field label={sv.minimumLabel} hint={format(sv.minimumHint, { default: loaded.defaults.minimumGroupSize })} required {...next.field('minimumGroupSize')}>
              <Input className={styles.number} inputMode="numeric" value={next.values.minimumGroupSize} disabled={busy} onChange={(_e, d) => next.set('minimumGroupSize', d.value)} />
            </Field>
          </>
        )}
      </Section>
      <div className={styles.actions}>
        <Button type="submit" appearance="primary" className={styles.button} disabled={busy}>
          {s.closeButton}
        </Button>
        {busy && <Spinner size="tiny" label={s.closing} />}
      </div>
    </form>
  );
}

function Closed(props: { s: ReviewStrings; cycle: Cycle; result: CloseResult | null }): React.ReactElement {
  const { s, cycle, result } = props;
  return (
    <>
      <MessageBar intent="success" layout="multiline">
        <MessageBarBody>
          <MessageBarTitle>{s.closeAlready}</MessageBarTitle>
          {result && format(s.closedDone, { closed: result.closed, dropped: result.dropped, carried: result.carried })}
        </MessageBarBody>
      </MessageBar>
      {result?.nextCycle && (
        <Paragraph>
          <RouteLink to={{ screen: 'cycle', cycleId: result.nextCycle.id }}>{s.goToNext}</RouteLink>
        </Paragraph>
      )}
      <Paragraph>
        <RouteLink to={{ screen: 'cycle', cycleId: cycle.id }}>{s.cycleLink}</RouteLink>
      </Paragraph>
    </>
  );
}

/**
 * Closing a cycle (route `close/-/<cycleId>`, managers): what happens to each unfinished action, the
 * next cycle if the manager starts it now, then the phase. The data layer plans what is still to do
 * each time, so closing again after an interruption finishes the job without doing anything twice.
 */
export default function CloseCycleScreen(): React.ReactElement {
  const s = useStrings(reviewTranslations, enGBReview);
  const { services } = useApp();
  const screenStrings = useScreenStrings();
  const { cycleId } = useRoute();
  const id = cycleId ?? 0;
  const [result, setResult] = React.useState<CloseResult | null>(null);
  const query = useQuery<Loaded>(cycleId === null ? null : `cycle:${id}:close`, async () => {
    const [cycle, actions, packs, defaults] = await Promise.all([services.cycles.get(id), services.actions.listForCycle(id), services.packs.list(), services.settings.readDefaults()]);
    return { cycle, actions: actions.data, warnings: actions.warnings, packs, defaults };
  });
  return (
    <QueryView query={query}>
      {(loaded) => (
        <Page title={format(s.closeTitle, { cycle: loaded.cycle.title })} subtitle={s.closeIntro}>
          <RowWarnings strings={screenStrings} warnings={loaded.warnings} />
          {result || loaded.cycle.phase === 'closed' ? (
            <Closed s={s} cycle={loaded.cycle} result={result} />
          ) : (
            <CloseForm loaded={loaded} s={s} onClosed={setResult} />
          )}
        </Page>
      )}
    </QueryView>
  );
}
