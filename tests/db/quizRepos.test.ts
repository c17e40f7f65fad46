// Quiz storage on fake-indexeddb: attempts that survive a reload, answers written as given,
// FSRS cards, saved question sets and problem reports.
import 'fake-indexeddb/auto';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { LeastPrivilegeDB } from '../../src/db/database';
import {
  abandonAttempt,
  createAttempt,
  getAttempt,
  missedQuestionIds,
  recordAnswer,
  saveProgress,
  submitAttempt,
} from '../../src/db/attemptRepo';
import {
  allCards,
  flagForReview,
  getReviewTarget,
  removeCard,
  reviewAnswer,
  setReviewTarget,
} from '../../src/db/cardRepo';
import { attemptsByStatus, dueCards } from '../../src/db/quizReads';
import {
  createQuestionSet,
  deleteQuestionSet,
  questionSetsFor,
  updateQuestionSet,
} from '../../src/db/questionSetRepo';
import { addReport, deleteReport, exportReports, reportsFor } from '../../src/db/reportRepo';

let db: LeastPrivilegeDB;
let name: string;
beforeEach(() => {
  name = 'test-' + crypto.randomUUID();
  db = new LeastPrivilegeDB(name);
});
afterEach(async () => {
  db.close();
  await db.delete();
});

const t0 = new Date(2026, 10, 1, 9, 0).getTime();
const answer = (questionId: string, attemptId: string, correct: boolean, response: unknown) => ({
  profileId: 'p1',
  questionId,
  attemptId,
  response,
  correct,
  confidence: null,
  msTaken: 1000,
  answeredAt: t0,
});

describe('attempts', () => {
  it('saves exam progress on every change and resumes it from a fresh connection', async () => {
    const a = await createAttempt(
      {
        profileId: 'p1',
        mode: 'exam',
        title: 'SAA-C03',
        examId: 'saa-c03',
        questionIds: ['q1', 'q2', 'q3'],
        unscoredIds: ['q3'],
        seed: 42,
        limitMs: 60_000,
      },
      db,
      t0,
    );
    expect(a.status).toBe('in-progress');
    await saveProgress(
      a.id,
      { responses: { q1: ['b'] }, flagged: ['q2'], currentIndex: 1, elapsedMs: 12_500 },
      db,
      t0 + 1,
    );
    db.close();
    const reopened = new LeastPrivilegeDB(name);
    const back = await getAttempt(a.id, reopened);
    expect(back).toMatchObject({
      responses: { q1: ['b'] },
      flagged: ['q2'],
      currentIndex: 1,
      elapsedMs: 12_500,
      limitMs: 60_000,
      unscoredIds: ['q3'],
      seed: 42,
    });
    expect((await attemptsByStatus('p1', 'in-progress', reopened)).map((x) => x.id)).toEqual([
      a.id,
    ]);
    reopened.close();
    db = new LeastPrivilegeDB(name);
  });

  it('never changes a submitted attempt, and refuses an empty one', async () => {
    const a = await createAttempt(
      {
        profileId: 'p1',
        mode: 'practice',
        title: 'Practice',
        examId: null,
        questionIds: ['q1'],
        seed: 1,
        limitMs: null,
      },
      db,
    );
    const done = await submitAttempt(a.id, { scored: 1 }, { responses: { q1: ['a'] } }, db, t0);
    expect(done).toMatchObject({ status: 'submitted', submittedAt: t0, result: { scored: 1 } });
    expect(await saveProgress(a.id, { currentIndex: 0, responses: {} }, db)).toBe(false);
    expect((await getAttempt(a.id, db))?.responses).toEqual({ q1: ['a'] });
    await expect(
      createAttempt(
        {
          profileId: 'p1',
          mode: 'practice',
          title: 'x',
          examId: null,
          questionIds: [],
          seed: 1,
          limitMs: null,
        },
        db,
      ),
    ).rejects.toThrow(/at least one question/);
    const b = await createAttempt(
      {
        profileId: 'p1',
        mode: 'drill',
        title: 'Drill',
        examId: null,
        questionIds: ['q1'],
        seed: 1,
        limitMs: null,
      },
      db,
    );
    await abandonAttempt(b.id, db);
    expect((await getAttempt(b.id, db))?.status).toBe('abandoned');
  });

  it('keeps one answer per question per attempt: a changed answer replaces the earlier one', async () => {
    await recordAnswer(answer('q1', 'a1', false, ['a']), db);
    await recordAnswer(answer('q1', 'a1', true, ['b']), db);
    await recordAnswer(answer('q1', 'other', false, ['c']), db);
    await recordAnswer(answer('q2', 'a1', false, ['c']), db);
    const rows = await db.answers.where('attemptId').equals('a1').toArray();
    expect(rows.map((r) => [r.questionId, r.correct])).toEqual([
      ['q1', true],
      ['q2', false],
    ]);
    expect(await db.answers.count()).toBe(3);
  });

  it('lists the missed questions of an attempt, unanswered ones included', async () => {
    const a = await createAttempt(
      {
        profileId: 'p1',
        mode: 'exam',
        title: 'x',
        examId: null,
        questionIds: ['q1', 'q2', 'q3'],
        seed: 1,
        limitMs: null,
      },
      db,
    );
    await recordAnswer(answer('q1', a.id, true, ['b']), db);
    await recordAnswer(answer('q2', a.id, false, ['a']), db);
    expect(await missedQuestionIds(a.id, db)).toEqual(['q2', 'q3']);
  });
});

describe('review cards', () => {
  const wrong = { correct: false, confidence: null, flagged: false } as const;
  const sure = { correct: true, confidence: 'sure', flagged: false } as const;

  it('creates cards only for missed, flagged or unsure answers, then schedules every answer', async () => {
    expect(await reviewAnswer('p1', 'q1', sure, db, t0)).toBeNull();
    const missed = await reviewAnswer('p1', 'q2', wrong, db, t0);
    expect(missed).toMatchObject({ reason: 'missed', lastRating: 1 });
    const unsure = await reviewAnswer(
      'p1',
      'q3',
      { correct: true, confidence: 'unsure', flagged: false },
      db,
      t0,
    );
    expect(unsure?.reason).toBe('unsure');
    await flagForReview('p1', 'q4', db, t0);
    await flagForReview('p1', 'q2', db, t0); // already has a card: unchanged
    expect((await allCards('p1', db)).map((c) => c.questionId).sort()).toEqual(['q2', 'q3', 'q4']);
    expect((await db.cards.get(['p1', 'q2']))?.reason).toBe('missed');

    const due = await dueCards('p1', db, t0);
    expect(due.map((c) => c.questionId).sort()).toEqual(['q2', 'q3', 'q4']);
    const later = await reviewAnswer('p1', 'q2', sure, db, t0 + 60_000);
    expect(later?.due).toBeGreaterThan(t0 + 20 * 60_000);
    expect((await dueCards('p1', db, t0 + 60_000)).map((c) => c.questionId)).not.toContain('q2');
    expect(await dueCards('p2', db, t0)).toEqual([]);
    await removeCard('p1', 'q4', db);
    expect((await allCards('p1', db)).length).toBe(2);
  });

  it('stores the exam date per profile and schedules toward it', async () => {
    expect(await getReviewTarget('p1', db)).toEqual({ examDate: null });
    const examDate = t0 + 10 * 86_400_000;
    await setReviewTarget('p1', examDate, db);
    expect(await getReviewTarget('p1', db)).toEqual({ examDate });
    expect(await getReviewTarget('p2', db)).toEqual({ examDate: null });
    let card = await reviewAnswer('p1', 'q1', wrong, db, t0);
    for (let i = 0; i < 6 && card; i += 1)
      card = await reviewAnswer('p1', 'q1', sure, db, card.due);
    expect(card?.due).toBeLessThan(examDate);
    await setReviewTarget('p1', null, db);
    expect(await getReviewTarget('p1', db)).toEqual({ examDate: null });
  });
});

describe('question sets', () => {
  it('saves, renames, reorders and deletes named sets per profile', async () => {
    const s = await createQuestionSet(
      'p1',
      '  Boundaries   drill ',
      ['q2', 'q1', 'q2', 'gen-pattern-7'],
      db,
      t0,
    );
    expect(s).toMatchObject({
      name: 'Boundaries drill',
      questionIds: ['q2', 'q1', 'gen-pattern-7'],
    });
    await createQuestionSet('p2', 'Other learner', ['q1'], db, t0);
    const renamed = await updateQuestionSet(
      s.id,
      { name: 'Boundaries', questionIds: ['q1'] },
      db,
      t0 + 5,
    );
    expect(renamed).toMatchObject({ name: 'Boundaries', questionIds: ['q1'], updatedAt: t0 + 5 });
    expect((await questionSetsFor('p1', db)).map((x) => x.name)).toEqual(['Boundaries']);
    await expect(createQuestionSet('p1', '   ', ['q1'], db)).rejects.toThrow(/name/);
    await expect(updateQuestionSet(s.id, { questionIds: [] }, db)).rejects.toThrow(/at least one/);
    await deleteQuestionSet(s.id, db);
    expect(await questionSetsFor('p1', db)).toEqual([]);
    await expect(updateQuestionSet(s.id, { name: 'x' }, db)).rejects.toThrow(/no longer exists/);
  });
});

describe('reports', () => {
  it('stores problem reports locally and exports them as JSON', async () => {
    await addReport('p1', 'roles-001', '  Option b is also right. ', db, t0);
    const id = await addReport('p1', 'gen-allowed-5', 'Typo in the stem', db, t0 + 1000);
    await addReport('p2', 'roles-001', 'someone else', db, t0);
    await expect(addReport('p1', 'roles-001', '   ', db)).rejects.toThrow(/Describe/);
    expect((await reportsFor('p1', db)).map((r) => r.message)).toEqual([
      'Typo in the stem',
      'Option b is also right.',
    ]);
    const file = await exportReports('p1', db, t0 + 2000);
    expect(file).toMatchObject({ format: 'least-privilege-question-reports', version: 1 });
    expect(file.reports).toEqual([
      {
        questionId: 'gen-allowed-5',
        message: 'Typo in the stem',
        createdAt: new Date(t0 + 1000).toISOString(),
      },
      {
        questionId: 'roles-001',
        message: 'Option b is also right.',
        createdAt: new Date(t0).toISOString(),
      },
    ]);
    expect(JSON.parse(JSON.stringify(file))).toEqual(file);
    await deleteReport(id, db);
    expect((await reportsFor('p1', db)).length).toBe(1);
  });
});
