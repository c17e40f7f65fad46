// `npm run bench`: our engine against the peer @cloud-copilot/iam-simulate (Strict mode,
// re-validating every call, as shared/bench/README.md describes) on the seed-42 workload,
// plus the time to evaluate one principal's policy set against every action in the catalog
// (simulateActions: checked and compiled once) and, one simulate call each, against 20,000
// generated actions, and the playground's access matrix per request and in one batch
// (scripts/bench-matrix.ts). Prints a table; it asserts nothing about time.
import { runSimulation } from '@cloud-copilot/iam-simulate';
import type { Simulation } from '@cloud-copilot/iam-simulate';
import { resolve } from 'node:path';
import { performance } from 'node:perf_hooks';
import { readJsonFile } from '../src/cli/scenarioFiles.ts';
import { fromPeerDecision, toPeerSimulation } from '../src/cli/peerSimulation.ts';
import { nodeCatalog } from '../src/catalog/nodeCatalog.ts';
import { createSimulator, readScenarioFile } from '../src/engine/index.ts';
import type { Scenario } from '../src/engine/index.ts';
import { timeMatrix } from './bench-matrix.ts';

const PEER_WARMUP = 200;
const PEER_SLICE = 1_000;
const OUR_RUNS = 7;
/** Our engine repeats the slice so each timed run lasts long enough to measure. */
const SLICE_PASSES = 10;
const DISTINCT_ACTIONS = 20_000;

const sharedDir = process.env['SHARED_DIR'] ?? resolve(import.meta.dirname, '../../shared');
const benchFile = resolve(sharedDir, 'bench/iam-bench-seed42-20000.json');

interface Row {
  engine: string;
  workload: string;
  evaluations: number;
  ms: number;
}

function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1
    ? (sorted[mid] ?? 0)
    : ((sorted[mid - 1] ?? 0) + (sorted[mid] ?? 0)) / 2;
}

/** Median wall time (ms) of `runs` calls of `work`, after one untimed warm-up call. */
function timeMedian(runs: number, work: () => void): number {
  work();
  const times: number[] = [];
  for (let run = 0; run < runs; run++) {
    const start = performance.now();
    work();
    times.push(performance.now() - start);
  }
  return median(times);
}

async function timePeer(slice: readonly Scenario[], warmup: readonly Scenario[]): Promise<number> {
  const run = async (scenario: Scenario): Promise<void> => {
    const result = await runSimulation(toPeerSimulation(scenario) as Simulation, {
      simulationMode: 'Strict',
    });
    if (result.resultType === 'error') throw new Error(`peer rejected ${scenario.name ?? '?'}`);
  };
  for (const scenario of warmup) await run(scenario);
  const start = performance.now();
  for (const scenario of slice) await run(scenario);
  return performance.now() - start;
}

/** The bench defaults' policies for one principal, asked about 20,000 distinct actions. */
function distinctActionScenarios(template: Scenario): Scenario[] {
  return Array.from({ length: DISTINCT_ACTIONS }, (_, i) => ({
    ...template,
    request: { ...template.request, action: `svc${i % 100}:Verb${i}Noun`, resource: '*' },
  }));
}

function formatRate(evaluations: number, ms: number): string {
  return Math.round((evaluations / ms) * 1000).toLocaleString('en-US');
}

function printTable(rows: readonly Row[]): void {
  const lines = rows.map((row) => [
    row.engine,
    row.workload,
    row.evaluations.toLocaleString('en-US'),
    row.ms.toFixed(1),
    formatRate(row.evaluations, row.ms),
  ]);
  const header = ['engine', 'workload', 'evaluations', 'ms', 'evaluations/s'];
  const widths = header.map((h, i) => Math.max(h.length, ...lines.map((l) => (l[i] ?? '').length)));
  const format = (cells: readonly string[]): string =>
    cells
      .map((cell, i) => (i < 2 ? cell.padEnd(widths[i] ?? 0) : cell.padStart(widths[i] ?? 0)))
      .join('  ');
  console.log(format(header));
  console.log(widths.map((w) => '-'.repeat(w)).join('  '));
  for (const line of lines) console.log(format(line));
}

async function main(): Promise<void> {
  const scenarios = readScenarioFile(readJsonFile(benchFile));
  const warmup = scenarios.slice(0, PEER_WARMUP);
  const slice = scenarios.slice(PEER_WARMUP, PEER_WARMUP + PEER_SLICE);
  console.log(`workload: ${benchFile} (${scenarios.length.toLocaleString('en-US')} scenarios)`);
  console.log(
    `Node ${process.version}; our times are the median of ${OUR_RUNS} runs after warm-up\n`,
  );

  const simulator = createSimulator();
  let agreements = 0;
  const mismatches: string[] = [];
  for (const scenario of scenarios) {
    const result = simulator.simulate(scenario);
    const decision = 'error' in result ? `error: ${result.error.message}` : result.decision;
    if (decision === scenario.expected) agreements++;
    else if (mismatches.length < 5)
      mismatches.push(
        `${scenario.name ?? '?'}: ours ${decision}, expected ${scenario.expected ?? '?'}`,
      );
  }

  const oursSliceMs = timeMedian(OUR_RUNS, () => {
    for (let pass = 0; pass < SLICE_PASSES; pass++) {
      for (const scenario of slice) simulator.simulate(scenario);
    }
  });
  const oursWholeMs = timeMedian(OUR_RUNS, () => {
    for (const scenario of scenarios) simulator.simulate(scenario);
  });
  const template = scenarios[0];
  if (template === undefined) throw new Error('the bench file holds no scenarios');
  const distinct = distinctActionScenarios(template);
  const principalSimulator = createSimulator();
  const coldStart = performance.now();
  for (const scenario of distinct) principalSimulator.simulate(scenario);
  const distinctColdMs = performance.now() - coldStart;
  const distinctMs = timeMedian(OUR_RUNS, () => {
    for (const scenario of distinct) principalSimulator.simulate(scenario);
  });

  const catalog = nodeCatalog();
  await catalog.loadAll();
  const catalogActions = (catalog.expand('*') ?? []).map((a) => a.fullName);
  const everything = { ...template, request: { ...template.request, resource: '*' } };
  const catalogSimulator = createSimulator();
  const catalogColdStart = performance.now();
  catalogSimulator.simulateActions(everything, catalogActions);
  const catalogColdMs = performance.now() - catalogColdStart;
  const catalogMs = timeMedian(OUR_RUNS, () => {
    catalogSimulator.simulateActions(everything, catalogActions);
  });
  const catalogOnResourceMs = timeMedian(OUR_RUNS, () => {
    catalogSimulator.simulateActions(template, catalogActions);
  });

  const matrix = await timeMatrix();
  const peerMs = await timePeer(slice, warmup);

  const sliceLabel = `bench[${PEER_WARMUP}..${PEER_WARMUP + PEER_SLICE})`;
  printTable([
    {
      engine: 'iam-simulate 0.1.172 (Strict)',
      workload: sliceLabel,
      evaluations: slice.length,
      ms: peerMs,
    },
    {
      engine: 'ours',
      workload: `${sliceLabel} x${SLICE_PASSES}`,
      evaluations: slice.length * SLICE_PASSES,
      ms: oursSliceMs,
    },
    { engine: 'ours', workload: 'whole file', evaluations: scenarios.length, ms: oursWholeMs },
    {
      engine: 'ours, simulateActions (first run)',
      workload: `1 principal x catalog, Resource *`,
      evaluations: catalogActions.length,
      ms: catalogColdMs,
    },
    {
      engine: 'ours, simulateActions',
      workload: `1 principal x catalog, Resource *`,
      evaluations: catalogActions.length,
      ms: catalogMs,
    },
    {
      engine: 'ours, simulateActions',
      workload: `1 principal x catalog, request's ARN`,
      evaluations: catalogActions.length,
      ms: catalogOnResourceMs,
    },
    {
      engine: 'ours, simulate each (first run)',
      workload: `1 principal x ${DISTINCT_ACTIONS} actions`,
      evaluations: distinct.length,
      ms: distinctColdMs,
    },
    {
      engine: 'ours, simulate each',
      workload: `1 principal x ${DISTINCT_ACTIONS} actions`,
      evaluations: distinct.length,
      ms: distinctMs,
    },
    {
      engine: 'access matrix, a scenario per cell',
      workload: 'example sandbox, alice, all services',
      evaluations: matrix.cells,
      ms: matrix.perRequestMs,
    },
    {
      engine: `access matrix, ${matrix.jobs} jobs in a batch`,
      workload: 'example sandbox, alice, all services',
      evaluations: matrix.cells,
      ms: matrix.batchedMs,
    },
  ]);

  const ratio = (slice.length * SLICE_PASSES) / oursSliceMs / (slice.length / peerMs);
  console.log(
    `\nspeed-up on the same slice: ${Math.round(ratio).toLocaleString('en-US')}x (target >= 1,000x)`,
  );
  console.log(
    `one principal's policy set (20 identity policies + boundary + SCP) vs all ${catalogActions.length.toLocaleString('en-US')} catalog actions: ${catalogMs.toFixed(1)} ms on Resource "*", ${catalogOnResourceMs.toFixed(1)} ms on ${template.request.resource} (target < 50 ms)`,
  );
  console.log(
    `the same policy set vs ${DISTINCT_ACTIONS} generated actions, one simulate call each (every call re-checks its input): ${distinctMs.toFixed(1)} ms`,
  );
  console.log(
    `agreement with recorded expected decisions: ${agreements.toLocaleString('en-US')} / ${scenarios.length.toLocaleString('en-US')}`,
  );
  for (const mismatch of mismatches) console.log(`  mismatch ${mismatch}`);
  // The peer's decisions on the slice, as a sanity check that the conversion is faithful.
  let peerAgree = 0;
  for (const scenario of slice.slice(0, 100)) {
    const result = await runSimulation(toPeerSimulation(scenario) as Simulation, {
      simulationMode: 'Strict',
    });
    if (
      result.resultType !== 'error' &&
      fromPeerDecision(result.overallResult) === scenario.expected
    )
      peerAgree++;
  }
  console.log(`peer agreement with expected on the first 100 of the slice: ${peerAgree} / 100`);
}

await main();
