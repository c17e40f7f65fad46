import { memo, useEffect, useState } from 'react';
import type { LessonBlock } from '../../content/lessonBlocks';
import { TryItCard } from './TryItCard';

const firstBatch = 3;
const batch = 2;

/** Renders a lesson body. HTML blocks come from Markdown rendered at build time with raw HTML off. */
export const LessonBlocks = memo(function LessonBlocks({
  lessonId,
  blocks,
  all,
}: {
  lessonId: string;
  blocks: LessonBlock[];
  /** render every block at once (e.g. to jump to a section) */
  all: boolean;
}) {
  const [shown, setShown] = useState(firstBatch);
  // Render the first blocks at once and the rest in small batches on later tasks, so a long
  // lesson never blocks the page in one long task.
  useEffect(() => {
    if (all || shown >= blocks.length) return;
    const timer = window.setTimeout(() => setShown((n) => n + batch), 0);
    return () => window.clearTimeout(timer);
  }, [all, shown, blocks.length]);
  const visible = all ? blocks : blocks.slice(0, shown);
  return (
    <div className="lesson-body">
      {visible.map((block, i) => {
        switch (block.kind) {
          case 'html':
            return (
              <div key={i} className="prose" dangerouslySetInnerHTML={{ __html: block.html }} />
            );
          case 'diagram':
            return (
              <figure key={i} className="diagram">
                <div className="diagram-svg" dangerouslySetInnerHTML={{ __html: block.svg }} />
                <figcaption>{block.caption}</figcaption>
              </figure>
            );
          case 'keyfacts':
            return (
              <aside key={i} className="keyfacts" aria-label="Key facts">
                <h2>Key facts</h2>
                <div className="prose" dangerouslySetInnerHTML={{ __html: block.html }} />
              </aside>
            );
          case 'tryit':
            return (
              <TryItCard
                key={i}
                lessonId={lessonId}
                index={block.index}
                scenario={block.scenario}
              />
            );
        }
      })}
    </div>
  );
});
