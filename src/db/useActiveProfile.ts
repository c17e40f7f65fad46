// The active learner profile as a live query: a switch, rename or delete in any tab shows up
// in every open tab. A fresh device gets a first profile ("Learner") on first use.
import { useCallback } from 'react';
import { describeStorageFailure, useProfileFromRead, type ProfileRead } from './activeProfileState';
import { db as appDb, type LeastPrivilegeDB, type Profile } from './database';
import { ensureActiveProfile, listProfiles, readActiveProfile } from './profileRepo';
import { sharedLiveQuery, useSharedLiveQuery, type SharedLiveQuery } from './sharedLiveQuery';

// One subscription per database, however many components show the profile.
const activeReads = new WeakMap<LeastPrivilegeDB, SharedLiveQuery<ProfileRead>>();
const profileLists = new WeakMap<LeastPrivilegeDB, SharedLiveQuery<Profile[]>>();

/** The live query of the active profile in `db`, created once and shared. */
export function activeProfileRead(db: LeastPrivilegeDB): SharedLiveQuery<ProfileRead> {
  let shared = activeReads.get(db);
  if (!shared) {
    shared = sharedLiveQuery(async (): Promise<ProfileRead> => {
      try {
        return { ok: true, value: await readActiveProfile(db) };
      } catch (e) {
        return { ok: false, message: describeStorageFailure(e) };
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
  const read = useSharedLiveQuery(activeProfileRead(db));
  const ensure = useCallback(() => ensureActiveProfile(db), [db]);
  return useProfileFromRead(read, ensure);
}

/** Every profile on this device, by name, kept current across tabs; null while loading. */
export function useProfiles(db: LeastPrivilegeDB = appDb): Profile[] | null {
  return useSharedLiveQuery(profileList(db)) ?? null;
}
