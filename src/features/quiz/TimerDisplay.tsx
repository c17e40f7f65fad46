/** "1:04:32" or "4:05". */
export function formatDuration(ms: number): string {
  const total = Math.max(0, Math.ceil(ms / 1000));
  const h = Math.floor(total / 3600);
  const m = Math.floor((total % 3600) / 60);
  const s = total % 60;
  const pad = (n: number) => String(n).padStart(2, '0');
  return h > 0 ? `${h}:${pad(m)}:${pad(s)}` : `${m}:${pad(s)}`;
}

function announcement(ms: number): string {
  if (ms <= 0) return 'Time is up.';
  if (ms <= 60_000) return 'One minute left.';
  if (ms <= 5 * 60_000) return 'Five minutes left.';
  if (ms <= 10 * 60_000) return 'Ten minutes left.';
  return '';
}

/** The exam's time left; screen readers hear it at 10, 5 and 1 minutes, not every second. */
export function TimerDisplay({ remainingMs, limitMs }: { remainingMs: number; limitMs: number }) {
  const low = remainingMs <= Math.min(5 * 60_000, limitMs / 10);
  return (
    <div className={`exam-timer${low ? ' exam-timer-low' : ''}`}>
      <span className="exam-timer-label">{low ? '⏳ Time left' : 'Time left'}</span>{' '}
      <span role="timer" aria-label="Time left" className="exam-timer-value">
        {formatDuration(remainingMs)}
      </span>
      <span className="visually-hidden" aria-live="polite">
        {announcement(remainingMs)}
      </span>
    </div>
  );
}
