import type { Question } from '../../../content/schema';
import { contentDigest, newSeed, newToken } from '../../../lib/pack/packUtils';
import { PACK_KIND, packSchema, type Pack } from '../../../lib/pack/schema';
import { shuffled } from '../../../lib/random';
import { scoringShape } from '../packContent';

export type Difficulty = Question['difficulty'];
export const difficulties: readonly Difficulty[] = ['easy', 'medium', 'hard'];

export interface QuestionFilter {
  /** empty: every topic */
  topics: readonly string[];
  /** empty: every difficulty */
  difficulties: readonly Difficulty[];
  count: number;
  seed: number;
}

/** Questions that match the filter, in the bank's order. */
export function matchingQuestions(bank: readonly Question[], filter: QuestionFilter): Question[] {
  return bank.filter(
    (q) =>
      (filter.topics.length === 0 || q.topics.some((t) => filter.topics.includes(t))) &&
      (filter.difficulties.length === 0 || filter.difficulties.includes(q.difficulty)),
  );
}

/** `count` matching questions, drawn with the seed (the same seed draws the same ones). */
export function pickByFilter(bank: readonly Question[], filter: QuestionFilter): Question[] {
  return shuffled(matchingQuestions(bank, filter), filter.seed).slice(0, Math.max(0, filter.count));
}

export interface PackInput {
  title: string;
  lessons: string[];
  questions: readonly Question[];
  challenges: string[];
  timeLimitMinutes: number | null;
  reveal: Pack['reveal'];
  source: Pack['source'];
}

/**
 * A new pack with a fresh id and option-order seed. Validated before it is returned, so the
 * builder can never hand out a pack that a student's copy would refuse.
 */
export function makePack(input: PackInput, now: number): Pack {
  return packSchema.parse({
    kind: PACK_KIND,
    version: 1,
    id: newToken(12),
    title: input.title.trim(),
    createdAt: now,
    lessons: input.lessons,
    questions: input.questions.map((q) => q.id),
    challenges: input.challenges,
    timeLimitMinutes: input.timeLimitMinutes,
    reveal: input.reveal,
    seed: newSeed(),
    source: input.source,
    contentDigest: contentDigest(scoringShape(input.questions)),
  });
}
