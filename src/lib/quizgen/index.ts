/**
 * Generated policy-evaluation questions: endless and reproducible. The same kind and seed always
 * give the same question (id `gen-<kind>-<seed>`), whose answer the policy engine computed and
 * whose explanation is rendered from the engine's trace. Pure TypeScript: no DOM, no storage.
 */
import { hashString } from '../random';
import { allowedDecisions, draftAllowed } from './allowedQuestion';
import { draftBlocks } from './blocksQuestion';
import { draftBoundary } from './boundaryQuestion';
import {
  finish,
  generatorKinds,
  type Draft,
  type GeneratedQuestion,
  type GeneratorKind,
} from './common';
import { draftDecides } from './decidesQuestion';
import { draftPattern } from './patternQuestion';
import { createRng, type Rng } from './rng';

export { generatorKinds, type GeneratedQuestion, type GeneratorKind } from './common';

export const generatorLabels: Record<GeneratorKind, string> = {
  allowed: 'Is this request allowed?',
  decides: 'Which statement decides?',
  blocks: 'Which policy type blocks this request?',
  pattern: 'Which resources does this pattern match?',
  boundary: 'Effective permissions after a boundary',
};

const MAX_TRIES = 2000;

function drafter(kind: GeneratorKind, rng: Rng): () => Draft | null {
  switch (kind) {
    case 'allowed': {
      const want = rng.pick(allowedDecisions);
      return () => draftAllowed(rng, want);
    }
    case 'decides': {
      const want = rng.pick(allowedDecisions);
      return () => draftDecides(rng, want);
    }
    case 'blocks': {
      const multiple = rng.chance(0.35);
      return () => draftBlocks(rng, multiple);
    }
    case 'pattern': {
      const multiple = rng.chance(0.5);
      return () => draftPattern(rng, multiple);
    }
    case 'boundary': {
      const multiple = rng.chance(0.6);
      return () => draftBoundary(rng, multiple);
    }
  }
}

/** The question of `kind` for `seed` (always the same question for the same pair). */
export function generateQuestion(kind: GeneratorKind, seed: number): GeneratedQuestion {
  const rng = createRng((seed >>> 0) ^ hashString(kind));
  const next = drafter(kind, rng);
  for (let i = 0; i < MAX_TRIES; i += 1) {
    const draft = next();
    if (draft) return finish(kind, seed, draft, rng);
  }
  throw new Error(`quizgen: no ${kind} question found for seed ${seed}`);
}

/** `count` questions from `seed`, cycling through `kinds` (all kinds by default). */
export function generateQuestions(
  count: number,
  seed: number,
  kinds: readonly GeneratorKind[] = generatorKinds,
): GeneratedQuestion[] {
  const rng = createRng(seed >>> 0);
  const out: GeneratedQuestion[] = [];
  for (let i = 0; i < count; i += 1) {
    const kind = kinds[i % kinds.length] as GeneratorKind;
    out.push(generateQuestion(kind, Math.floor(rng.next() * 2 ** 32)));
  }
  return out;
}

const idPattern = /^gen-([a-z]+)-(\d+)$/;

export function isGeneratedId(id: string): boolean {
  return idPattern.test(id);
}

/** Rebuilds a generated question from its id, or null when the id is not a generated one. */
export function generatedQuestionById(id: string): GeneratedQuestion | null {
  const match = idPattern.exec(id);
  if (!match) return null;
  const kind = match[1] as GeneratorKind;
  const seed = Number(match[2]);
  if (!generatorKinds.includes(kind) || !Number.isSafeInteger(seed) || seed >= 2 ** 32) return null;
  try {
    return generateQuestion(kind, seed);
  } catch {
    return null;
  }
}
