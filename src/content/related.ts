// Links between lessons and playground challenges. There is one source: the `challenges:` list
// in each lesson's front matter. A challenge's lessons are derived from it (by the content
// loader at build time, and here for the challenge view), never written in the challenge file.
import type { Challenge, LessonMeta } from './schema.ts';

/** What a lesson shows of a challenge it links to (served as virtual:lp-content/challenge-summaries). */
export interface ChallengeSummary {
  id: string;
  title: string;
  level: Challenge['level'];
  goal: string;
}

export const challengeLevelLabels: Record<Challenge['level'], string> = {
  'first-steps': 'First steps',
  easy: 'Easy',
  medium: 'Medium',
  hard: 'Hard',
};

export function summarizeChallenge(c: Challenge): ChallengeSummary {
  return { id: c.id, title: c.title, level: c.level, goal: c.goal };
}

/** The challenges a lesson lists, in the lesson's order (unknown ids are skipped). */
export function challengesForLesson<T extends { id: string }>(
  lesson: Pick<LessonMeta, 'challenges'>,
  challenges: readonly T[],
): T[] {
  return (lesson.challenges ?? []).flatMap((id) => challenges.filter((c) => c.id === id));
}

/** The lessons whose front matter lists a challenge, in course order. */
export function lessonsForChallenge<T extends Pick<LessonMeta, 'challenges' | 'order'>>(
  challengeId: string,
  lessons: readonly T[],
): T[] {
  return lessons
    .filter((l) => l.challenges?.includes(challengeId))
    .sort((a, b) => a.order - b.order);
}
