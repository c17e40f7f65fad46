import 'fake-indexeddb/auto';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { LeastPrivilegeDB } from '../../src/db/database';
import {
  deletePack,
  handInWorkshopAttempt,
  listPacks,
  listWorkshopAttempts,
  packRecordId,
  readPack,
  saveWorkshopProgress,
  savePack,
  startWorkshopAttempt,
  workshopMeta,
} from '../../src/db/packRepo';
import { importResults, resultsForPack } from '../../src/db/workshopResultRepo';
import { samplePack, sampleResult } from '../lib/pack/fixtures';

let db: LeastPrivilegeDB;
beforeEach(() => {
  db = new LeastPrivilegeDB('test-' + crypto.randomUUID());
});
afterEach(async () => {
  db.close();
  await db.delete();
});

describe('packs', () => {
  it('stores built and received copies of one pack side by side', async () => {
    const pack = samplePack();
    const built = await savePack('p1', 'built', pack, db);
    const received = await savePack('p1', 'received', pack, db);
    expect(built).not.toBe(received);
    const builtRows = await listPacks('p1', 'built', db);
    expect(builtRows.map((r) => r.id)).toEqual([packRecordId('p1', 'built', pack.id)]);
    expect(readPack(builtRows[0]!)).toEqual(pack);
    expect(await listPacks('p2', 'built', db)).toEqual([]);
  });

  it('reads a stored pack that no longer validates as null instead of trusting it', async () => {
    await db.packs.put({
      id: 'x',
      profileId: 'p1',
      title: 'old',
      origin: 'built',
      pack: { title: 'old' },
      createdAt: 1,
      updatedAt: 1,
    });
    expect(readPack((await db.packs.get('x'))!)).toBeNull();
  });

  it('deleting a built pack deletes its imported results, and only its own', async () => {
    const pack = samplePack();
    const id = await savePack('p1', 'built', pack, db);
    await importResults('p1', [sampleResult()], db);
    await importResults(
      'p1',
      [sampleResult({ packId: 'other_pack_000', attemptId: 'attempt_other1' })],
      db,
    );
    await deletePack(id, db);
    expect(await listPacks('p1', 'built', db)).toEqual([]);
    expect(await resultsForPack('p1', pack.id, db)).toEqual([]);
    expect(await resultsForPack('p1', 'other_pack_000', db)).toHaveLength(1);
  });
});

describe('workshop attempts', () => {
  it('starts, saves progress and hands in with answers in the answers table', async () => {
    const pack = samplePack();
    const recordId = await savePack('p1', 'received', pack, db);
    const attempt = await startWorkshopAttempt(
      {
        id: 'attempt_0000001',
        profileId: 'p1',
        pack,
        packRecordId: recordId,
        packChecksum: 'c'.repeat(64),
        contentDigest: pack.contentDigest,
        student: 'Ada',
        questionIds: pack.questions,
      },
      db,
    );
    expect(attempt.limitMs).toBe(20 * 60_000);
    expect(workshopMeta(attempt)?.student).toBe('Ada');
    await saveWorkshopProgress(
      attempt.id,
      { responses: { 'roles-001': ['b'] }, currentIndex: 1 },
      db,
    );
    const meta = { ...workshopMeta(attempt)!, score: { right: 1, total: 3 } };
    const answer = {
      profileId: 'p1',
      questionId: 'roles-001',
      attemptId: attempt.id,
      response: ['b'],
      correct: true,
      confidence: null,
      msTaken: 1000,
      answeredAt: 5,
    };
    const closed = await handInWorkshopAttempt(
      attempt.id,
      { responses: { 'roles-001': ['b'] }, elapsedMs: 9000, meta },
      [answer],
      db,
    );
    expect(closed?.status).toBe('submitted');
    expect(workshopMeta(closed!)?.score).toEqual({ right: 1, total: 3 });
    expect(await db.answers.where('attemptId').equals(attempt.id).count()).toBe(1);
    // a second hand-in (double click, second tab) changes nothing
    await handInWorkshopAttempt(attempt.id, { responses: {}, elapsedMs: 1, meta }, [answer], db);
    expect(await db.answers.where('attemptId').equals(attempt.id).count()).toBe(1);
    await saveWorkshopProgress(attempt.id, { currentIndex: 0 }, db);
    expect((await db.attempts.get(attempt.id))?.currentIndex).toBe(1);
    expect((await listWorkshopAttempts('p1', db)).map((a) => a.id)).toEqual([attempt.id]);
  });
});
