// Playground experiments per profile. The scratch experiment is saved on every edit.
import { db as appDb, type LeastPrivilegeDB, type SandboxRecord } from './database';

export const scratchId = (profileId: string) => `${profileId}:scratch`;

export function loadSandbox(
  id: string,
  db: LeastPrivilegeDB = appDb,
): Promise<SandboxRecord | undefined> {
  return db.sandboxes.get(id);
}

export async function saveSandbox(
  record: Omit<SandboxRecord, 'updatedAt'>,
  db: LeastPrivilegeDB = appDb,
): Promise<void> {
  await db.sandboxes.put({ ...record, updatedAt: Date.now() });
}
