// Serves the production build (dist/) on 127.0.0.1 with Vite's preview server.
// PORT picks the port (default 4173); BASE_PATH must match the one used for the build.
import { existsSync } from 'node:fs';
import { preview } from 'vite';

if (!existsSync('dist/index.html')) {
  console.error('No build found in dist/. Run `npm run build` first (npm start does both).');
  process.exit(1);
}
const port = Number(process.env.PORT ?? 4173);
const server = await preview({
  base: process.env.BASE_PATH ?? '/',
  preview: { host: '127.0.0.1', port, strictPort: true },
  logLevel: 'warn',
});
const url = server.resolvedUrls?.local[0] ?? `http://127.0.0.1:${port}/`;
console.log(`\nLeast Privilege is running at ${url}\nPress Ctrl+C to stop.\n`);
