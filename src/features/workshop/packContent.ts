import type { CaseStudy, Challenge, LessonMeta, Question } from '../../content/schema';
import type { Pack } from '../../lib/pack/schema';

/** Everything a pack can refer to, as this copy of the app has it. */
export interface WorkshopContent {
  lessons: LessonMeta[];
  questions: Question[];
  caseStudies: CaseStudy[];
  /** playground challenges (links to #/playground/challenge/<id>) */
  challenges: ChallengeInfo[];
}

/** What the workshop shows of a challenge. */
export type ChallengeInfo = Pick<Challenge, 'id' | 'title' | 'level' | 'order' | 'lessons'>;

/** A pack's questions resolved against this copy's question bank, in the pack's order. */
export interface ResolvedPack {
  pack: Pack;
  lessons: LessonMeta[];
  questions: Question[];
  /** ids this copy of the app does not have (an older or newer copy than the instructor's) */
  missing: string[];
  caseStudies: CaseStudy[];
  challenges: ChallengeInfo[];
}

/**
 * Resolves a pack's ids. `generate` rebuilds generated policy questions (`gen-<kind>-<seed>`);
 * it is passed in because the generator (and the engine under it) loads only when needed.
 */
export function resolvePack(
  pack: Pack,
  content: WorkshopContent,
  generate: (id: string) => Question | null = () => null,
): ResolvedPack {
  const byId = new Map(content.questions.map((q) => [q.id, q]));
  const lessonById = new Map(content.lessons.map((l) => [l.id, l]));
  const missing: string[] = [];
  const questions: Question[] = [];
  for (const id of pack.questions) {
    const q = byId.get(id) ?? generate(id);
    if (q) questions.push(q);
    else missing.push(id);
  }
  const lessons: LessonMeta[] = [];
  for (const id of pack.lessons) {
    const l = lessonById.get(id);
    if (l) lessons.push(l);
    else missing.push(id);
  }
  const challengeById = new Map(content.challenges.map((c) => [c.id, c]));
  const challenges: ChallengeInfo[] = [];
  for (const id of pack.challenges) {
    const c = challengeById.get(id);
    if (c) challenges.push(c);
    else missing.push(id);
  }
  return { pack, lessons, questions, missing, caseStudies: content.caseStudies, challenges };
}

/** The case study text a question refers to, if any. */
export function caseStudyText(
  content: { caseStudies: readonly CaseStudy[] },
  question: Question,
): string | undefined {
  if (!question.caseStudy) return undefined;
  const cs = content.caseStudies.find((c) => c.id === question.caseStudy);
  return cs ? `**${cs.title}**\n\n${cs.scenario}` : undefined;
}

/**
 * What decides scoring in each question (ids, type, options, answer), digested: two copies of
 * the app with the same digest score a result the same way. Wording fixes do not change it.
 */
export function scoringShape(questions: readonly Question[]): unknown[] {
  return questions.map((q) => ({
    id: q.id,
    type: q.type,
    answer: q.answer,
    choices:
      q.type === 'ordering'
        ? q.items.map((i) => i.id)
        : q.type === 'matching'
          ? [q.prompts.map((p) => p.id), q.options.map((o) => o.id)]
          : q.options.map((o) => o.id),
  }));
}
