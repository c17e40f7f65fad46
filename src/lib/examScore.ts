/**
 * Scoring a whole quiz attempt: percent correct on scored items, a scaled-score estimate on the
 * exam's 100–1000 scale, pass/fail, and tallies per exam domain and per topic. This is the
 * `attempt.result` shape that the progress dashboard reads.
 */
import type { ExamProfile, Question } from '../content/schema';
import { isCorrect, type Response } from './scoring';

export interface Tally {
  correct: number;
  total: number;
}

/** Stored as `attempt.result` on submit (every mode). */
export interface AttemptResult {
  /** scored questions (unscored items left out) */
  scored: number;
  correct: number;
  /** 0–100, one decimal */
  percent: number;
  /** estimate on the exam's scale; see estimateScaledScore */
  scaledScore: number;
  passed: boolean;
  /** keyed by `exam:domain` tag, e.g. `saa-c03:1`; scored questions only */
  byDomain: Record<string, Tally>;
  /** keyed by topic tag; scored questions only */
  byTopic: Record<string, Tally>;
}

/** What the estimate needs from an exam profile. */
export type ScaleFacts = Pick<ExamProfile, 'passingScore' | 'scale'>;

/** Used when an attempt has no exam (practice across exams): the associate exams' figures. */
export const defaultScale: ScaleFacts = { passingScore: 720, scale: [100, 1000] };

/**
 * The percent correct we ASSUME is needed to pass. AWS does not publish how raw results map to
 * scaled scores (it equates exam forms of different difficulty), so we assume the passing score
 * sits at the same fraction of the scale's top: 720 of 1000 → 72%, 750 → 75%.
 */
export function assumedPassPercent(exam: ScaleFacts): number {
  return (exam.passingScore / exam.scale[1]) * 100;
}

/**
 * An ESTIMATE of the scaled score: a piecewise-linear map of percent correct on scored items
 * through three anchors: 0% → scale minimum (100), the assumed passing percent → the passing
 * score, 100% → scale maximum (1000). With 720 of 1000 that is 100 + 620·p/72 below 72%, and
 * exactly 10·p above. Rounded to a whole point. Not AWS's method, which is not public.
 */
export function estimateScaledScore(percent: number, exam: ScaleFacts = defaultScale): number {
  const [min, max] = exam.scale;
  const pass = exam.passingScore;
  const p = Math.max(0, Math.min(100, percent));
  const anchor = assumedPassPercent(exam);
  const score =
    p <= anchor
      ? min + ((pass - min) * p) / anchor
      : pass + ((max - pass) * (p - anchor)) / (100 - anchor);
  return Math.round(score);
}

/** The question's domain tag for `examId` (first one), or null when it is not tagged for it. */
export function domainFor(question: Question, examId: string): string | null {
  return question.exams.find((tag) => tag.startsWith(`${examId}:`)) ?? null;
}

function bump(map: Record<string, Tally>, key: string, right: boolean): void {
  const t = (map[key] ??= { correct: 0, total: 0 });
  t.total += 1;
  if (right) t.correct += 1;
}

export interface ScoreInput {
  questions: readonly Question[];
  responses: Readonly<Record<string, unknown>>;
  /** ids that do not count, as on the real exam */
  unscoredIds?: readonly string[];
  /** the exam profile (for the scale and which domain tag counts); null for mixed practice */
  exam?: (ScaleFacts & { id: string }) | null;
}

/**
 * Scores an attempt. Unanswered questions count as wrong; every type is all-or-nothing
 * (isCorrect). Domains: for an exam, the question's tag for that exam; otherwise every tag.
 */
export function scoreAttempt({ questions, responses, unscoredIds = [], exam = null }: ScoreInput) {
  const unscored = new Set(unscoredIds);
  const byDomain: Record<string, Tally> = {};
  const byTopic: Record<string, Tally> = {};
  let scored = 0;
  let correct = 0;
  for (const q of questions) {
    if (unscored.has(q.id)) continue;
    const right = isCorrect(q, (responses[q.id] as Response | undefined) ?? null);
    scored += 1;
    if (right) correct += 1;
    const domains = exam ? [domainFor(q, exam.id)].filter((d) => d !== null) : q.exams;
    for (const d of domains) bump(byDomain, d, right);
    for (const t of q.topics) bump(byTopic, t, right);
  }
  const percent = scored === 0 ? 0 : Math.round((correct / scored) * 1000) / 10;
  const scale = exam ?? defaultScale;
  const scaledScore = estimateScaledScore(percent, scale);
  const result: AttemptResult = {
    scored,
    correct,
    percent,
    scaledScore,
    passed: scored > 0 && scaledScore >= scale.passingScore,
    byDomain,
    byTopic,
  };
  return result;
}
