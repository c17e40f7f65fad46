// Study time and streaks from what the learner did (answers, lesson reading, challenges).
import type { AnswerFact } from './mastery';
import { addDays, dayKey, startOfDay } from './timeline';

/** One answer counts at most this long (a tab left open is not study). */
export const maxAnswerMs = 10 * 60 * 1000;

export interface StudyTime {
  totalSeconds: number;
  lessonSeconds: number;
  questionSeconds: number;
}

/** The time one answer counts for. */
export const answerMs = (a: AnswerFact) => Math.min(maxAnswerMs, Math.max(0, a.msTaken));

export function studyTime(
  answers: readonly AnswerFact[],
  lessons: readonly { secondsSpent: number }[],
): StudyTime {
  let ms = 0;
  for (const a of answers) ms += answerMs(a);
  return studyTimeFrom(ms, lessons);
}

/** Study time from the answers' total time (ms) and the lessons' reading time. */
export function studyTimeFrom(ms: number, lessons: readonly { secondsSpent: number }[]): StudyTime {
  const lessonSeconds = lessons.reduce((s, l) => s + Math.max(0, l.secondsSpent), 0);
  const questionSeconds = Math.round(ms / 1000);
  return { totalSeconds: lessonSeconds + questionSeconds, lessonSeconds, questionSeconds };
}

export interface Streak {
  /** consecutive days with activity ending today (or yesterday, if today is still open) */
  current: number;
  longest: number;
  activeToday: boolean;
  /** distinct days with any activity */
  activeDays: number;
}

/** Collects the local calendar days (YYYY-MM-DD) on which something happened. */
export function dayCollector(): { days: Set<string>; add: (t: number) => void } {
  const days = new Set<string>();
  // Activity comes in runs on the same day: reuse the last day's bounds instead of a Date each.
  let from = 0;
  let to = -1;
  return {
    days,
    add(t: number) {
      if (t >= from && t < to) return;
      from = startOfDay(t);
      to = addDays(from, 1);
      days.add(dayKey(from));
    },
  };
}

/** Streaks over the local calendar days on which anything happened (timestamps in ms). */
export function streak(activity: Iterable<number>, now: number): Streak {
  const collector = dayCollector();
  for (const t of activity) collector.add(t);
  return streakFromDays(collector.days, now);
}

/** Streaks over a set of active days (YYYY-MM-DD, local). */
export function streakFromDays(days: ReadonlySet<string>, now: number): Streak {
  const today = startOfDay(now);
  const activeToday = days.has(dayKey(today));
  let current = 0;
  for (let d = activeToday ? today : addDays(today, -1); days.has(dayKey(d)); d = addDays(d, -1))
    current += 1;
  let longest = 0;
  for (const key of days) {
    const [y, m, dd] = key.split('-').map(Number) as [number, number, number];
    const start = new Date(y, m - 1, dd).getTime();
    if (days.has(dayKey(addDays(start, -1)))) continue; // not the first day of a run
    let run = 1;
    while (days.has(dayKey(addDays(start, run)))) run += 1;
    longest = Math.max(longest, run);
  }
  return { current, longest, activeToday, activeDays: days.size };
}

/** Formats seconds as “2 h 05 min”, “14 min” or “40 s”. */
export function formatDuration(seconds: number): string {
  if (seconds < 60) return `${Math.round(seconds)} s`;
  const minutes = Math.round(seconds / 60);
  if (minutes < 60) return `${minutes} min`;
  return `${Math.floor(minutes / 60)} h ${String(minutes % 60).padStart(2, '0')} min`;
}
