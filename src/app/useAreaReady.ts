import { startTransition, useEffect, useState } from 'react';
import type { AreaRoute } from './routes';

const ready = new WeakSet<AreaRoute>();
const loading = new WeakMap<AreaRoute, Promise<void>>();

/**
 * Loads an area's page and the view `segments` shows in it (once per area). Resolves, never
 * rejects, when they have loaded or failed: the area then counts as ready, and a failure is
 * reported by the page's error boundary when it renders.
 */
export function preloadArea(area: AreaRoute, segments: readonly string[]): Promise<void> {
  let done = loading.get(area);
  if (!done) {
    done = area
      .preload(segments)
      .catch(() => {})
      .then(() => {
        ready.add(area);
      });
    loading.set(area, done);
  }
  return done;
}

/**
 * Resolves when the page a location opens has loaded with the view it shows (preloadArea), or
 * after `waitMs`, whichever comes first; at once where the location has no area (home).
 */
export function firstViewReady(
  area: AreaRoute | undefined,
  segments: readonly string[],
  waitMs: number,
): Promise<void> {
  if (!area) return Promise.resolve();
  return Promise.race([
    preloadArea(area, segments),
    new Promise<void>((resolve) => setTimeout(resolve, waitMs)),
  ]);
}

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
    void preloadArea(area, segments).then(() => {
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
