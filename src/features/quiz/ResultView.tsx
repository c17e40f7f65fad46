import { useState } from 'react';
import { PageTitle } from '../../components/PageTitle';
import type { AttemptRecord } from '../../db/database';
import { scoreAttempt, type AttemptResult } from '../../lib/examScore';
import { href } from '../../lib/router';
import { isCorrect, type Response } from '../../lib/scoring';
import { examById, newSeed } from './bank';
import { questionsOf, startAttempt } from './attemptFlow';
import { DomainBreakdown, TopicBreakdown } from './Breakdown';
import { ExamFacts } from './ExamFacts';
import { QuestionReviewList } from './QuestionReviewList';
import { ScaledScoreNote } from './ScaledScoreNote';
import { formatDuration } from './TimerDisplay';

function readResult(attempt: AttemptRecord): AttemptResult {
  const r = attempt.result as Partial<AttemptResult> | null;
  if (r && typeof r.scaledScore === 'number' && r.byDomain && r.byTopic) return r as AttemptResult;
  return scoreAttempt({
    questions: questionsOf(attempt),
    responses: attempt.responses,
    unscoredIds: attempt.unscoredIds,
    exam: examById(attempt.examId),
  });
}

/** A finished attempt: score, scaled-score estimate, pass/fail, breakdowns, full review. */
export function ResultView({ attempt }: { attempt: AttemptRecord }) {
  const [questions] = useState(() => questionsOf(attempt));
  const [problem, setProblem] = useState<string | null>(null);
  const result = readResult(attempt);
  const exam = examById(attempt.examId);
  const isExam = attempt.mode === 'exam';
  const passing = exam?.passingScore ?? 720;
  const missed = questions.filter(
    (q) => !isCorrect(q, (attempt.responses[q.id] as Response | undefined) ?? null),
  );
  const reviewMissed = () =>
    startAttempt({
      profileId: attempt.profileId,
      mode: 'review',
      title: `Review: missed in ${attempt.title}`,
      examId: attempt.examId,
      questionIds: missed.map((q) => q.id),
      seed: newSeed(),
      limitMs: null,
    }).catch((e: unknown) => setProblem(e instanceof Error ? e.message : String(e)));
  return (
    <section className="result" aria-labelledby="page-title">
      <PageTitle>Result: {attempt.title}</PageTitle>
      <div className={`result-summary ${result.passed ? 'result-pass' : 'result-fail'}`}>
        {isExam && (
          <p className="result-verdict">
            <strong>{result.passed ? '✓ Pass' : '✗ Fail'}</strong> (estimate)
          </p>
        )}
        <p className="result-score">
          Estimated scaled score: <strong>{result.scaledScore}</strong> (passing score {passing}
          {exam && !exam.verified ? ', unverified' : ''})
        </p>
        <p>
          {result.correct} of {result.scored} scored questions right ({result.percent}%).
          {attempt.unscoredIds.length > 0 &&
            ` ${attempt.unscoredIds.length} unscored questions did not count; on the real exam you cannot tell which they are.`}{' '}
          Time used: {formatDuration(attempt.elapsedMs)}
          {attempt.limitMs !== null ? ` of ${formatDuration(attempt.limitMs)}` : ''}.
        </p>
        <ScaledScoreNote exam={exam} />
      </div>
      <div className="actions">
        {missed.length > 0 && (
          <button type="button" onClick={() => void reviewMissed()}>
            Review the {missed.length} question{missed.length === 1 ? '' : 's'} you missed
          </button>
        )}
        <a className="button secondary" href={href('/quiz/review')}>
          Spaced review
        </a>
        <a className="button secondary" href={href('/quiz')}>
          Back to quizzes
        </a>
      </div>
      {problem && (
        <p role="alert" className="error-detail">
          {problem}
        </p>
      )}
      <DomainBreakdown byDomain={result.byDomain} exam={isExam ? exam : null} />
      <TopicBreakdown byTopic={result.byTopic} />
      {isExam && exam && (
        <details className="exam-profile">
          <summary>About the {exam.code} profile this simulation used</summary>
          <ExamFacts exam={exam} />
        </details>
      )}
      <QuestionReviewList attempt={attempt} questions={questions} />
    </section>
  );
}
