import { useEffect, useReducer, useRef, useState, type Dispatch } from 'react';
import { saveProgress } from '../../db/attemptRepo';
import type { AttemptRecord } from '../../db/database';
import {
  progressOf,
  sessionFromAttempt,
  sessionReducer,
  type SessionAction,
  type SessionState,
} from './session';

const saveEveryMs = 1000;

/**
 * Runs a session for an attempt: the reducer, a one-second clock, and saving. Every change is
 * saved at once; time alone is saved every second and when the page is hidden or closed.
 */
export function useSession(
  attempt: AttemptRecord,
  openedAt: number,
): { state: SessionState; dispatch: Dispatch<SessionAction>; saveError: string | null } {
  const [state, dispatch] = useReducer(sessionReducer, attempt, (a) =>
    sessionFromAttempt(a, openedAt),
  );
  const [saveError, setSaveError] = useState<string | null>(null);
  const latest = useRef(state);
  const saved = useRef<{ state: SessionState; at: number } | null>(null);

  const running = state.status === 'running';
  useEffect(() => {
    if (!running) return;
    const timer = window.setInterval(() => dispatch({ type: 'tick', now: Date.now() }), 1000);
    return () => window.clearInterval(timer);
  }, [running]);

  useEffect(() => {
    latest.current = state;
    if (state.status !== 'running') return;
    const last = saved.current;
    const now = Date.now();
    const onlyTime =
      last !== null &&
      last.state.responses === state.responses &&
      last.state.flagged === state.flagged &&
      last.state.confidence === state.confidence &&
      last.state.checked === state.checked &&
      last.state.currentIndex === state.currentIndex &&
      last.state.runningSince === state.runningSince;
    if (onlyTime && now - last.at < saveEveryMs) return;
    saved.current = { state, at: now };
    saveProgress(attempt.id, progressOf(state, now)).then(
      () => setSaveError(null),
      (e: unknown) =>
        setSaveError(
          `Your answers could not be saved on this device (${e instanceof Error ? e.message : String(e)}). Keep this tab open; nothing you entered is lost while it stays open.`,
        ),
    );
  }, [attempt.id, state]);

  useEffect(() => {
    const flush = () => {
      if (latest.current.status !== 'running') return;
      void saveProgress(attempt.id, progressOf(latest.current, Date.now())).catch(() => {});
    };
    const onVisibility = () => {
      if (document.visibilityState === 'hidden') flush();
    };
    window.addEventListener('pagehide', flush);
    document.addEventListener('visibilitychange', onVisibility);
    return () => {
      window.removeEventListener('pagehide', flush);
      document.removeEventListener('visibilitychange', onVisibility);
      flush();
    };
  }, [attempt.id]);

  return { state, dispatch, saveError };
}
