// The active learner profile as a live query: a switch, rename or delete in any tab shows up
// in every open tab. A fresh device gets a first profile ("Learner") on first use.
import { useEffect, useState } from 'react';
import { db as appDb, type LeastPrivilegeDB, type Profile } from './database';
import { ensureActiveProfile, listProfiles, readActiveProfile } from './profileRepo';
import { sharedLiveQuery, useSharedLiveQuery, type SharedLiveQuery } from './sharedLiveQuery';

type Read<T> = { ok: true; value: T } | { ok: false; message: string };

function describe(e: unknown): string {
  return `Your progress cannot be saved in this browser: ${e instanceof Error ? e.message : String(e)}`;
}

// One subscription per database, however many components show the profile.
const activeReads = new WeakMap<LeastPrivilegeDB, SharedLiveQuery<Read<Profile | null>>>();
const profileLists = new WeakMap<LeastPrivilegeDB, SharedLiveQuery<Profile[]>>();

function activeRead(db: LeastPrivilegeDB): SharedLiveQuery<Read<Profile | null>> {
  let shared = activeReads.get(db);
  if (!shared) {
    shared = sharedLiveQuery(async (): Promise<Read<Profile | null>> => {
      try {
        return { ok: true, value: await readActiveProfile(db) };
      } catch (e) {
        return { ok: false, message: describe(e) };
      }
    });
    activeReads.set(db, shared);
  }
  return shared;
}

function profileList(db: LeastPrivilegeDB): SharedLiveQuery<Profile[]> {
  let shared = profileLists.get(db);
  if (!shared) {
    shared = sharedLiveQuery(() => listProfiles(db).catch(() => []));
    profileLists.set(db, shared);
  }
  return shared;
}

/** The active learner profile (created on first use); null while it loads or if storage fails. */
export function useActiveProfile(db: LeastPrivilegeDB = appDb): {
  profile: Profile | null;
  error: string | null;
} {
  const [ensureError, setEnsureError] = useState<string | null>(null);
  const read = useSharedLiveQuery(activeRead(db));
  const missing = read?.ok === true && read.value === null;
  useEffect(() => {
    if (!missing) return;
    let live = true;
    // The live query above picks the new profile up; only a failure needs reporting here.
    ensureActiveProfile(db).catch((e: unknown) => live && setEnsureError(describe(e)));
    return () => {
      live = false;
    };
  }, [missing, db]);
  if (read?.ok === false) return { profile: null, error: read.message };
  return { profile: read?.value ?? null, error: ensureError };
}

/** Every profile on this device, by name, kept current across tabs; null while loading. */
export function useProfiles(db: LeastPrivilegeDB = appDb): Profile[] | null {
  return useSharedLiveQuery(profileList(db)) ?? null;
}
