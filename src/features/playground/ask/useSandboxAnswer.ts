import { useEffect, useState } from 'react';
import { evaluateScenario } from '../../../lib/engineClient';
import { evaluateResolution, type Answer, type SimulateFn } from '../../../lib/sandbox/evaluate';
import { resolveRequest, type Resolution, type SandboxRequest } from '../../../lib/sandbox/resolve';
import type { Organization } from '../../../lib/sandbox/schema';

/** Evaluates in the engine's Web Worker. */
export const workerSimulate: SimulateFn = (scenario, explain) =>
  evaluateScenario(scenario, explain);

export interface SandboxAnswer {
  resolution: Resolution;
  answer: Answer;
}

/** Resolves and evaluates the request shortly after every change to it or to the sandbox. */
export function useSandboxAnswer(
  org: Organization,
  request: SandboxRequest,
): { current: SandboxAnswer | null; failure: string | null } {
  const [state, setState] = useState<{ current: SandboxAnswer | null; failure: string | null }>({
    current: null,
    failure: null,
  });
  useEffect(() => {
    let live = true;
    const timer = window.setTimeout(() => {
      const resolution = resolveRequest(org, request);
      evaluateResolution(resolution, workerSimulate, true).then(
        (answer) => live && setState({ current: { resolution, answer }, failure: null }),
        (e: unknown) => live && setState((s) => ({ current: s.current, failure: String(e) })),
      );
    }, 150);
    return () => {
      live = false;
      window.clearTimeout(timer);
    };
  }, [org, request]);
  return state;
}
