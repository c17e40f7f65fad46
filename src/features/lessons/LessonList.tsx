import { lessons } from 'virtual:lp-content/lessons';
import { PageTitle } from '../../components/PageTitle';
import { topicLabels } from '../../content/vocabulary';
import type { LessonProgress } from '../../db/database';
import { useData, useLazyActiveProfile, useLiveData } from '../../db/lazyData';
import { href } from '../../lib/router';
import { LessonSearch } from './LessonSearch';

export function LessonList() {
  const data = useData();
  const { profile, error } = useLazyActiveProfile(data);
  const progress: LessonProgress[] =
    useLiveData(
      data,
      profile ? (d) => d.lessonProgressFor(profile.id, d.db) : null,
      [profile?.id],
      [],
    ) ?? [];
  const byLesson = new Map(progress.map((p) => [p.lessonId, p]));
  const completed = progress.filter((p) => p.completedAt !== null).length;
  const totalMinutes = lessons.reduce((s, l) => s + l.minutes, 0);
  return (
    <div className="lessons">
      <PageTitle>Lessons</PageTitle>
      <p className="lead">
        {lessons.length} lessons, about {Math.round(totalMinutes / 60)} hours of study. Every rule
        comes with its AWS documentation link, and every policy example runs in the playground.
      </p>
      {error && <p className="notice notice-warn">{error}</p>}
      <p aria-live="polite">
        {completed} of {lessons.length} lessons completed.
      </p>
      <LessonSearch />
      <ol className="lesson-list">
        {lessons.map((lesson) => {
          const p = byLesson.get(lesson.id);
          const done = p?.completedAt != null;
          const started = !done && (p?.readFraction ?? 0) > 0.05;
          return (
            <li key={lesson.id} className="card lesson-card">
              <h2>
                <a href={href(`/lessons/${lesson.id}`)}>
                  {lesson.order}. {lesson.title}
                </a>
              </h2>
              <p>{lesson.summary}</p>
              <p className="lesson-meta">
                <span>{lesson.minutes} min</span>
                <span>{lesson.topics.map((t) => topicLabels[t]).join(', ')}</span>
                {done && <span className="status status-done">✓ Completed</span>}
                {started && (
                  <span className="status">
                    Started · {Math.round((p?.readFraction ?? 0) * 100)}% read
                  </span>
                )}
              </p>
            </li>
          );
        })}
      </ol>
    </div>
  );
}
