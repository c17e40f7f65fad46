// Whether this tab has loaded the learner's database. Loading Dexie and opening IndexedDB costs
// a cold page more main-thread time than rendering it, so the shell (header) keeps its
// database-backed parts, the live profile feed and the storage alert, off the first screen
// until a page needs the database or the learner reaches for the profile switcher.
// No Dexie import here: the shell reads this flag without loading the database code.
import { useStoreInTransition } from '../lib/useStoreInTransition';

/** The IndexedDB database that holds the learner's data. */
export const databaseName = 'least-privilege';

/**
 * The localStorage key of the header's copy of the profiles (src/app/profileSnapshot.ts), which
 * a tab writes once it has the database: in another tab, its first appearance means this device
 * now holds the learner's data.
 */
export const profileSnapshotKey = 'lp-profiles';

let inUse = false;
const listeners = new Set<() => void>();

/** Called by src/db/database.ts as it loads: every page that imports it will use it. */
export function markDatabaseInUse(): void {
  if (inUse) return;
  inUse = true;
  for (const listener of listeners) listener();
}

export function isDatabaseInUse(): boolean {
  return inUse;
}

function subscribe(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

/** True once the database code has loaded in this tab (it stays loaded). */
export function useDatabaseInUse(): boolean {
  return useStoreInTransition(subscribe, isDatabaseInUse);
}
