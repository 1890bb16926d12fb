import * as React from 'react';
import {
  Button,
  Dialog,
  DialogActions,
  DialogBody,
  DialogContent,
  DialogSurface,
  DialogTitle,
  MessageBar,
  MessageBarActions,
  MessageBarBody,
  MessageBarTitle,
  Spinner,
  Text,
  makeStyles,
  tokens
} from '@fluentui/react-components';
import { ConflictError, DataError } from '../../data/errors';
import type { CareServiceInput } from '../../data/repositories/careServices';
import type { CareService, SitePerson } from '../../data/types';
import { format } from '../../loc/strings';
import { useApp } from '../AppContext';
import { ErrorSummary, useForm } from '../shared/forms';
import { ConflictChoices, type ConflictChoice, type ConflictField } from '../shared/ConflictChoices';
import { Paragraph, Section } from '../shared/layout';
import { idsOf, samePeople, unknownPerson, usePeople } from '../shared/people/usePeople';
import { ErrorBar } from '../shared/QueryView';
import { useKitStrings } from '../shared/useKit';
import { invalidateServices } from './AddServiceForm';
import { SaveFailed } from './SaveFailed';
import { ServiceFields } from './ServiceFields';
import { changedFields, serviceSchema, toInput, toValues, useServicesStrings, useServiceTypeLabels, type ServiceValues } from './serviceForm';

const useStyles = makeStyles({
  form: { display: 'flex', flexDirection: 'column', rowGap: tokens.spacingVerticalM, minWidth: 0 },
  actions: { display: 'flex', flexWrap: 'wrap', alignItems: 'center', gap: tokens.spacingHorizontalM },
  button: { minHeight: '32px' },
  pending: { margin: 0 }
});

type Outcome =
  | { kind: 'none' }
  | { kind: 'saving' }
  | { kind: 'saved'; message: string }
  | { kind: 'unchanged' }
  | { kind: 'failed'; title: string; error: unknown };

type Conflict = { mine: CareService; theirs: CareService | null };

/** The fields of a service a conflict can be about, in the order they are shown. */
const CONFLICT_FIELDS = ['name', 'serviceType', 'leaderIds', 'staffIds', 'active'] as const;
type ServiceField = (typeof CONFLICT_FIELDS)[number];

/** The fields where two versions of a service differ. */
function differingFields(a: CareService, b: CareService): ServiceField[] {
  return CONFLICT_FIELDS.filter((f) => {
    if (f === 'leaderIds' || f === 'staffIds') return !samePeople(a[f], b[f]);
    return a[f] !== b[f];
  });
}

interface Resolution {
  /** The service as it should be: theirs, with the fields the person chose to keep from theirs… or yours. */
  resolved: CareService;
  /** What must be saved over theirs to get there (empty when the person kept every one of theirs). */
  changes: Partial<CareServiceInput>;
  /** The fields that differed. */
  fields: ServiceField[];
  /** Everyone named in either version, by site user id. */
  people: Map<number, SitePerson>;
}

/**
 * A conflict on a service, in the app's one conflict view: leaders and staff are shown by name
 * (people not known yet are read first), and the person's choices become the changes to save.
 */
function ServiceConflict(props: {
  mine: CareService;
  theirs: CareService | null;
  /** People already known by site user id (from the form); the rest are read. */
  known: ReadonlyMap<number, SitePerson>;
  busy: boolean;
  onResolve(resolution: Resolution): void;
  onCancel(): void;
}): React.ReactElement {
  const { mine, theirs, known, busy } = props;
  const s = useServicesStrings();
  const kit = useKitStrings();
  const types = useServiceTypeLabels();
  const allIds = theirs ? [...mine.leaderIds, ...mine.staffIds, ...theirs.leaderIds, ...theirs.staffIds] : [];
  const missing = [...new Set(allIds.filter((id) => !known.has(id)))].sort((a, b) => a - b);
  const read = usePeople(theirs ? missing : null);

  if (theirs === null) {
    return (
      <MessageBar intent="warning" layout="multiline">
        <MessageBarBody>
          <MessageBarTitle>{s.conflictTitle}</MessageBarTitle>
          {s.conflictDeleted}
        </MessageBarBody>
        <MessageBarActions>
          <Button onClick={props.onCancel}>{s.conflictCancel}</Button>
        </MessageBarActions>
      </MessageBar>
    );
  }

  const people = new Map(known);
  if (read.kind === 'loaded') for (const p of read.data) people.set(p.id, p);
  const nameOf = (id: number): string => (people.get(id) ?? unknownPerson(id, kit.peopleUnknown)).title;
  const labels: Record<ServiceField, string> = {
    name: s.nameLabel,
    serviceType: s.typeLabel,
    leaderIds: s.leadersLabel,
    staffIds: s.staffLabel,
    active: s.fieldActive
  };
  const show = (service: CareService, field: ServiceField): string => {
    switch (field) {
      case 'name':
        return service.name;
      case 'serviceType':
        return service.serviceType ? types[service.serviceType] : s.typeNone;
      case 'leaderIds':
        return service.leaderIds.length === 0 ? s.nobody : service.leaderIds.map(nameOf).join(', ');
      case 'staffIds':
        return service.staffIds.length === 0 ? s.everyone : service.staffIds.map(nameOf).join(', ');
      default:
        return service.active ? s.statusActive : s.statusArchived;
    }
  };
  const differing = differingFields(mine, theirs);
  const fields: Array<ConflictField<ServiceField>> = differing.map((f) => ({ key: f, label: labels[f], mine: show(mine, f), theirs: show(theirs, f) }));

  const resolve = (choices: Record<ServiceField, ConflictChoice>): void => {
    const resolved: CareService = { ...theirs };
    const changes: Partial<CareServiceInput> = {};
    for (const f of differing) {
      if (choices[f] !== 'mine') continue;
      switch (f) {
        case 'name':
          resolved.name = changes.name = mine.name;
          break;
        case 'serviceType':
          resolved.serviceType = changes.serviceType = mine.serviceType;
          break;
        case 'leaderIds':
          resolved.leaderIds = changes.leaderIds = mine.leaderIds;
          break;
        case 'staffIds':
          resolved.staffIds = changes.staffIds = mine.staffIds;
          break;
        default:
          resolved.active = changes.active = mine.active;
      }
    }
    props.onResolve({ resolved, changes, fields: differing, people });
  };

  return (
    <ConflictChoices
      fields={fields}
      busy={busy}
      loading={read.kind === 'loading' ? kit.loading : undefined}
      note={read.kind === 'failed' ? <ErrorBar error={read.error} onRetry={read.reload} /> : undefined}
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
      onResolve={resolve}
      onCancel={props.onCancel}
    />
  );
}

function isConflict(error: unknown): error is ConflictError<CareService> {
  return error instanceof ConflictError || (error instanceof DataError && error.kind === 'conflict' && 'mine' in error);
}

/**
 * The form after a conflict was settled: the fields that were in conflict as the person chose, the
 * others as saved now unless the person had changed them (their typing is never thrown away).
 */
function rebase(values: ServiceValues, oldBase: CareService, r: Resolution, newBase: CareService, person: (id: number) => SitePerson): ServiceValues {
  const conflicted = new Set(r.fields);
  const pick = <T,>(field: keyof Resolution['resolved'], current: T, untouched: boolean, fromBase: T): T =>
    conflicted.has(field as Resolution['fields'][number]) || untouched ? fromBase : current;
  return {
    name: pick('name', values.name, values.name === oldBase.name, newBase.name),
    serviceType: pick('serviceType', values.serviceType, (values.serviceType || null) === oldBase.serviceType, newBase.serviceType ?? ''),
    leaders: pick('leaderIds', values.leaders, samePeople(idsOf(values.leaders), oldBase.leaderIds), newBase.leaderIds.map(person)),
    staff: pick('staffIds', values.staff, samePeople(idsOf(values.staff), oldBase.staffIds), newBase.staffIds.map(person))
  };
}

/**
 * One service's details, with its archive switch. Saves only the fields the person changed, with the
 * ETag it was read with; when someone else saved first, both versions are shown field by field.
 */
export function ServiceDetails(props: { service: CareService; people: SitePerson[] }): React.ReactElement {
  const { services } = useApp();
  const s = useServicesStrings();
  const kit = useKitStrings();
  const styles = useStyles();
  const [base, setBase] = React.useState(props.service);
  const [known, setKnown] = React.useState(() => new Map(props.people.map((p) => [p.id, p])));
  const person = (id: number, map: ReadonlyMap<number, SitePerson> = known): SitePerson => map.get(id) ?? unknownPerson(id, kit.peopleUnknown);
  const schema = React.useMemo(() => serviceSchema(s), [s]);
  const form = useForm(schema, toValues(props.service, known, (id) => person(id)));
  const [outcome, setOutcome] = React.useState<Outcome>({ kind: 'none' });
  const [conflict, setConflict] = React.useState<Conflict | null>(null);
  const [confirming, setConfirming] = React.useState(false);
  const archiveButton = React.useRef<HTMLButtonElement>(null);
  /** Closes the confirmation and puts focus back on the button that opened it. */
  const closeConfirm = (): void => {
    setConfirming(false);
    setTimeout(() => archiveButton.current?.focus(), 0);
  };
  const busy = outcome.kind === 'saving';

  const remember = (people: Iterable<SitePerson>): Map<number, SitePerson> => {
    const next = new Map(known);
    for (const p of people) next.set(p.id, p);
    setKnown(next);
    return next;
  };

  /** Saves changes over `etag`; a conflict shows both versions, any other failure keeps the form as it is. */
  const save = (changes: Partial<CareServiceInput>, etag: string | null, done: (saved: CareService) => void, failedTitle: string): void => {
    setOutcome({ kind: 'saving' });
    services.careServices.update(base.id, changes, etag).then(
      (saved) => {
        done(saved);
        invalidateServices();
      },
      (error: unknown) => {
        if (isConflict(error)) {
          setConflict({ mine: error.mine, theirs: error.theirs });
          setOutcome({ kind: 'none' });
        } else {
          setOutcome({ kind: 'failed', title: failedTitle, error });
        }
      }
    );
  };

  const pending = (() => {
    const parsed = schema.safeParse(form.values);
    return parsed.success ? changedFields(toInput(parsed.data), base) : null;
  })();
  const hasPending = pending === null || Object.keys(pending).length > 0;

  const onSubmit = (event: React.FormEvent): void => {
    event.preventDefault();
    if (busy || conflict) return;
    const result = form.submit();
    if (!result.ok) return;
    const changes = changedFields(toInput(result.data), base);
    if (Object.keys(changes).length === 0) {
      setOutcome({ kind: 'unchanged' });
      return;
    }
    remember([...result.data.leaders, ...result.data.staff]);
    save(
      changes,
      base.etag,
      (saved) => {
        setBase(saved);
        setOutcome({ kind: 'saved', message: s.saved });
      },
      s.saveFailed
    );
  };

  const onResolve = (r: Resolution): void => {
    const map = remember(r.people.values());
    const finish = (newBase: CareService): void => {
      form.reset(rebase(form.values, base, r, newBase, (id) => person(id, map)));
      setBase(newBase);
      setConflict(null);
      setOutcome({ kind: 'saved', message: s.conflictResolved });
    };
    if (Object.keys(r.changes).length === 0) {
      finish(r.resolved);
      invalidateServices();
      return;
    }
    save(r.changes, r.resolved.etag, finish, s.saveFailed);
  };

  const toggleActive = (): void => {
    closeConfirm();
    const archiving = base.active;
    save(
      { active: !base.active },
      base.etag,
      (saved) => {
        setBase(saved);
        setOutcome({ kind: 'saved', message: archiving ? s.archived : s.restored });
      },
      archiving ? s.archiveFailed : s.restoreFailed
    );
  };

  return (
    <>
      {!base.active && (
        <MessageBar intent="info" layout="multiline">
          <MessageBarBody>{s.archivedNotice}</MessageBarBody>
        </MessageBar>
      )}
      <Section title={s.detailsHeading}>
        <form ref={form.ref} className={styles.form} onSubmit={onSubmit} noValidate>
          <ErrorSummary problems={form.summary} />
          {outcome.kind === 'failed' && <SaveFailed title={outcome.title} error={outcome.error} />}
          {conflict && (
            <ServiceConflict
              mine={conflict.mine}
              theirs={conflict.theirs}
              known={known}
              busy={busy}
              onResolve={onResolve}
              onCancel={() => setConflict(null)}
            />
          )}
          <ServiceFields form={form} disabled={busy} />
          <div className={styles.actions}>
            <Button type="submit" appearance="primary" className={styles.button} disabled={busy || conflict !== null}>
              {s.save}
            </Button>
            {busy && <Spinner size="tiny" label={s.saving} />}
            <div role="status">
              {outcome.kind === 'saved' && <Text>{outcome.message}</Text>}
              {outcome.kind === 'unchanged' && <Text>{s.nothingChanged}</Text>}
              {outcome.kind !== 'saved' && outcome.kind !== 'unchanged' && hasPending && !busy && (
                <Text className={styles.pending}>{s.unsavedChanges}</Text>
              )}
            </div>
          </div>
        </form>
      </Section>
      <Section title={s.archiveHeading} intro={base.active ? s.archiveIntro : s.restoreIntro}>
        <div className={styles.actions}>
          <Button
            ref={archiveButton}
            className={styles.button}
            disabledFocusable={busy || conflict !== null}
            onClick={() => setConfirming(true)}
          >
            {base.active ? s.archive : s.restore}
          </Button>
        </div>
        <Dialog modalType="alert" open={confirming} onOpenChange={(_e, d) => (d.open ? setConfirming(true) : closeConfirm())}>
          <DialogSurface>
            <DialogBody>
              <DialogTitle>{format(base.active ? s.archiveConfirmTitle : s.restoreConfirmTitle, { name: base.name })}</DialogTitle>
              <DialogContent>
                <Paragraph>{base.active ? s.archiveConfirm : s.restoreConfirm}</Paragraph>
              </DialogContent>
              <DialogActions>
                <Button appearance="primary" className={styles.button} onClick={toggleActive}>
                  {base.active ? s.archive : s.restore}
                </Button>
                <Button className={styles.button} onClick={closeConfirm}>
                  {kit.cancel}
                </Button>
              </DialogActions>
            </DialogBody>
          </DialogSurface>
        </Dialog>
      </Section>
    </>
  );
}
