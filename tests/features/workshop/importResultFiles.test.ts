import 'fake-indexeddb/auto';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { LeastPrivilegeDB } from '../../../src/db/database';
import { resultsForPack } from '../../../src/db/workshopResultRepo';
import {
  importResultFiles,
  reportText,
} from '../../../src/features/workshop/results/importResultFiles';
import { limits } from '../../../src/lib/pack/schema';
import { samplePack, sampleResult } from '../../lib/pack/fixtures';

let db: LeastPrivilegeDB;
beforeEach(() => {
  db = new LeastPrivilegeDB('test-' + crypto.randomUUID());
});
afterEach(async () => {
  db.close();
  await db.delete();
});

const file = (name: string, value: unknown) =>
  new File([typeof value === 'string' ? value : JSON.stringify(value)], name);

describe('importing result files', () => {
  it('imports good files, reports duplicates, and refuses bad ones without storing them', async () => {
    const pack = samplePack();
    const ada = sampleResult();
    const bob = sampleResult({ student: 'Bob', attemptId: 'attempt_bob_0001' });
    const report = await importResultFiles(
      'p1',
      pack,
      [
        file('ada.json', ada),
        file('bob.json', bob),
        file('ada-copy.json', ada),
        file('notes.json', 'hello'),
        file(
          'other.json',
          sampleResult({ packId: 'another_pack_01', attemptId: 'attempt_x_00001' }),
        ),
        file('pack.json', pack),
        new File(['x'.repeat(limits.fileBytes + 1)], 'huge.json'),
      ],
      2,
      db,
    );
    expect(report.added).toEqual(['Ada (ada.json)', 'Bob (bob.json)']);
    expect(report.duplicates).toEqual(['Ada (ada-copy.json)']);
    expect(report.refused.map((r) => [r.file, r.reason])).toEqual([
      ['notes.json', 'This is not a workshop result: it is not JSON.'],
      [
        'other.json',
        'it is a result for another pack (“Roles and STS — morning session”, id another_pack_01), not for this one.',
      ],
      ['pack.json', 'This is not a workshop result: it is a workshop pack.'],
      ['huge.json', 'huge.json is 300 kB; workshop files are at most 300 kB.'],
    ]);
    expect(reportText(report)).toBe(
      'Imported 2 results. 1 already imported, skipped: Ada (ada-copy.json). 4 refused. 2 other files ignored.',
    );
    expect((await resultsForPack('p1', pack.id, db)).map((r) => r.result.student)).toEqual([
      'Ada',
      'Bob',
    ]);
  });

  it('keeps the first of two different files for one run', async () => {
    const pack = samplePack();
    await importResultFiles('p1', pack, [file('a.json', sampleResult())], 0, db);
    const report = await importResultFiles(
      'p1',
      pack,
      [file('a2.json', sampleResult({ elapsedMs: 5 }))],
      0,
      db,
    );
    expect(report.conflicts).toEqual(['Ada (a2.json)']);
    expect(reportText(report)).toMatch(/different content, kept the first/);
  });
});
