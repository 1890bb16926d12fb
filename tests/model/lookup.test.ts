import {
  ModelPack,
  actionsForStatement,
  compareVersions,
  defaultPack,
  findStatement,
  migrateStatementId,
  statementsOf
} from '../../src/model';
import { validateModelPack } from '../../src/model/validate';
import { editablePack } from './helpers';

/** Version 1.1.0 of the default pack: culture.s02 reworded as culture.s02b, culture.s05 retired. */
function nextVersion(): ModelPack {
  const pack = editablePack();
  pack.version = '1.1.0';
  const culture = pack.pillars[0];
  culture.staffStatements[1].id = 'culture.s02b';
  culture.staffStatements[1].text = 'I meet my manager on my own to talk about my work.';
  culture.staffStatements.splice(4, 1);
  for (const action of pack.actions) {
    action.statementIds = action.statementIds.map((id: string) => (id === 'culture.s02' ? 'culture.s02b' : id));
  }
  pack.migrations = [
    {
      fromVersion: '1.0.0',
      statements: [
        { from: 'culture.s02', to: 'culture.s02b', note: 'Reworded to make clear the meeting is one to one.' },
        { from: 'culture.s05', to: null }
      ]
    },
    { fromPackId: 'sfc-official', fromVersion: '2.0.0', statements: [{ from: 'VVCS-3', to: 'culture.l03' }] }
  ];
  const result = validateModelPack(pack);
  if (!result.ok) throw new Error(JSON.stringify(result.problems));
  return result.pack;
}

describe('looking things up in a pack', () => {
  it('lists the statements of a pillar for one audience, in order', () => {
    expect(statementsOf(defaultPack, 'learning', 'staff').map((s) => s.id)).toEqual([
      'learning.s01',
      'learning.s02',
      'learning.s03',
      'learning.s04',
      'learning.s05'
    ]);
    expect(statementsOf(defaultPack, 'nope', 'leaders')).toEqual([]);
  });

  it('finds a statement with its pillar and audience', () => {
    const found = findStatement(defaultPack, 'wellbeing.s04');
    expect(found?.pillar.id).toBe('wellbeing');
    expect(found?.audience).toBe('staff');
    expect(findStatement(defaultPack, 'nope')).toBeUndefined();
  });

  it('finds the suggested actions for a statement', () => {
    expect(actionsForStatement(defaultPack, 'culture.l03').map((a) => a.id)).toEqual(['act.culture.supervision-schedule']);
  });
});

describe('migrateStatementId', () => {
  const v2 = nextVersion();

  it('follows the migration map for a reworded statement', () => {
    expect(migrateStatementId(v2, 'culture.s02', { version: '1.0.0' })).toBe('culture.s02b');
    expect(migrateStatementId(v2, 'culture.s02')).toBe('culture.s02b');
  });

  it('keeps an unchanged id, and returns null for a retired or unknown one', () => {
    expect(migrateStatementId(v2, 'culture.s01', { version: '1.0.0' })).toBe('culture.s01');
    expect(migrateStatementId(v2, 'culture.s05', { version: '1.0.0' })).toBeNull();
    expect(migrateStatementId(v2, 'never.existed', { version: '1.0.0' })).toBeNull();
  });

  it("maps another pack's ids only through an explicit map", () => {
    expect(migrateStatementId(v2, 'VVCS-3', { packId: 'sfc-official', version: '2.0.0' })).toBe('culture.l03');
    expect(migrateStatementId(v2, 'culture.l01', { packId: 'sfc-official', version: '2.0.0' })).toBeNull();
  });

  it('treats the same version as the identity', () => {
    expect(migrateStatementId(v2, 'culture.s02b', { version: '1.1.0' })).toBe('culture.s02b');
    expect(migrateStatementId(v2, 'culture.s02', { version: '1.1.0' })).toBeNull();
  });
});

describe('compareVersions', () => {
  it('orders versions numerically, with pre-releases before the release', () => {
    const sorted = ['1.10.0', '1.2.0', '1.2.0-beta.1', '0.9.9', '2.0.0', '1.2.1'].sort(compareVersions);
    expect(sorted).toEqual(['0.9.9', '1.2.0-beta.1', '1.2.0', '1.2.1', '1.10.0', '2.0.0']);
    expect(compareVersions('1.0.0', '1.0.0')).toBe(0);
  });

  it('orders pre-releases part by part, numbers by value and before words', () => {
    const sorted = ['1.0.0', '1.0.0-beta.10', '1.0.0-beta', '1.0.0-rc.1', '1.0.0-beta.2', '1.0.0-alpha.beta', '1.0.0-alpha', '1.0.0-alpha.1', '1.0.0-beta.11'].sort(
      compareVersions
    );
    // The order semantic versioning gives as its own example, with beta.10 and beta.11 after beta.2.
    expect(sorted).toEqual([
      '1.0.0-alpha',
      '1.0.0-alpha.1',
      '1.0.0-alpha.beta',
      '1.0.0-beta',
      '1.0.0-beta.2',
      '1.0.0-beta.10',
      '1.0.0-beta.11',
      '1.0.0-rc.1',
      '1.0.0'
    ]);
    expect(compareVersions('1.0.0-beta.2', '1.0.0-beta.10')).toBeLessThan(0);
    expect(compareVersions('1.0.0-rc.1', '1.0.0-rc.1')).toBe(0);
  });
});
