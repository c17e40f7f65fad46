import { useState } from 'react';
import type { Tag } from '../../../lib/sandbox/schema';

/** Tags: key and value rows (at most 50). */
export function TagsEditor({
  tags,
  onChange,
  label,
}: {
  tags: Tag[];
  onChange: (tags: Tag[]) => void;
  label: string;
}) {
  const [key, setKey] = useState('');
  const [value, setValue] = useState('');
  return (
    <section className="sub-section" aria-label={`Tags of ${label}`}>
      <h4>Tags</h4>
      <ul className="chip-list">
        {tags.map((t) => (
          <li key={t.key}>
            <code>
              {t.key}={t.value}
            </code>{' '}
            <button
              type="button"
              className="secondary small"
              onClick={() => onChange(tags.filter((x) => x.key !== t.key))}
            >
              Remove <span className="visually-hidden">tag {t.key}</span>
            </button>
          </li>
        ))}
      </ul>
      <div className="inline-form">
        <label>
          <span>Key</span>{' '}
          <input type="text" value={key} maxLength={128} onChange={(e) => setKey(e.target.value)} />
        </label>
        <label>
          <span>Value</span>{' '}
          <input
            type="text"
            value={value}
            maxLength={256}
            onChange={(e) => setValue(e.target.value)}
          />
        </label>
        <button
          type="button"
          className="secondary small"
          disabled={!key.trim() || tags.length >= 50}
          onClick={() => {
            onChange([...tags.filter((t) => t.key !== key.trim()), { key: key.trim(), value }]);
            setKey('');
            setValue('');
          }}
        >
          Add tag
        </button>
      </div>
      {tags.length >= 50 && (
        <p className="hint">LimitExceeded: Cannot exceed quota for TagsPerUser: 50</p>
      )}
    </section>
  );
}
