import { useId, useState } from 'react';
import type { Question } from '../../content/schema';
import { topicLabels, topics } from '../../content/vocabulary';
import { bank } from './bank';

const pageSize = 40;

/** Browse and filter the bank; tick questions to put them in the set. */
export function QuestionPicker({
  selected,
  onToggle,
}: {
  selected: readonly string[];
  onToggle: (id: string, on: boolean) => void;
}) {
  const ids = { search: useId(), topic: useId(), type: useId() };
  const [search, setSearch] = useState('');
  const [topic, setTopic] = useState('');
  const [type, setType] = useState('');
  const [shown, setShown] = useState(pageSize);
  const words = search.toLowerCase().split(/\s+/).filter(Boolean);
  const hits = bank.filter(
    (q: Question) =>
      (!topic || (q.topics as readonly string[]).includes(topic)) &&
      (!type || q.type === type) &&
      words.every((w) => `${q.id} ${q.stem}`.toLowerCase().includes(w)),
  );
  return (
    <section aria-labelledby="picker-title" className="picker">
      <h2 id="picker-title">Pick questions</h2>
      <div className="form-row">
        <label htmlFor={ids.search}>Search</label>
        <input
          id={ids.search}
          type="search"
          value={search}
          onChange={(e) => {
            setSearch(e.target.value);
            setShown(pageSize);
          }}
        />
        <label htmlFor={ids.topic}>Topic</label>
        <select id={ids.topic} value={topic} onChange={(e) => setTopic(e.target.value)}>
          <option value="">All topics</option>
          {topics.map((t) => (
            <option key={t} value={t}>
              {topicLabels[t]}
            </option>
          ))}
        </select>
        <label htmlFor={ids.type}>Type</label>
        <select id={ids.type} value={type} onChange={(e) => setType(e.target.value)}>
          <option value="">All types</option>
          <option value="single">Multiple choice</option>
          <option value="multiple">Multiple response</option>
          <option value="ordering">Ordering</option>
          <option value="matching">Matching</option>
        </select>
      </div>
      <p className="hint" aria-live="polite">
        {hits.length} question{hits.length === 1 ? '' : 's'} found
      </p>
      <ul className="picker-list">
        {hits.slice(0, shown).map((q) => (
          <li key={q.id}>
            <label>
              <input
                type="checkbox"
                checked={selected.includes(q.id)}
                onChange={(e) => onToggle(q.id, e.target.checked)}
              />{' '}
              <span className="picker-stem">{q.stem.slice(0, 160)}</span>{' '}
              <span className="hint">
                {q.id} · {q.type} · {q.difficulty}
              </span>
            </label>
          </li>
        ))}
      </ul>
      {hits.length > shown && (
        <button type="button" className="secondary" onClick={() => setShown(shown + pageSize)}>
          Show more ({hits.length - shown} left)
        </button>
      )}
    </section>
  );
}
