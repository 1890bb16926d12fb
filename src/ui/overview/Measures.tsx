import * as React from 'react';
import type { ServiceOverview } from '../../data/types';
import type { ModelPack } from '../../model';
import { enGBOverview, overviewTranslations } from '../../loc/overview';
import { format } from '../../loc/strings';
import { useFormat } from '../shared/format';
import { Facts } from '../shared/layout';
import { useStrings } from '../shared/useStrings';
import { measureOf } from './packText';

/** The latest value recorded for each measure, with the period it covers. */
export function Measures(props: { measures: ServiceOverview['measures']; pack: ModelPack }): React.ReactElement {
  const strings = useStrings(overviewTranslations, enGBOverview);
  const fmt = useFormat();
  const items = props.measures.map((m): [React.ReactNode, React.ReactNode] => {
    const measure = measureOf(props.pack, m.measureId);
    const unit = measure?.unit ?? '';
    let value: string;
    if (m.value === null) value = strings.measureNoValue;
    else if (unit === '%') value = format(strings.measureValuePercent, { value: fmt.number(m.value) });
    else value = unit ? format(strings.measureValue, { value: fmt.number(m.value), unit }) : fmt.number(m.value);
    const period = m.period ? format(strings.measurePeriod, { period: m.period }) : format(strings.measurePeriodEnd, { date: fmt.date(m.periodEnd) });
    return [measure?.name ?? m.measureId, format(strings.measureLine, { value, period })];
  });
  return <Facts items={items} />;
}
