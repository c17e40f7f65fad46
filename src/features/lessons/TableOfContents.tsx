import type { TocEntry } from '../../content/lessonBlocks';
import { href } from '../../lib/router';

export function TableOfContents({ lessonId, toc }: { lessonId: string; toc: TocEntry[] }) {
  const sections = toc.filter((t) => t.level === 2);
  if (sections.length === 0) return null;
  return (
    <nav className="toc" aria-label="On this page">
      <h2>On this page</h2>
      <ol>
        {sections.map((t) => (
          <li key={t.id}>
            <a href={href(`/lessons/${lessonId}?s=${t.id}`)}>{t.text}</a>
          </li>
        ))}
      </ol>
    </nav>
  );
}
