// Full storage on every write path: a write that fails leaves no partial records, the error is
// a quota error, and the app's reporter tells the storage alert in words.
import 'fake-indexeddb/auto';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { saveAnswer } from '../../src/db/answerRepo';
import {
  completeAttempt,
  createAttempt,
  recordAnswer,
  recordCheckedAnswer,
  type FinalAnswer,
} from '../../src/db/attemptRepo';
import { importBackup } from '../../src/db/backup/importBackup';
import { buildBackup } from '../../src/db/backup/exportBackup';
import type { AnswerRecord } from '../../src/db/database';
import { LeastPrivilegeDB } from '../../src/db/database';
import {
  deletePack,
  handInWorkshopAttempt,
  joinWorkshop,
  savePack,
  saveWorkshopAnswers,
  startWorkshopAttempt,
  workshopMeta,
} from '../../src/db/packRepo';
import { createProfile, deleteProfile, ensureActiveProfile } from '../../src/db/profileRepo';
import { saveSandbox } from '../../src/db/sandboxRepo';
import { isQuotaError, storageFullMessage } from '../../src/db/storage';
import { importResults } from '../../src/db/workshopResultRepo';
import { samplePack, sampleResult } from '../lib/pack/fixtures';
import { collectOutcomes, fillStorage } from './fullStorage';
import { dumpAll, generateDataset, seed } from './fixtures';

let db: LeastPrivilegeDB;
let reports: ReturnType<typeof collectOutcomes>;
beforeEach(() => {
  db = new LeastPrivilegeDB('test-' + crypto.randomUUID());
  reports = collectOutcomes();
});
afterEach(async () => {
  reports.stop();
  db.close();
  await db.delete();
});

const failures = () => reports.outcomes.flatMap((o) => (o.kind === 'failed' ? [o.failure] : []));
const refusal = (p: Promise<unknown>) =>
  p.then(
    () => {
      throw new Error('the write was expected to fail');
    },
    (e: unknown) => e,
  );

function answer(questionId: string, attemptId: string, response: unknown = ['a']) {
  return {
    profileId: 'p1',
    questionId,
    attemptId,
    response,
    correct: false,
    confidence: null,
    msTaken: 1000,
    answeredAt: 1_000,
  } satisfies Omit<AnswerRecord, 'id'>;
}
const missed = { correct: false, confidence: null, flagged: false } as const;

const quiz = (mode: 'exam' | 'practice', questionIds: string[]) =>
  createAttempt(
    { profileId: 'p1', mode, title: mode, examId: null, questionIds, seed: 1, limitMs: null },
    db,
  );

/** What a student's workshop attempt starts from. */
function joining(id: string) {
  const pack = samplePack();
  return {
    pack,
    input: {
      id,
      profileId: 'p1',
      pack,
      packChecksum: 'c'.repeat(64),
      contentDigest: pack.contentDigest,
      student: 'Ada',
      questionIds: pack.questions,
    },
  };
}

describe('one write', () => {
  it('is not kept when refused, and the storage alert hears about it in words', async () => {
    await fillStorage(db, ['answers']);
    const error = await refusal(saveAnswer(answer('q1', 'a1'), db));
    expect(isQuotaError(error)).toBe(true);
    expect(await db.answers.count()).toBe(0);
    expect(failures()).toEqual([{ full: true, message: storageFullMessage }]);
  });

  it('a refusal for another reason names what was not saved', async () => {
    await saveSandbox({ id: 's1', profileId: 'p1', name: 'x', workbench: {} }, db);
    const error = await refusal(
      db.sandboxes.add({ id: 's1', profileId: 'p1', name: 'y', workbench: {}, updatedAt: 1 }),
    );
    expect(isQuotaError(error)).toBe(false);
    const [failure, ...more] = failures();
    expect(more).toEqual([]);
    expect(failure?.full).toBe(false);
    expect(failure?.message).toMatch(/^Could not save your playground work \(ConstraintError: /);
    expect(failure?.message).toMatch(/What you entered is still on this page/);
    expect(reports.outcomes.filter((o) => o.kind === 'saved')).toHaveLength(1);
  });
});

describe('every multi-record write is all or nothing', () => {
  it('a checked answer and its review card: neither is stored', async () => {
    const full = await fillStorage(db, ['cards']);
    const error = await refusal(recordCheckedAnswer(answer('q1', 'a1'), missed, db));
    expect(isQuotaError(error)).toBe(true);
    expect(full.refused).toBe(1);
    expect(await db.answers.count()).toBe(0);
    expect(await db.cards.count()).toBe(0);
    expect(failures()).toEqual([{ full: true, message: storageFullMessage }]);
    full.free();
    await recordCheckedAnswer(answer('q1', 'a1'), missed, db);
    expect(await db.answers.count()).toBe(1);
    expect(await db.cards.count()).toBe(1);
  });

  it('submitting an exam: no card, no answer, the attempt stays in progress; later it heals', async () => {
    const attempt = await quiz('exam', ['q1', 'q2', 'q3']);
    await recordAnswer(answer('q1', attempt.id, ['a']), db);
    // the learner changed q1 and answered q2 while storage was full: neither write went in
    const final = {
      result: { right: 0 },
      progress: { responses: { q1: ['b'], q2: ['c'] } },
      answers: [
        { questionId: 'q1', answer: answer('q1', attempt.id, ['b']), outcome: missed },
        { questionId: 'q2', answer: answer('q2', attempt.id, ['c']), outcome: missed },
        { questionId: 'q3', answer: null, outcome: missed },
      ] satisfies FinalAnswer[],
      reviews: 'all' as const,
    };
    const full = await fillStorage(db, ['cards'], 2);
    const error = await refusal(completeAttempt(attempt.id, final, db, 5_000));
    expect(isQuotaError(error)).toBe(true);
    expect(await db.cards.count()).toBe(0);
    expect((await db.answers.toArray()).map((a) => [a.questionId, a.response])).toEqual([
      ['q1', ['a']],
    ]);
    expect(await db.attempts.get(attempt.id)).toMatchObject({ status: 'in-progress' });

    full.free();
    const done = await completeAttempt(attempt.id, final, db, 6_000);
    expect(done.status).toBe('submitted');
    const stored = await db.answers.where('attemptId').equals(attempt.id).toArray();
    expect(stored.map((a) => [a.questionId, a.response]).sort()).toEqual([
      ['q1', ['b']],
      ['q2', ['c']],
    ]);
    expect(await db.cards.count()).toBe(3);
  });

  it('submitting a practice quiz stores and schedules only the answers a failed check lost', async () => {
    const attempt = await quiz('practice', ['q1', 'q2']);
    await recordCheckedAnswer({ ...answer('q1', attempt.id), answeredAt: 100 }, missed, db);
    const q1Card = await db.cards.get(['p1', 'q1']);
    await completeAttempt(
      attempt.id,
      {
        result: null,
        progress: {},
        answers: [
          { questionId: 'q1', answer: answer('q1', attempt.id), outcome: missed },
          { questionId: 'q2', answer: answer('q2', attempt.id), outcome: missed },
        ],
        reviews: 'stored-now',
      },
      db,
      9_000,
    );
    expect(await db.cards.get(['p1', 'q1'])).toEqual(q1Card);
    expect((await db.cards.get(['p1', 'q2']))?.updatedAt).toBe(9_000);
    expect(await db.answers.where('attemptId').equals(attempt.id).count()).toBe(2);
  });

  it('joining a workshop: no received pack without its attempt', async () => {
    await fillStorage(db, ['attempts']);
    const error = await refusal(joinWorkshop(joining('attempt_0000001').input, db));
    expect(isQuotaError(error)).toBe(true);
    expect(await db.packs.count()).toBe(0);
    expect(await db.attempts.count()).toBe(0);
  });

  it('handing in a workshop attempt: still open, no answers; then checked answers are not doubled', async () => {
    const { pack, input } = joining('attempt_0000002');
    const packRecordId = await savePack('p1', 'received', pack, db);
    const attempt = await startWorkshopAttempt({ ...input, packRecordId }, db);
    const [first, second] = pack.questions;
    if (!first || !second) throw new Error('fixture');
    await saveWorkshopAnswers([answer(first, attempt.id)], db);
    const meta = { ...workshopMeta(attempt)!, score: { right: 0, total: 2 } };
    const answers = [answer(first, attempt.id), answer(second, attempt.id)];
    const full = await fillStorage(db, ['answers']);
    const hand = () =>
      handInWorkshopAttempt(attempt.id, { responses: {}, elapsedMs: 9, meta }, answers, db);
    expect(isQuotaError(await refusal(hand()))).toBe(true);
    expect(await db.attempts.get(attempt.id)).toMatchObject({ status: 'in-progress' });
    expect(await db.answers.count()).toBe(1);
    full.free();
    expect(await hand()).toMatchObject({ status: 'submitted' });
    const stored = await db.answers.where('attemptId').equals(attempt.id).toArray();
    expect(stored.map((a) => a.questionId).sort()).toEqual([first, second].sort());
  });

  it('saving several workshop answers at once: all or none', async () => {
    await fillStorage(db, ['answers']);
    const rows = [answer('q1', 'w1'), answer('q2', 'w1'), answer('q3', 'w1')];
    expect(isQuotaError(await refusal(saveWorkshopAnswers(rows, db)))).toBe(true);
    expect(await db.answers.count()).toBe(0);
  });

  it('importing student results: none of them', async () => {
    await fillStorage(db, ['workshopResults']);
    const results = [sampleResult(), sampleResult({ attemptId: 'attempt_other1' })];
    expect(isQuotaError(await refusal(importResults('p1', results, db)))).toBe(true);
    expect(await db.workshopResults.count()).toBe(0);
  });

  it('deleting a built pack: the pack and its results stay together', async () => {
    const pack = samplePack();
    const id = await savePack('p1', 'built', pack, db);
    await importResults('p1', [sampleResult()], db);
    await fillStorage(db, ['workshopResults']);
    expect(isQuotaError(await refusal(deletePack(id, db)))).toBe(true);
    expect(await db.packs.count()).toBe(1);
    expect(await db.workshopResults.count()).toBe(1);
  });

  it('creating a profile: no profile without its activation', async () => {
    await ensureActiveProfile(db);
    const before = await dumpAll(db);
    await fillStorage(db, ['settings']);
    expect(isQuotaError(await refusal(createProfile('Ben', {}, db)))).toBe(true);
    expect(await dumpAll(db)).toEqual(before);
  });

  it('deleting a profile: every record stays when one table refuses', async () => {
    await seed(db, generateDataset({ answers: 80, profiles: ['Ana', 'Ben'], seed: 5 }));
    const before = await dumpAll(db);
    const ana = before['profiles']?.[0] as { id: string };
    await fillStorage(db, ['sandboxes']);
    expect(isQuotaError(await refusal(deleteProfile(ana.id, db)))).toBe(true);
    expect(await dumpAll(db)).toEqual(before);
  });

  it('importing a backup: nothing changes when storage fills part-way', async () => {
    await seed(db, generateDataset({ answers: 40, profiles: ['Ana'], seed: 2 }));
    const other = new LeastPrivilegeDB('test-' + crypto.randomUUID());
    await seed(other, generateDataset({ answers: 60, profiles: ['Cleo', 'Dan'], seed: 3 }));
    const backup = await buildBackup({}, other);
    other.close();
    await other.delete();
    const before = await dumpAll(db);
    // profiles, settings and lesson progress go in; the answers are refused
    await fillStorage(db, ['answers']);
    for (const mode of ['replace', 'merge'] as const) {
      expect(isQuotaError(await refusal(importBackup(backup, mode, db)))).toBe(true);
      expect(await dumpAll(db)).toEqual(before);
    }
  });
});
