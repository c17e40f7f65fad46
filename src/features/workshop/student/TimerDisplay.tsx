import { minutesSeconds } from '../csv';

/** Time used, or time left when there is a limit; a warning in words in the last minute. */
export function TimerDisplay({
  elapsedMs,
  limitMs,
}: {
  elapsedMs: number;
  limitMs: number | null;
}) {
  if (limitMs === null)
    return (
      <span className="ws-timer" role="timer" aria-label="Time used">
        Time used: {minutesSeconds(elapsedMs)}
      </span>
    );
  const left = Math.max(0, limitMs - elapsedMs);
  const low = left < 60_000;
  return (
    <span className={`ws-timer${low ? ' ws-timer-low' : ''}`} role="timer" aria-label="Time left">
      Time left: {minutesSeconds(left)}
      {low ? ' — less than a minute: you hand in automatically at 0:00' : ''}
    </span>
  );
}
