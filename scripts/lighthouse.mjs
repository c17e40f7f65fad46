// `npm run lighthouse`: serves the production build (npm run build first) on 127.0.0.1 and runs
// the pinned Lighthouse 12.2.3 with the system Chromium against the home page, a lesson, the
// playground and the quiz (mobile emulation, Lighthouse's default). Prints each page's scores
// and exits 1 if a page misses the budget: performance >= 95, accessibility and best practices 100.
import { spawn } from 'node:child_process';
import { mkdirSync, readFileSync } from 'node:fs';
import { preview } from 'vite';

const pages = [
  ['home', '#/'],
  ['lesson', '#/lessons/evaluation-logic'],
  ['lessons', '#/lessons'],
  ['playground', '#/playground'],
  ['quiz', '#/quiz'],
];
const only = process.argv[2];
const budget = { performance: 95, accessibility: 100, 'best-practices': 100 };
const outDir = process.env.LH_OUT ?? 'lighthouse-report';
mkdirSync(outDir, { recursive: true });
const server = await preview({
  configFile: false,
  build: { outDir: process.env.DIST_DIR ?? 'dist' },
  preview: { host: '127.0.0.1', port: 4175, strictPort: true },
  logLevel: 'warn',
});
const base = server.resolvedUrls?.local[0] ?? 'http://127.0.0.1:4175/';
const flags =
  '--headless --no-sandbox --disable-gpu --disable-quic --no-first-run --disable-background-networking --disable-component-update --disable-sync';

// Async spawn: a synchronous one would block this process, which also serves the pages.
function lighthouse(url, name) {
  const args = [
    '--no-install',
    'lighthouse',
    url,
    `--chrome-flags=${flags}`,
    '--only-categories=performance,accessibility,best-practices,seo',
    '--output=json',
    `--output-path=${outDir}/${name}.json`,
    '--quiet',
  ];
  const env = { ...process.env, CHROME_PATH: process.env.CHROME_PATH ?? '/usr/bin/chromium' };
  const child = spawn('npx', args, { stdio: 'inherit', env });
  return new Promise((resolve) => child.on('exit', (code) => resolve(code ?? 1)));
}

const rows = [];
try {
  for (const [name, hash] of pages.filter(([n]) => !only || n === only)) {
    const code = await lighthouse(`${base}${hash}`, name);
    if (code !== 0) throw new Error(`lighthouse failed on ${name} (exit ${code})`);
    const lhr = JSON.parse(readFileSync(`${outDir}/${name}.json`, 'utf8'));
    const scores = Object.fromEntries(
      Object.entries(lhr.categories).map(([k, c]) => [k, Math.round((c.score ?? 0) * 100)]),
    );
    const metrics = lhr.audits;
    rows.push({
      name,
      ...scores,
      fcp: metrics['first-contentful-paint']?.displayValue,
      tbt: metrics['total-blocking-time']?.displayValue,
    });
  }
} finally {
  await server.close();
}
console.table(rows);
const misses = rows.flatMap((r) =>
  Object.entries(budget)
    .filter(([k, min]) => (r[k] ?? 0) < min)
    .map(([k, min]) => `${r.name} ${k} ${r[k]} < ${min}`),
);
console.log(
  `machine: ${process.platform} ${process.arch}, node ${process.version}, ${new Date().toISOString()}`,
);
if (misses.length) {
  console.error(`lighthouse: below budget:\n  ${misses.join('\n  ')}`);
  process.exit(1);
}
console.log('lighthouse: every page within budget');
