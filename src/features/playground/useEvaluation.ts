import type { SimulationResult } from '../../engine/index';
import { evaluateScenario } from '../../lib/engineClient';
import { interactions } from '../../lib/perfMarks';
import { useLatestAsync } from '../../lib/useLatestAsync';
import { workbenchToScenario, type Workbench, type WorkbenchProblem } from './workbench';

export interface Evaluation {
  result: SimulationResult | null;
  problems: WorkbenchProblem[];
  pending: boolean;
  failure: string | null;
}

/** Re-evaluates the workbench after every edit, in the engine worker. */
export function useEvaluation(workbench: Workbench): Evaluation {
  const { value, failure, pending } = useLatestAsync(
    async () => {
      const { scenario, problems } = workbenchToScenario(workbench);
      return { problems, result: scenario ? await evaluateScenario(scenario) : null };
    },
    [workbench],
    interactions.playgroundEval,
  );
  if (failure) return { result: null, problems: [], pending, failure };
  return { result: value?.result ?? null, problems: value?.problems ?? [], pending, failure };
}
