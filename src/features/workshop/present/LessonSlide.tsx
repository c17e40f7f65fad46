import type { LessonBlock } from '../../../content/lessonBlocks';
import { decisionIcon, decisionLabels } from '../../../lib/scenarioText';

/**
 * A lesson section on the projector. The HTML and SVG come from the app's own lessons, rendered
 * and sanitised at build time (never from a pack: a pack only names lessons by id).
 */
export function LessonSlide({ blocks }: { blocks: LessonBlock[] }) {
  return (
    <div className="ws-slide-lesson">
      {blocks.map((block, i) => {
        switch (block.kind) {
          case 'html':
            return (
              <div key={i} className="prose" dangerouslySetInnerHTML={{ __html: block.html }} />
            );
          case 'keyfacts':
            return (
              <div
                key={i}
                className="prose keyfacts"
                dangerouslySetInnerHTML={{ __html: block.html }}
              />
            );
          case 'diagram':
            return (
              <figure key={i} className="diagram">
                <div className="diagram-svg" dangerouslySetInnerHTML={{ __html: block.svg }} />
                <figcaption>{block.caption}</figcaption>
              </figure>
            );
          case 'tryit': {
            const request = (block.scenario.request ?? {}) as Record<string, unknown>;
            const expected = String(block.scenario.expected ?? '');
            return (
              <aside key={i} className="ws-tryit" aria-label="Policy example">
                <p>
                  <strong>Try it:</strong> {String(block.scenario.name ?? 'policy example')}
                </p>
                <p>
                  <code>{String(request.action ?? '')}</code> on{' '}
                  <code>{String(request.resource ?? '')}</code> → {decisionIcon(expected)}{' '}
                  {decisionLabels[expected] ?? expected}
                </p>
              </aside>
            );
          }
        }
      })}
    </div>
  );
}
