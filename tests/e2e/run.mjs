// End-to-end runner: builds nothing itself (npm run test:e2e builds first), serves dist/ on
// 127.0.0.1, runs every tests/e2e/*.e2e.mjs suite in real headless Chromium, and prints a
// summary. Each suite exports `tests`: [{ name, run({ url, open }) }].
import assert from 'node:assert/strict';
import { mkdirSync, readdirSync, writeFileSync } from 'node:fs';
import { browserAvailable, chromePath, openBrowser, startServer } from './harness.mjs';

const ci = process.env.CI === 'true';
if (!browserAvailable()) {
  const message = `Chromium not found at ${chromePath}. Install it with: apt-get update && apt-get install -y chromium (or set CHROME_PATH).`;
  if (ci) {
    console.error(`e2e: ${message}`);
    process.exit(1);
  }
  console.warn(`e2e: skipped. ${message}`);
  mkdirSync('test-results', { recursive: true });
  writeFileSync('test-results/e2e.json', JSON.stringify({ passed: 0, failed: 0, skipped: true }));
  process.exit(0);
}

const only = process.argv[2];
const files = readdirSync(new URL('.', import.meta.url))
  .filter((f) => f.endsWith('.e2e.mjs'))
  .filter((f) => !only || f.includes(only))
  .sort();
const { server, url } = await startServer();
let passed = 0;
const failures = [];
const t0 = Date.now();
try {
  for (const file of files) {
    const suite = await import(new URL(file, import.meta.url).href);
    console.log(`\n${file}`);
    for (const test of suite.tests) {
      const opened = [];
      const open = async () => {
        const b = await openBrowser(url);
        opened.push(b);
        return b;
      };
      const started = Date.now();
      try {
        await test.run({ url, open, assert });
        for (const b of opened) {
          assert.deepEqual(b.external, [], 'no request may leave 127.0.0.1');
          assert.deepEqual(b.errors, [], 'no console errors or uncaught page errors');
        }
        passed += 1;
        console.log(`  ✓ ${test.name} (${((Date.now() - started) / 1000).toFixed(1)}s)`);
      } catch (error) {
        failures.push({ name: `${file} › ${test.name}`, error });
        console.log(
          `  ✗ ${test.name}\n    ${String(error?.stack ?? error)
            .split('\n')
            .join('\n    ')}`,
        );
      } finally {
        for (const b of opened) await b.close().catch(() => {});
      }
    }
  }
} finally {
  await server.close();
}
const seconds = ((Date.now() - t0) / 1000).toFixed(1);
mkdirSync('test-results', { recursive: true });
writeFileSync(
  'test-results/e2e.json',
  JSON.stringify({ passed, failed: failures.length, failures: failures.map((f) => f.name) }),
);
console.log(`\ne2e: ${passed} passed, ${failures.length} failed (${seconds}s)`);
process.exit(failures.length ? 1 : 0);
