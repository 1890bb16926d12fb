import * as React from 'react';
import * as z from 'zod/mini';
import {
  Button,
  Field,
  Menu,
  MenuItemRadio,
  MenuList,
  MenuPopover,
  MenuTrigger,
  Select,
  Textarea,
  makeStyles,
  tokens
} from '@fluentui/react-components';
import type { Action, ActionStatus, AudienceSummary, ResultsSummary, Review } from '../../data/types';
import type { ModelPack } from '../../model';
import { enGBMeeting, meetingTranslations, type MeetingStrings } from '../../loc/meeting';
import { format } from '../../loc/strings';
import { useApp } from '../AppContext';
import { RouteLink, useRoute } from '../app/navigation';
import { useSite } from '../app/SiteContext';
import { useCyclePhaseLabels } from '../cycle/cycleText';
import { useFormat, type Formatters } from '../shared/format';
import { ErrorSummary, useForm } from '../shared/forms';
import { Page, Paragraph, Section } from '../shared/layout';
import { CopyLink } from '../shared/links/CopyLink';
import { ErrorBar, QueryView } from '../shared/QueryView';
import { usePack } from '../shared/usePack';
import { invalidate, useQuery } from '../shared/useQuery';
import { useStrings } from '../shared/useStrings';
import { useStatusLabels } from '../shared/phases';

/** Longest decision the form takes; the review's decisions field keeps every one, dated. */
const DECISION_MAX = 1000;
const OPEN: readonly ActionStatus[] = ['not-started', 'in-progress', 'on-hold'];
const MOVES: readonly ActionStatus[] = ['not-started', 'in-progress', 'on-hold', 'done', 'cancelled'];

const useStyles = makeStyles({
  // One column that fits a 280 px panel: nothing wider, nothing scrolling sideways.
  root: { minWidth: 0, maxWidth: '100%', overflowWrap: 'anywhere' },
  list: { margin: 0, padding: 0, listStyleType: 'none', display: 'flex', flexDirection: 'column', rowGap: tokens.spacingVerticalS },
  item: {
    display: 'flex',
    flexDirection: 'column',
    rowGap: tokens.spacingVerticalXXS,
    padding: tokens.spacingVerticalS,
    borderRadius: tokens.borderRadiusMedium,
    border: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
    minWidth: 0
  },
  name: { fontWeight: tokens.fontWeightSemibold },
  weakest: { fontWeight: tokens.fontWeightSemibold },
  overdue: { color: tokens.colorPaletteRedForeground1, fontWeight: tokens.fontWeightSemibold, '@media (forced-colors: active)': { color: 'CanvasText' } },
  move: { alignSelf: 'flex-start', minHeight: '32px' },
  form: { display: 'flex', flexDirection: 'column', rowGap: tokens.spacingVerticalS, minWidth: 0 },
  full: { minWidth: 0, maxWidth: '100%' },
  status: { minHeight: '1lh' },
  subheading: { margin: 0 },
  decisions: { margin: 0, paddingLeft: tokens.spacingHorizontalL, whiteSpace: 'pre-wrap' }
});

/** Pillars (not cross-cutting themes) of a pack, by id and name. */
function pillarsOf(pack: ModelPack | null): Array<{ id: string; name: string }> {
  return (pack?.pillars ?? []).filter((p) => !p.crossCutting).map((p) => ({ id: p.id, name: p.name }));
}

function percentOf(audience: AudienceSummary | null, pillarId: string): number | null {
  return audience?.pillars.find((p) => p.pillarId === pillarId)?.percent ?? null;
}

/** The leaders' and staff scores of each pillar, the gap between them in words, and the weakest pillar of each. */
function ResultsPart(props: { results: ResultsSummary; pack: ModelPack | null; strings: MeetingStrings; f: Formatters }): React.ReactElement {
  const { results, pack, strings, f } = props;
  const styles = useStyles();
  const staff = results.staff?.status === 'shown' ? results.staff : null;
  const name = (id: string): string => pack?.pillars.find((p) => p.id === id)?.name ?? id;
  const pct = (v: number | null, hidden: boolean): string => (hidden ? strings.hidden : v === null ? strings.noScore : f.percent(v));
  const pillarIds = results.leaders?.pillars.map((p) => p.pillarId) ?? staff?.pillars.map((p) => p.pillarId) ?? pillarsOf(pack).map((p) => p.id);
  return (
    <>
      <Paragraph>{format(strings.publishedOn, { date: f.date(results.publishedAt) })}</Paragraph>
      {results.staff?.status === 'suppressed' && <Paragraph>{format(strings.staffHidden, { count: results.staff.minimumGroupSize })}</Paragraph>}
      <ul className={styles.list}>
        {pillarIds.map((id) => {
          const l = percentOf(results.leaders, id);
          const s = percentOf(staff, id);
          const gap = l !== null && s !== null ? Math.round(l - s) : null;
          const gapText =
            gap === null ? null : gap === 0 ? strings.gapNone : gap > 0 ? format(strings.gapHigher, { points: gap }) : format(strings.gapLower, { points: -gap });
          return (
            <li key={id} className={styles.item}>
              <span className={styles.name}>{name(id)}</span>
              <span>{format(strings.scoreLine, { leaders: pct(l, false), staff: pct(s, results.staff?.status === 'suppressed') })}</span>
              {gapText && <span>{format(strings.gapLine, { gap: gapText })}</span>}
            </li>
          );
        })}
      </ul>
      {results.leaders?.weakest && (
        <Paragraph>
          <span className={styles.weakest}>
            {format(strings.weakest, { who: strings.leaders, pillar: name(results.leaders.weakest.pillarId), percent: f.percent(results.leaders.weakest.percent) })}
          </span>
        </Paragraph>
      )}
      {staff?.weakest && (
        <Paragraph>
          <span className={styles.weakest}>
            {format(strings.weakest, { who: strings.staff, pillar: name(staff.weakest.pillarId), percent: f.percent(staff.weakest.percent) })}
          </span>
        </Paragraph>
      )}
    </>
  );
}

/** An open action with its Move to… menu (managers move any; others their own). */
function ActionItem(props: { action: Action; canMove: boolean; strings: MeetingStrings; f: Formatters; onMoved(text: string): void }): React.ReactElement {
  const { action, canMove, strings, f, onMoved } = props;
  const statuses = useStatusLabels();
  const { services } = useApp();
  const site = useSite();
  const styles = useStyles();
  const [error, setError] = React.useState<unknown>(null);
  const [busy, setBusy] = React.useState(false);
  // A moved action leaves the list when it is read again; nothing may be set on it after that.
  const mounted = React.useRef(true);
  React.useEffect(
    () => () => {
      mounted.current = false;
    },
    []
  );
  const today = new Date().toISOString().slice(0, 10);
  const overdue = action.dueDate !== null && action.dueDate.slice(0, 10) < today;
  const move = (status: ActionStatus): void => {
    if (status === action.status) return;
    setBusy(true);
    setError(null);
    services.actions
      .changeStatus(action, status, { id: site.user.id, name: site.user.title })
      .then(
        () => {
          onMoved(format(strings.moved, { title: action.title, status: statuses[status] }));
          invalidate(`meeting:`);
          invalidate(`actions:${action.cycleId}`);
        },
        (e: unknown) => mounted.current && setError(e)
      )
      .finally(() => mounted.current && setBusy(false));
  };
  return (
    <li className={styles.item}>
      <span className={styles.name}>{action.title}</span>
      <span>{format(strings.actionStatus, { status: statuses[action.status] })}</span>
      <span>
        {action.dueDate ? format(strings.actionDue, { date: f.date(action.dueDate) }) : strings.actionNoDue}
        {overdue && (
          <>
            {' · '}
            <span className={styles.overdue}>{strings.actionOverdue}</span>
          </>
        )}
      </span>
      {canMove && (
        <Menu checkedValues={{ status: [action.status] }} onCheckedValueChange={(_, data) => data.checkedItems[0] && move(data.checkedItems[0] as ActionStatus)}>
          <MenuTrigger disableButtonEnhancement>
            <Button className={styles.move} disabled={busy} aria-label={format(strings.moveToLabel, { title: action.title })}>
              {strings.moveTo}
            </Button>
          </MenuTrigger>
          <MenuPopover>
            <MenuList>
              {MOVES.map((s) => (
                <MenuItemRadio key={s} name="status" value={s}>
                  {statuses[s]}
                </MenuItemRadio>
              ))}
            </MenuList>
          </MenuPopover>
        </Menu>
      )}
      {error !== null && <ErrorBar error={error} onRetry={() => setError(null)} />}
    </li>
  );
}

/** "Record a decision": appended, dated, to the decisions of the chosen pillar's review of the cycle. */
function DecisionForm(props: { cycleId: number; pillars: Array<{ id: string; name: string }>; reviews: Review[]; strings: MeetingStrings }): React.ReactElement {
  const { cycleId, pillars, reviews, strings } = props;
  const { services } = useApp();
  const styles = useStyles();
  const schema = React.useMemo(
    () =>
      z.object({
        pillarId: z.string().check(z.minLength(1, strings.decisionPillarRequired)),
        decision: z
          .string()
          .check(
            z.trim(),
            z.minLength(1, strings.decisionRequired),
            z.maxLength(DECISION_MAX, format(strings.decisionTooLong, { count: DECISION_MAX }))
          )
      }),
    [strings]
  );
  const form = useForm(schema, { pillarId: pillars[0]?.id ?? '', decision: '' });
  const [saving, setSaving] = React.useState(false);
  const [error, setError] = React.useState<unknown>(null);
  const [saved, setSaved] = React.useState('');

  const onSubmit = (event: React.FormEvent): void => {
    event.preventDefault();
    const result = form.submit();
    if (!result.ok) return;
    const { pillarId, decision } = result.data;
    const line = `${new Date().toISOString().slice(0, 10)}: ${decision}`;
    const existing = reviews.find((r) => r.pillarId === pillarId);
    setSaving(true);
    setError(null);
    setSaved('');
    const save = existing
      ? services.reviews.update(existing.id, { decisions: existing.decisions ? `${existing.decisions}\n${line}` : line }, existing.etag)
      : services.reviews.add({ cycleId, pillarId, whatChanged: null, evidence: null, rescore: null, decisions: line });
    save.then(
      () => {
        setSaved(format(strings.decisionSaved, { pillar: pillars.find((p) => p.id === pillarId)?.name ?? pillarId }));
        form.reset({ pillarId, decision: '' });
        invalidate(`meeting:`);
        invalidate(`review:${cycleId}`);
      },
      (e: unknown) => setError(e)
    );
    save.finally(() => setSaving(false)).catch(() => undefined);
  };

  return (
    <form className={styles.form} ref={form.ref} onSubmit={onSubmit} noValidate>
      <Paragraph>{strings.decisionIntro}</Paragraph>
      <ErrorSummary problems={form.summary} />
      <Field label={strings.decisionPillar} required {...form.field('pillarId')}>
        <Select className={styles.full} value={form.values.pillarId} onChange={(_, d) => form.set('pillarId', d.value)}>
          {pillars.map((p) => (
            <option key={p.id} value={p.id}>
              {p.name}
            </option>
          ))}
        </Select>
      </Field>
      <Field label={strings.decisionText} required {...form.field('decision')}>
        <Textarea className={styles.full} resize="vertical" value={form.values.decision} onChange={(_, d) => form.set('decision', d.value)} />
      </Field>
      <Button type="submit" appearance="primary" disabled={saving}>
        {saving ? strings.decisionSaving : strings.decisionSave}
      </Button>
      <div role="status" aria-live="polite" className={styles.status}>
        {saved}
      </div>
      {error !== null && <ErrorBar error={error} />}
    </form>
  );
}

/**
 * The Teams meeting side panel (`meeting/<service>`), 280–320 px wide: the service's current cycle
 * results in short (pillar scores, the gap, the weakest pillar), its open actions with a Move to…
 * menu, and a short form that records a decision in the cycle's review.
 */
export default function MeetingScreen(): React.ReactElement {
  const { services } = useApp();
  const site = useSite();
  const route = useRoute();
  const strings = useStrings(meetingTranslations, enGBMeeting);
  const phases = useCyclePhaseLabels();
  const f = useFormat();
  const styles = useStyles();
  const serviceId = route.serviceId as number;
  const [moved, setMoved] = React.useState('');

  const overview = useQuery(`meeting:${serviceId}:overview`, () => services.overview.read(serviceId));
  const cycle = overview.kind === 'loaded' ? overview.data.data.currentCycle : null;
  const pack = usePack(cycle ? { packId: cycle.packId, packVersion: cycle.packVersion } : null);
  const actions = useQuery(cycle ? `meeting:${serviceId}:actions:${cycle.id}` : null, () => services.actions.listForCycle((cycle as { id: number }).id));
  const reviews = useQuery(cycle ? `meeting:${serviceId}:reviews:${cycle.id}` : null, () => services.reviews.listForCycle((cycle as { id: number }).id));
  const loadedPack = pack.kind === 'loaded' ? pack.data : null;
  const serviceName = overview.kind === 'loaded' ? overview.data.data.service.name : null;

  return (
    <Page
      className={styles.root}
      title={serviceName ?? strings.title}
      subtitle={cycle ? format(strings.cycleLine, { cycle: cycle.title, phase: phases[cycle.phase] }) : undefined}
      actions={<CopyLink to={{ screen: 'meeting', serviceId }} />}
    >
      <QueryView query={overview} label={strings.loading}>
        {({ data }) => {
          if (!data.currentCycle) return <Paragraph>{format(strings.noCycle, { service: data.service.name })}</Paragraph>;
          const current = data.currentCycle;
          const own = (a: Action): boolean => site.access === 'manage' || (site.access === 'contribute' && a.ownerId === site.user.id);
          return (
            <>
              <Section title={strings.resultsHeading}>
                {data.results ? <ResultsPart results={data.results} pack={loadedPack} strings={strings} f={f} /> : <Paragraph>{strings.notPublished}</Paragraph>}
                {data.results && <RouteLink to={{ screen: 'results', serviceId: current.serviceId, cycleId: current.id }}>{strings.openFull}</RouteLink>}
              </Section>
              <Section title={strings.actionsHeading}>
                <div role="status" aria-live="polite">
                  {moved}
                </div>
                <QueryView query={actions}>
                  {({ data: list }) => {
                    const open = list.filter((a) => OPEN.includes(a.status));
                    if (open.length === 0) return <Paragraph>{strings.noActions}</Paragraph>;
                    return (
                      <ul className={styles.list} aria-label={strings.actionsHeading}>
                        {open.map((a) => (
                          <ActionItem key={a.id} action={a} canMove={own(a)} strings={strings} f={f} onMoved={setMoved} />
                        ))}
                      </ul>
                    );
                  }}
                </QueryView>
              </Section>
              <Section title={strings.decisionHeading}>
                <QueryView query={reviews}>
                  {({ data: list }) => (
                    <>
                      {site.access === 'manage' ? (
                        <DecisionForm cycleId={current.id} pillars={pillarsOf(loadedPack)} reviews={list} strings={strings} />
                      ) : (
                        <Paragraph>{strings.readOnlyDecisions}</Paragraph>
                      )}
                      <Decisions reviews={list} pack={loadedPack} strings={strings} />
                    </>
                  )}
                </QueryView>
              </Section>
            </>
          );
        }}
      </QueryView>
    </Page>
  );
}

function Decisions(props: { reviews: Review[]; pack: ModelPack | null; strings: MeetingStrings }): React.ReactElement {
  const { reviews, pack, strings } = props;
  const styles = useStyles();
  const withDecisions = reviews.filter((r) => r.decisions);
  return (
    <>
      <h3 className={styles.subheading}>{strings.decisionsSoFar}</h3>
      {withDecisions.length === 0 ? (
        <Paragraph>{strings.decisionsNone}</Paragraph>
      ) : (
        <ul className={styles.decisions}>
          {withDecisions.map((r) => (
            <li key={r.id}>
              <span className={styles.name}>{pack?.pillars.find((p) => p.id === r.pillarId)?.name ?? r.pillarId}</span>
              {`\n${r.decisions ?? ''}`}
            </li>
          ))}
        </ul>
      )}
    </>
  );
}
