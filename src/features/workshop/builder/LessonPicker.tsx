import type { LessonMeta } from '../../../content/schema';
import { CheckList } from './CheckList';

/** Lessons to include, in course order. */
export function LessonPicker({
  lessons,
  chosen,
  onChange,
}: {
  lessons: readonly LessonMeta[];
  chosen: readonly string[];
  onChange: (ids: string[]) => void;
}) {
  const minutes = lessons.filter((l) => chosen.includes(l.id)).reduce((s, l) => s + l.minutes, 0);
  return (
    <fieldset className="ws-section">
      <legend>Lessons</legend>
      <p className="hint">
        Presenter mode shows each lesson section by section; students can read them in their copy.
        {chosen.length > 0 && ` About ${minutes} minutes of reading.`}
      </p>
      <CheckList
        items={lessons.map((l) => ({
          id: l.id,
          label: (
            <span>
              {l.order}. {l.title} <span className="hint">({l.minutes} min)</span>
            </span>
          ),
        }))}
        chosen={chosen}
        onChange={onChange}
      />
    </fieldset>
  );
}
