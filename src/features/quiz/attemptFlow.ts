/**
 * Starting and finishing attempts: a new attempt is stored before the learner sees it; on
 * finishing, the attempt is scored (src/lib/examScore.ts), its answers feed the review
 * scheduler, and the result is stored on the attempt.
 */
import type { Question } from '../../content/schema';
import { createAttempt, recordAnswer, submitAttempt, type NewAttempt } from '../../db/attemptRepo';
import { reviewAnswer } from '../../db/cardRepo';
import type { AttemptRecord } from '../../db/database';
import { scoreAttempt } from '../../lib/examScore';
import { navigate } from '../../lib/router';
import { isCorrect, type Response } from '../../lib/scoring';
import { examById, findQuestion } from './bank';
import { progressOf, type SessionState } from './session';

/** Stores a new attempt and opens it. */
export async function startAttempt(input: NewAttempt): Promise<void> {
  const attempt = await createAttempt(input);
  navigate(`/quiz/attempt/${attempt.id}`);
}

export function questionsOf(attempt: Pick<AttemptRecord, 'questionIds'>): Question[] {
  return attempt.questionIds.map(findQuestion).filter((q): q is Question => q !== null);
}

/** Writes one answer to `answers` (replacing an earlier one in this attempt). */
export function saveGivenAnswer(
  attempt: AttemptRecord,
  question: Question,
  state: SessionState,
  now: number,
): Promise<number> {
  const response = state.responses[question.id] ?? null;
  return recordAnswer({
    profileId: attempt.profileId,
    questionId: question.id,
    attemptId: attempt.id,
    response,
    correct: isCorrect(question, response as Response | null),
    confidence: state.confidence[question.id] ?? null,
    msTaken: Math.round(progressOf(state, now).msByQuestion?.[question.id] ?? 0),
    answeredAt: now,
  });
}

/**
 * Scores and submits. Exam answers reach the review scheduler only now (they could change
 * until the end); practice modes scheduled each answer when it was checked.
 */
export async function finishAttempt(
  attempt: AttemptRecord,
  state: SessionState,
  now: number,
): Promise<AttemptRecord> {
  const questions = questionsOf(attempt);
  const exam = examById(attempt.examId);
  const result = scoreAttempt({
    questions,
    responses: state.responses,
    unscoredIds: attempt.unscoredIds,
    exam,
  });
  if (attempt.mode === 'exam') {
    for (const q of questions) {
      const response = (state.responses[q.id] as Response | undefined) ?? null;
      await reviewAnswer(attempt.profileId, q.id, {
        correct: isCorrect(q, response),
        confidence: state.confidence[q.id] ?? null,
        flagged: state.flagged.includes(q.id),
      });
    }
  }
  return submitAttempt(attempt.id, result, progressOf(state, now), undefined, now);
}
