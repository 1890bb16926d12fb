import * as React from 'react';
import { Field, Input, Select, Text, makeStyles, tokens } from '@fluentui/react-components';
import type { ServiceType } from '../../data/types';
import type { FormState } from '../shared/forms';
import { PeoplePicker } from '../shared/people/PeoplePicker';
import { SERVICE_TYPE_IDS, useServicesStrings, useServiceTypeLabels, type ServiceOutput, type ServiceValues } from './serviceForm';

const useStyles = makeStyles({
  fields: { display: 'flex', flexDirection: 'column', rowGap: tokens.spacingVerticalM, minWidth: 0 },
  input: { maxWidth: '36rem', minHeight: '32px' },
  everyone: { margin: 0, maxWidth: '36rem' }
});

/** The name, type, leaders and staff of a service: the same fields when adding one and when changing one. */
export function ServiceFields(props: { form: FormState<ServiceValues, ServiceOutput>; disabled?: boolean }): React.ReactElement {
  const { form, disabled } = props;
  const s = useServicesStrings();
  const types = useServiceTypeLabels();
  const styles = useStyles();
  return (
    <div className={styles.fields}>
      <Field label={s.nameLabel} required {...form.field('name')}>
        <Input className={styles.input} value={form.values.name} disabled={disabled} onChange={(_e, d) => form.set('name', d.value)} />
      </Field>
      <Field label={s.typeLabel} {...form.field('serviceType')}>
        <Select
          className={styles.input}
          value={form.values.serviceType}
          disabled={disabled}
          onChange={(_e, d) => form.set('serviceType', d.value as ServiceType | '')}
        >
          <option value="">{s.typeNone}</option>
          {SERVICE_TYPE_IDS.map((id) => (
            <option key={id} value={id}>
              {types[id]}
            </option>
          ))}
        </Select>
      </Field>
      <PeoplePicker
        label={s.leadersLabel}
        hint={s.leadersHint}
        value={form.values.leaders}
        onChange={(people) => form.set('leaders', people)}
        disabled={disabled}
        {...form.field('leaders')}
      />
      <PeoplePicker
        label={s.staffLabel}
        hint={s.staffHint}
        value={form.values.staff}
        onChange={(people) => form.set('staff', people)}
        disabled={disabled}
        {...form.field('staff')}
      />
      {form.values.staff.length === 0 && (
        <Text as="p" block className={styles.everyone}>
          {s.staffEmptyMeans}
        </Text>
      )}
    </div>
  );
}
