import { LoadingNotice } from '../../components/LoadingNotice';
import { useActiveProfile } from '../../db/useActiveProfile';
import { useLocation } from '../../lib/router';
import { AttemptPage } from './AttemptPage';
import { CustomQuizPage } from './CustomQuizPage';
import { DrillPage } from './DrillPage';
import { ExamSetup } from './ExamSetup';
import { PracticeSetup } from './PracticeSetup';
import { QuizHome } from './QuizHome';
import { ReportsPage } from './ReportsPage';
import { ReviewDuePage } from './ReviewDuePage';
import './quiz.css';

/**
 * #/quiz and its sub-pages: practice, exam, review, drill, custom, reports, and
 * attempt/<id> (a quiz in progress or its result).
 */
export function QuizPage() {
  const { segments } = useLocation();
  const { profile, error } = useActiveProfile();
  if (error) return <p role="alert">{error}</p>;
  if (!profile) return <LoadingNotice label="Loading your quizzes…" />;
  const [, page, id] = segments;
  const profileId = profile.id;
  switch (page) {
    case 'practice':
      return <PracticeSetup profileId={profileId} />;
    case 'exam':
      return <ExamSetup profileId={profileId} />;
    case 'review':
      return <ReviewDuePage profileId={profileId} />;
    case 'drill':
      return <DrillPage profileId={profileId} />;
    case 'custom':
      return <CustomQuizPage profileId={profileId} />;
    case 'reports':
      return <ReportsPage profileId={profileId} />;
    case 'attempt':
      if (id) return <AttemptPage key={id} attemptId={id} profileId={profileId} />;
      return <QuizHome profileId={profileId} />;
    default:
      return <QuizHome profileId={profileId} />;
  }
}
