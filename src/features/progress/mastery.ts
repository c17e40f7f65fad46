// Mastery: how likely the learner is to answer a question on a topic (or exam domain) right
// today. Each answer counts less as it ages (half-life), a question answered many times counts
// at most `perQuestionCap` answers, and a Beta(1, 1) prior keeps a handful of answers from
// claiming certainty. The interval says how sure the estimate is.

export const dayMs = 24 * 60 * 60 * 1000;

/** The fields of a stored answer that mastery needs. */
export interface AnswerFact {
  questionId: string;
  attemptId: string;
  correct: boolean;
  msTaken: number;
  answeredAt: number;
}

export interface MasteryOptions {
  now: number;
  /** an answer this many days old counts half (default 21) */
  halfLifeDays?: number;
  /** the most one question can weigh, in fresh answers (default 2) */
  perQuestionCap?: number;
}

/** Decayed evidence about one question or group of questions. */
export interface Evidence {
  /** sum of answer weights (fresh answers weigh 1) */
  weight: number;
  /** sum of the weights of correct answers */
  correctWeight: number;
  answers: number;
  correct: number;
  lastAnsweredAt: number | null;
}

export type MasteryLevel = 'not-started' | 'needs-work' | 'getting-there' | 'strong';

export interface Mastery extends Evidence {
  key: string;
  /** estimated chance of a right answer now (0–1), null when never answered */
  score: number | null;
  /** a 90% interval around score */
  low: number;
  high: number;
  level: MasteryLevel;
}

export const masteryLevelLabels: Record<MasteryLevel, string> = {
  'not-started': 'Not started',
  'needs-work': 'Needs work',
  'getting-there': 'Getting there',
  strong: 'Strong',
};

const emptyEvidence = (): Evidence => ({
  weight: 0,
  correctWeight: 0,
  answers: 0,
  correct: 0,
  lastAnsweredAt: null,
});

function accumulate(map: Map<string, Evidence>, a: AnswerFact, w: number): void {
  let e = map.get(a.questionId);
  if (!e) {
    e = emptyEvidence();
    map.set(a.questionId, e);
  }
  e.weight += w;
  e.answers += 1;
  if (a.correct) {
    e.correctWeight += w;
    e.correct += 1;
  }
  if (e.lastAnsweredAt === null || a.answeredAt > e.lastAnsweredAt) e.lastAnsweredAt = a.answeredAt;
}

function capWeights(map: Map<string, Evidence>, cap: number): Map<string, Evidence> {
  for (const e of map.values()) {
    if (e.weight > cap) {
      e.correctWeight *= cap / e.weight;
      e.weight = cap;
    }
  }
  return map;
}

/**
 * Sums decayed, capped evidence per question in one pass over the answers: for all answers,
 * and (when `exclude` is given) for the answers it does not exclude.
 */
export function evidenceByQuestionSplit(
  answers: readonly AnswerFact[],
  options: MasteryOptions,
  exclude: ((a: AnswerFact) => boolean) | null,
): { all: Map<string, Evidence>; kept: Map<string, Evidence> } {
  const halfLife = (options.halfLifeDays ?? 21) * dayMs;
  const cap = options.perQuestionCap ?? 2;
  const decay = Math.LN2 / halfLife;
  const all = new Map<string, Evidence>();
  const kept = exclude ? new Map<string, Evidence>() : all;
  for (const a of answers) {
    const w = Math.exp(-decay * Math.max(0, options.now - a.answeredAt));
    accumulate(all, a, w);
    if (exclude && !exclude(a)) accumulate(kept, a, w);
  }
  capWeights(all, cap);
  if (kept !== all) capWeights(kept, cap);
  return { all, kept };
}

/** Sums decayed, capped evidence per question in one pass over the answers. */
export function evidenceByQuestion(
  answers: readonly AnswerFact[],
  options: MasteryOptions,
): Map<string, Evidence> {
  return evidenceByQuestionSplit(answers, options, null).all;
}

/** Adds evidence b into a. */
export function addEvidence(a: Evidence, b: Evidence, factor = 1): void {
  a.weight += b.weight * factor;
  a.correctWeight += b.correctWeight * factor;
  a.answers += b.answers;
  a.correct += b.correct;
  if (
    b.lastAnsweredAt !== null &&
    (a.lastAnsweredAt === null || b.lastAnsweredAt > a.lastAnsweredAt)
  )
    a.lastAnsweredAt = b.lastAnsweredAt;
}

/** The Beta(1, 1) posterior mean and a 90% normal-approximation interval. */
export function estimate(
  weight: number,
  correctWeight: number,
): {
  score: number;
  low: number;
  high: number;
} {
  const score = (1 + correctWeight) / (2 + weight);
  const sd = Math.sqrt((score * (1 - score)) / (weight + 3));
  return {
    score,
    low: Math.max(0, score - 1.645 * sd),
    high: Math.min(1, score + 1.645 * sd),
  };
}

/** Turns evidence into a mastery estimate with its level. */
export function masteryOf(key: string, e: Evidence): Mastery {
  if (e.answers === 0) return { key, ...e, score: null, low: 0, high: 1, level: 'not-started' };
  const { score, low, high } = estimate(e.weight, e.correctWeight);
  const level: MasteryLevel =
    score < 0.6 ? 'needs-work' : score >= 0.8 && e.weight >= 3 ? 'strong' : 'getting-there';
  return { key, ...e, score, low, high, level };
}

/**
 * Mastery per group (topic, exam domain, …): each question's evidence goes to every group
 * `groupsOf` returns for it. Groups listed in `keys` appear even with no answers.
 */
export function masteryByGroup(
  perQuestion: ReadonlyMap<string, Evidence>,
  groupsOf: (questionId: string) => readonly string[] | undefined,
  keys: readonly string[] = [],
): Map<string, Mastery> {
  const sums = new Map<string, Evidence>(keys.map((k) => [k, emptyEvidence()]));
  for (const [questionId, e] of perQuestion) {
    for (const group of groupsOf(questionId) ?? []) {
      let sum = sums.get(group);
      if (!sum) {
        sum = emptyEvidence();
        sums.set(group, sum);
      }
      addEvidence(sum, e);
    }
  }
  return new Map([...sums].map(([k, e]) => [k, masteryOf(k, e)]));
}
