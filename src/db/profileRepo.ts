// Learner profiles and which one is active (settings key 'activeProfileId').
import { db as appDb, type LeastPrivilegeDB, type Profile } from './database';

const activeKey = 'activeProfileId';

function newId(): string {
  return crypto.randomUUID();
}

/** Returns the active profile, creating a first one ("Learner") on a fresh device. */
export async function ensureActiveProfile(db: LeastPrivilegeDB = appDb): Promise<Profile> {
  return db.transaction('rw', db.profiles, db.settings, async () => {
    const setting = await db.settings.get(activeKey);
    const active =
      typeof setting?.value === 'string' ? await db.profiles.get(setting.value) : undefined;
    if (active) return active;
    const existing = await db.profiles.orderBy('name').first();
    const profile = existing ?? { id: newId(), name: 'Learner', createdAt: Date.now() };
    if (!existing) await db.profiles.add(profile);
    await db.settings.put({ key: activeKey, value: profile.id });
    return profile;
  });
}
