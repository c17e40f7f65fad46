import type { Question } from '../../content/schema';
import { hashString, shuffled } from '../../lib/random';
import type { Response } from '../../lib/scoring';

/** The order options (or ordering items) are shown in, the same as QuestionCard shows them. */
export function displayOrder(question: Question, seed: number): string[] {
  const s = seed ^ hashString(question.id);
  if (question.type === 'ordering') return shuffled(question.items, s).map((i) => i.id);
  return shuffled(question.options, s).map((o) => o.id);
}

/** A, B, C … for the n-th option shown (0-based). */
export function letter(index: number): string {
  return String.fromCharCode(65 + index);
}

/** Text of an option, item or prompt id. */
function textOf(question: Question, id: string): string {
  if (question.type === 'ordering') return question.items.find((i) => i.id === id)?.text ?? id;
  return question.options.find((o) => o.id === id)?.text ?? id;
}

/**
 * A response in words, with the letters the handout and the projector use: "B, D",
 * "C → A → B" or "prompt: option; …". Untrusted ids that the question lacks are shown as typed.
 */
export function describeResponse(
  question: Question,
  response: Response | null,
  seed: number,
): string {
  if (response === null) return '(no answer)';
  const order = displayOrder(question, seed);
  const labelOf = (id: string) => {
    const i = order.indexOf(id);
    return i < 0 ? id : letter(i);
  };
  if (Array.isArray(response)) {
    if (response.length === 0) return '(no answer)';
    if (question.type === 'ordering') return response.map(labelOf).join(' → ');
    return [...response].map(labelOf).sort().join(', ');
  }
  if (question.type !== 'matching') return '(not an answer to this question)';
  return question.prompts
    .map((p) => `${p.text}: ${response[p.id] ? labelOf(response[p.id] ?? '') : '—'}`)
    .join('; ');
}

/** The right answer in the same words. */
export function describeAnswer(question: Question, seed: number): string {
  return describeResponse(question, question.answer, seed);
}

/** The right answer spelled out with option text, for answer keys. */
export function answerWithText(question: Question, seed: number): string[] {
  const order = displayOrder(question, seed);
  const withLetter = (id: string) => `${letter(order.indexOf(id))}. ${textOf(question, id)}`;
  if (question.type === 'matching')
    return question.prompts.map((p) => `${p.text} → ${withLetter(question.answer[p.id] ?? '')}`);
  if (question.type === 'ordering')
    return question.answer.map((id, i) => `${i + 1}. ${textOf(question, id)}`);
  return question.answer.map(withLetter);
}

/** A key that is the same for equal responses (option sets compare unordered). */
export function responseKey(question: Question, response: Response | null): string {
  if (response === null) return '';
  if (Array.isArray(response))
    return question.type === 'ordering' ? response.join('>') : [...response].sort().join(',');
  return Object.keys(response)
    .sort()
    .map((k) => `${k}=${response[k] ?? ''}`)
    .join(';');
}

/** The first words of a stem, for tables. */
export function shortStem(question: Question, max = 90): string {
  const text = question.stem.replace(/[`*]/g, '').replace(/\s+/g, ' ').trim();
  return text.length > max ? `${text.slice(0, max - 1)}…` : text;
}
