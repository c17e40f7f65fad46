import { useState, type ChangeEvent, type DragEvent } from 'react';
import type { Pack } from '../../../lib/pack/schema';
import { limits } from '../../../lib/pack/schema';
import { gatherDropped } from './droppedFiles';
import { importResultFiles, reportText, type ImportReport } from './importResultFiles';

/** Drop result files or a folder of them, or choose them; then a report of what happened. */
export function ImportPanel({ profileId, pack }: { profileId: string; pack: Pack }) {
  const [over, setOver] = useState(false);
  const [busy, setBusy] = useState(false);
  const [report, setReport] = useState<ImportReport | null>(null);
  const [problem, setProblem] = useState<string | null>(null);

  const run = (files: File[], skipped: number) => {
    setBusy(true);
    setProblem(null);
    importResultFiles(profileId, pack, files, skipped)
      .then(setReport, (e: unknown) =>
        setProblem(`Nothing was imported: ${e instanceof Error ? e.message : String(e)}`),
      )
      .finally(() => setBusy(false));
  };
  const choose = (e: ChangeEvent<HTMLInputElement>) => {
    const files = Array.from(e.target.files ?? []);
    e.target.value = '';
    // from a chosen folder only .json files count; files chosen one by one are all tried
    const json = files.filter(
      (f) => !f.webkitRelativePath || f.name.toLowerCase().endsWith('.json'),
    );
    const kept = json.slice(0, limits.filesAtOnce);
    if (files.length) run(kept, files.length - kept.length);
  };
  const drop = (e: DragEvent) => {
    e.preventDefault();
    setOver(false);
    void gatherDropped(e.dataTransfer).then(
      (g) => run(g.files, g.skipped),
      (err: unknown) => setProblem(`The dropped files cannot be read: ${String(err)}`),
    );
  };

  return (
    <section aria-labelledby="ws-import" className="ws-import">
      <h2 id="ws-import">Import result files</h2>
      <div
        className={`ws-dropzone${over ? ' ws-dropzone-over' : ''}`}
        onDragOver={(e) => {
          e.preventDefault();
          setOver(true);
        }}
        onDragLeave={() => setOver(false)}
        onDrop={drop}
      >
        <p>Drop result files, or a folder of them, here — or choose them:</p>
        <p className="actions">
          <label className="button secondary">
            Choose result files
            <input
              type="file"
              className="visually-hidden"
              multiple
              accept=".json,application/json"
              onChange={choose}
              disabled={busy}
            />
          </label>
          <label className="button secondary">
            Choose a folder
            <input
              type="file"
              className="visually-hidden"
              webkitdirectory=""
              onChange={choose}
              disabled={busy}
            />
          </label>
        </p>
        <p className="hint">
          Up to {limits.filesAtOnce} files at once, {Math.round(limits.fileBytes / 1000)} kB each. A
          file twice (the same student's run) is imported once.
        </p>
      </div>
      <div aria-live="polite" role="status">
        {busy && <p>Importing…</p>}
        {report && !busy && <p>{reportText(report)}</p>}
      </div>
      {problem && (
        <p className="notice notice-warn" role="alert">
          ⚠ {problem}
        </p>
      )}
      {report && report.refused.length > 0 && (
        <div className="notice notice-warn">
          <p>⚠ These files were refused and changed nothing:</p>
          <ul>
            {report.refused.map((r, i) => (
              <li key={`${r.file}-${i}`}>
                <strong>{r.file}</strong>: {r.reason}
              </li>
            ))}
          </ul>
        </div>
      )}
    </section>
  );
}
