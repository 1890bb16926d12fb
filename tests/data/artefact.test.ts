import { spawnSync } from 'child_process';
import * as fs from 'fs';
import * as path from 'path';
import { ARTEFACT_PATH, buildProvisioningTemplate } from '../../sharepoint/tools/provisioning';
import { ALL_LISTS, fieldsOf, SCHEMA_VERSION, type ListDef } from '../../src/data/schema';

describe('the admin artefact (PnP provisioning template)', () => {
  it('is committed and up to date with the schema (run npx tsx sharepoint/tools/provisioning.ts)', () => {
    expect(fs.existsSync(ARTEFACT_PATH)).toBe(true);
    expect(fs.readFileSync(ARTEFACT_PATH, 'utf8')).toBe(buildProvisioningTemplate());
  });

  it('is what `npm run provisioning -- --check` finds up to date, as an administrator would run it', () => {
    const root = path.resolve(__dirname, '..', '..');
    const run = spawnSync('npm', ['run', '--silent', 'provisioning', '--', '--check'], { cwd: root, encoding: 'utf8' });
    expect(run.status).toBe(0);
    expect(run.stdout.trim()).toBe(`${path.join('sharepoint', 'assets', 'wpq-lists.pnp.xml')} is up to date (schema version ${SCHEMA_VERSION}).`);
  }, 60_000);

  it('holds every list, column, index and list security setting of the schema', () => {
    const xml = buildProvisioningTemplate();
    expect(xml).toContain(`Version="${SCHEMA_VERSION}"`);
    for (const def of ALL_LISTS as unknown as ListDef[]) {
      expect(xml).toContain(`Title="${def.title}"`);
      expect(xml).toContain(`Url="Lists/${def.urlName}" EnableVersioning="true" OnQuickLaunch="false" ReadSecurity="${def.readSecurity}" WriteSecurity="${def.writeSecurity}"`);
      for (const f of fieldsOf(def)) {
        if (f.builtin) continue;
        const element = xml.split('\n').find((line) => line.includes(`Name="${f.internalName}" StaticName="${f.internalName}"`) && line.includes(`DisplayName="${f.displayName.replace(/'/g, '&apos;')}"`));
        expect(element).toBeDefined();
        expect(element?.includes('Indexed="TRUE"')).toBe(f.indexed);
        expect(element?.includes('EnforceUniqueValues="TRUE"')).toBe(f.unique);
        if (f.lookupList) expect(element).toMatch(/List="\{listid:WPQ [A-Za-z]+\}"/);
      }
    }
  });
});
