import type { LessonMeta } from '../../../content/schema';

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
  const set = new Set(chosen);
  const toggle = (id: string) => {
    const next = new Set(set);
    if (next.has(id)) next.delete(id);
    else next.add(id);
    onChange(lessons.filter((l) => next.has(l.id)).map((l) => l.id));
  };
  const minutes = lessons.filter((l) => set.has(l.id)).reduce((s, l) => s + l.minutes, 0);
  return (
    <fieldset className="ws-section">
      <legend>Lessons</legend>
      <p className="hint">
        Presenter mode shows each lesson section by section; students can read them in their copy.
        {chosen.length > 0 && ` About ${minutes} minutes of reading.`}
      </p>
      <ul className="ws-check-grid">
        {lessons.map((l) => (
          <li key={l.id}>
            <label>
              <input type="checkbox" checked={set.has(l.id)} onChange={() => toggle(l.id)} />
              <span>
                {l.order}. {l.title} <span className="hint">({l.minutes} min)</span>
              </span>
            </label>
          </li>
        ))}
      </ul>
    </fieldset>
  );
}
