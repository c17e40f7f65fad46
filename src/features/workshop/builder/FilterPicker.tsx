import type { Question } from '../../../content/schema';
import { topicLabels, topics } from '../../../content/vocabulary';
import { newSeed } from '../../../lib/pack/packUtils';
import { shortStem } from '../questionText';
import { difficulties, matchingQuestions, pickByFilter, type QuestionFilter } from './buildPack';

/** Topics and difficulties, a count, and a seeded draw the instructor can repeat. */
export function FilterPicker({
  bank,
  filter,
  onChange,
}: {
  bank: readonly Question[];
  filter: QuestionFilter;
  onChange: (filter: QuestionFilter) => void;
}) {
  const available = matchingQuestions(bank, filter).length;
  const drawn = pickByFilter(bank, filter);
  const toggle = <T extends string>(list: readonly T[], value: T) =>
    list.includes(value) ? list.filter((v) => v !== value) : [...list, value];
  return (
    <div className="ws-picker">
      <fieldset>
        <legend>Topics (none ticked: all topics)</legend>
        <ul className="ws-check-grid">
          {topics.map((t) => (
            <li key={t}>
              <label>
                <input
                  type="checkbox"
                  checked={filter.topics.includes(t)}
                  onChange={() => onChange({ ...filter, topics: toggle(filter.topics, t) })}
                />
                {topicLabels[t]}
              </label>
            </li>
          ))}
        </ul>
      </fieldset>
      <fieldset>
        <legend>Difficulty (none ticked: all)</legend>
        <ul className="ws-check-row">
          {difficulties.map((d) => (
            <li key={d}>
              <label>
                <input
                  type="checkbox"
                  checked={filter.difficulties.includes(d)}
                  onChange={() =>
                    onChange({ ...filter, difficulties: toggle(filter.difficulties, d) })
                  }
                />
                {d}
              </label>
            </li>
          ))}
        </ul>
      </fieldset>
      <div className="ws-filter-row">
        <label>
          Number of questions
          <input
            type="number"
            min={1}
            max={100}
            value={filter.count}
            onChange={(e) =>
              onChange({
                ...filter,
                count: Math.max(1, Math.min(100, Number(e.target.value) || 1)),
              })
            }
          />
        </label>
        <button
          type="button"
          className="secondary"
          onClick={() => onChange({ ...filter, seed: newSeed() })}
        >
          Draw other questions
        </button>
      </div>
      <p className="hint" aria-live="polite">
        {available} questions match; {drawn.length} drawn.
      </p>
      <ol className="ws-chosen">
        {drawn.map((q) => (
          <li key={q.id}>{shortStem(q, 80)}</li>
        ))}
      </ol>
    </div>
  );
}
