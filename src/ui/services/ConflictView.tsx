import * as React from 'react';
import {
  Button,
  Field,
  MessageBar,
  MessageBarActions,
  MessageBarBody,
  MessageBarTitle,
  Radio,
  RadioGroup,
  Spinner,
  makeStyles,
  shorthands,
  tokens
} from '@fluentui/react-components';
import type { CareServiceInput } from '../../data/repositories/careServices';
import type { CareService, SitePerson } from '../../data/types';
import { format } from '../../loc/strings';
import { ErrorBar } from '../shared/QueryView';
import { useKitStrings } from '../shared/useKit';
import { samePeople, unknownPerson, usePeople } from '../shared/people/usePeople';
import { useServicesStrings, useServiceTypeLabels } from './serviceForm';

/** The fields of a service a conflict can be about, in the order they are shown. */
export const CONFLICT_FIELDS = ['name', 'serviceType', 'leaderIds', 'staffIds', 'active'] as const;
export type ConflictField = (typeof CONFLICT_FIELDS)[number];

/** The fields where two versions of a service differ. */
export function differingFields(a: CareService, b: CareService): ConflictField[] {
  return CONFLICT_FIELDS.filter((f) => {
    if (f === 'leaderIds' || f === 'staffIds') return !samePeople(a[f], b[f]);
    return a[f] !== b[f];
  });
}

export interface Resolution {
  /** The service as it should be: theirs, with the fields the person chose to keep from theirs… or yours. */
  resolved: CareService;
  /** What must be saved over theirs to get there (empty when the person kept every one of theirs). */
  changes: Partial<CareServiceInput>;
  /** The fields that differed. */
  fields: ConflictField[];
  /** Everyone named in either version, by site user id. */
  people: Map<number, SitePerson>;
}

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
  radio: { overflowWrap: 'anywhere' },
  actions: { display: 'flex', flexWrap: 'wrap', gap: tokens.spacingHorizontalS },
  button: { minHeight: '32px' }
});

export interface ConflictViewProps {
  mine: CareService;
  theirs: CareService | null;
  /** People already known by site user id (from the form); the rest are read. */
  known: ReadonlyMap<number, SitePerson>;
  busy: boolean;
  onResolve(resolution: Resolution): void;
  onCancel(): void;
}

/**
 * Two versions of a service side by side, field by field: what the person tried to save and what
 * someone else saved meanwhile. For each difference the person keeps one, then saves.
 */
export function ConflictView(props: ConflictViewProps): React.ReactElement {
  const { mine, theirs, known, busy } = props;
  const s = useServicesStrings();
  const kit = useKitStrings();
  const types = useServiceTypeLabels();
  const styles = useStyles();
  const fields = React.useMemo(() => (theirs ? differingFields(mine, theirs) : []), [mine, theirs]);
  const [choices, setChoices] = React.useState<Partial<Record<ConflictField, 'mine' | 'theirs'>>>({});

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

  const labelOf = (field: ConflictField): string => {
    switch (field) {
      case 'name':
        return s.nameLabel;
      case 'serviceType':
        return s.typeLabel;
      case 'leaderIds':
        return s.leadersLabel;
      case 'staffIds':
        return s.staffLabel;
      default:
        return s.fieldActive;
    }
  };
  const show = (service: CareService, field: ConflictField): string => {
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

  const choiceOf = (field: ConflictField): 'mine' | 'theirs' => choices[field] ?? 'mine';
  const resolve = (): void => {
    const resolved: CareService = { ...theirs };
    const changes: Partial<CareServiceInput> = {};
    for (const f of fields) {
      if (choiceOf(f) !== 'mine') continue;
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
    props.onResolve({ resolved, changes, fields, people });
  };

  return (
    <div className={styles.root}>
      <MessageBar intent="warning" layout="multiline">
        <MessageBarBody>
          <MessageBarTitle>{s.conflictTitle}</MessageBarTitle>
          {s.conflictIntro}
        </MessageBarBody>
      </MessageBar>
      {read.kind === 'failed' && <ErrorBar error={read.error} onRetry={read.reload} />}
      {read.kind === 'loading' ? (
        <Spinner size="tiny" label={kit.loading} />
      ) : (
        fields.map((field) => (
          <Field key={field} label={format(s.conflictChoiceLabel, { field: labelOf(field) })}>
            <RadioGroup value={choiceOf(field)} onChange={(_e, d) => setChoices((c) => ({ ...c, [field]: d.value as 'mine' | 'theirs' }))}>
              <Radio value="mine" className={styles.radio} label={format(s.conflictKeepMine, { value: show(mine, field) })} />
              <Radio value="theirs" className={styles.radio} label={format(s.conflictKeepTheirs, { value: show(theirs, field) })} />
            </RadioGroup>
          </Field>
        ))
      )}
      <div className={styles.actions}>
        <Button appearance="primary" className={styles.button} disabled={busy || read.kind === 'loading'} onClick={resolve}>
          {s.conflictSave}
        </Button>
        <Button className={styles.button} disabled={busy} onClick={props.onCancel}>
          {s.conflictCancel}
        </Button>
        {busy && <Spinner size="tiny" label={s.saving} />}
      </div>
    </div>
  );
}
