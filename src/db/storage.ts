// Browser storage for the learner's data: asks for persistent storage (so the browser does not
// evict IndexedDB under pressure), reports space used, and recognises "storage is full" errors.
// Stores nothing itself; the one flag it keeps lives in this tab's memory.

export interface StorageStatus {
  /** true: the browser will not evict the data; false: it may; null: the browser cannot say */
  persisted: boolean | null;
  /** bytes used by this site, or null when unknown */
  usage: number | null;
  /** bytes this site may use, or null when unknown */
  quota: number | null;
}

type StorageManagerLike = Pick<StorageManager, 'persist' | 'persisted' | 'estimate'>;

function manager(): StorageManagerLike | null {
  return typeof navigator !== 'undefined' && navigator.storage ? navigator.storage : null;
}

/** Reads whether storage is persistent and how much space is used. */
export async function readStorageStatus(
  storage: StorageManagerLike | null = manager(),
): Promise<StorageStatus> {
  if (!storage) return { persisted: null, usage: null, quota: null };
  const [persisted, estimate] = await Promise.all([
    storage.persisted ? storage.persisted().catch(() => null) : Promise.resolve(null),
    storage.estimate ? storage.estimate().catch(() => null) : Promise.resolve(null),
  ]);
  return {
    persisted,
    usage: estimate?.usage ?? null,
    quota: estimate?.quota ?? null,
  };
}

let asked = false;

/**
 * Asks the browser once per tab for persistent storage. Called after the learner's first
 * meaningful action (an answer, a lesson, an experiment), when a browser that prompts makes
 * sense of the question. Returns whether storage is now persistent (null: cannot tell).
 */
export async function requestPersistentStorage(
  storage: StorageManagerLike | null = manager(),
): Promise<boolean | null> {
  if (!storage?.persist) return null;
  if (storage.persisted && (await storage.persisted().catch(() => false))) return true;
  if (asked) return false;
  asked = true;
  return storage.persist().catch(() => null);
}

/** True when an error means the browser's storage for this site is full. */
export function isQuotaError(error: unknown): boolean {
  if (error === null || typeof error !== 'object') return false;
  const e = error as { name?: unknown; inner?: unknown; cause?: unknown; message?: unknown };
  if (e.name === 'QuotaExceededError') return true;
  // Dexie wraps DOM errors; the original sits in `inner` (ours in `cause`).
  if (e.inner && isQuotaError(e.inner)) return true;
  if (e.cause && isQuotaError(e.cause)) return true;
  return typeof e.message === 'string' && /quota/i.test(e.message);
}

/** What to tell the learner when a write failed because storage is full. */
export const storageFullMessage =
  'Your browser’s storage for this site is full, so the latest change was not saved. Everything saved before is safe. Export a backup, then free space (delete old profiles or other sites’ data) and try again.';

/** Formats bytes as “3.2 MB”. */
export function formatBytes(bytes: number): string {
  if (bytes < 1024) return `${bytes} bytes`;
  const units = ['KB', 'MB', 'GB', 'TB'];
  let value = bytes / 1024;
  let unit = 0;
  while (value >= 1024 && unit < units.length - 1) {
    value /= 1024;
    unit += 1;
  }
  return `${value < 10 ? value.toFixed(1) : Math.round(value)} ${units[unit]}`;
}
