import { useEffect, useRef, useState } from 'react';
import type { Question } from '../../content/schema';
import { isAnswered, summary, type SessionState } from './session';

type Filter = 'all' | 'unanswered' | 'flagged';

/** The exam's review screen: every question with its state, free navigation, and submit. */
export function ExamReviewScreen({
  state,
  questions,
  onGoto,
  onSubmit,
  submitting,
}: {
  state: SessionState;
  questions: Question[];
  onGoto: (index: number) => void;
  onSubmit: () => void;
  submitting: boolean;
}) {
  const [filter, setFilter] = useState<Filter>('all');
  const [confirming, setConfirming] = useState(false);
  const heading = useRef<HTMLHeadingElement>(null);
  const confirm = useRef<HTMLButtonElement>(null);
  const counts = summary(state);
  useEffect(() => heading.current?.focus(), []);
  useEffect(() => {
    if (confirming) confirm.current?.focus();
  }, [confirming]);
  const rows = questions
    .map((q, index) => ({
      q,
      index,
      answered: isAnswered(state.responses[q.id]),
      flagged: state.flagged.includes(q.id),
    }))
    .filter((r) => filter === 'all' || (filter === 'flagged' ? r.flagged : !r.answered));
  return (
    <section className="exam-review" aria-labelledby="exam-review-title">
      <h2 id="exam-review-title" ref={heading} tabIndex={-1}>
        Review your answers
      </h2>
      <p>
        {counts.answered} answered · {counts.unanswered} unanswered · {counts.flagged} flagged.
        Unanswered questions count as wrong, and guessing costs nothing.
      </p>
      <div className="filter-buttons" role="group" aria-label="Show">
        {(['all', 'unanswered', 'flagged'] as const).map((f) => (
          <button
            key={f}
            type="button"
            className="secondary small"
            aria-pressed={filter === f}
            onClick={() => setFilter(f)}
          >
            {f === 'all'
              ? `All (${questions.length})`
              : f === 'unanswered'
                ? `Unanswered (${counts.unanswered})`
                : `Flagged (${counts.flagged})`}
          </button>
        ))}
      </div>
      {rows.length === 0 ? (
        <p>No questions in this list.</p>
      ) : (
        <ol className="review-grid">
          {rows.map((r) => (
            <li key={r.q.id}>
              <button
                type="button"
                className={`review-cell${r.answered ? ' is-answered' : ''}${r.flagged ? ' is-flagged' : ''}`}
                onClick={() => onGoto(r.index)}
                aria-label={`Question ${r.index + 1}: ${r.answered ? 'answered' : 'unanswered'}${r.flagged ? ', flagged' : ''}`}
              >
                <span className="review-number">{r.index + 1}</span>
                <span className="review-state">
                  {r.answered ? '✓ Answered' : '○ Unanswered'}
                  {r.flagged ? ' · ⚑ Flagged' : ''}
                </span>
              </button>
            </li>
          ))}
        </ol>
      )}
      {!confirming ? (
        <button type="button" onClick={() => setConfirming(true)}>
          Submit exam…
        </button>
      ) : (
        <div className="confirm-submit" role="group" aria-labelledby="confirm-submit-text">
          <p id="confirm-submit-text">
            <strong>Submit now?</strong> You cannot change answers afterwards.
            {counts.unanswered > 0 && ` ${counts.unanswered} question(s) are unanswered.`}
            {counts.flagged > 0 && ` ${counts.flagged} question(s) are flagged.`}
          </p>
          <div className="actions">
            <button type="button" ref={confirm} onClick={onSubmit} disabled={submitting}>
              {submitting ? 'Submitting…' : 'Yes, submit the exam'}
            </button>
            <button type="button" className="secondary" onClick={() => setConfirming(false)}>
              Keep working
            </button>
          </div>
        </div>
      )}
    </section>
  );
}
