import { enGBMeasures, measuresTranslations } from '../../loc/measures';
import { format } from '../../loc/strings';
import { useFormat } from '../shared/format';
import { useStrings } from '../shared/useStrings';

/** A measure's value with its unit: "24.7%", "4.8 days per worker". */
export function useValueText(): (value: number, unit: string) => string {
  const s = useStrings(measuresTranslations, enGBMeasures);
  const fmt = useFormat();
  return (value, unit) => format(unit === '%' ? s.valuePercent : s.valueUnit, { value: fmt.number(value, 1), unit });
}
