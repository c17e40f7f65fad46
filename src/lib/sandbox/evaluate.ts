/** Evaluates a resolved request, step by step, with any simulate function (worker or in-process). */
import type { Decision, SimulationResult, Scenario } from '../../engine/index';
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
  const outcomes: StepOutcome[] = [];
  for (const step of res.steps) {
    const result = step.blocked || !step.scenario ? null : await simulate(step.scenario, explain);
    outcomes.push({
      step,
      result,
      allowed: !step.blocked && (step.scenario ? allowedResult(result) : true),
    });
  }
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
