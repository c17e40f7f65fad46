import 'fake-indexeddb/auto';
import { afterEach, describe, expect, it } from 'vitest';
import { LeastPrivilegeDB } from '../../src/db/database';
import {
  activeProfileKey,
  countProfileRecords,
  createProfile,
  deleteProfile,
  ensureActiveProfile,
  listProfiles,
  ProfileNameError,
  readActiveProfile,
  renameProfile,
  switchProfile,
} from '../../src/db/profileRepo';
import { dumpAll, generateDataset, seed } from './fixtures';

const open: LeastPrivilegeDB[] = [];
function freshDb() {
  const db = new LeastPrivilegeDB('test-' + crypto.randomUUID());
  open.push(db);
  return db;
}
afterEach(async () => {
  for (const db of open.splice(0)) await db.delete();
});

describe('learner profiles', () => {
  it('creates a first profile called Learner on a fresh device, once', async () => {
    const db = freshDb();
    expect(await readActiveProfile(db)).toBeNull();
    const first = await ensureActiveProfile(db);
    expect(first.name).toBe('Learner');
    expect(await ensureActiveProfile(db)).toEqual(first);
    expect(await db.profiles.count()).toBe(1);
    expect((await db.settings.get(activeProfileKey))?.value).toBe(first.id);
  });

  it('creates, switches and renames profiles; names are trimmed and unique', async () => {
    const db = freshDb();
    const learner = await ensureActiveProfile(db);
    const ana = await createProfile('  Ana  ', {}, db);
    expect(ana.name).toBe('Ana');
    expect((await readActiveProfile(db))?.id).toBe(ana.id);
    await expect(createProfile('ana', {}, db)).rejects.toThrow(ProfileNameError);
    await expect(createProfile('   ', {}, db)).rejects.toThrow('Give the profile a name.');
    await expect(createProfile('x'.repeat(41), {}, db)).rejects.toThrow('at most 40');
    const ben = await createProfile('Ben', { activate: false }, db);
    expect((await readActiveProfile(db))?.id).toBe(ana.id);
    await switchProfile(ben.id, db);
    expect((await readActiveProfile(db))?.id).toBe(ben.id);
    await expect(switchProfile('nobody', db)).rejects.toThrow('no longer exists');
    await renameProfile(learner.id, 'Carla', db);
    await expect(renameProfile(learner.id, 'BEN', db)).rejects.toThrow('already a profile');
    await renameProfile(ben.id, 'ben', db); // a change of case of its own name is fine
    expect((await listProfiles(db)).map((p) => p.name)).toEqual(['Ana', 'ben', 'Carla']);
  });

  it('deletes a profile and every record it owns, and nothing of anyone else', async () => {
    const db = freshDb();
    const data = generateDataset({ answers: 400 });
    await seed(db, data);
    const [ana, ben] = data.profiles;
    if (!ana || !ben) throw new Error('fixture');
    const before = await dumpAll(db);
    const counts = await countProfileRecords(ana.id, db);
    expect(counts['answers']).toBe(200);
    expect(counts['lessonProgress']).toBe(6);

    const active = await deleteProfile(ana.id, db);
    expect(active.id).toBe(ben.id); // Ana was active: Ben takes over
    const after = await dumpAll(db);
    for (const [table, rows] of Object.entries(before)) {
      const expected = rows.filter(
        (r) =>
          (r as { profileId?: string; id?: string }).profileId !== ana.id &&
          (r as { id?: string }).id !== ana.id,
      );
      if (table === 'settings') continue;
      expect(after[table], table).toEqual(expected);
    }
    expect((await db.settings.get(activeProfileKey))?.value).toBe(ben.id);
  });

  it('deleting the last profile leaves a fresh, empty Learner active', async () => {
    const db = freshDb();
    const only = await ensureActiveProfile(db);
    await db.answers.add({
      profileId: only.id,
      questionId: 'q',
      attemptId: 'a',
      response: ['a'],
      correct: true,
      confidence: null,
      msTaken: 1,
      answeredAt: 1,
    });
    const next = await deleteProfile(only.id, db);
    expect(next.id).not.toBe(only.id);
    expect(next.name).toBe('Learner');
    expect(await db.answers.count()).toBe(0);
  });

  it('two connections (two tabs) creating profiles at once lose nothing', async () => {
    const name = 'test-' + crypto.randomUUID();
    const tabA = new LeastPrivilegeDB(name);
    const tabB = new LeastPrivilegeDB(name);
    open.push(tabA);
    await Promise.all([
      ...Array.from({ length: 10 }, (_, i) => createProfile(`A${i}`, {}, tabA)),
      ...Array.from({ length: 10 }, (_, i) => createProfile(`B${i}`, {}, tabB)),
      ...Array.from({ length: 50 }, (_, i) =>
        tabB.answers.add({
          profileId: 'p',
          questionId: `q${i}`,
          attemptId: 'x',
          response: null,
          correct: true,
          confidence: null,
          msTaken: 1,
          answeredAt: i,
        }),
      ),
    ]);
    expect(await tabA.profiles.count()).toBe(20);
    expect(await tabA.answers.count()).toBe(50);
    const active = await readActiveProfile(tabA);
    expect(active && /^[AB]\d$/.test(active.name)).toBe(true);
    tabB.close();
  });
});
