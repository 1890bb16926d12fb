import * as z from 'zod/mini';
import { DEFAULT_MINIMUM_GROUP_SIZE } from '../../domain';
import type { StoredPackSummary } from '../../data/types';
import type { ServicesStrings } from '../../loc/services';
import { format } from '../../loc/strings';

/** A SharePoint Title column holds at most 255 characters. */
export const CYCLE_TITLE_MAX = 255;
/** The largest minimum group size the cycles list accepts. */
export const MINIMUM_GROUP_SIZE_MAX = 1000;

export type StartCycleValues = {
  title: string;
  startDate: string;
  endDate: string;
  /** `id@version` of the chosen pack. */
  pack: string;
  /** As typed. */
  minimumGroupSize: string;
};

export const packKey = (p: Pick<StoredPackSummary, 'id' | 'version'>): string => `${p.id}@${p.version}`;

const ISO_DAY = /^\d{4}-\d{2}-\d{2}$/;

function isDay(text: string): boolean {
  if (!ISO_DAY.test(text)) return false;
  const d = new Date(`${text}T00:00:00Z`);
  return !Number.isNaN(d.getTime()) && d.toISOString().slice(0, 10) === text;
}

/** The rules for starting a cycle, with the screen's own messages. Never below 5, whatever the site default says. */
export function startCycleSchema(s: ServicesStrings, packs: readonly StoredPackSummary[]) {
  const keys = new Set(packs.map(packKey));
  const dates = z.object({
    startDate: z.string().check(z.refine(isDay)),
    endDate: z.string().check(z.refine(isDay))
  });
  return z
    .object({
      title: z
        .string()
        .check(
          z.trim(),
          z.minLength(1, s.cycleTitleRequired),
          z.maxLength(CYCLE_TITLE_MAX, format(s.cycleTitleTooLong, { max: CYCLE_TITLE_MAX }))
        ),
      startDate: z.string().check(z.minLength(1, s.startDateRequired), z.refine(isDay, s.dateInvalid)),
      endDate: z.string().check(z.minLength(1, s.endDateRequired), z.refine(isDay, s.dateInvalid)),
      pack: z.string().check(z.refine((k) => keys.has(k), s.packRequired)),
      minimumGroupSize: z.pipe(
        z.pipe(z.string().check(z.trim(), z.regex(/^\d{1,6}$/, s.minimumRequired)), z.transform(Number)),
        z
          .number()
          .check(
            z.minimum(DEFAULT_MINIMUM_GROUP_SIZE, format(s.minimumTooLow, { minimum: DEFAULT_MINIMUM_GROUP_SIZE })),
            z.maximum(MINIMUM_GROUP_SIZE_MAX, format(s.minimumTooHigh, { maximum: MINIMUM_GROUP_SIZE_MAX }))
          )
      )
    })
    .check(
      z.refine((v) => v.endDate > v.startDate, {
        message: s.endAfterStart,
        path: ['endDate'],
        // Checked as soon as both dates are whole, whatever else is still missing.
        when: (payload) => dates.safeParse(payload.value).success
      })
    );
}
