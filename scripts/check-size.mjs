// Size budget of the production build (deterministic bytes, so it runs in npm test).
// Initial JavaScript = the entry script in dist/index.html plus every chunk it imports
// statically (modulepreload); lazy chunks (areas, Monaco, content) are listed separately.
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';

const budgets = { initialJsGzip: 150 * 1024, cssGzip: 30 * 1024 };
const dist = 'dist';
const html = readFileSync(join(dist, 'index.html'), 'utf8');
const gz = (file) => gzipSync(readFileSync(join(dist, file)), { level: 9 }).length;
const kb = (n) => `${(n / 1024).toFixed(1)} KB`;

const initialJs = [...html.matchAll(/(?:src|href)="[^"]*?(assets\/[^"]+\.js)"/g)].map((m) => m[1]);
const initialCss = [...html.matchAll(/href="[^"]*?(assets\/[^"]+\.css)"/g)].map((m) => m[1]);
if (initialJs.length === 0) throw new Error('no entry script found in dist/index.html');

const assets = readdirSync(join(dist, 'assets')).map((f) => `assets/${f}`);
const allCss = assets.filter((f) => f.endsWith('.css'));
const rows = assets
  .filter((f) => f.endsWith('.js') || f.endsWith('.css'))
  .map((f) => ({
    file: f,
    raw: statSync(join(dist, f)).size,
    gzip: gz(f),
    initial: initialJs.includes(f) || initialCss.includes(f),
  }))
  .sort((a, b) => b.gzip - a.gzip);

console.log('chunk'.padEnd(56), 'raw'.padStart(11), 'gzip'.padStart(11), ' loaded');
for (const r of rows)
  console.log(
    r.file.padEnd(56),
    kb(r.raw).padStart(11),
    kb(r.gzip).padStart(11),
    r.initial ? ' initial' : ' lazy',
  );

const initialJsGzip = initialJs.reduce((s, f) => s + gz(f), 0);
const initialCssGzip = initialCss.reduce((s, f) => s + gz(f), 0);
const largestCssGzip = Math.max(0, ...allCss.map(gz));
console.log(
  `\ninitial JavaScript: ${kb(initialJsGzip)} gzip (budget ${kb(budgets.initialJsGzip)})`,
);
console.log(
  `initial CSS: ${kb(initialCssGzip)} gzip; largest CSS file: ${kb(largestCssGzip)} (budget ${kb(budgets.cssGzip)} each)`,
);

const over = [];
if (initialJsGzip > budgets.initialJsGzip) over.push('initial JavaScript');
if (initialCssGzip > budgets.cssGzip) over.push('initial CSS');
if (over.length) {
  console.error(`size: over budget: ${over.join(', ')}`);
  process.exit(1);
}
console.log('size: within budget');
