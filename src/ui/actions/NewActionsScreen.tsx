import * as React from 'react';
import {
  Button,
  Checkbox,
  Link,
  MessageBar,
  MessageBarBody,
  MessageBarTitle,
  Spinner,
  Text,
  makeStyles,
  tokens
} from '@fluentui/react-components';
import type { ActionInput, Cycle } from '../../data/types';
import type { ActionsStrings } from '../../loc/actions';
import { format } from '../../loc/strings';
import { findStatement, type ModelPack, type Resource, type SuggestedAction } from '../../model';
import { useApp } from '../AppContext';
import { RouteLink, useRoute } from '../app/navigation';
import { errorText } from '../shared/errorText';
import { useKitStrings } from '../shared/useKit';
import { ErrorSummary, isWebAddress, useForm } from '../shared/forms';
import { Facts, Page, Paragraph, Section } from '../shared/layout';
import { QueryView } from '../shared/QueryView';
import { usePack } from '../shared/usePack';
import { invalidate, useQuery } from '../shared/useQuery';
import { ActionFields, actionSchema, EMPTY_ACTION, toChanges, type ActionOutput, type ActionValues } from './ActionFields';
import { gapOf, resourcesFor, servesOf, statementForSuggestion, suggestionsFor, today } from './actionModel';
import { useActionsStrings } from './parts';

const useStyles = makeStyles({
  layout: {
    display: 'grid',
    gridTemplateColumns: 'minmax(0, 2fr) minmax(0, 1fr)',
    gap: tokens.spacingHorizontalXXL,
    '@media (max-width: 720px)': { gridTemplateColumns: 'minmax(0, 1fr)' }
  },
  main: { display: 'flex', flexDirection: 'column', rowGap: tokens.spacingVerticalXL, minWidth: 0 },
  aside: { display: 'flex', flexDirection: 'column', rowGap: tokens.spacingVerticalS, minWidth: 0 },
  list: { listStyleType: 'none', margin: 0, padding: 0, display: 'flex', flexDirection: 'column', rowGap: tokens.spacingVerticalM },
  suggestion: { display: 'flex', flexDirection: 'column', rowGap: tokens.spacingVerticalXXS, minWidth: 0, overflowWrap: 'anywhere' },
  description: { color: tokens.colorNeutralForeground2, marginLeft: '32px' },
  startFrom: { alignSelf: 'flex-start', marginLeft: '28px', minHeight: '24px' },
  form: { display: 'flex', flexDirection: 'column', rowGap: tokens.spacingVerticalM, minWidth: 0 },
  row: { display: 'flex', flexWrap: 'wrap', alignItems: 'center', gap: tokens.spacingHorizontalS },
  button: { minHeight: '32px' },
  resource: { display: 'flex', flexDirection: 'column', rowGap: tokens.spacingVerticalXXS, minWidth: 0, overflowWrap: 'anywhere' },
  detail: { color: tokens.colorNeutralForeground2 }
});

type Notice = { kind: 'added'; text: string } | { kind: 'failed'; error: unknown } | null;

function Resources(props: { resources: Resource[]; s: ActionsStrings }): React.ReactElement {
  const { resources, s } = props;
  const styles = useStyles();
  if (resources.length === 0) return <Paragraph>{s.resourcesNone}</Paragraph>;
  return (
    <ul className={styles.list}>
      {resources.map((r) => (
        <li key={r.id} className={styles.resource}>
          {r.url && isWebAddress(r.url) ? (
            <Link href={r.url} target="_blank" rel="noopener noreferrer">
              {r.title}
            </Link>
          ) : (
            <Text weight="semibold">{r.title}</Text>
          )}
          <Text className={styles.detail}>{r.year ? format(s.resourceByYear, { publisher: r.publisher, year: r.year }) : format(s.resourceBy, { publisher: r.publisher })}</Text>
          {r.description && <Text>{r.description}</Text>}
        </li>
      ))}
    </ul>
  );
}

function Planner(props: { cycle: Cycle; pack: ModelPack; item: string | null }): React.ReactElement {
  const { cycle, pack } = props;
  const { services } = useApp();
  const s = useActionsStrings();
  const kit = useKitStrings();
  const styles = useStyles();
  const on = today();
  const gap = React.useMemo(() => gapOf(pack, props.item), [pack, props.item]);
  const serves = servesOf(pack, gap.pillarId, gap.statementId);
  const suggestions = React.useMemo(() => suggestionsFor(pack, gap.pillarId, gap.statementId), [pack, gap]);
  const resources = React.useMemo(() => resourcesFor(pack, gap.pillarId, suggestions), [pack, gap, suggestions]);

  const [chosen, setChosen] = React.useState<Set<string>>(new Set());
  const [notice, setNotice] = React.useState<Notice>(null);
  const [busy, setBusy] = React.useState(false);
  const [chooseError, setChooseError] = React.useState(false);

  const sharedSchema = React.useMemo(() => actionSchema(s, on, { needsTitle: false }), [s, on]);
  const ownSchema = React.useMemo(() => actionSchema(s, on, { needsTitle: true }), [s, on]);
  const first = suggestions[0];
  const shared = useForm(sharedSchema, EMPTY_ACTION);
  const own = useForm<ActionValues, ActionOutput>(ownSchema, first ? { ...EMPTY_ACTION, title: first.title, detail: first.description } : EMPTY_ACTION);

  const base = (): Pick<ActionInput, 'cycleId' | 'serviceId' | 'completedDate' | 'carriedOverFromId'> => ({
    cycleId: cycle.id,
    serviceId: cycle.serviceId,
    completedDate: null,
    carriedOverFromId: null
  });

  const send = (inputs: ActionInput[], after: () => void): void => {
    setBusy(true);
    setNotice(null);
    services.actions.addMany(inputs).then(
      (created) => {
        setBusy(false);
        setNotice({ kind: 'added', text: created.length === 1 ? s.suggestedAddedOne : format(s.suggestedAdded, { count: created.length }) });
        invalidate(`actions:${cycle.id}`);
        invalidate('overview:');
        invalidate('mywork');
        after();
      },
      (error: unknown) => {
        setBusy(false);
        setNotice({ kind: 'failed', error });
      }
    );
  };

  const addChosen = (event: React.FormEvent): void => {
    event.preventDefault();
    if (busy) return;
    const picked = suggestions.filter((a) => chosen.has(a.id));
    setChooseError(picked.length === 0);
    const result = shared.submit();
    if (!result.ok || picked.length === 0) return;
    const values = toChanges(result.data);
    send(
      picked.map((a: SuggestedAction) => {
        const statementId = statementForSuggestion(pack, a, gap);
        return {
          ...base(),
          title: a.title,
          detail: a.description,
          pillarId: (statementId ? findStatement(pack, statementId)?.pillar.id : undefined) ?? gap.pillarId,
          statementId,
          ownerId: values.ownerId,
          dueDate: values.dueDate,
          successMeasure: values.successMeasure,
          priority: values.priority
        };
      }),
      () => setChosen(new Set())
    );
  };

  const addOwn = (event: React.FormEvent): void => {
    event.preventDefault();
    if (busy) return;
    const result = own.submit();
    if (!result.ok) return;
    const values = toChanges(result.data);
    send([{ ...base(), ...values, pillarId: gap.pillarId, statementId: gap.statementId }], () => own.reset(EMPTY_ACTION));
  };

  const toggle = (id: string, tick: boolean): void => {
    const next = new Set(chosen);
    if (tick) next.add(id);
    else next.delete(id);
    setChosen(next);
    if (next.size > 0) setChooseError(false);
  };

  const servesFacts: Array<[React.ReactNode, React.ReactNode]> = [];
  if (gap.pillarId) servesFacts.push([s.newPillarLabel, serves.pillarName ?? gap.pillarId]);
  if (gap.statementId) servesFacts.push([s.newStatementLabel, serves.statementText ?? gap.statementId]);
  if (gap.statementId) servesFacts.push([s.newQualityLabel, serves.qualityStatements.length === 0 ? s.newQualityNone : serves.qualityStatements.map((q) => q.title).join('; ')]);

  return (
    <Page
      title={format(s.newTitle, { cycle: cycle.title })}
      subtitle={s.newSubtitle}
      before={
        <RouteLink to={{ screen: 'actions', cycleId: cycle.id }} className={styles.row}>
          {s.backToBoard}
        </RouteLink>
      }
    >
      {gap.unknown && (
        <MessageBar intent="warning" layout="multiline">
          <MessageBarBody>{format(s.newUnknownItem, { id: props.item ?? '' })}</MessageBarBody>
        </MessageBar>
      )}
      <div role="status" aria-live="polite">
        {notice?.kind === 'added' && (
          <MessageBar intent="success">
            <MessageBarBody>
              {notice.text}{' '}
              <RouteLink to={{ screen: 'actions', cycleId: cycle.id }}>{s.openBoard}</RouteLink>
            </MessageBarBody>
          </MessageBar>
        )}
      </div>
      {notice?.kind === 'failed' && (
        <MessageBar intent="error" layout="multiline">
          <MessageBarBody>
            <MessageBarTitle>{s.addFailed}</MessageBarTitle>
            {errorText(kit, notice.error)}
          </MessageBarBody>
        </MessageBar>
      )}
      <Section title={s.newServes}>{servesFacts.length > 0 ? <Facts items={servesFacts} /> : <Paragraph>{s.newForNothing}</Paragraph>}</Section>
      <div className={styles.layout}>
        <div className={styles.main}>
          {(gap.pillarId || gap.statementId) && (
            <Section title={s.suggestedHeading} intro={suggestions.length > 0 ? s.suggestedIntro : undefined}>
              {suggestions.length === 0 ? (
                <Paragraph>{s.suggestedNone}</Paragraph>
              ) : (
                <form className={styles.form} ref={shared.ref} onSubmit={addChosen} noValidate>
                  <ErrorSummary problems={chooseError ? [s.chooseOne, ...shared.summary] : shared.summary} />
                  <ul className={styles.list}>
                    {suggestions.map((a) => {
                      const statementId = statementForSuggestion(pack, a, gap);
                      const statement = !gap.statementId && statementId ? findStatement(pack, statementId)?.statement.text : undefined;
                      return (
                        <li key={a.id} className={styles.suggestion}>
                          <Checkbox label={a.title} checked={chosen.has(a.id)} onChange={(_e, d) => toggle(a.id, d.checked === true)} disabled={busy} />
                          <Text className={styles.description}>{a.description}</Text>
                          {statement && <Text className={styles.description}>{format(s.suggestedFor, { statement })}</Text>}
                          <Button
                            size="small"
                            appearance="subtle"
                            className={styles.startFrom}
                            onClick={() => own.reset({ ...own.values, title: a.title, detail: a.description })}
                          >
                            {format(s.ownStartFrom, { title: a.title })}
                          </Button>
                        </li>
                      );
                    })}
                  </ul>
                  <Section level={3} title={s.sharedHeading} intro={s.sharedIntro}>
                    <ActionFields form={shared} on={on} cycleEnd={cycle.endDate} withTitle={false} disabled={busy} />
                  </Section>
                  <div className={styles.row}>
                    <Button type="submit" appearance="primary" className={styles.button} disabled={busy}>
                      {chosen.size === 1 ? s.suggestedAddOne : format(s.suggestedAdd, { count: chosen.size })}
                    </Button>
                    {busy && <Spinner size="tiny" label={s.adding} />}
                  </div>
                </form>
              )}
            </Section>
          )}
          <Section title={s.ownHeading} intro={s.ownIntro}>
            <form className={styles.form} ref={own.ref} onSubmit={addOwn} noValidate>
              <ErrorSummary problems={own.summary} />
              <ActionFields form={own} on={on} cycleEnd={cycle.endDate} withTitle disabled={busy} />
              <div className={styles.row}>
                <Button type="submit" appearance="primary" className={styles.button} disabled={busy}>
                  {s.addOwn}
                </Button>
              </div>
            </form>
          </Section>
        </div>
        <aside className={styles.aside} aria-label={s.resourcesHeading}>
          <Section title={s.resourcesHeading}>
            <Resources resources={resources} s={s} />
          </Section>
        </aside>
      </div>
    </Page>
  );
}

function WithPack(props: { cycle: Cycle; item: string | null }): React.ReactElement {
  const s = useActionsStrings();
  const pack = usePack({ packId: props.cycle.packId, packVersion: props.cycle.packVersion });
  return (
    <QueryView query={pack} label={s.loadingPack}>
      {(p) => <Planner cycle={props.cycle} pack={p} item={props.item} />}
    </QueryView>
  );
}

/**
 * New actions for a cycle (route `newaction/-/<cycle>[/<pillar or statement id>]`, managers only):
 * from a gap on the results screen, the pack's suggested actions for that statement or pillar (tick
 * several to add them at once) with the resources that help beside them, or an action of one's own.
 */
export default function NewActionsScreen(): React.ReactElement {
  const { services } = useApp();
  const { cycleId, item } = useRoute();
  const id = cycleId ?? 0;
  const query = useQuery(cycleId === null ? null : `cycle:${id}`, () => services.cycles.get(id));
  return <QueryView query={query}>{(cycle) => <WithPack cycle={cycle} item={item} />}</QueryView>;
}
