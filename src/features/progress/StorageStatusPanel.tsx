import { useEffect, useState } from 'react';
import {
  formatBytes,
  readStorageStatus,
  requestPersistentStorage,
  type StorageStatus,
} from '../../db/storage';

/** Whether the browser keeps the data for good, and how much space it uses. */
export function StorageStatusPanel() {
  const [status, setStatus] = useState<StorageStatus | null>(null);
  const [asking, setAsking] = useState(false);
  useEffect(() => {
    let live = true;
    readStorageStatus().then((s) => live && setStatus(s));
    return () => {
      live = false;
    };
  }, []);
  const ask = async () => {
    setAsking(true);
    await requestPersistentStorage();
    setStatus(await readStorageStatus());
    setAsking(false);
  };
  if (!status) return null;
  const nearlyFull =
    status.usage !== null &&
    status.quota !== null &&
    status.quota > 0 &&
    status.usage / status.quota > 0.9;
  return (
    <section aria-labelledby="storage-title">
      <h2 id="storage-title">Storage on this device</h2>
      <ul className="plain-list">
        <li>
          {status.persisted === true && (
            <>
              <span aria-hidden="true">✓ </span>Persistent: the browser will not delete your data to
              free space.
            </>
          )}
          {status.persisted === false && (
            <>
              <span aria-hidden="true">⚠ </span>Not persistent: the browser may delete your data if
              the device runs short of space. Export a backup now and then.{' '}
              <button
                type="button"
                className="secondary"
                onClick={() => void ask()}
                disabled={asking}
              >
                Ask the browser to keep it
              </button>
            </>
          )}
          {status.persisted === null && 'This browser does not say whether it keeps your data.'}
        </li>
        <li>
          {status.usage !== null
            ? `Space used by Least Privilege: ${formatBytes(status.usage)}${status.quota ? ` of ${formatBytes(status.quota)} available` : ''}.`
            : 'This browser does not report the space used.'}
        </li>
        {nearlyFull && (
          <li className="notice notice-warn">
            <span aria-hidden="true">⚠ </span>Storage is nearly full. New answers may not be saved:
            export a backup and free some space.
          </li>
        )}
      </ul>
    </section>
  );
}
