import { useRef, type FocusEvent } from 'react';
import { useStorageGuard } from '../db/useStorageGuard';
import { href } from '../lib/router';
import './storageAlert.css';

/**
 * The alert for a write that failed anywhere in the app: the storage-full explanation with a
 * link to export a backup, or which record could not be saved and why.
 */
export function StorageAlert() {
  const { failure, dismiss } = useStorageGuard();
  const returnTo = useRef<HTMLElement | null>(null);
  if (!failure) return null;
  const remember = (e: FocusEvent<HTMLDivElement>) => {
    const from = e.relatedTarget;
    if (from instanceof HTMLElement && !e.currentTarget.contains(from)) returnTo.current = from;
  };
  const close = () => {
    dismiss();
    // the focused button goes away: back to where the learner was, or to the page's content
    const target = returnTo.current?.isConnected ? returnTo.current : null;
    (target ?? document.getElementById('main'))?.focus();
  };
  return (
    <div className="storage-alert" role="alert" onFocus={remember}>
      <p>
        <strong>
          <span aria-hidden="true">⚠ </span>
          {failure.full ? 'Storage full: not saved. ' : 'Not saved. '}
        </strong>
        {failure.message}
      </p>
      <p className="actions">
        {failure.full && (
          <a className="button" href={href('/progress/data')} onClick={dismiss}>
            Export a backup
          </a>
        )}
        <button type="button" className="secondary" onClick={close}>
          Dismiss
        </button>
      </p>
    </div>
  );
}
