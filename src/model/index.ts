/**
 * The model layer: the model pack schema, lookups and WPQ's default pack. It imports nothing else of
 * ours. Validation is imported from './validate' itself, so that screens which only read WPQ's
 * default pack never download the validator (a re-export here would keep it on every path).
 */
export * from './schema';
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
