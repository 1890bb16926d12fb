import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import {
  TEAMS_FOLDER,
  TEAMS_PACKAGE_FILE,
  TeamsManifest,
  buildTeamsManifest,
  buildTeamsPackage,
  projectRoot as root,
  teamsAppVersion,
  teamsManifestProblems
} from '../../sharepoint/tools/teamsPackage';
import { decodePngRgba, readTeamsZip } from '../support/teamsPackage';

const webPartId = 'ffd5b689-09be-4e39-a16b-d830fedc81c9';
const sharePointAppId = '00000003-0000-0ff1-ce00-000000000000';

/** A deep copy of the built manifest to break on purpose. */
function variant(change: (m: TeamsManifest) => void): unknown {
  const copy = JSON.parse(JSON.stringify(buildTeamsManifest())) as TeamsManifest;
  change(copy);
  return copy;
}

describe("WPQ's Teams app manifest", () => {
  let manifest: TeamsManifest;

  beforeAll(() => {
    manifest = buildTeamsManifest();
  });

  it("passes Microsoft's v1.30 schema and the rules Teams adds", () => {
    expect(manifest.$schema).toBe('https://developer.microsoft.com/json-schemas/teams/v1.30/MicrosoftTeams.schema.json');
    expect(manifest.manifestVersion).toBe('1.30');
    expect(teamsManifestProblems(manifest)).toEqual([]);
  });

  const tab0 = (m: TeamsManifest): NonNullable<TeamsManifest['configurableTabs']>[number] => m.configurableTabs![0];
  const brokenCopies: Array<[string, (m: TeamsManifest) => void, RegExp]> = [
    // Caught by the schema itself.
    ['two configurable tabs', (m) => m.configurableTabs!.push({ ...tab0(m) }), /schema: \/configurableTabs must NOT have more than 1 items/],
    ['an empty privacy link', (m) => (m.developer.privacyUrl = ''), /schema: \/developer\/privacyUrl/],
    [
      'the old lower-case "groupchat" scope',
      (m) => (tab0(m).scopes = ['team', 'groupchat' as 'groupChat']),
      /schema: \/configurableTabs\/0\/scopes\/1 must be equal to one of the allowed values/
    ],
    [
      'packageName, gone since 1.17',
      (m) => ((m as unknown as Record<string, unknown>).packageName = 'wpq'),
      /must NOT have additional properties.*packageName/
    ],
    ['no accent colour', (m) => delete (m as Partial<TeamsManifest>).accentColor, /must have required property 'accentColor'/],
    ['a short accent colour', (m) => (m.accentColor = '#05E'), /schema: \/accentColor must match pattern/],
    // Let through by the schema, refused by Teams or SharePoint.
    ['a four-part version', (m) => (m.version = '0.1.0.0'), /version "0.1.0.0" must be three numbers/],
    ['an http link', (m) => (m.developer.websiteUrl = 'http://www.example.org/wpq'), /developer.websiteUrl must be an https/],
    ['the meeting stage', (m) => tab0(m).context!.push('meetingStage'), /must not list meetingStage/],
    [
      'a fixed SharePoint host',
      (m) => (m.staticTabs![0].contentUrl = m.staticTabs![0].contentUrl!.replace('{teamSiteDomain}', 'contoso.sharepoint.com')),
      /staticTabs\[0\].contentUrl must start with https:\/\/\{teamSiteDomain\}/
    ],
    [
      'an unknown web part',
      (m) => (tab0(m).configurationUrl = tab0(m).configurationUrl.replace(webPartId, sharePointAppId)),
      /names componentId 00000003-0000-0ff1-ce00-000000000000, which is not a web part/
    ],
    ['a fixed sign-in resource', (m) => (m.webApplicationInfo!.resource = 'https://contoso.sharepoint.com'), /webApplicationInfo must be/]
  ];

  it.each(brokenCopies)('rejects a copy with %s, saying why', (_name, change, reason) => {
    expect(teamsManifestProblems(variant(change)).join('\n')).toMatch(reason);
  });

  it('takes a three-part version from package.json', () => {
    const packageJson = JSON.parse(fs.readFileSync(path.join(root, 'package.json'), 'utf8')) as { version: string };
    expect(manifest.version).toBe(teamsAppVersion(packageJson.version));
    expect(manifest.version).toMatch(/^\d+\.\d+\.\d+$/);
    expect(teamsAppVersion('2.10.3')).toBe('2.10.3');
    expect(teamsAppVersion('1.4.0-beta.2')).toBe('1.4.0');
    expect(() => teamsAppVersion('1.4')).toThrow(/not a semantic version/);
    const sourceText = fs.readFileSync(path.join(root, 'config', 'teams-app', 'manifest.json'), 'utf8');
    const source = JSON.parse(sourceText) as { version: string };
    expect(source.version).toBe('{{version}}');
  });

  it('names WPQ in UK English with https developer links', () => {
    for (const url of [manifest.developer.websiteUrl, manifest.developer.privacyUrl, manifest.developer.termsOfUseUrl]) {
      expect(url).toMatch(/^https:\/\/\S+$/);
    }
    expect(manifest.name.short).toBe('WPQ');
    expect(manifest.name.full).not.toBe(manifest.name.short);
    expect(manifest.description.full).not.toContain(manifest.description.short);
    const text = `${manifest.name.full} ${manifest.description.short} ${manifest.description.full}`;
    expect(text).not.toMatch(/\b(organization|color|center|program|analyze|prioritize)/i);
    expect(manifest.accentColor).toMatch(/^#[0-9A-Fa-f]{6}$/);
  });

  it('has one configurable tab for channels, chats and meetings, never the meeting stage', () => {
    expect(manifest.configurableTabs).toHaveLength(1);
    const tab = manifest.configurableTabs![0];
    expect([...tab.scopes].sort()).toEqual(['groupChat', 'team']);
    expect([...(tab.context ?? [])].sort()).toEqual(
      ['channelTab', 'meetingChatTab', 'meetingDetailsTab', 'meetingSidePanel', 'privateChatTab'].sort()
    );
    expect(tab.context).not.toContain('meetingStage');
    expect(tab.configurationUrl).toBe(
      'https://{teamSiteDomain}{teamSitePath}/_layouts/15/TeamsLogon.aspx?SPFX=true&dest={teamSitePath}' +
        `/_layouts/15/teamshostedapp.aspx%3FopenPropertyPane=true%26teams%26componentId=${webPartId}%26forceLocale={locale}`
    );
  });

  it('has a personal "My WPQ" tab on the same web part, and SharePoint as the sign-in resource', () => {
    expect(manifest.staticTabs).toHaveLength(1);
    const tab = manifest.staticTabs![0];
    expect(tab.name).toBe('My WPQ');
    expect(tab.scopes).toEqual(['personal']);
    expect(tab.contentUrl).toBe(
      'https://{teamSiteDomain}/_layouts/15/TeamsLogon.aspx?SPFX=true&dest=' +
        `/_layouts/15/teamshostedapp.aspx%3Fteams%26personal%26componentId=${webPartId}%26forceLocale={locale}`
    );
    const webPartFile = path.join(root, 'src', 'webparts', 'workforceProductivity', 'WorkforceProductivityWebPart.manifest.json');
    const webPart = JSON.parse(fs.readFileSync(webPartFile, 'utf8')) as { id: string; supportedHosts: string[] };
    expect(webPart.id).toBe(webPartId);
    expect(webPart.supportedHosts).toEqual(expect.arrayContaining(['TeamsTab', 'TeamsPersonalApp']));
    expect(manifest.webApplicationInfo).toEqual({ id: sharePointAppId, resource: 'https://{teamSiteDomain}' });
    expect(manifest.validDomains).toEqual(
      expect.arrayContaining(['*.login.microsoftonline.com', '*.sharepoint.com', 'resourceseng.blob.core.windows.net'])
    );
  });

  it('uses a 192 px colour icon and a 32 px white-on-transparent outline icon', () => {
    const color = decodePngRgba(fs.readFileSync(path.join(root, TEAMS_FOLDER, manifest.icons.color)));
    expect([color.header.width, color.header.height]).toEqual([192, 192]);
    expect([2, 6]).toContain(color.header.colourType);
    let colouredPixels = 0;
    for (let i = 0; i < color.rgba.length; i += 4) {
      const [r, g, b] = [color.rgba[i], color.rgba[i + 1], color.rgba[i + 2]];
      if (r !== g || g !== b) colouredPixels++;
    }
    expect(colouredPixels).toBeGreaterThan(0);

    const outline = decodePngRgba(fs.readFileSync(path.join(root, TEAMS_FOLDER, manifest.icons.outline)));
    expect([outline.header.width, outline.header.height]).toEqual([32, 32]);
    expect(outline.header.colourType).toBe(6);
    let transparent = 0;
    let notWhite = 0;
    for (let i = 0; i < outline.rgba.length; i += 4) {
      if (outline.rgba[i + 3] === 0) transparent++;
      else if (outline.rgba[i] !== 255 || outline.rgba[i + 1] !== 255 || outline.rgba[i + 2] !== 255) notWhite++;
    }
    expect(notWhite).toBe(0);
    expect(transparent).toBeGreaterThan(0);
    expect(transparent).toBeLessThan(32 * 32);
  });
});

describe("WPQ's Teams app package (TeamsSPFxApp.zip)", () => {
  it('holds exactly the manifest and the two icons, at the root', async () => {
    const manifest = buildTeamsManifest();
    const { names, manifest: zipped, zip } = await readTeamsZip(await buildTeamsPackage());
    expect(names).toEqual(['manifest.json', manifest.icons.color, manifest.icons.outline].sort());
    expect(zipped).toEqual(manifest);
    for (const icon of [manifest.icons.color, manifest.icons.outline]) {
      const bytes = await zip.file(icon)!.async('nodebuffer');
      expect(bytes.equals(fs.readFileSync(path.join(root, TEAMS_FOLDER, icon)))).toBe(true);
    }
  });

  it('is not built from a manifest with problems', async () => {
    // A copy of the project's inputs with the meeting stage added to the tab.
    const copy = fs.mkdtempSync(path.join(os.tmpdir(), 'wpq-teams-'));
    try {
      for (const dir of [path.join('config', 'teams-app'), TEAMS_FOLDER, path.join('src', 'webparts')]) {
        fs.cpSync(path.join(root, dir), path.join(copy, dir), { recursive: true });
      }
      fs.copyFileSync(path.join(root, 'package.json'), path.join(copy, 'package.json'));
      fs.symlinkSync(path.join(root, 'node_modules'), path.join(copy, 'node_modules'), 'dir');
      const source = path.join(copy, 'config', 'teams-app', 'manifest.json');
      fs.writeFileSync(source, fs.readFileSync(source, 'utf8').replace('"meetingSidePanel"', '"meetingSidePanel", "meetingStage"'));
      await expect(buildTeamsPackage(copy)).rejects.toThrow(/The Teams manifest has problems:\n- configurableTabs\[0\] must not list meetingStage/);
      fs.writeFileSync(source, fs.readFileSync(source, 'utf8').replace('"{{version}}"', '"1.0.0"'));
      expect(() => buildTeamsManifest(copy)).toThrow(/"version" must be "\{\{version\}\}"/);
    } finally {
      fs.rmSync(copy, { recursive: true, force: true });
    }
  });

  it('keeps its source out of teams/, which SharePoint copies whole into the .sppkg', () => {
    const files = fs.readdirSync(path.join(root, TEAMS_FOLDER)).filter((f) => f !== TEAMS_PACKAGE_FILE);
    expect(files.sort()).toEqual([`${webPartId}_color.png`, `${webPartId}_outline.png`]);
    expect(fs.readFileSync(path.join(root, '.gitignore'), 'utf8')).toMatch(/^\/teams\/TeamsSPFxApp\.zip$/m);
  });
});
