// Quiz attempts (table `attempts`) and their answers (table `answers`). An attempt is saved on
// every change (responses, flags, current question, time used), so an exam in progress survives
// a reload, a crash or a closed tab and resumes with its remaining time. Every answer is also
// written to `answers` the moment it is given; within an attempt a changed answer replaces the
// earlier record for that question, so `answers` holds what the learner finally answered.
// Writes that touch several records (an answer and its review card; a submission with its
// cards and any answers an earlier failed write left out) happen in one transaction.
import { randomId } from '../lib/randomId';
import type { AnswerOutcome } from '../lib/reviewSchedule';
import { saveAnswer } from './answerRepo';
import { reviewAnswer } from './cardRepo';
import {
  db as appDb,
  type AnswerRecord,
  type AttemptMode,
  type AttemptRecord,
  type LeastPrivilegeDB,
} from './database';

/** What a new attempt needs; the rest starts empty. */
export interface NewAttempt {
  profileId: string;
  mode: AttemptMode;
  title: string;
  examId: string | null;
  questionIds: string[];
  unscoredIds?: string[];
  seed: number;
  limitMs: number | null;
}

/** The fields saved while an attempt is in progress. */
export type AttemptProgress = Partial<
  Pick<
    AttemptRecord,
    | 'responses'
    | 'flagged'
    | 'currentIndex'
    | 'elapsedMs'
    | 'confidence'
    | 'checked'
    | 'msByQuestion'
  >
>;

/** Creates an in-progress attempt and returns it. */
export async function createAttempt(
  input: NewAttempt,
  db: LeastPrivilegeDB = appDb,
  now = Date.now(),
): Promise<AttemptRecord> {
  if (input.questionIds.length === 0) throw new Error('an attempt needs at least one question');
  const attempt: AttemptRecord = {
    id: randomId(),
    profileId: input.profileId,
    mode: input.mode,
    status: 'in-progress',
    title: input.title,
    examId: input.examId,
    questionIds: input.questionIds,
    unscoredIds: input.unscoredIds ?? [],
    seed: input.seed >>> 0,
    responses: {},
    flagged: [],
    currentIndex: 0,
    startedAt: now,
    limitMs: input.limitMs,
    elapsedMs: 0,
    submittedAt: null,
    result: null,
    updatedAt: now,
    confidence: {},
    checked: [],
    msByQuestion: {},
  };
  await db.attempts.add(attempt);
  return attempt;
}

/** One attempt, or undefined. */
export function getAttempt(id: string, db: LeastPrivilegeDB = appDb) {
  return db.attempts.get(id);
}

/** Saves progress on an in-progress attempt; a submitted one is never changed. */
export async function saveProgress(
  id: string,
  progress: AttemptProgress,
  db: LeastPrivilegeDB = appDb,
  now = Date.now(),
): Promise<boolean> {
  return db.transaction('rw', db.attempts, async () => {
    const current = await db.attempts.get(id);
    if (!current || current.status !== 'in-progress') return false;
    await db.attempts.put({ ...current, ...progress, updatedAt: now });
    return true;
  });
}

/**
 * Writes an answer to `answers` now, replacing any earlier answer to the same question in the
 * same attempt (a changed exam answer), in one transaction.
 */
export async function recordAnswer(
  answer: Omit<AnswerRecord, 'id'>,
  db: LeastPrivilegeDB = appDb,
): Promise<number> {
  return db.transaction('rw', db.answers, async () => {
    await db.answers
      .where('attemptId')
      .equals(answer.attemptId)
      .filter((a) => a.questionId === answer.questionId && a.profileId === answer.profileId)
      .delete();
    return saveAnswer(answer, db);
  });
}

/**
 * Records a checked answer and schedules its review in one transaction: both are stored, or
 * (on any failure, e.g. full storage) neither.
 */
export async function recordCheckedAnswer(
  answer: Omit<AnswerRecord, 'id'>,
  outcome: AnswerOutcome,
  db: LeastPrivilegeDB = appDb,
): Promise<void> {
  await db.transaction('rw', db.answers, db.cards, db.settings, async () => {
    await recordAnswer(answer, db);
    await reviewAnswer(answer.profileId, answer.questionId, outcome, db, answer.answeredAt);
  });
}

/** One question of an attempt being submitted: its answer (if any) and its outcome. */
export interface FinalAnswer {
  questionId: string;
  /** the answer the learner gave, or null for a question left unanswered */
  answer: Omit<AnswerRecord, 'id'> | null;
  outcome: AnswerOutcome;
}

/**
 * Submits an attempt in one transaction, all or nothing: stores every given answer that is not
 * stored yet with the same response (its write failed earlier, e.g. while storage was full),
 * schedules reviews (`reviews: 'all'` for every question, as an exam does at the end;
 * `'stored-now'` only for the answers stored here, since practice modes scheduled the others
 * when they were checked), then marks the attempt submitted. A submitted attempt is returned
 * unchanged.
 */
export async function completeAttempt(
  id: string,
  final: {
    result: unknown;
    progress: AttemptProgress;
    answers: readonly FinalAnswer[];
    reviews: 'all' | 'stored-now';
  },
  db: LeastPrivilegeDB = appDb,
  now = Date.now(),
): Promise<AttemptRecord> {
  return db.transaction('rw', [db.attempts, db.answers, db.cards, db.settings], async () => {
    const current = await db.attempts.get(id);
    if (!current) throw new Error(`no attempt ${id}`);
    if (current.status === 'submitted') return current;
    const stored = await db.answers.where('attemptId').equals(id).toArray();
    const storedResponse = new Map(
      stored
        .filter((a) => a.profileId === current.profileId)
        .map((a) => [a.questionId, JSON.stringify(a.response)]),
    );
    for (const f of final.answers) {
      const answer = f.answer;
      const missing =
        answer !== null && storedResponse.get(f.questionId) !== JSON.stringify(answer.response);
      if (missing) await recordAnswer(answer, db);
      if (final.reviews === 'all' || missing)
        await reviewAnswer(current.profileId, f.questionId, f.outcome, db, now);
    }
    return submitAttempt(id, final.result, final.progress, db, now);
  });
}

/** Marks an attempt submitted with its result and final progress. */
export async function submitAttempt(
  id: string,
  result: unknown,
  progress: AttemptProgress = {},
  db: LeastPrivilegeDB = appDb,
  now = Date.now(),
): Promise<AttemptRecord> {
  return db.transaction('rw', db.attempts, async () => {
    const current = await db.attempts.get(id);
    if (!current) throw new Error(`no attempt ${id}`);
    if (current.status === 'submitted') return current;
    const done: AttemptRecord = {
      ...current,
      ...progress,
      status: 'submitted',
      submittedAt: now,
      result,
      updatedAt: now,
    };
    await db.attempts.put(done);
    return done;
  });
}

/** Gives up an in-progress attempt (kept, marked abandoned). */
export async function abandonAttempt(
  id: string,
  db: LeastPrivilegeDB = appDb,
  now = Date.now(),
): Promise<void> {
  await db.attempts
    .where('id')
    .equals(id)
    .modify((a) => {
      if (a.status === 'in-progress') {
        a.status = 'abandoned';
        a.updatedAt = now;
      }
    });
}

/** Questions the learner got wrong in a submitted attempt (unanswered count as wrong). */
export async function missedQuestionIds(
  attemptId: string,
  db: LeastPrivilegeDB = appDb,
): Promise<string[]> {
  const attempt = await db.attempts.get(attemptId);
  if (!attempt) return [];
  const answers = await db.answers.where('attemptId').equals(attemptId).toArray();
  const right = new Set(answers.filter((a) => a.correct).map((a) => a.questionId));
  return attempt.questionIds.filter((q) => !right.has(q));
}

/** Per question: how often the profile answered it, how often right, and the latest outcome. */
export async function answerStats(
  profileId: string,
  db: LeastPrivilegeDB = appDb,
): Promise<Map<string, { answers: number; correct: number; lastCorrect: boolean | null }>> {
  const rows = await db.answers.where('profileId').equals(profileId).sortBy('answeredAt');
  const stats = new Map<
    string,
    { answers: number; correct: number; lastCorrect: boolean | null }
  >();
  for (const a of rows) {
    const s = stats.get(a.questionId) ?? { answers: 0, correct: 0, lastCorrect: null };
    s.answers += 1;
    if (a.correct) s.correct += 1;
    s.lastCorrect = a.correct;
    stats.set(a.questionId, s);
  }
  return stats;
}
