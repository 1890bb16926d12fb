import * as fs from 'fs';
import { ARTEFACT_PATH, buildProvisioningTemplate } from '../../sharepoint/tools/provisioning';
import { ALL_LISTS, fieldsOf, SCHEMA_VERSION, type ListDef } from '../../src/data/schema';

describe('the admin artefact (PnP provisioning template)', () => {
  it('is committed and up to date with the schema (run npx tsx sharepoint/tools/provisioning.ts)', () => {
    expect(fs.existsSync(ARTEFACT_PATH)).toBe(true);
    expect(fs.readFileSync(ARTEFACT_PATH, 'utf8')).toBe(buildProvisioningTemplate());
  });

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
