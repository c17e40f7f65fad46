import { memo } from 'react';
import type { LessonBlock } from '../../content/lessonBlocks';
import { TryItCard } from './TryItCard';

/** Renders a lesson body. HTML blocks come from Markdown rendered at build time with raw HTML off. */
export const LessonBlocks = memo(function LessonBlocks({
  lessonId,
  blocks,
}: {
  lessonId: string;
  blocks: LessonBlock[];
}) {
  return (
    <div className="lesson-body">
      {blocks.map((block, i) => {
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
