import { lazy, Suspense, type ComponentType } from 'react';
import { LoadingNotice } from '../../components/LoadingNotice';
import { useActiveProfile } from '../../db/useActiveProfile';
import { useLocation } from '../../lib/router';
import { QuizHome } from './QuizHome';
import './quiz.css';

type ProfilePage = ComponentType<{ profileId: string }>;

/** A sub-page loaded on first visit: the quiz home must not wait for the question bank. */
function lazyPage<K extends string>(load: () => Promise<Record<K, ProfilePage>>, name: K) {
  return lazy(() => load().then((m) => ({ default: m[name] })));
}

const subPages: Record<string, ProfilePage> = {
  practice: lazyPage(() => import('./PracticeSetup'), 'PracticeSetup'),
  exam: lazyPage(() => import('./ExamSetup'), 'ExamSetup'),
  review: lazyPage(() => import('./ReviewDuePage'), 'ReviewDuePage'),
  drill: lazyPage(() => import('./DrillPage'), 'DrillPage'),
  custom: lazyPage(() => import('./CustomQuizPage'), 'CustomQuizPage'),
  reports: lazyPage(() => import('./ReportsPage'), 'ReportsPage'),
};

const AttemptPage = lazy(() => import('./AttemptPage').then((m) => ({ default: m.AttemptPage })));

/**
 * #/quiz and its sub-pages: practice, exam, review, drill, custom, reports, and
 * attempt/<id> (a quiz in progress or its result). The home renders before the learner's
 * profile has loaded; sub-pages wait for it.
 */
export function QuizPage() {
  const { segments } = useLocation();
  const { profile, error } = useActiveProfile();
  if (error) return <p role="alert">{error}</p>;
  const [, page, id] = segments;
  const SubPage = page ? subPages[page] : undefined;
  const attemptId = page === 'attempt' ? id : undefined;
  if (!SubPage && !attemptId) return <QuizHome profileId={profile?.id ?? null} />;
  if (!profile) return <LoadingNotice label="Loading your quizzes…" />;
  return (
    <Suspense fallback={<LoadingNotice label="Loading the quiz…" />}>
      {attemptId ? (
        <AttemptPage key={attemptId} attemptId={attemptId} profileId={profile.id} />
      ) : (
        SubPage && <SubPage profileId={profile.id} />
      )}
    </Suspense>
  );
}
