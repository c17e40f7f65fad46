/**
 * Choosing questions: filters for practice, exam draws weighted by the profile's domains with
 * unscored items mixed in, topic drills that start with the weakest questions. All seeded, so the
 * same seed gives the same selection and order.
 */
import type { ExamProfile, Question } from '../../content/schema';
import { domainFor } from '../../lib/examScore';
import { hashString, shuffled } from '../../lib/random';

export interface Criteria {
  topics: readonly string[];
  examId: string | null;
  difficulties: readonly Question['difficulty'][];
  types: readonly Question['type'][];
}

export function matches(q: Question, c: Criteria): boolean {
  if (c.topics.length > 0 && !q.topics.some((t) => c.topics.includes(t))) return false;
  if (c.examId && !q.exams.some((e) => e.startsWith(`${c.examId}:`))) return false;
  if (c.difficulties.length > 0 && !c.difficulties.includes(q.difficulty)) return false;
  if (c.types.length > 0 && !c.types.includes(q.type)) return false;
  return true;
}

/**
 * Orders questions so that the questions of one case study sit together (in bank order), where
 * the first of them fell in the shuffle; others keep their shuffled place.
 */
export function groupCaseStudies(questions: readonly Question[], bankOrder: readonly Question[]) {
  const out: Question[] = [];
  const placed = new Set<string>();
  const chosen = new Set(questions.map((q) => q.id));
  for (const q of questions) {
    if (placed.has(q.id)) continue;
    const group = q.caseStudy
      ? bankOrder.filter((b) => b.caseStudy === q.caseStudy && chosen.has(b.id))
      : [q];
    for (const g of group) {
      out.push(g);
      placed.add(g.id);
    }
  }
  return out;
}

/** `count` questions matching the criteria, in a seeded order. */
export function pickPractice(bank: readonly Question[], c: Criteria, count: number, seed: number) {
  const pool = shuffled(
    bank.filter((q) => matches(q, c)),
    seed,
  ).slice(0, Math.max(0, count));
  return groupCaseStudies(pool, bank);
}

export interface ExamLength {
  count: number;
  scored: number;
  minutes: number;
}

/** The profile's full length, or a short form at the same pace (a fifth, at least 5 questions). */
export function examLength(profile: ExamProfile, short: boolean): ExamLength {
  if (!short) return { count: profile.questions, scored: profile.scored, minutes: profile.minutes };
  const count = Math.max(5, Math.round(profile.questions / 5));
  const scored = Math.max(1, Math.round((profile.scored * count) / profile.questions));
  return {
    count,
    scored,
    minutes: Math.max(1, Math.round((profile.minutes * count) / profile.questions)),
  };
}

/** Splits `total` over weights by largest remainder, never above each bucket's capacity. */
export function apportion(
  total: number,
  buckets: { weight: number; capacity: number }[],
): number[] {
  const out = buckets.map(() => 0);
  let left = total;
  for (let round = 0; round < 10 && left > 0; round += 1) {
    const open = buckets.map((b, i) => ({ ...b, i })).filter((b) => out[b.i]! < b.capacity);
    const weight = open.reduce((sum, b) => sum + b.weight, 0);
    if (open.length === 0) break;
    const shares = open.map((b) => ({
      i: b.i,
      exact: weight > 0 ? (left * b.weight) / weight : left / open.length,
    }));
    let given = 0;
    for (const s of shares) {
      const room = buckets[s.i]!.capacity - out[s.i]!;
      const add = Math.min(room, Math.floor(s.exact));
      out[s.i]! += add;
      given += add;
    }
    const byRemainder = [...shares].sort(
      (a, b) => b.exact - Math.floor(b.exact) - (a.exact - Math.floor(a.exact)),
    );
    for (const s of byRemainder) {
      if (given >= left) break;
      if (out[s.i]! < buckets[s.i]!.capacity) {
        out[s.i]! += 1;
        given += 1;
      }
    }
    left -= given;
  }
  return out;
}

export interface ExamDraw {
  questionIds: string[];
  unscoredIds: string[];
  /** planned questions per domain tag */
  perDomain: Record<string, number>;
  /** true when the bank has fewer eligible questions than the exam length */
  short: boolean;
}

/**
 * Draws an exam: questions tagged for the exam in the types it uses, split over its domains by
 * weight (renormalized over the domains the bank covers); `count - scored` of them, chosen at
 * random, are unscored, and nothing in the exam shows which.
 */
export function drawExam(
  bank: readonly Question[],
  profile: ExamProfile,
  length: ExamLength,
  seed: number,
): ExamDraw {
  const eligible = bank.filter(
    (q) => profile.types.includes(q.type) && domainFor(q, profile.id) !== null,
  );
  const byDomain = new Map<string, Question[]>();
  for (const q of shuffled(eligible, seed)) {
    const d = domainFor(q, profile.id) as string;
    byDomain.set(d, [...(byDomain.get(d) ?? []), q]);
  }
  const tags = [...byDomain.keys()].sort();
  const weightOf = (tag: string) =>
    profile.domains.find((d) => `${profile.id}:${d.id}` === tag)?.weight ?? 0;
  const counts = apportion(
    Math.min(length.count, eligible.length),
    tags.map((t) => ({ weight: weightOf(t), capacity: byDomain.get(t)?.length ?? 0 })),
  );
  const chosen: Question[] = [];
  const perDomain: Record<string, number> = {};
  tags.forEach((t, i) => {
    const n = counts[i] ?? 0;
    perDomain[t] = n;
    chosen.push(...(byDomain.get(t) ?? []).slice(0, n));
  });
  const ordered = groupCaseStudies(shuffled(chosen, seed ^ 0x9e3779b9), bank);
  const questionIds = ordered.map((q) => q.id);
  const unscoredCount = Math.max(0, Math.min(questionIds.length - 1, length.count - length.scored));
  const unscoredIds = shuffled(questionIds, seed ^ 0x85ebca6b).slice(0, unscoredCount);
  return { questionIds, unscoredIds, perDomain, short: questionIds.length < length.count };
}

export interface QuestionStats {
  answers: number;
  correct: number;
  lastCorrect: boolean | null;
}

/** A topic's questions, weakest first: never answered, then last missed, then lowest accuracy. */
export function pickDrill(
  bank: readonly Question[],
  topic: string,
  stats: ReadonlyMap<string, QuestionStats>,
  count: number,
  seed: number,
): Question[] {
  const rank = (q: Question) => {
    const s = stats.get(q.id);
    if (!s || s.answers === 0) return 0;
    if (s.lastCorrect === false) return 1;
    return 2 + s.correct / s.answers;
  };
  const pool = bank
    .filter((q) => (q.topics as readonly string[]).includes(topic))
    .map((q) => ({ q, r: rank(q), tie: hashString(`${seed}:${q.id}`) }))
    .sort((a, b) => a.r - b.r || a.tie - b.tie)
    .slice(0, count)
    .map((x) => x.q);
  return groupCaseStudies(pool, bank);
}
