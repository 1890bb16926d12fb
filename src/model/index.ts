/**
 * The model layer: the model pack types, lookups and WPQ's default pack. It imports nothing else of
 * ours. Validation is imported from './validate' itself, so that screens which only read WPQ's
 * default pack never download the validator (a re-export here would keep it on every path).
 *
 * Only the types of './schema' are re-exported: loading it builds every zod schema of the pack, so
 * code that needs a schema at run time imports it from './schema' directly, and every other screen
 * (the survey above all) stays free of it. Plain values of the format come from './basics'.
 */
export type {
  ModelPack,
  Scale,
  ScaleOption,
  Pillar,
  Statement,
  GuidanceItem,
  Measure,
  MeasurePart,
  Benchmark,
  Formula,
  SuggestedAction,
  Resource,
  QualityStatement,
  Kloe,
  KeyQuestion,
  CqcCatalogue,
  Migration,
  MigrationEntry,
  Licence,
  Audience
} from './schema';
export { PACK_FORMAT_VERSION, LIMITS, isRealDate } from './basics';
export { utf8ByteLength, findJsonSyntaxError } from './json';
export type { JsonSyntaxError } from './json';
export {
  corePillars,
  crossCuttingThemes,
  findPillar,
  pillarStatements,
  statementsOf,
  allStatements,
  findStatement,
  findMeasure,
  actionsForStatement,
  migrateStatementId,
  compareVersions
} from './lookup';
export type { StatementInPack, EarlierPack } from './lookup';
export { defaultPack } from './packs/default';
