import { startTransition, useEffect, useState } from 'react';

/** Runs `fn` when the browser is idle (or soon, where requestIdleCallback is missing). */
function whenIdle(fn: () => void): () => void {
  if (typeof window.requestIdleCallback === 'function') {
    const id = window.requestIdleCallback(fn, { timeout: 200 });
    return () => window.cancelIdleCallback(id);
  }
  const id = window.setTimeout(fn, 0);
  return () => window.clearTimeout(id);
}

/**
 * How many of `total` items to render: `first` at once, then one more per idle moment, so a
 * long page is never built in one long task (the main thread stays free for input).
 * With `all`, every item at once (printing, jumping to a section).
 */
export function useProgressiveCount(total: number, first: number, all = false): number {
  const [shown, setShown] = useState(first);
  useEffect(() => {
    if (all || shown >= total) return;
    return whenIdle(() => startTransition(() => setShown((n) => n + 1)));
  }, [all, shown, total]);
  return all ? total : Math.min(shown, total);
}
