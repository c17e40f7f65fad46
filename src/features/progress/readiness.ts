// Readiness per exam: an estimated scaled score from recent exam simulations (full weight per
// scored question) and practice on the exam's questions (half weight: feedback and repeats make
// practice look better than an exam), with an 80% interval, the chance of passing, and the
// topics whose study would raise the score most. The bank covers IAM only, so this estimates a
// simulation of the exam built from IAM questions, not the whole AWS exam.
import { z } from '../../lib/zod';
import { assumedPassPercent, estimateScaledScore } from '../../lib/examScore';
import { addEvidence, dayMs, estimate, type Evidence, type Mastery } from './mastery';

const tally = z.object({ correct: z.number(), total: z.number() });
export const examResultSchema = z.object({
  scored: z.number().int().min(0),
  correct: z.number().int().min(0),
  percent: z.number(),
  scaledScore: z.number(),
  passed: z.boolean(),
  byDomain: z.record(z.string(), tally).default({}),
  byTopic: z.record(z.string(), tally).default({}),
});
export type ExamResult = z.infer<typeof examResultSchema>;

/** The fields of an attempt that readiness needs. */
export interface AttemptFact {
  id: string;
  mode: string;
  status: string;
  examId: string | null;
  submittedAt: number | null;
  result: unknown;
}

export interface Simulation extends ExamResult {
  attemptId: string;
  examId: string;
  submittedAt: number;
}

export interface ExamFact {
  id: string;
  name: string;
  code: string;
  passingScore: number;
  scale: [number, number];
  domains: { id: string; name: string; weight?: number | null | undefined }[];
}

export type Verdict = 'no-evidence' | 'too-little' | 'not-yet' | 'borderline' | 'likely-pass';

export interface StudyNext {
  topic: string;
  /** the topic's share of this exam's questions (0–1) */
  share: number;
  mastery: number | null;
}

export interface Readiness {
  exam: ExamFact;
  estimate: number | null;
  low: number | null;
  high: number | null;
  passProbability: number | null;
  verdict: Verdict;
  simulations: Simulation[];
  practiceAnswers: number;
  /** effective number of questions the estimate rests on */
  evidence: number;
  studyNext: StudyNext[];
}

/** Below this much evidence (effective questions) no verdict is given. */
export const minEvidence = 15;
const practiceFactor = 0.5;
const recentSimulations = 5;

/** Submitted exam simulations with a readable result, newest first. */
export function simulationsFrom(attempts: readonly AttemptFact[]): Simulation[] {
  const out: Simulation[] = [];
  for (const a of attempts) {
    if (a.mode !== 'exam' || a.status !== 'submitted' || !a.examId || a.submittedAt === null)
      continue;
    const parsed = examResultSchema.safeParse(a.result);
    if (!parsed.success || parsed.data.scored === 0) continue;
    out.push({ ...parsed.data, attemptId: a.id, examId: a.examId, submittedAt: a.submittedAt });
  }
  return out.sort((x, y) => y.submittedAt - x.submittedAt);
}

/** Maps a proportion correct onto the exam's scale exactly as quiz results do. */
export function toScaled(p: number, exam: Pick<ExamFact, 'scale' | 'passingScore'>): number {
  return estimateScaledScore(Math.max(0, Math.min(1, p)) * 100, exam);
}

/** The proportion correct assumed to reach the passing score (see src/lib/examScore.ts). */
export function passProportion(exam: Pick<ExamFact, 'scale' | 'passingScore'>): number {
  return assumedPassPercent(exam) / 100;
}

/** Standard normal cumulative distribution (Abramowitz–Stegun 26.2.17, error < 1e-7). */
export function normalCdf(x: number): number {
  const t = 1 / (1 + 0.2316419 * Math.abs(x));
  const d = 0.3989422804014327 * Math.exp((-x * x) / 2);
  const tail =
    d *
    t *
    (0.31938153 + t * (-0.356563782 + t * (1.781477937 + t * (-1.821255978 + t * 1.330274429))));
  return x >= 0 ? 1 - tail : tail;
}

export interface ReadinessInput {
  exam: ExamFact;
  /** decayed evidence per question, practice only (exam-simulation answers left out) */
  practice: ReadonlyMap<string, Evidence>;
  /** ids of the questions that belong to this exam, with their topics */
  examQuestions: ReadonlyMap<string, readonly string[]>;
  simulations: readonly Simulation[];
  topicMastery: ReadonlyMap<string, Mastery>;
  now: number;
  halfLifeDays?: number;
}

export function readinessFor(input: ReadinessInput): Readiness {
  const { exam, now } = input;
  const total: Evidence = {
    weight: 0,
    correctWeight: 0,
    answers: 0,
    correct: 0,
    lastAnsweredAt: null,
  };
  let practiceAnswers = 0;
  for (const [questionId, e] of input.practice) {
    if (!input.examQuestions.has(questionId)) continue;
    addEvidence(total, e, practiceFactor);
    practiceAnswers += e.answers;
  }
  const sims = input.simulations.filter((s) => s.examId === exam.id).slice(0, recentSimulations);
  const halfLife = (input.halfLifeDays ?? 21) * dayMs;
  for (const s of sims) {
    const w = Math.exp((-Math.LN2 / halfLife) * Math.max(0, now - s.submittedAt));
    total.weight += s.scored * w;
    total.correctWeight += s.correct * w;
  }

  const studyNext = studyNextFor(input);
  const base = { exam, simulations: sims, practiceAnswers, evidence: total.weight, studyNext };
  if (practiceAnswers === 0 && sims.length === 0)
    return {
      ...base,
      estimate: null,
      low: null,
      high: null,
      passProbability: null,
      verdict: 'no-evidence',
    };

  const { score } = estimate(total.weight, total.correctWeight);
  const sd = Math.sqrt((score * (1 - score)) / (total.weight + 3));
  const z80 = 1.2816;
  const passP = passProportion(exam);
  const passProbability = 1 - normalCdf((passP - score) / sd);
  const low = toScaled(score - z80 * sd, exam);
  const high = toScaled(score + z80 * sd, exam);
  const verdict: Verdict =
    total.weight < minEvidence
      ? 'too-little'
      : low >= exam.passingScore
        ? 'likely-pass'
        : high < exam.passingScore
          ? 'not-yet'
          : 'borderline';
  return { ...base, estimate: toScaled(score, exam), low, high, passProbability, verdict };
}

/**
 * The three topics where study pays most for this exam: the topic's share of the exam's
 * questions times what is left to learn (an unstarted topic counts as half known).
 */
function studyNextFor(input: ReadinessInput): StudyNext[] {
  const counts = new Map<string, number>();
  for (const topics of input.examQuestions.values())
    for (const t of topics) counts.set(t, (counts.get(t) ?? 0) + 1);
  const n = input.examQuestions.size || 1;
  return [...counts]
    .map(([topic, c]) => {
      const mastery = input.topicMastery.get(topic)?.score ?? null;
      return { topic, share: c / n, mastery, gain: (c / n) * (1 - (mastery ?? 0.5)) };
    })
    .sort((a, b) => b.gain - a.gain || a.topic.localeCompare(b.topic))
    .slice(0, 3)
    .map(({ topic, share, mastery }) => ({ topic, share, mastery }));
}
