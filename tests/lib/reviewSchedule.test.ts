// FSRS scheduling through ts-fsrs: ratings from answers, growing intervals, lapses, exam dates.
import { describe, expect, it } from 'vitest';
import { Rating, State } from 'ts-fsrs';
import {
  needsReview,
  ratingFor,
  scheduleAnswer,
  schedulerParams,
  type StoredCard,
} from '../../src/lib/reviewSchedule';

const day = 86_400_000;
const t0 = new Date(2026, 10, 1, 9, 0).getTime();
const sure = { correct: true, confidence: 'sure', flagged: false } as const;
const wrong = { correct: false, confidence: null, flagged: false } as const;

/** Answers correctly at each due date, n times; returns the intervals in days. */
function intervals(start: StoredCard, n: number, examDate: number | null = null): number[] {
  let card = start;
  const out: number[] = [];
  for (let i = 0; i < n; i += 1) {
    const now = card.due;
    card = scheduleAnswer(card, sure, now, { examDate }).card;
    out.push((card.due - now) / day);
  }
  return out;
}

describe('review scheduling (ts-fsrs)', () => {
  it('rates answers: wrong Again, unsure or flagged Hard, sure Good', () => {
    expect(ratingFor(wrong)).toBe(Rating.Again);
    expect(ratingFor({ correct: true, confidence: 'unsure', flagged: false })).toBe(Rating.Hard);
    expect(ratingFor({ correct: true, confidence: null, flagged: true })).toBe(Rating.Hard);
    expect(ratingFor(sure)).toBe(Rating.Good);
    expect(needsReview(sure)).toBe(false);
    expect(needsReview(wrong)).toBe(true);
    expect(needsReview({ correct: true, confidence: 'unsure', flagged: false })).toBe(true);
  });

  it('brings a missed question back within minutes, then spaces correct answers out', () => {
    const missed = scheduleAnswer(null, wrong, t0).card;
    expect(missed.state).toBe(State.Learning);
    expect(missed.due - t0).toBeLessThanOrEqual(10 * 60_000);
    const steps = intervals(missed, 6);
    // leaves the learning steps, then every interval is longer than the one before
    const days = steps.filter((d) => d >= 1);
    expect(days.length).toBeGreaterThanOrEqual(4);
    for (let i = 1; i < days.length; i += 1) expect(days[i]).toBeGreaterThan(days[i - 1] as number);
  });

  it('a lapse resets a long interval and counts as a lapse', () => {
    let card = scheduleAnswer(null, wrong, t0).card;
    for (let i = 0; i < 6; i += 1) card = scheduleAnswer(card, sure, card.due).card;
    expect(card.state).toBe(State.Review);
    const before = card.due - (card.last_review ?? 0);
    const lapsed = scheduleAnswer(card, wrong, card.due).card;
    expect(lapsed.lapses).toBe(card.lapses + 1);
    expect(lapsed.due - card.due).toBeLessThan(before);
    expect(lapsed.state).toBe(State.Relearning);
  });

  it('an exam date raises retention as it nears and keeps every interval before it', () => {
    expect(schedulerParams({ examDate: null }, t0).request_retention).toBe(0.9);
    expect(schedulerParams({ examDate: t0 + 90 * day }, t0).request_retention).toBe(0.9);
    expect(schedulerParams({ examDate: t0 + 30 * day }, t0).request_retention).toBeCloseTo(0.935);
    expect(schedulerParams({ examDate: t0 + 1 * day }, t0).request_retention).toBeGreaterThan(0.96);
    expect(schedulerParams({ examDate: t0 - day }, t0).maximum_interval).toBe(3650);
    const examDate = t0 + 20 * day;
    let card = scheduleAnswer(null, wrong, t0, { examDate }).card;
    for (let i = 0; i < 8 && card.due < examDate; i += 1) {
      card = scheduleAnswer(card, sure, card.due, { examDate }).card;
      expect(card.due).toBeLessThan(examDate);
    }
    const free = intervals(scheduleAnswer(null, wrong, t0).card, 8);
    expect(Math.max(...free)).toBeGreaterThan(20);
  });

  it('is deterministic (no fuzz), so a schedule can be replayed', () => {
    expect(intervals(scheduleAnswer(null, wrong, t0).card, 5)).toEqual(
      intervals(scheduleAnswer(null, wrong, t0).card, 5),
    );
  });
});
