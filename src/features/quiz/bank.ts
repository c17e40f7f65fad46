/** The question bank and exam profiles as the quiz uses them, plus generated questions by id. */
import { caseStudies, questions } from 'virtual:lp-content/questions';
import { exams } from 'virtual:lp-content/exams';
import type { ExamProfile, Question } from '../../content/schema';
import { generatedQuestionById, isGeneratedId } from '../../lib/quizgen/index';

export const bank: readonly Question[] = questions;
export const examProfiles: readonly ExamProfile[] = exams;

const byId = new Map<string, Question>(bank.map((q) => [q.id, q]));
const caseById = new Map(caseStudies.map((c) => [c.id, c]));

/** A bank question, or a generated one rebuilt from its id (cached); null when unknown. */
export function findQuestion(id: string): Question | null {
  const known = byId.get(id);
  if (known) return known;
  if (!isGeneratedId(id)) return null;
  const generated = generatedQuestionById(id);
  if (generated) byId.set(id, generated);
  return generated;
}

export function caseStudyFor(question: Question) {
  return question.caseStudy ? caseById.get(question.caseStudy) : undefined;
}

export function examById(id: string | null): ExamProfile | null {
  return examProfiles.find((e) => e.id === id) ?? null;
}

/** A fresh random seed for a new attempt (shuffles are then replayed from it). */
export function newSeed(): number {
  return crypto.getRandomValues(new Uint32Array(1))[0] ?? 1;
}
