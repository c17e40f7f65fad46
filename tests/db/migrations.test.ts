import 'fake-indexeddb/auto';
import Dexie from 'dexie';
import { describe, expect, it } from 'vitest';
import { LeastPrivilegeDB } from '../../src/db/database';
import { dumpAll, generateDataset } from './fixtures';
import { schemaHistory, type Rows } from './schemaHistory';

const latest = schemaHistory[schemaHistory.length - 1];

function describeSchema(db: Dexie) {
  return Object.fromEntries(
    db.tables
      .map((t) => [t.name, [t.schema.primKey.src, ...t.schema.indexes.map((i) => i.src).sort()]])
      .sort(),
  );
}

describe('schema history', () => {
  it('records the current schema as its latest version', async () => {
    if (!latest) throw new Error('no schema history');
    const current = new LeastPrivilegeDB('test-' + crypto.randomUUID());
    const frozen = new Dexie('test-' + crypto.randomUUID());
    frozen.version(latest.version).stores(latest.stores);
    await Promise.all([current.open(), frozen.open()]);
    expect(current.verno, 'add the new version to tests/db/schemaHistory.ts').toBe(latest.version);
    expect(describeSchema(current)).toEqual(describeSchema(frozen));
    await Promise.all([current.delete(), frozen.delete()]);
  });
});

describe('migrations: every row of every older version survives an upgrade', () => {
  for (const [index, from] of schemaHistory.entries()) {
    it(`from version ${from.version} to the current schema`, async () => {
      const name = 'test-' + crypto.randomUUID();
      const data = generateDataset({ answers: 600 });
      const rows: Rows = from.seedRows ? from.seedRows(data) : (data as unknown as Rows);
      const old = new Dexie(name);
      old.version(from.version).stores(from.stores);
      await old.transaction('rw', old.tables, async () => {
        for (const [table, list] of Object.entries(rows)) await old.table(table).bulkAdd(list);
      });
      const seeded = (await dumpAll(old as LeastPrivilegeDB)) as Rows;
      expect(seeded['answers']?.length).toBe(600);
      old.close();

      const expected = schemaHistory
        .slice(index + 1)
        .reduce((r, step) => (step.reshape ? step.reshape(r) : r), seeded);
      const current = new LeastPrivilegeDB(name);
      expect(await dumpAll(current)).toEqual(expected);
      await current.delete();
    });
  }
});
