/**
 * `npm run teams-package`: builds WPQ's own Teams app package, `teams/TeamsSPFxApp.zip`.
 *
 * The manifest's source is `config/teams-app/manifest.json` (see the README beside it). It lives
 * outside `teams/` because the SharePoint package copies every file of `teams/` into the .sppkg.
 * This tool fills in the app version from package.json, checks the manifest against Microsoft's
 * v1.30 schema plus the rules Teams and SharePoint apply that the schema does not, and writes the zip
 * with the manifest and the two icons it names. `npm run package` runs it before
 * `gulp package-solution`, so **Sync to Teams** deploys this package instead of generating one.
 *
 * Exit codes: 0 written, 1 the manifest or its icons have problems (nothing is written).
 */
import * as fs from 'fs';
import * as path from 'path';
import Ajv, { ValidateFunction } from 'ajv';
import JSZip from 'jszip';
import type { TeamsManifestV1D30 as V1D30 } from '@microsoft/app-manifest';

export type TeamsManifest = V1D30.TeamsManifestV1D30;

export const projectRoot = path.resolve(__dirname, '..', '..');
/** The one file name SharePoint looks for in `teams/` when an administrator chooses Sync to Teams. */
export const TEAMS_PACKAGE_FILE = 'TeamsSPFxApp.zip';
export const TEAMS_FOLDER = 'teams';
export const MANIFEST_SOURCE = path.join('config', 'teams-app', 'manifest.json');
export const TEAMS_SCHEMA_FILE = path.join(
  'node_modules',
  '@microsoft',
  'app-manifest',
  'build',
  'json-schemas',
  'teams',
  'v1.30',
  'MicrosoftTeams.schema.json'
);
/** Replaced at build time; the single-brace tokens ({teamSiteDomain}…) are SharePoint's and stay. */
const VERSION_TOKEN = '{{version}}';
/** SharePoint Online's application id, the resource the tabs ask Teams to sign in to. */
const SHAREPOINT_APP_ID = '00000003-0000-0ff1-ce00-000000000000';
/** A fixed time stamp for the zip entries, so the same sources always give the same bytes. */
const ZIP_ENTRY_DATE = new Date(Date.UTC(2020, 0, 1));

/**
 * The Teams app version for a package.json version: Teams accepts only `#.#.#`, so a pre-release or
 * build suffix is dropped (the SharePoint solution keeps its own four-part version).
 */
export function teamsAppVersion(packageVersion: string): string {
  const match = /^(\d+)\.(\d+)\.(\d+)(?:[-+].*)?$/.exec(packageVersion);
  if (match === null) {
    throw new Error(`package.json version "${packageVersion}" is not a semantic version (#.#.#).`);
  }
  return `${Number(match[1])}.${Number(match[2])}.${Number(match[3])}`;
}

/** The manifest as it goes into the zip: the source with the version filled in. */
export function buildTeamsManifest(root: string = projectRoot): TeamsManifest {
  const source = JSON.parse(fs.readFileSync(path.join(root, MANIFEST_SOURCE), 'utf8')) as TeamsManifest;
  if (source.version !== VERSION_TOKEN) {
    throw new Error(`${MANIFEST_SOURCE}: "version" must be "${VERSION_TOKEN}"; it is set from package.json.`);
  }
  const packageJson = JSON.parse(fs.readFileSync(path.join(root, 'package.json'), 'utf8')) as { version: string };
  return { ...source, version: teamsAppVersion(packageJson.version) };
}

let compiledSchema: { schemaPath: string; validate: ValidateFunction } | undefined;

function schemaValidator(root: string): ValidateFunction {
  const schemaPath = path.join(root, TEAMS_SCHEMA_FILE);
  if (compiledSchema === undefined || compiledSchema.schemaPath !== schemaPath) {
    const schema = JSON.parse(fs.readFileSync(schemaPath, 'utf8')) as object;
    // The schema declares draft-04, for which Ajv 8 has no meta-schema, so the schema itself is not
    // checked (validateSchema: false). Its keywords (const, if/then, dependencies, …) all mean the
    // same in Ajv's default draft-07 dialect. Its only format is "uri", added here.
    const ajv = new Ajv({ allErrors: true, strict: false, validateSchema: false });
    ajv.addFormat('uri', (value: string) => {
      try {
        return new URL(value).protocol.length > 0;
      } catch {
        return false;
      }
    });
    compiledSchema = { schemaPath, validate: ajv.compile(schema) };
  }
  return compiledSchema.validate;
}

/** Ids of the web parts in src/webparts, read from their SPFx manifests. */
export function webPartIds(root: string = projectRoot): string[] {
  const ids: string[] = [];
  const walk = (dir: string): void => {
    for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
      const full = path.join(dir, entry.name);
      if (entry.isDirectory()) {
        walk(full);
      } else if (entry.name.endsWith('.manifest.json')) {
        const manifest = JSON.parse(fs.readFileSync(full, 'utf8')) as { id: string; componentType: string };
        if (manifest.componentType === 'WebPart') {
          ids.push(manifest.id);
        }
      }
    }
  };
  walk(path.join(root, 'src', 'webparts'));
  return ids;
}

function tabUrlProblems(where: string, url: string, knownWebParts: string[]): string[] {
  const problems: string[] = [];
  if (!url.startsWith('https://{teamSiteDomain}')) {
    problems.push(`${where} must start with https://{teamSiteDomain} (never a fixed SharePoint host).`);
  }
  if (!url.includes('/_layouts/15/TeamsLogon.aspx?SPFX=true&dest=')) {
    problems.push(`${where} must open the web part through SharePoint's _layouts/15/TeamsLogon.aspx.`);
  }
  const component = /%26componentId=([0-9a-f-]{36})/i.exec(url);
  if (component === null) {
    problems.push(`${where} names no componentId.`);
  } else if (knownWebParts.indexOf(component[1]) < 0) {
    problems.push(`${where} names componentId ${component[1]}, which is not a web part in src/webparts.`);
  }
  return problems;
}

/**
 * Every problem with a built manifest: Microsoft's v1.30 schema first, then what Teams or SharePoint
 * reject although the schema lets it through. An empty list means the manifest can ship.
 */
export function teamsManifestProblems(manifest: unknown, root: string = projectRoot): string[] {
  const validate = schemaValidator(root);
  const problems: string[] = [];
  if (!validate(manifest)) {
    for (const error of validate.errors ?? []) {
      problems.push(`schema: ${error.instancePath || '/'} ${error.message ?? 'is invalid'} ${JSON.stringify(error.params)}`);
    }
    return problems;
  }
  const valid = manifest as TeamsManifest;
  if (!/^\d+\.\d+\.\d+$/.test(valid.version)) {
    problems.push(`version "${valid.version}" must be three numbers (#.#.#); Teams rejects anything else.`);
  }
  for (const key of ['websiteUrl', 'privacyUrl', 'termsOfUseUrl'] as const) {
    if (!valid.developer[key].startsWith('https://')) {
      problems.push(`developer.${key} must be an https:// address.`);
    }
  }
  const knownWebParts = webPartIds(root);
  (valid.configurableTabs ?? []).forEach((tab, i) => {
    problems.push(...tabUrlProblems(`configurableTabs[${i}].configurationUrl`, tab.configurationUrl, knownWebParts));
    if ((tab.context ?? []).some((c) => c === 'meetingStage')) {
      problems.push(`configurableTabs[${i}] must not list meetingStage: SPFx web parts do not run on the meeting stage.`);
    }
  });
  (valid.staticTabs ?? []).forEach((tab, i) => {
    if (tab.contentUrl !== undefined) {
      problems.push(...tabUrlProblems(`staticTabs[${i}].contentUrl`, tab.contentUrl, knownWebParts));
    }
  });
  const web = valid.webApplicationInfo;
  if (web === undefined || web.id !== SHAREPOINT_APP_ID || web.resource !== 'https://{teamSiteDomain}') {
    problems.push(`webApplicationInfo must be { id: "${SHAREPOINT_APP_ID}", resource: "https://{teamSiteDomain}" }.`);
  }
  for (const icon of [valid.icons.color, valid.icons.outline]) {
    if (path.basename(icon) !== icon || !fs.existsSync(path.join(root, TEAMS_FOLDER, icon))) {
      problems.push(`icon "${icon}" must be a file directly in ${TEAMS_FOLDER}/.`);
    }
  }
  return problems;
}

/** The zip's entries in order: manifest.json, then the colour and outline icons. */
export async function buildTeamsPackage(root: string = projectRoot): Promise<Buffer> {
  const manifest = buildTeamsManifest(root);
  const problems = teamsManifestProblems(manifest, root);
  if (problems.length > 0) {
    throw new Error(`The Teams manifest has problems:\n- ${problems.join('\n- ')}`);
  }
  const zip = new JSZip();
  zip.file('manifest.json', `${JSON.stringify(manifest, null, 2)}\n`, { date: ZIP_ENTRY_DATE });
  for (const icon of [manifest.icons.color, manifest.icons.outline]) {
    zip.file(icon, fs.readFileSync(path.join(root, TEAMS_FOLDER, icon)), { date: ZIP_ENTRY_DATE });
  }
  return zip.generateAsync({ type: 'nodebuffer', compression: 'DEFLATE', compressionOptions: { level: 9 } });
}

async function main(): Promise<void> {
  const target = path.join(projectRoot, TEAMS_FOLDER, TEAMS_PACKAGE_FILE);
  try {
    const bytes = await buildTeamsPackage();
    fs.writeFileSync(target, bytes);
    const { version } = buildTeamsManifest();
    console.log(`Teams app package ${version} written to ${path.relative(projectRoot, target)} (${bytes.length} bytes).`);
  } catch (error) {
    console.error(error instanceof Error ? error.message : String(error));
    process.exitCode = 1;
  }
}

if (require.main === module) {
  main().catch((error: unknown) => {
    console.error(error);
    process.exitCode = 1;
  });
}
