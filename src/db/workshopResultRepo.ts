// Student result files an instructor imported (table `workshopResults`): one record per
// profile and student attempt, id `<profileId>:<attemptId>`, the validated result in `result`.
// Importing the same file twice (same attempt) is detected and changes nothing.
import { checksumOf } from '../lib/pack/checksum';
import { resultSchema, type WorkshopResult } from '../lib/pack/schema';
import { db as appDb, type LeastPrivilegeDB, type WorkshopResultRecord } from './database';

/** The record id of an imported result. */
export function resultRecordId(profileId: string, attemptId: string): string {
  return `${profileId}:${attemptId}`;
}

/** What happened to each result offered for import. */
export interface ImportOutcome {
  added: WorkshopResult[];
  /** the same attempt was already imported (or offered twice), with the same content */
  duplicates: WorkshopResult[];
  /** the same attempt was already imported with different content; the first one is kept */
  conflicts: WorkshopResult[];
}

/** Imports results in one transaction: all that are new are stored, nothing else changes. */
export async function importResults(
  profileId: string,
  results: readonly WorkshopResult[],
  db: LeastPrivilegeDB = appDb,
): Promise<ImportOutcome> {
  const outcome: ImportOutcome = { added: [], duplicates: [], conflicts: [] };
  await db.transaction('rw', db.workshopResults, async () => {
    const seen = new Map<string, string>();
    const ids = results.map((r) => resultRecordId(profileId, r.attemptId));
    const stored = await db.workshopResults.bulkGet(ids);
    for (const record of stored) if (record) seen.set(record.id, checksumOf(record.result));
    const now = Date.now();
    const fresh: WorkshopResultRecord[] = [];
    results.forEach((result, i) => {
      const id = ids[i] as string;
      const sum = checksumOf(result);
      const before = seen.get(id);
      if (before === undefined) {
        seen.set(id, sum);
        outcome.added.push(result);
        fresh.push({
          id,
          profileId,
          packId: result.packId,
          student: result.student,
          result,
          importedAt: now,
        });
      } else if (before === sum) outcome.duplicates.push(result);
      else outcome.conflicts.push(result);
    });
    if (fresh.length) await db.workshopResults.bulkAdd(fresh);
  });
  return outcome;
}

/** An imported result with its record id; stored rows that no longer validate are skipped. */
export interface StoredResult {
  recordId: string;
  importedAt: number;
  result: WorkshopResult;
}

/** The results imported for one pack, in import order. */
export async function resultsForPack(
  profileId: string,
  packId: string,
  db: LeastPrivilegeDB = appDb,
): Promise<StoredResult[]> {
  const rows = await db.workshopResults
    .where('packId')
    .equals(packId)
    .filter((r) => r.profileId === profileId)
    .toArray();
  return rows
    .sort((a, b) => a.importedAt - b.importedAt || a.id.localeCompare(b.id))
    .flatMap((r) => {
      const parsed = resultSchema.safeParse(r.result);
      return parsed.success
        ? [{ recordId: r.id, importedAt: r.importedAt, result: parsed.data }]
        : [];
    });
}

/** How many results a profile imported per pack id. */
export async function resultCounts(
  profileId: string,
  db: LeastPrivilegeDB = appDb,
): Promise<Map<string, number>> {
  const rows = await db.workshopResults.where('profileId').equals(profileId).toArray();
  const counts = new Map<string, number>();
  for (const r of rows) counts.set(r.packId, (counts.get(r.packId) ?? 0) + 1);
  return counts;
}

export async function removeResult(recordId: string, db: LeastPrivilegeDB = appDb): Promise<void> {
  await db.workshopResults.delete(recordId);
}
