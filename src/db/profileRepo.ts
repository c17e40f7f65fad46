// Learner profiles (table `profiles`) and which one is active (table `settings`, key
// 'activeProfileId'). Deleting a profile deletes every record it owns, in every table, in one
// transaction. Every open tab follows the active profile through live queries.
import { randomId } from '../lib/randomId';
import { db as appDb, type LeastPrivilegeDB, type Profile } from './database';

/** The settings key that holds the active profile's id. */
export const activeProfileKey = 'activeProfileId';

/** The longest profile name accepted. */
export const maxProfileNameLength = 40;

/** A profile name that cannot be used; `message` says why in words for the learner. */
export class ProfileNameError extends Error {
  override name = 'ProfileNameError';
}

function newId(): string {
  return randomId();
}

/** Every table whose records belong to one profile through a `profileId` field. */
export function profileOwnedTables(db: LeastPrivilegeDB) {
  return db.tables.filter((t) => t.name !== 'profiles' && t.name !== 'settings');
}

/** Trims a name and checks it is usable and not taken by another profile. */
async function checkName(db: LeastPrivilegeDB, raw: string, exceptId?: string): Promise<string> {
  const name = raw.trim().replace(/\s+/g, ' ');
  if (!name) throw new ProfileNameError('Give the profile a name.');
  if (name.length > maxProfileNameLength)
    throw new ProfileNameError(`Use at most ${maxProfileNameLength} characters.`);
  const taken = await db.profiles
    .filter((p) => p.id !== exceptId && p.name.toLowerCase() === name.toLowerCase())
    .first();
  if (taken) throw new ProfileNameError(`There is already a profile called “${taken.name}”.`);
  return name;
}

/**
 * Reads the active profile without writing anything (safe inside a live query). Returns null
 * when no profile is active yet or the active one no longer exists.
 */
export async function readActiveProfile(db: LeastPrivilegeDB = appDb): Promise<Profile | null> {
  const setting = await db.settings.get(activeProfileKey);
  if (typeof setting?.value !== 'string') return null;
  return (await db.profiles.get(setting.value)) ?? null;
}

/** Returns the active profile, creating a first one ("Learner") on a fresh device. */
export async function ensureActiveProfile(db: LeastPrivilegeDB = appDb): Promise<Profile> {
  return db.transaction('rw', db.profiles, db.settings, async () => {
    const active = await readActiveProfile(db);
    if (active) return active;
    const existing = await db.profiles.orderBy('name').first();
    const profile = existing ?? { id: newId(), name: 'Learner', createdAt: Date.now() };
    if (!existing) await db.profiles.add(profile);
    await db.settings.put({ key: activeProfileKey, value: profile.id });
    return profile;
  });
}

/** Every profile on this device, by name. */
export async function listProfiles(db: LeastPrivilegeDB = appDb): Promise<Profile[]> {
  const profiles = await db.profiles.toArray();
  return profiles.sort((a, b) => a.name.localeCompare(b.name, undefined, { sensitivity: 'base' }));
}

/** Creates a profile and (by default) makes it the active one in every open tab. */
export async function createProfile(
  name: string,
  options: { activate?: boolean } = {},
  db: LeastPrivilegeDB = appDb,
): Promise<Profile> {
  return db.transaction('rw', db.profiles, db.settings, async () => {
    const profile: Profile = {
      id: newId(),
      name: await checkName(db, name),
      createdAt: Date.now(),
    };
    await db.profiles.add(profile);
    if (options.activate ?? true)
      await db.settings.put({ key: activeProfileKey, value: profile.id });
    return profile;
  });
}

/** Renames a profile; its records are untouched. */
export async function renameProfile(
  id: string,
  name: string,
  db: LeastPrivilegeDB = appDb,
): Promise<Profile> {
  return db.transaction('rw', db.profiles, async () => {
    const profile = await db.profiles.get(id);
    if (!profile) throw new Error('That profile no longer exists.');
    const renamed = { ...profile, name: await checkName(db, name, id) };
    await db.profiles.put(renamed);
    return renamed;
  });
}

/** Makes a profile the active one; every open tab follows. */
export async function switchProfile(id: string, db: LeastPrivilegeDB = appDb): Promise<void> {
  await db.transaction('rw', db.profiles, db.settings, async () => {
    if (!(await db.profiles.get(id))) throw new Error('That profile no longer exists.');
    await db.settings.put({ key: activeProfileKey, value: id });
  });
}

/** How many records a profile owns in each table (for the delete confirmation). */
export async function countProfileRecords(
  id: string,
  db: LeastPrivilegeDB = appDb,
): Promise<Record<string, number>> {
  const counts: Record<string, number> = {};
  await db.transaction('r', profileOwnedTables(db), async () => {
    for (const table of profileOwnedTables(db))
      counts[table.name] = await table.where('profileId').equals(id).count();
  });
  return counts;
}

/**
 * Deletes a profile and every record it owns, in one transaction (all or nothing). When it was
 * the active profile, another one becomes active (or a fresh "Learner" when none is left).
 * Returns the profile that is active afterwards.
 */
export async function deleteProfile(id: string, db: LeastPrivilegeDB = appDb): Promise<Profile> {
  return db.transaction('rw', db.tables, async () => {
    for (const table of profileOwnedTables(db)) await table.where('profileId').equals(id).delete();
    await db.profiles.delete(id);
    const active = await readActiveProfile(db);
    if (active) return active;
    await db.settings.delete(activeProfileKey);
    return ensureActiveProfile(db);
  });
}
