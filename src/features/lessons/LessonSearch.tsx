import { useEffect, useId, useState } from 'react';
import type MiniSearch from 'minisearch';
import { searchOptions, type SearchHit } from '../../content/searchOptions';
import { href } from '../../lib/router';

let indexPromise: Promise<MiniSearch> | null = null;

/** Loads the prebuilt index on first use (it is precached, so this works offline). */
function loadIndex(): Promise<MiniSearch> {
  indexPromise ??= Promise.all([import('minisearch'), import('virtual:lp-content/search')]).then(
    ([{ default: MiniSearchClass }, { default: serialized }]) =>
      MiniSearchClass.loadJSON(serialized, searchOptions),
  );
  return indexPromise;
}

/** Offline full-text search across every lesson section. */
export function LessonSearch() {
  const [query, setQuery] = useState('');
  const [found, setFound] = useState<{ query: string; hits: SearchHit[] } | null>(null);
  const q = query.trim();
  const hits = q.length >= 2 && found?.query === q ? found.hits : null;
  const inputId = useId();
  useEffect(() => {
    if (q.length < 2) return;
    let live = true;
    loadIndex().then((index) => {
      if (live)
        setFound({ query: q, hits: index.search(q).slice(0, 12) as unknown as SearchHit[] });
    });
    return () => {
      live = false;
    };
  }, [q]);
  return (
    <div role="search" className="lesson-search">
      <label htmlFor={inputId}>Search the lessons</label>
      <input
        id={inputId}
        type="search"
        value={query}
        onChange={(e) => setQuery(e.target.value)}
        placeholder="e.g. ExternalId, NotAction, access keys"
        autoComplete="off"
      />
      <div aria-live="polite">
        {hits !== null && (
          <>
            <p className="hint">
              {hits.length === 0
                ? `No section mentions “${query.trim()}”.`
                : `${hits.length} matching sections`}
            </p>
            <ul className="search-results">
              {hits.map((h) => (
                <li key={`${h.lessonId}-${h.anchor}`}>
                  <a href={href(`/lessons/${h.lessonId}${h.anchor ? `?s=${h.anchor}` : ''}`)}>
                    {h.title}
                    {h.heading ? ` › ${h.heading}` : ''}
                  </a>
                </li>
              ))}
            </ul>
          </>
        )}
      </div>
    </div>
  );
}
