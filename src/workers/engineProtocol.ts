/**
 * The engine worker's messages, and how the worker answers them: a plain function, so Node
 * tests run it without a Worker.
 *
 *   { id, kind: 'one', scenario, explain }   → { id, result } | { id, failure }
 *   { id, kind: 'batch', jobs, explain }     → { id, results } | { id, failure }
 *
 * In a batch reply results[j][q] answers jobs[j].queries[q] (one result for a job without
 * queries); a job that fails gives a failure for each of its queries, not for the message.
 */
import type { SimulationResult, Simulator } from '../engine/index';
import { runJobs, type EngineJob, type QueryOutcome } from '../lib/engineJobs';

export type EngineRequest =
  | { id: number; kind: 'one'; scenario: unknown; explain: boolean }
  | { id: number; kind: 'batch'; jobs: readonly EngineJob[]; explain: boolean };

export type EngineReply =
  | { id: number; result: SimulationResult }
  | { id: number; results: QueryOutcome[][] }
  | { id: number; failure: string };

const message = (error: unknown) => (error instanceof Error ? error.message : String(error));

/** The reply to one message. */
export function answerEngineMessage(simulator: Simulator, request: EngineRequest): EngineReply {
  const { id } = request;
  try {
    if (request.kind === 'batch') {
      if (!Array.isArray(request.jobs)) return { id, failure: 'a batch needs a list of jobs' };
      return { id, results: runJobs(simulator, request.jobs, request.explain) };
    }
    return { id, result: simulator.simulate(request.scenario, { explain: request.explain }) };
  } catch (error) {
    return { id, failure: message(error) };
  }
}
