// Data-driven rule tests: every tests/engine/cases/<topic>.json becomes a `describe`, every
// case an `it` that checks the decision and which policy types caused a deny (or, for
// `expected: "error"`, that the engine rejects the input with an error that says where).
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { createSimulator } from '../../src/engine/index.ts';
import type { Decision, PolicyType, SimulationResult } from '../../src/engine/index.ts';

interface RuleCase {
  name: string;
  doc: string;
  expected: Decision | 'error';
  expectedBlockedBy?: PolicyType[];
  /** for error cases: the error path must start with this */
  expectedErrorPath?: string;
  /**
   * Id of an open entry in DISAGREEMENTS.md: the engine is known to differ from this case (which
   * states what AWS documents). The case runs as `it.fails` until the entry is answered, so it
   * starts failing, as a reminder to drop the marker, once the engine follows the case.
   */
  openDisagreement?: string;
  [field: string]: unknown;
}

interface RuleFile {
  topic: string;
  doc: string;
  cases: RuleCase[];
}

const casesDir = join(import.meta.dirname, 'cases');
const files = readdirSync(casesDir)
  .filter((file) => file.endsWith('.json'))
  .sort();

const testOnlyFields = new Set([
  'doc',
  'expected',
  'expectedBlockedBy',
  'expectedErrorPath',
  'openDisagreement',
]);

/** The scenario the engine sees: the case without the test-only fields. */
function toScenario(ruleCase: RuleCase): Record<string, unknown> {
  return Object.fromEntries(Object.entries(ruleCase).filter(([key]) => !testOnlyFields.has(key)));
}

function describeResult(result: SimulationResult): string {
  return 'error' in result
    ? `error ${result.error.path}: ${result.error.message}`
    : `${result.decision} blockedBy=${JSON.stringify(result.blockedBy)}`;
}

const simulator = createSimulator();

for (const file of files) {
  const data = JSON.parse(readFileSync(join(casesDir, file), 'utf8')) as RuleFile;

  describe(`${data.topic} (${file})`, () => {
    it('names every case uniquely and cites an AWS documentation page for each', () => {
      expect(data.doc).toMatch(/^https:\/\/docs\.aws\.amazon\.com\//);
      const names = data.cases.map((c) => c.name);
      expect(new Set(names).size).toBe(names.length);
      for (const c of data.cases)
        expect(c.doc, c.name).toMatch(/^https:\/\/docs\.aws\.amazon\.com\//);
    });

    for (const ruleCase of data.cases) {
      const test = ruleCase.openDisagreement === undefined ? it : it.fails;
      const title =
        ruleCase.openDisagreement === undefined
          ? ruleCase.name
          : `${ruleCase.name} [engine differs: DISAGREEMENTS ${ruleCase.openDisagreement}]`;
      test(title, () => {
        const result = simulator.simulate(toScenario(ruleCase));
        if (ruleCase.expected === 'error') {
          expect('error' in result, describeResult(result)).toBe(true);
          if (!('error' in result)) return;
          expect(result.error.message).not.toBe('');
          expect(result.error.path).not.toBe('');
          if (ruleCase.expectedErrorPath !== undefined) {
            const paths = [result.error, ...(result.errors ?? [])].map((e) => e.path);
            expect(
              paths.some((path) => path.startsWith(ruleCase.expectedErrorPath ?? '')),
              `error paths ${JSON.stringify(paths)} should start with ${ruleCase.expectedErrorPath}`,
            ).toBe(true);
          }
          return;
        }
        expect('error' in result, describeResult(result)).toBe(false);
        if ('error' in result) return;
        expect(result.decision, describeResult(result)).toBe(ruleCase.expected);
        if (ruleCase.expectedBlockedBy !== undefined) {
          expect([...result.blockedBy].sort(), describeResult(result)).toEqual(
            [...ruleCase.expectedBlockedBy].sort(),
          );
        }
      });
    }
  });
}
