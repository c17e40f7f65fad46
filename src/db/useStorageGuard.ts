// Looks after the browser storage that holds the learner's data (stores nothing itself):
// asks for persistent storage once the learner has done something worth keeping, and keeps
// the latest failed write (full storage or any other refusal) for the storage banner.
import { useLiveQuery } from 'dexie-react-hooks';
import { useCallback, useEffect, useRef, useState } from 'react';
import { db as appDb, type LeastPrivilegeDB } from './database';
import { isQuotaError, requestPersistentStorage } from './storage';
import { onWriteOutcome, reportWriteFailure, type WriteFailure } from './writeFailures';

const firstCheckDelayMs = 1500;

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

/**
 * Asks for persistence after the first meaningful action, and reports failed writes. A failure
 * the learner dismissed is not shown again (a quiz retries its save every second) until a write
 * succeeds or a different failure happens.
 */
export function useStorageGuard(db: LeastPrivilegeDB = appDb): {
  failure: WriteFailure | null;
  dismiss: () => void;
} {
  // Checked a moment after the page has loaded (not while it renders), and no more once true:
  // a live query over four tables would otherwise re-run on every saved keystroke.
  const [checking, setChecking] = useState(false);
  useEffect(() => {
    const timer = window.setTimeout(() => setChecking(true), firstCheckDelayMs);
    return () => window.clearTimeout(timer);
  }, []);
  const found = useRef(false);
  const meaningful =
    useLiveQuery(async () => {
      if (!checking) return false;
      if (!found.current) found.current = await hasMeaningfulData(db);
      return found.current;
    }, [db, checking]) ?? false;
  const [failure, setFailure] = useState<WriteFailure | null>(null);
  const dismissed = useRef<string | null>(null);
  useEffect(() => {
    if (meaningful) void requestPersistentStorage();
  }, [meaningful]);
  useEffect(
    () =>
      onWriteOutcome((outcome) => {
        if (outcome.kind === 'saved') dismissed.current = null;
        else if (outcome.failure.message !== dismissed.current) {
          dismissed.current = null;
          setFailure((shown) =>
            shown?.message === outcome.failure.message ? shown : outcome.failure,
          );
        }
      }),
    [],
  );
  useEffect(() => {
    // A quota error from outside the database (none is expected) still reaches the banner.
    const onRejection = (e: PromiseRejectionEvent) => {
      if (isQuotaError(e.reason)) reportWriteFailure(e.reason);
    };
    const onError = (e: ErrorEvent) => {
      if (isQuotaError(e.error)) reportWriteFailure(e.error);
    };
    window.addEventListener('unhandledrejection', onRejection);
    window.addEventListener('error', onError);
    return () => {
      window.removeEventListener('unhandledrejection', onRejection);
      window.removeEventListener('error', onError);
    };
  }, []);
  const dismiss = useCallback(() => {
    dismissed.current = failure?.message ?? null;
    setFailure(null);
  }, [failure]);
  return { failure, dismiss };
}
