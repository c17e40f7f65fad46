// `npm run bench:ui`: interaction budgets measured in the system Chromium from the app's own
// User Timing measures (src/lib/perfMarks.ts). The production build (in a temporary folder,
// rebuilt when the sources are newer) is served on 127.0.0.1; headless Chromium, with no CPU
// throttling, then
//   - opens a sandbox of 50 policies (scripts/bench-ui-sandbox.mjs) from a share link and types
//     into a policy its user's request depends on, one key at a time, waiting for each
//     decision: `lp:playground-eval`, keystroke → new decision in the DOM;
//   - answers and checks practice questions, pressing "Next question" after each:
//     `lp:quiz-next`, activation → next question in the DOM.
// Prints median, p95 and max against the 50 ms budget. Like `npm run bench`, it asserts
// nothing about time: it fails only when it cannot measure (no Chromium, a broken page).
// BENCH_KEYSTROKES, BENCH_NEXTS, BENCH_DIST (build folder) and BENCH_PORT change the defaults.
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import { cpus, loadavg, tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { deflateRawSync } from 'node:zlib';
import {
  activateMonaco,
  browserAvailable,
  chromePath,
  openBrowser,
  startServer,
} from '../tests/e2e/harness.mjs';
import { benchOrganization, countPolicies } from './bench-ui-sandbox.mjs';

const budgetMs = 50;
const warmup = 5;
const keystrokes = Number(process.env.BENCH_KEYSTROKES ?? 40);
const nexts = Number(process.env.BENCH_NEXTS ?? 30);
const distDir = resolve(process.env.BENCH_DIST ?? join(tmpdir(), 'lp-bench-dist'));
const port = process.env.BENCH_PORT ?? '4194';
const repo = resolve(import.meta.dirname, '..');

if (!browserAvailable()) {
  console.error(
    `bench:ui: Chromium not found at ${chromePath}. Install it with: apt-get update && apt-get install -y chromium (or set CHROME_PATH).`,
  );
  process.exit(1);
}

/** Newest modification time (ms) of the files under `path`. */
function newest(path) {
  if (!existsSync(path)) return 0;
  const stat = statSync(path);
  if (!stat.isDirectory()) return stat.mtimeMs;
  return readdirSync(path).reduce((t, name) => Math.max(t, newest(join(path, name))), 0);
}

function buildIfStale() {
  const inputs = ['src', 'content', 'public', 'index.html', 'vite.config.ts', 'package-lock.json'];
  const sources = Math.max(
    ...inputs.map((p) => newest(join(repo, p))),
    ...['contentPlugin.ts', 'catalogPlugin.ts'].map((p) => newest(join(repo, 'scripts', p))),
  );
  const built = newest(join(distDir, 'index.html'));
  if (built > sources) return console.log(`build: reusing ${distDir} (newer than the sources)`);
  console.log(`build: vite build --outDir ${distDir}`);
  const vite = join(repo, 'node_modules/vite/bin/vite.js');
  const run = spawnSync(
    process.execPath,
    [vite, 'build', '--outDir', distDir, '--emptyOutDir', '--logLevel', 'warn'],
    { cwd: repo, stdio: 'inherit' },
  );
  if (run.status !== 0) throw new Error(`vite build failed (exit ${run.status})`);
}

/** Nearest-rank percentile of sorted values. */
const percentile = (sorted, p) =>
  sorted[Math.min(sorted.length - 1, Math.ceil(p * sorted.length) - 1)];

function summarise(name, durations) {
  const sorted = [...durations].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  const median = sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
  const p95 = percentile(sorted, 0.95);
  return { name, n: sorted.length, median, p95, max: sorted.at(-1), ratio: budgetMs / p95 };
}

/** The lp:* measures the page has recorded so far (collected by an observer, see below). */
const measuresOf = (page, name) =>
  page.evaluate(
    (n) => window.__lpMeasures.filter((m) => m.name === n).map((m) => m.duration),
    name,
  );

/** Does `act`, then waits for one more `name` measure and returns its duration. */
async function measureOne(page, name, act) {
  const before = (await measuresOf(page, name)).length;
  await act();
  await page.waitForFunction(
    ([n, count]) => window.__lpMeasures.filter((m) => m.name === n).length > count,
    [name, before],
    { timeout: 15_000 },
  );
  return (await measuresOf(page, name)).at(-1);
}

async function benchPlayground(page, url) {
  const payload = deflateRawSync(Buffer.from(JSON.stringify(benchOrganization))).toString(
    'base64url',
  );
  await page.goto(`${url}#/playground/import?s=${payload}`);
  await page.getByRole('button', { name: 'Save as a new sandbox' }).click();
  await page.waitForSelector('[data-verdict="allowed"]');
  // AppData, attached to alice's group Developers, allows her request
  await page.getByRole('button', { name: 'Policy AppData', exact: true }).click();
  await page.waitForSelector('h3:has-text("Customer managed policy AppData")');
  await activateMonaco(page);
  await page.locator('.detail-panel .monaco-editor .view-lines').first().click();
  // the caret goes inside the first statement's Sid ("ReadWriteAppData", line 5), so every
  // key leaves a valid policy that the engine evaluates in full
  await page.keyboard.press('ControlOrMeta+Home');
  for (let i = 0; i < 4; i += 1) await page.keyboard.press('ArrowDown');
  await page.keyboard.press('End');
  await page.keyboard.press('ArrowLeft');
  await page.keyboard.press('ArrowLeft');
  const durations = [];
  for (let i = 0; i < warmup + keystrokes; i += 1) {
    const key = String.fromCharCode(97 + (i % 26));
    const ms = await measureOne(page, 'lp:playground-eval', () => page.keyboard.press(key));
    if (i >= warmup) durations.push(ms);
    await page.waitForTimeout(150); // spread out, like typing with pauses
  }
  const sid = await page.locator('.detail-panel .monaco-editor .view-lines').first().textContent();
  if (!/"Sid":\s"ReadWriteAppData[a-z]+"/.test(sid ?? ''))
    throw new Error('the keys did not land in the policy Sid');
  if (!(await page.locator('[data-verdict="allowed"]').count()))
    throw new Error('the last decision is not "allowed"');
  return durations;
}

async function benchQuiz(page, url) {
  await page.goto(`${url}#/quiz/practice`);
  await page.getByLabel('Questions from the bank').fill(String(warmup + nexts + 1));
  await page.getByLabel('Generated policy questions').fill('0');
  await page.getByRole('button', { name: 'Start practice' }).click();
  await page.locator('.study .question').waitFor();
  const durations = [];
  for (let i = 0; i < warmup + nexts; i += 1) {
    const stage = page.locator('.exam-stage');
    await page.keyboard.press('1');
    if ((await stage.locator('input[type=checkbox]').count()) > 0) await page.keyboard.press('2');
    const check = page.getByRole('button', { name: 'Check answer' });
    if (await check.isEnabled()) {
      await check.click();
      await page.locator('.feedback').waitFor();
    }
    const next = page.getByRole('button', { name: /^(Next question|Skip) →$/ });
    const ms = await measureOne(page, 'lp:quiz-next', () => next.click());
    await page.locator('.exam-progress', { hasText: `question ${i + 2} of` }).waitFor();
    if (i >= warmup) durations.push(ms);
    await page.waitForTimeout(150);
  }
  return durations;
}

const fmt = (ms) => `${ms.toFixed(1)} ms`;
const startedAt = new Date();
const loadBefore = loadavg();
buildIfStale();
process.env.DIST_DIR = distDir;
process.env.E2E_PORT = port;
const { server, url } = await startServer();
const browser = await openBrowser(url);
let rows;
try {
  const { page, context } = browser;
  // every lp:* measure, as it is recorded (the app clears old ones in long sessions)
  await context.addInitScript(() => {
    window.__lpMeasures = [];
    new PerformanceObserver((list) => {
      for (const e of list.getEntries())
        if (e.name.startsWith('lp:'))
          window.__lpMeasures.push({ name: e.name, duration: e.duration });
    }).observe({ type: 'measure', buffered: true });
  });
  const cdp = await context.newCDPSession(page);
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: 1 });
  rows = [
    summarise('lp:playground-eval', await benchPlayground(page, url)),
    summarise('lp:quiz-next', await benchQuiz(page, url)),
  ];
  if (browser.errors.length)
    throw new Error(`the page reported errors:\n${browser.errors.join('\n')}`);
} finally {
  await browser.close().catch(() => {});
  await server.close();
}

const chromium = spawnSync(chromePath, ['--version'], { encoding: 'utf8' }).stdout.trim();
const policies = countPolicies(benchOrganization);
const load = (l) => l.map((x) => x.toFixed(2)).join(' ');
console.log(`\nUI interaction budgets — ${startedAt.toISOString()}`);
console.log(`browser: ${chromium || chromePath}, headless, CPU throttling: none (desktop figures)`);
console.log(
  `machine: ${cpus().length} × ${cpus()[0]?.model.trim() ?? 'CPU'}; load average ${load(loadBefore)} before, ${load(loadavg())} after`,
);
console.log(
  `playground: sandbox of ${policies.total} policies (${policies.managed} managed, ${policies.inline} inline, ${policies.trust} trust, ${policies.resource} resource, ${policies.scp} SCPs, ${policies.rcp} RCPs); ${keystrokes} keystrokes in policy AppData, each waited for`,
);
console.log(`quiz: practice, ${nexts} × "Next question" after checking an answer`);
console.log(`(the first ${warmup} of each are warm-up, not counted)`);
if (Math.max(loadBefore[0], loadavg()[0]) > cpus().length)
  console.log(
    'note: the load average was above the number of cores, so these times include waiting for a CPU',
  );
console.log('');
const header = ['measure', 'n', 'median', 'p95', 'max', 'budget', 'budget/p95', 'verdict'];
const lines = rows.map((r) => [
  r.name,
  String(r.n),
  fmt(r.median),
  fmt(r.p95),
  fmt(r.max),
  fmt(budgetMs),
  `${r.ratio.toFixed(2)}×`,
  r.p95 <= budgetMs ? 'within budget' : 'OVER BUDGET',
]);
const widths = header.map((h, i) => Math.max(h.length, ...lines.map((l) => l[i].length)));
const format = (cells) =>
  cells.map((c, i) => (i === 0 ? c.padEnd(widths[i]) : c.padStart(widths[i]))).join('  ');
console.log(format(header));
console.log(widths.map((w) => '-'.repeat(w)).join('  '));
for (const line of lines) console.log(format(line));
