// Accuracy over time: answers bucketed by local day (recent learners) or by week (Monday to
// Sunday) once the history is longer than a month. Also the local-calendar helpers the
// streak uses.
import { dayMs, type AnswerFact } from './mastery';

export type Granularity = 'day' | 'week';

export interface TimelinePoint {
  /** local midnight that starts the bucket */
  start: number;
  /** YYYY-MM-DD of the bucket's first day */
  label: string;
  answered: number;
  correct: number;
  /** correct / answered, or null for a bucket with no answers */
  accuracy: number | null;
}

export interface Timeline {
  granularity: Granularity;
  points: TimelinePoint[];
}

/** Local midnight of the day holding t. */
export function startOfDay(t: number): number {
  const d = new Date(t);
  return new Date(d.getFullYear(), d.getMonth(), d.getDate()).getTime();
}

/** Local midnight of the Monday that starts t's week. */
export function startOfWeek(t: number): number {
  const d = new Date(t);
  const back = (d.getDay() + 6) % 7;
  return new Date(d.getFullYear(), d.getMonth(), d.getDate() - back).getTime();
}

/** Local midnight n calendar days after the day starting at `dayStart` (DST safe). */
export function addDays(dayStart: number, n: number): number {
  const d = new Date(dayStart);
  return new Date(d.getFullYear(), d.getMonth(), d.getDate() + n).getTime();
}

/** YYYY-MM-DD in local time. */
export function dayKey(t: number): string {
  const d = new Date(t);
  const mm = String(d.getMonth() + 1).padStart(2, '0');
  const dd = String(d.getDate()).padStart(2, '0');
  return `${d.getFullYear()}-${mm}-${dd}`;
}

/**
 * Buckets answers into at most `maxDays` days or, for a longer history, at most `maxWeeks`
 * weeks, ending with the bucket holding `now`. Leading buckets before the first answer are left
 * out; empty buckets in between are kept (accuracy null) so gaps show.
 */
export function accuracyTimeline(
  answers: readonly AnswerFact[],
  now: number,
  options: { maxDays?: number; maxWeeks?: number } = {},
): Timeline {
  const maxDays = options.maxDays ?? 30;
  const maxWeeks = options.maxWeeks ?? 26;
  let first = Infinity;
  for (const a of answers) if (a.answeredAt < first) first = a.answeredAt;
  if (first === Infinity) return { granularity: 'day', points: [] };
  const today = startOfDay(now);
  const granularity: Granularity = startOfDay(first) > addDays(today, -maxDays) ? 'day' : 'week';
  const step = granularity === 'day' ? 1 : 7;
  const last = granularity === 'day' ? today : startOfWeek(now);
  const count = granularity === 'day' ? maxDays : maxWeeks;
  const floor = granularity === 'day' ? startOfDay(first) : startOfWeek(first);
  const starts: number[] = [];
  for (let i = count - 1; i >= 0; i -= 1) {
    const s = addDays(last, -i * step);
    if (s >= floor) starts.push(s);
  }
  const points: TimelinePoint[] = starts.map((start) => ({
    start,
    label: dayKey(start),
    answered: 0,
    correct: 0,
    accuracy: null,
  }));
  const firstStart = starts[0] ?? last;
  const end = addDays(last, step);
  // Buckets are contiguous: find each answer's bucket by estimate, then correct for DST.
  const approx = step * dayMs;
  for (const a of answers) {
    if (a.answeredAt < firstStart || a.answeredAt >= end) continue;
    let i = Math.min(points.length - 1, Math.floor((a.answeredAt - firstStart) / approx));
    while (i > 0 && (points[i] as TimelinePoint).start > a.answeredAt) i -= 1;
    while (i < points.length - 1 && (points[i + 1] as TimelinePoint).start <= a.answeredAt) i += 1;
    const p = points[i] as TimelinePoint;
    p.answered += 1;
    if (a.correct) p.correct += 1;
  }
  for (const p of points) p.accuracy = p.answered ? p.correct / p.answered : null;
  return { granularity, points };
}
