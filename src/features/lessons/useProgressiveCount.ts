import { startTransition, useEffect, useState } from 'react';
import { whenIdle } from '../../lib/whenIdle';

/**
 * How many of `total` items to render: `first` at once, then one more per idle moment, so a
 * long page is never built in one long task (the main thread stays free for input).
 * With `all`, every item at once (printing, jumping to a section).
 */
export function useProgressiveCount(total: number, first: number, all = false): number {
  const [shown, setShown] = useState(first);
  useEffect(() => {
    if (all || shown >= total) return;
    return whenIdle(() => startTransition(() => setShown((n) => n + 1)), 200);
  }, [all, shown, total]);
  return all ? total : Math.min(shown, total);
}
