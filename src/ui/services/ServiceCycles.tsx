import * as React from 'react';
import { Button, Field, Input, Select, Spinner, Text, makeStyles, tokens } from '@fluentui/react-components';
import type { CareService, Cycle, SiteDefaults, StoredPackSummary } from '../../data/types';
import { format } from '../../loc/strings';
import { useApp } from '../AppContext';
import { RouteLink, useNavigate } from '../app/navigation';
import { ErrorSummary, useForm } from '../shared/forms';
import { useFormat } from '../shared/format';
import { Paragraph, Section } from '../shared/layout';
import { QueryView } from '../shared/QueryView';
import { useQuery } from '../shared/useQuery';
import { RowWarnings } from '../readModels/RowWarnings';
import { useScreenStrings } from '../useScreenStrings';
import { invalidateServices } from './AddServiceForm';
import { packKey, startCycleSchema, type StartCycleValues } from './cycleForm';
import { SaveFailed } from './SaveFailed';
import { usePhaseLabels, useServicesStrings } from './serviceForm';

const useStyles = makeStyles({
  list: { listStyleType: 'none', margin: 0, padding: 0, display: 'flex', flexDirection: 'column', rowGap: tokens.spacingVerticalS },
  item: {
    display: 'flex',
    flexDirection: 'column',
    rowGap: tokens.spacingVerticalXXS,
    padding: `${tokens.spacingVerticalS} ${tokens.spacingHorizontalM}`,
    border: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
    borderRadius: tokens.borderRadiusMedium,
    minWidth: 0
  },
  name: { fontWeight: tokens.fontWeightSemibold, overflowWrap: 'anywhere', minHeight: '24px' },
  details: { margin: 0, overflowWrap: 'anywhere', color: tokens.colorNeutralForeground2 },
  form: { display: 'flex', flexDirection: 'column', rowGap: tokens.spacingVerticalM, minWidth: 0 },
  row: { display: 'flex', flexWrap: 'wrap', gap: tokens.spacingHorizontalL, rowGap: tokens.spacingVerticalM },
  input: { maxWidth: '36rem', minHeight: '32px' },
  date: { minHeight: '32px', minWidth: '12rem' },
  number: { minHeight: '32px', maxWidth: '8rem' },
  actions: { display: 'flex', flexWrap: 'wrap', alignItems: 'center', gap: tokens.spacingHorizontalM },
  button: { minHeight: '32px' }
});

/** Latest first: by start date, then by id. */
function byStartDescending(a: Cycle, b: Cycle): number {
  return (b.startDate ?? '').localeCompare(a.startDate ?? '') || b.id - a.id;
}

function CycleItem(props: { cycle: Cycle }): React.ReactElement {
  const { cycle } = props;
  const s = useServicesStrings();
  const phases = usePhaseLabels();
  const f = useFormat();
  const styles = useStyles();
  const dates = cycle.startDate || cycle.endDate ? format(s.cycleDates, { start: f.date(cycle.startDate), end: f.date(cycle.endDate) }) : s.cycleNoDates;
  const parts = [
    format(s.cyclePhase, { phase: phases[cycle.phase] }),
    dates,
    cycle.publishedAt ? format(s.cyclePublished, { date: f.date(cycle.publishedAt) }) : s.cycleNotPublished
  ];
  return (
    <li className={styles.item}>
      <RouteLink to={{ screen: 'cycle', cycleId: cycle.id }} className={styles.name}>
        {cycle.title}
      </RouteLink>
      <Text as="p" className={styles.details}>
        {parts.join(' · ')}
      </Text>
    </li>
  );
}

function StartCycleForm(props: { service: CareService; packs: StoredPackSummary[]; defaults: SiteDefaults }): React.ReactElement {
  const { service, packs, defaults } = props;
  const { services } = useApp();
  const navigate = useNavigate();
  const s = useServicesStrings();
  const styles = useStyles();
  const schema = React.useMemo(() => startCycleSchema(s, packs), [s, packs]);
  const active = packs.find((p) => p.active) ?? packs[0];
  const initial: StartCycleValues = {
    title: '',
    startDate: '',
    endDate: '',
    pack: active ? packKey(active) : '',
    minimumGroupSize: String(defaults.minimumGroupSize)
  };
  const form = useForm(schema, initial);
  const [state, setState] = React.useState<{ kind: 'none' } | { kind: 'saving' } | { kind: 'failed'; error: unknown }>({ kind: 'none' });
  const saving = state.kind === 'saving';

  const onSubmit = (event: React.FormEvent): void => {
    event.preventDefault();
    if (saving) return;
    const result = form.submit();
    if (!result.ok) return;
    const v = result.data;
    const pack = packs.find((p) => packKey(p) === v.pack) as StoredPackSummary;
    setState({ kind: 'saving' });
    services.cycles
      .add({
        title: v.title,
        serviceId: service.id,
        packId: pack.id,
        packVersion: pack.version,
        startDate: v.startDate,
        endDate: v.endDate,
        minimumGroupSize: v.minimumGroupSize
      })
      .then(
        (cycle) => {
          invalidateServices();
          navigate({ screen: 'cycle', cycleId: cycle.id });
        },
        (error: unknown) => setState({ kind: 'failed', error })
      );
  };

  return (
    <form ref={form.ref} className={styles.form} onSubmit={onSubmit} noValidate>
      <ErrorSummary problems={form.summary} />
      {state.kind === 'failed' && <SaveFailed title={s.startFailed} error={state.error} />}
      <Field label={s.cycleTitleLabel} hint={s.cycleTitleHint} required {...form.field('title')}>
        <Input className={styles.input} value={form.values.title} disabled={saving} onChange={(_e, d) => form.set('title', d.value)} />
      </Field>
      <div className={styles.row}>
        <Field label={s.startDateLabel} required {...form.field('startDate')}>
          <Input
            type="date"
            className={styles.date}
            value={form.values.startDate}
            disabled={saving}
            onChange={(_e, d) => form.set('startDate', d.value)}
          />
        </Field>
        <Field label={s.endDateLabel} required {...form.field('endDate')}>
          <Input
            type="date"
            className={styles.date}
            value={form.values.endDate}
            min={form.values.startDate || undefined}
            disabled={saving}
            onChange={(_e, d) => form.set('endDate', d.value)}
          />
        </Field>
      </div>
      <Field label={s.packLabel} hint={s.packHint} required {...form.field('pack')}>
        <Select className={styles.input} value={form.values.pack} disabled={saving} onChange={(_e, d) => form.set('pack', d.value)}>
          {packs.map((p) => (
            <option key={packKey(p)} value={packKey(p)}>
              {format(p.active ? s.packOptionActive : s.packOption, { title: p.title, version: p.version })}
            </option>
          ))}
        </Select>
      </Field>
      <Field label={s.minimumLabel} hint={format(s.minimumHint, { default: defaults.minimumGroupSize })} required {...form.field('minimumGroupSize')}>
        <Input
          className={styles.number}
          inputMode="numeric"
          value={form.values.minimumGroupSize}
          disabled={saving}
          onChange={(_e, d) => form.set('minimumGroupSize', d.value)}
        />
      </Field>
      <div className={styles.actions}>
        <Button type="submit" appearance="primary" className={styles.button} disabled={saving}>
          {s.startButton}
        </Button>
        {saving && <Spinner size="tiny" label={s.starting} />}
      </div>
    </form>
  );
}

/** A service's cycles, latest first, and "Start a cycle". */
export function ServiceCycles(props: { service: CareService }): React.ReactElement {
  const { service } = props;
  const { services } = useApp();
  const s = useServicesStrings();
  const screenStrings = useScreenStrings();
  const styles = useStyles();
  const cycles = useQuery(`services:cycles:${service.id}`, () => services.cycles.listForService(service.id));
  const start = useQuery(service.active ? `services:start:${service.id}` : null, () =>
    Promise.all([services.packs.list(), services.settings.readDefaults()])
  );
  return (
    <>
      <Section title={s.cyclesHeading} intro={s.cyclesIntro}>
        <QueryView query={cycles} label={s.cyclesLoading}>
          {({ data, warnings }) => (
            <>
              <RowWarnings strings={screenStrings} warnings={warnings} />
              {data.length === 0 ? (
                <Paragraph>{s.noCycles}</Paragraph>
              ) : (
                <ul className={styles.list}>
                  {[...data].sort(byStartDescending).map((cycle) => (
                    <CycleItem key={cycle.id} cycle={cycle} />
                  ))}
                </ul>
              )}
            </>
          )}
        </QueryView>
      </Section>
      <Section title={s.startHeading} intro={service.active ? s.startIntro : undefined}>
        {service.active ? (
          <QueryView query={start} label={s.startLoading}>
            {([packs, defaults]) => <StartCycleForm service={service} packs={packs} defaults={defaults} />}
          </QueryView>
        ) : (
          <Paragraph>{s.startArchived}</Paragraph>
        )}
      </Section>
    </>
  );
}
