import * as React from 'react';
import { Button, MessageBar, MessageBarBody, Spinner, makeStyles, tokens } from '@fluentui/react-components';
import type { CareService } from '../../data/types';
import { format } from '../../loc/strings';
import { useApp } from '../AppContext';
import { RouteLink } from '../app/navigation';
import { SaveFailed } from './SaveFailed';
import { ErrorSummary, useForm } from '../shared/forms';
import { invalidate } from '../shared/useQuery';
import { ServiceFields } from './ServiceFields';
import { EMPTY_SERVICE, serviceSchema, toInput, useServicesStrings } from './serviceForm';

const useStyles = makeStyles({
  form: { display: 'flex', flexDirection: 'column', rowGap: tokens.spacingVerticalM, minWidth: 0 },
  actions: { display: 'flex', flexWrap: 'wrap', alignItems: 'center', gap: tokens.spacingHorizontalM },
  button: { minHeight: '32px' }
});

/** Everything that shows data about services once one is added or changed. */
export function invalidateServices(): void {
  invalidate('services:');
  invalidate('overview');
  invalidate('mywork');
}

type Outcome = { kind: 'none' } | { kind: 'saving' } | { kind: 'added'; service: CareService } | { kind: 'failed'; error: unknown };

/** "Add a service": its name, type, leaders and staff. What was typed stays when the save fails. */
export function AddServiceForm(): React.ReactElement {
  const { services } = useApp();
  const s = useServicesStrings();
  const styles = useStyles();
  const schema = React.useMemo(() => serviceSchema(s), [s]);
  const [formKey, setFormKey] = React.useState(0);
  const [outcome, setOutcome] = React.useState<Outcome>({ kind: 'none' });
  return (
    <>
      {outcome.kind === 'added' && (
        <MessageBar intent="success" layout="multiline">
          <MessageBarBody>
            {format(s.added, { name: outcome.service.name })}{' '}
            <RouteLink to={{ screen: 'service', serviceId: outcome.service.id }}>{format(s.openAdded, { name: outcome.service.name })}</RouteLink>
          </MessageBarBody>
        </MessageBar>
      )}
      <AddForm
        key={formKey}
        schema={schema}
        outcome={outcome}
        onSubmit={(input) => {
          setOutcome({ kind: 'saving' });
          services.careServices.add({ ...input, active: true }).then(
            (service) => {
              setOutcome({ kind: 'added', service });
              // A fresh, empty form for the next service.
              setFormKey((k) => k + 1);
              invalidateServices();
            },
            (error: unknown) => setOutcome({ kind: 'failed', error })
          );
        }}
        styles={styles}
      />
    </>
  );
}

function AddForm(props: {
  schema: ReturnType<typeof serviceSchema>;
  outcome: Outcome;
  onSubmit(input: ReturnType<typeof toInput>): void;
  styles: ReturnType<typeof useStyles>;
}): React.ReactElement {
  const { outcome, styles } = props;
  const s = useServicesStrings();
  const form = useForm(props.schema, EMPTY_SERVICE);
  const saving = outcome.kind === 'saving';
  const onSubmit = (event: React.FormEvent): void => {
    event.preventDefault();
    if (saving) return;
    const result = form.submit();
    if (result.ok) props.onSubmit(toInput(result.data));
  };
  return (
    <form ref={form.ref} className={styles.form} onSubmit={onSubmit} noValidate>
      <ErrorSummary problems={form.summary} />
      {outcome.kind === 'failed' && <SaveFailed error={outcome.error} title={s.addFailed} />}
      <ServiceFields form={form} disabled={saving} />
      <div className={styles.actions}>
        <Button type="submit" appearance="primary" className={styles.button} disabled={saving}>
          {s.addButton}
        </Button>
        {saving && <Spinner size="tiny" label={s.adding} />}
      </div>
    </form>
  );
}
