import { useLocation } from '../../lib/router';
import { LessonList } from './LessonList';
import { LessonReader } from './LessonReader';

export function LessonsPage() {
  const { segments, query } = useLocation();
  const lessonId = segments[1];
  if (lessonId) return <LessonReader key={lessonId} lessonId={lessonId} section={query.get('s')} />;
  return <LessonList />;
}
