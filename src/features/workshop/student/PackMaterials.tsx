import { href } from '../../../lib/router';
import type { ResolvedPack } from '../packContent';

/** The pack's lessons and challenges, as links into this copy of the app. */
export function PackMaterials({ resolved, open }: { resolved: ResolvedPack; open: boolean }) {
  const { lessons, challenges } = resolved;
  if (lessons.length === 0 && challenges.length === 0) return null;
  return (
    <details className="ws-materials" open={open}>
      <summary>
        Lessons{challenges.length ? ' and challenges' : ''} in this pack (
        {lessons.length + challenges.length})
      </summary>
      <p className="hint">
        They open in this app, offline too. Your answers are saved: come back through Workshop →
        Continue. The timer runs only on this page.
      </p>
      <ol>
        {lessons.map((l) => (
          <li key={l.id}>
            <a href={href(`/lessons/${l.id}`)}>{l.title}</a>{' '}
            <span className="hint">({l.minutes} min)</span>
          </li>
        ))}
        {challenges.map((c) => (
          <li key={c.id}>
            <a href={href(`/playground/challenge/${c.id}`)}>Challenge: {c.title}</a>{' '}
            <span className="hint">({c.level})</span>
          </li>
        ))}
      </ol>
    </details>
  );
}
