import { useEffect, useState } from 'react';

/** A start/pause timer for the room; counts down from the pack's limit, or up without one. */
export function usePresenterTimer(limitMs: number | null) {
  const [running, setRunning] = useState(false);
  const [usedMs, setUsedMs] = useState(0);
  useEffect(() => {
    if (!running) return;
    let before = performance.now();
    const timer = window.setInterval(() => {
      const now = performance.now();
      const delta = now - before;
      before = now;
      setUsedMs((u) => u + delta);
    }, 250);
    return () => window.clearInterval(timer);
  }, [running]);
  const shownMs = limitMs === null ? usedMs : Math.max(0, limitMs - usedMs);
  return {
    running,
    shownMs,
    countsDown: limitMs !== null,
    finished: limitMs !== null && usedMs >= limitMs,
    toggle: () => setRunning((r) => !r),
    reset: () => {
      setRunning(false);
      setUsedMs(0);
    },
  };
}
