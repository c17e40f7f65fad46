import { useLocation } from '../../lib/router';
import { LessonList } from './LessonList';
import { LessonReader } from './LessonReader';
import { loadLesson } from './loadLesson';

/** Loads the lesson a location opens, so it shows in the page's first render. */
export function preloadView(segments: readonly string[]): Promise<unknown> {
  return segments[1] ? loadLesson(segments[1]) : Promise.resolve();
}

export function LessonsPage() {
  const { segments, query } = useLocation();
  const lessonId = segments[1];
  if (lessonId) return <LessonReader key={lessonId} lessonId={lessonId} section={query.get('s')} />;
  return <LessonList />;
}
