import { useState, type ChangeEvent } from 'react';
import type { BackupFile } from '../../db/backup/format';
import { importBackup, type ImportMode, type ImportReport } from '../../db/backup/importBackup';
import { readBackupFile } from '../../db/backup/readBackup';
import { summarizeBackup } from '../../db/backup/summary';
import { switchProfile } from '../../db/profileRepo';
import { isQuotaError } from '../../db/storage';
import { saveInBackground } from '../../db/writeFailures';
import { BackupSummaryTable } from './BackupSummaryTable';
import { useExport } from './useExport';

type State =
  | { kind: 'idle' }
  | { kind: 'reading' }
  | { kind: 'refused'; message: string }
  | { kind: 'ready'; backup: BackupFile; fileName: string }
  | { kind: 'importing' }
  | { kind: 'done'; report: ImportReport; names: Map<string, string> }
  | { kind: 'failed'; message: string };

function describeReport(report: ImportReport): string {
  const t = report.tables;
  const added = Object.values(t).reduce((s, r) => s + r.added, 0);
  const updated = Object.values(t).reduce((s, r) => s + r.updated, 0);
  const kept = Object.values(t).reduce((s, r) => s + r.kept, 0);
  if (report.mode === 'replace') return `Imported ${added} records, replacing what was here.`;
  return `Merged: ${added} records added (${t.answers.added} answers), ${updated} updated with newer versions, ${kept} already here kept as they were.`;
}

/** Import: pick a file, see what it holds, choose merge or replace, then write it at once. */
export function ImportBackup() {
  const [state, setState] = useState<State>({ kind: 'idle' });
  const [mode, setMode] = useState<ImportMode>('merge');
  const [backupFirst, setBackupFirst] = useState(true);
  const exporter = useExport();

  const pick = async (e: ChangeEvent<HTMLInputElement>) => {
    const file = e.target.files?.[0];
    e.target.value = '';
    if (!file) return;
    setState({ kind: 'reading' });
    const result = await readBackupFile(file);
    setState(
      result.ok
        ? { kind: 'ready', backup: result.backup, fileName: file.name }
        : { kind: 'refused', message: result.message },
    );
  };

  const run = async (backup: BackupFile) => {
    if (mode === 'replace' && backupFirst && !(await exporter.run())) {
      setState({
        kind: 'failed',
        message: 'Nothing was imported: the backup of this device’s data could not be made first.',
      });
      return;
    }
    setState({ kind: 'importing' });
    try {
      const report = await importBackup(backup, mode);
      const names = new Map(
        backup.tables.profiles.map((p) => [p['id'] as string, p['name'] as string]),
      );
      for (const r of report.renamed)
        for (const [id, n] of names) if (n === r.from) names.set(id, r.to);
      setState({ kind: 'done', report, names });
    } catch (e) {
      setState({
        kind: 'failed',
        message: isQuotaError(e)
          ? 'Nothing was imported: your browser’s storage is full. Everything already saved is unchanged. Free some space and try again.'
          : `Nothing was imported, and nothing already saved changed: ${e instanceof Error ? e.message : String(e)}`,
      });
    }
  };

  const scope = state.kind === 'ready' ? state.backup.scope : null;
  return (
    <section aria-labelledby="import-title">
      <h2 id="import-title">Import a backup</h2>
      <p>
        The whole file is checked before anything is written. A damaged, cut-off or foreign file is
        refused and nothing changes.
      </p>
      <p>
        <label htmlFor="import-file">Choose a backup file</label>{' '}
        <input
          id="import-file"
          type="file"
          accept=".json,application/json"
          onChange={(e) => void pick(e)}
        />
      </p>
      <div role="status" aria-live="polite" className="status-line">
        {state.kind === 'reading' && 'Checking the file…'}
        {state.kind === 'importing' && 'Importing…'}
        {state.kind === 'done' && (
          <>
            <span aria-hidden="true">✓ </span>
            {describeReport(state.report)}
            {state.report.renamed.map(
              (r) => ` “${r.from}” was renamed “${r.to}” (a profile here already had that name).`,
            )}
          </>
        )}
      </div>
      {(state.kind === 'refused' || state.kind === 'failed') && (
        <p className="notice notice-warn" role="alert">
          <span aria-hidden="true">⚠ </span>
          {state.message}
        </p>
      )}
      {state.kind === 'done' && (
        <p className="actions">
          {state.report.profileIds.map((id) => (
            <button
              key={id}
              type="button"
              className="secondary"
              onClick={() => saveInBackground(switchProfile(id))}
            >
              Switch to {state.names.get(id) ?? id}
            </button>
          ))}
        </p>
      )}
      {state.kind === 'ready' && scope && (
        <div className="card import-preview">
          <h3>What “{state.fileName}” holds</h3>
          <BackupSummaryTable summary={summarizeBackup(state.backup)} />
          <fieldset>
            <legend>How to import it</legend>
            <label className="choice">
              <input
                type="radio"
                name="import-mode"
                value="merge"
                checked={mode === 'merge'}
                onChange={() => setMode('merge')}
              />
              <span>
                <strong>Merge</strong> with what is here. Nothing is duplicated; where a record is
                on both sides, the one changed most recently is kept; profiles and settings already
                here stay as they are.
              </span>
            </label>
            <label className="choice">
              <input
                type="radio"
                name="import-mode"
                value="replace"
                checked={mode === 'replace'}
                onChange={() => setMode('replace')}
              />
              <span>
                <strong>Replace</strong>{' '}
                {scope.kind === 'all'
                  ? 'everything on this device with the file.'
                  : `the profile “${scope.profileName}” on this device with the file; other profiles stay.`}
              </span>
            </label>
          </fieldset>
          {mode === 'replace' && (
            <label className="choice">
              <input
                type="checkbox"
                checked={backupFirst}
                onChange={(e) => setBackupFirst(e.target.checked)}
              />
              <span>Download a backup of this device’s data first (recommended)</span>
            </label>
          )}
          <p className="actions">
            <button type="button" onClick={() => void run(state.backup)}>
              {mode === 'merge' ? 'Merge into this device' : 'Replace and import'}
            </button>
            <button type="button" className="secondary" onClick={() => setState({ kind: 'idle' })}>
              Cancel
            </button>
          </p>
        </div>
      )}
    </section>
  );
}
