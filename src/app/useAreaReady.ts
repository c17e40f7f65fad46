import { startTransition, useEffect, useState } from 'react';
import type { AreaRoute } from './routes';

const ready = new WeakSet<AreaRoute>();

/**
 * Whether an area's first view has loaded. The first visit to an area preloads its page and
 * the view at this location, then renders them in a transition. Without it the page would be
 * revealed as a Suspense retry inside the already-shown fallback, which React holds back for up
 * to 300 ms after that fallback appeared. Later visits are ready at once.
 */
export function useAreaReady(area: AreaRoute | undefined, segments: readonly string[]): boolean {
  const [, setLoaded] = useState<AreaRoute | null>(null);
  const isReady = !area || ready.has(area);
  useEffect(() => {
    if (!area || ready.has(area)) return;
    let live = true;
    area
      .preload(segments)
      .catch(() => {}) // the page itself loads again and its error boundary reports a failure
      .finally(() => {
        ready.add(area);
        if (live) startTransition(() => setLoaded(area));
      });
    return () => {
      live = false;
    };
    // Only the first location seen in the area is preloaded: its later views load themselves.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [area]);
  return isReady;
}
