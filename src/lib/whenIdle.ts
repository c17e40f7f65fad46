/**
 * Runs `fn` when the browser is idle, at the latest after `timeout` ms (soon, where
 * requestIdleCallback is missing). Returns a function that cancels it.
 */
export function whenIdle(fn: () => void, timeout: number): () => void {
  if (typeof window.requestIdleCallback === 'function') {
    const id = window.requestIdleCallback(() => fn(), { timeout });
    return () => window.cancelIdleCallback(id);
  }
  const id = window.setTimeout(fn, 0);
  return () => window.clearTimeout(id);
}
