import type { Question } from '../content/schema';

/** What a learner answered: option ids (single, multiple), item order, or prompt → option. */
export type Response = string[] | Record<string, string>;

/**
 * Scores one response. Every type is all-or-nothing, as on AWS exams: a multiple-response
 * question needs exactly the right set, a matching question every pair, an ordering question
 * the whole sequence.
 */
export function isCorrect(question: Question, response: Response | null): boolean {
  if (response === null) return false;
  switch (question.type) {
    case 'single':
    case 'multiple': {
      if (!Array.isArray(response)) return false;
      const want = new Set(question.answer);
      return (
        response.length === want.size &&
        new Set(response).size === want.size &&
        response.every((r) => want.has(r))
      );
    }
    case 'ordering':
      return (
        Array.isArray(response) &&
        response.length === question.answer.length &&
        response.every((r, i) => r === question.answer[i])
      );
    case 'matching': {
      if (Array.isArray(response)) return false;
      const prompts = Object.keys(question.answer);
      return (
        prompts.length === Object.keys(response).length &&
        prompts.every((p) => response[p] === question.answer[p])
      );
    }
  }
}

/** How many options the learner must choose (single and multiple response). */
export function expectedChoices(question: Question): number {
  return question.type === 'single' || question.type === 'multiple' ? question.answer.length : 0;
}
