import type { Question } from '../../../content/schema';
import { topicLabels, topics } from '../../../content/vocabulary';
import { newSeed } from '../../../lib/pack/packUtils';
import { shortStem } from '../questionText';
import { CheckList, QuestionCountField } from './CheckList';
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
  return (
    <div className="ws-picker">
      <fieldset>
        <legend>Topics (none ticked: all topics)</legend>
        <CheckList
          items={topics.map((t) => ({ id: t, label: topicLabels[t] }))}
          chosen={filter.topics}
          onChange={(chosen) => onChange({ ...filter, topics: chosen })}
        />
      </fieldset>
      <fieldset>
        <legend>Difficulty (none ticked: all)</legend>
        <CheckList
          layout="row"
          items={difficulties.map((d) => ({ id: d, label: d }))}
          chosen={filter.difficulties}
          onChange={(chosen) => onChange({ ...filter, difficulties: chosen })}
        />
      </fieldset>
      <div className="ws-filter-row">
        <QuestionCountField
          value={filter.count}
          max={100}
          onChange={(count) => onChange({ ...filter, count })}
        />
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
