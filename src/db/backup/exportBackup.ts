// Export: reads every record of every table (or one profile's records) in one read transaction,
// so the file is a consistent snapshot even while another tab is writing.
import { db as appDb, type LeastPrivilegeDB } from '../database';
import { profileOwnedTables } from '../profileRepo';
import {
  appVersion,
  backupFormatName,
  backupFormatVersion,
  serializeBackup,
  tableNames,
  type BackupFile,
  type BackupScope,
  type StoredRecord,
  type TableName,
} from './format';

/** Builds a backup of everything, or of one profile when `profileId` is given. */
export async function buildBackup(
  options: { profileId?: string } = {},
  db: LeastPrivilegeDB = appDb,
  now: Date = new Date(),
): Promise<BackupFile> {
  const tables = Object.fromEntries(tableNames.map((t) => [t, []])) as unknown as Record<
    TableName,
    StoredRecord[]
  >;
  let scope: BackupScope = { kind: 'all' };
  await db.transaction('r', db.tables, async () => {
    const { profileId } = options;
    if (profileId === undefined) {
      for (const table of db.tables)
        tables[table.name as TableName] = (await table.toArray()) as StoredRecord[];
      return;
    }
    const profile = await db.profiles.get(profileId);
    if (!profile) throw new Error('That profile no longer exists.');
    scope = { kind: 'profile', profileId, profileName: profile.name };
    tables.profiles = [profile as unknown as StoredRecord];
    for (const table of profileOwnedTables(db))
      tables[table.name as TableName] = (await table
        .where('profileId')
        .equals(profileId)
        .toArray()) as StoredRecord[];
  });
  const counts = Object.fromEntries(tableNames.map((t) => [t, tables[t].length])) as Record<
    TableName,
    number
  >;
  return {
    format: backupFormatName,
    formatVersion: backupFormatVersion,
    appVersion,
    createdAt: now.toISOString(),
    schemaVersion: db.verno,
    scope,
    counts,
    tables,
  };
}

/** A file name such as least-privilege-backup-2026-05-01.json or …-alex-2026-05-01.json. */
export function backupFileName(backup: BackupFile): string {
  const day = backup.createdAt.slice(0, 10);
  if (backup.scope.kind === 'all') return `least-privilege-backup-${day}.json`;
  const slug =
    backup.scope.profileName
      .toLowerCase()
      .normalize('NFKD')
      .replace(/[^a-z0-9]+/g, '-')
      .replace(/^-|-$/g, '')
      .slice(0, 30) || 'profile';
  return `least-privilege-${slug}-${day}.json`;
}

/** Builds a backup and returns its file name and JSON text. */
export async function exportBackupText(
  options: { profileId?: string } = {},
  db: LeastPrivilegeDB = appDb,
): Promise<{ fileName: string; text: string; backup: BackupFile }> {
  const backup = await buildBackup(options, db);
  return { fileName: backupFileName(backup), text: serializeBackup(backup), backup };
}
