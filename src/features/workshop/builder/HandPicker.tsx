import { useDeferredValue, useState } from 'react';
import type { Question } from '../../../content/schema';
import { topicLabels, topics, type Topic } from '../../../content/vocabulary';
import { shortStem } from '../questionText';

const shownAtOnce = 60;

/** Search the bank and tick questions; the chosen ones are listed with a remove button. */
export function HandPicker({
  bank,
  chosen,
  onChange,
}: {
  bank: readonly Question[];
  chosen: readonly string[];
  onChange: (ids: string[]) => void;
}) {
  const [text, setText] = useState('');
  const [topic, setTopic] = useState<Topic | ''>('');
  const query = useDeferredValue(text.trim().toLowerCase());
  const matches = bank.filter(
    (q) =>
      (!topic || q.topics.includes(topic)) &&
      (!query || q.id.includes(query) || q.stem.toLowerCase().includes(query)),
  );
  const chosenSet = new Set(chosen);
  const byId = new Map(bank.map((q) => [q.id, q]));
  const toggle = (id: string) =>
    onChange(chosenSet.has(id) ? chosen.filter((c) => c !== id) : [...chosen, id]);
  return (
    <div className="ws-picker">
      <div className="ws-filter-row">
        <label>
          Search the questions
          <input type="search" value={text} onChange={(e) => setText(e.target.value)} />
        </label>
        <label>
          Topic
          <select value={topic} onChange={(e) => setTopic(e.target.value as Topic | '')}>
            <option value="">All topics</option>
            {topics.map((t) => (
              <option key={t} value={t}>
                {topicLabels[t]}
              </option>
            ))}
          </select>
        </label>
      </div>
      <p className="hint" aria-live="polite">
        {matches.length} match
        {matches.length > shownAtOnce ? `; showing the first ${shownAtOnce}, search to narrow` : ''}
        .
      </p>
      <fieldset className="ws-question-choices">
        <legend className="visually-hidden">Questions to add</legend>
        <ul>
          {matches.slice(0, shownAtOnce).map((q) => (
            <li key={q.id}>
              <label>
                <input
                  type="checkbox"
                  checked={chosenSet.has(q.id)}
                  onChange={() => toggle(q.id)}
                />
                <span>
                  {shortStem(q)}{' '}
                  <span className="hint">
                    ({q.id} · {q.type} · {q.difficulty})
                  </span>
                </span>
              </label>
            </li>
          ))}
        </ul>
      </fieldset>
      <p>
        <strong>Chosen: {chosen.length}</strong>
      </p>
      {chosen.length > 0 && (
        <ol className="ws-chosen">
          {chosen.map((id) => (
            <li key={id}>
              <span>{byId.get(id) ? shortStem(byId.get(id) as Question, 70) : id}</span>
              <button
                type="button"
                className="secondary small"
                onClick={() => toggle(id)}
                aria-label={`Remove ${id}`}
              >
                Remove
              </button>
            </li>
          ))}
        </ol>
      )}
    </div>
  );
}
