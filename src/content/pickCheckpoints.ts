import type { Question } from './schema';
import { hashString } from '../lib/random.ts';

/**
 * Chooses a lesson's checkpoint questions: stand-alone questions whose main topic is the
 * lesson's main topic come first, then those sharing most topics; ties are broken by a hash
 * of lesson and question id, so every learner sees the same stable set.
 */
export function pickCheckpointQuestions(
  bank: Question[],
  lessonId: string,
  topics: string[],
  count = 4,
): Question[] {
  const lessonTopics = new Set(topics);
  const scored = bank
    .filter((q) => !q.caseStudy)
    .map((q) => {
      const shared = q.topics.filter((t) => lessonTopics.has(t)).length;
      const main = q.topics[0] === topics[0] ? 10 : 0;
      return { q, score: shared === 0 ? 0 : main + shared, tie: hashString(`${lessonId}:${q.id}`) };
    })
    .filter((s) => s.score > 0)
    .sort((a, b) => b.score - a.score || a.tie - b.tie);
  return scored.slice(0, count).map((s) => s.q);
}
