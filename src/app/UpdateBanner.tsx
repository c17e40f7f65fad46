import { useAppStore } from '../store';

/** A new version waits for the learner: it is never applied by itself. */
export function UpdateBanner() {
  const waiting = useAppStore((s) => s.updateWaiting);
  const applyUpdate = useAppStore((s) => s.applyUpdate);
  const dismiss = useAppStore((s) => s.dismissUpdate);
  if (!waiting) return null;
  return (
    <div className="update-banner" role="status">
      <span>A new version is ready.</span>
      <button type="button" onClick={() => applyUpdate?.()}>
        Reload
      </button>
      <button type="button" className="secondary" onClick={dismiss}>
        Later
      </button>
    </div>
  );
}
