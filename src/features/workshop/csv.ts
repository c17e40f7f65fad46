import type { ClassSummary } from './classStats';
import { shortStem } from './questionText';

/**
 * One CSV field. Text that a spreadsheet would run as a formula (=, +, -, @, tab, CR) gets a
 * leading apostrophe: student names come from untrusted files.
 */
export function csvField(value: string | number | boolean | null): string {
  if (value === null) return '';
  if (typeof value !== 'string') return String(value);
  const safe = /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
  return /[",\r\n]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}

/** RFC 4180 CSV (CRLF line ends) with a byte-order mark so spreadsheets read it as UTF-8. */
export function toCsv(rows: readonly (readonly (string | number | boolean | null)[])[]): string {
  return `\uFEFF${rows.map((r) => r.map(csvField).join(',')).join('\r\n')}\r\n`;
}

export function minutesSeconds(ms: number): string {
  const total = Math.round(ms / 1000);
  return `${Math.floor(total / 60)}:${String(total % 60).padStart(2, '0')}`;
}

/** One row per student: score, time, checks, then right/wrong/blank per question. */
export function studentsCsv(summary: ClassSummary): string {
  const header = [
    'student',
    'right',
    'questions',
    'percent',
    'time',
    'time_seconds',
    'timed_out',
    'submitted_at',
    'pack_checksum',
    'same_question_versions',
    'same_name_twice',
    ...summary.questions.map((q) => `Q${q.index + 1} ${q.question.id}`),
  ];
  const rows = summary.students.map((s) => [
    s.student,
    s.right,
    s.total,
    s.percent,
    minutesSeconds(s.elapsedMs),
    Math.round(s.elapsedMs / 1000),
    s.timedOut ? 'yes' : 'no',
    new Date(s.submittedAt).toISOString(),
    s.packMatches ? 'matches' : 'MISMATCH',
    s.contentMatches ? 'yes' : 'NO',
    s.sameName ? 'yes' : 'no',
    ...s.marks,
  ]);
  return toCsv([header, ...rows]);
}

/** One row per question: share right and the most common wrong answer. */
export function questionsCsv(summary: ClassSummary): string {
  const header = [
    'number',
    'question_id',
    'question',
    'topics',
    'answered',
    'right',
    'percent_right',
    'most_common_wrong_answer',
    'chosen_by',
  ];
  const rows = summary.questions.map((q) => [
    q.index + 1,
    q.question.id,
    shortStem(q.question, 200),
    q.question.topics.join(' '),
    q.answered,
    q.right,
    Math.round(q.shareRight * 100),
    q.mostCommonWrong?.text ?? '',
    q.mostCommonWrong?.count ?? 0,
  ]);
  return toCsv([header, ...rows]);
}

/** One row per topic. */
export function topicsCsv(summary: ClassSummary): string {
  return toCsv([
    ['topic', 'answers', 'right', 'percent_right'],
    ...summary.topics.map((t) => [t.topic, t.answers, t.right, Math.round(t.shareRight * 100)]),
  ]);
}
