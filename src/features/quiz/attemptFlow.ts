/**
 * Starting and finishing attempts: a new attempt is stored before the learner sees it; on
 * finishing, the attempt is scored (src/lib/examScore.ts), its answers feed the review
 * scheduler, and the result is stored on the attempt.
 */
import type { Question } from '../../content/schema';
import {
  completeAttempt,
  createAttempt,
  recordAnswer,
  recordCheckedAnswer,
  type NewAttempt,
} from '../../db/attemptRepo';
import type { AnswerRecord, AttemptRecord } from '../../db/database';
import { isQuotaError, storageFullMessage } from '../../db/storage';
import { scoreAttempt } from '../../lib/examScore';
import type { AnswerOutcome } from '../../lib/reviewSchedule';
import { navigate } from '../../lib/router';
import { isCorrect, type Response } from '../../lib/scoring';
import { examById, findQuestion } from './bank';
import { isAnswered, progressOf, type SessionState } from './session';

/** Stores a new attempt and opens it. */
export async function startAttempt(input: NewAttempt): Promise<void> {
  const attempt = await createAttempt(input);
  navigate(`/quiz/attempt/${attempt.id}`);
}

export function questionsOf(attempt: Pick<AttemptRecord, 'questionIds'>): Question[] {
  return attempt.questionIds.map(findQuestion).filter((q): q is Question => q !== null);
}

function answerOf(
  attempt: AttemptRecord,
  question: Question,
  state: SessionState,
  now: number,
): Omit<AnswerRecord, 'id'> {
  const response = state.responses[question.id] ?? null;
  return {
    profileId: attempt.profileId,
    questionId: question.id,
    attemptId: attempt.id,
    response,
    correct: isCorrect(question, response as Response | null),
    confidence: state.confidence[question.id] ?? null,
    msTaken: Math.round(progressOf(state, now).msByQuestion?.[question.id] ?? 0),
    answeredAt: now,
  };
}

function outcomeOf(question: Question, state: SessionState): AnswerOutcome {
  return {
    correct: isCorrect(question, (state.responses[question.id] as Response | undefined) ?? null),
    confidence: state.confidence[question.id] ?? null,
    flagged: state.flagged.includes(question.id),
  };
}

/** Writes one answer to `answers` (replacing an earlier one in this attempt). */
export function saveGivenAnswer(
  attempt: AttemptRecord,
  question: Question,
  state: SessionState,
  now: number,
): Promise<number> {
  return recordAnswer(answerOf(attempt, question, state, now));
}

/** Writes a checked answer and schedules its review, both or neither. */
export function saveCheckedAnswer(
  attempt: AttemptRecord,
  question: Question,
  state: SessionState,
  now: number,
): Promise<void> {
  return recordCheckedAnswer(answerOf(attempt, question, state, now), outcomeOf(question, state));
}

/**
 * Scores and submits, in one transaction. Exam answers reach the review scheduler only now
 * (they could change until the end); practice modes scheduled each answer when it was checked.
 * Answers whose earlier write failed (the session still holds them) are stored now. Full
 * storage is reported in words: the caller shows the message.
 */
export async function finishAttempt(
  attempt: AttemptRecord,
  state: SessionState,
  now: number,
): Promise<AttemptRecord> {
  const questions = questionsOf(attempt);
  const exam = attempt.mode === 'exam';
  const result = scoreAttempt({
    questions,
    responses: state.responses,
    unscoredIds: attempt.unscoredIds,
    exam: examById(attempt.examId),
  });
  const given = (q: Question) =>
    exam ? isAnswered(state.responses[q.id]) : state.checked.includes(q.id);
  const answers = questions.map((q) => ({
    questionId: q.id,
    answer: given(q) ? answerOf(attempt, q, state, now) : null,
    outcome: outcomeOf(q, state),
  }));
  const final = {
    result,
    progress: progressOf(state, now),
    answers,
    reviews: exam ? ('all' as const) : ('stored-now' as const),
  };
  try {
    return await completeAttempt(attempt.id, final, undefined, now);
  } catch (e) {
    throw isQuotaError(e) ? new Error(storageFullMessage, { cause: e }) : e;
  }
}
