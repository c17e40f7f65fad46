/**
 * User Timing for the interaction budgets. A start is noted when the learner acts (a keystroke
 * in a policy, "Next question") and a `performance.measure` is recorded once the answer has
 * been committed to the DOM. `npm run bench:ui` collects the measures in Chromium.
 *
 * Nothing here throws, and where `performance` is missing nothing is recorded.
 */
export const interactions = {
  /** a change to a policy's text → the new decision committed to the DOM */
  playgroundEval: 'lp:playground-eval',
  /** "Next question" → the next question committed to the DOM */
  quizNext: 'lp:quiz-next',
} as const;

export type Interaction = (typeof interactions)[keyof typeof interactions];

/** Measures of one name are cleared after this many, so a long session holds few entries. */
const keepAtMost = 500;

const pending = new Map<Interaction, number>();
const recorded = new Map<Interaction, number>();

function timing(): Performance | null {
  return typeof performance === 'object' && performance !== null ? performance : null;
}

function now(): number | undefined {
  try {
    return timing()?.now();
  } catch {
    return undefined;
  }
}

/** Notes that the learner just acted; a newer start replaces one not yet measured. */
export function startInteraction(name: Interaction): void {
  const at = now();
  if (at !== undefined) pending.set(name, at);
}

/** Takes the unmeasured start of an interaction (so it is measured once), if there is one. */
export function takeInteraction(name: Interaction): number | undefined {
  const at = pending.get(name);
  pending.delete(name);
  return at;
}

/** Records a measure named `name` from `start` (by default its pending start) to now. */
export function endInteraction(
  name: Interaction,
  start: number | undefined = takeInteraction(name),
): void {
  const p = timing();
  const end = now();
  if (!p || start === undefined || end === undefined) return;
  try {
    p.measure(name, { start, end });
    const count = (recorded.get(name) ?? 0) + 1;
    recorded.set(name, count % keepAtMost);
    if (count >= keepAtMost) p.clearMeasures(name);
  } catch {
    // User Timing unsupported or refused: the app works the same without it
  }
}
