import { useState } from 'react';
import type { Question } from '../../content/schema';
import { AnswerFeedback } from '../../components/question/AnswerFeedback';
import { QuestionCard } from '../../components/question/QuestionCard';
import type { AttemptRecord } from '../../db/database';
import { isCorrect, type Response } from '../../lib/scoring';
import { caseStudyFor } from './bank';
import { OpenInPlayground } from './OpenInPlayground';
import { ReportProblem } from './ReportProblem';
import { formatDuration } from './TimerDisplay';

type Filter = 'all' | 'wrong' | 'flagged' | 'unscored';

/** Every question of a finished attempt as the learner saw it, with their answer and the why. */
export function QuestionReviewList({
  attempt,
  questions,
}: {
  attempt: AttemptRecord;
  questions: Question[];
}) {
  const [filter, setFilter] = useState<Filter>('all');
  const response = (q: Question) => (attempt.responses[q.id] as Response | undefined) ?? null;
  const rows = questions
    .map((q, index) => ({ q, index, right: isCorrect(q, response(q)) }))
    .filter(
      ({ q, right }) =>
        filter === 'all' ||
        (filter === 'wrong' && !right) ||
        (filter === 'flagged' && attempt.flagged.includes(q.id)) ||
        (filter === 'unscored' && attempt.unscoredIds.includes(q.id)),
    );
  const filters: [Filter, string][] = [
    ['all', `All (${questions.length})`],
    ['wrong', 'Incorrect or unanswered'],
    ['flagged', `Flagged (${attempt.flagged.length})`],
  ];
  if (attempt.unscoredIds.length > 0)
    filters.push(['unscored', `Unscored (${attempt.unscoredIds.length})`]);
  return (
    <section className="question-review" aria-labelledby="review-title">
      <h2 id="review-title">Every question, as you saw it</h2>
      <div className="filter-buttons" role="group" aria-label="Show">
        {filters.map(([f, label]) => (
          <button
            key={f}
            type="button"
            className="secondary small"
            aria-pressed={filter === f}
            onClick={() => setFilter(f)}
          >
            {label}
          </button>
        ))}
      </div>
      {rows.length === 0 && <p>No questions in this list.</p>}
      {rows.map(({ q, index, right }) => (
        <div key={q.id} className="reviewed-question">
          <p className="reviewed-tags">
            <span className={right ? 'tag tag-right' : 'tag tag-wrong'}>
              {right ? '✓ Correct' : response(q) === null ? '✗ Unanswered' : '✗ Incorrect'}
            </span>
            {attempt.flagged.includes(q.id) && <span className="tag">⚑ Flagged</span>}
            {attempt.unscoredIds.includes(q.id) && (
              <span className="tag">Unscored (did not count, as on the real exam)</span>
            )}
            {attempt.confidence?.[q.id] && (
              <span className="tag">You were {attempt.confidence[q.id]}</span>
            )}
            {attempt.msByQuestion?.[q.id] !== undefined && (
              <span className="tag">Time {formatDuration(attempt.msByQuestion[q.id] ?? 0)}</span>
            )}
          </p>
          <QuestionCard
            question={q}
            response={response(q)}
            onChange={() => {}}
            seed={attempt.seed}
            locked
            label={`Question ${index + 1} of ${questions.length}`}
            caseStudyText={caseStudyFor(q)?.scenario}
          />
          <AnswerFeedback question={q} correct={right} />
          <div className="actions">
            <OpenInPlayground question={q} />
          </div>
          <ReportProblem profileId={attempt.profileId} questionId={q.id} />
        </div>
      ))}
    </section>
  );
}
