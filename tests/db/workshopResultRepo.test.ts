import 'fake-indexeddb/auto';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { LeastPrivilegeDB } from '../../src/db/database';
import {
  importResults,
  removeResult,
  resultCounts,
  resultsForPack,
} from '../../src/db/workshopResultRepo';
import { sampleResult } from '../lib/pack/fixtures';

let db: LeastPrivilegeDB;
beforeEach(() => {
  db = new LeastPrivilegeDB('test-' + crypto.randomUUID());
});
afterEach(async () => {
  db.close();
  await db.delete();
});

describe('importing results', () => {
  it('adds new results and detects the same file imported twice', async () => {
    const ada = sampleResult();
    const bob = sampleResult({ student: 'Bob', attemptId: 'attempt_0000002' });
    const first = await importResults('p1', [ada, bob], db);
    expect(first.added).toHaveLength(2);
    const again = await importResults('p1', [ada], db);
    expect(again).toEqual({ added: [], duplicates: [ada], conflicts: [] });
    expect(await resultsForPack('p1', ada.packId, db)).toHaveLength(2);
  });

  it('detects a duplicate within one batch (the same file dropped twice)', async () => {
    const ada = sampleResult();
    const outcome = await importResults('p1', [ada, structuredClone(ada)], db);
    expect(outcome.added).toHaveLength(1);
    expect(outcome.duplicates).toHaveLength(1);
  });

  it('keeps the first of two different files for one attempt and reports the conflict', async () => {
    const ada = sampleResult();
    const edited = sampleResult({ elapsedMs: 1 });
    await importResults('p1', [ada], db);
    const outcome = await importResults('p1', [edited], db);
    expect(outcome.conflicts).toEqual([edited]);
    const stored = await resultsForPack('p1', ada.packId, db);
    expect(stored.map((s) => s.result.elapsedMs)).toEqual([ada.elapsedMs]);
  });

  it('keeps profiles apart, counts per pack and removes one result', async () => {
    await importResults('p1', [sampleResult()], db);
    expect((await importResults('p2', [sampleResult()], db)).added).toHaveLength(1);
    expect((await resultCounts('p1', db)).get(sampleResult().packId)).toBe(1);
    const [stored] = await resultsForPack('p1', sampleResult().packId, db);
    await removeResult(stored!.recordId, db);
    expect(await resultsForPack('p1', sampleResult().packId, db)).toEqual([]);
    expect(await resultsForPack('p2', sampleResult().packId, db)).toHaveLength(1);
  });

  it('skips a stored row that no longer validates', async () => {
    await db.workshopResults.put({
      id: 'bad',
      profileId: 'p1',
      packId: sampleResult().packId,
      student: 'x',
      result: { nonsense: true },
      importedAt: 1,
    });
    expect(await resultsForPack('p1', sampleResult().packId, db)).toEqual([]);
  });
});
