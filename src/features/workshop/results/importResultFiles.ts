import type { LeastPrivilegeDB } from '../../../db/database';
import { importResults } from '../../../db/workshopResultRepo';
import { PackError, parseResultJson, readLimitedText } from '../../../lib/pack/codec';
import type { Pack, WorkshopResult } from '../../../lib/pack/schema';

export interface ImportReport {
  added: string[];
  /** "Ada (ada.lp-result.json)": the same attempt was already imported */
  duplicates: string[];
  /** the same attempt was imported before with different content; the first is kept */
  conflicts: string[];
  refused: { file: string; reason: string }[];
  skipped: number;
}

/**
 * Reads, validates and imports result files for one pack. A bad file is refused with its
 * reason and changes nothing; the good ones are stored in one transaction.
 */
export async function importResultFiles(
  profileId: string,
  pack: Pack,
  files: readonly File[],
  skipped = 0,
  db?: LeastPrivilegeDB,
): Promise<ImportReport> {
  const report: ImportReport = { added: [], duplicates: [], conflicts: [], refused: [], skipped };
  const valid: { result: WorkshopResult; file: string }[] = [];
  for (const file of files) {
    try {
      const result = parseResultJson(await readLimitedText(file));
      if (result.packId !== pack.id)
        throw new PackError(
          `it is a result for another pack (“${result.packTitle}”, id ${result.packId}), not for this one.`,
        );
      valid.push({ result, file: file.name });
    } catch (e) {
      report.refused.push({
        file: file.name,
        reason: e instanceof PackError ? e.message : `it cannot be read (${String(e)}).`,
      });
    }
  }
  const outcome = await importResults(
    profileId,
    valid.map((v) => v.result),
    db,
  );
  const label = (r: WorkshopResult) => {
    const file = valid.find((v) => v.result === r)?.file;
    return file ? `${r.student} (${file})` : r.student;
  };
  report.added = outcome.added.map(label);
  report.duplicates = outcome.duplicates.map(label);
  report.conflicts = outcome.conflicts.map(label);
  return report;
}

/** The report in a sentence or two, for the live region. */
export function reportText(report: ImportReport): string {
  const parts = [`Imported ${report.added.length} result${report.added.length === 1 ? '' : 's'}.`];
  if (report.duplicates.length)
    parts.push(
      `${report.duplicates.length} already imported, skipped: ${report.duplicates.join(', ')}.`,
    );
  if (report.conflicts.length)
    parts.push(
      `${report.conflicts.length} for a run already imported but with different content, kept the first: ${report.conflicts.join(', ')}.`,
    );
  if (report.refused.length) parts.push(`${report.refused.length} refused.`);
  if (report.skipped)
    parts.push(`${report.skipped} other file${report.skipped === 1 ? '' : 's'} ignored.`);
  return parts.join(' ');
}
