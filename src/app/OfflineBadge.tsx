import { useAppStore } from '../store';

/**
 * Says in words whether the app works offline (never colour alone). While the service worker
 * is still storing the app it says so, in a badge of the same size, so the header does not
 * reflow (and shift the page) when the answer arrives.
 */
export function OfflineBadge() {
  const status = useAppStore((s) => s.offlineStatus);
  const problem = useAppStore((s) => s.offlineProblem);
  if (status === 'checking')
    return (
      <span className="badge badge-pending" title="Storing the app on this device for offline use">
        Saving for offline…
      </span>
    );
  if (status === 'ready')
    return (
      <span className="badge badge-ok" title="Every page and asset is stored on this device">
        ✓ Works offline
      </span>
    );
  return (
    <span className="badge badge-warn" title={problem ?? undefined}>
      ⚠ Offline use unavailable
      <span className="visually-hidden">: {problem}</span>
    </span>
  );
}
