import type { Question } from '../../content/schema';
import type { WorkshopResult } from '../../lib/pack/schema';
import { isCorrect, type Response } from '../../lib/scoring';
import { describeResponse, responseKey } from './questionText';

/** One imported result, as the summary needs it. */
export interface ResultEntry {
  recordId: string;
  result: WorkshopResult;
}

export interface StudentRow {
  recordId: string;
  student: string;
  right: number;
  answered: number;
  total: number;
  /** 0–100, rounded */
  percent: number;
  elapsedMs: number;
  timedOut: boolean;
  submittedAt: number;
  /** the result was made from this exact pack (its checksum matches) */
  packMatches: boolean;
  /** the student's copy of the app scored questions the same way as this one */
  contentMatches: boolean;
  /** another result carries the same display name */
  sameName: boolean;
  /** right / wrong / blank per pack question, in pack order */
  marks: ('right' | 'wrong' | 'blank')[];
}

export interface QuestionRow {
  index: number;
  question: Question;
  answered: number;
  right: number;
  /** share of all students who got it right (a blank counts as wrong), 0–1 */
  shareRight: number;
  mostCommonWrong: { text: string; count: number } | null;
}

export interface TopicRow {
  topic: string;
  answers: number;
  right: number;
  shareRight: number;
}

export interface ClassSummary {
  students: StudentRow[];
  questions: QuestionRow[];
  topics: TopicRow[];
  meanPercent: number | null;
  medianPercent: number | null;
  /** results whose pack checksum or question versions differ from the instructor's */
  mismatched: number;
  sameNameGroups: string[][];
}

const normalName = (name: string) =>
  name.normalize('NFKC').trim().replace(/\s+/g, ' ').toLowerCase();

function median(values: number[]): number | null {
  if (values.length === 0) return null;
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2
    ? (sorted[mid] as number)
    : ((sorted[mid - 1] as number) + (sorted[mid] as number)) / 2;
}

/**
 * The class summary. Every result is scored again here against this copy's questions (the
 * instructor's answer key), never trusted; answers to questions the pack does not hold are
 * ignored. Results from another pack are never passed in (the import refuses them).
 */
export function classSummary(input: {
  questions: readonly Question[];
  packChecksum: string;
  contentDigest: string;
  seed: number;
  entries: readonly ResultEntry[];
}): ClassSummary {
  const { questions, entries } = input;
  const nameCounts = new Map<string, string[]>();
  for (const { result } of entries) {
    const key = normalName(result.student);
    nameCounts.set(key, [...(nameCounts.get(key) ?? []), result.student]);
  }
  const wrongCounts = questions.map(() => new Map<string, { text: string; count: number }>());
  const rightCounts = questions.map(() => 0);
  const answeredCounts = questions.map(() => 0);

  const students: StudentRow[] = entries.map(({ recordId, result }) => {
    const byId = new Map(result.answers.map((a) => [a.questionId, a.response as Response | null]));
    const marks = questions.map((q, i) => {
      const response = byId.get(q.id) ?? null;
      const blank =
        response === null ||
        (Array.isArray(response) && response.length === 0) ||
        (!Array.isArray(response) && Object.keys(response).length === 0);
      if (blank) return 'blank' as const;
      answeredCounts[i] = (answeredCounts[i] ?? 0) + 1;
      if (isCorrect(q, response)) {
        rightCounts[i] = (rightCounts[i] ?? 0) + 1;
        return 'right' as const;
      }
      const key = responseKey(q, response);
      const counts = wrongCounts[i] as Map<string, { text: string; count: number }>;
      const entry = counts.get(key) ?? {
        text: describeResponse(q, response, input.seed),
        count: 0,
      };
      entry.count += 1;
      counts.set(key, entry);
      return 'wrong' as const;
    });
    const right = marks.filter((m) => m === 'right').length;
    return {
      recordId,
      student: result.student,
      right,
      answered: marks.filter((m) => m !== 'blank').length,
      total: questions.length,
      percent: questions.length ? Math.round((right / questions.length) * 100) : 0,
      elapsedMs: result.elapsedMs,
      timedOut: result.timedOut,
      submittedAt: result.submittedAt,
      packMatches: result.packChecksum === input.packChecksum,
      contentMatches: result.contentDigest === input.contentDigest,
      sameName: (nameCounts.get(normalName(result.student))?.length ?? 0) > 1,
      marks,
    };
  });

  const n = students.length;
  const questionRows: QuestionRow[] = questions.map((question, index) => {
    let mostCommonWrong: QuestionRow['mostCommonWrong'] = null;
    for (const entry of wrongCounts[index]?.values() ?? [])
      if (!mostCommonWrong || entry.count > mostCommonWrong.count) mostCommonWrong = entry;
    const right = rightCounts[index] ?? 0;
    return {
      index,
      question,
      answered: answeredCounts[index] ?? 0,
      right,
      shareRight: n ? right / n : 0,
      mostCommonWrong: mostCommonWrong ? { ...mostCommonWrong } : null,
    };
  });

  const topicTotals = new Map<string, { answers: number; right: number }>();
  questionRows.forEach((row) => {
    for (const topic of row.question.topics) {
      const t = topicTotals.get(topic) ?? { answers: 0, right: 0 };
      t.answers += n;
      t.right += row.right;
      topicTotals.set(topic, t);
    }
  });
  const topics = [...topicTotals]
    .map(([topic, t]) => ({ topic, ...t, shareRight: t.answers ? t.right / t.answers : 0 }))
    .sort((a, b) => a.shareRight - b.shareRight || a.topic.localeCompare(b.topic));

  const percents = students.map((s) => s.percent);
  return {
    students,
    questions: questionRows,
    topics,
    meanPercent: n ? Math.round(percents.reduce((a, b) => a + b, 0) / n) : null,
    medianPercent: median(percents),
    mismatched: students.filter((s) => !s.packMatches || !s.contentMatches).length,
    sameNameGroups: [...nameCounts.values()].filter((names) => names.length > 1),
  };
}
