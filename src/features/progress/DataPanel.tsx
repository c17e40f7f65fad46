import type { Profile } from '../../db/database';
import { ImportBackup } from './ImportBackup';
import { StorageStatusPanel } from './StorageStatusPanel';
import { useExport } from './useExport';

/** Backups (export everything or one profile, import) and storage status. */
export function DataPanel({ profile }: { profile: Profile }) {
  const exporter = useExport();
  const busy = exporter.status.kind === 'busy';
  return (
    <div className="data-panel">
      <section aria-labelledby="export-title">
        <h2 id="export-title">Export a backup</h2>
        <p>
          Your data lives only in this browser. A backup is a JSON file with every record; import it
          here or on another device to get everything back.
        </p>
        <p className="actions">
          <button type="button" disabled={busy} onClick={() => void exporter.run()}>
            Export everything
          </button>
          <button
            type="button"
            className="secondary"
            disabled={busy}
            onClick={() => void exporter.run({ profileId: profile.id })}
          >
            Export {profile.name} only
          </button>
        </p>
        <p role="status" className="status-line">
          {exporter.status.kind === 'busy' && 'Preparing the file…'}
          {exporter.status.kind === 'done' && (
            <>
              <span aria-hidden="true">✓ </span>
              {exporter.status.message}
            </>
          )}
          {exporter.status.kind === 'failed' && (
            <>
              <span aria-hidden="true">⚠ </span>
              {exporter.status.message}
            </>
          )}
        </p>
      </section>
      <ImportBackup />
      <StorageStatusPanel />
    </div>
  );
}
