import type { SimulationResult } from '../engine/index';

/** Talks to the engine worker: one worker per page, requests matched to replies by id. */
let worker: Worker | null = null;
let nextId = 1;
const pending = new Map<
  number,
  { resolve: (r: SimulationResult) => void; reject: (e: Error) => void }
>();

function getWorker(): Worker {
  if (worker) return worker;
  worker = new Worker(new URL('../workers/engine.worker.ts', import.meta.url), { type: 'module' });
  worker.onmessage = (
    event: MessageEvent<{ id: number; result?: SimulationResult; failure?: string }>,
  ) => {
    const entry = pending.get(event.data.id);
    if (!entry) return;
    pending.delete(event.data.id);
    if (event.data.result) entry.resolve(event.data.result);
    else entry.reject(new Error(event.data.failure ?? 'the engine gave no answer'));
  };
  worker.onerror = (event) => {
    for (const entry of pending.values())
      entry.reject(new Error(event.message || 'the engine worker failed'));
    pending.clear();
    worker = null;
  };
  return worker;
}

/** Evaluates a scenario in the engine worker, with the step-by-step trace. */
export function evaluateScenario(scenario: unknown, explain = true): Promise<SimulationResult> {
  const id = nextId++;
  return new Promise((resolve, reject) => {
    pending.set(id, { resolve, reject });
    getWorker().postMessage({ id, scenario, explain });
  });
}
