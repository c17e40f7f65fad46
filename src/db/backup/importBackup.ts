// Import: writes a validated backup into IndexedDB in ONE read-write transaction over every
// table, so it either all lands or (on any error, e.g. full storage) nothing changes.
//   merge:   adds what is new; a record on both sides keeps the one changed most recently
//            (a tie keeps this device's); answers and reports are never duplicated; profiles
//            and device settings already here are kept.
//   replace: a whole-device backup replaces everything; a one-profile backup replaces only
//            that profile's records.
import type { Table } from 'dexie';
import { db as appDb, type LeastPrivilegeDB } from '../database';
import { ensureActiveProfile, profileOwnedTables } from '../profileRepo';
import { tableNames, type BackupFile, type StoredRecord, type TableName } from './format';
import { identityOf, primaryKeyOf, tableSpecs } from './tables';

export type ImportMode = 'merge' | 'replace';

export interface TableReport {
  added: number;
  updated: number;
  /** records already here and kept as they are (duplicates, or this device's were newer) */
  kept: number;
}

export interface ImportReport {
  mode: ImportMode;
  tables: Record<TableName, TableReport>;
  /** profiles renamed because this device already had one with the same name */
  renamed: { from: string; to: string }[];
  /** the profiles the file held */
  profileIds: string[];
}

type AnyTable = Table<StoredRecord, unknown>;

function uniqueName(name: string, taken: Set<string>): string {
  if (!taken.has(name.toLowerCase())) return name;
  for (let n = 2; ; n += 1) {
    const candidate = `${name} (${n})`;
    if (!taken.has(candidate.toLowerCase())) return candidate;
  }
}

/** Adds records to an auto-increment table, keeping each id unless this device already uses it. */
async function insertKeepingIds(table: AnyTable, records: StoredRecord[]): Promise<void> {
  const withId = records.filter((r) => typeof r['id'] === 'number');
  const taken = await table.bulkGet(withId.map((r) => r['id']));
  const clash = new Set(withId.filter((_, i) => taken[i] !== undefined));
  const rows = records.map((r) => {
    if (!clash.has(r)) return r;
    const rest = { ...r };
    delete rest['id'];
    return rest;
  });
  await table.bulkAdd(rows);
}

/** Gives incoming profiles names not used by this device's other profiles. */
async function renameClashes(
  db: LeastPrivilegeDB,
  incoming: StoredRecord[],
  renamed: ImportReport['renamed'],
): Promise<StoredRecord[]> {
  const local = await db.profiles.toArray();
  const localIds = new Set(local.map((p) => p.id));
  const taken = new Set(local.map((p) => p.name.toLowerCase()));
  return incoming.map((p) => {
    // A profile this device already has is merged into, never renamed.
    if (localIds.has(p['id'] as string)) return p;
    const name = uniqueName(p['name'] as string, taken);
    taken.add(name.toLowerCase());
    if (name === p['name']) return p;
    renamed.push({ from: p['name'] as string, to: name });
    return { ...p, name };
  });
}

async function mergeTable(
  table: AnyTable,
  name: TableName,
  records: StoredRecord[],
  report: TableReport,
): Promise<void> {
  if (records.length === 0) return;
  const spec = tableSpecs[name];
  if (spec.autoIncrement) {
    const profileIds = [...new Set(records.map((r) => r['profileId'] as string))];
    const local = await table.where('profileId').anyOf(profileIds).toArray();
    const known = new Set(local.map((r) => identityOf(name, r)));
    const fresh = records.filter((r) => !known.has(identityOf(name, r)));
    report.kept += records.length - fresh.length;
    report.added += fresh.length;
    await insertKeepingIds(table, fresh);
    return;
  }
  const local = await table.bulkGet(records.map((r) => primaryKeyOf(name, r)));
  const writes: StoredRecord[] = [];
  records.forEach((incoming, i) => {
    const mine = local[i];
    if (mine === undefined) {
      report.added += 1;
      writes.push(incoming);
      return;
    }
    const rule = spec.merge;
    const newer =
      rule.kind === 'newer' &&
      Number(incoming[rule.field] ?? -Infinity) > Number(mine[rule.field] ?? -Infinity);
    if (newer) {
      report.updated += 1;
      writes.push(incoming);
    } else report.kept += 1;
  });
  await table.bulkPut(writes);
}

/**
 * Writes a validated backup (see readBackup.ts) in one transaction and returns what changed.
 * Throws (with nothing changed) when IndexedDB refuses, e.g. because storage is full.
 */
export async function importBackup(
  backup: BackupFile,
  mode: ImportMode,
  db: LeastPrivilegeDB = appDb,
): Promise<ImportReport> {
  const tables = Object.fromEntries(
    tableNames.map((t) => [t, { added: 0, updated: 0, kept: 0 }]),
  ) as Record<TableName, TableReport>;
  const report: ImportReport = {
    mode,
    tables,
    renamed: [],
    profileIds: backup.tables.profiles.map((p) => p['id'] as string),
  };
  const table = (name: TableName) => db.table(name) as AnyTable;

  await db.transaction('rw', db.tables, async () => {
    if (mode === 'replace') {
      if (backup.scope.kind === 'all') {
        for (const t of db.tables) await t.clear();
      } else {
        const id = backup.scope.profileId;
        for (const t of profileOwnedTables(db)) await t.where('profileId').equals(id).delete();
        await db.profiles.delete(id);
      }
    }
    const profiles = await renameClashes(db, backup.tables.profiles, report.renamed);
    for (const name of tableNames) {
      const records = name === 'profiles' ? profiles : backup.tables[name];
      if (mode === 'replace') {
        tables[name].added = records.length;
        // After a whole-device clear no id can clash, so records go in as they are.
        if (tableSpecs[name].autoIncrement && backup.scope.kind !== 'all')
          await insertKeepingIds(table(name), records);
        else await table(name).bulkAdd(records);
      } else await mergeTable(table(name), name, records, tables[name]);
    }
    await ensureActiveProfile(db);
  });
  return report;
}
