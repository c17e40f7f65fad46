import type { LessonMeta } from '../../../content/schema';
import { href } from '../../../lib/router';

/** Links to the lessons that list a challenge (their front matter is the one source). */
export function RelatedLessons({
  lessons,
}: {
  lessons: readonly Pick<LessonMeta, 'id' | 'title' | 'order'>[];
}) {
  if (lessons.length === 0) return null;
  return (
    <section className="related-lessons" aria-labelledby="related-lessons-title">
      <h3 id="related-lessons-title">Related lessons</h3>
      <ul>
        {lessons.map((l) => (
          <li key={l.id}>
            <a href={href(`/lessons/${l.id}`)}>
              Lesson {l.order}: {l.title}
            </a>
          </li>
        ))}
      </ul>
    </section>
  );
}
