/**
 * Batches for the engine: one scenario's policies asked about many requests at once. The worker
 * answers them with runJobs; Node code and tests call runJobs directly, so both give the same
 * answers.
 */
import type { Scenario, SimulationResult, Simulator } from '../engine/index';

/** An action on a resource, decided with a job's scenario in place of its own request. */
export interface EngineQuery {
  action: string;
  resource: string;
}

/**
 * One scenario and the requests to decide with its policies and context. Without queries the
 * scenario's own request is decided (one result).
 */
export interface EngineJob {
  scenario: Scenario;
  queries?: readonly EngineQuery[];
}

/** A query's answer: the engine's result, or why the engine could not give one. */
export type QueryOutcome = SimulationResult | { failure: string };

/** Decides many jobs at once: results[j][q] answers jobs[j].queries[q]. */
export type SimulateJobsFn = (
  jobs: readonly EngineJob[],
  explain: boolean,
) => Promise<QueryOutcome[][]> | QueryOutcome[][];

const message = (error: unknown) => (error instanceof Error ? error.message : String(error));

/**
 * Decides every job with one simulator. A job whose evaluation throws fails on its own: each of
 * its queries gets the failure, and the other jobs are still decided.
 */
export function runJobs(
  simulator: Simulator,
  jobs: readonly EngineJob[],
  explain: boolean,
): QueryOutcome[][] {
  return jobs.map((job) => {
    try {
      return job.queries
        ? simulator.simulateActions(job.scenario, job.queries, { explain })
        : [simulator.simulate(job.scenario, { explain })];
    } catch (error) {
      const failure = message(error);
      return (job.queries ?? [job]).map(() => ({ failure }));
    }
  });
}
