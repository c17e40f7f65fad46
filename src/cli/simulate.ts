// `npm run --silent simulate -- PATH... [--explain]`: evaluate scenario files and print one
// JSON array of results (format: shared/spec/scenario-format.md, "The command line").
import { createSimulator, readScenarioFile } from '../engine/index.ts';
import type { Scenario, SimulationResult } from '../engine/index.ts';
import { expandPaths, InputError, readJsonFile } from './scenarioFiles.ts';

const USAGE = `Usage: npm run --silent simulate -- PATH... [--explain]

Evaluates every scenario in PATH (a scenario file, or a folder: every *.json below it,
in sorted order) and prints one JSON array with one result per scenario, in input order.

  --explain   add the evaluation trace to each result
  --help      show this help

Exit status: 0 when the input could be read (even if scenarios have errors),
2 on an unreadable file, invalid JSON or bad arguments.`;

function main(argv: readonly string[]): number {
  if (argv.includes('--help') || argv.includes('-h')) {
    process.stdout.write(`${USAGE}\n`);
    return 0;
  }
  const explain = argv.includes('--explain');
  const unknown = argv.filter((arg) => arg.startsWith('--') && arg !== '--explain');
  const paths = argv.filter((arg) => !arg.startsWith('--'));
  if (unknown.length > 0 || paths.length === 0) {
    const problem = unknown.length > 0 ? `unknown option ${unknown.join(', ')}` : 'no PATH given';
    process.stderr.write(`simulate: ${problem}\n\n${USAGE}\n`);
    return 2;
  }

  const simulator = createSimulator();
  const results: SimulationResult[] = [];
  try {
    for (const file of expandPaths(paths)) {
      for (const scenario of scenariosIn(file)) {
        results.push(toOutput(simulator.simulate(scenario, { explain })));
      }
    }
  } catch (error) {
    if (!(error instanceof InputError)) throw error;
    process.stderr.write(`simulate: ${error.message}\n`);
    return 2;
  }
  process.stdout.write(`${JSON.stringify(results, null, 2)}\n`);
  return 0;
}

/** A file's scenarios; a JSON value that is not a scenario file is unusable input. */
function scenariosIn(file: string): Scenario[] {
  const json = readJsonFile(file);
  try {
    return readScenarioFile(json);
  } catch (error) {
    throw new InputError(`${file}: ${error instanceof Error ? error.message : String(error)}`);
  }
}

/** The printed shape: a decision, or the first error (code, message, path; line/column when known). */
function toOutput(result: SimulationResult): SimulationResult {
  if ('error' in result) {
    const { name, error } = result;
    return { ...(name === undefined ? {} : { name }), error };
  }
  return result;
}

process.exitCode = main(process.argv.slice(2));
