import type { RefObject } from 'react';
import { useReadingProgress } from './useReadingProgress';

/**
 * The bar across the top of a lesson: how far the learner has scrolled through the article.
 * Its own component, so a scroll re-renders the bar alone, never the lesson.
 */
export function ReadingProgressBar({
  articleRef,
  lessonId,
  ready,
}: {
  articleRef: RefObject<HTMLElement | null>;
  lessonId: string;
  /** whether the lesson's body is shown (before it, there is nothing to measure) */
  ready: boolean;
}) {
  const fraction = useReadingProgress(articleRef, lessonId, ready);
  return (
    <progress className="reading-progress" max={1} value={fraction} aria-label="Reading progress" />
  );
}
