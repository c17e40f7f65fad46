/** Evaluates a resolved request, step by step, with any simulate function (worker or in-process). */
import type { Decision, SimulationResult, Scenario } from '../../engine/index';
import type { QueryOutcome, SimulateJobsFn } from '../engineJobs.ts';
import type { Resolution, ResolvedStep } from './resolve';

export type SimulateFn = (
  scenario: Scenario,
  explain: boolean,
) => Promise<SimulationResult> | SimulationResult;

export interface StepOutcome {
  step: ResolvedStep;
  /** null when the step was blocked before evaluation, or not reached */
  result: SimulationResult | null;
  allowed: boolean;
}

/** The overall answer: the request's decision, or why it never happened. */
export type Verdict = Decision | 'error' | 'notReached';

export interface Answer {
  outcomes: StepOutcome[];
  verdict: Verdict;
  /** the final request's own result (evaluated even when an assume step fails) */
  final: SimulationResult | null;
}

const allowedResult = (r: SimulationResult | null) =>
  r !== null && 'decision' in r && r.decision === 'allowed';

/** Evaluates every step; the verdict is the request's decision if every earlier step allowed. */
export async function evaluateResolution(
  res: Resolution,
  simulate: SimulateFn,
  explain = true,
): Promise<Answer> {
  const results: (SimulationResult | null)[] = [];
  for (const step of res.steps)
    results.push(evaluated(step) ? await simulate(step.scenario, explain) : null);
  return answerOf(res, results);
}

/**
 * Evaluates many resolutions with one batch (one worker message): each step's scenario is a
 * job of its own, and every answer is the one evaluateResolution gives. A job the engine
 * could not run reads as an engine error of that step.
 */
export async function evaluateResolutions(
  list: readonly Resolution[],
  simulateJobs: SimulateJobsFn,
  explain = true,
): Promise<Answer[]> {
  const steps = list.flatMap((res) => res.steps.filter(evaluated));
  const outcomes = await simulateJobs(
    steps.map((step) => ({ scenario: step.scenario })),
    explain,
  );
  let next = 0;
  return list.map((res) =>
    answerOf(
      res,
      res.steps.map((step) => (evaluated(step) ? asResult(outcomes[next++]?.[0]) : null)),
    ),
  );
}

/** Steps the engine decides: not blocked before evaluation, and with a scenario. */
function evaluated(step: ResolvedStep): step is ResolvedStep & { scenario: Scenario } {
  return !step.blocked && step.scenario !== undefined;
}

function asResult(outcome: QueryOutcome | undefined): SimulationResult {
  if (outcome && !('failure' in outcome)) return outcome;
  const message = outcome?.failure ?? 'the engine gave no answer';
  return { error: { code: 'engine-failure', message: `the engine failed: ${message}`, path: '' } };
}

function answerOf(res: Resolution, results: readonly (SimulationResult | null)[]): Answer {
  const outcomes = res.steps.map((step, i): StepOutcome => {
    const result = results[i] ?? null;
    return {
      step,
      result,
      allowed: !step.blocked && (step.scenario ? allowedResult(result) : true),
    };
  });
  const last = outcomes.at(-1);
  const final = last?.result ?? null;
  const before = outcomes.slice(0, -1);
  let verdict: Verdict;
  if (before.some((o) => !o.allowed)) verdict = 'notReached';
  else if (!final || 'error' in final) verdict = 'error';
  else verdict = final.decision;
  return { outcomes, verdict, final };
}

/** True when the verdict matches an expectation (`denied` = either kind of deny). */
export function verdictMatches(
  verdict: Verdict,
  expected: 'allowed' | 'denied' | Decision,
): boolean {
  if (expected === 'denied')
    return verdict === 'explicitDeny' || verdict === 'implicitDeny' || verdict === 'notReached';
  return verdict === expected;
}
