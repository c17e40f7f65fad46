// `npm test`: format check, type check, lint, unit and integration tests, production build,
// size budget, end-to-end tests in headless Chromium — in that order — then one summary.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync } from 'node:fs';

const npx = (...args) => ['npx', '--no-install', ...args];
const steps = [
  { name: 'format', cmd: npx('prettier', '--check', '.') },
  { name: 'types', cmd: npx('tsc', '--noEmit') },
  { name: 'lint', cmd: npx('eslint', '.') },
  {
    name: 'unit',
    cmd: npx(
      'vitest',
      'run',
      '--reporter=default',
      '--reporter=json',
      '--outputFile.json=test-results/vitest.json',
    ),
    counts: () => {
      const r = JSON.parse(readFileSync('test-results/vitest.json', 'utf8'));
      return {
        passed: r.numPassedTests,
        failed: r.numFailedTests,
        skipped: r.numPendingTests + r.numTodoTests,
      };
    },
  },
  { name: 'build', cmd: npx('vite', 'build') },
  { name: 'size', cmd: ['node', 'scripts/check-size.mjs'], needs: 'build' },
  {
    name: 'e2e',
    cmd: ['node', 'tests/e2e/run.mjs'],
    needs: 'build',
    counts: () => JSON.parse(readFileSync('test-results/e2e.json', 'utf8')),
  },
];

mkdirSync('test-results', { recursive: true });
rmSync('test-results/vitest.json', { force: true });
rmSync('test-results/e2e.json', { force: true });
const results = [];
const t0 = Date.now();
for (const step of steps) {
  const dependency = step.needs && results.find((r) => r.name === step.needs);
  if (dependency && !dependency.ok) {
    results.push({ name: step.name, ok: false, seconds: 0, note: `not run: ${step.needs} failed` });
    continue;
  }
  console.log(`\n━━ ${step.name}: ${step.cmd.join(' ')}`);
  const started = Date.now();
  const run = spawnSync(step.cmd[0], step.cmd.slice(1), { stdio: 'inherit' });
  const result = { name: step.name, ok: run.status === 0, seconds: (Date.now() - started) / 1000 };
  if (step.counts) {
    try {
      result.counts = step.counts();
    } catch {
      // no report written: the step failed before running tests
    }
  }
  results.push(result);
}

let passed = 0;
let failed = 0;
console.log('\n━━ summary');
for (const r of results) {
  const c = r.counts;
  if (c) {
    passed += c.passed ?? 0;
    failed += c.failed ?? 0;
  }
  const detail = c
    ? ` ${c.passed} passed, ${c.failed} failed${c.skipped ? `, ${c.skipped} skipped` : ''}`
    : '';
  console.log(
    `${r.ok ? '✓' : '✗'} ${r.name.padEnd(7)} ${r.seconds.toFixed(1).padStart(6)}s${detail}${r.note ? ` (${r.note})` : ''}`,
  );
}
const stepsFailed = results.filter((r) => !r.ok).length;
console.log(
  `steps: ${results.length - stepsFailed} passed, ${stepsFailed} failed (${((Date.now() - t0) / 1000).toFixed(0)}s)`,
);
console.log(`tests: ${passed} passed, ${failed} failed`);
if (!existsSync('test-results/e2e.json')) console.log('(e2e did not run)');
process.exit(stepsFailed ? 1 : 0);
