import { useEffect, useState } from 'react';
import { LoadingNotice } from '../../components/LoadingNotice';
import { PageTitle } from '../../components/PageTitle';
import { abandonAttempt, getAttempt } from '../../db/attemptRepo';
import type { AttemptRecord } from '../../db/database';
import { saveInBackground } from '../../db/writeFailures';
import { href, navigate } from '../../lib/router';
import { ExamRunner } from './ExamRunner';
import { ResultView } from './ResultView';
import { StudyRunner } from './StudyRunner';

type Loaded =
  { id: string; attempt: AttemptRecord; openedAt: number } | { id: string; problem: string };

/** #/quiz/attempt/<id>: an attempt in progress (resumed where it was left) or its result. */
export function AttemptPage({ attemptId, profileId }: { attemptId: string; profileId: string }) {
  const [loaded, setLoaded] = useState<Loaded | null>(null);
  const current = loaded?.id === attemptId ? loaded : null;
  useEffect(() => {
    let live = true;
    getAttempt(attemptId).then(
      (attempt) => {
        if (!live) return;
        if (!attempt || attempt.profileId !== profileId)
          setLoaded({
            id: attemptId,
            problem: 'There is no such quiz on this device for this learner.',
          });
        else setLoaded({ id: attemptId, attempt, openedAt: Date.now() });
      },
      (e: unknown) =>
        live &&
        setLoaded({
          id: attemptId,
          problem: `This quiz could not be read from storage: ${e instanceof Error ? e.message : String(e)}`,
        }),
    );
    return () => {
      live = false;
    };
  }, [attemptId, profileId]);

  if (!current) return <LoadingNotice label="Opening the quiz…" />;
  if ('problem' in current)
    return (
      <section className="panel" aria-labelledby="page-title">
        <PageTitle>Quiz not found</PageTitle>
        <p role="alert">{current.problem}</p>
        <a href={href('/quiz')}>Back to quizzes</a>
      </section>
    );
  const { attempt, openedAt } = current;
  const finished = (done: AttemptRecord) =>
    setLoaded({ id: attemptId, attempt: done, openedAt: Date.now() });
  if (attempt.status === 'submitted') return <ResultView attempt={attempt} />;
  if (attempt.status === 'abandoned')
    return (
      <section className="panel" aria-labelledby="page-title">
        <PageTitle>{attempt.title}</PageTitle>
        <p>You ended this quiz without submitting it.</p>
        <a href={href('/quiz')}>Back to quizzes</a>
      </section>
    );
  const Runner = attempt.mode === 'exam' ? ExamRunner : StudyRunner;
  return (
    <>
      <Runner key={attempt.id} attempt={attempt} openedAt={openedAt} onFinished={finished} />
      <p className="abandon">
        <button
          type="button"
          className="secondary small"
          onClick={() => {
            if (window.confirm('End this quiz without a result? Your answers so far stay stored.'))
              saveInBackground(abandonAttempt(attempt.id).then(() => navigate('/quiz')));
          }}
        >
          End without submitting
        </button>
      </p>
    </>
  );
}
