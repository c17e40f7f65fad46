// Looks after the browser storage that holds the learner's data (stores nothing itself):
// asks for persistent storage once the learner has done something worth keeping, and notices
// when a write anywhere in the app failed because storage is full.
import { useLiveQuery } from 'dexie-react-hooks';
import { useEffect, useState } from 'react';
import { db as appDb, type LeastPrivilegeDB } from './database';
import { isQuotaError, requestPersistentStorage } from './storage';

/** True once any profile has answered, finished a lesson, started a quiz or saved an experiment. */
async function hasMeaningfulData(db: LeastPrivilegeDB): Promise<boolean> {
  try {
    for (const table of [db.answers, db.attempts, db.sandboxes, db.challengeProgress] as const)
      if ((await table.limit(1).primaryKeys()).length > 0) return true;
    return (await db.lessonProgress.filter((l) => l.completedAt !== null).first()) !== undefined;
  } catch {
    return false;
  }
}

/** Asks for persistence after the first meaningful action; reports a full storage. */
export function useStorageGuard(db: LeastPrivilegeDB = appDb): {
  storageFull: boolean;
  dismiss: () => void;
} {
  const meaningful = useLiveQuery(() => hasMeaningfulData(db), [db]) ?? false;
  const [storageFull, setStorageFull] = useState(false);
  useEffect(() => {
    if (meaningful) void requestPersistentStorage();
  }, [meaningful]);
  useEffect(() => {
    // Writes elsewhere (answers, lesson progress) are fire-and-forget; their failures surface
    // here as unhandled rejections.
    const onRejection = (e: PromiseRejectionEvent) => {
      if (isQuotaError(e.reason)) setStorageFull(true);
    };
    const onError = (e: ErrorEvent) => {
      if (isQuotaError(e.error)) setStorageFull(true);
    };
    window.addEventListener('unhandledrejection', onRejection);
    window.addEventListener('error', onError);
    return () => {
      window.removeEventListener('unhandledrejection', onRejection);
      window.removeEventListener('error', onError);
    };
  }, []);
  return { storageFull, dismiss: () => setStorageFull(false) };
}
