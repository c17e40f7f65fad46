import { useLiveQuery } from 'dexie-react-hooks';
import { useId, useState } from 'react';
import { LoadingNotice } from '../../components/LoadingNotice';
import { PageTitle } from '../../components/PageTitle';
import { allCards, getReviewTarget, removeCard, setReviewTarget } from '../../db/cardRepo';
import { saveInBackground } from '../../db/writeFailures';
import { href } from '../../lib/router';
import { schedulerParams } from '../../lib/reviewSchedule';
import { learnAheadMs } from '../../lib/reviewWindow';
import { findQuestion, newSeed } from './bank';
import { startAttempt } from './attemptFlow';

const maxSession = 30;
const dayMs = 86_400_000;
const reasons = { missed: 'missed', flagged: 'flagged', unsure: 'unsure' } as const;

function toDateInput(ms: number | null): string {
  if (ms === null) return '';
  const d = new Date(ms);
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}`;
}

/** Review due: the FSRS queue of missed, flagged and unsure questions. */
export function ReviewDuePage({ profileId }: { profileId: string }) {
  const dateId = useId();
  const data = useLiveQuery(async () => {
    const [cards, target] = await Promise.all([allCards(profileId), getReviewTarget(profileId)]);
    return { cards, target, now: Date.now() };
  }, [profileId]);
  const [draftDate, setDraftDate] = useState<string | null>(null);
  const [problem, setProblem] = useState<string | null>(null);
  if (!data) return <LoadingNotice label="Loading your review queue…" />;
  const { cards, target, now } = data;
  const known = cards.filter((c) => findQuestion(c.questionId) !== null);
  const due = known.filter((c) => c.due <= now + learnAheadMs);
  const week = known.filter((c) => c.due > now + learnAheadMs && c.due <= now + 7 * dayMs);
  const next = known.find((c) => c.due > now + learnAheadMs);
  const dateText = draftDate ?? toDateInput(target.examDate);
  const params = schedulerParams(target, now);

  const saveDate = () => {
    if (!dateText)
      return saveInBackground(setReviewTarget(profileId, null).then(() => setDraftDate(null)));
    const [y, m, d] = dateText.split('-').map(Number);
    const ms = new Date(y ?? 0, (m ?? 1) - 1, d ?? 1).getTime();
    if (!Number.isFinite(ms)) return setProblem('That date could not be read.');
    setProblem(null);
    saveInBackground(setReviewTarget(profileId, ms).then(() => setDraftDate(null)));
  };
  const start = () =>
    startAttempt({
      profileId,
      mode: 'review',
      title: `Spaced review (${Math.min(due.length, maxSession)} questions)`,
      examId: null,
      questionIds: due.slice(0, maxSession).map((c) => c.questionId),
      seed: newSeed(),
      limitMs: null,
    }).catch((e: unknown) => setProblem(e instanceof Error ? e.message : String(e)));

  const count = (r: keyof typeof reasons) => due.filter((c) => c.reason === r).length;
  return (
    <section aria-labelledby="page-title" className="quiz-setup">
      <PageTitle>Review due</PageTitle>
      <p className="lead">
        Questions you missed, flagged or were unsure of come back when you are about to forget them,
        scheduled by FSRS (the ts-fsrs library). A right, sure answer pushes a question further out;
        a miss brings it back within minutes.
      </p>
      <div className="panel">
        <p className="review-count">
          <strong>{due.length}</strong> question{due.length === 1 ? '' : 's'} due now
          {due.length > 0 &&
            ` (${count('missed')} missed, ${count('flagged')} flagged, ${count('unsure')} unsure)`}
          . {week.length} more in the next 7 days.
        </p>
        {due.length > 0 ? (
          <button type="button" onClick={() => void start()}>
            Start review ({Math.min(due.length, maxSession)} questions)
          </button>
        ) : (
          <p>
            Nothing is due.{' '}
            {next
              ? `The next question is due ${new Date(next.due).toLocaleString()}.`
              : 'Answer some questions first: misses, flags and unsure answers land here.'}
          </p>
        )}
      </div>
      <form
        className="panel"
        onSubmit={(e) => {
          e.preventDefault();
          saveDate();
        }}
      >
        <h2>Aim at an exam date</h2>
        <p>
          With a date set, the scheduler asks for higher retention as the day nears and keeps every
          review before it. Now: target retention {Math.round(params.request_retention * 100)}%,
          longest interval {params.maximum_interval} days.
        </p>
        <div className="form-row">
          <label htmlFor={dateId}>Exam date</label>
          <input
            id={dateId}
            type="date"
            value={dateText}
            onChange={(e) => setDraftDate(e.target.value)}
          />
          <button type="submit" className="secondary">
            Save date
          </button>
          {target.examDate !== null && (
            <button
              type="button"
              className="secondary"
              onClick={() =>
                saveInBackground(setReviewTarget(profileId, null).then(() => setDraftDate(null)))
              }
            >
              Clear date
            </button>
          )}
        </div>
      </form>
      {problem && (
        <p role="alert" className="error-detail">
          {problem}
        </p>
      )}
      {known.length > 0 && (
        <details className="panel">
          <summary>All {known.length} questions in review</summary>
          <ul className="review-queue">
            {known.map((c) => (
              <li key={c.questionId}>
                <span className="hint">
                  {c.reason ? `${reasons[c.reason]} · ` : ''}due{' '}
                  {c.due <= now + learnAheadMs ? 'now' : new Date(c.due).toLocaleDateString()}
                </span>{' '}
                {(findQuestion(c.questionId)?.stem ?? '').slice(0, 110)}…{' '}
                <button
                  type="button"
                  className="secondary small"
                  onClick={() => saveInBackground(removeCard(profileId, c.questionId))}
                  aria-label={`Remove question ${c.questionId} from review`}
                >
                  Remove
                </button>
              </li>
            ))}
          </ul>
        </details>
      )}
      <p>
        <a href={href('/quiz')}>Back to quizzes</a>
      </p>
    </section>
  );
}
