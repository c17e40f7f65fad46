import { Suspense, type ComponentType } from 'react';
import { LoadingNotice } from '../../components/LoadingNotice';
import { useData, useLazyActiveProfile } from '../../db/lazyData';
import { lazyNamed, type PreloadableLazy } from '../../lib/lazyNamed';
import { useLocation } from '../../lib/router';
import { QuizHome } from './QuizHome';
import './quiz.css';

type ProfilePage = PreloadableLazy<ComponentType<{ profileId: string }>>;

// Sub-pages load on first visit: the quiz home must not wait for the question bank.
const subPages: Record<string, ProfilePage> = {
  practice: lazyNamed(() => import('./PracticeSetup'), 'PracticeSetup'),
  exam: lazyNamed(() => import('./ExamSetup'), 'ExamSetup'),
  review: lazyNamed(() => import('./ReviewDuePage'), 'ReviewDuePage'),
  drill: lazyNamed(() => import('./DrillPage'), 'DrillPage'),
  custom: lazyNamed(() => import('./CustomQuizPage'), 'CustomQuizPage'),
  reports: lazyNamed(() => import('./ReportsPage'), 'ReportsPage'),
};

const AttemptPage = lazyNamed(() => import('./AttemptPage'), 'AttemptPage');

/** Loads the sub-page a location shows, before the quiz first renders. */
export function preloadView(segments: readonly string[]): Promise<unknown> {
  const page = segments[1];
  if (page === 'attempt') return AttemptPage.preload();
  return (page ? subPages[page]?.preload() : undefined) ?? Promise.resolve();
}

/**
 * #/quiz and its sub-pages: practice, exam, review, drill, custom, reports, and
 * attempt/<id> (a quiz in progress or its result). The home renders before the learner's
 * profile has loaded, and on a device that has stored nothing without the database at all;
 * sub-pages load it with their code and wait for the profile.
 */
export function QuizPage() {
  const { segments } = useLocation();
  const [, page, id] = segments;
  // every sub-page stores what the learner does there
  const data = useData({ load: page !== undefined });
  const { profile, error } = useLazyActiveProfile(data);
  if (error) return <p role="alert">{error}</p>;
  const SubPage = page ? subPages[page] : undefined;
  const attemptId = page === 'attempt' ? id : undefined;
  if (!SubPage && !attemptId) return <QuizHome profileId={profile?.id ?? null} data={data} />;
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
