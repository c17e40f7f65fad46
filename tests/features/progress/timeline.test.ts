import { describe, expect, it } from 'vitest';
import { formatDuration, streak, studyTime } from '../../../src/features/progress/activity';
import type { AnswerFact } from '../../../src/features/progress/mastery';
import {
  accuracyTimeline,
  addDays,
  dayKey,
  startOfWeek,
} from '../../../src/features/progress/timeline';

const at = (y: number, m: number, d: number, h = 12) => new Date(y, m - 1, d, h).getTime();
const now = at(2026, 5, 20, 18);
const answer = (answeredAt: number, correct: boolean, msTaken = 30_000): AnswerFact => ({
  questionId: 'q',
  attemptId: 'a',
  correct,
  msTaken,
  answeredAt,
});

describe('accuracy over time', () => {
  it('is empty with no answers', () => {
    expect(accuracyTimeline([], now).points).toEqual([]);
  });

  it('buckets a recent history by day from the first answer, keeping empty days as gaps', () => {
    const t = accuracyTimeline(
      [
        answer(at(2026, 5, 17, 9), true),
        answer(at(2026, 5, 17, 23), false),
        answer(at(2026, 5, 20, 8), true),
      ],
      now,
    );
    expect(t.granularity).toBe('day');
    expect(t.points.map((p) => [p.label, p.answered, p.accuracy])).toEqual([
      ['2026-05-17', 2, 0.5],
      ['2026-05-18', 0, null],
      ['2026-05-19', 0, null],
      ['2026-05-20', 1, 1],
    ]);
  });

  it('switches to weeks (Monday first) for a history longer than a month', () => {
    const t = accuracyTimeline([answer(at(2026, 1, 7), true), answer(at(2026, 5, 19), false)], now);
    expect(t.granularity).toBe('week');
    expect(t.points[0]?.label).toBe('2026-01-05');
    expect(new Date(t.points[0]?.start ?? 0).getDay()).toBe(1);
    expect(t.points.at(-1)?.start).toBe(startOfWeek(now));
    expect(t.points.reduce((s, p) => s + p.answered, 0)).toBe(2);
  });

  it('keeps at most 26 weeks', () => {
    const t = accuracyTimeline([answer(at(2024, 1, 1), true), answer(now, true)], now);
    expect(t.points.length).toBe(26);
    expect(t.points.reduce((s, p) => s + p.answered, 0)).toBe(1);
  });
});

describe('streaks and study time', () => {
  it('counts consecutive days up to today, or up to yesterday while today is still open', () => {
    const days = [
      at(2026, 5, 14),
      at(2026, 5, 15),
      at(2026, 5, 17),
      at(2026, 5, 18),
      at(2026, 5, 19),
    ];
    expect(streak(days, now)).toEqual({
      current: 3,
      longest: 3,
      activeToday: false,
      activeDays: 5,
    });
    expect(streak([...days, now], now)).toMatchObject({
      current: 4,
      longest: 4,
      activeToday: true,
    });
    expect(streak([at(2026, 5, 10), at(2026, 5, 11)], now)).toMatchObject({
      current: 0,
      longest: 2,
    });
  });

  it('handles a daylight-saving change inside a streak', () => {
    // Whatever the test machine's zone, calendar days are counted, not 24-hour blocks.
    const start = at(2026, 3, 25);
    const days = Array.from({ length: 10 }, (_, i) => addDays(start, i) + 3600_000 * 12);
    expect(streak(days, days[9] as number).current).toBe(10);
    expect(new Set(days.map(dayKey)).size).toBe(10);
  });

  it('adds lesson time to answer time, capping an answer left open for hours', () => {
    const s = studyTime(
      [answer(now, true, 60_000), answer(now, true, 5 * 3600_000)],
      [{ secondsSpent: 600 }],
    );
    expect(s).toEqual({ lessonSeconds: 600, questionSeconds: 660, totalSeconds: 1260 });
    expect(formatDuration(40)).toBe('40 s');
    expect(formatDuration(14 * 60)).toBe('14 min');
    expect(formatDuration(2 * 3600 + 5 * 60)).toBe('2 h 05 min');
  });
});
