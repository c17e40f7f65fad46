/** Shared parts of every generated question: ids, metadata and the final Question object. */
import type { Question } from '../../content/schema';
import type { Topic } from '../../content/vocabulary';
import type { Scenario } from '../../engine/index';
import type { Rng } from './rng';
import type { BuiltScenario } from './scenarios';

export const generatorKinds = ['allowed', 'decides', 'blocks', 'pattern', 'boundary'] as const;
export type GeneratorKind = (typeof generatorKinds)[number];

/** A generated question: a valid bank Question that always carries its scenario. */
export type GeneratedQuestion = Extract<Question, { type: 'single' | 'multiple' }> & {
  scenario: Record<string, unknown>;
};

export interface DraftOption {
  text: string;
  why: string;
  correct: boolean;
}

export interface Draft {
  stem: string;
  policies?: { label: string; document: Record<string, unknown> }[];
  options: DraftOption[];
  explanation: string;
  topics: Topic[];
  difficulty: 'easy' | 'medium' | 'hard';
  references: string[];
  scenario: Scenario;
}

/** Every generated question tests the IAM domain of each exam the bank serves. */
export const generatedExams = ['scs-c03:4', 'saa-c03:1', 'dva-c02:2', 'soa-c03:security'];

export const code = (text: string) => `\`${text.replace(/`/g, "'")}\``;

export function generatedId(kind: GeneratorKind, seed: number): string {
  return `gen-${kind}-${seed >>> 0}`;
}

/** The request in words, as paragraphs of the stem. */
export function requestText(built: BuiltScenario): string {
  const r = built.scenario.request;
  const context = Object.entries(r.context ?? {})
    .map(([k, v]) => `${code(k)} = ${code(String(v))}`)
    .join(', ');
  return [
    `**Caller:** ${built.caller.description}, ${code(r.principal)}.`,
    `**Action:** ${code(r.action)}. **Resource:** ${code(r.resource)} (account ${r.resourceAccount}).`,
    `**Request context:** ${context}.`,
  ].join('\n\n');
}

export function difficultyFor(types: number, conditions: boolean): Draft['difficulty'] {
  const score = types + (conditions ? 1 : 0);
  return score <= 2 ? 'easy' : score <= 3 ? 'medium' : 'hard';
}

/** Options in a seeded order with ids a, b, c…; single when one of four is right. */
export function finish(
  kind: GeneratorKind,
  seed: number,
  draft: Draft,
  rng: Rng,
): GeneratedQuestion {
  const options = rng.shuffle(draft.options).map((o, i) => ({ ...o, id: 'abcdefgh'.charAt(i) }));
  const answer = options.filter((o) => o.correct).map((o) => o.id);
  const single = options.length === 4 && answer.length === 1;
  if (!single && !(options.length >= 5 && answer.length >= 2 && answer.length <= 3))
    throw new Error(`${kind}: ${options.length} options with ${answer.length} right`);
  const base = {
    id: generatedId(kind, seed),
    stem: draft.stem,
    ...(draft.policies ? { policies: draft.policies } : {}),
    options: options.map(({ id, text, why }) => ({ id, text, why })),
    answer,
    explanation: draft.explanation,
    topics: [...new Set(draft.topics)],
    exams: generatedExams,
    difficulty: draft.difficulty,
    references: [...new Set(draft.references)],
    scenario: draft.scenario as unknown as Record<string, unknown>,
  };
  return single ? { ...base, type: 'single' } : { ...base, type: 'multiple' };
}
