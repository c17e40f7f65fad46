import { memo } from 'react';
import type { LessonBlock } from '../../content/lessonBlocks';
import { TryItCard } from './TryItCard';
import { useProgressiveCount } from './useProgressiveCount';

const firstBlocks = 3;

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
  // The first blocks at once, the rest one per idle moment: a long lesson never blocks the page.
  const visible = blocks.slice(0, useProgressiveCount(blocks.length, firstBlocks, all));
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
                policies={block.policies}
              />
            );
        }
      })}
    </div>
  );
});
