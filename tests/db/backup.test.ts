import 'fake-indexeddb/auto';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { LeastPrivilegeDB } from '../../src/db/database';
import { buildBackup, backupFileName, exportBackupText } from '../../src/db/backup/exportBackup';
import {
  backupFormatVersion,
  maxBackupBytes,
  serializeBackup,
  tableNames,
  type BackupFile,
} from '../../src/db/backup/format';
import { importBackup } from '../../src/db/backup/importBackup';
import { readBackupFile, readBackupText, type ReadResult } from '../../src/db/backup/readBackup';
import { summarizeBackup } from '../../src/db/backup/summary';
import { isQuotaError } from '../../src/db/storage';
import { activeProfileKey, createProfile } from '../../src/db/profileRepo';
import { day, dumpAll, fixedNow, generateDataset, seed } from './fixtures';

const open: LeastPrivilegeDB[] = [];
function freshDb() {
  const db = new LeastPrivilegeDB('test-' + crypto.randomUUID());
  open.push(db);
  return db;
}
afterEach(async () => {
  vi.restoreAllMocks();
  for (const db of open.splice(0)) await db.delete();
});

async function seededDb(answers = 300) {
  const db = freshDb();
  const data = generateDataset({ answers });
  await seed(db, data);
  return { db, data };
}

function okBackup(result: ReadResult): BackupFile {
  if (!result.ok) throw new Error(result.message);
  return result.backup;
}

describe('export', () => {
  it('has a schema for exactly the tables of the database', () => {
    expect([...tableNames].sort()).toEqual(
      freshDb()
        .tables.map((t) => t.name)
        .sort(),
    );
  });

  it('writes format, versions, creation time, counts and every record of every table', async () => {
    const { db } = await seededDb();
    const backup = await buildBackup({}, db, new Date(fixedNow));
    expect(backup.format).toBe('least-privilege-backup');
    expect(backup.formatVersion).toBe(backupFormatVersion);
    expect(backup.appVersion).toMatch(/^\d+\.\d+\.\d+/);
    expect(backup.createdAt).toBe(new Date(fixedNow).toISOString());
    expect(backup.schemaVersion).toBe(db.verno);
    expect(backup.scope).toEqual({ kind: 'all' });
    const all = await dumpAll(db);
    for (const t of tableNames) {
      expect(backup.tables[t], t).toEqual(all[t]);
      expect(backup.counts[t]).toBe(all[t]?.length);
    }
    expect(backupFileName(backup)).toMatch(/^least-privilege-backup-\d{4}-\d{2}-\d{2}\.json$/);
  });

  it('exports one profile: its records only, no device settings', async () => {
    const { db, data } = await seededDb();
    const ben = data.profiles[1];
    if (!ben) throw new Error('fixture');
    const { backup, fileName, text } = await exportBackupText({ profileId: ben.id }, db);
    expect(backup.scope).toEqual({ kind: 'profile', profileId: ben.id, profileName: 'Ben' });
    expect(fileName).toMatch(/^least-privilege-ben-/);
    expect(backup.tables.profiles).toEqual([ben]);
    expect(backup.tables.settings).toEqual([]);
    expect(backup.tables.answers.length).toBe(150);
    for (const t of tableNames)
      for (const r of backup.tables[t]) if ('profileId' in r) expect(r['profileId']).toBe(ben.id);
    expect(okBackup(readBackupText(text)).tables.answers).toEqual(backup.tables.answers);
  });

  it('summarizes what a backup holds per profile', async () => {
    const { db } = await seededDb(100);
    const summary = summarizeBackup(await buildBackup({}, db));
    expect(
      summary.profiles.map((p) => [p.name, p.answers, p.lessonsCompleted, p.challengesSolved]),
    ).toEqual([
      ['Ana', 50, 4, 1],
      ['Ben', 50, 4, 1],
    ]);
    expect(summary.totalRecords).toBeGreaterThan(100);
  });
});

describe('import refuses a bad file, and nothing changes', () => {
  async function validText() {
    const { db } = await seededDb(50);
    return serializeBackup(await buildBackup({}, db));
  }
  const mutate = (text: string, change: (o: Record<string, unknown>) => void) => {
    const o = JSON.parse(text) as Record<string, unknown>;
    change(o);
    return JSON.stringify(o);
  };
  const tables = (o: Record<string, unknown>) =>
    o['tables'] as Record<string, Record<string, unknown>[]>;
  const counts = (o: Record<string, unknown>) => o['counts'] as Record<string, number>;

  const cases: [string, RegExp, (valid: string) => string | Blob][] = [
    ['an empty file', /empty/, () => new Blob([])],
    ['blank text', /empty/, () => '   \n'],
    ['a truncated file', /incomplete or damaged/, (v) => v.slice(0, Math.floor(v.length / 2))],
    [
      'a file that is not JSON',
      /not a Least Privilege backup.*not valid JSON/,
      () => 'name,score\nAna,3',
    ],
    ['a JSON array', /not a Least Privilege backup/, () => '[1,2,3]'],
    [
      'a foreign JSON file (a scenario)',
      /not a Least Privilege backup/,
      () => JSON.stringify({ name: 'x', request: {}, expected: 'allowed' }),
    ],
    [
      'a newer format',
      /newer version of Least Privilege \(backup format 2/,
      (v) => mutate(v, (o) => (o['formatVersion'] = backupFormatVersion + 1)),
    ],
    [
      'a missing creation time',
      /damaged: createdAt/,
      (v) => mutate(v, (o) => delete o['createdAt']),
    ],
    [
      'a wrong field type',
      /damaged: answers, record 3: correct/,
      (v) =>
        mutate(
          v,
          (o) => ((tables(o)['answers'] as Record<string, unknown>[])[2]!['correct'] = 'yes'),
        ),
    ],
    [
      'a record missing its key',
      /damaged: cards, record 1: questionId/,
      (v) => mutate(v, (o) => delete tables(o)['cards']![0]!['questionId']),
    ],
    [
      'records cut from a table',
      /incomplete: it should hold 25 answers records but holds 24/,
      (v) =>
        mutate(v, (o) => {
          tables(o)['answers']!.pop();
          counts(o)['answers'] = 25;
          tables(o)['answers'] = tables(o)['answers']!.slice(0, 24);
        }),
    ],
    [
      'a record twice',
      /answers, record 2 appears twice/,
      (v) =>
        mutate(v, (o) => {
          const a = tables(o)['answers']!;
          a[1] = { ...a[0]! };
        }),
    ],
    [
      'a record of an unknown profile',
      /belongs to a profile that is not in the file/,
      (v) => mutate(v, (o) => (tables(o)['attempts']![0]!['profileId'] = 'ghost')),
    ],
    [
      'an unknown table',
      /does not know \(“secrets”\)/,
      (v) => mutate(v, (o) => (tables(o)['secrets'] = [])),
    ],
    [
      'a one-profile file holding another profile',
      /a one-profile backup holds another profile's lessonProgress/,
      (v) =>
        mutate(v, (o) => {
          o['scope'] = {
            kind: 'profile',
            profileId: tables(o)['profiles']![0]!['id'],
            profileName: 'Ana',
          };
          tables(o)['settings'] = [];
          counts(o)['settings'] = 0;
        }),
    ],
  ];

  for (const [name, message, make] of cases) {
    it(`refuses ${name}`, async () => {
      const { db } = await seededDb(20);
      const before = await dumpAll(db);
      const input = make(await validText());
      const result =
        typeof input === 'string' ? readBackupText(input) : await readBackupFile(input);
      expect(result.ok).toBe(false);
      if (!result.ok) {
        expect(result.message).toMatch(message);
        expect(result.message).toMatch(/Nothing on this device was changed/);
      }
      expect(await dumpAll(db)).toEqual(before);
    });
  }

  it('refuses a file over the size limit before reading it', async () => {
    const text = vi.fn(async () => '');
    const result = await readBackupFile({ size: maxBackupBytes + 1, text } as unknown as Blob);
    expect(result).toMatchObject({ ok: false, reason: 'too-large' });
    expect(text).not.toHaveBeenCalled();
  });

  it('changes nothing when storage is full part-way through an import', async () => {
    const { db } = await seededDb(100);
    const other = freshDb();
    await seed(other, generateDataset({ answers: 60, profiles: ['Cleo', 'Dan'], seed: 3 }));
    const backup = await buildBackup({}, other);
    const before = await dumpAll(db);
    // Dexie hands out transaction-bound tables, so the failure is planted on the prototype.
    const proto = Object.getPrototypeOf(db.packs) as typeof db.packs;
    for (const method of ['bulkAdd', 'bulkPut'] as const) {
      const original = proto[method] as (...a: unknown[]) => unknown;
      vi.spyOn(proto, method).mockImplementation(function (this: typeof db.packs, ...args) {
        if (this.name === 'packs' && this.db === db)
          throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
        return original.apply(this, args) as never;
      });
    }
    for (const mode of ['replace', 'merge'] as const) {
      const error = await importBackup(backup, mode, db).catch((e: unknown) => e);
      expect(isQuotaError(error)).toBe(true);
      expect(await dumpAll(db)).toEqual(before);
    }
  });
});

describe('import writes', () => {
  it('replace with a whole-device backup gives back exactly the exported records', async () => {
    const { db } = await seededDb(500);
    const exported = await dumpAll(db);
    const text = serializeBackup(await buildBackup({}, db));
    const target = freshDb();
    await createProfile('Someone else', {}, target);
    const report = await importBackup(okBackup(readBackupText(text)), 'replace', target);
    expect(report.tables.answers.added).toBe(500);
    expect(await dumpAll(target)).toEqual(exported);
  });

  it('replace with a one-profile backup replaces that profile only', async () => {
    const { db, data } = await seededDb(200);
    const [ana, ben] = data.profiles;
    if (!ana || !ben) throw new Error('fixture');
    const anaFile = okBackup(
      readBackupText((await exportBackupText({ profileId: ana.id }, db)).text),
    );
    await db.answers.where('profileId').equals(ana.id).limit(30).delete(); // Ana changes after the backup
    await db.answers.add({
      profileId: ana.id,
      questionId: 'late',
      attemptId: 'x',
      response: null,
      correct: true,
      confidence: null,
      msTaken: 1,
      answeredAt: fixedNow,
    });
    const benBefore = await db.answers.where('profileId').equals(ben.id).toArray();
    await importBackup(anaFile, 'replace', db);
    expect(await db.answers.where('profileId').equals(ana.id).toArray()).toEqual(
      anaFile.tables.answers,
    );
    expect(await db.answers.where('profileId').equals(ben.id).toArray()).toEqual(benBefore);
  });

  it('merge: no duplicates, the newer record wins, this device keeps its profiles and settings', async () => {
    const { db, data } = await seededDb(200);
    const ana = data.profiles[0];
    if (!ana) throw new Error('fixture');
    const file = okBackup(readBackupText(serializeBackup(await buildBackup({}, db))));
    // Since the backup: this device read further in one lesson, the file is newer in another.
    await db.lessonProgress.update([ana.id, 'roles'], {
      secondsSpent: 9999,
      updatedAt: fixedNow + day,
    });
    const fileGroups = file.tables.lessonProgress.find(
      (r) => r['profileId'] === ana.id && r['lessonId'] === 'groups',
    )!;
    fileGroups['secondsSpent'] = 4242;
    fileGroups['updatedAt'] = fixedNow + 2 * day;
    file.tables.answers.push({
      ...file.tables.answers[0]!,
      id: 999_999,
      questionId: 'new-one',
      answeredAt: fixedNow + day,
    });
    file.counts.answers += 1;
    await db.settings.put({ key: 'quiz.defaults', value: 'mine' });
    await db.profiles.update(ana.id, { name: 'Ana (this laptop)' });

    const report = await importBackup(file, 'merge', db);
    expect(report.tables.answers).toEqual({ added: 1, updated: 0, kept: 200 });
    expect(await db.answers.count()).toBe(201);
    expect((await db.lessonProgress.get([ana.id, 'roles']))?.secondsSpent).toBe(9999);
    expect((await db.lessonProgress.get([ana.id, 'groups']))?.secondsSpent).toBe(4242);
    expect(report.tables.lessonProgress.updated).toBe(1);
    expect((await db.settings.get('quiz.defaults'))?.value).toBe('mine');
    expect((await db.profiles.get(ana.id))?.name).toBe('Ana (this laptop)');

    const again = await importBackup(file, 'merge', db);
    expect(again.tables.answers.added).toBe(0);
    expect(await db.answers.count()).toBe(201);
  });

  it('merge from another device: new profiles added (renamed on a name clash), ids never collide', async () => {
    const { db } = await seededDb(100);
    const otherDevice = freshDb();
    const data = generateDataset({ answers: 80, profiles: ['Ana', 'Dev'], seed: 99 });
    data.profiles = data.profiles.map((p) => ({ ...p, id: `${p.id}-other` }));
    for (const t of [
      'lessonProgress',
      'answers',
      'attempts',
      'cards',
      'questionSets',
      'reports',
      'sandboxes',
      'challengeProgress',
      'packs',
      'workshopResults',
    ] as const)
      for (const r of data[t] as { profileId: string; id?: string }[]) {
        r.profileId = `${r.profileId}-other`;
        if (typeof r.id === 'string') r.id = `${r.id}-other`;
      }
    await seed(otherDevice, data);
    const file = await buildBackup({}, otherDevice);
    const activeBefore = (await db.settings.get(activeProfileKey))?.value;
    const report = await importBackup(file, 'merge', db);
    expect(report.renamed).toEqual([{ from: 'Ana', to: 'Ana (2)' }]);
    expect((await db.profiles.toArray()).map((p) => p.name).sort()).toEqual([
      'Ana',
      'Ana (2)',
      'Ben',
      'Dev',
    ]);
    expect(await db.answers.count()).toBe(180);
    expect(new Set((await db.answers.toArray()).map((a) => a.id)).size).toBe(180);
    expect((await db.settings.get(activeProfileKey))?.value).toBe(activeBefore);
  });
});
