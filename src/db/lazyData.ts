// The learner's database on demand, for pages whose first screen should not wait for it.
// Loading Dexie and opening IndexedDB costs a cold page more main-thread time than rendering it,
// and a device that has never stored anything has nothing to show. On such a device a page
// renders the fresh state at once and loads the database when the learner first does something
// worth keeping (answers a question, completes a lesson, reads for a while). A device that holds
// data loads it straight away, as does a tab where another page has already loaded it.
// No Dexie import here: ./dataEntry is what loads.
import { startTransition, useEffect, useMemo, useState } from 'react';
import { useStoreInTransition } from '../lib/useStoreInTransition';
import { useProfileFromRead } from './activeProfileState';
import type { Profile } from './database';
import {
  databaseName,
  isDatabaseInUse,
  profileSnapshotKey,
  useDatabaseInUse,
} from './databaseInUse';
import { reportWriteFailure } from './writeFailures';

export type Data = typeof import('./dataEntry');

/**
 * What a page knows of the learner's data: `data` once loaded, and `empty` when this device has
 * stored nothing yet (so there is nothing to wait for: the page shows the fresh state).
 */
export interface DataState {
  data: Data | null;
  empty: boolean;
}

let state: DataState = { data: null, empty: false };
let loading: Promise<Data> | null = null;
const listeners = new Set<() => void>();

function setState(next: DataState): void {
  state = next;
  for (const listener of listeners) listener();
}

function subscribe(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

const readState = () => state;

const ignore = () => {};

/** Another tab's first save writes its profile snapshot: then this device holds data. */
function onStorage(e: StorageEvent): void {
  if (e.key === profileSnapshotKey && e.newValue) loadData().catch(ignore);
}

/** Loads the database code (once) and opens the learner's database. */
export function loadData(): Promise<Data> {
  loading ??= import('./dataEntry').then(
    (data) => {
      window.removeEventListener('storage', onStorage);
      setState({ data, empty: false });
      return data;
    },
    (e: unknown) => {
      loading = null;
      throw e;
    },
  );
  return loading;
}

/**
 * Whether this device may hold the learner's data: their IndexedDB database exists, or the
 * browser cannot list its databases (then the answer is yes, and the page loads it).
 */
export async function deviceMayHaveData(): Promise<boolean> {
  if (isDatabaseInUse()) return true;
  if (typeof indexedDB === 'undefined' || typeof indexedDB.databases !== 'function') return true;
  try {
    const databases = await indexedDB.databases();
    return databases.some((d) => d.name === databaseName);
  } catch {
    return true;
  }
}

let checked = false;

/**
 * Once per tab: loads the database if this device may hold data; otherwise records that it
 * holds none and waits for a first save (in this tab, or another tab's, through `storage`).
 */
function loadIfStored(): void {
  if (checked) return;
  checked = true;
  deviceMayHaveData().then((may) => {
    if (state.data) return;
    if (may) {
      loadData().catch(ignore);
      return;
    }
    setState({ data: null, empty: true });
    window.addEventListener('storage', onStorage);
  }, ignore);
}

/**
 * The learner's data for a page. Loads the database if this device has any, as soon as another
 * page of this tab or another tab stores the first record, or at once with `load` (a page that
 * is about to store something).
 */
export function useData({ load = false }: { load?: boolean } = {}): DataState {
  const current = useStoreInTransition(subscribe, readState);
  const inUse = useDatabaseInUse();
  useEffect(() => {
    if (state.data) return;
    if (inUse || load) loadData().catch(ignore);
    else loadIfStored();
  }, [inUse, load]);
  return current;
}

/**
 * The live result of `read` once the data is loaded (a change in any tab re-runs it);
 * `whenEmpty` on a device that has stored nothing; undefined while loading, when `read` is
 * null, and when a read fails (a failed write is what the storage alert reports).
 */
export function useLiveData<T>(
  { data, empty }: DataState,
  read: ((data: Data) => Promise<T>) | null,
  deps: readonly (string | number | boolean | null | undefined)[],
  whenEmpty?: T,
): T | undefined {
  // What the result belongs to: an older result is never shown for new deps.
  const key = JSON.stringify([data !== null, read !== null, ...deps]);
  const [result, setResult] = useState<{ key: string; value: T } | null>(null);
  useEffect(() => {
    if (!data || !read) return;
    const subscription = data
      .liveQuery(() => read(data))
      .subscribe({
        next: (value) => startTransition(() => setResult({ key, value })),
        error: ignore,
      });
    return () => subscription.unsubscribe();
    // `read` is a new function every render; `key` changes with what it reads.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [data, key]);
  if (empty && !data) return whenEmpty;
  return result?.key === key ? result.value : undefined;
}

const noSubscription = () => ignore;
const noRead = () => undefined;

/**
 * The active profile once the data is loaded (a device with data but no active profile gets
 * its first one); null before, and on a device that has stored nothing yet.
 */
export function useLazyActiveProfile({ data }: DataState): {
  profile: Profile | null;
  error: string | null;
} {
  const store = data ? data.activeProfileRead(data.db) : null;
  const read = useStoreInTransition(store?.subscribe ?? noSubscription, store?.current ?? noRead);
  const ensure = useMemo(() => (data ? () => data.ensureActiveProfile(data.db) : null), [data]);
  return useProfileFromRead(read, ensure);
}

/**
 * Runs `write` once the database is loaded (loading it if needed). A failure to load reaches
 * the storage alert like any failed write.
 */
export async function writeData<T>(write: (data: Data) => Promise<T>): Promise<T> {
  let data: Data;
  try {
    data = await loadData();
  } catch (e) {
    reportWriteFailure(e);
    throw e;
  }
  return write(data);
}

/**
 * Saves something for the active profile: loads the database if needed and makes sure a
 * profile is active (a device's first write creates "Learner"), then runs `write`.
 */
export function writeAsActiveProfile<T>(
  write: (data: Data, profileId: string) => Promise<T>,
): Promise<T> {
  return writeData(async (data) => {
    const profile = await data.ensureActiveProfile(data.db);
    return write(data, profile.id);
  });
}
