import * as fs from 'fs';
import * as path from 'path';
import JSZip from 'jszip';
import { WPQ_VERSION } from '../../src/version';
import { ensurePackage, projectRoot as root, sppkgPath as sppkg } from '../support/package';
import { TEAMS_PACKAGE_FILE, buildTeamsManifest, teamsManifestProblems } from '../../sharepoint/tools/teamsPackage';
import { readTeamsZip } from '../support/teamsPackage';

const webPartId = 'ffd5b689-09be-4e39-a16b-d830fedc81c9';

function decodeXmlAttribute(value: string): string {
  return value.replace(/&quot;/g, '"').replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&amp;/g, '&');
}

describe('the SharePoint package (.sppkg)', () => {
  let zip: JSZip;

  beforeAll(async () => {
    ensurePackage();
    zip = await JSZip.loadAsync(fs.readFileSync(sppkg));
  }, 300_000);

  it('is a tenant-wide deployable solution of the current version', async () => {
    const appManifest = await zip.file('AppManifest.xml')!.async('string');
    expect(appManifest).toContain('SkipFeatureDeployment="true"');
    expect(appManifest).toContain('IsClientSideSolution="true"');
    const packageJson = JSON.parse(fs.readFileSync(path.join(root, 'package.json'), 'utf8')) as { version: string };
    expect(appManifest).toContain(`Version="${packageJson.version}.0"`);
    expect(WPQ_VERSION).toBe(packageJson.version);
  });

  it('carries the web part manifest for SharePoint and Teams hosts', async () => {
    const name = Object.keys(zip.files).find((f) => f.endsWith(`WebPart_${webPartId}.xml`));
    expect(name).toBeDefined();
    const xml = await zip.file(name!)!.async('string');
    const match = /ComponentManifest="([^"]*)"/.exec(xml);
    expect(match).not.toBeNull();
    const manifest = JSON.parse(decodeXmlAttribute(match![1])) as {
      id: string;
      version: string;
      supportedHosts: string[];
      supportsThemeVariants: boolean;
      preconfiguredEntries: Array<{ title: Record<string, string> }>;
      loaderConfig: { scriptResources: Record<string, { type: string; path?: string }> };
    };
    expect(manifest.id).toBe(webPartId);
    expect(manifest.version).toBe(WPQ_VERSION);
    expect(manifest.supportedHosts.sort()).toEqual(
      ['SharePointFullPage', 'SharePointWebPart', 'TeamsPersonalApp', 'TeamsTab'].sort()
    );
    expect(manifest.supportsThemeVariants).toBe(true);
    expect(manifest.preconfiguredEntries[0].title['en-GB']).toBe('Workforce productivity');
    // The entry script the manifest points at must be inside the package (includeClientSideAssets).
    const entry = Object.values(manifest.loaderConfig.scriptResources).find((r) => r.type === 'path');
    expect(zip.file(`ClientSideAssets/${entry!.path}`)).not.toBeNull();
  });

  it('includes the Teams icons that "Sync to Teams" uses', () => {
    expect(zip.file(`ClientSideAssets/${webPartId}_color.png`)).not.toBeNull();
    expect(zip.file(`ClientSideAssets/${webPartId}_outline.png`)).not.toBeNull();
  });

  it("carries WPQ's own Teams app package, whose manifest passes Microsoft's schema", async () => {
    const teamsZip = zip.file(`ClientSideAssets/${TEAMS_PACKAGE_FILE}`);
    expect(teamsZip).not.toBeNull();
    const { names, manifest } = await readTeamsZip(await teamsZip!.async('nodebuffer'));
    expect(names).toEqual(['manifest.json', `${webPartId}_color.png`, `${webPartId}_outline.png`].sort());
    expect(teamsManifestProblems(manifest)).toEqual([]);
    // Built from today's sources, not left over from an earlier build.
    expect(manifest).toEqual(buildTeamsManifest());
  });
});
