// One Dexie live query shared by every component that shows its result: the header, the page
// and its parts read the active profile through one subscription, so a change costs one read,
// not one per component. The query stops when its last reader unmounts (after the current
// commit, so a page change that unmounts one reader and mounts the next keeps it running).
import { liveQuery } from 'dexie';
import { useStoreInTransition } from '../lib/useStoreInTransition';

export interface SharedLiveQuery<T> {
  subscribe(listener: () => void): () => void;
  /** The latest result, or undefined before the first one. */
  current(): T | undefined;
}

/** `query` must not throw: return a value that describes the failure instead. */
export function sharedLiveQuery<T>(query: () => Promise<T>): SharedLiveQuery<T> {
  const listeners = new Set<() => void>();
  let value: T | undefined;
  let subscription: { unsubscribe(): void } | null = null;
  let stopTimer: ReturnType<typeof setTimeout> | undefined;
  const stopIfUnused = () => {
    if (listeners.size > 0 || !subscription) return;
    subscription.unsubscribe();
    subscription = null;
    value = undefined;
  };
  return {
    current: () => value,
    subscribe(listener) {
      listeners.add(listener);
      clearTimeout(stopTimer);
      subscription ??= liveQuery(query).subscribe({
        next: (next) => {
          value = next;
          for (const l of listeners) l();
        },
      });
      return () => {
        listeners.delete(listener);
        if (listeners.size === 0) stopTimer = setTimeout(stopIfUnused, 0);
      };
    },
  };
}

export function useSharedLiveQuery<T>(shared: SharedLiveQuery<T>): T | undefined {
  return useStoreInTransition(shared.subscribe, shared.current);
}
