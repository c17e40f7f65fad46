// Runs the iam-simulate conformance corpus (shared/conformance/iam-simulate/**, AGPL test data,
// read in place and never copied here). Scenarios listed in conformance-reviewed.json assert
// the answer we decided from AWS's documentation instead of the corpus answer.
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { readScenarioFile, simulate } from '../../src/engine/index';
import type { Scenario } from '../../src/engine/index';

interface Reviewed {
  name: string;
  decision: string;
  blockedBy?: string[];
  reason: string;
  doc: string;
}

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');
const sharedDir = process.env['SHARED_DIR'] ?? path.resolve(repoRoot, '..', 'shared');
const corpusDir = path.join(sharedDir, 'conformance', 'iam-simulate');
const reviewed = JSON.parse(
  readFileSync(path.join(repoRoot, 'tests', 'engine', 'conformance-reviewed.json'), 'utf8'),
) as Reviewed[];
const reviewedByName = new Map(reviewed.map((r) => [r.name, r]));

function jsonFiles(dir: string): string[] {
  return readdirSync(dir)
    .sort()
    .flatMap((entry) => {
      const full = path.join(dir, entry);
      if (statSync(full).isDirectory()) return jsonFiles(full);
      return entry.endsWith('.json') ? [full] : [];
    });
}

function answer(scenario: Scenario): { decision: string; blockedBy?: string[] } {
  const result = simulate(scenario);
  // The explain path evaluates every statement; it must reach the same answer.
  const explained = simulate(scenario, { explain: true });
  if ('error' in result) {
    expect('error' in explained).toBe(true);
    return { decision: 'error' };
  }
  expect(explained).toMatchObject({ decision: result.decision, blockedBy: result.blockedBy });
  return { decision: result.decision, blockedBy: result.blockedBy };
}

if (!existsSync(corpusDir)) {
  describe('iam-simulate conformance corpus', () => {
    if (process.env['CI'] === 'true') {
      it('needs the shared corpus in CI', () => {
        expect.fail(`conformance corpus not found at ${corpusDir} (set SHARED_DIR)`);
      });
    } else {
      it.skip(`skipped: conformance corpus not found at ${corpusDir} (set SHARED_DIR)`, () => {});
    }
  });
} else {
  const files = jsonFiles(corpusDir);
  const all = files.flatMap((file) =>
    readScenarioFile(JSON.parse(readFileSync(file, 'utf8'))).map((s) => ({ file, s })),
  );
  const seen = new Set(all.map(({ s }) => s.name));
  console.info(
    `conformance: ${all.length} scenarios, ${all.filter(({ s }) => reviewedByName.has(s.name ?? '')).length} decided by review (tests/engine/conformance-reviewed.json)`,
  );

  describe('iam-simulate conformance corpus', () => {
    it('lists only reviewed scenarios that exist in the corpus', () => {
      expect(reviewed.filter((r) => !seen.has(r.name)).map((r) => r.name)).toEqual([]);
    });

    for (const { file, s } of all) {
      const name = s.name ?? path.relative(corpusDir, file);
      const review = reviewedByName.get(name);
      it(name, () => {
        const got = answer(s);
        if (review) {
          expect(got.decision, review.reason).toBe(review.decision);
          if (review.blockedBy) expect(got.blockedBy).toEqual(review.blockedBy);
          return;
        }
        expect(got.decision).toBe(s.expected);
        if (s.expectedBlockedBy) expect(got.blockedBy).toEqual(s.expectedBlockedBy);
      });
    }
  });
}

const benchFile = path.join(sharedDir, 'bench', 'iam-bench-seed42-20000.json');
describe.skipIf(!existsSync(benchFile))(
  'bench workload (decisions recorded from iam-simulate)',
  () => {
    it('agrees on all 20,000 requests', () => {
      const scenarios = readScenarioFile(JSON.parse(readFileSync(benchFile, 'utf8')));
      const wrong = scenarios.filter((s) => {
        const result = simulate(s);
        return ('error' in result ? 'error' : result.decision) !== s.expected;
      });
      expect(wrong.map((s) => s.name)).toEqual([]);
    });
  },
);
