import { useState } from 'react';
import { exportBackupText } from '../../db/backup/exportBackup';
import { isQuotaError } from '../../db/storage';
import { downloadText } from '../../lib/download';

export type ExportStatus =
  { kind: 'idle' } | { kind: 'busy' } | { kind: 'done' | 'failed'; message: string };

/** Builds a backup (everything, or one profile) and offers it as a file download. */
export function useExport() {
  const [status, setStatus] = useState<ExportStatus>({ kind: 'idle' });
  async function run(options: { profileId?: string } = {}): Promise<boolean> {
    setStatus({ kind: 'busy' });
    try {
      const { fileName, text, backup } = await exportBackupText(options);
      downloadText(fileName, text, 'application/json');
      const answers = backup.counts.answers;
      setStatus({
        kind: 'done',
        message: `Saved ${fileName} (${answers} answer${answers === 1 ? '' : 's'}, ${backup.tables.profiles.length} profile${backup.tables.profiles.length === 1 ? '' : 's'}). Keep it somewhere safe.`,
      });
      return true;
    } catch (e) {
      setStatus({
        kind: 'failed',
        message: isQuotaError(e)
          ? 'The backup could not be built: storage is full.'
          : `The backup could not be built: ${e instanceof Error ? e.message : String(e)}`,
      });
      return false;
    }
  }
  return { status, run };
}
