/**
 * The model layer: the model pack schema, validation, lookups and WPQ's default pack.
 * It imports nothing else of ours.
 */
export * from './schema';
export {
  validateModelPack,
  parseModelPackText,
  formatPath,
  formatProblem,
  tooLargeMessage,
  DEFAULT_MAX_PACK_BYTES,
  MAX_LISTED_PROBLEMS
} from './validate';
export type { PackProblem, PackValidationResult } from './validate';
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
