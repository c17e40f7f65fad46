import type { QuestionSetRecord } from '../../../db/database';
import { href } from '../../../lib/router';

/** One of the profile's saved question sets (made in the quiz). */
export function SetPicker({
  sets,
  chosenId,
  missing,
  onChange,
}: {
  sets: readonly QuestionSetRecord[];
  chosenId: string;
  missing: readonly string[];
  onChange: (id: string) => void;
}) {
  if (sets.length === 0)
    return (
      <p className="hint">
        You have no saved question sets yet. Make one in the <a href={href('/quiz')}>quiz</a> (a
        custom quiz can be saved as a set), then come back.
      </p>
    );
  return (
    <div className="ws-picker">
      <label>
        Saved question set
        <select value={chosenId} onChange={(e) => onChange(e.target.value)}>
          <option value="">Choose a set…</option>
          {sets.map((s) => (
            <option key={s.id} value={s.id}>
              {s.name} ({s.questionIds.length} questions)
            </option>
          ))}
        </select>
      </label>
      {missing.length > 0 && (
        <p className="notice notice-warn">
          ⚠ {missing.length} question{missing.length === 1 ? '' : 's'} of this set{' '}
          {missing.length === 1 ? 'is' : 'are'} no longer in the question bank and will be left out:{' '}
          {missing.join(', ')}.
        </p>
      )}
    </div>
  );
}
