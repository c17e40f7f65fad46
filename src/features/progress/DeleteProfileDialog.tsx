import { useEffect, useRef, useState } from 'react';
import type { Profile } from '../../db/database';
import { countProfileRecords, deleteProfile } from '../../db/profileRepo';
import { useExport } from './useExport';

/** Confirms deleting a profile, says what goes with it, and offers a backup first. */
export function DeleteProfileDialog({
  profile,
  onClose,
}: {
  profile: Profile;
  onClose: (message: string) => void;
}) {
  const ref = useRef<HTMLDialogElement>(null);
  const [counts, setCounts] = useState<Record<string, number> | null>(null);
  const [error, setError] = useState<string | null>(null);
  const exporter = useExport();

  useEffect(() => {
    const dialog = ref.current;
    if (dialog && !dialog.open) dialog.showModal();
    let live = true;
    countProfileRecords(profile.id).then(
      (c) => live && setCounts(c),
      () => live && setCounts({}),
    );
    return () => {
      live = false;
    };
  }, [profile.id]);

  const confirm = async () => {
    try {
      await deleteProfile(profile.id);
      onClose(`Deleted ${profile.name} and all of its progress.`);
    } catch (e) {
      setError(`Nothing was deleted: ${e instanceof Error ? e.message : String(e)}`);
    }
  };

  const total = counts ? Object.values(counts).reduce((a, b) => a + b, 0) : null;
  return (
    <dialog
      ref={ref}
      className="confirm-dialog"
      aria-labelledby="delete-title"
      aria-describedby="delete-what"
      onCancel={() => onClose('')}
    >
      <h2 id="delete-title">Delete the profile “{profile.name}”?</h2>
      <p id="delete-what">
        This deletes {profile.name} and everything saved under it
        {counts &&
          ` — ${counts['answers'] ?? 0} answers, progress in ${counts['lessonProgress'] ?? 0} lessons, ${counts['attempts'] ?? 0} quiz sessions and ${(total ?? 0) - (counts['answers'] ?? 0) - (counts['lessonProgress'] ?? 0) - (counts['attempts'] ?? 0)} other records`}
        . It cannot be undone.
      </p>
      <p>Download a backup first if you might want it back:</p>
      <p className="actions">
        <button
          type="button"
          className="secondary"
          disabled={exporter.status.kind === 'busy'}
          onClick={() => void exporter.run({ profileId: profile.id })}
        >
          Download a backup of {profile.name}
        </button>
      </p>
      <p role="status" className="status-line">
        {exporter.status.kind === 'done' || exporter.status.kind === 'failed'
          ? exporter.status.message
          : ''}
      </p>
      {error && (
        <p className="form-error" role="alert">
          {error}
        </p>
      )}
      <p className="actions">
        <button type="button" className="danger-solid" onClick={() => void confirm()}>
          Delete {profile.name}
        </button>
        <button type="button" className="secondary" onClick={() => onClose('')} autoFocus>
          Cancel
        </button>
      </p>
    </dialog>
  );
}
