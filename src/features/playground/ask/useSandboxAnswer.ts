import { evaluateScenario } from '../../../lib/engineClient';
import { interactions } from '../../../lib/perfMarks';
import { evaluateResolution, type Answer, type SimulateFn } from '../../../lib/sandbox/evaluate';
import { resolveRequest, type Resolution, type SandboxRequest } from '../../../lib/sandbox/resolve';
import type { Organization } from '../../../lib/sandbox/schema';
import { useLatestAsync } from '../../../lib/useLatestAsync';

/** Evaluates in the engine's Web Worker. */
export const workerSimulate: SimulateFn = (scenario, explain) =>
  evaluateScenario(scenario, explain);

export interface SandboxAnswer {
  resolution: Resolution;
  answer: Answer;
}

/** Resolves and evaluates the request after every change to it or to the sandbox. */
export function useSandboxAnswer(
  org: Organization,
  request: SandboxRequest,
): { current: SandboxAnswer | null; failure: string | null } {
  const { value, failure } = useLatestAsync(
    async () => {
      const resolution = resolveRequest(org, request);
      return { resolution, answer: await evaluateResolution(resolution, workerSimulate, true) };
    },
    [org, request],
    interactions.playgroundEval,
  );
  return { current: value, failure };
}
