import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import { LeastPrivilegeDB } from '../../src/db/database';
import { exportBackupText } from '../../src/db/backup/exportBackup';
import { importBackup } from '../../src/db/backup/importBackup';
import { readBackupText } from '../../src/db/backup/readBackup';
import { dumpAll, generateDataset, seed } from './fixtures';

describe('backup round trip', () => {
  it('export → wipe → import gives back exactly the same records (50,000 answers)', async () => {
    const name = 'test-' + crypto.randomUUID();
    const db = new LeastPrivilegeDB(name);
    await seed(db, generateDataset({ answers: 50_000, profiles: ['Ana', 'Ben', 'Chloé'] }));
    const before = await dumpAll(db);
    expect(before['answers']?.length).toBe(50_000);
    const { text } = await exportBackupText({}, db);

    await db.delete(); // wipe the site data
    const wiped = new LeastPrivilegeDB(name);
    expect(await wiped.answers.count()).toBe(0);

    const read = readBackupText(text);
    if (!read.ok) throw new Error(read.message);
    await importBackup(read.backup, 'replace', wiped);
    expect(await dumpAll(wiped)).toEqual(before);
    await wiped.delete();
    // fake-indexeddb writes 50,000 records slowly on a busy machine: a generous limit, not a timing check
  }, 300_000);
});
