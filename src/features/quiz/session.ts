/**
 * The state of a quiz session as a pure reducer: responses, flags, confidence, navigation, the
 * review screen, per-question time and the exam timer. Time comes in with each action (`now`),
 * so the reducer is deterministic and testable; the timer only counts while the session is open
 * (elapsedMs is saved, and a reopened session resumes with the time that was left).
 */
import type { AttemptProgress } from '../../db/attemptRepo';
import type { AttemptRecord } from '../../db/database';
import type { Response } from '../../lib/scoring';

export type Confidence = 'sure' | 'unsure';

export interface SessionState {
  questionIds: string[];
  responses: Record<string, Response>;
  flagged: string[];
  confidence: Record<string, Confidence>;
  /** practice modes: questions whose answer was checked (locked, feedback shown) */
  checked: string[];
  currentIndex: number;
  view: 'question' | 'review';
  limitMs: number | null;
  /** time used before `runningSince` */
  elapsedMs: number;
  /** when the clock last started; null while paused or finished */
  runningSince: number | null;
  msByQuestion: Record<string, number>;
  /** when the current question started counting; null in the review screen or while paused */
  questionSince: number | null;
  /** the latest time seen (ticks update it so the display re-renders) */
  clock: number;
  status: 'running' | 'submitted' | 'time-up';
}

export type SessionAction =
  | { type: 'answer'; id: string; response: Response }
  | { type: 'confidence'; id: string; value: Confidence }
  | { type: 'toggle-flag'; id: string }
  | { type: 'check'; id: string }
  | { type: 'goto'; index: number; now: number }
  | { type: 'next'; now: number }
  | { type: 'prev'; now: number }
  | { type: 'show-review'; now: number }
  | { type: 'hide-review'; now: number }
  | { type: 'tick'; now: number }
  | { type: 'pause'; now: number }
  | { type: 'resume'; now: number }
  | { type: 'submit'; now: number };

/** The state to resume an attempt with, its clock starting at `now`. */
export function sessionFromAttempt(attempt: AttemptRecord, now: number): SessionState {
  const state: SessionState = {
    questionIds: attempt.questionIds,
    responses: attempt.responses as Record<string, Response>,
    flagged: attempt.flagged,
    confidence: attempt.confidence ?? {},
    checked: attempt.checked ?? [],
    currentIndex: Math.min(Math.max(0, attempt.currentIndex), attempt.questionIds.length - 1),
    view: 'question',
    limitMs: attempt.limitMs,
    elapsedMs: attempt.elapsedMs,
    runningSince: attempt.status === 'in-progress' ? now : null,
    msByQuestion: attempt.msByQuestion ?? {},
    questionSince: attempt.status === 'in-progress' ? now : null,
    clock: now,
    status: attempt.status === 'in-progress' ? 'running' : 'submitted',
  };
  return timeUp(state, now) ? expire(state, now) : state;
}

export function elapsed(state: SessionState, now: number): number {
  return (
    state.elapsedMs + (state.runningSince === null ? 0 : Math.max(0, now - state.runningSince))
  );
}

/** Time left in ms (never negative), or null without a limit. */
export function remaining(state: SessionState, now: number): number | null {
  return state.limitMs === null ? null : Math.max(0, state.limitMs - elapsed(state, now));
}

function timeUp(state: SessionState, now: number): boolean {
  return state.limitMs !== null && elapsed(state, now) >= state.limitMs;
}

/** Whether a response counts as an answer (something chosen, ordered or matched). */
export function isAnswered(response: Response | undefined): boolean {
  if (response === undefined) return false;
  return Array.isArray(response) ? response.length > 0 : Object.values(response).some(Boolean);
}

export function summary(state: SessionState) {
  const answered = state.questionIds.filter((id) => isAnswered(state.responses[id]));
  return {
    answered: answered.length,
    unanswered: state.questionIds.length - answered.length,
    flagged: state.flagged.length,
  };
}

/** Books the time spent on the current question, and the clock, up to `now`. */
function bookTime(state: SessionState, now: number): SessionState {
  const id = state.questionIds[state.currentIndex];
  const booked = {
    ...state,
    elapsedMs: elapsed(state, now),
    runningSince: state.runningSince === null ? null : now,
    clock: now,
  };
  if (state.questionSince === null || id === undefined) return booked;
  const spent = Math.max(0, now - state.questionSince);
  return {
    ...booked,
    questionSince: now,
    msByQuestion: { ...state.msByQuestion, [id]: (state.msByQuestion[id] ?? 0) + spent },
  };
}

function expire(state: SessionState, now: number): SessionState {
  const booked = bookTime(state, now);
  return {
    ...booked,
    elapsedMs: state.limitMs ?? booked.elapsedMs,
    runningSince: null,
    questionSince: null,
    status: 'time-up',
    clock: now,
  };
}

function move(state: SessionState, index: number, now: number): SessionState {
  if (index < 0 || index >= state.questionIds.length) return state;
  return { ...bookTime(state, now), currentIndex: index, view: 'question', questionSince: now };
}

export function sessionReducer(state: SessionState, action: SessionAction): SessionState {
  if (state.status !== 'running') return state;
  if ('now' in action && timeUp(state, action.now)) return expire(state, action.now);
  switch (action.type) {
    case 'answer':
      if (state.checked.includes(action.id)) return state;
      return { ...state, responses: { ...state.responses, [action.id]: action.response } };
    case 'confidence':
      return { ...state, confidence: { ...state.confidence, [action.id]: action.value } };
    case 'toggle-flag':
      return {
        ...state,
        flagged: state.flagged.includes(action.id)
          ? state.flagged.filter((f) => f !== action.id)
          : [...state.flagged, action.id],
      };
    case 'check':
      if (state.checked.includes(action.id) || !isAnswered(state.responses[action.id]))
        return state;
      return { ...state, checked: [...state.checked, action.id] };
    case 'goto':
      return move(state, action.index, action.now);
    case 'next':
      return move(state, state.currentIndex + 1, action.now);
    case 'prev':
      return move(state, state.currentIndex - 1, action.now);
    case 'show-review':
      return { ...bookTime(state, action.now), view: 'review', questionSince: null };
    case 'hide-review':
      return { ...state, view: 'question', clock: action.now, questionSince: action.now };
    case 'tick':
      return { ...state, clock: action.now };
    case 'pause':
      if (state.runningSince === null) return state;
      return { ...bookTime(state, action.now), runningSince: null, questionSince: null };
    case 'resume':
      if (state.runningSince !== null) return state;
      return {
        ...state,
        runningSince: action.now,
        clock: action.now,
        questionSince: state.view === 'question' ? action.now : null,
      };
    case 'submit':
      return {
        ...bookTime(state, action.now),
        runningSince: null,
        questionSince: null,
        status: 'submitted',
      };
  }
}

/** What is saved to the attempt after every change. */
export function progressOf(state: SessionState, now: number): AttemptProgress {
  const id = state.questionIds[state.currentIndex];
  const pending =
    state.questionSince === null || id === undefined ? 0 : Math.max(0, now - state.questionSince);
  return {
    responses: state.responses,
    flagged: state.flagged,
    confidence: state.confidence,
    checked: state.checked,
    currentIndex: state.currentIndex,
    elapsedMs: Math.min(elapsed(state, now), state.limitMs ?? Infinity),
    msByQuestion:
      id === undefined
        ? state.msByQuestion
        : { ...state.msByQuestion, [id]: (state.msByQuestion[id] ?? 0) + pending },
  };
}
