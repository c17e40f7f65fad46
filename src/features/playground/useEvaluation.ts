import { useEffect, useState } from 'react';
import type { SimulationResult } from '../../engine/index';
import { evaluateScenario } from '../../lib/engineClient';
import { workbenchToScenario, type Workbench, type WorkbenchProblem } from './workbench';

export interface Evaluation {
  result: SimulationResult | null;
  problems: WorkbenchProblem[];
  pending: boolean;
  failure: string | null;
}

/** Re-evaluates the workbench shortly after every edit, in the engine worker. */
export function useEvaluation(workbench: Workbench, delayMs = 120): Evaluation {
  const [state, setState] = useState<Evaluation>({
    result: null,
    problems: [],
    pending: true,
    failure: null,
  });
  useEffect(() => {
    let live = true;
    const timer = window.setTimeout(() => {
      const { scenario, problems } = workbenchToScenario(workbench);
      if (!scenario) {
        setState({ result: null, problems, pending: false, failure: null });
        return;
      }
      performance.mark('lp-eval-start');
      evaluateScenario(scenario).then(
        (result) => {
          performance.measure('lp-eval', 'lp-eval-start');
          if (live) setState({ result, problems: [], pending: false, failure: null });
        },
        (e: unknown) =>
          live && setState({ result: null, problems: [], pending: false, failure: String(e) }),
      );
    }, delayMs);
    return () => {
      live = false;
      window.clearTimeout(timer);
    };
  }, [workbench, delayMs]);
  return state;
}
