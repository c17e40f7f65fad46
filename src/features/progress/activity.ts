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

export function studyTime(
  answers: readonly AnswerFact[],
  lessons: readonly { secondsSpent: number }[],
): StudyTime {
  let ms = 0;
  for (const a of answers) ms += Math.min(maxAnswerMs, Math.max(0, a.msTaken));
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

/** Streaks over the local calendar days on which anything happened (timestamps in ms). */
export function streak(activity: Iterable<number>, now: number): Streak {
  const days = new Set<string>();
  for (const t of activity) days.add(dayKey(t));
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
