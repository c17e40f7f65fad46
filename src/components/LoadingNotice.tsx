import { useEffect, useState } from 'react';

/** A loading message that appears only after a short delay, so fast loads do not flash. */
export function LoadingNotice({ label, delayMs = 200 }: { label: string; delayMs?: number }) {
  const [visible, setVisible] = useState(false);
  useEffect(() => {
    const timer = window.setTimeout(() => setVisible(true), delayMs);
    return () => window.clearTimeout(timer);
  }, [delayMs]);
  return (
    <div className="loading" role="status" aria-live="polite">
      {visible ? label : null}
    </div>
  );
}
