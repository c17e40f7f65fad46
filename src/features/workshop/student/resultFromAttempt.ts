import type { Question } from '../../../content/schema';
import type { AnswerRecord, AttemptRecord } from '../../../db/database';
import type { WorkshopAttemptMeta } from '../../../db/packRepo';
import {
  RESULT_KIND,
  resultSchema,
  type Pack,
  type WorkshopResult,
} from '../../../lib/pack/schema';
import { isCorrect, type Response } from '../../../lib/scoring';

/** A response that counts as an answer (an empty choice or an empty matching does not). */
export function isAnswered(response: unknown): response is Response {
  if (Array.isArray(response)) return response.length > 0;
  return typeof response === 'object' && response !== null && Object.values(response).some(Boolean);
}

/** Right answers out of all questions (a blank is wrong, as on AWS exams). */
export function scoreOf(
  questions: readonly Question[],
  responses: Record<string, unknown>,
): { right: number; total: number } {
  const right = questions.filter((q) => {
    const r = responses[q.id];
    return isAnswered(r) && isCorrect(q, r);
  }).length;
  return { right, total: questions.length };
}

/** The answer record for the learner's own answers table. */
export function answerRecord(
  attempt: AttemptRecord,
  question: Question,
  response: Response,
  msTaken: number,
  now: number,
): Omit<AnswerRecord, 'id'> {
  return {
    profileId: attempt.profileId,
    questionId: question.id,
    attemptId: attempt.id,
    response,
    correct: isCorrect(question, response),
    confidence: null,
    msTaken: Math.round(msTaken),
    answeredAt: now,
  };
}

/** The result file a student hands in, validated as the instructor's import will validate it. */
export function resultFromAttempt(
  attempt: AttemptRecord,
  meta: WorkshopAttemptMeta,
  pack: Pack,
): WorkshopResult {
  return resultSchema.parse({
    kind: RESULT_KIND,
    version: 1,
    packId: pack.id,
    packTitle: pack.title,
    packChecksum: meta.packChecksum,
    contentDigest: meta.contentDigest,
    attemptId: attempt.id,
    student: meta.student,
    startedAt: attempt.startedAt,
    submittedAt: attempt.submittedAt ?? attempt.updatedAt,
    elapsedMs: Math.round(attempt.elapsedMs),
    timedOut: meta.timedOut,
    answers: attempt.questionIds.map((questionId) => {
      const r = attempt.responses[questionId];
      return {
        questionId,
        response: isAnswered(r) ? r : null,
        msTaken: Math.round(meta.msByQuestion[questionId] ?? 0),
      };
    }),
  });
}
