import { PageTitle } from '../../components/PageTitle';
import { useLiveData, type DataState } from '../../db/lazyData';
import type { AttemptRecord } from '../../db/database';
import type { AttemptResult } from '../../lib/examScore';
import { href } from '../../lib/router';
import { questionCount } from 'virtual:lp-content/question-count';
import { formatDuration } from './TimerDisplay';

const modes = [
  {
    path: '/quiz/practice',
    title: 'Practice',
    text: 'Pick topics, exam, difficulty and count; check each answer for an explanation of every option.',
  },
  {
    path: '/quiz/exam',
    title: 'Exam simulation',
    text: 'The exam’s length and time limit, unscored items mixed in, flags, a review screen and a scaled-score estimate.',
  },
  {
    path: '/quiz/review',
    title: 'Review due',
    text: 'Spaced repetition (FSRS) of what you missed, flagged or were unsure of, optionally aimed at your exam date.',
  },
  {
    path: '/quiz/drill',
    title: 'Topic drill',
    text: 'One topic, weakest questions first.',
  },
  {
    path: '/quiz/custom',
    title: 'Custom quiz and saved sets',
    text: 'Pick questions yourself and save them as a named set (workshops build on these).',
  },
];

function progressText(a: AttemptRecord): string {
  const answered = Object.keys(a.responses).length;
  const left = a.limitMs !== null ? ` · ${formatDuration(a.limitMs - a.elapsedMs)} left` : '';
  return `${answered} of ${a.questionIds.length} answered${left}`;
}

/** The quiz's front page; its static parts render at once, the learner's parts once loaded. */
export function QuizHome({ profileId, data }: { profileId: string | null; data: DataState }) {
  const inProgress = useLiveData(
    data,
    profileId ? (d) => d.attemptsByStatus(profileId, 'in-progress', d.db) : null,
    [profileId],
    [],
  );
  const recent = useLiveData(
    data,
    profileId
      ? async (d) => (await d.attemptsByStatus(profileId, 'submitted', d.db)).slice(0, 5)
      : null,
    [profileId],
    [],
  );
  const due = useLiveData(
    data,
    profileId ? async (d) => (await d.dueCards(profileId, d.db)).length : null,
    [profileId],
    0,
  );
  return (
    <section aria-labelledby="page-title">
      <PageTitle>Quiz</PageTitle>
      <p className="lead">
        {questionCount} exam-style IAM questions with an explanation for every option, plus endless
        generated policy-evaluation questions whose answers the policy engine computes. Every answer
        is stored on this device only.
      </p>
      {inProgress && inProgress.length > 0 && (
        <section aria-labelledby="continue-title" className="panel continue">
          <h2 id="continue-title">Continue where you left off</h2>
          <ul className="plain-list">
            {inProgress.map((a) => (
              <li key={a.id}>
                <a href={href(`/quiz/attempt/${a.id}`)}>{a.title}</a>{' '}
                <span className="hint">{progressText(a)}</span>
              </li>
            ))}
          </ul>
        </section>
      )}
      <ul className="area-grid quiz-modes">
        {modes.map((m) => (
          <li key={m.path} className="card">
            <h2>
              <a href={href(m.path)}>
                {m.title}
                {m.path === '/quiz/review' && due !== undefined ? ` (${due} due)` : ''}
              </a>
            </h2>
            <p>{m.text}</p>
          </li>
        ))}
      </ul>
      {recent && recent.length > 0 && (
        <section aria-labelledby="recent-title">
          <h2 id="recent-title">Recent results</h2>
          <ul className="plain-list">
            {recent.map((a) => {
              const r = a.result as Partial<AttemptResult> | null;
              return (
                <li key={a.id}>
                  <a href={href(`/quiz/attempt/${a.id}`)}>{a.title}</a>{' '}
                  <span className="hint">
                    {new Date(a.submittedAt ?? a.updatedAt).toLocaleString()} · {r?.correct ?? 0} of{' '}
                    {r?.scored ?? 0} ({r?.percent ?? 0}%) · estimate {r?.scaledScore ?? '—'}
                    {a.mode === 'exam' ? (r?.passed ? ' · pass' : ' · fail') : ''}
                  </span>
                </li>
              );
            })}
          </ul>
        </section>
      )}
      <p>
        <a href={href('/quiz/reports')}>Problems you reported with questions</a>
      </p>
    </section>
  );
}
