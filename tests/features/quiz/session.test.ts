// The quiz session reducer: exam timer, time up, pause/resume across a reload, navigation,
// flags, per-question time, and what is saved.
import { describe, expect, it } from 'vitest';
import type { AttemptRecord } from '../../../src/db/database';
import {
  progressOf,
  remaining,
  sessionFromAttempt,
  sessionReducer,
  summary,
  type SessionAction,
  type SessionState,
} from '../../../src/features/quiz/session';

const t0 = 1_800_000_000_000;
const attempt = (over: Partial<AttemptRecord> = {}): AttemptRecord => ({
  id: 'a',
  profileId: 'p',
  mode: 'exam',
  status: 'in-progress',
  title: 'x',
  examId: 'saa-c03',
  questionIds: ['q1', 'q2', 'q3'],
  unscoredIds: [],
  seed: 1,
  responses: {},
  flagged: [],
  currentIndex: 0,
  startedAt: t0,
  limitMs: 60_000,
  elapsedMs: 0,
  submittedAt: null,
  result: null,
  updatedAt: t0,
  ...over,
});
const run = (state: SessionState, ...actions: SessionAction[]) =>
  actions.reduce(sessionReducer, state);

describe('exam timer', () => {
  it('counts down from the limit as time passes', () => {
    const s = run(sessionFromAttempt(attempt(), t0), { type: 'tick', now: t0 + 15_000 });
    expect(remaining(s, t0 + 15_000)).toBe(45_000);
    expect(s.status).toBe('running');
  });

  it('ends the exam when the time is up, and ignores every later action', () => {
    let s = run(sessionFromAttempt(attempt(), t0), { type: 'answer', id: 'q1', response: ['a'] });
    s = run(s, { type: 'tick', now: t0 + 60_000 });
    expect(s.status).toBe('time-up');
    expect(remaining(s, t0 + 90_000)).toBe(0);
    const after = run(
      s,
      { type: 'answer', id: 'q2', response: ['b'] },
      { type: 'next', now: t0 + 61_000 },
    );
    expect(after).toBe(s);
    expect(progressOf(s, t0 + 120_000).elapsedMs).toBe(60_000);
  });

  it('resumes after a reload with the time that was left, not counting the time away', () => {
    const s = run(sessionFromAttempt(attempt(), t0), { type: 'tick', now: t0 + 20_000 });
    const saved = progressOf(s, t0 + 20_000);
    // the tab is closed for an hour, then the attempt is reopened
    const reopened = sessionFromAttempt(
      attempt({ ...saved } as Partial<AttemptRecord>),
      t0 + 3_600_000,
    );
    expect(remaining(reopened, t0 + 3_600_000)).toBe(40_000);
    expect(remaining(reopened, t0 + 3_610_000)).toBe(30_000);
  });

  it('an attempt saved with its time used up opens as time-up', () => {
    const s = sessionFromAttempt(attempt({ elapsedMs: 60_000 }), t0);
    expect(s.status).toBe('time-up');
  });

  it('pauses and resumes; an untimed session never runs out', () => {
    let s = run(sessionFromAttempt(attempt(), t0), { type: 'pause', now: t0 + 10_000 });
    expect(remaining(s, t0 + 50_000)).toBe(50_000);
    s = run(s, { type: 'resume', now: t0 + 50_000 }, { type: 'tick', now: t0 + 55_000 });
    expect(remaining(s, t0 + 55_000)).toBe(45_000);
    const free = run(sessionFromAttempt(attempt({ limitMs: null }), t0), {
      type: 'tick',
      now: t0 + 9e9,
    });
    expect(free.status).toBe('running');
    expect(remaining(free, t0 + 9e9)).toBeNull();
  });
});

describe('navigation, flags and answers', () => {
  it('moves freely, opens the review screen, counts answered, unanswered and flagged', () => {
    let s = sessionFromAttempt(attempt(), t0);
    s = run(
      s,
      { type: 'answer', id: 'q1', response: ['b'] },
      { type: 'toggle-flag', id: 'q1' },
      { type: 'next', now: t0 + 5_000 },
      { type: 'answer', id: 'q2', response: [] },
      { type: 'goto', index: 2, now: t0 + 8_000 },
      { type: 'toggle-flag', id: 'q3' },
      { type: 'next', now: t0 + 9_000 }, // past the end: stays
    );
    expect(s.currentIndex).toBe(2);
    expect(summary(s)).toEqual({ answered: 1, unanswered: 2, flagged: 2 });
    s = run(s, { type: 'toggle-flag', id: 'q1' }, { type: 'show-review', now: t0 + 10_000 });
    expect(s.view).toBe('review');
    expect(s.flagged).toEqual(['q3']);
    s = run(s, { type: 'goto', index: 0, now: t0 + 12_000 }, { type: 'prev', now: t0 + 13_000 });
    expect(s.view).toBe('question');
    expect(s.currentIndex).toBe(0);
    expect(s.msByQuestion).toEqual({ q1: 5_000, q2: 3_000, q3: 2_000 });
    const saved = progressOf(s, t0 + 14_000);
    expect(saved).toMatchObject({
      currentIndex: 0,
      flagged: ['q3'],
      responses: { q1: ['b'], q2: [] },
    });
    expect(saved.msByQuestion?.q1).toBe(5_000 + 2_000);
  });

  it('locks a checked practice answer and keeps confidence', () => {
    let s = sessionFromAttempt(attempt({ mode: 'practice', limitMs: null }), t0);
    s = run(s, { type: 'check', id: 'q1' });
    expect(s.checked).toEqual([]); // nothing answered yet
    s = run(
      s,
      { type: 'answer', id: 'q1', response: ['c'] },
      { type: 'confidence', id: 'q1', value: 'unsure' },
      { type: 'check', id: 'q1' },
      { type: 'answer', id: 'q1', response: ['d'] },
    );
    expect(s.responses.q1).toEqual(['c']);
    expect(s.checked).toEqual(['q1']);
    expect(s.confidence).toEqual({ q1: 'unsure' });
  });

  it('submits once, stopping the clock', () => {
    const s = run(sessionFromAttempt(attempt(), t0), { type: 'submit', now: t0 + 30_000 });
    expect(s.status).toBe('submitted');
    expect(progressOf(s, t0 + 99_000).elapsedMs).toBe(30_000);
    expect(run(s, { type: 'toggle-flag', id: 'q1' })).toBe(s);
  });
});
