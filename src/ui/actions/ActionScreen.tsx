import * as React from 'react';
import {
  Button,
  Field,
  MessageBar,
  MessageBarBody,
  MessageBarTitle,
  Select,
  Spinner,
  Text,
  Textarea,
  makeStyles,
  tokens
} from '@fluentui/react-components';
import { ConflictError, DataError, NotFoundError } from '../../data/errors';
import type { Action, ActionStatus, Cycle, ProgressNote, SitePerson } from '../../data/types';
import type { ActionsStrings } from '../../loc/actions';
import { format } from '../../loc/strings';
import type { ModelPack } from '../../model';
import { useApp } from '../AppContext';
import { RouteLink, useRoute } from '../app/navigation';
import { useSite } from '../app/SiteContext';
import { ConflictChoices, type ConflictField } from '../shared/ConflictChoices';
import { errorText } from '../shared/errorText';
import { useFormat } from '../shared/format';
import { ErrorSummary, useForm } from '../shared/forms';
import { Facts, Page, Paragraph, Section } from '../shared/layout';
import { unknownPerson, usePeople } from '../shared/people/usePeople';
import { QueryView } from '../shared/QueryView';
import { useKitStrings } from '../shared/useKit';
import { usePack } from '../shared/usePack';
import { invalidate, useQuery } from '../shared/useQuery';
import { ActionFields, actionSchema, changedOnly, toActionValues, toChanges, type EditedAction } from './ActionFields';
import { ALL_STATUSES, canChange, priorityText, servesOf, today } from './actionModel';
import { useStatusLabels } from '../shared/phases';
import { DueText, useActionsStrings } from './parts';
import { statusNoteText } from '../../data/repositories/actions';

const useStyles = makeStyles({
  notes: { listStyleType: 'none', margin: 0, padding: 0, display: 'flex', flexDirection: 'column', rowGap: tokens.spacingVerticalM },
  note: {
    display: 'flex',
    flexDirection: 'column',
    rowGap: tokens.spacingVerticalXXS,
    paddingLeft: tokens.spacingHorizontalM,
    borderLeft: `${tokens.strokeWidthThick} solid ${tokens.colorNeutralStroke2}`,
    minWidth: 0,
    overflowWrap: 'anywhere'
  },
  noteText: { whiteSpace: 'pre-wrap' },
  by: { color: tokens.colorNeutralForeground2 },
  strong: { fontWeight: tokens.fontWeightSemibold },
  form: { display: 'flex', flexDirection: 'column', rowGap: tokens.spacingVerticalM, minWidth: 0 },
  row: { display: 'flex', flexWrap: 'wrap', alignItems: 'center', gap: tokens.spacingHorizontalS },
  input: { maxWidth: '36rem', minWidth: 0 },
  select: { maxWidth: '16rem' },
  button: { minHeight: '32px' },
  text: { whiteSpace: 'pre-wrap', overflowWrap: 'anywhere', margin: 0 }
});

/**
 * The person's own words of a note: none when the note is only the sentence the data layer stores with a
 * status change (for readers without the status field), as the page shows the change itself instead.
 */
function personsWords(note: ProgressNote): string | null {
  if (!note.status) return note.text;
  return note.text === statusNoteText(note.status.from, note.status.to) ? null : note.text;
}

function isConflict(error: unknown): error is ConflictError<Action> {
  return error instanceof ConflictError || (error instanceof DataError && error.kind === 'conflict' && 'theirs' in error);
}

type Author = { id: number | null; name: string };
type Notice = { kind: 'saved'; text: string } | { kind: 'failed'; title: string; text: string } | null;

function Notes(props: { action: Action; s: ActionsStrings }): React.ReactElement {
  const { action, s } = props;
  const statuses = useStatusLabels();
  const fmt = useFormat();
  const styles = useStyles();
  if (action.progressNotes.length === 0) return <Paragraph>{s.notesNone}</Paragraph>;
  return (
    <ul className={styles.notes}>
      {[...action.progressNotes].reverse().map((n, i) => {
        const words = personsWords(n);
        return (
          <li key={`${n.at}-${i}`} className={styles.note}>
            {n.status && (
              <Text className={styles.strong}>{format(s.noteStatus, { from: statuses[n.status.from], to: statuses[n.status.to] })}</Text>
            )}
            {words && <Text className={styles.noteText}>{words}</Text>}
            <Text className={styles.by}>{format(s.noteBy, { name: n.byName, when: fmt.dateTime(n.at) })}</Text>
          </li>
        );
      })}
    </ul>
  );
}

function History(props: { action: Action; s: ActionsStrings }): React.ReactElement {
  const { action, s } = props;
  const statuses = useStatusLabels();
  const fmt = useFormat();
  const changes = action.progressNotes.filter((n) => n.status);
  if (changes.length === 0) return <Paragraph>{s.historyNone}</Paragraph>;
  return (
    <ol>
      {changes.map((n, i) => {
        const st = n.status as NonNullable<ProgressNote['status']>;
        return (
          <li key={`${n.at}-${i}`}>
            {format(s.historyLine, { from: statuses[st.from], to: statuses[st.to], name: n.byName, when: fmt.dateTime(n.at) })}
          </li>
        );
      })}
    </ol>
  );
}

/** Field by field, in words, for the conflict view. */
function describe(
  s: ActionsStrings,
  statuses: Record<ActionStatus, string>,
  a: Action,
  field: keyof EditedAction | 'status',
  nameOf: (id: number | null) => string,
  fmt: ReturnType<typeof useFormat>
): string {
  const empty = (v: string | null | undefined): string => (v === null || v === undefined || v === '' ? s.conflictEmpty : v);
  switch (field) {
    case 'title':
      return a.title;
    case 'detail':
      return empty(a.detail);
    case 'ownerId':
      return nameOf(a.ownerId);
    case 'dueDate':
      return a.dueDate ? fmt.date(a.dueDate) : s.noDueDate;
    case 'successMeasure':
      return empty(a.successMeasure);
    case 'priority':
      return priorityText(s, a.priority ?? null);
    default:
      return statuses[a.status];
  }
}

type ConflictKey = keyof EditedAction | 'status';
interface Conflict {
  mine: Action;
  theirs: Action | null;
  /** The fields the person changed (only these can differ). */
  keys: ConflictKey[];
  /** For a status change: the person's note with it. */
  statusNote?: string;
}

function ActionBody(props: { cycle: Cycle; initial: Action; pack: ModelPack | null }): React.ReactElement {
  const { cycle, pack } = props;
  const { services } = useApp();
  const site = useSite();
  const s = useActionsStrings();
  const statuses = useStatusLabels();
  const kit = useKitStrings();
  const fmt = useFormat();
  const styles = useStyles();
  const [action, setAction] = React.useState(props.initial);
  const [known, setKnown] = React.useState<Map<number, SitePerson>>(new Map());
  const owner = usePeople(action.ownerId !== null && !known.has(action.ownerId) ? [action.ownerId] : null);
  React.useEffect(() => {
    if (owner.kind === 'loaded' && owner.data.length > 0) setKnown((k) => new Map([...k, ...owner.data.map((p) => [p.id, p] as const)]));
  }, [owner]);
  const nameOf = (id: number | null): string => (id === null ? s.noOwner : (known.get(id) ?? unknownPerson(id, kit.peopleUnknown)).title);
  const may = canChange(action, site);
  const on = today();
  const author: Author = { id: site.user.id, name: site.user.title };

  const [notice, setNotice] = React.useState<Notice>(null);
  const [busy, setBusy] = React.useState(false);
  const [conflict, setConflict] = React.useState<Conflict | null>(null);
  const [editing, setEditing] = React.useState(false);
  const [status, setStatus] = React.useState<ActionStatus>(action.status);
  const [statusNote, setStatusNote] = React.useState('');
  const [note, setNote] = React.useState('');
  const [noteError, setNoteError] = React.useState<string | null>(null);

  const schema = React.useMemo(() => actionSchema(s, on, { needsTitle: true, savedDue: action.dueDate }), [s, on, action.dueDate]);
  const ownerPerson = action.ownerId === null ? null : (known.get(action.ownerId) ?? unknownPerson(action.ownerId, kit.peopleUnknown));
  const form = useForm(schema, toActionValues(action, ownerPerson));

  const saved = (next: Action, text: string): void => {
    setAction(next);
    setStatus(next.status);
    setNotice({ kind: 'saved', text });
    invalidate(`actions:${cycle.id}`);
    invalidate('mywork');
    invalidate('overview:');
  };
  const failed = (title: string, error: unknown, c?: Omit<Conflict, 'mine' | 'theirs'>): void => {
    if (isConflict(error) && c) {
      setConflict({ mine: error.mine, theirs: error.theirs, ...c });
      setNotice(null);
    } else {
      setNotice({ kind: 'failed', title, text: errorText(kit, error) });
    }
  };
  const run = <T,>(work: Promise<T>, ok: (value: T) => void, bad: (error: unknown) => void): void => {
    setBusy(true);
    work.then(
      (v) => {
        setBusy(false);
        ok(v);
      },
      (e: unknown) => {
        setBusy(false);
        bad(e);
      }
    );
  };

  const changeStatus = (): void => {
    if (status === action.status) {
      setNotice({ kind: 'failed', title: s.saveFailed, text: s.statusUnchanged });
      return;
    }
    const words = statusNote;
    run(
      services.actions.changeStatus(action, status, author, words),
      (next) => {
        setStatusNote('');
        saved(next, format(s.statusSaved, { status: statuses[next.status] }));
      },
      (e) => failed(s.saveFailed, e, { keys: ['status'], statusNote: words })
    );
  };

  const addNote = (event: React.FormEvent): void => {
    event.preventDefault();
    const text = note.trim();
    if (text === '') return setNoteError(s.noteRequired);
    if (text.length > 4000) return setNoteError(s.noteTooLong);
    setNoteError(null);
    // A note only adds to the list: after a conflict it is added to the version saved now, overwriting nothing.
    const attempt = (over: Action, again: boolean): void =>
      run(
        services.actions.addProgressNote(over, text, author),
        (next) => {
          setNote('');
          saved(next, s.noteAdded);
        },
        (e) => {
          if (again && isConflict(e) && e.theirs) {
            setAction(e.theirs);
            attempt(e.theirs, false);
          } else failed(s.noteFailed, e);
        }
      );
    attempt(action, true);
  };

  const saveEdit = (event: React.FormEvent): void => {
    event.preventDefault();
    if (busy || conflict) return;
    const result = form.submit();
    if (!result.ok) return;
    const owned = result.data.owner[0];
    if (owned) setKnown((k) => new Map(k).set(owned.id, owned));
    const changes = changedOnly(toChanges(result.data), action);
    if (Object.keys(changes).length === 0) {
      setEditing(false);
      return;
    }
    run(
      services.actions.update(action.id, changes, action.etag),
      (next) => {
        setEditing(false);
        saved(next, s.editSaved);
      },
      (e) => failed(s.saveFailed, e, { keys: Object.keys(changes) as ConflictKey[] })
    );
  };

  const resolve = (c: Conflict, choices: Record<string, 'mine' | 'theirs'>): void => {
    const theirs = c.theirs as Action;
    const kept = c.keys.filter((k) => choices[k] === 'mine' && c.mine[k] !== theirs[k]);
    if (kept.length === 0) {
      setConflict(null);
      setEditing(false);
      saved(theirs, s.conflictResolved);
      form.reset(toActionValues(theirs, theirs.ownerId === null ? null : (known.get(theirs.ownerId) ?? unknownPerson(theirs.ownerId, kit.peopleUnknown))));
      return;
    }
    const retry = (e: unknown): void => failed(s.saveFailed, e, { keys: c.keys, statusNote: c.statusNote });
    if (kept.includes('status')) {
      run(
        services.actions.changeStatus(theirs, c.mine.status, author, c.statusNote),
        (next) => {
          setConflict(null);
          saved(next, s.conflictResolved);
        },
        retry
      );
      return;
    }
    const changes: EditedAction = {};
    for (const k of kept) (changes as Record<string, unknown>)[k] = c.mine[k];
    run(
      services.actions.update(theirs.id, changes, theirs.etag),
      (next) => {
        setConflict(null);
        setEditing(false);
        saved(next, s.conflictResolved);
      },
      retry
    );
  };

  const serves = pack ? servesOf(pack, action.pillarId, action.statementId) : null;
  const labels: Record<ConflictKey, string> = {
    title: s.titleLabel,
    detail: s.detailLabel,
    ownerId: s.ownerLabel,
    dueDate: s.dueLabel,
    successMeasure: s.successLabel,
    priority: s.priorityLabel,
    status: s.statusLabel
  };

  let conflictView: React.ReactNode = null;
  if (conflict) {
    const theirs = conflict.theirs;
    if (theirs === null) {
      conflictView = (
        <MessageBar intent="warning" layout="multiline">
          <MessageBarBody>
            <MessageBarTitle>{s.conflictTitle}</MessageBarTitle>
            {s.conflictDeleted}
          </MessageBarBody>
        </MessageBar>
      );
    } else {
      const fields: Array<ConflictField<ConflictKey>> = conflict.keys
        .filter((k) => conflict.mine[k] !== theirs[k])
        .map((k) => ({ key: k, label: labels[k], mine: describe(s, statuses, conflict.mine, k, nameOf, fmt), theirs: describe(s, statuses, theirs, k, nameOf, fmt) }));
      conflictView = (
        <ConflictChoices
          fields={fields}
          busy={busy}
          note={<Paragraph>{s.conflictNotesKept}</Paragraph>}
          words={{
            title: s.conflictTitle,
            intro: s.conflictIntro,
            choiceLabel: s.conflictChoiceLabel,
            keepMine: s.conflictKeepMine,
            keepTheirs: s.conflictKeepTheirs,
            save: s.conflictSave,
            cancel: s.conflictCancel,
            saving: s.saving
          }}
          onResolve={(choices) => resolve(conflict, choices)}
          onCancel={() => resolve(conflict, {})}
        />
      );
    }
  }

  const facts: Array<[React.ReactNode, React.ReactNode]> = [
    [s.ownerLabel, nameOf(action.ownerId)],
    [s.dueLabel, <DueText key="due" action={action} on={on} />],
    [s.statusLabel, statuses[action.status]],
    [s.priorityLabel, priorityText(s, action.priority)]
  ];
  if (action.completedDate) facts.push([statuses.done, format(s.completedOn, { date: fmt.date(action.completedDate) })]);
  if (action.carriedOverFromId !== null) facts.push([statuses['carried-over'], s.carriedFrom]);

  const servesFacts: Array<[React.ReactNode, React.ReactNode]> = [];
  if (serves) {
    if (action.pillarId) servesFacts.push([s.newPillarLabel, serves.pillarName ?? format(s.unknownPillar, { id: action.pillarId })]);
    if (action.statementId) servesFacts.push([s.newStatementLabel, serves.statementText ?? format(s.unknownStatement, { id: action.statementId })]);
    servesFacts.push([s.newQualityLabel, serves.qualityStatements.length === 0 ? s.newQualityNone : serves.qualityStatements.map((q) => q.title).join('; ')]);
  }

  return (
    <Page
      title={action.title}
      subtitle={cycle.title}
      before={
        <RouteLink to={{ screen: 'actions', cycleId: cycle.id }} className={styles.row}>
          {s.backToBoard}
        </RouteLink>
      }
    >
      <div role="status" aria-live="polite">
        {notice?.kind === 'saved' && (
          <MessageBar intent="success">
            <MessageBarBody>{notice.text}</MessageBarBody>
          </MessageBar>
        )}
      </div>
      {notice?.kind === 'failed' && (
        <MessageBar intent="error" layout="multiline">
          <MessageBarBody>
            <MessageBarTitle>{notice.title}</MessageBarTitle>
            {notice.text}
          </MessageBarBody>
        </MessageBar>
      )}
      {!may && <Paragraph>{s.readOnlyNote}</Paragraph>}
      {conflictView}
      <Section title={s.servesHeading}>{serves ? <Facts items={servesFacts} /> : <Spinner size="tiny" label={s.loadingPack} />}</Section>
      <Section title={s.factsHeading}>
        <Facts items={facts} />
      </Section>
      <Section title={s.successHeading}>
        <Text as="p" className={styles.text}>
          {action.successMeasure ?? s.successNone}
        </Text>
      </Section>
      <Section title={s.detailHeading}>
        <Text as="p" className={styles.text}>
          {action.detail ?? s.detailNone}
        </Text>
      </Section>
      {may && !conflict && (
        <Section title={s.statusHeading}>
          <div className={styles.form}>
            <Field label={s.statusLabel} className={styles.select}>
              <Select value={status} onChange={(_e, d) => setStatus(d.value as ActionStatus)} disabled={busy}>
                {ALL_STATUSES.filter((st) => st !== 'carried-over' || action.status === 'carried-over').map((st) => (
                  <option key={st} value={st}>
                    {statuses[st]}
                  </option>
                ))}
              </Select>
            </Field>
            <Field label={s.statusNoteLabel} className={styles.input}>
              <Textarea value={statusNote} onChange={(_e, d) => setStatusNote(d.value)} disabled={busy} resize="vertical" />
            </Field>
            <div className={styles.row}>
              <Button appearance="primary" className={styles.button} onClick={changeStatus} disabled={busy}>
                {s.statusSave}
              </Button>
            </div>
          </div>
        </Section>
      )}
      {may && (
        <Section title={s.editHeading}>
          {editing ? (
            <form className={styles.form} ref={form.ref} onSubmit={saveEdit} noValidate>
              <ErrorSummary problems={form.summary} />
              <ActionFields form={form} on={on} cycleEnd={cycle.endDate} withTitle disabled={busy} />
              <div className={styles.row}>
                <Button type="submit" appearance="primary" className={styles.button} disabled={busy || conflict !== null}>
                  {s.editSave}
                </Button>
                <Button className={styles.button} disabled={busy} onClick={() => setEditing(false)}>
                  {s.editCancel}
                </Button>
                {busy && <Spinner size="tiny" label={s.saving} />}
              </div>
            </form>
          ) : (
            <div className={styles.row}>
              <Button
                className={styles.button}
                onClick={() => {
                  form.reset(toActionValues(action, ownerPerson));
                  setEditing(true);
                }}
              >
                {s.editOpen}
              </Button>
            </div>
          )}
        </Section>
      )}
      <Section title={s.notesHeading}>
        {may && (
          <form className={styles.form} onSubmit={addNote} noValidate>
            <Field
              label={s.noteLabel}
              className={styles.input}
              validationState={noteError ? 'error' : 'none'}
              validationMessage={noteError ?? undefined}
            >
              <Textarea value={note} onChange={(_e, d) => setNote(d.value)} disabled={busy} resize="vertical" />
            </Field>
            <div className={styles.row}>
              <Button type="submit" className={styles.button} disabled={busy}>
                {s.noteAdd}
              </Button>
            </div>
          </form>
        )}
        <Notes action={action} s={s} />
      </Section>
      <Section title={s.historyHeading}>
        <History action={action} s={s} />
      </Section>
    </Page>
  );
}

function Loaded(props: { cycle: Cycle; action: Action }): React.ReactElement {
  const pack = usePack({ packId: props.cycle.packId, packVersion: props.cycle.packVersion });
  return <ActionBody cycle={props.cycle} initial={props.action} pack={pack.kind === 'loaded' ? pack.data : null} />;
}

/**
 * One action (route `action/-/<cycle>/<action id>`): what it serves, its owner and dates, success
 * measure, progress notes with who and when, and the history of its status. Owners change their own
 * actions and add notes, managers any; others read. A save over someone else's newer save shows both
 * versions field by field for the person to choose.
 */
export default function ActionScreen(): React.ReactElement {
  const { services } = useApp();
  const s = useActionsStrings();
  const { cycleId, item } = useRoute();
  const actionId = Number(item);
  const valid = cycleId !== null && Number.isInteger(actionId) && actionId > 0;
  const query = useQuery(valid ? `action:${cycleId}:${actionId}` : null, async () => {
    try {
      return await services.actions.readOne(cycleId as number, actionId);
    } catch (error) {
      if (error instanceof NotFoundError) return null;
      throw error;
    }
  });
  if (!valid) return <Paragraph>{s.notFound}</Paragraph>;
  return (
    <QueryView query={query}>
      {(read) =>
        read === null || read.action.cycleId !== cycleId ? (
          <Page title={s.notFound}>
            <RouteLink to={{ screen: 'actions', cycleId }}>{s.backToBoard}</RouteLink>
          </Page>
        ) : (
          <Loaded key={read.action.id} cycle={read.cycle} action={read.action} />
        )
      }
    </QueryView>
  );
}
