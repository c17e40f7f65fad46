import { useAppStore } from '../store';

/** Says in words whether the app works offline (never colour alone). */
export function OfflineBadge() {
  const status = useAppStore((s) => s.offlineStatus);
  const problem = useAppStore((s) => s.offlineProblem);
  if (status === 'checking') return null;
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
