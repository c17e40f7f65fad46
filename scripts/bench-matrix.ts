// The playground's access matrix ("What can this principal do?", all services of the example
// sandbox, alice), timed in Node both ways: one scenario built and simulated per cell (the
// path before batching, one worker message each) and one batch of jobs (one message). Both
// structured-clone what would cross to the worker and back, as postMessage does; neither
// counts the catalog's loading. Run `npx tsx scripts/bench-matrix.ts`; `npm run bench` prints
// the same rows. It asserts nothing about time.
import { performance } from 'node:perf_hooks';
import { pathToFileURL } from 'node:url';
import { nodeCatalog } from '../src/catalog/nodeCatalog.ts';
import { createSimulator } from '../src/engine/index.ts';
import { runJobs } from '../src/lib/engineJobs.ts';
import {
  cellRequest,
  matrixJobs,
  matrixOutcomes,
  matrixTime,
  sandboxServices,
  serviceCells,
} from '../src/lib/sandbox/matrix.ts';
import { parsePrincipal, type PrincipalSpec } from '../src/lib/sandbox/principals.ts';
import { buildScenario } from '../src/lib/sandbox/resolve.ts';
import { exampleOrganization } from '../src/lib/sandbox/starter.ts';

const RUNS = 5;

export interface MatrixTiming {
  cells: number;
  jobs: number;
  /** median ms of the per-request path and of the batch */
  perRequestMs: number;
  batchedMs: number;
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)] ?? 0;
}

/** Median of `RUNS` timed calls after one untimed warm-up. */
async function time(work: () => unknown): Promise<number> {
  await work();
  const times: number[] = [];
  for (let i = 0; i < RUNS; i++) {
    const start = performance.now();
    await work();
    times.push(performance.now() - start);
  }
  return median(times);
}

/** Times the example sandbox's matrix for alice over every service it has resources for. */
export async function timeMatrix(): Promise<MatrixTiming> {
  const org = exampleOrganization();
  const principal = parsePrincipal('user:222222222222:alice') as PrincipalSpec;
  const cells = await serviceCells(org, nodeCatalog(), sandboxServices(org));
  // one simulator for all runs, as the worker keeps one for the page
  const simulator = createSimulator();

  const perRequestMs = await time(() =>
    Promise.all(
      cells.map(async (cell) => {
        const { scenario } = buildScenario(org, cellRequest(principal, cell), [], matrixTime);
        return structuredClone(simulator.simulate(structuredClone(scenario)));
      }),
    ),
  );
  const batchedMs = await time(() =>
    matrixOutcomes(org, principal, cells, (jobs, explain) =>
      structuredClone(runJobs(simulator, structuredClone(jobs), explain)),
    ),
  );
  return {
    cells: cells.length,
    jobs: matrixJobs(org, principal, cells).length,
    perRequestMs,
    batchedMs,
  };
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const t = await timeMatrix();
  console.log(
    `access matrix, example sandbox, alice, all services: ${t.cells} cells\n` +
      `  one scenario and one message per cell: ${t.perRequestMs.toFixed(1)} ms\n` +
      `  ${t.jobs} jobs in one batch: ${t.batchedMs.toFixed(1)} ms\n` +
      `(median of ${RUNS} runs after warm-up, Node ${process.version})`,
  );
}
