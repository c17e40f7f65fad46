// Sandbox organizations of the playground, stored in the `sandboxes` table with
// kind 'organization' (the Organization JSON in the `workbench` field). Saved as the learner
// edits; read back through parseOrganization, so a damaged record is reported, not used.
import { randomId } from '../lib/randomId';
import { db as appDb, type LeastPrivilegeDB, type SandboxRecord } from './database';

/** A saved sandbox organization's record id: `<profile>:org:<uuid>`. */
export const newOrganizationId = (profileId: string) => `${profileId}:org:${randomId()}`;

/** The profile's sandbox organizations, most recently edited first. */
export async function listOrganizations(
  profileId: string,
  db: LeastPrivilegeDB = appDb,
): Promise<SandboxRecord[]> {
  const rows = await db.sandboxes.where('profileId').equals(profileId).toArray();
  return rows.filter((r) => r.kind === 'organization').sort((a, b) => b.updatedAt - a.updatedAt);
}

/** Saves (creates or replaces) a sandbox organization. */
export async function saveOrganization(
  record: { id: string; profileId: string; name: string; organization: unknown },
  db: LeastPrivilegeDB = appDb,
): Promise<void> {
  await db.sandboxes.put({
    id: record.id,
    profileId: record.profileId,
    name: record.name,
    kind: 'organization',
    workbench: record.organization,
    updatedAt: Date.now(),
  });
}

/** One saved sandbox organization's record, if it exists. */
export function loadOrganization(
  id: string,
  db: LeastPrivilegeDB = appDb,
): Promise<SandboxRecord | undefined> {
  return db.sandboxes.get(id);
}

/** Deletes a sandbox organization. */
export async function deleteOrganization(id: string, db: LeastPrivilegeDB = appDb): Promise<void> {
  await db.sandboxes.delete(id);
}
