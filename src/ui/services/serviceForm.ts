import * as z from 'zod/mini';
import type { CareService, ServiceType, SitePerson } from '../../data/types';
import type { CareServiceInput } from '../../data/repositories/careServices';
import { enGBServices, enGBServiceTypes, servicesTranslations, serviceTypeTranslations, type ServicesStrings } from '../../loc/services';
import { format } from '../../loc/strings';
import { useStrings } from '../shared/useStrings';
import { idsOf, samePeople } from '../shared/people/usePeople';

/** The services screens' strings for the host's locale. */
export function useServicesStrings(): ServicesStrings {
  return useStrings(servicesTranslations, enGBServices);
}

/** The types of service by id, in the host's language. */
export function useServiceTypeLabels(): Record<ServiceType, string> {
  return useStrings(serviceTypeTranslations, enGBServiceTypes);
}

/** The phases of a cycle by id, in the host's language. */
export { usePhaseLabels } from '../shared/phases';

/** A SharePoint Title column holds at most 255 characters. */
export const NAME_MAX = 255;

export const SERVICE_TYPE_IDS = Object.keys(enGBServiceTypes) as ServiceType[];

/** What the service form holds while someone types. */
export type ServiceValues = {
  name: string;
  serviceType: ServiceType | '';
  leaders: SitePerson[];
  staff: SitePerson[];
};

export const EMPTY_SERVICE: ServiceValues = { name: '', serviceType: '', leaders: [], staff: [] };

export function serviceSchema(s: ServicesStrings) {
  const person = z.custom<SitePerson>((v) => typeof v === 'object' && v !== null && typeof (v as SitePerson).id === 'number');
  return z.object({
    name: z.string().check(z.trim(), z.minLength(1, s.nameRequired), z.maxLength(NAME_MAX, format(s.nameTooLong, { max: NAME_MAX }))),
    serviceType: z.union([z.enum(SERVICE_TYPE_IDS as [ServiceType, ...ServiceType[]]), z.literal('')]),
    leaders: z.array(person),
    staff: z.array(person)
  });
}

export type ServiceOutput = z.infer<ReturnType<typeof serviceSchema>>;

/** The fields the form edits, as the data layer takes them. */
export type EditedFields = Pick<CareServiceInput, 'name' | 'serviceType' | 'leaderIds' | 'staffIds'>;

export function toInput(values: ServiceOutput): EditedFields {
  return {
    name: values.name,
    serviceType: values.serviceType === '' ? null : values.serviceType,
    leaderIds: idsOf(values.leaders),
    staffIds: idsOf(values.staff)
  };
}

export function toValues(service: CareService, people: ReadonlyMap<number, SitePerson>, unknown: (id: number) => SitePerson): ServiceValues {
  const person = (id: number): SitePerson => people.get(id) ?? unknown(id);
  return {
    name: service.name,
    serviceType: service.serviceType ?? '',
    leaders: service.leaderIds.map(person),
    staff: service.staffIds.map(person)
  };
}

/** The fields of `edited` that differ from `saved`: only these are sent, so nobody else's change to another field is undone. */
export function changedFields(edited: EditedFields, saved: CareService): Partial<EditedFields> {
  const changes: Partial<EditedFields> = {};
  if (edited.name !== saved.name) changes.name = edited.name;
  if (edited.serviceType !== saved.serviceType) changes.serviceType = edited.serviceType;
  if (!samePeople(edited.leaderIds, saved.leaderIds)) changes.leaderIds = edited.leaderIds;
  if (!samePeople(edited.staffIds, saved.staffIds)) changes.staffIds = edited.staffIds;
  return changes;
}
