/**
 * The model pack schema: everything WPQ shows about the Workforce Productivity and Quality Model
 * (pillars, statements, scales, measures, actions, resources, the CQC catalogue and mapping) is data
 * in a versioned "model pack" that must pass this schema.
 *
 * Rules that need the whole pack (unique ids, references between parts, scale values) live in
 * `validate.ts`, which reports every problem at once with its path. Use `validateModelPack` to
 * accept a pack from outside; use these schemas for types and for structure only.
 *
 * Every text in a pack is plain text. It is always shown as text, never rendered as HTML, and the
 * schema refuses text that looks like markup so that nobody is tempted to render it.
 */
import * as z from 'zod/mini';
import { isRealDate, LIMITS, PACK_FORMAT_VERSION, PARTIAL_DATE_PATTERN } from './basics';

export { PACK_FORMAT_VERSION, LIMITS, isRealDate } from './basics';

const ID_PATTERN = /^[A-Za-z0-9][A-Za-z0-9._-]*$/;
const VERSION_PATTERN = /^(0|[1-9]\d*)\.(0|[1-9]\d*)\.(0|[1-9]\d*)(-[0-9A-Za-z.-]+)?$/;
const LANGUAGE_PATTERN = /^[a-z]{2,3}(-[A-Za-z0-9]{2,8})*$/;
const FULL_DATE_PATTERN = /^\d{4}-\d{2}-\d{2}$/;
const MARKUP_PATTERN = /<[A-Za-z!?/]/;

/**
 * True when the text holds control characters other than tab and line breaks: C0 and C1 controls,
 * the Unicode line and paragraph separators when line breaks are not allowed, and the two
 * direction overrides, which show a text's characters in reverse order and so can make it read
 * as something else on screen.
 */
function hasControlCharacters(text: string, allowLineBreaks: boolean): boolean {
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 9) continue;
    if ((c === 10 || c === 13 || c === 0x2028 || c === 0x2029) && allowLineBreaks) continue;
    if (c < 32 || (c >= 127 && c <= 159) || c === 0x2028 || c === 0x2029 || c === 0x202d || c === 0x202e) return true;
  }
  return false;
}

/** Plain text on one line (names, titles, labels). */
function line(max: number): z.ZodMiniString<string> {
  return z
    .string()
    .check(
      z.maxLength(max),
      z.refine((s) => s.trim().length > 0, { message: 'must not be empty' }),
      z.refine((s) => !MARKUP_PATTERN.test(s), { message: 'must be plain text: it looks like it contains HTML tags' }),
      z.refine((s) => !hasControlCharacters(s, false), { message: 'must be a single line of text without control characters' })
    );
}

/** Plain text that may run over several lines (descriptions, notes). */
function text(max: number): z.ZodMiniString<string> {
  return z
    .string()
    .check(
      z.maxLength(max),
      z.refine((s) => s.trim().length > 0, { message: 'must not be empty' }),
      z.refine((s) => !MARKUP_PATTERN.test(s), { message: 'must be plain text: it looks like it contains HTML tags' }),
      z.refine((s) => !hasControlCharacters(s, true), { message: 'must not contain control characters' })
    );
}

export const IdSchema = z.string().check(
  z.maxLength(LIMITS.id),
  z.regex(ID_PATTERN, {
    error: 'must be an id: letters, digits, dots, hyphens or underscores, starting with a letter or digit'
  })
);

export const VersionSchema = z
  .string()
  .check(z.maxLength(LIMITS.version), z.regex(VERSION_PATTERN, { error: 'must be a version number like 1.0.0 (major.minor.patch)' }));

export const UrlSchema = z.string().check(
  z.maxLength(LIMITS.url),
  z.refine((s) => /^https:\/\/[^\s/$.?#][^\s<>"]*$/i.test(s), {
    message: 'must be a web address starting with https://'
  })
);

export const FullDateSchema = z
  .string()
  .check(
    z.regex(FULL_DATE_PATTERN, { error: 'must be a date written as YYYY-MM-DD' }),
    z.refine((s) => !FULL_DATE_PATTERN.test(s) || isRealDate(s), { message: 'must be a real calendar date' })
  );

/** A publication date known to the year, month or day: 2025, 2025-10 or 2025-10-14. */
export const PartialDateSchema = z
  .string()
  .check(
    z.regex(PARTIAL_DATE_PATTERN, { error: 'must be a date written as YYYY, YYYY-MM or YYYY-MM-DD' }),
    z.refine((s) => !PARTIAL_DATE_PATTERN.test(s) || isRealDate(s), { message: 'must be a real calendar date' })
  );

const idList = (max: number): z.ZodMiniArray<typeof IdSchema> => z.array(IdSchema).check(z.maxLength(max));

// ---------------------------------------------------------------------------------------------
// Scales

export const ScaleOptionSchema = z.strictObject({
  /** The number used in scores. Whole numbers only. */
  value: z.number().check(z.int(), z.minimum(-100), z.maximum(100)),
  label: line(LIMITS.label),
  description: z.optional(text(LIMITS.guidanceItem))
});

/** The "don't know / not applicable" choice: offered to people, never counted in any score. */
export const NotApplicableOptionSchema = z.strictObject({
  label: line(LIMITS.label),
  description: z.optional(text(LIMITS.guidanceItem))
});

export const ScaleSchema = z.strictObject({
  id: IdSchema,
  name: line(LIMITS.name),
  description: z.optional(text(LIMITS.description)),
  /** From the lowest to the highest value. */
  options: z.array(ScaleOptionSchema).check(z.minLength(2), z.maxLength(LIMITS.scaleOptions)),
  notApplicable: z.optional(NotApplicableOptionSchema)
});

// ---------------------------------------------------------------------------------------------
// CQC catalogue

export const KeyQuestionSchema = z.enum(['safe', 'effective', 'caring', 'responsive', 'well-led']);

export const QualityStatementSchema = z.strictObject({
  id: IdSchema,
  keyQuestion: KeyQuestionSchema,
  title: line(LIMITS.name),
  /** True when the title is our paraphrase and the official wording was not confirmed. */
  titleIsParaphrase: z.boolean(),
  summary: z.optional(text(LIMITS.description))
});

export const KloeSchema = z.strictObject({
  id: IdSchema,
  keyQuestion: KeyQuestionSchema,
  /** The code CQC used, e.g. W1. */
  code: line(10),
  /** Our summary of the line of enquiry, not CQC's wording. */
  summary: text(LIMITS.description),
  framework: line(LIMITS.name)
});

export const CqcCatalogueSchema = z.strictObject({
  note: z.optional(text(LIMITS.longText)),
  qualityStatements: z.array(QualityStatementSchema).check(z.maxLength(LIMITS.qualityStatements)),
  kloes: z.array(KloeSchema).check(z.maxLength(LIMITS.kloes))
});

// ---------------------------------------------------------------------------------------------
// Pillars, themes and statements

export const AudienceSchema = z.enum(['leaders', 'staff']);

export const StatementSchema = z.strictObject({
  /** Stable across versions: a new wording keeps its id; a different meaning gets a new id and a migration entry. */
  id: IdSchema,
  text: line(LIMITS.statement),
  /** For leaders: what might show this is in place. */
  evidence: z.optional(text(LIMITS.guidanceItem)),
  qualityStatementIds: idList(LIMITS.mappingsPerStatement),
  kloeIds: idList(LIMITS.mappingsPerStatement)
});

/** One item of "things to measure", "things to do" or "things that help". */
export const GuidanceItemSchema = z.strictObject({
  id: IdSchema,
  text: text(LIMITS.guidanceItem),
  measureIds: z.optional(idList(LIMITS.referencesPerItem)),
  resourceIds: z.optional(idList(LIMITS.referencesPerItem))
});

/** A pillar, or (with crossCutting true) a theme such as digital that runs across all pillars. */
export const PillarSchema = z.strictObject({
  id: IdSchema,
  name: line(LIMITS.name),
  shortName: z.optional(line(LIMITS.shortName)),
  /** A cross-cutting theme is reported beside the pillars, never inside their average. */
  crossCutting: z.boolean(),
  description: text(LIMITS.description),
  formerNames: z.optional(z.array(line(LIMITS.name)).check(z.maxLength(10))),
  thingsToMeasure: z.array(GuidanceItemSchema).check(z.maxLength(LIMITS.guidancePerList)),
  thingsToDo: z.array(GuidanceItemSchema).check(z.maxLength(LIMITS.guidancePerList)),
  thingsThatHelp: z.array(GuidanceItemSchema).check(z.maxLength(LIMITS.guidancePerList)),
  leaderStatements: z.array(StatementSchema).check(z.maxLength(LIMITS.statementsPerList)),
  staffStatements: z.array(StatementSchema).check(z.maxLength(LIMITS.statementsPerList))
});

// ---------------------------------------------------------------------------------------------
// Measures and benchmarks

/** How the measure is worked out from its numerator and denominator. */
export const FormulaSchema = z.enum([
  /** numerator ÷ denominator × 100 */
  'percentage',
  /** numerator ÷ denominator */
  'ratio',
  /** numerator ÷ denominator, where the denominator is a number of workers (e.g. days per worker) */
  'per-worker'
]);

export const CountSchema = z.strictObject({
  /** What is counted, e.g. "Directly employed workers who left for any reason". */
  counts: text(LIMITS.definition),
  /** Over what period or at what point, e.g. "The last 12 months". */
  period: line(LIMITS.period)
});

export const BenchmarkSchema = z.strictObject({
  /** A published national figure, or a published sector target. */
  kind: z.enum(['national', 'target']),
  value: z.number(),
  /** Upper end when the source gives a range (value is then the lower end). */
  valueHigh: z.optional(z.number()),
  /** The period the figure describes, e.g. 2024/25. */
  period: line(LIMITS.period),
  /** Who or what the figure covers when not all of adult social care in England, e.g. "Independent sector". */
  scope: z.optional(line(LIMITS.name)),
  source: text(LIMITS.source),
  publisher: line(LIMITS.publisher),
  publishedOn: PartialDateSchema,
  url: z.optional(UrlSchema),
  note: z.optional(text(LIMITS.note))
});

export const MeasurePartSchema = z.strictObject({
  id: IdSchema,
  name: line(LIMITS.name),
  definition: text(LIMITS.definition),
  /** A measure in this pack that tracks this part on its own, if any. */
  measureId: z.optional(IdSchema)
});

export const MeasureSchema = z.strictObject({
  id: IdSchema,
  name: line(LIMITS.name),
  /** The pillars and themes this measure informs. */
  pillarIds: z.array(IdSchema).check(z.minLength(1), z.maxLength(LIMITS.pillars)),
  definition: text(LIMITS.definition),
  formula: FormulaSchema,
  numerator: CountSchema,
  denominator: CountSchema,
  /** Shown after the value, e.g. "%" or "days per worker". */
  unit: line(LIMITS.unit),
  higherIsBetter: z.boolean(),
  /** Where the figures usually come from, e.g. the ASC-WDS fields. */
  dataSource: z.optional(text(LIMITS.source)),
  /** Parts of a composite measure, e.g. the five factors linked to staying. */
  parts: z.optional(z.array(MeasurePartSchema).check(z.maxLength(LIMITS.measureParts))),
  benchmarks: z.array(BenchmarkSchema).check(z.maxLength(LIMITS.benchmarks)),
  /** Why there is no benchmark, or what to bear in mind when comparing. */
  benchmarkNote: z.optional(text(LIMITS.note)),
  note: z.optional(text(LIMITS.note))
});

// ---------------------------------------------------------------------------------------------
// Actions, resources, migrations and the pack

export const SuggestedActionSchema = z.strictObject({
  id: IdSchema,
  title: line(LIMITS.name),
  description: text(LIMITS.description),
  /** The statements this action helps with: at least one. */
  statementIds: z.array(IdSchema).check(z.minLength(1), z.maxLength(LIMITS.referencesPerItem)),
  measureIds: z.optional(idList(LIMITS.referencesPerItem)),
  resourceIds: z.optional(idList(LIMITS.referencesPerItem))
});

export const ResourceSchema = z.strictObject({
  id: IdSchema,
  title: line(LIMITS.name),
  publisher: line(LIMITS.publisher),
  /** Only where the page location is known; otherwise people search for the title. */
  url: z.optional(UrlSchema),
  year: z.optional(PartialDateSchema),
  description: z.optional(text(LIMITS.description))
});

export const MigrationEntrySchema = z.strictObject({
  /** The statement id in the earlier version. */
  from: IdSchema,
  /** The statement id in this pack, or null when the statement was retired with no successor. */
  to: z.nullable(IdSchema),
  note: z.optional(text(LIMITS.note))
});

export const MigrationSchema = z.strictObject({
  /** The earlier pack's id, when it differs from this pack's id (e.g. moving to a licensed pack). */
  fromPackId: z.optional(IdSchema),
  fromVersion: VersionSchema,
  statements: z.array(MigrationEntrySchema).check(z.maxLength(LIMITS.migrationEntries))
});

export const LicenceSchema = z.strictObject({
  text: text(LIMITS.longText),
  attribution: text(LIMITS.longText),
  url: z.optional(UrlSchema)
});

export const ModelPackSchema = z.strictObject({
  formatVersion: z.literal(PACK_FORMAT_VERSION),
  id: IdSchema,
  version: VersionSchema,
  title: line(LIMITS.name),
  description: z.optional(text(LIMITS.description)),
  /** BCP 47 language tag of the pack's text, e.g. en-GB. */
  language: z.string().check(z.maxLength(LIMITS.language), z.regex(LANGUAGE_PATTERN, { error: 'must be a language tag like en-GB' })),
  /** The date this version was published. */
  date: FullDateSchema,
  licence: LicenceSchema,
  notes: z.optional(z.array(text(LIMITS.note)).check(z.maxLength(LIMITS.notes))),
  scales: z.strictObject({
    leaders: ScaleSchema,
    staff: ScaleSchema
  }),
  pillars: z.array(PillarSchema).check(z.minLength(1), z.maxLength(LIMITS.pillars)),
  measures: z.array(MeasureSchema).check(z.maxLength(LIMITS.measures)),
  actions: z.array(SuggestedActionSchema).check(z.maxLength(LIMITS.actions)),
  resources: z.array(ResourceSchema).check(z.maxLength(LIMITS.resources)),
  cqc: CqcCatalogueSchema,
  migrations: z.array(MigrationSchema).check(z.maxLength(LIMITS.migrations))
});

export type ModelPack = z.infer<typeof ModelPackSchema>;
export type Scale = z.infer<typeof ScaleSchema>;
export type ScaleOption = z.infer<typeof ScaleOptionSchema>;
export type Pillar = z.infer<typeof PillarSchema>;
export type Statement = z.infer<typeof StatementSchema>;
export type GuidanceItem = z.infer<typeof GuidanceItemSchema>;
export type Measure = z.infer<typeof MeasureSchema>;
export type MeasurePart = z.infer<typeof MeasurePartSchema>;
export type Benchmark = z.infer<typeof BenchmarkSchema>;
export type Formula = z.infer<typeof FormulaSchema>;
export type SuggestedAction = z.infer<typeof SuggestedActionSchema>;
export type Resource = z.infer<typeof ResourceSchema>;
export type QualityStatement = z.infer<typeof QualityStatementSchema>;
export type Kloe = z.infer<typeof KloeSchema>;
export type KeyQuestion = z.infer<typeof KeyQuestionSchema>;
export type CqcCatalogue = z.infer<typeof CqcCatalogueSchema>;
export type Migration = z.infer<typeof MigrationSchema>;
export type MigrationEntry = z.infer<typeof MigrationEntrySchema>;
export type Licence = z.infer<typeof LicenceSchema>;
export type Audience = z.infer<typeof AudienceSchema>;
