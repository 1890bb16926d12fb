import * as React from 'react';
import { MessageBar, MessageBarBody, Spinner } from '@fluentui/react-components';
import type { MeasureRecord } from '../../data/types';
import { format } from '../../loc/strings';
import { useApp } from '../AppContext';
import { useRoute } from '../app/navigation';
import { useSite } from '../app/SiteContext';
import { RowWarnings } from '../readModels/RowWarnings';
import { useScreenStrings } from '../useScreenStrings';
import { useFormat } from '../shared/format';
import { Page, Paragraph } from '../shared/layout';
import { QueryView } from '../shared/QueryView';
import { usePack } from '../shared/usePack';
import { invalidate, useQuery } from '../shared/useQuery';
import { useMeasuresStrings } from './figureSchema';
import { ImportFigures } from './ImportFigures';
import { MeasureSection } from './MeasureSection';

/** Today where the person is, YYYY-MM-DD. */
function todayHere(now: Date = new Date()): string {
  const p = (n: number): string => String(n).padStart(2, '0');
  return `${now.getFullYear()}-${p(now.getMonth() + 1)}-${p(now.getDate())}`;
}

/**
 * A service's workforce measures (route `measures/<service>`): for each measure in the site's active
 * pack, what it is, its national benchmark, its trend and its figures. Managers enter and correct
 * figures, one at a time or from a spreadsheet. The measures come from the active pack rather than a
 * cycle's pinned pack: figures belong to the service and run across cycles, and the active pack is the
 * one new cycles use. Loads in one request (service, figures and active pack id together), plus one
 * more only when the active pack is an imported one not yet read.
 */
export default function MeasuresScreen(): React.ReactElement {
  const { services } = useApp();
  const site = useSite();
  const route = useRoute();
  const s = useMeasuresStrings();
  const screenStrings = useScreenStrings();
  const fmt = useFormat();
  const serviceId = route.serviceId as number;
  const canManage = site.access === 'manage';
  const today = React.useMemo(() => todayHere(), []);
  const query = useQuery(`measures:${serviceId}:screen`, () => services.measures.readScreen(serviceId));
  const loaded = query.kind === 'loaded' ? query.data.data : null;
  const pack = usePack(loaded ? { packId: loaded.activePack.id, packVersion: loaded.activePack.version } : null);
  const [message, setMessage] = React.useState<string | null>(null);

  const refresh = (text: string | null): void => {
    setMessage(text);
    invalidate(`measures:${serviceId}`);
    invalidate(`overview:${serviceId}`);
  };

  const title = loaded?.service ? format(s.title, { service: loaded.service.name }) : s.titleNoName;

  return (
    <Page title={title}>
      <QueryView query={query} label={s.loading}>
        {({ data, warnings }) => {
          if (data.service === null) return <Paragraph>{s.serviceGone}</Paragraph>;
          return (
            <QueryView query={pack} label={s.loadingPack}>
              {(p) => {
                const byMeasure = new Map<string, MeasureRecord[]>();
                for (const r of data.records) byMeasure.set(r.measureId, [...(byMeasure.get(r.measureId) ?? []), r]);
                const known = new Set(p.measures.map((m) => m.id));
                const unknown = data.records.filter((r) => !known.has(r.measureId)).length;
                return (
                  <>
                    <Paragraph>
                      {format(s.intro, { pack: p.title, version: p.version })} {canManage ? null : s.introReader}
                    </Paragraph>
                    <RowWarnings strings={screenStrings} warnings={warnings} />
                    <div role="status" aria-live="polite">
                      {message && (
                        <MessageBar intent="success">
                          <MessageBarBody>{message}</MessageBarBody>
                        </MessageBar>
                      )}
                    </div>
                    {query.kind === 'loaded' && query.reloading && <Spinner size="tiny" label={s.loading} />}
                    {unknown > 0 && <Paragraph>{format(s.otherFigures, { count: unknown })}</Paragraph>}
                    {p.measures.length === 0 && <Paragraph>{s.noMeasures}</Paragraph>}
                    {p.measures.map((m) => (
                      <MeasureSection
                        key={m.id}
                        measure={m}
                        pack={p}
                        serviceId={serviceId}
                        records={byMeasure.get(m.id) ?? []}
                        canManage={canManage}
                        today={today}
                        onSaved={(text) => refresh(text)}
                      />
                    ))}
                    {canManage && p.measures.length > 0 && (
                      <ImportFigures pack={p} serviceId={serviceId} records={data.records} today={today} formatDate={fmt.date} onSaved={() => refresh(null)} />
                    )}
                  </>
                );
              }}
            </QueryView>
          );
        }}
      </QueryView>
    </Page>
  );
}
