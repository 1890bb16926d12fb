import { enGBKit, kitTranslations, type KitStrings } from '../../loc/kit';
import { useStrings } from './useStrings';

/** The shared kit's strings for the host's locale. */
export function useKitStrings(): KitStrings {
  return useStrings(kitTranslations, enGBKit);
}
